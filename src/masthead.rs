//! The outlets a Chinese news page names as its source: a `来源:X` line (often part of the page's
//! furniture, which no other recogniser reads) and a dateline `X(地点)N月N日电/讯` opening the
//! body. Both are organisations of kind Media.

use crate::lexicon::OrgKind;
use crate::normalize::NormText;
use crate::recognize::Mention;
use crate::segment::Layout;

/// Last characters of an outlet's name: a site (网), an agency (社), a paper (报), a station (台).
const OUTLET_ENDS: &[char] = &['网', '社', '报', '台'];
/// The label of a source line (稿件来源:, 文章来源: end in it too).
const SOURCE_LABEL: &str = "来源:";

/// Media mentions in the article's source lines and datelines.
pub fn outlets(norm: &NormText, layout: &Layout) -> Vec<Mention> {
    let chars = &norm.chars;
    let mut out = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        if let Some(at) = crate::scan::find_word(chars, s.start, s.end, SOURCE_LABEL) {
            let from = at + SOURCE_LABEL.chars().count();
            if let Some(end) = outlet_end(chars, from, s.end) {
                out.push(media(norm, from, end, si, "org.media-source-line"));
            }
        }
        let bracketed = matches!(chars.get(s.start), Some('(' | '【' | '['));
        let first = s.start + usize::from(bracketed);
        // (【本报讯】: this paper, named by no name)
        let own = chars.get(first) == Some(&'本');
        if let Some(end) = outlet_end(chars, first, s.end).filter(|&e| is_dateline_after(chars, e, s.end) || bracketed && !own && is_bracketed_credit(chars, e)) {
            out.push(media(norm, first, end, si, "org.media-dateline"));
        }
    }
    out
}

/// End of an outlet's name starting at `from`: 2 to 10 Chinese characters, the last one an
/// outlet's, the first shortest such run (中国侨网9月23日电 stops at 网).
fn outlet_end(chars: &[char], from: usize, se: usize) -> Option<usize> {
    let run = chars[from..se].iter().take_while(|c| crate::scan::is_cjk(**c)).count().min(10);
    (2..=run).find(|&n| OUTLET_ENDS.contains(&chars[from + n - 1]) && ends_the_name(chars, from + n, se)).map(|n| from + n)
}

/// The name ends where the run of Chinese ends, the line's next label begins (normalisation
/// dropped the space before 作者) or a dateline's place or date begins.
fn ends_the_name(chars: &[char], at: usize, se: usize) -> bool {
    const NEXT_LABELS: &[&str] = &["作者", "编辑", "责编", "责任编辑", "记者", "发布", "时间", "日期", "字号", "浏览", "点击"];
    at >= se
        || !crate::scan::is_cjk(chars[at])
        || NEXT_LABELS.iter().any(|w| crate::scan::starts_with_at(chars, at, se, w))
        || is_dateline_after(chars, at, se)
        || is_bracketed_credit(chars, at)
}

/// `N月N日电`, `N月N日讯`, with up to four characters of place before the date (新华社北京4月8日电).
fn is_dateline_after(chars: &[char], at: usize, se: usize) -> bool {
    let digits_at = (at..(at + 5).min(se)).find(|&k| chars[k].is_ascii_digit());
    let Some(mut k) = digits_at else { return false };
    if !chars[at..k].iter().all(|c| crate::scan::is_cjk(*c)) {
        return false;
    }
    for unit in ['月', '日'] {
        let n = chars[k..se].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 || chars.get(k + n) != Some(&unit) {
            return false;
        }
        k += n + 1;
    }
    // (…10月18日杭州讯: the place may follow the date)
    let place = chars[k..se.min(k + 5)].iter().take_while(|c| crate::scan::is_cjk(**c) && !matches!(c, '电' | '讯')).count();
    matches!(chars.get(k), Some('电' | '讯')) || place >= 2 && matches!(chars.get(k + place), Some('电' | '讯'))
}

/// `【西河新闻网讯】`: an opening credit with no date, 讯 and the closing bracket after the name.
fn is_bracketed_credit(chars: &[char], at: usize) -> bool {
    chars.get(at) == Some(&'讯') && matches!(chars.get(at + 1), Some(')' | '】' | ']'))
}

/// Whether a dateline's 电 or 讯 ends right before `end`: `N日电`, `N日讯`, or `N日` and a place of
/// two to four characters before it (10月18日杭州讯).
pub fn dateline_ends_at(chars: &[char], sent_start: usize, end: usize) -> bool {
    (end >= sent_start + 3).then(|| (end.saturating_sub(6).max(sent_start + 1)..end - 1).find(|&j| chars[j] == '日' && chars[j - 1].is_ascii_digit())).flatten().is_some_and(|j| {
        let place = end - 1 - (j + 1);
        (place == 0 || (2..=4).contains(&place)) && chars[j + 1..end - 1].iter().all(|c| crate::scan::is_cjk(*c))
    })
}

fn media(norm: &NormText, start: usize, end: usize, si: usize, rule: &'static str) -> Mention {
    Mention::organisation(norm, start, end, si, OrgKind::Media, rule)
}

#[cfg(test)]
mod tests {
    /// Names the outlet rules found (other rules may type a 出版社 as media too).
    fn media(text: &str) -> Vec<String> {
        let r = crate::extract::extract_text(text);
        let mut v: Vec<String> = r.mentions.iter().filter(|m| m.rule.starts_with("org.media-")).map(|m| m.label.clone()).collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn outlets_in_source_lines_and_datelines() {
        let text = "东岭新闻 首页 > 新闻 > 正文\n来源:北湖日报 作者:李华 2024-05-01 08:00\n西河新闻网5月1日讯 (记者 李华)东岭论坛1日在南川举行。\n南川通讯社东岭4月30日电 北湖大学当天签署协议。\n";
        assert_eq!(media(text), vec!["北湖日报", "南川通讯社", "西河新闻网"]);
    }

    #[test]
    fn an_opening_credit_in_brackets_names_its_outlet() {
        assert_eq!(media("【北湖商报网讯】记者 李华 报道:东岭论坛1日在南川举行。\n"), vec!["北湖商报网"]);
        // (a bracket that opens a heading is no credit)
        assert!(media("【北湖商报网】东岭论坛1日在南川举行。\n").is_empty());
        // (nor is this paper's own credit)
        assert!(media("【本报讯】东岭论坛1日在南川举行。\n").is_empty());
    }

    #[test]
    fn no_outlet_without_a_source_label_or_a_dateline() {
        // a name ending in 社 or 报 in a sentence is no outlet by position alone
        assert!(media("西河出版社5月1日出版了新书。北湖大学公布了年报。\n").is_empty());
    }
}
