//! `silkgraph serve`: a read-only SPARQL 1.1 Protocol endpoint at `/sparql`, the Graph
//! Store Protocol's GET at `/store`, and browser pages (`/`, `/search`, `/entity`,
//! `/query`) over the on-disk store.
//!
//! Invariants: nothing here writes to the store (it is opened read-only and reopened when a
//! build commits, see [`fresh`]); every request is bounded (body size, query time, rows on
//! pages); every string from the store that reaches a page is HTML-escaped.

mod fresh;
pub mod pages;
pub mod sparql;

use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, NamedNode};
use oxigraph::store::Store;

use crate::error::{Error, Result};
use fresh::FreshStore;
use sparql::{Reply, SparqlRequest};

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub store: PathBuf,
    pub bind: String,
    /// Longest a query may run before it is stopped (503).
    pub query_timeout: Duration,
    /// Largest request body accepted (413 beyond).
    pub max_request_bytes: usize,
    /// Most rows a page shows.
    pub max_page_rows: usize,
    pub workers: usize,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions { store: PathBuf::from(crate::store::DEFAULT_STORE), bind: "127.0.0.1:7878".into(), query_timeout: Duration::from_secs(30), max_request_bytes: 1 << 20, max_page_rows: 500, workers: 4 }
    }
}

/// A running server: its address, and a handle to stop it.
pub struct Server {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
    workers: Vec<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Ask the workers to finish their request and return; waits for them.
    pub fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        for w in self.workers {
            let _ = w.join();
        }
    }

    /// A flag that stops the server when set (for a Ctrl-C handler).
    pub fn stop_flag(&self) -> Arc<AtomicBool> {
        self.stop.clone()
    }

    pub fn wait(self) {
        for w in self.workers {
            let _ = w.join();
        }
    }
}

/// Open the store and start listening; requests are served on worker threads.
pub fn start(opts: ServeOptions) -> Result<Server> {
    let store = Arc::new(FreshStore::open(&opts.store)?);
    let http = tiny_http::Server::http(&opts.bind).map_err(|e| Error::Usage(format!("cannot listen on {}: {e}", opts.bind)))?;
    let addr = http.server_addr().to_ip().ok_or_else(|| Error::Usage(format!("{} is not an IP address", opts.bind)))?;
    let http = Arc::new(http);
    let stop = Arc::new(AtomicBool::new(false));
    let cache = Arc::new(AnswerCache::default());
    let workers = (0..opts.workers.max(1))
        .map(|_| {
            let (http, store, cache, stop, opts) = (http.clone(), store.clone(), cache.clone(), stop.clone(), opts.clone());
            std::thread::spawn(move || worker(&http, &store, &cache, &stop, &opts))
        })
        .collect();
    Ok(Server { addr, stop, workers })
}

fn worker(http: &tiny_http::Server, store: &FreshStore, cache: &AnswerCache, stop: &AtomicBool, opts: &ServeOptions) {
    while !stop.load(Ordering::Relaxed) {
        match http.recv_timeout(Duration::from_millis(200)) {
            Ok(Some(request)) => respond(request, store, cache, opts),
            Ok(None) => {}
            Err(_) => return,
        }
    }
}

fn respond(mut request: tiny_http::Request, store: &FreshStore, cache: &AnswerCache, opts: &ServeOptions) {
    let reply = match read_body(&mut request, opts.max_request_bytes) {
        Ok(body) => match store.current() {
            Ok((s, generation)) => {
                let key = cache_key(&request, &body);
                cache.get(generation, &key).unwrap_or_else(|| {
                    let reply = Arc::new(route(&request, &body, s, opts));
                    cache.put(generation, key, reply.clone());
                    reply
                })
            }
            Err(e) => Arc::new(Reply::error(503, format!("the store cannot be read now: {e}"))),
        },
        Err(reply) => Arc::new(reply),
    };
    let header = tiny_http::Header::from_bytes(&b"Content-Type"[..], reply.content_type.as_bytes()).expect("valid header");
    let response = tiny_http::Response::from_data(reply.body.clone()).with_status_code(reply.status).with_header(header);
    let _ = request.respond(response);
}

/// Successful answers by request, valid while the store's generation is the same: the store
/// changes only when a build commits, and readers ask the same questions again and again.
#[derive(Default)]
struct AnswerCache {
    entries: std::sync::Mutex<(u64, std::collections::HashMap<String, Arc<Reply>>)>,
}

impl AnswerCache {
    /// Enough for the pages and queries of a team; cleared when full or when the store changes.
    const CAPACITY: usize = 512;

    fn get(&self, generation: u64, key: &str) -> Option<Arc<Reply>> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        (entries.0 == generation).then(|| entries.1.get(key).cloned()).flatten()
    }

    fn put(&self, generation: u64, key: String, reply: Arc<Reply>) {
        if reply.status != 200 {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.0 != generation || entries.1.len() >= Self::CAPACITY {
            *entries = (generation, Default::default());
        }
        entries.1.insert(key, reply);
    }
}

/// What makes two requests the same question: method, URL, what the client accepts, body.
fn cache_key(request: &tiny_http::Request, body: &[u8]) -> String {
    format!("{} {}\n{}\n{}\n{}", request.method(), request.url(), header(request, "Accept"), header(request, "Content-Type"), String::from_utf8_lossy(body))
}

fn read_body(request: &mut tiny_http::Request, max: usize) -> std::result::Result<Vec<u8>, Reply> {
    if request.body_length().is_some_and(|n| n > max) {
        return Err(Reply::error(413, format!("request body larger than {max} bytes")));
    }
    let mut body = Vec::new();
    request.as_reader().take(max as u64 + 1).read_to_end(&mut body).map_err(|e| Reply::error(400, format!("cannot read the request body: {e}")))?;
    if body.len() > max {
        return Err(Reply::error(413, format!("request body larger than {max} bytes")));
    }
    Ok(body)
}

fn header<'a>(request: &'a tiny_http::Request, name: &'static str) -> &'a str {
    request.headers().iter().find(|h| h.field.equiv(name)).map_or("", |h| h.value.as_str())
}

/// Decoded `key=value` pairs of a query string or form body.
pub fn form_params(s: &str) -> Vec<(String, String)> {
    let decode = |x: &str| percent_encoding::percent_decode_str(&x.replace('+', " ")).decode_utf8_lossy().into_owned();
    s.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').map_or((decode(p), String::new()), |(k, v)| (decode(k), decode(v)))).collect()
}

fn route(request: &tiny_http::Request, body: &[u8], store: Arc<Store>, opts: &ServeOptions) -> Reply {
    let url = request.url();
    let (path, qs) = url.split_once('?').unwrap_or((url, ""));
    let params = form_params(qs);
    let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let html = |page: String| Reply::ok("text/html; charset=utf-8", page.into_bytes());
    match (request.method(), path) {
        (tiny_http::Method::Get | tiny_http::Method::Post, "/sparql") => sparql_reply(request, body, &params, store.clone(), opts),
        (tiny_http::Method::Get, "/store") => graph_store_get(&store, param("graph"), header(request, "Accept")),
        (tiny_http::Method::Get, "/") => html(pages::home(&store)),
        (tiny_http::Method::Get, "/search") => html(pages::search(&store, param("q").unwrap_or(""), opts.max_page_rows)),
        (tiny_http::Method::Get, "/entity") => match param("iri").and_then(|iri| pages::entity(&store, iri, opts.max_page_rows)) {
            Some(page) => html(page),
            None => Reply::error(404, "no such entity"),
        },
        (tiny_http::Method::Get, "/article") => match param("id").and_then(|id| pages::article(&store, id, opts.max_page_rows)) {
            Some(page) => html(page),
            None => Reply::error(404, "no such article"),
        },
        (tiny_http::Method::Get, "/query") => html(pages::query_page(&store, param("query"), opts.max_page_rows)),
        (_, "/sparql" | "/store" | "/" | "/search" | "/entity" | "/article" | "/query") => Reply::error(405, format!("{} is not allowed on {path}", request.method())),
        _ => Reply::error(404, format!("nothing at {path}")),
    }
}

fn sparql_reply(request: &tiny_http::Request, body: &[u8], url_params: &[(String, String)], store: Arc<Store>, opts: &ServeOptions) -> Reply {
    let content_type = header(request, "Content-Type").split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let mut params = url_params.to_vec();
    let text = String::from_utf8_lossy(body).into_owned();
    match (request.method(), content_type.as_str()) {
        (tiny_http::Method::Post, "application/x-www-form-urlencoded") => params.extend(form_params(&text)),
        (tiny_http::Method::Post, "application/sparql-query") => params.push(("query".into(), text)),
        (tiny_http::Method::Post, "application/sparql-update") => params.push(("update".into(), text)),
        (tiny_http::Method::Post, other) => return Reply::error(415, format!("unsupported content type {other:?}: use application/sparql-query or a form")),
        _ => {}
    }
    let req = SparqlRequest::from_params(&params);
    if req.query.is_none() && !req.update && request.method() == &tiny_http::Method::Get {
        return service_description(request);
    }
    // ?format=csv|json|xml|tsv for links that cannot set Accept
    let format = params.iter().find(|(k, _)| k == "format").map(|(_, v)| format_media(v));
    let accept = format.unwrap_or_else(|| header(request, "Accept").to_owned());
    sparql::answer(store, &req, &accept, opts.query_timeout)
}

fn format_media(f: &str) -> String {
    match f {
        "csv" => "text/csv",
        "tsv" => "text/tab-separated-values",
        "xml" => "application/sparql-results+xml",
        "turtle" | "ttl" => "text/turtle",
        "ntriples" | "nt" => "application/n-triples",
        _ => "application/sparql-results+json",
    }
    .to_owned()
}

/// The SPARQL 1.1 Service Description of this endpoint (Turtle).
fn service_description(request: &tiny_http::Request) -> Reply {
    let host = header(request, "Host");
    let endpoint = format!("http://{}/sparql", if host.is_empty() { "localhost" } else { host });
    let body = format!(
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\
         <{endpoint}> a sd:Service ;\n  sd:endpoint <{endpoint}> ;\n  sd:supportedLanguage sd:SPARQL11Query ;\n  \
         sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_XML>, \
         <http://www.w3.org/ns/formats/SPARQL_Results_CSV>, <http://www.w3.org/ns/formats/SPARQL_Results_TSV>, \
         <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/N-Triples> ;\n  \
         sd:feature sd:UnionDefaultGraph ;\n  sd:defaultDataset [ a sd:Dataset ] .\n"
    );
    Reply::ok("text/turtle; charset=utf-8", body.into_bytes())
}

/// Graph Store Protocol GET: one named graph, as Turtle or N-Triples.
fn graph_store_get(store: &Store, graph: Option<&str>, accept: &str) -> Reply {
    let Some(graph) = graph else { return Reply::error(400, "name the graph: /store?graph=IRI") };
    let Ok(name) = NamedNode::new(graph) else { return Reply::error(400, format!("bad graph IRI {graph}")) };
    match store.contains_named_graph(&name) {
        Ok(true) => {}
        Ok(false) => return Reply::error(404, format!("no graph {graph}")),
        Err(e) => return Reply::error(500, e.to_string()),
    }
    // Turtle and N-Triples, as for CONSTRUCT results (text/plain aside)
    let (media, format) = match sparql::negotiate(accept, &sparql::GRAPH_TYPES[..2]) {
        Some((m, crate::query::ResultFormat::Ntriples)) => (m, RdfFormat::NTriples),
        Some((m, _)) => (m, RdfFormat::Turtle),
        None => return Reply::error(406, "offered: text/turtle, application/n-triples"),
    };
    match store.dump_graph_to_writer(GraphNameRef::NamedNode(name.as_ref()), format, Vec::new()) {
        Ok(bytes) => Reply::ok(media, bytes),
        Err(e) => Reply::error(500, e.to_string()),
    }
}
