//! English articles: everything that depends on the language lives here; reading,
//! resolution, the report, RDF and the store are shared with Chinese.
//!
//! The genre writes the same facts in English as in Chinese, in other forms: titles before
//! and after names (`Nankai University President X`, `X, vice-rector of Y,`), names built from
//! capitalised words with a head word (`Shanghai Academy of Social Sciences`), founders listed
//! before or after a founding verb (`A, B and C jointly launched the X Alliance`, `the X
//! Alliance was founded by A and B`).

pub mod names;
pub mod pinyin;
pub mod recognize;
pub mod relate;
pub mod words;

use crate::normalize::NormText;
use crate::segment::{BlockKind, Layout, Section, Sentence};

/// Whether a text is English rather than Chinese: Latin letters outnumber Han characters
/// many times over (a Chinese article quoting English names stays Chinese).
pub fn is_english(text: &str) -> bool {
    let (mut latin, mut han) = (0usize, 0usize);
    for c in text.chars().take(20_000) {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if crate::scan::is_cjk(c) {
            han += 1;
        }
    }
    latin >= 40 && latin > 8 * han
}

/// Paragraphs are lines; the first short line without a final mark is the headline; a
/// `By …` line is the byline; paragraphs split into sentences at `.`, `!` and `?` before a
/// capital, a digit or a quote, except after abbreviations (Mr., Dr., U.S.).
pub fn layout(norm: &NormText) -> Layout {
    let chars = &norm.chars;
    let mut paras: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            if i > s {
                paras.push((s, i));
            }
            s = i + 1;
        }
    }
    if s < chars.len() {
        paras.push((s, chars.len()));
    }
    let mut section = Section { span: (0, chars.len()), ..Default::default() };
    let mut sentences = Vec::new();
    // (a page's related stories: their titles and teasers are no part of the report)
    let texts: Vec<&str> = paras.iter().map(|&(ps, pe)| norm.slice(ps, pe)).collect();
    let related = crate::segment::related_stories(&texts);
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let line = norm.slice(ps, pe);
        // (Home > News, HomeNewsFinance…: a breadcrumb, its links glued when the page was saved)
        let breadcrumb = line.strip_prefix("Home").is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()) || [" >", " »", " /", " |"].iter().any(|m| r.starts_with(m)));
        let kind = if related.contains(&pi) || breadcrumb {
            BlockKind::Furniture
        } else if line.starts_with("By ") && pe - ps < 60 {
            section.reporters.extend(byline_names(line));
            BlockKind::Byline
        } else if crate::segment::is_english_caption(line) {
            // (… Forum (2025) Photo: Tom Hale/Bay Daily: a photo's caption, no sentence of the report)
            BlockKind::Credit
        } else if pi < 2 && (section.headlines.is_empty() || pi == 1 && is_section_label(norm.slice(paras[0].0, paras[0].1))) && is_headline(line) {
            section.headlines.push((ps, pe));
            BlockKind::Headline
        } else {
            BlockKind::Body
        };
        let ranges = if kind == BlockKind::Body { sentence_ranges(chars, ps, pe) } else { vec![(ps, pe)] };
        for (start, end) in ranges {
            sentences.push(Sentence { start, end, kind, section: 0, paragraph: pi });
        }
    }
    Layout { sections: vec![section], sentences }
}

/// Picture News, Media Center: a page's section label above the headline, a few capitalised
/// words with no figure or mark.
fn is_section_label(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=3).contains(&words.len()) && line.chars().count() <= 24 && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic))
}

fn is_headline(line: &str) -> bool {
    let n = line.chars().count();
    (8..=160).contains(&n) && !line.ends_with(['.', '!', '?', ':', ',']) && line.split_whitespace().count() <= 25
}

/// `By Anna Berg and Li Ming | Xinhua` → the names.
fn byline_names(line: &str) -> Vec<String> {
    let rest = line.trim_start_matches("By ").split(['|', '(', ',']).next().unwrap_or("");
    rest.split(" and ").map(str::trim).filter(|n| n.split_whitespace().count() >= 2 && n.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')).map(str::to_owned).collect()
}

// (Md., Mohd., Sk.: the short forms of Muhammad and Sheikh that open South Asian names)
const ABBREVIATIONS: &[&str] = &["Mr", "Ms", "Mrs", "Dr", "Prof", "prof", "Amb", "Md", "Mohd", "Muhd", "Sk", "St", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Co", "Ltd", "Inc", "Corp", "Gov", "Gen", "Sen", "Rep", "vs", "etc", "Jr", "Sr", "Ave"];

fn sentence_ranges(chars: &[char], ps: usize, pe: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = ps;
    let mut i = ps;
    let mut quote_open: Option<usize> = None;
    while i < pe {
        let c = chars[i];
        quote_open = match c {
            '“' => Some(i),
            '”' => None,
            '"' => if quote_open.is_some() { None } else { Some(i) },
            _ => quote_open,
        };
        let marked = matches!(c, '.' | '!' | '?') && i + 2 < pe && chars[i + 1] == ' ' && opens_sentence(chars, i + 2) && !abbreviation_before(chars, ps, i) && !inside_title(chars, quote_open, i, pe);
        // (…to establish the Alliance  Fudan… : a page that lost its full stop keeps the two
        // spaces after it, and they end the sentence)
        let lost_stop = c == ' ' && i > start && chars[i - 1].is_alphanumeric() && i + 2 < pe && chars[i + 1] == ' ' && chars[i + 2].is_uppercase();
        if marked || lost_stop {
            out.push((start, if marked { i + 1 } else { i }));
            start = i + 2;
            i += 2;
            continue;
        }
        i += 1;
    }
    if start < pe {
        out.push((start, pe));
    }
    out
}

/// Conference "Bay Asia: Links. Challenges and Chances": a full stop inside a short quoted
/// title, closed further on in the paragraph, ends no sentence.
fn inside_title(chars: &[char], quote_open: Option<usize>, i: usize, pe: usize) -> bool {
    let Some(open) = quote_open else { return false };
    let close = (i + 1..pe.min(open + 160)).find(|&k| matches!(chars[k], '"' | '”'));
    i - open <= 120 && close.is_some_and(|k| k - open <= 160)
}

fn opens_sentence(chars: &[char], k: usize) -> bool {
    chars[k].is_uppercase() || chars[k].is_ascii_digit() || matches!(chars[k], '"' | '“' | '\'' | '‘')
}

/// A period after an abbreviation (Dr.) or an initial (U.S., J.) ends no sentence.
fn abbreviation_before(chars: &[char], ps: usize, dot: usize) -> bool {
    let start = (ps..dot).rev().find(|&k| !chars[k].is_alphabetic() && chars[k] != '.').map_or(ps, |k| k + 1);
    let word: String = chars[start..dot].iter().collect();
    word.chars().count() == 1 && word.chars().all(char::is_uppercase) || word.contains('.') || ABBREVIATIONS.contains(&word.as_str()) || digraph_initial(chars, start, &word)
}

/// F. Sh. Lund, A. Kh. Berg: a capital and a small letter after an initial write one
/// sound of the name in Latin letters, an initial too.
pub fn digraph_initial(chars: &[char], start: usize, word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    let after_initial = start >= 3 && chars[start - 1] == ' ' && chars[start - 2] == '.' && chars[start - 3].is_uppercase() && (start == 3 || !chars[start - 4].is_alphabetic());
    w.len() == 2 && w[0].is_uppercase() && w[1].is_lowercase() && after_initial
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_told_from_chinese_quoting_english() {
        assert!(is_english("The forum was held in Tianjin on Monday, with more than 300 guests from 20 countries attending it."));
        assert!(!is_english("论坛在天津举行,来自20个国家的300多位嘉宾出席,其中包括来自Nankai University的学者。"));
    }

    #[test]
    fn sentences_end_at_marks_but_not_after_abbreviations() {
        let text = "Silk Road Forum Opens\nBy Anna Berg\nDr. Li Ming spoke first. The U.S. delegation arrived later! Then Mr. Wang said it was good.";
        let norm = NormText::latin(text);
        let l = layout(&norm);
        let body: Vec<&str> = l.sentences.iter().filter(|s| s.kind == BlockKind::Body).map(|s| norm.slice(s.start, s.end)).collect();
        assert_eq!(body, vec!["Dr. Li Ming spoke first.", "The U.S. delegation arrived later!", "Then Mr. Wang said it was good."]);
        assert_eq!(l.sections[0].reporters, vec!["Anna Berg"]);
        assert_eq!(norm.slice(l.sections[0].headlines[0].0, l.sections[0].headlines[0].1), "Silk Road Forum Opens");
    }

    #[test]
    fn a_breadcrumb_and_a_block_of_related_stories_are_furniture() {
        let text = "HomeNewsWorldBay Forum Opens\nRelated stories\nLakeside League: Rivals Meet\nThe Lakeside League, known for its...\nThe Bay Forum took place in Jinhua on May 30.";
        let norm = NormText::latin(text);
        let l = layout(&norm);
        let body: Vec<&str> = l.sentences.iter().filter(|s| s.kind == BlockKind::Body).map(|s| norm.slice(s.start, s.end)).collect();
        assert_eq!(body, vec!["The Bay Forum took place in Jinhua on May 30."]);
    }

    #[test]
    fn two_spaces_before_a_capital_end_a_sentence_that_lost_its_full_stop() {
        let text = "Lakeside Forum\n12 universities signed the charter to establish the Harbour Alliance  Bay University is one of them and will host the office.";
        let norm = NormText::latin(text);
        let l = layout(&norm);
        let body: Vec<&str> = l.sentences.iter().filter(|s| s.kind == BlockKind::Body).map(|s| norm.slice(s.start, s.end)).collect();
        assert_eq!(body, vec!["12 universities signed the charter to establish the Harbour Alliance", "Bay University is one of them and will host the office."]);
        // wider runs elsewhere are one space, and a lower-case word after two spaces runs on
        let norm = NormText::latin("The   Harbour Alliance met  today in Bay City.");
        assert_eq!(norm.slice(0, norm.chars.len()), "The Harbour Alliance met today in Bay City.");
    }
}
