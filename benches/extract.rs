//! Extraction throughput (MB/s of UTF-8 text, articles/s) on the generated corpus, one core
//! and all cores. No I/O: articles are generated in memory first.

mod corpus;

// as in the silkgraph binary
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use silkgraph::extract::extract;
use silkgraph::lexicon::Lexicon;
use silkgraph::read::{Article, ArticleMeta};

fn articles(n: usize) -> Vec<Article> {
    let lex = Lexicon::embedded();
    let mut g = corpus::Gen::new(2025, lex);
    (0..n)
        .map(|i| Article {
            id: format!("a{i}"),
            path: format!("a{i}.txt").into(),
            text: g.article(i),
            meta: ArticleMeta::default(),
            encoding: "UTF-8",
            content_hash: String::new(),
            page_starts: Vec::new(),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let lex = Lexicon::embedded();
    let arts = articles(1000);
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("extract_1k_articles");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("one_core", |b| b.iter(|| arts.iter().cloned().map(|a| extract(lex, a).relations.len()).sum::<usize>()));
    g.bench_function("all_cores", |b| b.iter(|| arts.par_iter().cloned().map(|a| extract(lex, a).relations.len()).sum::<usize>()));
    g.finish();
    let mut g = c.benchmark_group("extract_1k_articles_count");
    g.sample_size(10);
    g.throughput(Throughput::Elements(arts.len() as u64));
    g.bench_function("one_core", |b| b.iter(|| arts.iter().cloned().map(|a| extract(lex, a).relations.len()).sum::<usize>()));
    g.finish();
    let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/articles/tianjin-daily-2025-sco-digital-economy-forum.txt")).unwrap();
    let a = Article { id: "seed".into(), path: "seed.txt".into(), text: seed.clone(), meta: ArticleMeta::default(), encoding: "UTF-8", content_hash: String::new(), page_starts: Vec::new() };
    let mut g = c.benchmark_group("extract_seed_page");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("one_core", |b| b.iter(|| extract(lex, a.clone()).relations.len()));
    g.finish();
}

/// An article as a saved news page: menu, share bar, the paragraphs, related links, comments.
fn as_page(text: &str) -> String {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let title = lines.next().unwrap_or("");
    let body: String = lines.map(|l| format!("<p>{l}</p>\n")).collect();
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title>\
<meta property=\"article:published_time\" content=\"2025-07-11T08:00:00+08:00\"></head><body>\
<nav><ul><li><a href=\"/\">首页</a></li><li><a href=\"/news\">新闻</a></li><li><a href=\"/intl\">国际</a></li></ul></nav>\
<div class=\"share\">分享到:微信 微博</div><div class=\"article\"><h1>{title}</h1>{body}</div>\
<div class=\"related\"><h3>相关新闻</h3><ul><li><a href=\"/a\">东岭论坛开幕</a></li><li><a href=\"/b\">南川大学代表团来访</a></li></ul></div>\
<div class=\"comments\">发表评论</div><footer>版权所有</footer></body></html>"
    )
}

/// Reading a saved page costs on top of extraction: extraction from the text alone, then the
/// page's article found by the HTML reader and extracted, per byte of article text.
fn bench_html(c: &mut Criterion) {
    let lex = Lexicon::embedded();
    let arts = articles(1000);
    let pages: Vec<String> = arts.iter().map(|a| as_page(&a.text)).collect();
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("html_reading_1k_articles");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("text", |b| b.iter(|| arts.iter().cloned().map(|a| extract(lex, a).relations.len()).sum::<usize>()));
    g.bench_function("html_page", |b| {
        b.iter(|| {
            arts.iter()
                .zip(&pages)
                .map(|(a, page)| {
                    let text = silkgraph::html::article(page).expect("an article body").text;
                    extract(lex, Article { text, ..a.clone() }).relations.len()
                })
                .sum::<usize>()
        })
    });
    let page_texts: Vec<Article> = arts.iter().zip(&pages).map(|(a, p)| Article { text: silkgraph::html::article(p).unwrap().text, ..a.clone() }).collect();
    g.bench_function("page_text_only", |b| b.iter(|| page_texts.iter().cloned().map(|a| extract(lex, a).relations.len()).sum::<usize>()));
    g.bench_function("reader_only", |b| b.iter(|| pages.iter().map(|p| silkgraph::html::article(p).unwrap().text.len()).sum::<usize>()));
    g.bench_function("parse_only", |b| b.iter(|| pages.iter().map(|p| scraper::Html::parse_document(p).errors.len()).sum::<usize>()));
    g.finish();
}

criterion_group!(benches, bench, bench_html);
criterion_main!(benches);
