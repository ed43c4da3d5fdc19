//! Saved web pages: the article body without the page's furniture, and the metadata the
//! page carries (title, date, site, author, language, canonical address).
//!
//! The body is the element whose paragraphs hold the most text, once navigation, share bars,
//! comment boxes, related-article lists, footers and scripts are set aside — the rule
//! readability tools use, kept small: news pages put their text in `<p>` elements under one
//! container.

use scraper::{ElementRef, Html};

/// What a page gives: its article text (headline, then one paragraph per line) and metadata.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Page {
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub site: Option<String>,
    pub author: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    /// Which element was kept, for the report (`article`, `div#content` …).
    pub kept: String,
}

/// Words in a class or id that mark page furniture.
const FURNITURE: &[&str] = &["nav", "menu", "footer", "share", "comment", "related", "recommend", "sidebar", "breadcrumb", "advert", "banner", "social", "toolbar", "copyright", "subscribe", "login", "search"];
/// Elements that never hold the article's text.
const SKIPPED: &[&str] = &["script", "style", "noscript", "nav", "footer", "aside", "form", "header", "iframe", "button", "select", "svg"];

fn is_furniture(e: &ElementRef) -> bool {
    let v = e.value();
    if SKIPPED.contains(&v.name()) {
        return true;
    }
    // class and id words, compared without allocating (this runs for every ancestor of every <p>)
    let marked = |w: &str| FURNITURE.iter().any(|f| w.len() >= f.len() && w.len() <= f.len() + 2 && w.is_char_boundary(f.len()) && w[..f.len()].eq_ignore_ascii_case(f));
    [v.attr("class"), v.attr("id")].into_iter().flatten().any(|a| a.split(|c: char| !c.is_alphanumeric()).any(marked))
}

/// The text of an element, furniture inside it left out, whitespace collapsed.
fn text_of(e: ElementRef) -> String {
    let mut raw = String::new();
    push_text(e, &mut raw);
    let mut text = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word);
    }
    text
}

/// The text under an element into one buffer (one allocation for a whole paragraph).
fn push_text(e: ElementRef, out: &mut String) {
    for child in e.children() {
        if let Some(c) = ElementRef::wrap(child) {
            if !is_furniture(&c) {
                push_text(c, out);
            }
        } else if let Some(t) = child.value().as_text() {
            out.push_str(t);
        }
    }
}

/// Whether an element or one of its ancestors is furniture.
fn inside_furniture(e: ElementRef) -> bool {
    e.ancestors().filter_map(ElementRef::wrap).any(|a| is_furniture(&a)) || is_furniture(&e)
}

/// How many characters of text an element holds outside furniture, whitespace not counted
/// (enough to score a paragraph, without building its text).
fn text_weight(e: ElementRef) -> usize {
    let mut n = 0;
    for child in e.children() {
        if let Some(c) = ElementRef::wrap(child) {
            if !is_furniture(&c) {
                n += text_weight(c);
            }
        } else if let Some(t) = child.value().as_text() {
            // characters are counted by their first bytes (no decoding)
            n += t.bytes().filter(|b| b & 0xC0 != 0x80 && !b.is_ascii_whitespace()).count();
        }
    }
    n
}

fn meta(metas: &[ElementRef], keys: &[&str]) -> Option<String> {
    for key in keys {
        for attr in ["property", "name", "itemprop"] {
            let found = metas.iter().find(|m| m.value().attr(attr) == Some(*key));
            if let Some(c) = found.and_then(|m| m.value().attr("content")).map(str::trim).filter(|c| !c.is_empty()) {
                return Some(c.to_owned());
            }
        }
    }
    None
}

/// The elements the reader looks at, gathered in one walk over the tree (a selector per
/// kind would walk it once each).
#[derive(Default)]
struct Parts<'a> {
    paragraphs: Vec<ElementRef<'a>>,
    metas: Vec<ElementRef<'a>>,
    headings: Vec<ElementRef<'a>>,
    title: Option<ElementRef<'a>>,
    time: Option<String>,
    canonical: Option<String>,
    language: Option<String>,
}

fn parts(doc: &Html) -> Parts<'_> {
    let mut found = Parts::default();
    for e in doc.tree.root().descendants().filter_map(ElementRef::wrap) {
        let v = e.value();
        match v.name() {
            "p" => found.paragraphs.push(e),
            "meta" => found.metas.push(e),
            "h1" => found.headings.push(e),
            "title" if found.title.is_none() => found.title = Some(e),
            "time" if found.time.is_none() => found.time = v.attr("datetime").map(str::to_owned),
            "link" if found.canonical.is_none() && v.attr("rel") == Some("canonical") => found.canonical = v.attr("href").map(str::to_owned),
            "html" if found.language.is_none() => found.language = v.attr("lang").map(str::to_owned),
            _ => {}
        }
    }
    found
}

/// The container with the most paragraph text (each paragraph scores for its parent), and
/// that score.
fn body_of<'a>(paragraphs: &[ElementRef<'a>]) -> Option<(ElementRef<'a>, usize)> {
    let mut best: Option<(ElementRef, usize)> = None;
    let mut scores = std::collections::HashMap::new();
    // paragraphs share parents: whether a parent lies in furniture is asked once
    let mut furnished = std::collections::HashMap::new();
    for &p in paragraphs {
        let Some(parent) = p.parent().and_then(ElementRef::wrap) else { continue };
        if is_furniture(&p) || *furnished.entry(parent.id()).or_insert_with(|| inside_furniture(parent)) {
            continue;
        }
        let n = text_weight(p);
        if n < 10 {
            continue;
        }
        let score: &mut usize = scores.entry(parent.id()).or_default();
        *score += n;
        if best.is_none_or(|(_, b)| *score > b) {
            best = Some((parent, *score));
        }
    }
    best
}

/// The article of a page, or why there is none.
pub fn article(html: &str) -> Result<Page, String> {
    let doc = Html::parse_document(html);
    let found = parts(&doc);
    let (body, score) = body_of(&found.paragraphs).ok_or("no paragraphs of text")?;
    if score < 40 {
        return Err(format!("only {score} characters of paragraph text"));
    }
    let metas = &found.metas;
    let title = found.headings.iter().find(|h| !inside_furniture(**h)).map(|h| text_of(*h)).filter(|t| !t.is_empty()).or_else(|| meta(metas, &["og:title"])).or_else(|| found.title.map(text_of));
    let mut lines: Vec<String> = title.iter().cloned().collect();
    for child in body.children().filter_map(ElementRef::wrap) {
        if is_furniture(&child) {
            continue;
        }
        let t = text_of(child);
        if !t.is_empty() && !lines.contains(&t) {
            lines.push(t);
        }
    }
    let kept = match (body.value().attr("id"), body.value().attr("class")) {
        (Some(id), _) => format!("{}#{id}", body.value().name()),
        (None, Some(c)) => format!("{}.{}", body.value().name(), c.split_whitespace().next().unwrap_or("")),
        _ => body.value().name().to_owned(),
    };
    Ok(Page {
        text: lines.join("\n\n"),
        title,
        date: meta(metas, &["article:published_time", "pubdate", "publishdate", "datePublished", "date"]).or(found.time).and_then(|d| iso_date(&d)),
        site: meta(metas, &["og:site_name", "application-name"]),
        author: meta(metas, &["author", "article:author"]),
        language: found.language,
        url: found.canonical.or_else(|| meta(metas, &["og:url"])),
        kept,
    })
}

/// `2025-07-11T08:00:00+08:00` → `2025-07-11`.
fn iso_date(s: &str) -> Option<String> {
    let d: String = s.chars().take(10).collect();
    chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok().map(|_| d)
}

/// The charset a page declares in its `<meta>` (looked for in its first bytes).
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    // bytes compared without case, nothing decoded: the label is ASCII whatever the page's encoding
    let head = &bytes[..bytes.len().min(4096)];
    let i = head.windows(8).position(|w| w.eq_ignore_ascii_case(b"charset="))? + 8;
    let v: String = head[i..].iter().skip_while(|b| matches!(b, b'"' | b'\'')).take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')).map(|&b| (b as char).to_ascii_lowercase()).collect();
    (!v.is_empty()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_without_menus_shares_comments_or_related_links() {
        let page = r#"<html lang="zh-CN"><head><title>站点</title><meta property="article:published_time" content="2025-07-11T08:00:00+08:00"><meta property="og:site_name" content="滨海日报"></head>
<body><nav><a>首页</a><a>国际</a></nav><div class="share-bar">分享到微信</div>
<div id="content"><h1>海川论坛开幕</h1><p>本报讯 第二届海川数字论坛在海川市开幕,东岭大学校长王立致辞。</p><p>会上,北川研究院、南湖发展研究中心共同成立“沿海数据智库联盟”。</p></div>
<div class="related"><p>相关新闻:西岭大学研究院举行年会,北湖研究院发布报告。</p></div><div id="comments"><p>网友评论:很好的论坛,期待更多合作。</p></div><footer>版权所有</footer></body></html>"#;
        let p = article(page).unwrap();
        assert_eq!(p.text, "海川论坛开幕\n\n本报讯 第二届海川数字论坛在海川市开幕,东岭大学校长王立致辞。\n\n会上,北川研究院、南湖发展研究中心共同成立“沿海数据智库联盟”。");
        assert_eq!(p.date.as_deref(), Some("2025-07-11"));
        assert_eq!(p.site.as_deref(), Some("滨海日报"));
        assert_eq!(p.language.as_deref(), Some("zh-CN"));
        assert_eq!(p.kept, "div#content");
    }

    #[test]
    fn the_declared_charset_in_any_case() {
        assert_eq!(declared_charset(b"<meta http-equiv=\"Content-Type\" content=\"text/html; Charset=GB2312\">").as_deref(), Some("gb2312"));
        assert_eq!(declared_charset(b"<head><meta charset='UTF-8'></head>").as_deref(), Some("utf-8"));
        assert_eq!(declared_charset(b"<head><title>charset</title></head>"), None);
    }

    #[test]
    fn a_page_without_an_article_says_so() {
        assert!(article("<html><body><nav><p>首页 国际 财经 体育 科技</p></nav></body></html>").is_err());
    }
}
