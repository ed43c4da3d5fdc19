//! Bodies named only by a counted list: `联盟首批成员共有3家媒体,包括东岭新闻、西河报和北湖台`.
//! A list of an alliance's members that a number announces gives its items' boundaries: where
//! the items are exactly as many as the number says, each item is a body even when no head
//! word (大学, 日报 …) tells so, as with media brands. Shared by recognition (the items become
//! organisations) and by the membership rules (the list's heading and where it starts).

use crate::lexicon::OrgKind;
use crate::normalize::NormText;
use crate::recognize::Mention;
use crate::segment::{BlockKind, Layout};

/// A counted list's heading, as the membership rules read it.
pub struct CountedList {
    /// `首批成员单位` for a first batch (founders), `成员单位` otherwise.
    pub heading: &'static str,
    /// Where the list starts, in chars into the text searched.
    pub list_from: usize,
    pub count: usize,
    /// The word for what is counted (媒体, 高校 …), empty when none.
    pub noun: String,
}

fn pattern() -> &'static regex::Regex {
    static COUNTED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // (首批成员单位共有12家,分别是: the member word before the count; 首期共有12家成员单位,分别是:
    // or after it, with a word for what is counted)
    COUNTED.get_or_init(|| {
        regex::Regex::new(concat!(
            r"(首期|首批)?(?:(成员单位|成员|会员单位)(?:共有|共|有)?|(?:共有|共|有)?)",
            r"([0-9]+|[一二两三四五六七八九十]+)(?:家|个|所)",
            r"(成员单位|成员|会员单位|媒体|单位|机构|高校|院校|智库|企业)?",
            r"[,:]?(?:分别是|分别为|包括|为|有|是)[:]?"
        ))
        .expect("a valid pattern")
    })
}

/// The first counted list of members in `text`: a member word must stand before or after the count.
pub fn counted_list(text: &str) -> Option<CountedList> {
    let caps = pattern().captures_iter(text).find(|c| c.get(2).is_some() || c.get(4).is_some_and(|n| n.as_str().contains("成员") || n.as_str() == "会员单位"))?;
    let count = number(caps.get(3)?.as_str())?;
    let heading = if caps.get(1).is_some() { "首批成员单位" } else { "成员单位" };
    let noun = caps.get(4).map_or(String::new(), |n| n.as_str().to_owned());
    Some(CountedList { heading, list_from: text[..caps.get(0)?.end()].chars().count(), count, noun })
}

/// 12, 十二, 二十三: a count up to 99.
fn number(s: &str) -> Option<usize> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let digit = |c: char| "零一二三四五六七八九".find(c).map(|b| b / '一'.len_utf8()).or((c == '两').then_some(2));
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [d] if *d != '十' => digit(*d),
        ['十'] => Some(10),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}

/// The items of a list starting at `from` and running to the clause's end, 等 and what
/// follows it dropped; the last two may be joined by 以及, 及, 和 or 与, split only where that
/// makes the items as many as `count`. Spans in chars.
fn items(chars: &[char], from: usize, end: usize, count: usize) -> Option<Vec<(usize, usize)>> {
    let stop = (from..end).find(|&k| matches!(chars[k], '。' | ';' | ',' | '\n')).unwrap_or(end);
    let stop = if stop > from && chars[stop - 1] == '等' { stop - 1 } else { stop };
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = from;
    for k in from..=stop {
        if k == stop || chars[k] == '、' {
            spans.push((start, k));
            start = k + 1;
        }
    }
    if spans.len() + 1 == count {
        let (s, e) = spans.pop()?;
        let joint = ["以及", "及", "和", "与"].iter().find_map(|w| {
            let n = w.chars().count();
            (s + 2..e.saturating_sub(n + 1)).find(|&k| crate::scan::starts_with_at(chars, k, e, w)).map(|k| (k, n))
        })?;
        spans.push((s, joint.0));
        spans.push((joint.0 + joint.1, e));
    }
    let plain = |&(s, e): &(usize, usize)| (2..=14).contains(&(e - s)) && chars[s..e].iter().all(|c| crate::scan::is_cjk(*c) || c.is_ascii_alphanumeric());
    (spans.len() == count && spans.iter().all(plain)).then_some(spans)
}

/// Organisations for the items of counted member lists that no recogniser named whole; the
/// mentions inside such an item (浙江 in 浙江新闻) are the caller's to drop.
pub fn listed_bodies(norm: &NormText, layout: &Layout, found: &[Mention]) -> Vec<Mention> {
    let chars = &norm.chars;
    let mut out = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate().filter(|(_, s)| s.kind == BlockKind::Body) {
        let text = norm.slice(s.start, s.end);
        let Some(list) = counted_list(text) else { continue };
        let Some(spans) = items(chars, s.start + list.list_from, s.end, list.count) else { continue };
        for (start, end) in spans {
            let whole = found.iter().any(|m| m.start == start && m.end == end);
            let across = found.iter().any(|m| m.start < end && m.end > start && (m.start < start || m.end > end));
            if !whole && !across {
                out.push(Mention::organisation(norm, start, end, si, kind_of(&list.noun), "org.counted-list-item"));
            }
        }
    }
    out
}

fn kind_of(noun: &str) -> OrgKind {
    match noun {
        "媒体" => OrgKind::Media,
        "高校" | "院校" => OrgKind::University,
        "智库" => OrgKind::ThinkTank,
        "企业" => OrgKind::Company,
        _ => OrgKind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::EntityType;

    #[test]
    fn counts_in_digits_and_numerals() {
        assert_eq!(number("15"), Some(15));
        assert_eq!(number("三"), Some(3));
        assert_eq!(number("十二"), Some(12));
        assert_eq!(number("二十"), Some(20));
        assert_eq!(number("二十三"), Some(23));
        assert_eq!(number("百"), None);
    }

    #[test]
    fn a_member_word_must_name_what_is_counted() {
        assert_eq!(counted_list("联盟首批成员共有3家媒体,包括甲、乙、丙").map(|l| (l.heading, l.count, l.noun)), Some(("首批成员单位", 3, "媒体".to_owned())));
        assert_eq!(counted_list("联盟共有12家成员单位,分别是:甲").map(|l| (l.heading, l.count)), Some(("成员单位", 12)));
        // (a count of anything else is no list of members)
        assert!(counted_list("会议共有3家媒体,包括甲、乙、丙").is_none());
    }

    fn names(text: &str) -> Vec<String> {
        let r = crate::extract::extract_text(text);
        let mut v: Vec<String> = r.mentions.iter().filter(|m| m.ty == EntityType::Organization).map(|m| m.label.clone()).collect();
        v.sort();
        v
    }

    #[test]
    fn items_as_many_as_the_count_are_bodies() {
        let v = names("东岭媒体联盟日前成立。联盟首批成员共有4家媒体,包括海川观察、南川24小时、北湖日报以及西河新闻等。\n");
        for n in ["海川观察", "南川24小时", "北湖日报", "西河新闻"] {
            assert!(v.contains(&n.to_owned()), "{n} in {v:?}");
        }
    }

    #[test]
    fn no_bodies_when_the_items_do_not_match_the_count() {
        let v = names("东岭媒体联盟日前成立。联盟首批成员共有5家媒体,包括海川观察、南川24小时、北湖日报等。\n");
        assert!(!v.contains(&"海川观察".to_owned()), "{v:?}");
    }
}
