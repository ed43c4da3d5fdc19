//! Saved web pages: the article body without the page's furniture, and the metadata the
//! page carries (title, date, site, author, language, canonical address).
//!
//! The body is the element whose paragraphs hold the most text, once navigation, share bars,
//! comment boxes, related-article lists, footers and scripts are set aside — the rule
//! readability tools use, kept small: news pages put their text in `<p>` elements under one
//! container.

use scraper::{ElementRef, Html, Selector};

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

/// The page's fixed selectors, parsed once (parsing one costs more than matching it).
fn sel(s: &'static str) -> &'static Selector {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static PARSED: OnceLock<Mutex<HashMap<&'static str, &'static Selector>>> = OnceLock::new();
    let mut parsed = PARSED.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    parsed.entry(s).or_insert_with(|| Box::leak(Box::new(Selector::parse(s).expect("a valid selector"))))
}

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
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
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

fn meta(doc: &Html, keys: &[&str]) -> Option<String> {
    let metas: Vec<ElementRef> = doc.select(sel("meta")).collect();
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

/// The article of a page, or why there is none.
pub fn article(html: &str) -> Result<Page, String> {
    let doc = Html::parse_document(html);
    let paragraphs = sel("p");
    // the container with the most paragraph text: each paragraph scores for its parent
    let mut best: Option<(ElementRef, usize)> = None;
    let mut scores = std::collections::HashMap::new();
    for p in doc.select(paragraphs) {
        if inside_furniture(p) {
            continue;
        }
        let n = text_of(p).chars().count();
        if n < 10 {
            continue;
        }
        let Some(parent) = p.parent().and_then(ElementRef::wrap) else { continue };
        let score: &mut usize = scores.entry(parent.id()).or_default();
        *score += n;
        if best.is_none_or(|(_, b)| *score > b) {
            best = Some((parent, *score));
        }
    }
    let (body, score) = best.ok_or("no paragraphs of text")?;
    if score < 40 {
        return Err(format!("only {score} characters of paragraph text"));
    }
    let title = doc.select(sel("h1")).find(|h| !inside_furniture(*h)).map(text_of).filter(|t| !t.is_empty()).or_else(|| meta(&doc, &["og:title"])).or_else(|| doc.select(sel("title")).next().map(text_of));
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
    let time = doc.select(sel("time[datetime]")).next().and_then(|t| t.value().attr("datetime").map(str::to_owned));
    Ok(Page {
        text: lines.join("\n\n"),
        title,
        date: meta(&doc, &["article:published_time", "pubdate", "publishdate", "datePublished", "date"]).or(time).and_then(|d| iso_date(&d)),
        site: meta(&doc, &["og:site_name", "application-name"]),
        author: meta(&doc, &["author", "article:author"]),
        language: doc.select(sel("html")).next().and_then(|h| h.value().attr("lang").map(str::to_owned)),
        url: doc.select(sel("link[rel=\"canonical\"]")).next().and_then(|l| l.value().attr("href").map(str::to_owned)).or_else(|| meta(&doc, &["og:url"])),
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
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
    let i = head.find("charset=")? + 8;
    let v: String = head[i..].trim_start_matches(['"', '\'']).chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
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
    fn a_page_without_an_article_says_so() {
        assert!(article("<html><body><nav><p>首页 国际 财经 体育 科技</p></nav></body></html>").is_err());
    }
}
