//! Every file in queries/ against the store built from data/articles, compared with the
//! expected results in tests/expected/<name>.csv (regenerate: SILKGRAPH_BLESS=1).

mod common;

use std::process::Command;

use assert_cmd::prelude::*;
use common::root;

#[test]
fn every_query_gives_its_expected_result() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("kg");
    let out = Command::cargo_bin("silkgraph").unwrap().arg("build").arg(root().join("data/articles")).arg("--store").arg(&store).arg("--quiet").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut files: Vec<_> = std::fs::read_dir(root().join("queries")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "rq")).collect();
    files.sort();
    assert!(files.len() >= 8, "at least eight queries");
    let bless = std::env::var_os("SILKGRAPH_BLESS").is_some();
    let mut failures = Vec::new();
    for q in &files {
        let text = std::fs::read_to_string(q).unwrap();
        assert!(text.starts_with('#'), "{}: starts with a comment stating the question", q.display());
        let out = Command::cargo_bin("silkgraph").unwrap().arg("query").arg(q).args(["--format", "csv", "--store"]).arg(&store).output().unwrap();
        assert!(out.status.success(), "{}: {}", q.display(), String::from_utf8_lossy(&out.stderr));
        let got = String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n");
        let expected_path = root().join("tests/expected").join(q.file_stem().unwrap()).with_extension("csv");
        if bless {
            std::fs::create_dir_all(expected_path.parent().unwrap()).unwrap();
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
        if got != want {
            failures.push(format!("{}:\n--- expected\n{want}\n--- got\n{got}", q.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The patched ORDER BY (vendor/spareval: keys evaluated once per row) keeps SPARQL's order:
/// unbound first, then IRIs, then literals; ascending and descending keys mixed.
#[test]
fn order_by_keeps_sparql_order_with_mixed_directions_and_unbound_keys() {
    use oxigraph::sparql::{QueryResults, SparqlEvaluator};
    let store = oxigraph::store::Store::new().unwrap();
    let data = r#"
        <http://x/a> <http://x/k> "b" . <http://x/a> <http://x/n> 1 .
        <http://x/b> <http://x/k> "a" . <http://x/b> <http://x/n> 1 .
        <http://x/c> <http://x/k> <http://x/iri> . <http://x/c> <http://x/n> 2 .
        <http://x/d> <http://x/n> 2 .
        <http://x/e> <http://x/k> "a" . <http://x/e> <http://x/n> 3 .
    "#;
    store.load_from_slice(oxigraph::io::RdfFormat::Turtle, data.as_bytes()).unwrap();
    let q = "SELECT ?s WHERE { ?s <http://x/n> ?n OPTIONAL { ?s <http://x/k> ?k } } ORDER BY ?k DESC(?n)";
    let QueryResults::Solutions(rows) = SparqlEvaluator::new().parse_query(q).unwrap().on_store(&store).execute().unwrap() else { panic!("solutions") };
    let order: Vec<String> = rows.map(|r| r.unwrap().get("s").unwrap().to_string()).collect();
    assert_eq!(order, ["<http://x/d>", "<http://x/c>", "<http://x/e>", "<http://x/b>", "<http://x/a>"]);
}
