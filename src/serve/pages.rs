//! The browser pages: search over labels and aliases, an entity page with every fact and
//! its evidence sentence, and a query page. Server-rendered HTML; every string from the
//! store is escaped (articles are untrusted input).

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use oxigraph::store::Store;

use crate::iri::ONTOLOGY;
use crate::query;

/// The project's queries, compiled in: (file name, text).
pub const QUERY_FILES: &[(&str, &str)] = &[
    ("think_tanks_by_alliance.rq", include_str!("../../queries/think_tanks_by_alliance.rq")),
    ("alliance_members.rq", include_str!("../../queries/alliance_members.rq")),
    ("people_posts.rq", include_str!("../../queries/people_posts.rq")),
    ("speakers_by_event.rq", include_str!("../../queries/speakers_by_event.rq")),
    ("events.rq", include_str!("../../queries/events.rq")),
    ("organisations_by_country.rq", include_str!("../../queries/organisations_by_country.rq")),
    ("documents_by_publisher.rq", include_str!("../../queries/documents_by_publisher.rq")),
    ("projects.rq", include_str!("../../queries/projects.rq")),
    ("fact_provenance.rq", include_str!("../../queries/fact_provenance.rq")),
];

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A value for a URL's query string.
pub fn url_param(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// A SPARQL string literal holding `s`.
fn sparql_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const STYLE: &str = "body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em;color:#222}\
nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}\
.ev{color:#555;font-size:.9em}mark{background:#fe8}textarea{width:100%;font-family:monospace}.kind{color:#777}.graph svg{max-width:100%;height:auto}";

pub fn layout(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>{} · silkgraph</title><style>{STYLE}</style></head>\
<body><nav><a href=\"/\">silkgraph</a><a href=\"/query\">SPARQL</a><form action=\"/search\" style=\"display:inline\"><input name=\"q\" placeholder=\"name or alias\"> <button>Search</button></form></nav><h1>{}</h1>{body}</body></html>",
        escape(title),
        escape(title)
    )
}

/// Rows of a SELECT as display strings (literals' values, IRIs as they are), at most `cap`.
fn select(store: &Store, sparql: &str, cap: usize) -> Vec<Vec<String>> {
    let Ok(QueryResults::Solutions(solutions)) = query::run(store, sparql, "page") else { return Vec::new() };
    let vars: Vec<_> = solutions.variables().to_vec();
    let cell = |t: Option<&Term>| match t {
        Some(Term::Literal(l)) => l.value().to_owned(),
        Some(Term::NamedNode(n)) => n.as_str().to_owned(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    solutions.take(cap).filter_map(|s| s.ok()).map(|s| vars.iter().map(|v| cell(s.get(v))).collect()).collect()
}

fn class_name(iri: &str) -> &str {
    iri.strip_prefix(ONTOLOGY).unwrap_or(iri)
}

fn entity_link(iri: &str, label: &str) -> String {
    format!("<a href=\"/entity?iri={}\">{}</a>", url_param(iri), escape(if label.is_empty() { iri } else { label }))
}

pub fn home(store: &Store) -> String {
    let rows = select(store, "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(sg:))) } GROUP BY ?type ORDER BY DESC(?n)", 50);
    let mut body = String::from("<p>Search people, institutions, alliances, events and places by any name the articles use, in Chinese or English.</p><table><tr><th>type</th><th>entities</th></tr>");
    for r in &rows {
        body.push_str(&format!("<tr><td>{}</td><td>{}</td></tr>", escape(class_name(&r[0])), escape(&r[1])));
    }
    body.push_str("</table><p><a href=\"/query\">Ask in SPARQL</a> · endpoint at <code>/sparql</code></p>");
    layout("Knowledge graph", &body)
}

pub fn search(store: &Store, q: &str, cap: usize) -> String {
    let needle = sparql_string(&q.to_lowercase());
    let sparql = format!(
        "SELECT DISTINCT ?e ?label ?type WHERE {{ ?e rdfs:label|skos:altLabel ?name . FILTER(CONTAINS(LCASE(STR(?name)), {needle})) \
         ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(sg:))) OPTIONAL {{ ?e rdfs:label ?label }} }} ORDER BY STRLEN(STR(?label)) LIMIT {cap}"
    );
    let rows = select(store, &sparql, cap);
    let mut body = format!("<p>{} result(s) for <b>{}</b></p><ul>", rows.len(), escape(q));
    for r in &rows {
        body.push_str(&format!("<li>{} <span class=\"kind\">{}</span></li>", entity_link(&r[0], &r[1]), escape(class_name(&r[2]))));
    }
    body.push_str("</ul>");
    layout(&format!("Search: {q}"), &body)
}

/// A statement's evidence sentence and the identifier of its article.
const EVIDENCE: &str = "?st prov:wasDerivedFrom ?ev . ?ev sg:text ?sentence ; schema:isPartOf ?r . ?r schema:isPartOf ?a . ?a dcterms:identifier ?article .";

/// Facts about `iri`, in or out, each with its evidence: (direction, property, other, other's label, sentence, article).
fn facts(store: &Store, iri: &str, cap: usize) -> Vec<Vec<String>> {
    let sparql = format!(
        // each branch starts from the provenance statements that name the entity: index lookups
        "SELECT ?dir ?p ?other (SAMPLE(?l) AS ?label) ?sentence ?article WHERE {{ \
           {{ ?st rdf:subject <{iri}> ; rdf:predicate ?p ; rdf:object ?other . BIND(\"out\" AS ?dir) {EVIDENCE} }} \
           UNION {{ ?st rdf:object <{iri}> ; rdf:predicate ?p ; rdf:subject ?other . BIND(\"in\" AS ?dir) {EVIDENCE} }} \
           OPTIONAL {{ ?other rdfs:label ?l }} }} GROUP BY ?dir ?p ?other ?sentence ?article ORDER BY ?dir ?p ?label LIMIT {cap}"
    );
    select(store, &sparql, cap)
}

pub fn entity(store: &Store, iri: &str, cap: usize) -> Option<String> {
    if iri.contains(['<', '>', '"', ' ', '{', '}']) {
        return None;
    }
    let labels = select(store, &format!("SELECT ?l ?kind WHERE {{ {{ <{iri}> rdfs:label ?l BIND(\"label\" AS ?kind) }} UNION {{ <{iri}> skos:altLabel ?l BIND(\"alias\" AS ?kind) }} }}"), 100);
    let types = select(store, &format!("SELECT ?t WHERE {{ <{iri}> a ?t }}"), 20);
    if labels.is_empty() && types.is_empty() {
        return None;
    }
    let title = labels.iter().find(|l| l[1] == "label").map_or(iri, |l| l[0].as_str());
    let mut body = format!("<p><code>{}</code></p><p>type: {}</p>", escape(iri), types.iter().map(|t| escape(class_name(&t[0]))).collect::<Vec<_>>().join(", "));
    let aliases: Vec<String> = labels.iter().filter(|l| l[0] != title).map(|l| escape(&l[0])).collect();
    if !aliases.is_empty() {
        body.push_str(&format!("<p>also: {}</p>", aliases.join(" · ")));
    }
    let merges = select(store, &format!("SELECT DISTINCT ?note WHERE {{ <{iri}> sg:resolutionNote ?note }} ORDER BY ?note"), 50);
    if !merges.is_empty() {
        body.push_str("<h2>Why these names are one entity</h2><ul>");
        for m in &merges {
            body.push_str(&format!("<li class=\"ev\">{}</li>", escape(&m[0])));
        }
        body.push_str("</ul>");
    }
    body.push_str(&neighbourhood_svg(store, iri));
    body.push_str("<h2>Facts</h2><table><tr><th></th><th>relation</th><th>with</th><th>evidence</th><th>article</th></tr>");
    for f in facts(store, iri, cap) {
        let arrow = if f[0] == "out" { "→" } else { "←" };
        body.push_str(&format!(
            "<tr><td>{arrow}</td><td>{}</td><td>{}</td><td class=\"ev\">{}</td><td>{}</td></tr>",
            escape(class_name(&f[1])),
            entity_link(&f[2], &f[3]),
            highlight(&f[4], title),
            format!("<a href=\"/article?id={}\">{}</a>", url_param(&f[5]), escape(&f[5]))
        ));
    }
    body.push_str("</table>");
    Some(layout(title, &body))
}

/// The sentence, escaped, with the entity's name marked where it occurs.
fn highlight(sentence: &str, name: &str) -> String {
    if name.is_empty() || !sentence.contains(name) {
        return escape(sentence);
    }
    sentence.split(name).map(escape).collect::<Vec<_>>().join(&format!("<mark>{}</mark>", escape(name)))
}

/// The query page: a text area, the project's queries to pick from, the results as a table.
pub fn query_page(store: &Store, text: Option<&str>, cap: usize) -> String {
    let text = text.unwrap_or(QUERY_FILES[0].1);
    let mut body = String::from("<p>Pick a query: ");
    for (name, q) in QUERY_FILES {
        body.push_str(&format!("<a href=\"/query?query={}\">{}</a> ", url_param(q), escape(name)));
    }
    body.push_str(&format!("</p><form action=\"/query\" method=\"get\"><textarea name=\"query\" rows=\"12\">{}</textarea><br><button>Run</button></form>", escape(text)));
    body.push_str(&format!(
        "<p>Download: <a href=\"/sparql?format=csv&amp;query={q}\">CSV</a> · <a href=\"/sparql?format=json&amp;query={q}\">JSON</a></p>",
        q = url_param(text)
    ));
    body.push_str(&results_table(store, text, cap));
    layout("SPARQL query", &body)
}

fn results_table(store: &Store, text: &str, cap: usize) -> String {
    let results = match query::run(store, text, "query") {
        Ok(r) => r,
        Err(e) => return format!("<p><b>Error:</b> {}</p>", escape(&e.to_string())),
    };
    let QueryResults::Solutions(solutions) = results else {
        return "<p>This query gives a graph or a yes/no: use the download links.</p>".into();
    };
    let vars: Vec<_> = solutions.variables().to_vec();
    let mut html = String::from("<table><tr>");
    for v in &vars {
        html.push_str(&format!("<th>{}</th>", escape(v.as_str())));
    }
    html.push_str("</tr>");
    let mut n = 0;
    for s in solutions.take(cap + 1) {
        n += 1;
        if n > cap {
            html.push_str(&format!("<tr><td colspan=\"{}\">… more than {cap} rows: download them all</td></tr>", vars.len()));
            break;
        }
        let Ok(s) = s else { break };
        html.push_str("<tr>");
        for v in &vars {
            html.push_str(&format!("<td>{}</td>", s.get(v).map(|t| cell_html(t)).unwrap_or_default()));
        }
        html.push_str("</tr>");
    }
    html.push_str("</table>");
    html
}

fn cell_html(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => entity_link(n.as_str(), &query::compact(n.as_str())),
        other => escape(&query::display_term(other)),
    }
}

/// The entity and its neighbours drawn by GraphViz as inline SVG, each node a link to its
/// page, in the colours and shapes of `export dot`; a note when GraphViz is missing.
fn neighbourhood_svg(store: &Store, iri: &str) -> String {
    let sparql = format!(
        "CONSTRUCT {{ ?s ?p ?o . ?s rdfs:label ?sl . ?o rdfs:label ?ol . ?s a ?sc . ?o a ?oc . }} WHERE {{ \
           {{ BIND(<{iri}> AS ?s) ?s ?p ?o }} UNION {{ BIND(<{iri}> AS ?o) ?s ?p ?o }} \
           FILTER(STRSTARTS(STR(?p), STR(sg:)) && isIRI(?o) && ?p != sg:photographer) \
           ?s rdfs:label ?sl . ?o rdfs:label ?ol . ?s a ?sc . FILTER(STRSTARTS(STR(?sc), STR(sg:))) ?o a ?oc . FILTER(STRSTARTS(STR(?oc), STR(sg:))) }}"
    );
    let Ok(triples) = crate::export::construct(store, &sparql, "neighbourhood") else { return String::new() };
    let graph = crate::export::graph_from_triples(&triples);
    let opts = crate::export::DotOptions { max_nodes: Some(40), ..Default::default() };
    let Ok((graph, dropped)) = crate::export::select(&graph, &opts) else { return String::new() };
    let mut dot = Vec::new();
    let link = |iri: &str| format!("/entity?iri={}", url_param(iri));
    if crate::export::write_dot_linked(&graph, dropped, Some(&link), &mut dot).is_err() {
        return String::new();
    }
    match render_svg(&dot) {
        Some(svg) => format!("<h2>Neighbourhood</h2><div class=\"graph\">{svg}</div>"),
        None => "<p class=\"kind\">(install GraphViz to see this entity's neighbourhood drawn)</p>".into(),
    }
}

/// `dot -Tsvg`, the SVG element only (no XML prologue or DOCTYPE inside the page).
fn render_svg(dot: &[u8]) -> Option<String> {
    let svg = String::from_utf8(crate::export::run_dot(dot, "svg").ok()?).ok()?;
    Some(svg[svg.find("<svg")?..].to_owned())
}

/// An article: the text of each of its reports, paragraph by paragraph, every name the article
/// mentions marked in the colour of its type and linked to its entity. (A store built before
/// report texts were kept shows the sentences that carry facts.)
pub fn article(store: &Store, id: &str, cap: usize) -> Option<String> {
    let iri = crate::iri::article(id);
    let reports = select(store, &format!("SELECT ?r ?h ?body WHERE {{ ?r schema:isPartOf <{iri}> . OPTIONAL {{ ?r schema:headline ?h }} OPTIONAL {{ ?r schema:articleBody ?body }} }} ORDER BY ?r"), 200);
    // the id is percent-encoded into the IRI: nothing in it can break out of <…>
    if reports.is_empty() {
        return None;
    }
    let names = mentioned_names(store, &iri);
    let mut body = String::from("<p>");
    for class in names.iter().map(|n| n.2.as_str()).collect::<std::collections::BTreeSet<_>>() {
        body.push_str(&format!("<mark style=\"background:{}\">{}</mark> ", crate::export::class_colour(class), escape(class)));
    }
    body.push_str("</p>");
    for r in &reports {
        body.push_str(&format!("<h2>{}</h2>", escape(&r[1])));
        let paragraphs: Vec<String> = if r[2].is_empty() {
            select(store, &format!("SELECT DISTINCT ?t ?s WHERE {{ ?e schema:isPartOf <{}> ; sg:text ?t ; sg:start ?s }} ORDER BY ?s", r[0]), cap).into_iter().map(|s| s[0].clone()).collect()
        } else {
            r[2].split('\n').filter(|p| !p.trim().is_empty()).take(cap).map(str::to_owned).collect()
        };
        for p in paragraphs {
            body.push_str(&format!("<p>{}</p>", mark_names(&p, &names)));
        }
    }
    Some(layout(id, &body))
}

/// (name, entity IRI, class) of every label and alias of what the article mentions, longest first.
fn mentioned_names(store: &Store, article: &str) -> Vec<(String, String, String)> {
    let rows = select(
        store,
        &format!("SELECT DISTINCT ?n ?e ?c WHERE {{ <{article}> schema:mentions ?e . ?e rdfs:label|skos:altLabel ?n ; a ?c . FILTER(STRSTARTS(STR(?c), STR(sg:))) }}"),
        5000,
    );
    let mut names: Vec<(String, String, String)> = rows.into_iter().filter(|r| r[0].chars().count() >= 2).map(|r| (r[0].clone(), r[1].clone(), class_name(&r[2]).to_owned())).collect();
    // the most specific class of an entity names its colour (ThinkTank over Organization)
    names.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(a.2.cmp(&b.2)));
    names
}

/// The sentence with each name (longest first, no overlaps) linked to its entity and marked.
fn mark_names(sentence: &str, names: &[(String, String, String)]) -> String {
    let mut taken: Vec<(usize, usize, usize)> = Vec::new(); // byte start, end, name index
    for (i, (n, _, _)) in names.iter().enumerate() {
        for (at, _) in sentence.match_indices(n.as_str()) {
            let end = at + n.len();
            if !taken.iter().any(|&(s, e, _)| at < e && s < end) {
                taken.push((at, end, i));
            }
        }
    }
    taken.sort();
    let mut out = String::new();
    let mut last = 0;
    for (s, e, i) in taken {
        let (_, iri, class) = &names[i];
        out.push_str(&escape(&sentence[last..s]));
        out.push_str(&format!("<a href=\"/entity?iri={}\"><mark style=\"background:{}\">{}</mark></a>", url_param(iri), crate::export::class_colour(class), escape(&sentence[s..e])));
        last = e;
    }
    out.push_str(&escape(&sentence[last..]));
    out
}
