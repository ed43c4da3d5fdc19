//! The extraction pipeline for one article: normalise → lay out → recognise → resolve →
//! relate. Pure: no I/O beyond the article already read, so it runs in parallel.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use crate::lexicon::Lexicon;
use crate::normalize::NormText;
use crate::read::Article;
use crate::recognize::{recognize, EntityType, Mention};
use crate::relate::{relate, Doc, Relation};
use crate::resolve::{resolve, Entity};
use crate::segment::{layout, BlockKind, Layout};

/// Everything extracted from one article file.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub article: Article,
    pub norm: NormText,
    pub layout: Layout,
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
    pub entity_of: Vec<usize>,
    pub relations: Vec<Relation>,
    /// Dates of events, resolved from 昨天 / 7月11日 against the article's date.
    pub event_dates: BTreeMap<usize, NaiveDate>,
    /// Byte offset of each character of the original text (plus the end), for spans.
    orig_bytes: Vec<u32>,
    /// The article's language: `zh` or `en` (labels and text literals are tagged with it).
    pub lang: &'static str,
}

/// The language of an article: its metadata's `language`, else told from the text.
pub fn language(article: &Article) -> &'static str {
    match article.meta.language.as_deref() {
        Some(l) if l.starts_with("en") => "en",
        Some(l) if l.starts_with("zh") => "zh",
        _ if crate::en::is_english(&article.text) => "en",
        _ => "zh",
    }
}

/// A span in the original text: character offsets and the text itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The PDF page (from 1) the span starts on; None for text and web pages.
    pub page: Option<usize>,
}

impl Extraction {
    /// Original span of a normalised range.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let (s, e) = self.norm.orig_span(start, end);
        let n = self.orig_bytes.len() - 1;
        let (bs, be) = (self.orig_bytes[s.min(n)] as usize, self.orig_bytes[e.min(n)] as usize);
        Span { start: s, end: e, text: self.article.text[bs..be].to_owned(), page: crate::pdf::page_of(&self.article.page_starts, s) }
    }

    pub fn sentence_span(&self, si: usize) -> Span {
        let s = &self.layout.sentences[si];
        self.span(s.start, s.end)
    }

    /// `form` as the article first writes it (traditional characters kept), when the normalised
    /// text has it and the writing differs.
    fn first_written(&self, form: &str) -> Option<String> {
        let at = self.norm.text.find(form)?;
        let start = self.norm.char_at_byte(at);
        let text = self.written(start, start + form.chars().count());
        (text != form).then_some(text)
    }

    /// A word of a sentence (a post's role) as the article writes it: traditional characters and
    /// full-width forms kept, so a reader finds it in the text. Unchanged when not found.
    pub fn as_written(&self, si: usize, word: &str) -> String {
        let s = &self.layout.sentences[si];
        let sentence = &self.norm.chars[s.start..s.end];
        let w: Vec<char> = word.chars().collect();
        match sentence.windows(w.len().max(1)).position(|win| win == w.as_slice()) {
            Some(k) => self.written(s.start + k, s.start + k + w.len()),
            None => word.to_owned(),
        }
    }

    /// Titles of the reports on the page (first headline line of each).
    pub fn section_titles(&self) -> Vec<Option<String>> {
        self.layout.sections.iter().map(|s| s.headlines.first().map(|h| self.norm.slice(h.0, h.1).to_owned())).collect()
    }
}

pub fn extract(lex: &Lexicon, article: Article) -> Extraction {
    let lang = language(&article);
    let english = lang == "en";
    let norm = if english { NormText::latin(&article.text) } else { NormText::new(&article.text) };
    let layout = if english { crate::en::layout(&norm) } else { layout(&norm, &article.text) };
    let tokens = crate::recognize::tokenize(lex, &norm, &layout);
    let mut mentions = if english { crate::en::recognize::recognize(lex, &norm, &layout) } else { recognize(lex, &norm, &layout, &tokens) };
    crate::resolve::alliance_read_as_body(&mut mentions);
    let (mut entities, entity_of) = resolve(lex, &mentions);
    if english {
        english_labels(lex, &mut entities);
    }
    let relations = {
        let mut doc = Doc::new(lex, &norm, &layout, &tokens, &mentions, &entity_of, &mut entities);
        if english {
            crate::relate::relate_with(&mut doc, &crate::en::relate::RULES.iter().collect::<Vec<_>>())
        } else {
            relate(&mut doc)
        }
    };
    drop(tokens);
    let event_dates = event_dates(&article, &norm, &layout, &mentions, &entity_of);
    let mut orig_bytes: Vec<u32> = article.text.char_indices().map(|(b, _)| b as u32).collect();
    orig_bytes.push(article.text.len() as u32);
    let mut x = Extraction { article, norm, layout, mentions, entities, entity_of, relations, event_dates, orig_bytes, lang };
    // The surface form as written (traditional characters, full-width marks) is an alias of
    // the simplified label; forms broken by a line break, spaces or a mirror site's pinyin
    // glosses are artefacts, so the alias is the written characters that normalisation kept.
    for ei in 0..x.entities.len() {
        for k in 0..x.entities[ei].mentions.len() {
            let m = &x.mentions[x.entities[ei].mentions[k]];
            // a reference (the Alliance, this alliance) is no name of the entity
            if m.is_reference() {
                continue;
            }
            let text = x.written(m.start, m.end);
            // (國立東嶺大學: the shorter names derived from it, 东岭大学, as written too)
            let derived = if text != x.norm.slice(m.start, m.end) { x.written_parts(m.start, m.end, &x.entities[ei].aliases) } else { Vec::new() };
            if text != x.entities[ei].label && !text.is_empty() {
                x.entities[ei].aliases.insert(text);
            }
            x.entities[ei].aliases.extend(derived);
        }
        // (an entity named only inside another's name, 山東省 in 山東省農業科學院: its aliases
        // as written where the text first has them)
        if x.entities[ei].mentions.is_empty() {
            let written: Vec<String> = x.entities[ei].aliases.iter().filter_map(|a| x.first_written(a)).collect();
            x.entities[ei].aliases.extend(written);
        }
    }
    x
}

/// In an English article a lexicon entity keeps the lexicon's identity (its Chinese name is
/// the key, so 东岭大学 and Dongling University are one entity where the lexicon links them)
/// and is labelled with its English name.
fn english_labels(lex: &Lexicon, entities: &mut [Entity]) {
    for e in entities.iter_mut() {
        // a name the text also gives in Chinese keeps the Chinese as its identity
        if e.lex.is_none() && e.label.chars().any(crate::scan::is_cjk) {
            if let Some(en) = e.aliases.iter().find(|a| a.is_ascii()).cloned() {
                e.aliases.remove(&en);
                let zh = std::mem::replace(&mut e.label, en);
                e.aliases.insert(zh);
            }
        }
        if let Some(r) = e.lex {
            let label = crate::en::names::EnNames::label(lex, r);
            e.aliases.remove(&label);
            e.aliases.remove(&e.label);
            e.label = label;
        }
    }
}

/// An extraction of a text written for a unit test.
#[cfg(test)]
pub(crate) fn extract_text(text: &str) -> Extraction {
    let article = Article { id: "t".into(), path: "t.txt".into(), text: text.into(), meta: Default::default(), encoding: "UTF-8", content_hash: String::new(), page_starts: Vec::new() };
    extract(Lexicon::embedded(), article)
}

impl Extraction {
    /// The original characters behind the normalised range, without what normalisation dropped.
    /// The aliases found inside the span `start..end` of the normalised text, as the article
    /// writes them there (traditional characters, full-width marks).
    fn written_parts(&self, start: usize, end: usize, aliases: &BTreeSet<String>) -> Vec<String> {
        let surface: Vec<char> = self.norm.slice(start, end).chars().collect();
        aliases
            .iter()
            .filter_map(|a| {
                let a: Vec<char> = a.chars().collect();
                if a.is_empty() {
                    return None;
                }
                let k = surface.windows(a.len()).position(|w| w == a.as_slice())?;
                Some(self.written(start + k, start + k + a.len()))
            })
            .filter(|w| !w.is_empty() && !aliases.contains(w))
            .collect()
    }

    fn written(&self, start: usize, end: usize) -> String {
        let n = self.orig_bytes.len() - 1;
        self.norm
            .orig_positions(start, end)
            .filter(|&o| o < n)
            .filter_map(|o| self.article.text[self.orig_bytes[o] as usize..self.orig_bytes[o + 1] as usize].chars().next())
            .collect()
    }
}

/// 昨天/昨日/今天/前天 and 7月11日 in the sentence that reports an event, against the
/// article's publication date.
fn event_dates(article: &Article, norm: &NormText, layout: &Layout, mentions: &[Mention], entity_of: &[usize]) -> BTreeMap<usize, NaiveDate> {
    let mut out = BTreeMap::new();
    let Some(pub_date) = article.meta.date() else { return out };
    let day_re = regex_lite_month_day();
    for (mi, m) in mentions.iter().enumerate() {
        if m.ty != EntityType::Event {
            continue;
        }
        let s = &layout.sentences[m.sentence];
        if s.kind != BlockKind::Body {
            continue;
        }
        let text = norm.slice(s.start, s.end);
        // only the event the sentence is about: followed by 举行/开幕…, or after 在
        let tail: String = norm.slice(m.end, s.end).chars().take(10).collect();
        let about = ["举行", "举办", "召开", "开幕", "上"].iter().any(|w| tail.contains(w));
        if !about {
            continue;
        }
        let date = if text.contains("昨天") || text.contains("昨日") {
            pub_date.pred_opt()
        } else if text.contains("前天") {
            pub_date.pred_opt().and_then(|d| d.pred_opt())
        } else if text.contains("今天") || text.contains("今日") {
            Some(pub_date)
        } else if let Some(c) = day_re.captures_iter(&text[..norm.byte_at_char(m.start) - norm.byte_at_char(s.start)]).last() {
            // the date nearest before the event's name (a dateline's date comes first)
            let (mo, d): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
            NaiveDate::from_ymd_opt(pub_date.year(), mo, d)
        } else {
            None
        };
        if let Some(d) = date {
            out.entry(entity_of[mi]).or_insert(d);
        }
    }
    out
}

fn regex_lite_month_day() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"(\d{1,2})月(\d{1,2})日").unwrap())
}

#[cfg(test)]
mod tests {
    use super::extract_text;

    #[test]
    fn a_role_is_given_as_the_article_writes_it() {
        let x = extract_text("東嶺大學校長李華出席論壇。");
        let r = x.relations.iter().find(|r| r.role.is_some()).expect("a post");
        assert_eq!(r.role.as_deref(), Some("校长"));
        assert_eq!(x.as_written(r.sentence, "校长"), "校長");
        // a word the sentence does not hold stays as given
        assert_eq!(x.as_written(r.sentence, "院长"), "院长");
    }
}
