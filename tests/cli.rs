//! Every command through the real binary and a real on-disk store.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::prelude::*;
use common::*;
use predicates::prelude::*;

/// A temp dir holding a copy of the bundled articles (so the default store goes there).
fn workdir() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let arts = d.path().join("data/articles");
    std::fs::create_dir_all(&arts).unwrap();
    for e in std::fs::read_dir(root().join("data/articles")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), arts.join(e.file_name())).unwrap();
    }
    d
}

fn build(dir: &Path, store: &Path, inputs: &[&Path]) -> String {
    let out = sg().current_dir(dir).arg("build").args(inputs).arg("--store").arg(store).arg("--quiet").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stderr).unwrap()
}

fn count_quads(dir: &Path, store: &Path) -> usize {
    let out = sg()
        .current_dir(dir)
        .args(["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv", "--store"])
        .arg(store)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().nth(1).unwrap().trim().parse().unwrap()
}

#[test]
fn extract_report_has_the_evaluation_shape() {
    let out = sg().args(["extract", "--format", "report"]).arg(seed()).output().unwrap();
    assert!(out.status.success());
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["articles"][0]["id"], "tianjin-daily-2025-sco-digital-economy-forum");
    let e = &r["entities"][0];
    for k in ["id", "type", "label", "aliases", "mentions"] {
        assert!(!e[k].is_null(), "entity field {k}");
    }
    let rel = &r["relations"][0];
    for k in ["subject", "predicate", "evidence"] {
        assert!(!rel[k].is_null(), "relation field {k}");
    }
    assert!(r["relations"].as_array().unwrap().iter().any(|x| x["predicate"] == "founding_member"));
}

#[test]
fn extract_turtle_and_nquads_parse() {
    for (fmt, rdf) in [("turtle", oxigraph::io::RdfFormat::Turtle), ("nquads", oxigraph::io::RdfFormat::NQuads)] {
        let out = sg().args(["extract", "--format", fmt]).arg(fixture("web_harbin_roundtable.txt")).output().unwrap();
        assert!(out.status.success());
        let n = oxigraph::io::RdfParser::from_format(rdf).for_slice(&out.stdout).collect::<Result<Vec<_>, _>>().unwrap().len();
        assert!(n > 100, "{fmt}: {n} statements");
    }
}

#[test]
fn building_twice_gives_the_same_store_and_an_edit_leaves_nothing_stale() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("kg");
    let arts = d.path().join("arts");
    std::fs::create_dir_all(&arts).unwrap();
    let art = arts.join("harbin.txt");
    std::fs::copy(fixture("web_harbin_roundtable.txt"), &art).unwrap();
    std::fs::copy(fixture("page_silk_road_forum.txt"), arts.join("silk.txt")).unwrap();
    let first = build(d.path(), &store, &[&arts]);
    assert!(first.contains("2 loaded"), "{first}");
    let n1 = count_quads(d.path(), &store);
    let second = build(d.path(), &store, &[&arts]);
    assert!(second.contains("0 loaded, 2 unchanged"), "{second}");
    assert_eq!(count_quads(d.path(), &store), n1);

    // rename an organisation in one article: the old name must be gone from the store
    let text = std::fs::read_to_string(&art).unwrap().replace("黑龙江大学", "松花江大学");
    std::fs::write(&art, text).unwrap();
    let third = build(d.path(), &store, &[&arts]);
    assert!(third.contains("1 loaded, 1 unchanged"), "{third}");
    let q = |label: &str| {
        let out = sg()
            .args(["query", "-e", &format!("ASK {{ ?x rdfs:label \"{label}\"@zh }}"), "--format", "csv", "--store"])
            .arg(&store)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().contains("true")
    };
    assert!(!q("黑龙江大学"));
    assert!(q("松花江大学"));
}

/// Every quad of a store but the roles vocabulary (which only grows), as sorted N-Quads lines.
fn all_quads(store: &Path) -> Vec<String> {
    let s = oxigraph::store::Store::open_read_only(store).unwrap();
    let mut v: Vec<String> = s
        .iter()
        .map(|q| q.unwrap())
        .filter(|q| q.graph_name.to_string() != format!("<{}>", silkgraph::rdf::VOCABULARY_GRAPH))
        .map(|q| q.to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn an_incremental_build_equals_a_fresh_build_of_the_same_articles() {
    let d = tempfile::tempdir().unwrap();
    let arts = d.path().join("arts");
    std::fs::create_dir_all(&arts).unwrap();
    // Two articles stating the same facts, and a third with facts of its own.
    std::fs::copy(fixture("web_harbin_roundtable.txt"), arts.join("harbin.txt")).unwrap();
    std::fs::copy(fixture("web_harbin_roundtable.txt"), arts.join("harbin-copy.txt")).unwrap();
    std::fs::copy(fixture("page_silk_road_forum.txt"), arts.join("silk.txt")).unwrap();
    let incremental = d.path().join("incremental");
    build(d.path(), &incremental, &[&arts]);

    // Edit one of the twins: its old facts survive through the other, its new ones appear.
    let edited = std::fs::read_to_string(arts.join("harbin.txt")).unwrap().replace("黑龙江大学", "松花江大学");
    std::fs::write(arts.join("harbin.txt"), edited).unwrap();
    // and move the third article's forum: its old venue fact is stated nowhere any more
    let silk = std::fs::read_to_string(arts.join("silk.txt")).unwrap();
    assert!(silk.contains("西安国际会议中心"));
    std::fs::write(arts.join("silk.txt"), silk.replace("西安国际会议中心", "西安丝路会展中心")).unwrap();
    assert!(build(d.path(), &incremental, &[&arts]).contains("2 loaded, 1 unchanged"));
    let fresh = d.path().join("fresh");
    build(d.path(), &fresh, &[&arts]);
    let (a, b) = (all_quads(&incremental), all_quads(&fresh));
    assert!(a == b, "after an edit: only incremental {:?}, only fresh {:?}", a.iter().filter(|q| !b.contains(q)).take(5).collect::<Vec<_>>(), b.iter().filter(|q| !a.contains(q)).take(5).collect::<Vec<_>>());

    // Remove the twin and the third article: what only they stated leaves the store.
    std::fs::remove_file(arts.join("harbin-copy.txt")).unwrap();
    std::fs::remove_file(arts.join("silk.txt")).unwrap();
    let pruned = sg().arg("build").arg(&arts).arg("--prune").arg("--store").arg(&incremental).arg("--quiet").output().unwrap();
    assert!(String::from_utf8_lossy(&pruned.stderr).contains("2 removed"));
    let fresh2 = d.path().join("fresh2");
    build(d.path(), &fresh2, &[&arts]);
    let (a, b) = (all_quads(&incremental), all_quads(&fresh2));
    assert!(a == b, "after pruning: only incremental {:?}, only fresh {:?}", a.iter().filter(|q| !b.contains(q)).take(5).collect::<Vec<_>>(), b.iter().filter(|q| !a.contains(q)).take(5).collect::<Vec<_>>());
}

#[test]
fn query_formats_ask_construct_describe() {
    let d = workdir();
    let store = d.path().join("kg");
    build(d.path(), &store, &[Path::new("data/articles")]);
    let q = root().join("queries/think_tanks_by_alliance.rq");
    let run = |args: &[&str]| {
        let out = sg().current_dir(d.path()).arg("query").args(args).arg("--store").arg(&store).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let table = run(&[q.to_str().unwrap()]);
    assert!(table.contains("天津社会科学院") && table.contains("4 rows"), "{table}");
    assert!(!table.contains("https://"), "labels, not IRIs");
    let csv = run(&[q.to_str().unwrap(), "--format", "csv"]);
    assert!(csv.starts_with("think_tank,alliance"));
    let tsv = run(&[q.to_str().unwrap(), "--format", "tsv"]);
    assert!(tsv.starts_with("?think_tank\t?alliance"));
    let json: serde_json::Value = serde_json::from_str(&run(&[q.to_str().unwrap(), "--format", "json"])).unwrap();
    assert_eq!(json["results"]["bindings"].as_array().unwrap().len(), 4);
    assert!(run(&[q.to_str().unwrap(), "--format", "xml"]).contains("<sparql"));
    assert!(run(&["-e", "ASK { ?x a sg:Alliance }"]).contains("yes"));
    let ttl = run(&["-e", "CONSTRUCT { ?a sg:foundingMemberOf ?b } WHERE { ?a sg:foundingMemberOf ?b }"]);
    assert!(ttl.contains("sg:foundingMemberOf"));
    let desc = run(&["-e", "DESCRIBE ?x WHERE { ?x rdfs:label \"上合组织数字经济智库联盟\"@zh }", "--format", "ntriples"]);
    assert!(desc.contains("<https://w3id.org/silkgraph/id/alliance/"));
}

#[test]
fn malformed_sparql_names_the_file_and_position() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("kg");
    build(d.path(), &store, &[&fixture("web_harbin_roundtable.txt")]);
    let bad = d.path().join("bad.rq");
    std::fs::write(&bad, "SELECT ?x WHERE {\n  ?x a sg:Person .\n  FILTER(\n}").unwrap();
    sg().arg("query").arg(&bad).arg("--store").arg(&store).assert().failure().stderr(predicate::str::contains("bad.rq").and(predicate::str::contains("4:")));
    let latin1 = d.path().join("latin1.rq");
    std::fs::write(&latin1, b"SELECT * WHERE { ?s ?p \"caf\xe9\" }").unwrap();
    sg().arg("query").arg(&latin1).arg("--store").arg(&store).assert().failure().stderr(predicate::str::contains("latin1.rq").and(predicate::str::contains("UTF-8")));
    sg().args(["query", "-e", "ASK {}", "--format", "yaml", "--store"]).arg(&store).assert().failure().stderr(predicate::str::contains("yaml"));
}

#[test]
fn first_query_builds_the_default_store() {
    let d = workdir();
    sg().current_dir(d.path())
        .args(["query", "-e", "SELECT ?n WHERE { ?x a sg:ThinkTank ; rdfs:label ?n }"])
        .assert()
        .success()
        .stderr(predicate::str::contains("building it from"))
        .stdout(predicate::str::contains("天津社会科学院"));
    assert!(d.path().join("silkgraph-store/CURRENT").exists());
    // the second time it just answers
    sg().current_dir(d.path()).args(["query", "-e", "ASK { ?x a sg:Person }"]).assert().success().stderr(predicate::str::contains("building").not());
}

#[test]
fn export_dot_is_deterministic_escaped_and_renders() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("kg");
    let art = d.path().join("q.txt");
    // a document title with a quote and a backslash must not break DOT
    std::fs::write(&art, "天津社会科学院发布《数据\"治理\\报告》。\n").unwrap();
    build(d.path(), &store, &[&art, &seed()]);
    let dot = |args: &[&str]| {
        let out = sg().args(["export", "dot"]).args(args).arg("--store").arg(&store).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let a = dot(&[]);
    assert_eq!(a, dot(&[]), "same store, same DOT");
    assert!(a.contains("cluster_legend") && a.contains("ThinkTank 智库"));
    assert!(a.contains(r#"数据\"治理\\报告"#), "escaped label");
    let focus = dot(&["--focus", "上合组织数字经济智库联盟", "--depth", "1"]);
    assert!(focus.contains("巴基斯坦中国研究所") && !focus.contains("王晓冬"));
    let capped = dot(&["--max-nodes", "5"]);
    assert_eq!(capped.lines().filter(|l| l.trim_start().starts_with('n') && l.contains("shape=")).count(), 5);
    assert!(capped.contains("more nodes not shown"));
    let empty = d.path().join("empty.rq");
    std::fs::write(&empty, "CONSTRUCT { ?s ?p ?o } WHERE { ?s sg:noSuchThing ?o }").unwrap();
    sg().args(["export", "dot", "--query"]).arg(&empty).arg("--store").arg(&store).assert().failure().stderr(predicate::str::contains("no triples"));
    if Command::new("dot").arg("-V").output().is_ok() {
        let svg = d.path().join("g.svg");
        sg().args(["export", "dot", "--render", "svg", "-o"]).arg(&svg).arg("--store").arg(&store).assert().success();
        assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
    }
}

#[test]
fn export_rdf_in_every_format_parses_back() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("kg");
    build(d.path(), &store, &[&fixture("web_harbin_roundtable.txt")]);
    let total = count_quads(d.path(), &store);
    for (fmt, rdf) in [
        ("trig", oxigraph::io::RdfFormat::TriG),
        ("nquads", oxigraph::io::RdfFormat::NQuads),
        ("turtle", oxigraph::io::RdfFormat::Turtle),
        ("ntriples", oxigraph::io::RdfFormat::NTriples),
    ] {
        let out = sg().args(["export", "rdf", "--format", fmt, "--store"]).arg(&store).output().unwrap();
        assert!(out.status.success());
        let n = oxigraph::io::RdfParser::from_format(rdf).for_slice(&out.stdout).collect::<Result<Vec<_>, _>>().unwrap().len();
        if rdf.supports_datasets() {
            assert_eq!(n, total, "{fmt}");
        } else {
            assert!(n > 0 && n <= total, "{fmt}");
        }
    }
}

#[test]
fn stats_counts_types_relations_articles() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("kg");
    build(d.path(), &store, &[&seed()]);
    sg().arg("stats").arg("--store").arg(&store).assert().success().stdout(
        predicate::str::contains("entities by type")
            .and(predicate::str::contains("Person"))
            .and(predicate::str::contains("foundingMemberOf"))
            .and(predicate::str::contains("tianjin-daily-2025-sco-digital-economy-forum")),
    );
}

#[test]
fn a_second_writer_is_told_the_store_is_in_use_and_readers_still_read() {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("kg");
    build(d.path(), &store, &[&fixture("web_harbin_roundtable.txt")]);
    let holder = oxigraph::store::Store::open(&store).unwrap(); // this test process now holds the write lock
    sg().arg("build").arg(fixture("page_silk_road_forum.txt")).arg("--store").arg(&store).arg("--quiet")
        .assert()
        .failure()
        .stderr(predicate::str::contains("in use by another silkgraph process").and(predicate::str::contains("RocksDB").not()));
    sg().args(["query", "-e", "ASK { ?x a sg:Person }", "--store"]).arg(&store).assert().success().stdout(predicate::str::contains("yes"));
    drop(holder);
}

#[test]
fn missing_store_and_missing_inputs_are_clear_errors() {
    let d = tempfile::tempdir().unwrap();
    let nowhere: PathBuf = d.path().join("nope");
    sg().args(["query", "-e", "ASK {}", "--store"]).arg(&nowhere).assert().failure().stderr(predicate::str::contains("no store at"));
    sg().arg("build").arg(d.path().join("missing.txt")).arg("--store").arg(d.path().join("kg")).assert().failure().stderr(predicate::str::contains("missing.txt"));
    let empty_dir = d.path().join("empty");
    std::fs::create_dir_all(&empty_dir).unwrap();
    sg().arg("extract").arg(&empty_dir).assert().failure().stderr(predicate::str::contains("no articles"));
}

#[test]
fn rules_lists_the_registry_and_counts_what_fired_on_a_corpus() {
    let out = sg().args(["rules", "--format", "tsv"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("rule\tpredicate\truns\tpattern\texample\n"));
    assert!(text.contains("founding_member.alliance-by-list\tfounding_member"));
    let out = sg().args(["rules", "--format", "tsv", "--corpus"]).arg(fixture("web_think_tank_alliance_founders.txt")).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let fired = |id: &str| text.lines().find(|l| l.starts_with(&format!("{id}\t"))).and_then(|l| l.rsplit('\t').next()).and_then(|n| n.parse::<usize>().ok()).unwrap();
    assert_eq!(fired("founding_member.alliance-by-list"), 6);
    assert_eq!(fired("member.joined-referred-alliance"), 1);
    assert_eq!(fired("category.selected-into"), 0);
    // every rule a relation names is in the registry
    let report = report(&[extract_file(&fixture("web_think_tank_alliance_founders.txt")), extract_file(&seed())]);
    for r in report["relations"].as_array().unwrap() {
        let id = r["rule"].as_str().unwrap();
        assert!(text.lines().any(|l| l.starts_with(&format!("{id}\t"))), "{id} is not in the registry");
    }
}

#[test]
fn the_think_tank_question_says_who_founded_and_who_joined() {
    let d = workdir();
    let store = d.path().join("kg");
    build(d.path(), &store, &[&fixture("web_think_tank_alliance_founders.txt"), &fixture("web_alliance_new_members.txt")]);
    let query = |q: &str| {
        let out = sg().arg("query").arg(root().join("queries").join(q)).args(["--format", "csv", "--store"]).arg(&store).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n")
    };
    let tt = query("think_tanks_by_alliance.rq");
    assert!(tt.starts_with("think_tank,alliance,how\n"), "{tt}");
    for founder in ["东岭大学海洋经济研究院", "南川大学港口发展研究院", "北湖大学沿海战略研究院"] {
        assert!(tt.contains(&format!("{founder},滨海区域发展高校智库联盟,founder\n")), "{founder}: {tt}");
    }
    // joined later: a member, and not a founder
    assert!(tt.contains("乌兹别克斯坦发展战略中心,上合组织数字治理智库联盟,member\n"), "{tt}");
    assert!(!tt.contains("乌兹别克斯坦发展战略中心,上合组织数字治理智库联盟,founder"), "{tt}");
    let members = query("alliance_members.rq");
    assert!(members.contains("蓝海数字合作联盟,西岭大学海洋研究院,Research,member\n"), "{members}");
}

/// The store as sorted N-Quads lines.
fn dump(store: &std::path::Path) -> Vec<String> {
    let out = sg().arg("--store").arg(store).args(["export", "rdf", "--format", "nquads"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut lines: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect();
    lines.sort();
    lines
}

#[test]
fn shards_extracted_apart_and_loaded_together_make_the_store_of_one_build() {
    let tmp = tempfile::tempdir().unwrap();
    let all = tmp.path().join("all");
    write_corpus(&all, 11, 45);
    // three disjoint shards, as three machines would have them
    let mut shard_files = Vec::new();
    for k in 0..3 {
        let dir = tmp.path().join(format!("shard{k}"));
        std::fs::create_dir_all(&dir).unwrap();
        for i in (k..45).step_by(3) {
            let name = format!("a{i:05}.txt");
            std::fs::copy(all.join(&name), dir.join(&name)).unwrap();
        }
        let nq = tmp.path().join(format!("shard{k}.nq"));
        let out = sg().args(["extract", "--format", "nquads"]).arg(&dir).output().unwrap();
        assert!(out.status.success());
        std::fs::write(&nq, out.stdout).unwrap();
        shard_files.push(nq);
    }
    let (loaded, built) = (tmp.path().join("loaded"), tmp.path().join("built"));
    sg().arg("load").args(&shard_files).arg("--store").arg(&loaded).assert().success();
    // (one build over the same files: a store records the path each article was read from)
    let shard_dirs: Vec<_> = (0..3).map(|k| tmp.path().join(format!("shard{k}"))).collect();
    sg().arg("build").args(&shard_dirs).arg("--store").arg(&built).arg("--quiet").assert().success();
    let (l, b) = (dump(&loaded), dump(&built));
    assert!(l.len() > 1000);
    assert!(l == b, "{} statements loaded, {} built; first difference: {:?}", l.len(), b.len(), l.iter().zip(&b).find(|(x, y)| x != y));

    // load makes new stores only, and a file that is not N-Quads is named
    let out = sg().arg("load").arg(&shard_files[0]).arg("--store").arg(&loaded).output().unwrap();
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("already there"));
    let bad = tmp.path().join("bad.nq");
    std::fs::write(&bad, "<a> <b> this is not rdf\n").unwrap();
    let fresh = tmp.path().join("fresh");
    let out = sg().arg("load").arg(&bad).arg("--store").arg(&fresh).output().unwrap();
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("bad.nq"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!fresh.exists(), "a failed load leaves no store behind");
}
