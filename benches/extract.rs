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
    let a = Article { id: "seed".into(), path: "seed.txt".into(), text: seed.clone(), meta: ArticleMeta::default(), encoding: "UTF-8", content_hash: String::new() };
    let mut g = c.benchmark_group("extract_seed_page");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("one_core", |b| b.iter(|| extract(lex, a.clone()).relations.len()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
