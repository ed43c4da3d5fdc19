//! Export: GraphViz diagrams (through petgraph) and RDF dumps.
//!
//! petgraph's own `Dot` is meant for debugging (no legend, no graph attributes), so the DOT
//! text is written here over a petgraph graph: nodes labelled with names, shaped and
//! coloured by class, edges labelled with the relation, a legend, a node cap, stable
//! order, and escaping of quotes, backslashes and newlines in labels.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Triple};
use oxigraph::sparql::QueryResults;
use oxigraph::store::Store;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::error::{Error, Result};
use crate::iri::ONTOLOGY;
use crate::query::{self, compact};
use crate::rdf::PREFIXES;

/// The default diagram: every extracted relation between two entities, with labels and classes.
pub const DEFAULT_CONSTRUCT: &str = r#"
CONSTRUCT {
  ?s ?p ?o .
  ?s rdfs:label ?sl . ?o rdfs:label ?ol .
  ?s a ?sc . ?o a ?oc .
} WHERE {
  ?s ?p ?o .
  FILTER(STRSTARTS(STR(?p), STR(sg:)) && isIRI(?o))
  FILTER(?p != sg:photographer)
  ?s rdfs:label ?sl . FILTER(LANG(?sl) = "zh")
  ?o rdfs:label ?ol . FILTER(LANG(?ol) = "zh")
  ?s a ?sc . FILTER(STRSTARTS(STR(?sc), STR(sg:)))
  ?o a ?oc . FILTER(STRSTARTS(STR(?oc), STR(sg:)))
}"#;

#[derive(Debug, Clone)]
pub struct Node {
    pub iri: String,
    pub label: String,
    pub class: String,
}

/// Options of `export dot`.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    pub focus: Option<String>,
    pub depth: usize,
    pub max_nodes: Option<usize>,
}

/// Classes in drawing order: (class, shape, fill colour, legend label).
const STYLES: &[(&str, &str, &str, &str)] = &[
    ("ThinkTank", "box", "#f4a261", "ThinkTank 智库"),
    ("University", "box", "#90be6d", "University 高校"),
    ("Company", "box", "#e9c46a", "Company 企业"),
    ("Government", "box", "#bdb2ff", "Government 政府机构"),
    ("Association", "box", "#ffc6ff", "Association 协会"),
    ("Research", "box", "#a0c4ff", "Research 科研机构"),
    ("Media", "box", "#fdffb6", "Media 媒体"),
    ("Organization", "box", "#dddddd", "Organization 组织"),
    ("Alliance", "hexagon", "#e76f51", "Alliance 联盟"),
    ("Person", "ellipse", "#ffffff", "Person 人物"),
    ("Country", "doubleoctagon", "#2a9d8f", "Country 国家"),
    ("Place", "house", "#8ecae6", "Place 地点"),
    ("Event", "octagon", "#ffb703", "Event 活动"),
    ("Project", "component", "#caffbf", "Project 项目"),
    ("Document", "note", "#f1faee", "Document 文件"),
];

/// The fill colour a class is drawn with (pages use the diagram's colours).
pub fn class_colour(class: &str) -> &'static str {
    STYLES.iter().find(|s| s.0 == class).map_or("#eeeeee", |s| s.2)
}

/// Relation names for edge labels.
fn edge_label(pred: &str) -> String {
    let local = pred.strip_prefix(ONTOLOGY).or_else(|| pred.strip_prefix(crate::rdf::ORG)).unwrap_or(pred);
    match local {
        "memberOf" => "成员 member".into(),
        "holdsPostIn" => "职务 post".into(),
        "foundingMemberOf" => "创始成员 founding member".into(),
        "establishedAt" => "成立于 established at".into(),
        "locatedIn" => "位于 located in".into(),
        "heldAt" => "举办地 held at".into(),
        "partOf" => "属于 part of".into(),
        "organizer" => "主办 organizer".into(),
        "spokeAt" => "发言 spoke at".into(),
        "signedAt" => "签约于 signed at".into(),
        "participant" => "参与方 participant".into(),
        "published" => "发布 published".into(),
        _ => compact(pred),
    }
}

/// Escape a string for a double-quoted DOT id or label.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Build the petgraph graph from the triples of a CONSTRUCT query.
pub fn graph_from_triples(triples: &[Triple]) -> DiGraph<Node, String> {
    let rdfs_label = "http://www.w3.org/2000/01/rdf-schema#label";
    let rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    let mut labels: HashMap<String, String> = HashMap::new();
    let mut classes: HashMap<String, String> = HashMap::new();
    let mut edges: BTreeSet<(String, String, String)> = BTreeSet::new();
    for t in triples {
        let s = t.subject.to_string();
        let s = s.trim_start_matches('<').trim_end_matches('>').to_owned();
        match (t.predicate.as_str(), &t.object) {
            (p, Term::Literal(l)) if p == rdfs_label => {
                let keep = labels.get(&s).is_none_or(|old| l.language() == Some("zh") && old.len() > l.value().len());
                if keep {
                    labels.insert(s, l.value().to_owned());
                }
            }
            (p, Term::NamedNode(c)) if p == rdf_type => {
                let local = c.as_str().strip_prefix(ONTOLOGY).unwrap_or(c.as_str()).to_owned();
                let rank = |x: &str| STYLES.iter().position(|st| st.0 == x).unwrap_or(usize::MAX);
                if classes.get(&s).is_none_or(|old| rank(&local) < rank(old)) {
                    classes.insert(s, local);
                }
            }
            (p, Term::NamedNode(o)) => {
                edges.insert((s, p.to_owned(), o.as_str().to_owned()));
            }
            _ => {}
        }
    }
    let mut g: DiGraph<Node, String> = DiGraph::new();
    let mut idx: BTreeMap<String, NodeIndex> = BTreeMap::new();
    let mut node = |g: &mut DiGraph<Node, String>, iri: &str| -> NodeIndex {
        *idx.entry(iri.to_owned()).or_insert_with(|| {
            g.add_node(Node {
                iri: iri.to_owned(),
                label: labels.get(iri).cloned().unwrap_or_else(|| compact(iri)),
                class: classes.get(iri).cloned().unwrap_or_else(|| "Thing".into()),
            })
        })
    };
    for (s, p, o) in &edges {
        let a = node(&mut g, s);
        let b = node(&mut g, o);
        g.add_edge(a, b, p.clone());
    }
    g
}

/// Keep the neighbourhood of the nodes whose label matches `focus`, then cap the node count
/// (highest degree first). Returns the kept graph and how many nodes were dropped by the cap.
pub fn select(g: &DiGraph<Node, String>, opts: &DotOptions) -> Result<(DiGraph<Node, String>, usize)> {
    let mut keep: BTreeSet<NodeIndex> = g.node_indices().collect();
    if let Some(focus) = &opts.focus {
        let exact: Vec<NodeIndex> = g.node_indices().filter(|&n| g[n].label == *focus).collect();
        let seeds = if exact.is_empty() { g.node_indices().filter(|&n| g[n].label.contains(focus.as_str())).collect() } else { exact };
        if seeds.is_empty() {
            return Err(Error::Usage(format!("--focus {focus:?}: no entity in the graph has that name")));
        }
        keep.clear();
        let mut queue: VecDeque<(NodeIndex, usize)> = seeds.into_iter().map(|n| (n, 0)).collect();
        while let Some((n, d)) = queue.pop_front() {
            if !keep.insert(n) || d >= opts.depth {
                continue;
            }
            for m in g.neighbors_undirected(n) {
                if !keep.contains(&m) {
                    queue.push_back((m, d + 1));
                }
            }
        }
    }
    let mut dropped = 0;
    if let Some(max) = opts.max_nodes {
        if keep.len() > max {
            let mut ranked: Vec<NodeIndex> = keep.iter().copied().collect();
            ranked.sort_by(|&a, &b| g.neighbors_undirected(b).count().cmp(&g.neighbors_undirected(a).count()).then(g[a].label.cmp(&g[b].label)));
            dropped = ranked.len() - max;
            keep = ranked.into_iter().take(max).collect();
        }
    }
    let kept = g.filter_map(|n, w| keep.contains(&n).then(|| w.clone()), |_, e| Some(e.clone()));
    Ok((kept, dropped))
}

/// Write the DOT text: deterministic (nodes by class then label, edges by endpoints).
pub fn write_dot(g: &DiGraph<Node, String>, dropped: usize, out: &mut dyn Write) -> std::io::Result<()> {
    write_dot_linked(g, dropped, None, out)
}

/// DOT text whose nodes link to `link(iri)` (the server's entity pages) when given.
pub fn write_dot_linked(g: &DiGraph<Node, String>, dropped: usize, link: Option<&dyn Fn(&str) -> String>, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "digraph silkgraph {{")?;
    writeln!(out, "  graph [rankdir=LR, fontname=\"Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif\", fontsize=11, overlap=false, splines=true];")?;
    writeln!(out, "  node [fontname=\"Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif\", fontsize=10, style=filled];")?;
    writeln!(out, "  edge [fontname=\"Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif\", fontsize=8, color=\"#555555\"];")?;
    let style = |class: &str| STYLES.iter().find(|s| s.0 == class).copied().unwrap_or(("Thing", "box", "#eeeeee", "Thing"));
    let mut nodes: Vec<NodeIndex> = g.node_indices().collect();
    nodes.sort_by(|&a, &b| {
        let rank = |n: NodeIndex| STYLES.iter().position(|s| s.0 == g[n].class).unwrap_or(usize::MAX);
        rank(a).cmp(&rank(b)).then(g[a].label.cmp(&g[b].label)).then(g[a].iri.cmp(&g[b].iri))
    });
    let id: HashMap<NodeIndex, usize> = nodes.iter().enumerate().map(|(i, &n)| (n, i)).collect();
    for &n in &nodes {
        let (_, shape, fill, _) = style(&g[n].class);
        let url = link.map(|f| format!(", URL=\"{}\"", escape(&f(&g[n].iri)))).unwrap_or_default();
        writeln!(out, "  n{} [label=\"{}\", shape={shape}, fillcolor=\"{fill}\", tooltip=\"{}\"{url}];", id[&n], escape(&g[n].label), escape(&g[n].iri))?;
    }
    let mut edges: Vec<(usize, usize, String)> = g.edge_references().map(|e| (id[&e.source()], id[&e.target()], edge_label(e.weight()))).collect();
    edges.sort();
    for (a, b, l) in edges {
        writeln!(out, "  n{a} -> n{b} [label=\"{}\"];", escape(&l))?;
    }
    // Legend: one sample node per class present.
    let present: BTreeSet<&str> = g.node_weights().map(|n| n.class.as_str()).collect();
    writeln!(out, "  subgraph cluster_legend {{")?;
    writeln!(out, "    label=\"Legend 图例\"; fontsize=10; style=rounded; color=\"#999999\";")?;
    let mut prev: Option<usize> = None;
    for (i, s) in STYLES.iter().enumerate().filter(|(_, s)| present.contains(s.0)) {
        writeln!(out, "    legend{i} [label=\"{}\", shape={}, fillcolor=\"{}\"];", escape(s.3), s.1, s.2)?;
        if let Some(p) = prev {
            writeln!(out, "    legend{p} -> legend{i} [style=invis];")?;
        }
        prev = Some(i);
    }
    if dropped > 0 {
        writeln!(out, "    legend_dropped [label=\"{dropped} more nodes not shown (--max-nodes)\", shape=plaintext, style=\"\"];")?;
    }
    writeln!(out, "  }}")?;
    writeln!(out, "}}")
}

/// DOT rendered by GraphViz `dot` into `format` (`svg`, `png`): the output bytes. An error of
/// kind NotFound means GraphViz is not installed.
pub fn run_dot(dot: &[u8], format: &str) -> std::io::Result<Vec<u8>> {
    use std::process::{Command, Stdio};
    let mut child = Command::new("dot").arg(format!("-T{format}")).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    // dot reads its whole input before it writes: no deadlock on the two pipes
    child.stdin.take().expect("piped stdin").write_all(dot)?;
    let out = child.wait_with_output()?;
    if !out.status.success() {
        return Err(std::io::Error::other(format!("GraphViz dot failed ({}): {}", out.status, String::from_utf8_lossy(&out.stderr).trim())));
    }
    Ok(out.stdout)
}

/// Run a CONSTRUCT query for `export dot`; an empty result is an error worth saying.
pub fn construct(store: &Store, sparql: &str, origin: &str) -> Result<Vec<Triple>> {
    match query::run(store, sparql, origin)? {
        QueryResults::Graph(ts) => {
            let v: Vec<Triple> = ts.collect::<std::result::Result<_, _>>().map_err(|e| Error::query(origin, e))?;
            if v.is_empty() {
                return Err(Error::Usage(format!("{origin}: the CONSTRUCT query returned no triples: nothing to draw")));
            }
            Ok(v)
        }
        _ => Err(Error::Usage(format!("{origin}: export dot needs a CONSTRUCT query"))),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DumpFormat {
    Turtle,
    Trig,
    Nquads,
    Ntriples,
}

/// Dump the store: TriG/N-Quads keep the article graphs; Turtle/N-Triples merge them.
pub fn dump_rdf(store: &Store, format: DumpFormat, out: &mut dyn Write) -> Result<usize> {
    let ioerr = |e: std::io::Error| Error::Io { path: "<stdout>".into(), source: e };
    let serr = |e: oxigraph::store::StorageError| Error::Store { path: Default::default(), message: e.to_string() };
    let rf = match format {
        DumpFormat::Turtle => RdfFormat::Turtle,
        DumpFormat::Trig => RdfFormat::TriG,
        DumpFormat::Nquads => RdfFormat::NQuads,
        DumpFormat::Ntriples => RdfFormat::NTriples,
    };
    let mut ser = RdfSerializer::from_format(rf);
    for (p, ns) in PREFIXES {
        ser = ser.with_prefix(*p, *ns).expect("valid prefix");
    }
    let mut w = ser.for_writer(out);
    let mut n = 0;
    if rf.supports_datasets() {
        for q in store.iter() {
            w.serialize_quad(&q.map_err(serr)?).map_err(ioerr)?;
            n += 1;
        }
    } else {
        let mut seen = std::collections::HashSet::new();
        for q in store.iter() {
            let t: Triple = q.map_err(serr)?.into();
            if seen.insert(t.clone()) {
                w.serialize_triple(&t).map_err(ioerr)?;
                n += 1;
            }
        }
    }
    w.finish().map_err(ioerr)?;
    Ok(n)
}
