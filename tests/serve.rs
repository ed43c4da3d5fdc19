//! `silkgraph serve` over HTTP on a free loopback port: the SPARQL 1.1 Protocol (methods,
//! content negotiation, datasets, errors and limits), the Graph Store GET, fresh data while
//! a build runs, escaped pages, and a real client (rdflib) that gets what `silkgraph query` gets.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

use assert_cmd::prelude::*;
use common::*;
use silkgraph::serve::{self, ServeOptions};

struct Http {
    status: u16,
    content_type: String,
    body: String,
}

fn request(addr: SocketAddr, method: &str, target: &str, headers: &[(&str, &str)], body: &str) -> Http {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut req = format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    let content_type = head.lines().find_map(|l| l.to_ascii_lowercase().strip_prefix("content-type:").map(|v| v.trim().to_owned())).unwrap_or_default();
    Http { status, content_type, body: body.to_owned() }
}

fn get(addr: SocketAddr, target: &str, accept: &str) -> Http {
    request(addr, "GET", target, &[("Accept", accept)], "")
}

fn enc(s: &str) -> String {
    serve::pages::url_param(s)
}

fn build(store: &Path, articles: &[&Path]) {
    let mut c = sg();
    c.arg("build").arg("--store").arg(store);
    for a in articles {
        c.arg(a);
    }
    c.assert().success();
}

fn start(store: &Path, timeout: Duration) -> serve::Server {
    serve::start(ServeOptions { store: store.to_owned(), bind: "127.0.0.1:0".into(), query_timeout: timeout, max_request_bytes: 64 * 1024, ..Default::default() }).unwrap()
}

const ALLIANCES: &str = "SELECT ?a WHERE { ?a a sg:Alliance } ORDER BY ?a";

#[test]
fn the_sparql_protocol_with_negotiation_datasets_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    build(&store, &[&seed()]);
    let server = start(&store, Duration::from_secs(30));
    let a = server.addr;

    // GET, JSON by default, the project's prefixes predefined
    let r = get(a, &format!("/sparql?query={}", enc(ALLIANCES)), "");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.content_type.starts_with("application/sparql-results+json"), "{}", r.content_type);
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let n = json["results"]["bindings"].as_array().unwrap().len();
    assert!(n >= 2, "{}", r.body);
    // POST form with CSV; POST sparql-query with XML and TSV
    let r = request(a, "POST", "/sparql", &[("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "text/csv")], &format!("query={}", enc(ALLIANCES)));
    assert_eq!((r.status, r.content_type.starts_with("text/csv")), (200, true), "{}", r.body);
    assert_eq!(r.body.lines().count(), n + 1);
    let r = request(a, "POST", "/sparql", &[("Content-Type", "application/sparql-query"), ("Accept", "application/sparql-results+xml")], ALLIANCES);
    assert!(r.status == 200 && r.body.contains("<sparql") && r.content_type.contains("xml"), "{}", r.body);
    let r = request(a, "POST", "/sparql", &[("Content-Type", "application/sparql-query"), ("Accept", "text/tab-separated-values")], ALLIANCES);
    assert!(r.status == 200 && r.body.starts_with("?a"), "{}", r.body);
    // ASK and CONSTRUCT
    let r = get(a, &format!("/sparql?query={}", enc("ASK { ?x a sg:Person }")), "application/sparql-results+json");
    assert!(r.body.contains("\"boolean\":true"), "{}", r.body);
    let construct = "CONSTRUCT { ?a a sg:Alliance } WHERE { ?a a sg:Alliance }";
    let r = get(a, &format!("/sparql?query={}", enc(construct)), "text/turtle");
    assert!(r.status == 200 && r.content_type.starts_with("text/turtle") && r.body.contains("sg:Alliance"), "{}", r.body);
    let r = get(a, &format!("/sparql?query={}", enc(construct)), "application/n-triples");
    assert_eq!(r.body.lines().filter(|l| l.ends_with(" .")).count(), n, "{}", r.body);
    // a type nobody offers
    assert_eq!(get(a, &format!("/sparql?query={}", enc(ALLIANCES)), "image/png").status, 406);

    // default-graph-uri: one article's graph alone has its mentions, the union has them too
    let graphs = get(a, &format!("/sparql?query={}", enc("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a sg:SourceDocument } }")), "text/csv");
    let article_graph = graphs.body.lines().nth(1).unwrap().trim().to_owned();
    let mentions = "SELECT (COUNT(*) AS ?n) WHERE { ?d <https://schema.org/mentions> ?e }";
    let only = get(a, &format!("/sparql?query={}&default-graph-uri={}", enc(mentions), enc(&article_graph)), "text/csv");
    let none = get(a, &format!("/sparql?query={}&default-graph-uri={}", enc(mentions), enc("https://example.org/no-such-graph")), "text/csv");
    assert!(only.body.lines().nth(1).unwrap().trim().parse::<usize>().unwrap() > 0, "{}", only.body);
    assert_eq!(none.body.lines().nth(1).unwrap().trim(), "0", "{}", none.body);

    // read-only; bad queries name the position; wrong paths and methods
    let r = request(a, "POST", "/sparql", &[("Content-Type", "application/sparql-update")], "INSERT DATA { <a:b> <a:c> <a:d> }");
    assert_eq!(r.status, 403, "{}", r.body);
    let r = request(a, "POST", "/sparql", &[("Content-Type", "application/x-www-form-urlencoded")], "update=DROP%20ALL");
    assert_eq!(r.status, 403);
    let r = get(a, &format!("/sparql?query={}", enc("SELECT ?x WHERE { ?x a }")), "");
    assert_eq!(r.status, 400);
    assert!(r.body.contains("1:"), "the parser's position: {}", r.body);
    assert_eq!(get(a, "/nothing/here", "").status, 404);
    assert_eq!(request(a, "DELETE", "/sparql", &[], "").status, 405);
    // a body over the limit
    let big = format!("query={}", "x".repeat(70 * 1024));
    assert_eq!(request(a, "POST", "/sparql", &[("Content-Type", "application/x-www-form-urlencoded")], &big).status, 413);
    // the service description and the Graph Store GET
    let r = get(a, "/sparql", "");
    assert!(r.body.contains("sd:Service"), "{}", r.body);
    let r = get(a, &format!("/store?graph={}", enc(&article_graph)), "text/turtle");
    assert!(r.status == 200 && r.body.contains("SourceDocument"), "{} {}", r.status, &r.body[..r.body.len().min(300)]);
    assert_eq!(get(a, &format!("/store?graph={}", enc("https://example.org/none")), "").status, 404);
    // the store is unchanged by all this
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s <a:c> ?o }";
    assert_eq!(get(a, &format!("/sparql?query={}", enc(count)), "text/csv").body.lines().nth(1).unwrap().trim(), "0");
    server.stop();
}

#[test]
fn a_query_over_the_time_limit_is_stopped_and_the_server_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    build(&store, &[&seed()]);
    let server = start(&store, Duration::from_millis(50));
    // four-way cross product of all triples: far longer than 50 ms
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    let r = get(server.addr, &format!("/sparql?query={}", enc(slow)), "");
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("time limit"), "{}", r.body);
    let r = get(server.addr, &format!("/sparql?query={}", enc("ASK { ?s ?p ?o }")), "");
    assert_eq!(r.status, 200, "{}", r.body);
    server.stop();
}

#[test]
fn articles_built_while_the_server_runs_show_without_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let first = fixture("web_think_tank_alliance_founders.txt");
    build(&store, &[&first]);
    let server = start(&store, Duration::from_secs(30));
    let count = format!("/sparql?query={}", enc("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a sg:SourceDocument }"));
    assert_eq!(get(server.addr, &count, "text/csv").body.lines().nth(1).unwrap().trim(), "1");
    build(&store, &[&first, &seed()]);
    assert_eq!(get(server.addr, &count, "text/csv").body.lines().nth(1).unwrap().trim(), "2");
    server.stop();
}

#[test]
fn pages_escape_what_the_store_holds() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    build(&store, &[&seed()]);
    // an entity whose name carries markup, as a hostile page could give it
    {
        use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
        let s = oxigraph::store::Store::open(&store).unwrap();
        let id = NamedNode::new("https://w3id.org/silkgraph/id/person/evil").unwrap();
        let label = Literal::new_language_tagged_literal("<script>alert(1)</script>东岭", "zh").unwrap();
        let rdfs_label = NamedNode::new("http://www.w3.org/2000/01/rdf-schema#label").unwrap();
        let ty = NamedNode::new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type").unwrap();
        let person = NamedNode::new("https://w3id.org/silkgraph/ontology#Person").unwrap();
        s.insert(&Quad::new(id.clone(), rdfs_label, label, GraphName::DefaultGraph)).unwrap();
        s.insert(&Quad::new(id, ty, person, GraphName::DefaultGraph)).unwrap();
        s.flush().unwrap();
    }
    let server = start(&store, Duration::from_secs(30));
    for target in ["/search?q=%E4%B8%9C%E5%B2%AD", "/entity?iri=https%3A%2F%2Fw3id.org%2Fsilkgraph%2Fid%2Fperson%2Fevil"] {
        let r = get(server.addr, target, "text/html");
        assert_eq!(r.status, 200, "{target}: {}", r.body);
        assert!(r.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{target}: {}", r.body);
        assert!(!r.body.contains("<script>"), "{target}: {}", r.body);
    }
    // an entity page lists facts with their evidence sentence
    let r = get(server.addr, &format!("/search?q={}", enc("智库联盟")), "text/html");
    let link = r.body.split("href=\"/entity?iri=").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let page = get(server.addr, &format!("/entity?iri={link}"), "text/html");
    assert!(page.body.contains("foundingMemberOf") && page.body.contains("<mark>"), "{}", page.body);
    // the article page: its sentences, every name marked in its type's colour and linked
    let r = get(server.addr, &format!("/article?id={}", enc("tianjin-daily-2025-sco-digital-economy-forum")), "text/html");
    assert!(r.status == 200 && r.body.contains("<mark style=\"background:") && r.body.contains("天津社会科学院</mark></a>"), "{}", &r.body[..r.body.len().min(2000)]);
    // the whole report, also the sentences that carry no fact
    assert!(r.body.contains("权威解读"), "{}", &r.body[..r.body.len().min(2000)]);
    assert_eq!(get(server.addr, "/article?id=no-such-article", "").status, 404);
    // an entity merged from a short form says why, as the report does
    let r = get(server.addr, &format!("/search?q={}", enc("亚太研究中心")), "text/html");
    let link = r.body.split("href=\"/entity?iri=").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let page = get(server.addr, &format!("/entity?iri={link}"), "text/html");
    assert!(page.body.contains("Why these names are one entity") && page.body.contains("resolve.short-form"), "{}", page.body);
    // no way out of the store through a path
    assert_eq!(get(server.addr, "/../../etc/passwd", "").status, 404);
    assert_eq!(get(server.addr, "/entity?iri=%3E%20%7D%20", "").status, 404);
    server.stop();
}

/// Debian's python3-rdflib (installed by .ci/run) lives in the system Python, which a user's
/// pyenv may hide: the first Python that imports rdflib.
fn python_with_rdflib() -> String {
    let candidates = [std::env::var("SILKGRAPH_PYTHON").ok(), Some("/usr/bin/python3".into()), Some("python3".into())];
    let has = |p: &str| std::process::Command::new(p).args(["-c", "import rdflib"]).output().is_ok_and(|o| o.status.success());
    candidates.into_iter().flatten().find(|p| has(p)).unwrap_or_else(|| "python3".into())
}

#[test]
fn a_real_sparql_client_gets_what_the_command_line_gets() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    build(&store, &[&seed()]);
    let query = root().join("queries/think_tanks_by_alliance.rq");
    let cli = sg().args(["query", "--format", "csv", "--store"]).arg(&store).arg(&query).output().unwrap();
    assert!(cli.status.success());
    let server = start(&store, Duration::from_secs(30));
    // curl, as a user at a shell would ask
    let curl = std::process::Command::new("curl")
        .args(["-s", "-H", "Accept: text/csv", "--data-urlencode"])
        .arg(format!("query={}", std::fs::read_to_string(&query).unwrap()))
        .arg(format!("http://{}/sparql", server.addr))
        .output()
        .expect("curl (CI installs it)");
    let client = std::process::Command::new(python_with_rdflib()).arg(root().join("tests/sparql_client.py")).arg(format!("http://{}/sparql", server.addr)).arg(&query).output().unwrap();
    server.stop();
    assert!(client.status.success(), "rdflib client failed (CI installs python3-rdflib): {}", String::from_utf8_lossy(&client.stderr));
    let sorted = |s: &[u8]| {
        let text = String::from_utf8_lossy(s).replace('\r', "");
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let header = lines.remove(0);
        lines.sort();
        (header, lines)
    };
    let (cli_header, cli_rows) = sorted(&cli.stdout);
    let (py_header, py_rows) = sorted(&client.stdout);
    assert_eq!(cli_header, py_header);
    assert!(!cli_rows.is_empty());
    assert_eq!(cli_rows, py_rows);
    assert_eq!(sorted(&curl.stdout), (cli_header, cli_rows), "curl gets the command line's CSV");
}

/// The DOM headless Chromium builds for `url` (Debian `chromium`, installed by .ci/run).
fn chromium_dom(url: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .expect("headless Chromium (CI installs Debian's chromium)");
    assert!(out.status.success(), "chromium failed on {url}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn h1(dom: &str) -> String {
    dom.split("<h1>").nth(1).and_then(|r| r.split("</h1>").next()).unwrap_or("").to_owned()
}

#[test]
fn a_browser_searches_opens_an_entity_and_follows_a_node_of_its_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    build(&store, &[&seed()]);
    let server = start(&store, Duration::from_secs(30));
    let base = format!("http://{}", server.addr);
    let home = chromium_dom(&format!("{base}/"));
    assert!(home.contains("<form action=\"/search\"") && home.contains("Alliance"), "{home}");
    // the search form's GET, as a click on Search sends it
    let results = chromium_dom(&format!("{base}/search?q={}", enc("智库联盟")));
    let entity_link = results.split("href=\"/entity?iri=").nth(1).expect("a result").split('"').next().unwrap().to_owned();
    let page = chromium_dom(&format!("{base}/entity?iri={entity_link}"));
    assert!(h1(&page).contains("智库联盟"), "{}", h1(&page));
    assert!(page.contains("<svg") && page.contains("foundingMemberOf"), "the graph and the facts: {page}");
    // a node of the drawn graph links to its own page
    let node = page.split("<svg").nth(1).unwrap().split("href=\"/entity?iri=").skip(1).map(|r| r.split('"').next().unwrap().to_owned()).find(|iri| *iri != entity_link).expect("another node");
    let next = chromium_dom(&format!("{base}/entity?iri={node}"));
    assert!(!h1(&next).is_empty() && h1(&next) != h1(&page), "{}", h1(&next));
    assert!(next.contains("Facts"), "{next}");
    server.stop();
}
