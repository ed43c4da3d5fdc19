//! The SPARQL 1.1 Protocol, read-only: a query from GET or POST (form or
//! `application/sparql-query`), its dataset from `default-graph-uri` / `named-graph-uri`
//! (else the query's FROM, else the union of all graphs, as on the command line), results
//! in the format the client accepts, and a time limit that stops the query, not the server.

use std::sync::Arc;
use std::time::Duration;

use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::{CancellationToken, QueryResults};
use oxigraph::store::Store;

use crate::query::{self, ResultFormat};

/// What a client asked for, read from the URL and the body.
#[derive(Debug, Default)]
pub struct SparqlRequest {
    pub query: Option<String>,
    /// An update was sent (`update=` or `application/sparql-update`): always refused.
    pub update: bool,
    pub default_graphs: Vec<String>,
    pub named_graphs: Vec<String>,
}

impl SparqlRequest {
    /// From decoded `key=value` pairs of the URL and of a form body.
    pub fn from_params(params: &[(String, String)]) -> Self {
        let mut r = SparqlRequest::default();
        for (k, v) in params {
            match k.as_str() {
                "query" => r.query = Some(v.clone()),
                "update" => r.update = true,
                "default-graph-uri" => r.default_graphs.push(v.clone()),
                "named-graph-uri" => r.named_graphs.push(v.clone()),
                _ => {}
            }
        }
        r
    }
}

/// An HTTP answer: status, content type, body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn ok(content_type: &str, body: Vec<u8>) -> Self {
        Reply { status: 200, content_type: content_type.to_owned(), body }
    }
    pub fn error(status: u16, message: impl Into<String>) -> Self {
        let mut body = message.into().into_bytes();
        body.push(b'\n');
        Reply { status, content_type: "text/plain; charset=utf-8".into(), body }
    }
}

/// Result formats by media type, the first of each kind being the default.
const SOLUTION_TYPES: &[(&str, ResultFormat)] = &[
    ("application/sparql-results+json", ResultFormat::Json),
    ("application/json", ResultFormat::Json),
    ("application/sparql-results+xml", ResultFormat::Xml),
    ("application/xml", ResultFormat::Xml),
    ("text/csv", ResultFormat::Csv),
    ("text/tab-separated-values", ResultFormat::Tsv),
];
pub const GRAPH_TYPES: &[(&str, ResultFormat)] = &[("text/turtle", ResultFormat::Turtle), ("application/n-triples", ResultFormat::Ntriples), ("text/plain", ResultFormat::Ntriples)];

/// The format for `accept` among `offered` (in the client's order, q-values aside); the
/// default when the client takes anything. None: nothing acceptable (406).
pub fn negotiate(accept: &str, offered: &'static [(&'static str, ResultFormat)]) -> Option<(&'static str, ResultFormat)> {
    let wanted: Vec<&str> = accept.split(',').map(|m| m.split(';').next().unwrap_or("").trim()).filter(|m| !m.is_empty()).collect();
    if wanted.is_empty() {
        return offered.first().copied();
    }
    wanted.iter().find_map(|w| match w.strip_suffix('*').filter(|p| p.ends_with('/')) {
        Some("/") => offered.first().copied(),
        Some(kind) => offered.iter().find(|(m, _)| m.starts_with(kind)).copied(),
        None => offered.iter().find(|(m, _)| m.eq_ignore_ascii_case(w)).copied(),
    })
}

/// Run the request on `store` within `limit`.
pub fn answer(store: Arc<Store>, req: &SparqlRequest, accept: &str, limit: Duration) -> Reply {
    if req.update {
        return Reply::error(403, "this endpoint is read-only: SPARQL Update is refused");
    }
    let Some(text) = req.query.as_deref() else {
        return Reply::error(400, "no query: send one as `query` (GET or form POST) or as an application/sparql-query body");
    };
    run_with_limit(store, text, req, accept, limit)
}

/// The dataset: the protocol's graphs when given, else the query's FROM, else the union.
fn set_dataset(q: &mut oxigraph::sparql::PreparedSparqlQuery, req: &SparqlRequest) -> Result<(), Reply> {
    let iri = |s: &String| NamedNode::new(s.clone()).map_err(|e| Reply::error(400, format!("bad graph IRI {s}: {e}")));
    if !req.default_graphs.is_empty() || !req.named_graphs.is_empty() {
        let defaults = req.default_graphs.iter().map(|s| iri(s).map(GraphName::from)).collect::<Result<Vec<_>, _>>()?;
        let named = req.named_graphs.iter().map(|s| iri(s).map(NamedOrBlankNode::from)).collect::<Result<Vec<_>, _>>()?;
        q.dataset_mut().set_default_graph(defaults);
        if !named.is_empty() {
            q.dataset_mut().set_available_named_graphs(named);
        }
    } else if q.dataset().is_default_dataset() {
        q.dataset_mut().set_default_graph_as_union();
    }
    Ok(())
}

/// Execute and serialise on a thread of its own; at the deadline the client gets 503 at once
/// and the query is cancelled (oxigraph stops it at its next read of the store).
fn run_with_limit(store: Arc<Store>, text: &str, req: &SparqlRequest, accept: &str, limit: Duration) -> Reply {
    let token = CancellationToken::new();
    let mut q = match query::evaluator().with_cancellation_token(token.clone()).parse_query(text) {
        Ok(q) => q,
        Err(e) => return Reply::error(400, format!("bad query: {e}")),
    };
    if let Err(reply) = set_dataset(&mut q, req) {
        return reply;
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let (accept, run_token) = (accept.to_owned(), token.clone());
    std::thread::spawn(move || {
        let reply = match q.on_store(&store).execute() {
            Ok(results) => serialise(results, &accept, &run_token, limit),
            Err(e) if run_token.is_cancelled() => timed_out(limit, e),
            Err(e) => Reply::error(500, format!("query failed: {e}")),
        };
        let _ = tx.send(reply);
    });
    match rx.recv_timeout(limit) {
        Ok(reply) => reply,
        Err(_) => {
            token.cancel();
            timed_out(limit, "cancelled")
        }
    }
}

fn timed_out(limit: Duration, e: impl std::fmt::Display) -> Reply {
    Reply::error(503, format!("the query was stopped after the time limit of {} s ({e}); narrow it or raise --query-timeout", limit.as_secs_f64()))
}

fn serialise(results: QueryResults<'_>, accept: &str, token: &CancellationToken, limit: Duration) -> Reply {
    let offered = if matches!(results, QueryResults::Graph(_)) { GRAPH_TYPES } else { SOLUTION_TYPES };
    let Some((media, format)) = negotiate(accept, offered) else {
        let types: Vec<&str> = offered.iter().map(|(m, _)| *m).collect();
        return Reply::error(406, format!("none of the accepted types ({accept}) fits this result; offered: {}", types.join(", ")));
    };
    let mut body = Vec::new();
    match query::write_results(results, format, &mut body, "request") {
        Ok(_) => Reply::ok(&content_type(media), body),
        Err(e) if token.is_cancelled() => timed_out(limit, e),
        Err(e) => Reply::error(500, format!("query failed: {e}")),
    }
}

fn content_type(media: &str) -> String {
    if media.starts_with("text/") || media.ends_with("json") || media.ends_with("xml") {
        format!("{media}; charset=utf-8")
    } else {
        media.to_owned()
    }
}
