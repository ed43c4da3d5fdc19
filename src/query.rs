//! SPARQL over the store: SELECT, ASK, CONSTRUCT, DESCRIBE, with the project's prefixes
//! predefined and the default graph read as the union of all article graphs.
//!
//! Results go through oxigraph's own serialisers (CSV, TSV, JSON, XML; Turtle and
//! N-Triples for graphs), or an aligned table for people to read.

use std::io::Write;

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

use crate::error::{Error, Result};
use crate::rdf::PREFIXES;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultFormat {
    /// aligned table with prefixed names (graphs: Turtle)
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    /// for CONSTRUCT/DESCRIBE
    Turtle,
    /// for CONSTRUCT/DESCRIBE
    Ntriples,
}

/// An evaluator with the project's prefixes predefined.
pub fn evaluator() -> SparqlEvaluator {
    let mut ev = SparqlEvaluator::new();
    for (p, ns) in PREFIXES {
        ev = ev.with_prefix(*p, *ns).expect("valid built-in prefix");
    }
    ev
}

/// Parse and run a query; `origin` names the file (or `-e`) in errors.
pub fn run<'a>(store: &'a Store, sparql: &str, origin: &str) -> Result<QueryResults<'a>> {
    // peg's message carries the position: "error at 3:14: expected …"
    let mut q = evaluator()
        .parse_query(sparql)
        .map_err(|e| Error::SparqlSyntax { origin: origin.to_owned(), message: e.to_string() })?;
    q.dataset_mut().set_default_graph_as_union();
    q.on_store(store).execute().map_err(|e| Error::query(origin, e))
}

/// Compact an IRI with the known prefixes (`sgr:org/陕西省社会科学院`), decoding %-escapes.
pub fn compact(iri: &str) -> String {
    for (p, ns) in PREFIXES.iter().rev() {
        if let Some(local) = iri.strip_prefix(ns) {
            return format!("{p}:{}", percent_encoding::percent_decode_str(local).decode_utf8_lossy());
        }
    }
    format!("<{iri}>")
}

/// A cell for people: literals as their value, IRIs compacted.
pub fn display_term(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => compact(n.as_str()),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// Write results in `format` to `out`. Returns the number of rows (or triples).
pub fn write_results(results: QueryResults<'_>, format: ResultFormat, out: &mut dyn Write, origin: &str) -> Result<usize> {
    let qerr = |e: &dyn std::fmt::Display| Error::query(origin, e);
    let ioerr = |e: std::io::Error| Error::Io { path: "<stdout>".into(), source: e };
    match results {
        QueryResults::Graph(triples) => {
            let rdf_format = match format {
                ResultFormat::Ntriples => RdfFormat::NTriples,
                ResultFormat::Table | ResultFormat::Turtle => RdfFormat::Turtle,
                other => return Err(Error::Usage(format!("{origin}: a CONSTRUCT/DESCRIBE query gives a graph; --format {other:?} is for SELECT/ASK (use turtle or ntriples)").to_lowercase())),
            };
            let mut ser = RdfSerializer::from_format(rdf_format);
            for (p, ns) in PREFIXES {
                ser = ser.with_prefix(*p, *ns).expect("valid prefix");
            }
            let mut w = ser.for_writer(out);
            let mut n = 0;
            let mut all: Vec<Triple> = Vec::new();
            for t in triples {
                all.push(t.map_err(|e| qerr(&e))?);
            }
            all.sort_by_cached_key(|t| t.to_string());
            all.dedup();
            for t in &all {
                w.serialize_triple(t).map_err(ioerr)?;
                n += 1;
            }
            w.finish().map_err(ioerr)?;
            Ok(n)
        }
        QueryResults::Boolean(b) => {
            match format {
                ResultFormat::Table => writeln!(out, "{}", if b { "yes" } else { "no" }).map_err(ioerr)?,
                f => {
                    let sf = serial_format(f, origin)?;
                    let bytes = QueryResultsSerializer::from_format(sf).serialize_boolean_to_writer(Vec::new(), b).map_err(ioerr)?;
                    out.write_all(&bytes).map_err(ioerr)?;
                }
            }
            Ok(1)
        }
        QueryResults::Solutions(solutions) => {
            let vars: Vec<_> = solutions.variables().to_vec();
            if format == ResultFormat::Table {
                let mut table = Table::new();
                table.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Disabled);
                table.set_header(vars.iter().map(|v| v.as_str().to_owned()));
                let mut n = 0;
                for s in solutions {
                    let s = s.map_err(|e| qerr(&e))?;
                    table.add_row(vars.iter().map(|v| s.get(v).map(display_term).unwrap_or_default()));
                    n += 1;
                }
                writeln!(out, "{table}").map_err(ioerr)?;
                writeln!(out, "{n} row{}", if n == 1 { "" } else { "s" }).map_err(ioerr)?;
                return Ok(n);
            }
            let sf = serial_format(format, origin)?;
            let mut w = QueryResultsSerializer::from_format(sf).serialize_solutions_to_writer(out, vars).map_err(ioerr)?;
            let mut n = 0;
            for s in solutions {
                let s = s.map_err(|e| qerr(&e))?;
                w.serialize(&s).map_err(ioerr)?;
                n += 1;
            }
            w.finish().map_err(ioerr)?;
            Ok(n)
        }
    }
}

fn serial_format(f: ResultFormat, origin: &str) -> Result<QueryResultsFormat> {
    Ok(match f {
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Json => QueryResultsFormat::Json,
        ResultFormat::Xml => QueryResultsFormat::Xml,
        other => return Err(Error::Usage(format!("{origin}: --format {other:?} is for CONSTRUCT/DESCRIBE; SELECT/ASK results take table, csv, tsv, json or xml").to_lowercase())),
    })
}

/// Read a query file: UTF-8 only, with the offset of the first bad byte in the error.
pub fn read_query_file(path: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| Error::Decode { path: path.to_owned(), encoding: "UTF-8".into(), offset: e.utf8_error().valid_up_to() })
}

/// The queries behind `silkgraph stats`: (title, SPARQL).
pub const STATS_QUERIES: &[(&str, &str)] = &[
    (
        "entities by type",
        "SELECT ?type (COUNT(DISTINCT ?e) AS ?entities) WHERE { { SELECT DISTINCT ?e WHERE { GRAPH ?g { ?a schema:mentions ?e } } } ?e a ?c . VALUES (?c ?type) { (sg:Person \"Person\") (sg:Organization \"Organization\") (sg:Alliance \"Alliance\") (sg:Country \"Country\") (sg:Place \"Place\") (sg:Event \"Event\") (sg:Project \"Project\") (sg:Document \"Document\") } } GROUP BY ?type ORDER BY DESC(?entities) ?type",
    ),
    (
        "organisations by kind",
        "SELECT ?kind (COUNT(DISTINCT ?e) AS ?organisations) WHERE { { SELECT DISTINCT ?e WHERE { GRAPH ?g { ?a schema:mentions ?e } } } ?e a sg:Organization . OPTIONAL { ?e a ?k . VALUES ?k { sg:ThinkTank sg:University sg:Company sg:Government sg:Association sg:Research sg:Media } } BIND(COALESCE(STRAFTER(STR(?k), \"#\"), \"Other\") AS ?kind) } GROUP BY ?kind ORDER BY DESC(?organisations) ?kind",
    ),
    (
        "relations by predicate",
        "SELECT ?relation (COUNT(*) AS ?statements) WHERE { ?st a rdf:Statement ; rdf:predicate ?p . BIND(STRAFTER(STR(?p), \"#\") AS ?relation) } GROUP BY ?relation ORDER BY DESC(?statements) ?relation",
    ),
    (
        "articles",
        "SELECT ?article ?title (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?a a sg:SourceDocument ; dcterms:identifier ?article . OPTIONAL { ?a schema:name ?title } ?s ?p ?o } } GROUP BY ?article ?title ORDER BY ?article",
    ),
];

/// Rows under a header, as an aligned table or as TSV.
pub fn write_rows(header: &[&str], rows: &[Vec<String>], tsv: bool, out: &mut impl Write) -> std::io::Result<()> {
    if tsv {
        writeln!(out, "{}", header.join("\t"))?;
        for r in rows {
            writeln!(out, "{}", r.iter().map(|c| c.replace(['\t', '\n'], " ")).collect::<Vec<_>>().join("\t"))?;
        }
        return Ok(());
    }
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    table.set_header(header.iter().copied());
    for r in rows {
        table.add_row(r.iter().cloned());
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{} rules", rows.len())
}
