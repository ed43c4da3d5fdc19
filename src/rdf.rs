//! Emitting RDF: one named graph per article file, described by `ontology/silkgraph.ttl`.
//!
//! Per article graph:
//! - the article (`sg:SourceDocument`) with source, date, language, content hash, and each
//!   report on it (`schema:NewsArticle`) with headline and authors;
//! - `schema:mentions` of every entity it names;
//! - provenance: one `rdf:Statement` per relation with the rule that produced it (`sg:rule`),
//!   `prov:wasDerivedFrom` its evidence sentence (`sg:EvidenceSentence`: `sg:text`, character
//!   offsets `sg:start`/`sg:end` in the file, `schema:isPartOf` its report).
//!
//! In the shared entities graph, once however many articles repeat them:
//! - every entity with its class, `rdfs:label` and `skos:altLabel`s (lexicon entries are
//!   described in the lexicon graph, with ISO codes and Wikidata links);
//! - every relation as a direct triple (`sg:spokeAt` …), positions also as W3C ORG
//!   posts (`org:Post` with `org:role`, `org:postIn`, `org:heldBy`).
//!
//! `store::replace_graph` removes shared facts and descriptions that no article states or
//! mentions any more, in the same transaction that replaces the article.

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::error::{Error, Result};
use crate::extract::Extraction;
use crate::iri::{self, ONTOLOGY};
use crate::lexicon::{Lexicon, OrgKind};
use crate::recognize::{EntityType, LexRef};
use crate::relate::{Object, Predicate};

pub const ORG: &str = "http://www.w3.org/ns/org#";
pub const SCHEMA: &str = "https://schema.org/";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const WD: &str = "http://www.wikidata.org/entity/";

/// Prefixes used by queries, Turtle output and the DOT exporter.
pub const PREFIXES: &[(&str, &str)] = &[
    ("sg", ONTOLOGY),
    ("sgr", "https://w3id.org/silkgraph/id/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", OWL),
    ("skos", SKOS),
    ("org", ORG),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("dcterms", DCTERMS),
    ("wd", WD),
];

fn nn(iri: impl Into<String>) -> Result<NamedNode> {
    let iri = iri.into();
    NamedNode::new(iri.clone()).map_err(|e| Error::Rdf(format!("invalid IRI {iri}: {e}")))
}

fn sg(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ONTOLOGY}{local}"))
}

fn vocab(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

pub fn class_of(ty: EntityType) -> &'static str {
    match ty {
        EntityType::Person => "Person",
        EntityType::Organization => "Organization",
        EntityType::Alliance => "Alliance",
        EntityType::Country => "Country",
        EntityType::Place => "Place",
        EntityType::Event => "Event",
        EntityType::Project => "Project",
        EntityType::Document => "Document",
    }
}

/// The property a predicate is stated with: silkgraph's own, except later members of an
/// alliance, stated with W3C ORG's `org:memberOf` (founders are `sg:foundingMemberOf`, a
/// sub-property of it, so `org:memberOf` answers "who belongs" for both).
pub fn predicate_iri(p: Predicate) -> NamedNode {
    match p {
        Predicate::Member => vocab(ORG, "memberOf"),
        _ => sg(predicate_local(p)),
    }
}

pub fn predicate_local(p: Predicate) -> &'static str {
    match p {
        Predicate::Position => "holdsPostIn",
        Predicate::FoundingMember => "foundingMemberOf",
        Predicate::Member => "memberOf",
        Predicate::EstablishedAt => "establishedAt",
        Predicate::LocatedIn => "locatedIn",
        Predicate::HeldAt => "heldAt",
        Predicate::PartOf => "partOf",
        Predicate::Organizer => "organizer",
        Predicate::SpokeAt => "spokeAt",
        Predicate::SignedAt => "signedAt",
        Predicate::Participant => "participant",
        Predicate::Category => "category",
        Predicate::Published => "published",
    }
}

fn zh(s: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(s, "zh")
}

fn int(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::INTEGER)
}

struct Out {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Out {
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(NamedOrBlankNode::from(s.clone()), p, o.into(), self.graph.clone()));
    }
}

/// All quads of one article, in its own named graph.
pub fn article_quads(lex: &Lexicon, x: &Extraction) -> Result<Vec<Quad>> {
    let aid = &x.article.id;
    let graph = nn(iri::graph(aid))?;
    let mut out = Out { graph: GraphName::NamedNode(graph), quads: Vec::with_capacity(64 + x.relations.len() * 12) };
    let article = nn(iri::article(aid))?;
    let meta = &x.article.meta;
    // text from the article is tagged with its language (zh or en)
    let zh = |s: &str| Literal::new_language_tagged_literal_unchecked(s, x.lang);

    out.add(&article, rdf::TYPE.into(), sg("SourceDocument"));
    out.add(&article, vocab(DCTERMS, "identifier"), Literal::new_simple_literal(aid));
    out.add(&article, sg("file"), Literal::new_simple_literal(x.article.path.display().to_string()));
    out.add(&article, sg("contentHash"), Literal::new_simple_literal(&x.article.content_hash));
    out.add(&article, sg("encoding"), Literal::new_simple_literal(x.article.encoding));
    if let Some(t) = meta.title.as_deref().or(x.section_titles().first().cloned().flatten().as_deref()) {
        out.add(&article, vocab(SCHEMA, "name"), zh(t));
    }
    if let Some(s) = &meta.source {
        out.add(&article, vocab(DCTERMS, "source"), Literal::new_simple_literal(s));
    }
    if let Some(u) = &meta.url {
        if let Ok(u) = NamedNode::new(u.clone()) {
            out.add(&article, vocab(SCHEMA, "url"), u);
        }
    }
    if let Some(p) = &meta.publisher {
        out.add(&article, vocab(SCHEMA, "publisher"), zh(p));
    }
    if let Some(l) = &meta.language {
        out.add(&article, vocab(SCHEMA, "inLanguage"), Literal::new_simple_literal(l));
    }
    if let Some(d) = meta.date() {
        out.add(&article, vocab(SCHEMA, "datePublished"), Literal::new_typed_literal(d.to_string(), xsd::DATE));
    }

    let ids: Vec<NamedNode> = x.entities.iter().map(|e| nn(iri::entity(lex, e.ty, &e.key, e.lex))).collect::<Result<_>>()?;
    let titles = x.section_titles();
    let mut sections = Vec::new();
    for (n, sec) in x.layout.sections.iter().enumerate() {
        let s = nn(iri::section(aid, n))?;
        out.add(&s, rdf::TYPE.into(), vocab(SCHEMA, "NewsArticle"));
        out.add(&s, vocab(SCHEMA, "isPartOf"), article.clone());
        out.add(&s, vocab(SCHEMA, "position"), int(n + 1));
        if let Some(t) = &titles[n] {
            out.add(&s, vocab(SCHEMA, "headline"), zh(t));
        }
        for h in sec.headlines.iter().skip(1) {
            out.add(&s, vocab(SCHEMA, "alternativeHeadline"), zh(x.norm.slice(h.0, h.1)));
        }
        if let Some(d) = meta.date() {
            out.add(&s, vocab(SCHEMA, "datePublished"), Literal::new_typed_literal(d.to_string(), xsd::DATE));
        }
        let sp = x.span(sec.span.0, sec.span.1);
        out.add(&s, sg("start"), int(sp.start));
        out.add(&s, sg("end"), int(sp.end));
        // the report's whole text, so a reader sees every name in its context (serve's article page)
        out.add(&s, vocab(SCHEMA, "articleBody"), zh(sp.text.trim()));
        sections.push(s);
    }
    // reporters and photographers are people linked to their report
    for (ei, e) in x.entities.iter().enumerate() {
        for &mi in &e.mentions {
            let m = &x.mentions[mi];
            let sec = x.layout.sentences[m.sentence].section;
            match m.note.as_deref() {
                Some("reporter") if e.ty == EntityType::Person => out.add(&sections[sec], vocab(SCHEMA, "author"), ids[ei].clone()),
                Some("photographer") if e.ty == EntityType::Person => out.add(&sections[sec], sg("photographer"), ids[ei].clone()),
                _ => {}
            }
        }
    }

    let vocab_graph = GraphName::NamedNode(NamedNode::new_unchecked(VOCABULARY_GRAPH));
    // Entities are described once, in the shared entities graph (lexicon entries in the lexicon
    // graph): the union of article graphs would repeat a description once per article naming
    // the entity and multiply every join on it. The article graph lists what it mentions, which
    // is how `store::replace_article` knows which descriptions an edit leaves unused.
    let mut desc = Out { graph: GraphName::NamedNode(NamedNode::new_unchecked(ENTITIES_GRAPH)), quads: Vec::new() };
    for (ei, e) in x.entities.iter().enumerate() {
        let id = &ids[ei];
        out.add(&article, vocab(SCHEMA, "mentions"), id.clone());
        // why this article's short forms are this entity: in the article's graph, gone with it
        for m in &e.merges {
            out.add(id, sg("resolutionNote"), Literal::new_language_tagged_literal_unchecked(m, "en"));
        }
        if is_lexicon_described(lex, e) {
            continue;
        }
        let out = &mut desc;
        out.add(id, rdf::TYPE.into(), sg(class_of(e.ty)));
        if let Some(k) = e.kind.filter(|_| e.ty == EntityType::Organization) {
            if k != OrgKind::Other {
                out.add(id, rdf::TYPE.into(), sg(k.as_str()));
            }
        }
        // a lexicon entry named in an English article keeps its Chinese label from the lexicon
        // graph; the English name is an alternative label, so queries see one label per entity
        let label_property = if x.lang != "zh" && e.lex.is_some() { vocab(SKOS, "altLabel") } else { rdfs::LABEL.into_owned() };
        out.add(id, label_property, zh(&e.label));
        for a in &e.aliases {
            out.add(id, vocab(SKOS, "altLabel"), zh(a));
        }
        // ISO codes, SCO status, Wikidata links of lexicon entries live in the shared
        // world-knowledge graph (lexicon_quads), loaded once, not repeated per article.
        if let Some(parent) = &e.parent {
            if let Some(pi) = x.entities.iter().position(|p| &p.key == parent && p.ty == e.ty) {
                if e.ty == EntityType::Organization {
                    out.add(id, vocab(ORG, "subOrganizationOf"), ids[pi].clone());
                }
            }
        }
        if let Some(d) = x.event_dates.get(&ei) {
            out.add(id, vocab(SCHEMA, "startDate"), Literal::new_typed_literal(d.to_string(), xsd::DATE));
        }
    }

    let mut evidence_written = std::collections::HashSet::new();
    for r in &x.relations {
        let s = &ids[r.subject];
        let p = predicate_iri(r.predicate);
        let o: Term = match &r.object {
            Object::Entity(o) => ids[*o].clone().into(),
            Object::Literal(l) => zh(l).into(),
        };
        // The fact itself is stated once, in the shared graph, however many articles report
        // it: a query over facts then scans distinct facts, not every report of them.
        desc.add(s, p.clone(), o.clone());
        let o_key = o.to_string();
        let role = r.role.clone().unwrap_or_default();
        let stmt = nn(iri::hashed("statement", &[aid, s.as_str(), p.as_str(), &o_key, &role]))?;
        out.add(&stmt, rdf::TYPE.into(), rdf::STATEMENT.into_owned());
        out.add(&stmt, rdf::SUBJECT.into(), s.clone());
        out.add(&stmt, rdf::PREDICATE.into(), p.clone());
        out.add(&stmt, rdf::OBJECT.into(), o.clone());
        // Evidence is a sentence node shared by every statement drawn from that sentence:
        // its text and offsets are written once, and stay paired when a fact has two.
        let sentence = nn(iri::sentence(aid, r.sentence))?;
        if evidence_written.insert(r.sentence) {
            let sec = x.layout.sentences[r.sentence].section;
            let ev = x.sentence_span(r.sentence);
            out.add(&sentence, rdf::TYPE.into(), sg("EvidenceSentence"));
            out.add(&sentence, vocab(SCHEMA, "isPartOf"), sections[sec].clone());
            out.add(&sentence, sg("text"), zh(&ev.text));
            out.add(&sentence, sg("start"), int(ev.start));
            out.add(&sentence, sg("end"), int(ev.end));
            if let Some(page) = ev.page {
                out.add(&sentence, sg("page"), int(page));
            }
        }
        out.add(&stmt, vocab(PROV, "wasDerivedFrom"), sentence);
        out.add(&stmt, sg("rule"), Literal::new_simple_literal(r.rule));
        if r.predicate == Predicate::Position {
            let Object::Entity(oi) = r.object else { continue };
            let post = nn(iri::hashed("post", &[s.as_str(), ids[oi].as_str(), &role]))?;
            desc.add(&post, rdf::TYPE.into(), vocab(ORG, "Post"));
            desc.add(&post, vocab(ORG, "postIn"), ids[oi].clone());
            desc.add(&post, vocab(ORG, "heldBy"), s.clone());
            desc.add(s, vocab(ORG, "holds"), post.clone());
            if let Some(rl) = &r.role {
                let role_iri = nn(iri::role(rl))?;
                desc.add(&post, vocab(ORG, "role"), role_iri.clone());
                // roles are vocabulary shared by all articles: described once, in their own graph
                for (p, o) in [(rdf::TYPE.into_owned(), Term::from(vocab(ORG, "Role"))), (rdfs::LABEL.into_owned(), zh(rl).into())] {
                    out.quads.push(Quad::new(role_iri.clone(), p, o, vocab_graph.clone()));
                }
                out.add(&stmt, sg("role"), zh(rl));
            }
            out.add(&stmt, sg("post"), post);
        }
    }
    out.quads.append(&mut desc.quads);
    // the same fact stated twice in the article gives one quad (first occurrence kept: stable order)
    let mut seen = std::collections::HashSet::with_capacity(out.quads.len());
    out.quads.retain(|q| seen.insert(q.clone()));
    Ok(out.quads)
}

/// The ontology (ontology/silkgraph.ttl), compiled in, as quads of its own named graph.
pub fn ontology_quads() -> Result<Vec<Quad>> {
    const TTL: &str = include_str!("../ontology/silkgraph.ttl");
    let g = GraphName::NamedNode(NamedNode::new_unchecked(ONTOLOGY_GRAPH));
    oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_slice(TTL.as_bytes())
        .map(|t| t.map(|q| Quad::new(q.subject, q.predicate, q.object, g.clone())).map_err(|e| Error::Rdf(format!("ontology/silkgraph.ttl: {e}"))))
        .collect()
}

pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/silkgraph/ontology";

pub const LEXICON_GRAPH: &str = "https://w3id.org/silkgraph/lexicon";
pub const VOCABULARY_GRAPH: &str = "https://w3id.org/silkgraph/vocabulary";
pub const ENTITIES_GRAPH: &str = "https://w3id.org/silkgraph/entities";

/// Whether the entity is a lexicon entry under its lexicon name (described in the lexicon graph).
fn is_lexicon_described(lex: &Lexicon, e: &crate::resolve::Entity) -> bool {
    match e.lex {
        Some(LexRef::Country(i)) => e.label == lex.countries[i].name,
        Some(LexRef::Place(i)) => e.label == lex.places[i].name,
        Some(LexRef::Org(i)) => e.label == lex.orgs[i].name,
        None => false,
    }
}

/// World knowledge about lexicon entries (countries, well-known organisations), in a graph of
/// its own: ISO codes, SCO status, English names, Wikidata links.
pub fn lexicon_quads(lex: &Lexicon) -> Result<Vec<Quad>> {
    let mut out = Out { graph: GraphName::NamedNode(NamedNode::new_unchecked(LEXICON_GRAPH)), quads: Vec::new() };
    for (i, c) in lex.countries.iter().enumerate() {
        let id = nn(iri::entity(lex, EntityType::Country, &c.name, Some(LexRef::Country(i))))?;
        out.add(&id, rdf::TYPE.into(), sg("Country"));
        out.add(&id, rdfs::LABEL.into(), zh(&c.name));
        out.add(&id, sg("iso3166"), Literal::new_simple_literal(&c.iso));
        if !c.english.is_empty() {
            out.add(&id, rdfs::LABEL.into(), Literal::new_language_tagged_literal_unchecked(&c.english, "en"));
        }
        if !c.sco.is_empty() && c.sco != "-" {
            out.add(&id, sg("scoStatus"), Literal::new_simple_literal(&c.sco));
        }
        if !c.wikidata.is_empty() {
            out.add(&id, vocab(OWL, "sameAs"), nn(format!("{WD}{}", c.wikidata))?);
        }
    }
    for (i, p) in lex.places.iter().enumerate() {
        let id = nn(iri::entity(lex, EntityType::Place, &p.name, Some(LexRef::Place(i))))?;
        out.add(&id, rdf::TYPE.into(), sg("Place"));
        out.add(&id, rdfs::LABEL.into(), zh(&p.name));
        for en in &p.english {
            out.add(&id, vocab(SKOS, "altLabel"), Literal::new_language_tagged_literal_unchecked(en, "en"));
        }
        if let Some(c) = p.country {
            let cid = nn(iri::entity(lex, EntityType::Country, &lex.countries[c].name, Some(LexRef::Country(c))))?;
            out.add(&id, vocab(SCHEMA, "containedInPlace"), cid);
        }
    }
    for (form, tags) in lex.surface_forms() {
        for t in tags {
            let (ty, name, lr) = match *t {
                crate::lexicon::Tag::Country(i) => (EntityType::Country, &lex.countries[i].name, LexRef::Country(i)),
                crate::lexicon::Tag::Place(i) => (EntityType::Place, &lex.places[i].name, LexRef::Place(i)),
                crate::lexicon::Tag::KnownOrg(i) => (EntityType::Organization, &lex.orgs[i].name, LexRef::Org(i)),
                _ => continue,
            };
            if form != name {
                let key = crate::resolve::identity_key(lex, ty, name);
                out.add(&nn(iri::entity(lex, ty, &key, Some(lr)))?, vocab(SKOS, "altLabel"), zh(form));
            }
        }
    }
    for (i, o) in lex.orgs.iter().enumerate() {
        let key = crate::resolve::identity_key(lex, EntityType::Organization, &o.name);
        let id = nn(iri::entity(lex, EntityType::Organization, &key, Some(LexRef::Org(i))))?;
        out.add(&id, rdf::TYPE.into(), sg("Organization"));
        if o.kind != OrgKind::Other {
            out.add(&id, rdf::TYPE.into(), sg(o.kind.as_str()));
        }
        out.add(&id, rdfs::LABEL.into(), zh(&o.name));
        for en in &o.english {
            out.add(&id, vocab(SKOS, "altLabel"), Literal::new_language_tagged_literal_unchecked(en, "en"));
        }
        if !o.wikidata.is_empty() {
            out.add(&id, vocab(OWL, "sameAs"), nn(format!("{WD}{}", o.wikidata))?);
        }
    }
    Ok(out.quads)
}
