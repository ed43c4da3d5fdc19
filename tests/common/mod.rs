//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;
use silkgraph::extract::{extract, Extraction};
use silkgraph::lexicon::Lexicon;
use silkgraph::read::{read_article, ReadOptions};

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
