//! `silkgraph build --into URL`: keep a remote triplestore a mirror of the local store, through
//! the SPARQL 1.1 Graph Store HTTP Protocol that Virtuoso, GraphDB, Fuseki, Stardog and Neptune
//! all speak.
//!
//! Every named graph of the local store (one per article, and the shared entities, vocabulary,
//! ontology and lexicon graphs) is sent with `PUT ?graph=IRI`, which replaces the remote graph
//! as a whole: re-sending is idempotent, and a fact no article states any more disappears there
//! exactly as it did locally. A record of what the remote holds (graph IRI → sha256 of the
//! graph's sorted N-Triples) lives in the remote itself, in graph [`RECORD_GRAPH`], so two
//! machines building into one endpoint agree on what is already there. A graph is recorded
//! only after the server accepted it: a sync stopped at any point is completed by the next.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Quad};
use oxigraph::store::Store;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The remote graph holding the record of what was sent.
pub const RECORD_GRAPH: &str = "https://w3id.org/silkgraph/sync";
const HASH_PRED: &str = "https://w3id.org/silkgraph/ontology#graphHash";

/// Where and how to send: the Graph Store endpoint (`…/sparql-graph-crud` on Virtuoso,
/// `…/dataset/data` on Fuseki) and optional HTTP Basic credentials.
pub struct Remote {
    endpoint: String,
    auth: Option<String>,
    agent: ureq::Agent,
    retries: u32,
    backoff: Duration,
}

/// What one sync did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SyncSummary {
    pub graphs: usize,
    pub sent: usize,
    pub unchanged: usize,
    pub deleted: usize,
    pub triples_sent: usize,
}

impl std::fmt::Display for SyncSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} graphs ({} sent, {} unchanged, {} deleted), {} triples sent", self.graphs, self.sent, self.unchanged, self.deleted, self.triples_sent)
    }
}

impl Remote {
    /// `credentials` is `user:password`; it goes into the Authorization header only, never
    /// into a message.
    pub fn new(endpoint: &str, credentials: Option<&str>) -> Result<Self> {
        if !endpoint.starts_with("http://") {
            let why = if endpoint.starts_with("https://") { "https is not built in: reach the store over http (a loopback port or a TLS-terminating proxy)" } else { "give an http:// address" };
            return Err(Error::Usage(format!("--into {endpoint}: {why}")));
        }
        if credentials.is_some_and(|c| !c.contains(':')) {
            return Err(Error::Usage("--into-auth: give user:password".into()));
        }
        use base64::Engine;
        let encode = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
        let agent = ureq::Agent::config_builder().http_status_as_error(false).timeout_global(Some(Duration::from_secs(600))).build().into();
        Ok(Remote { endpoint: endpoint.trim_end_matches('?').to_owned(), auth: credentials.map(|c| format!("Basic {}", encode(c.as_bytes()))), agent, retries: 5, backoff: Duration::from_millis(500) })
    }

    /// How many times to retry a failed request, and the first pause (doubled each time).
    pub fn with_retries(mut self, retries: u32, backoff: Duration) -> Self {
        self.retries = retries;
        self.backoff = backoff;
        self
    }

    fn graph_url(&self, graph: &str) -> String {
        let sep = if self.endpoint.contains('?') { '&' } else { '?' };
        format!("{}{sep}graph={}", self.endpoint, percent_encoding::utf8_percent_encode(graph, percent_encoding::NON_ALPHANUMERIC))
    }

    /// One request with retries on network errors and 5xx (exponential back-off); a 4xx is an
    /// error naming the address and what the server said.
    fn request(&self, method: &str, graph: &str, body: Option<&[u8]>) -> Result<(u16, String)> {
        let url = self.graph_url(graph);
        let mut wait = self.backoff;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let outcome = self.send_once(method, &url, body);
            let retry = match &outcome {
                Ok((status, _)) => *status >= 500,
                Err(_) => true,
            };
            if !retry || attempt > self.retries {
                return match outcome {
                    Ok((status, text)) if status < 400 || status == 404 => Ok((status, text)),
                    Ok((status, text)) => Err(Error::Remote { url: self.endpoint.clone(), message: format!("{method} of graph <{graph}> answered HTTP {status}: {}", excerpt(&text)) }),
                    Err(e) => Err(Error::Remote { url: self.endpoint.clone(), message: format!("{method} of graph <{graph}> failed after {attempt} attempts: {e}") }),
                };
            }
            std::thread::sleep(wait);
            wait = (wait * 2).min(Duration::from_secs(30));
        }
    }

    fn send_once(&self, method: &str, url: &str, body: Option<&[u8]>) -> std::result::Result<(u16, String), ureq::Error> {
        let auth = self.auth.as_deref();
        let mut resp = match (method, body) {
            ("PUT", Some(b)) => with_auth(self.agent.put(url), auth).header("Content-Type", "application/n-triples; charset=utf-8").send(b)?,
            ("DELETE", _) => with_auth(self.agent.delete(url), auth).call()?,
            _ => with_auth(self.agent.get(url), auth).header("Accept", "application/n-triples").call()?,
        };
        let status = resp.status().as_u16();
        let text = resp.body_mut().with_config().limit(u64::MAX).read_to_string()?;
        Ok((status, text))
    }

    /// The record of what the remote holds: graph IRI → hash.
    pub fn record(&self) -> Result<HashMap<String, String>> {
        let (status, text) = self.request("GET", RECORD_GRAPH, None)?;
        if status == 404 {
            return Ok(HashMap::new());
        }
        let mut out = HashMap::new();
        let parser = oxigraph::io::RdfParser::from_format(RdfFormat::NTriples).for_slice(text.as_bytes());
        for q in parser {
            let q = q.map_err(|e| Error::Remote { url: self.endpoint.clone(), message: format!("the record graph <{RECORD_GRAPH}> is not N-Triples: {e}") })?;
            if let (NamedOrBlankNode::NamedNode(g), oxigraph::model::Term::Literal(h)) = (&q.subject, &q.object) {
                if q.predicate.as_str() == HASH_PRED {
                    out.insert(g.as_str().to_owned(), h.value().to_owned());
                }
            }
        }
        Ok(out)
    }

    fn put_record(&self, record: &HashMap<String, String>) -> Result<()> {
        let sorted: BTreeMap<_, _> = record.iter().collect();
        let mut body = String::new();
        for (g, h) in sorted {
            body.push_str(&format!("<{g}> <{HASH_PRED}> \"{h}\" .\n"));
        }
        self.request("PUT", RECORD_GRAPH, Some(body.as_bytes())).map(|_| ())
    }
}

fn with_auth<B>(req: ureq::RequestBuilder<B>, auth: Option<&str>) -> ureq::RequestBuilder<B> {
    match auth {
        Some(a) => req.header("Authorization", a),
        None => req,
    }
}

/// The start of a server's answer, on one line.
fn excerpt(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line.chars().take(300).collect()
}

/// One local graph as sorted N-Triples lines (a canonical form: no blank nodes in the store)
/// and its hash.
fn graph_ntriples(store: &Store, graph: &NamedNode, path: &std::path::Path) -> Result<(Vec<u8>, String, usize)> {
    let mut lines: Vec<String> = Vec::new();
    for q in store.quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(graph.as_ref()))) {
        let q: Quad = q.map_err(|e| Error::store(path, e))?;
        // a triple displays in N-Triples syntax: no serializer per line
        lines.push(format!("{} .\n", oxigraph::model::TripleRef::from(q.as_ref())));
    }
    lines.sort_unstable();
    let body = lines.concat().into_bytes();
    let hash = format!("{:x}", Sha256::digest(&body));
    Ok((body, hash, lines.len()))
}

/// Make the remote hold exactly the local store's named graphs: send the graphs whose hash
/// differs from the remote's record, delete the recorded graphs the store no longer has, and
/// record each step after the server accepted it (every `record_every` graphs and at the end).
pub fn sync(store: &Store, path: &std::path::Path, remote: &Remote, progress: bool) -> Result<SyncSummary> {
    let mut record = remote.record()?;
    let graphs: Vec<NamedNode> = store
        .named_graphs()
        .filter_map(|g| match g {
            Ok(NamedOrBlankNode::NamedNode(n)) => Some(Ok(n)),
            Ok(_) => None,
            Err(e) => Some(Err(Error::store(path, e))),
        })
        .collect::<Result<_>>()?;
    let mut sum = SyncSummary { graphs: graphs.len(), ..Default::default() };
    let bar = crate::pipeline::counting_bar(graphs.len(), progress, "graphs sent");
    const RECORD_EVERY: usize = 64;
    let mut unrecorded = 0;
    for g in &graphs {
        let (body, hash, n) = graph_ntriples(store, g, path)?;
        if record.get(g.as_str()) == Some(&hash) {
            sum.unchanged += 1;
        } else {
            remote.request("PUT", g.as_str(), Some(&body))?;
            record.insert(g.as_str().to_owned(), hash);
            sum.sent += 1;
            sum.triples_sent += n;
            unrecorded += 1;
            if unrecorded >= RECORD_EVERY {
                remote.put_record(&record)?;
                unrecorded = 0;
            }
        }
        bar.inc(1);
    }
    let local: std::collections::HashSet<&str> = graphs.iter().map(|g| g.as_str()).collect();
    let gone: Vec<String> = record.keys().filter(|g| !local.contains(g.as_str())).cloned().collect();
    for g in gone {
        remote.request("DELETE", &g, None)?;
        record.remove(&g);
        sum.deleted += 1;
        unrecorded += 1;
    }
    if unrecorded > 0 {
        remote.put_record(&record)?;
    }
    bar.finish_and_clear();
    Ok(sum)
}
