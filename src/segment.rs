//! Page layout: split a newspaper page into its reports (headline, subtitles, byline,
//! body, photo captions) and every paragraph into sentences.
//!
//! A report starts at a byline (`■ 记者 …`); the short unpunctuated lines just above it
//! are its headline and subtitles. Short captions around a photo credit (`本组照片 记者 … 摄`)
//! belong to no report's body. A file without bylines is one report.

use crate::normalize::{NormText, OrigIndex};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Headline,
    Byline,
    Body,
    Caption,
    Credit,
    /// Page furniture left in a saved text: a menu or breadcrumb line, read by no recogniser.
    Furniture,
}

/// A sentence (or headline line) as a normalised char range, with its place on the page.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
    /// Index of the report it belongs to (captions and credits: the report they follow).
    pub section: usize,
    /// Index of the paragraph it is in.
    pub paragraph: usize,
}

/// One report of a page.
#[derive(Debug, Clone, Default)]
pub struct Section {
    /// Headline and subtitles as normalised char ranges, top first.
    pub headlines: Vec<(usize, usize)>,
    pub reporters: Vec<String>,
    pub photographers: Vec<String>,
    /// Normalised char range from the first headline to the end of the body.
    pub span: (usize, usize),
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub sections: Vec<Section>,
    pub sentences: Vec<Sentence>,
}

/// Bylines and credits are read on the normalised (simplified) line.
fn is_byline(line: &str) -> bool {
    let t = line.trim_start_matches(['■', '□', '●', '▲']);
    (line.starts_with(['■', '□', '●', '▲']) && (t.starts_with("记者") || t.starts_with("本报记者") || t.starts_with("通讯员")))
        || ((t.starts_with("记者") || t.starts_with("本报记者") || t.starts_with("文/")) && line.chars().count() <= 24 && !line.contains(['。', ',']))
}

fn is_credit(line: &str) -> bool {
    is_english_caption(line) || line.chars().count() <= 40 && line.ends_with('摄') && (line.contains("记者") || line.contains("照片") || line.contains("图"))
}

/// The Bay Forum's opening ceremony Photo: Tom Hale/Bay Daily: an English caption with its
/// photo credit, on a line of its own.
pub(crate) fn is_english_caption(line: &str) -> bool {
    line.chars().count() <= 250 && ["Photo:", "Photo by ", "Photo/", "Photograph:"].iter().any(|w| line.contains(w)) && !line.trim_end().ends_with(['.', '!', '?'])
}

fn is_headline_like(line: &str) -> bool {
    let n = line.chars().count();
    n <= 40 && !line.ends_with(['。', '!', '?', ',', ';', ':']) && !line.contains('。')
}

fn is_long_headline(line: &str) -> bool {
    line.chars().count() <= 64 && !line.ends_with(['。', '!', '?', ',', ';', ':']) && !line.contains(['。', ','])
}

/// A site's menu left in a saved page's text: short items separated by spaces or bars with no
/// sentence mark (华北地区 | 北京 天津 河北 山西, 首页 > 新闻 > 正文).
pub(crate) fn is_menu_line(orig_line: &str) -> bool {
    let plain = crate::normalize::without_glosses(orig_line.trim());
    let line = plain.as_str();
    if line.chars().any(|c| matches!(c, '。' | ',' | '\u{ff0c}' | ';' | '\u{ff1b}' | '“' | '"')) {
        return false;
    }
    // 推荐标签:A | B | C: a label before the items, and items a little longer between bars
    let barred = line.matches('|').count() >= 2;
    let items: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '>' | '\u{ff1e}' | '»' | '/') || barred && matches!(c, ':' | '\u{ff1a}'))
        .filter(|w| !w.is_empty())
        .collect();
    let longest = if barred { 8 } else { 6 };
    let short = items.iter().filter(|w| w.chars().count() <= longest).count();
    // a breadcrumb ends with the page's own (long) title, which the page repeats below
    let breadcrumb = crate::normalize::is_breadcrumb(line);
    let separated = line.contains('|') || breadcrumb || items.len() >= 4;
    let short_enough = short == items.len() || breadcrumb && short + 1 == items.len();
    items.len() >= 3 && short_enough && separated && items.iter().any(|w| w.chars().any(crate::scan::is_cjk))
}

/// A list of links a page prints around its article (partner sites, related headlines): three
/// or more lines in a row, each a short bulleted item with no sentence mark, not announced by a
/// line ending in a colon (成员单位包括: then a bulleted list is article text).
fn link_list_lines(lines: &[&str]) -> Vec<usize> {
    let item = |l: &str| {
        let t = l.trim();
        let body = t.trim_start_matches(['-', '•', '·', '*', '▪', '►']);
        body.len() < t.len() && body.chars().count() <= 24 && !body.contains(['。', ',', ';', '\u{ff0c}', '\u{ff1b}'])
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| item(l)).count();
        let announced = i > 0 && lines[i - 1].trim_end().ends_with([':', '\u{ff1a}']);
        if run >= 3 && !announced {
            out.extend(i..i + run);
        }
        i += run.max(1);
    }
    out
}

/// A site's footer: copyright, licence number, postal address (地址:…市…区…路 邮编:…); its
/// names are the site's, not the article's.
fn is_site_footer(line: &str) -> bool {
    const MARKS: &[&str] = &["版权所有", "copyright", "©", "icp备", "all rights reserved", "邮编:", "邮政编码:"];
    line.chars().count() <= 200 && MARKS.iter().any(|m| line.to_lowercase().contains(m))
}

/// A page's keyword or tag line (关键词:A B C): words set side by side, their spaces lost in
/// normalisation, that would read as one name. (The line is normalised: simplified, ASCII colon.)
/// `文摘   2030-11-21 18:21   海川`: a saved post's meta line (its column, when it was posted,
/// where the account posts from) says nothing the report states.
fn is_post_meta_line(line: &str) -> bool {
    static META: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // (the spaces between the Han words and the digits are gone once normalised)
    let meta = META.get_or_init(|| regex::Regex::new(r"^\s*[^\s。,,、]{0,8}\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}\s*[^\s。,,、]{0,8}\s*$").expect("a valid pattern"));
    meta.is_match(line)
}

fn is_keyword_line(line: &str) -> bool {
    ["关键词:", "关键字:", "标签:"].iter().any(|l| line.trim_start().starts_with(l))
}

/// A wire report's end mark: `(完)` closing a paragraph, or the editor's line that follows the
/// copy (`【编辑:X】`, `[责任编辑:X]`). What a saved page prints after it is the site's (video
/// links, next-article titles), not the report's.
fn ends_the_copy(line: &str) -> bool {
    let t = line.trim();
    let editor = |inner: &str| {
        let inner = inner.trim_start();
        ["编辑", "责任编辑", "责编"].iter().any(|l| inner.strip_prefix(l).is_some_and(|r| r.trim_start().starts_with([':', '\u{ff1a}'])))
    };
    let bracketed = [('【', '】'), ('[', ']'), ('[', ']')]
        .iter()
        .any(|&(o, c)| t.starts_with(o) && t.ends_with(c) && editor(&t[o.len_utf8()..t.len() - c.len_utf8()]));
    t.ends_with("(完)") || t.ends_with("(完)") || bracketed
}

/// A page's block of related stories: its heading (`Related stories`, `相关阅读`) and the titles
/// and teasers after it (short lines, or lines cut off with `...`), up to the first paragraph
/// that is neither.
pub(crate) fn related_stories(texts: &[&str]) -> Vec<usize> {
    const HEADINGS: &[&str] = &["related stories", "related articles", "related news", "related posts", "you may also like", "more stories", "read more", "相关新闻", "相关阅读", "相关文章", "相关报道"];
    let teaser = |t: &str| {
        let t = t.trim();
        t.ends_with("...") || t.ends_with('…') || t.split_whitespace().count() <= 12 && !t.ends_with(['.', '。'])
    };
    let mut out = Vec::new();
    for (h, t) in texts.iter().enumerate() {
        if HEADINGS.contains(&t.trim().to_lowercase().as_str()) {
            out.push(h);
            out.extend((h + 1..texts.len()).take_while(|&k| teaser(texts[k])));
        }
    }
    out
}

/// Paragraphs after the last end of copy, when no later byline opens another report.
fn after_the_copy(texts: &[&str], bylines: &[usize]) -> std::ops::Range<usize> {
    match texts.iter().rposition(|t| ends_the_copy(t)) {
        Some(end) if bylines.iter().all(|&b| b < end) => end + 1..texts.len(),
        _ => 0..0,
    }
}

/// 图2-27:东岭论坛在南川举办,图为…; 图为与会嘉宾合影; 上图: a paragraph opened by a
/// figure's label is the figure's caption, not the report.
pub fn opens_with_figure_label(p: &str) -> bool {
    let mut cs = p.chars();
    match (cs.next(), cs.next()) {
        (Some('图'), Some(c)) => c.is_ascii_digit() || c == '为',
        (Some('上' | '下' | '左' | '右'), Some('图')) => matches!(cs.next(), Some(':' | '为')),
        _ => false,
    }
}

fn is_caption_like(line: &str) -> bool {
    line.chars().count() <= 40 && line.ends_with('。') && !line.contains([',', ';'])
}

/// Names in a byline or credit, read from the original text where spaces still separate them.
fn byline_names(orig_line: &str) -> Vec<String> {
    let t = orig_line.trim().trim_start_matches(['■', '□', '●', '▲']).trim();
    let mut words: Vec<&str> = t.split(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '、' || c == ',' || c == '，').filter(|w| !w.is_empty()).collect();
    words.retain(|w| !matches!(crate::normalize::fold_str(w).as_str(), "记者" | "本报记者" | "通讯员" | "摄" | "本组照片" | "摄影" | "图" | "文"));
    words
        .into_iter()
        .map(|w| crate::normalize::fold_str(w.trim_start_matches("本报记者").trim_start_matches("记者").trim_end_matches('摄')))
        .filter(|w| {
            let n = w.chars().count();
            (2..=4).contains(&n) || (w.contains('·') && n <= 16)
        })
        .collect()
}

/// Longest sentence the recognisers see: a longer run (a 1 MB list joined by 、) is cut at
/// clause marks, so the work per sentence is bounded and the whole stays linear.
pub const MAX_SENTENCE_CHARS: usize = 600;

/// Sentence ends inside a paragraph: after 。!? and any closing quotes that follow.
fn sentence_ranges(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (s, e) in full_sentences(chars, start, end) {
        let mut a = s;
        while e - a > MAX_SENTENCE_CHARS {
            let limit = a + MAX_SENTENCE_CHARS;
            let cut = (a + MAX_SENTENCE_CHARS / 2..limit).rev().find(|&k| matches!(chars[k], '、' | ',' | ';' | ':')).map_or(limit, |k| k + 1);
            out.push((a, cut));
            a = cut;
        }
        out.push((a, e));
    }
    out
}

fn full_sentences(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = start;
    let mut i = start;
    while i < end {
        if matches!(chars[i], '。' | '!' | '?') {
            let mut e = i + 1;
            while e < end && matches!(chars[e], '”' | '’' | '"' | ')' | '」') {
                e += 1;
            }
            out.push((s, e));
            s = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if s < end {
        out.push((s, end));
    }
    out
}

pub fn layout(norm: &NormText, original: &str) -> Layout {
    let orig = OrigIndex::new(original);
    // Paragraphs: normalised lines.
    let mut paras: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for (i, &c) in norm.chars.iter().enumerate() {
        if c == '\n' {
            if i > s {
                paras.push((s, i));
            }
            s = i + 1;
        }
    }
    if s < norm.chars.len() {
        paras.push((s, norm.chars.len()));
    }
    let text = |p: (usize, usize)| norm.slice(p.0, p.1);

    let mut kinds: Vec<BlockKind> = paras.iter().map(|_| BlockKind::Body).collect();
    let bylines: Vec<usize> = (0..paras.len()).filter(|&i| is_byline(text(paras[i]))).collect();
    for (i, p) in paras.iter().enumerate() {
        if is_credit(text(*p)) {
            kinds[i] = BlockKind::Credit;
        }
        let o = norm.orig_span(p.0, p.1);
        if kinds[i] == BlockKind::Body && !bylines.contains(&i) && (is_menu_line(orig.slice(o.0, o.1)) || is_site_footer(text(*p)) || is_keyword_line(text(*p)) || is_post_meta_line(text(*p))) {
            kinds[i] = BlockKind::Furniture;
        }
    }
    let origs: Vec<&str> = paras.iter().map(|p| { let o = norm.orig_span(p.0, p.1); orig.slice(o.0, o.1) }).collect();
    let texts: Vec<&str> = paras.iter().map(|&p| text(p)).collect();
    for i in link_list_lines(&origs).into_iter().chain(after_the_copy(&texts, &bylines)).chain(related_stories(&texts)) {
        if kinds[i] == BlockKind::Body {
            kinds[i] = BlockKind::Furniture;
        }
    }
    for i in 0..paras.len() {
        if kinds[i] == BlockKind::Body && opens_with_figure_label(text(paras[i])) {
            kinds[i] = BlockKind::Caption;
        }
    }
    // Captions: short full sentences next to a photo credit (possibly several in a row).
    let credits: Vec<usize> = (0..paras.len()).filter(|&i| kinds[i] == BlockKind::Credit).collect();
    for &c in &credits {
        for dir in [-1i64, 1] {
            let mut j = c as i64 + dir;
            while j >= 0 && (j as usize) < paras.len() && is_caption_like(text(paras[j as usize])) && kinds[j as usize] == BlockKind::Body {
                kinds[j as usize] = BlockKind::Caption;
                j += dir;
            }
        }
    }

    let mut sections: Vec<Section> = Vec::new();
    let mut section_of = vec![0usize; paras.len()];
    if bylines.is_empty() {
        let mut sec = Section { span: (0, norm.chars.len()), ..Default::default() };
        // the first line after the page's menus may be a long headline (a full event name)
        // (a figure's caption above the text is no headline)
        if let Some(fi) = kinds.iter().position(|k| !matches!(k, BlockKind::Furniture | BlockKind::Caption)) {
            let first = paras[fi];
            if (is_headline_like(text(first)) || is_long_headline(text(first))) && paras.len() > fi + 1 {
                kinds[fi] = BlockKind::Headline;
                sec.headlines.push(first);
            }
        }
        sections.push(sec);
    } else {
        // Headline blocks: up to four headline-like lines right above each byline.
        let mut starts = Vec::new();
        for &b in &bylines {
            kinds[b] = BlockKind::Byline;
            let mut h = b;
            while h > 0 && b - h < 4 && kinds[h - 1] == BlockKind::Body && is_headline_like(text(paras[h - 1])) {
                h -= 1;
            }
            for k in kinds.iter_mut().take(b).skip(h) {
                *k = BlockKind::Headline;
            }
            starts.push(h);
        }
        // Lines before the first report's headline belong to it (page furniture).
        starts[0] = 0;
        for (n, &b) in bylines.iter().enumerate() {
            let from = starts[n];
            let to = starts.get(n + 1).copied().unwrap_or(paras.len());
            for sec in section_of.iter_mut().take(to).skip(from) {
                *sec = n;
            }
            let byline_orig = norm.orig_span(paras[b].0, paras[b].1);
            let mut sec = Section {
                headlines: (from..b).filter(|&i| kinds[i] == BlockKind::Headline).map(|i| paras[i]).collect(),
                reporters: byline_names(orig.slice(byline_orig.0, byline_orig.1)),
                photographers: Vec::new(),
                span: (paras[from].0, paras[to - 1].1),
            };
            for i in from..to {
                if kinds[i] == BlockKind::Credit {
                    let o = norm.orig_span(paras[i].0, paras[i].1);
                    sec.photographers.extend(byline_names(orig.slice(o.0, o.1)));
                }
            }
            sections.push(sec);
        }
    }

    let mut sentences = Vec::new();
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let kind = kinds[pi];
        let ranges = match kind {
            BlockKind::Body | BlockKind::Caption => sentence_ranges(&norm.chars, ps, pe),
            _ if pe - ps > MAX_SENTENCE_CHARS => sentence_ranges(&norm.chars, ps, pe),
            _ => vec![(ps, pe)],
        };
        for (start, end) in ranges {
            sentences.push(Sentence { start, end, kind, section: section_of[pi], paragraph: pi });
        }
    }
    Layout { sections, sentences }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_page_into_reports_with_bylines_and_captions() {
        let page = "大标题一行\n\n副标题\n\n■ 记者 张三 李四\n\n第一篇正文,内容很多。第二句。\n\n合作项目签约。\n\n本组照片 记者 王五 摄\n\n第二篇标题\n\n■ 记者 赵六\n\n第二篇正文,也很长。";
        let norm = NormText::new(page);
        let l = layout(&norm, page);
        assert_eq!(l.sections.len(), 2);
        assert_eq!(l.sections[0].reporters, vec!["张三", "李四"]);
        assert_eq!(l.sections[0].photographers, vec!["王五"]);
        assert_eq!(l.sections[1].reporters, vec!["赵六"]);
        assert_eq!(norm.slice(l.sections[0].headlines[0].0, l.sections[0].headlines[0].1), "大标题一行");
        let captions: Vec<_> = l.sentences.iter().filter(|s| s.kind == BlockKind::Caption).collect();
        assert_eq!(captions.len(), 1);
        let body: Vec<_> = l.sentences.iter().filter(|s| s.kind == BlockKind::Body && s.section == 0).collect();
        assert_eq!(body.len(), 2);
    }

    #[test]
    fn a_saved_post_s_meta_line_is_furniture() {
        let page = "东岭大学加入海川联盟\n\n文摘   2030-11-21 18:21   西河  \n\n东岭大学2030年11月21日加入海川联盟,2030-11-21 18:21发布。\n";
        let norm = NormText::new(page);
        let l = layout(&norm, page);
        let kinds: Vec<BlockKind> = l.sentences.iter().map(|s| s.kind).collect();
        assert_eq!(kinds.iter().filter(|k| **k == BlockKind::Furniture).count(), 1, "{kinds:?}");
        // (a sentence that holds a date and a time is the report's)
        assert!(kinds.contains(&BlockKind::Body), "{kinds:?}");
    }
}

#[cfg(test)]
mod menu_tests {
    use super::{after_the_copy, is_menu_line, is_site_footer, link_list_lines, related_stories};

    #[test]
    fn a_block_of_related_stories_is_furniture_up_to_the_report() {
        let page = ["Bay Forum Opens", "Related stories", "Lakeside League: Rivals Meet", "The Lakeside League, known for its...", "The Bay Forum took place in Jinhua on May 30, with guests from 45 countries.", "Tom Hale said ties are good."];
        assert_eq!(related_stories(&page), vec![1, 2, 3]);
        assert!(related_stories(&["Bay Forum Opens", "Tom Hale said ties are good."]).is_empty());
    }

    #[test]
    fn bulleted_link_lists_are_furniture_unless_a_colon_announces_them() {
        let page = ["北湖大学与南川大学签署协议。", "合作媒体", "- 东岭新闻网", "- 西河日报", "- 南川电视台", "首批成员包括:", "- 东岭大学", "- 西河大学", "- 南川大学", "- 只有两行", "正文。"];
        assert_eq!(link_list_lines(&page), vec![2, 3, 4]);
        assert!(link_list_lines(&["- 东岭新闻网", "- 西河日报"]).is_empty());
    }

    #[test]
    fn what_follows_the_end_of_a_wire_copy_is_furniture() {
        let page = ["东岭大学与西河大学签署协议。(完)", "【编辑:张海】", "视频", "北湖美景令人难忘", "南川论坛开幕了"];
        assert_eq!(after_the_copy(&page, &[]), 2..5);
        assert_eq!(after_the_copy(&["正文。", "[ 编辑: 运营01 ]", "下一篇:海川时评"], &[]), 2..3);
        // a later byline opens another report: nothing is cut
        assert_eq!(after_the_copy(&page, &[3]), 0..0);
        // 完 inside a sentence or an editor named in the body ends nothing
        assert_eq!(after_the_copy(&["工程完成。", "编辑部主任李华出席。", "北湖论坛开幕。"], &[]), 0..0);
    }

    #[test]
    fn a_site_footer_is_furniture_but_an_article_on_copyright_is_not() {
        assert!(is_site_footer("Copyright @ 东岭大学版权所有. 地址:北京市海淀区西河路2号 邮编:100089"));
        assert!(is_site_footer("Copyright © 西河日报社 京ICP备2023000000号-1"));
        assert!(!is_site_footer("东岭大学与西河大学签署版权合作协议,共同保护学术成果。"));
    }

    #[test]
    fn menus_and_breadcrumbs_are_furniture_but_headlines_and_bylines_are_not() {
        for menu in ["推薦標(biāo)簽:東(dōng)嶺新聞 | 西河經(jīng)貿(mào)論壇 | 直擊南川論壇 | 建校91周年", "华北地区 | 东岭 南川 北湖 西岭", "热门城市 | 全国 东岭 南川", "首页 > 新闻中心 > 正文", "您现在所在的位置:首页  新闻公告  学院新闻", "当前位置:首页 新闻 正文", "首页 > 高考报考 > 院校大全 > 院校动态 > 5顶尖名校发起新大学联盟!"] {
            assert!(is_menu_line(menu), "{menu}");
        }
        for text in ["东岭论坛举行 成立海川智库联盟", "(记者 李华 摄)", "作者: 发布时间:2024-12-01 10:54:44 来源:海川日报+收藏本文", "Lakeside University joins the new think tank alliance", "东岭大学、南川大学 和 北湖大学 共同发起"] {
            assert!(!is_menu_line(text), "{text}");
        }
    }

    #[test]
    fn an_english_caption_with_its_photo_credit_is_no_body_text() {
        let page = "Bay talks mark an anniversary\n\nThe Book Exhibition of the Bay-Lotus Think Tank Forum (2025) Photo: Tom Hale/Bay Daily\nBAYPORT—On Nov. 26, the Bay-Lotus Think Tank Forum (2025): International Symposium Celebrating the 75th Anniversary of Bay-Lotus Ties was held in Jakarta, Indonesia. Anna Berg, president of the Lakeside Academy of Sciences, attended the event and delivered remarks.\n";
        let norm = crate::normalize::NormText::new(page);
        let layout = crate::segment::layout(&norm, page);
        let kinds: Vec<(String, crate::segment::BlockKind)> = layout.sentences.iter().map(|s| (norm.slice(s.start, s.end).to_owned(), s.kind)).collect();
        assert!(kinds.iter().any(|(t, k)| t.contains("Photo:") && *k == crate::segment::BlockKind::Credit), "{kinds:?}");
        assert!(kinds.iter().all(|(t, k)| !t.contains("was held") || *k == crate::segment::BlockKind::Body), "{kinds:?}");
    }

    #[test]
    fn a_paragraph_opened_by_a_figure_label_is_a_caption_and_no_headline() {
        assert!(crate::segment::opens_with_figure_label("图2-27:东岭论坛在南川大学举办,图为团队参加会议"));
        assert!(crate::segment::opens_with_figure_label("图为与会嘉宾合影") && crate::segment::opens_with_figure_label("上图:签约现场"));
        assert!(!crate::segment::opens_with_figure_label("图书馆联盟成立") && !crate::segment::opens_with_figure_label("上图书馆参观"));
        let page = "图2-27:东岭论坛在南川大学举办,图为团队参加会议\n东岭大学区域研究中心成立于2011年3月,是国内首家研究区域合作的科研机构。";
        let norm = crate::normalize::NormText::new(page);
        let layout = crate::segment::layout(&norm, page);
        assert!(layout.sections.iter().all(|s| s.headlines.is_empty()), "{:?}", layout.sections);
    }
}
