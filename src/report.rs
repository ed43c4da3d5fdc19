//! The JSON extraction report (`extract --format report`), exactly the shape of the
//! evaluation's REPORT.md, plus extra fields it allows (rule ids, merge reasons, reports
//! on the page). Entities with the same IRI in several articles are one entry.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::extract::Extraction;
use crate::iri;
use crate::lexicon::Lexicon;
use crate::relate::Object;

#[derive(Debug, Serialize)]
pub struct Report {
    pub articles: Vec<ArticleEntry>,
    pub entities: Vec<EntityEntry>,
    pub relations: Vec<RelationEntry>,
}

#[derive(Debug, Serialize)]
pub struct ArticleEntry {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub encoding: String,
    pub reports: Vec<SectionEntry>,
}

#[derive(Debug, Serialize)]
pub struct SectionEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub reporters: Vec<String>,
    pub photographers: Vec<String>,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct EntityEntry {
    pub id: String,
    #[serde(rename = "type")]
    pub ty: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    pub label: String,
    pub aliases: Vec<String>,
    pub mentions: Vec<MentionEntry>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct MentionEntry {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub rule: &'static str,
    /// The PDF page the mention is on (PDF articles only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct RelationEntry {
    pub subject: String,
    pub predicate: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub literal: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub evidence: Evidence,
    pub rule: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Evidence {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The PDF page the sentence is on (PDF articles only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
}

pub fn build(lex: &Lexicon, extractions: &[Extraction]) -> Report {
    let mut articles = Vec::new();
    let mut entities: BTreeMap<String, EntityEntry> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut relations = Vec::new();
    for x in extractions {
        let aid = x.article.id.clone();
        let titles = x.section_titles();
        articles.push(ArticleEntry {
            id: aid.clone(),
            title: x.article.meta.title.clone().or_else(|| titles.first().cloned().flatten()),
            source: x.article.path.display().to_string(),
            date: x.article.meta.date.clone(),
            encoding: x.article.encoding.to_owned(),
            reports: x
                .layout
                .sections
                .iter()
                .zip(&titles)
                .map(|(s, t)| {
                    let sp = x.span(s.span.0, s.span.1);
                    SectionEntry { title: t.clone(), reporters: s.reporters.clone(), photographers: s.photographers.clone(), start: sp.start, end: sp.end }
                })
                .collect(),
        });
        let ids: Vec<String> = x.entities.iter().map(|e| iri::entity(lex, e.ty, &e.key, e.lex)).collect();
        for (ei, e) in x.entities.iter().enumerate() {
            let entry = entities.entry(ids[ei].clone()).or_insert_with(|| {
                order.push(ids[ei].clone());
                EntityEntry {
                    id: ids[ei].clone(),
                    ty: e.ty.as_str(),
                    kind: e.kind.map(|k| k.as_str()),
                    label: e.label.clone(),
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                    merges: Vec::new(),
                    date: None,
                }
            });
            for a in &e.aliases {
                if *a != entry.label && !entry.aliases.contains(a) {
                    entry.aliases.push(a.clone());
                }
            }
            entry.merges.extend(e.merges.iter().cloned());
            for &mi in &e.mentions {
                let m = &x.mentions[mi];
                let sp = x.span(m.start, m.end);
                entry.mentions.push(MentionEntry { article: aid.clone(), start: sp.start, end: sp.end, text: sp.text, rule: m.rule, page: sp.page });
            }
            if let Some(d) = x.event_dates.get(&ei) {
                entry.date.get_or_insert_with(|| d.to_string());
            }
        }
        for r in &x.relations {
            let ev = x.sentence_span(r.sentence);
            let (object, literal) = match &r.object {
                Object::Entity(o) => (Some(ids[*o].clone()), None),
                Object::Literal(l) => (None, Some(l.clone())),
            };
            relations.push(RelationEntry {
                subject: ids[r.subject].clone(),
                predicate: r.predicate.as_str(),
                object,
                literal,
                role: r.role.as_ref().map(|role| x.as_written(r.sentence, role)),
                evidence: Evidence { article: aid.clone(), start: ev.start, end: ev.end, text: ev.text, page: ev.page },
                rule: r.rule,
            });
        }
    }
    for e in entities.values_mut() {
        e.mentions.sort_by(|a, b| (a.article.as_str(), a.start).cmp(&(b.article.as_str(), b.start)));
        // The label as written (traditional, full-width) first, then longer forms before short
        // forms: a reader of the list meets the full name before its abbreviations.
        let n = e.label.chars().count();
        e.aliases.sort_by_key(|a| (a.chars().count() != n, std::cmp::Reverse(a.chars().count())));
    }
    Report { articles, entities: order.into_iter().filter_map(|id| entities.remove(&id)).collect(), relations }
}
