//! `silkgraph build --into URL` against a real triplestore: Virtuoso (Debian's
//! virtuoso-opensource-7, installed by .ci/run) started on free loopback ports in a temporary
//! folder. Every query of queries/ must give the same rows there as on the local store, after a
//! first build, after articles are edited and pruned, and after the server died mid-build.

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

struct Virtuoso {
    dir: PathBuf,
    http: u16,
    sql: u16,
    child: Option<Child>,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Virtuoso {
    /// A fresh server whose anonymous SPARQL user may write (on loopback only).
    fn start(dir: &Path) -> Virtuoso {
        let mut v = Virtuoso { dir: dir.to_owned(), http: free_port(), sql: free_port(), child: None };
        let d = dir.display();
        let ini = format!(
            "[Database]\nDatabaseFile = {d}/v.db\nErrorLogFile = {d}/v.log\nLockFile = {d}/v.lck\nTransactionFile = {d}/v.trx\nxa_persistent_file = {d}/v.pxa\nFileExtend = 200\nMaxCheckpointRemap = 2000\nStriping = 0\nTempStorage = TempDatabase\n\
             [TempDatabase]\nDatabaseFile = {d}/t.db\nTransactionFile = {d}/t.trx\nMaxCheckpointRemap = 2000\nStriping = 0\n\
             [Parameters]\nServerPort = 127.0.0.1:{}\nNumberOfBuffers = 10000\nMaxDirtyBuffers = 6000\nDirsAllowed = {d}\n\
             [HTTPServer]\nServerPort = 127.0.0.1:{}\nServerRoot = {d}\nMaxClientConnections = 4\nServerThreads = 4\n\
             [SPARQL]\nResultSetMaxRows = 1000000\nMaxQueryExecutionTime = 120\n",
            v.sql, v.http
        );
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join("virtuoso.ini"), ini).unwrap();
        v.run();
        let grant = dir.join("grant.sql");
        std::fs::write(&grant, "GRANT SPARQL_UPDATE TO \"SPARQL\";\nDB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);\n").unwrap();
        let out = Command::new("isql-vt").arg(format!("127.0.0.1:{}", v.sql)).args(["dba", "dba"]).arg(&grant).output().expect("isql-vt (Debian package virtuoso-opensource-7-bin)");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        v
    }

    /// Start (or restart) the server on its folder and wait until it answers.
    fn run(&mut self) {
        let child = Command::new("virtuoso-t")
            .args(["+foreground", "+configfile"])
            .arg(self.dir.join("virtuoso.ini"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("virtuoso-t (Debian package virtuoso-opensource-7-bin, installed by .ci/run)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(120);
        while self.get(&format!("/sparql?query={}", enc("ASK {}"))).is_none() {
            assert!(Instant::now() < deadline, "Virtuoso did not answer on port {}: see {}", self.http, self.dir.join("v.log").display());
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    fn gsp(&self) -> String {
        format!("http://127.0.0.1:{}/sparql-graph-crud", self.http)
    }

    fn get(&self, target: &str) -> Option<String> {
        let mut resp = ureq::get(&format!("http://127.0.0.1:{}{target}", self.http)).call().ok()?;
        resp.body_mut().read_to_string().ok()
    }

    /// A query's rows as sorted CSV lines, with silkgraph's prefixes declared.
    fn rows(&self, sparql: &str) -> Vec<String> {
        let prefixes: String = silkgraph::rdf::PREFIXES.iter().map(|(p, ns)| format!("PREFIX {p}: <{ns}>\n")).collect();
        let text = self.get(&format!("/sparql?format=text%2Fcsv&query={}", enc(&format!("{prefixes}{sparql}")))).expect("Virtuoso answers the query");
        sorted_rows(&text)
    }
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        self.kill();
    }
}

fn enc(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// CSV rows after the header with their fields unquoted (Virtuoso quotes every field,
/// Oxigraph only where needed), sorted (ties of an ORDER BY may come in any order).
fn sorted_rows(csv: &str) -> Vec<String> {
    let mut rows: Vec<String> = csv_records(csv).into_iter().skip(1).map(|r| r.join(" | ")).collect();
    rows.sort();
    rows
}

/// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
fn csv_records(csv: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, csv.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

fn local_rows(store: &Path, query: &Path) -> Vec<String> {
    let out = sg().arg("--store").arg(store).arg("query").arg(query).args(["--format", "csv"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    sorted_rows(&String::from_utf8(out.stdout).unwrap())
}

/// Every query of queries/ gives the same rows on the local store and on Virtuoso.
fn assert_same_answers(store: &Path, v: &Virtuoso) {
    let mut queries: Vec<PathBuf> = std::fs::read_dir(root().join("queries")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "rq")).collect();
    queries.sort();
    assert!(queries.len() >= 5);
    for q in queries {
        let local = local_rows(store, &q);
        let remote = v.rows(&std::fs::read_to_string(&q).unwrap());
        let only = |a: &[String], b: &[String]| a.iter().filter(|x| !b.contains(x)).take(5).cloned().collect::<Vec<_>>();
        assert!(local == remote, "{}: {} local rows, {} on Virtuoso; only local {:?}, only Virtuoso {:?}", q.display(), local.len(), remote.len(), only(&local, &remote), only(&remote, &local));
    }
}

fn build_into(store: &Path, articles: &Path, url: &str, extra: &[&str]) -> std::process::Output {
    sg().arg("build").arg("--store").arg(store).arg(articles).args(["--quiet", "--into", url]).args(extra).output().unwrap()
}

fn corpus(dir: &Path, n: usize) {
    write_corpus(dir, 7, n);
    std::fs::copy(seed(), dir.join("seed.txt")).unwrap();
}

#[test]
fn a_build_sent_to_virtuoso_answers_every_query_as_the_local_store_also_after_edits_and_pruning() {
    let tmp = tempfile::tempdir().unwrap();
    let (articles, store) = (tmp.path().join("articles"), tmp.path().join("store"));
    corpus(&articles, 40);
    let v = Virtuoso::start(&tmp.path().join("virtuoso"));

    let out = build_into(&store, &articles, &v.gsp(), &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_same_answers(&store, &v);

    // nothing changed: nothing is sent
    let again = String::from_utf8(build_into(&store, &articles, &v.gsp(), &[]).stderr).unwrap();
    assert!(again.contains("(0 sent,"), "{again}");

    // an article rewritten, another removed (pruned): the remote follows, shared facts too
    std::fs::write(articles.join("a00003.txt"), "西河智库联盟成立\n\n西河大学与东岭研究院共同发起成立西河智库联盟。").unwrap();
    std::fs::remove_file(articles.join("a00004.txt")).unwrap();
    let out = build_into(&store, &articles, &v.gsp(), &["--prune"]);
    let log = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{log}");
    assert!(log.contains("1 deleted"), "{log}");
    assert_same_answers(&store, &v);
    let founders = v.rows("SELECT DISTINCT ?o WHERE { ?o sg:foundingMemberOf ?a . ?a rdfs:label ?l FILTER(STR(?l) = \"西河智库联盟\") }");
    assert_eq!(founders.len(), 2, "{founders:?}");
    let left = v.rows("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), \"a00004\")) }");
    assert_eq!(left, vec!["0".to_string()], "the pruned article's graph is still there");
}

#[test]
fn a_build_stopped_by_the_server_dying_is_completed_by_the_next_build() {
    let tmp = tempfile::tempdir().unwrap();
    let (articles, store) = (tmp.path().join("articles"), tmp.path().join("store"));
    corpus(&articles, 400);
    let mut v = Virtuoso::start(&tmp.path().join("virtuoso"));
    let url = v.gsp();

    // the server dies once the first graphs are recorded there
    let build = sg().arg("build").arg("--store").arg(&store).arg(&articles).args(["--quiet", "--into", &url, "--into-retries", "1"]).stderr(Stdio::piped()).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(300);
    while v.rows(&format!("SELECT ?g WHERE {{ GRAPH <{}> {{ ?g ?p ?h }} }}", silkgraph::remote::RECORD_GRAPH)).is_empty() {
        assert!(Instant::now() < deadline, "no graph was ever recorded");
        std::thread::sleep(Duration::from_millis(50));
    }
    v.kill();
    let out = build.wait_with_output().unwrap();
    let log = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success(), "the build should fail when the server is gone: {log}");
    assert!(log.contains(&url), "the error names the address: {log}");

    v.run();
    let out = build_into(&store, &articles, &url, &[]);
    let log = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{log}");
    assert!(log.contains("unchanged"), "{log}");
    assert_same_answers(&store, &v);
}

#[test]
fn a_bad_address_or_a_refused_request_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let out = sg().arg("build").arg("--store").arg(&store).arg(seed()).args(["--quiet", "--into", "ftp://example.org/x"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--into ftp://example.org/x"), "{}", String::from_utf8_lossy(&out.stderr));
    // nobody listens: the error names the address, and the credentials never show
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}/sparql-graph-crud");
    let out = sg().arg("build").arg("--store").arg(&store).arg(seed()).args(["--quiet", "--into", &url, "--into-retries", "0", "--into-auth", "alice:s3cret"]).output().unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(log.contains(&url) && !log.contains("s3cret"), "{log}");
    // the local store is built and intact
    assert!(graph_counts(&store).len() >= 2);
}
