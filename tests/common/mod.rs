//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::prelude::*;
use serde_json::Value;
use silkgraph::extract::{extract, Extraction};
use silkgraph::lexicon::Lexicon;
use silkgraph::read::{read_article, ReadOptions};

/// The corpus generator of the benchmarks.
#[path = "../../benches/corpus.rs"]
pub mod corpus;

/// The silkgraph binary, blind to the user's `SILKGRAPH_STORE`.
pub fn sg() -> Command {
    let mut c = Command::cargo_bin("silkgraph").unwrap();
    c.env_remove("SILKGRAPH_STORE");
    c
}

/// `n` generated articles (`a00000.txt` …) in `dir`, the same for the same `seed`.
pub fn write_corpus(dir: &Path, seed: u64, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    let mut g = corpus::Gen::new(seed, Lexicon::embedded());
    for i in 0..n {
        std::fs::write(dir.join(format!("a{i:05}.txt")), g.article(i)).unwrap();
    }
}

/// Triples per named graph, read through the library (independent of the CLI).
pub fn graph_counts(store: &Path) -> BTreeMap<String, usize> {
    let s = oxigraph::store::Store::open_read_only(store).unwrap();
    let mut out = BTreeMap::new();
    if let oxigraph::sparql::QueryResults::Solutions(sols) =
        silkgraph::query::run(&s, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "t").unwrap()
    {
        for sol in sols {
            let sol = sol.unwrap();
            out.insert(sol.get("g").unwrap().to_string(), silkgraph::store::literal_usize(sol.get("n")));
        }
    }
    out
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests").join("fixtures").join(name)
}

pub fn seed() -> PathBuf {
    root().join("data/articles/tianjin-daily-2025-sco-digital-economy-forum.txt")
}

pub fn extract_file(path: &Path) -> Extraction {
    let a = read_article(path, &ReadOptions::default()).expect("readable article");
    extract(Lexicon::embedded(), a)
}

/// The JSON report of one or more extractions.
pub fn report(xs: &[Extraction]) -> Value {
    serde_json::to_value(silkgraph::report::build(Lexicon::embedded(), xs)).unwrap()
}

/// (type, label) of every entity in a report.
pub fn entities(r: &Value) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = r["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["type"].as_str().unwrap().to_owned(), e["label"].as_str().unwrap().to_owned()))
        .collect();
    v.sort();
    v
}

/// Labels of the entities of one type in a report.
pub fn labels_of(r: &Value, ty: &str) -> Vec<String> {
    entities(r).into_iter().filter(|(t, _)| t == ty).map(|(_, l)| l).collect()
}

pub fn has_entity(r: &Value, ty: &str, label: &str) -> bool {
    r["entities"].as_array().unwrap().iter().any(|e| e["type"] == ty && e["label"] == label)
}

pub fn entity<'a>(r: &'a Value, label: &str) -> &'a Value {
    r["entities"].as_array().unwrap().iter().find(|e| e["label"] == label).unwrap_or_else(|| panic!("no entity {label}"))
}

/// (subject label, predicate, object label or literal, role) of every relation.
pub fn relations(r: &Value) -> Vec<(String, String, String, String)> {
    let label = |id: &Value| -> String {
        r["entities"].as_array().unwrap().iter().find(|e| e["id"] == *id).map(|e| e["label"].as_str().unwrap().to_owned()).unwrap_or_default()
    };
    r["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            let o = if x["object"].is_string() { label(&x["object"]) } else { x["literal"].as_str().unwrap_or("").to_owned() };
            (label(&x["subject"]), x["predicate"].as_str().unwrap().to_owned(), o, x["role"].as_str().unwrap_or("").to_owned())
        })
        .collect()
}

pub fn has_relation(r: &Value, s: &str, p: &str, o: &str) -> bool {
    relations(r).iter().any(|x| x.0 == s && x.1 == p && x.2 == o)
}

/// The report of one article written here, read from a file as a user's would be.
pub fn report_of_text(text: &str) -> Value {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("article.txt");
    std::fs::write(&f, text).unwrap();
    report(&[extract_file(&f)])
}
