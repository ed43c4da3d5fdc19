//! Load throughput (triples/s into an on-disk store with the bulk loader) and query latency.
//!
//! Query latency runs on the store named by SILKGRAPH_BENCH_STORE (e.g. the 100k-article store
//! built by scripts/bench.sh); without it, on a store built here from 2,000 generated articles.

mod corpus;

// as in the silkgraph binary
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use oxigraph::model::Quad;
use silkgraph::extract::extract;
use silkgraph::lexicon::Lexicon;
use silkgraph::rdf::article_quads;
use silkgraph::read::{Article, ArticleMeta};

fn quads(n: usize) -> Vec<Quad> {
    let lex = Lexicon::embedded();
    let mut g = corpus::Gen::new(7, lex);
    (0..n)
        .flat_map(|i| {
            let a = Article { id: format!("a{i}"), path: format!("a{i}.txt").into(), text: g.article(i), meta: ArticleMeta::default(), encoding: "UTF-8", content_hash: format!("{i}"), page_starts: Vec::new() };
            article_quads(lex, &extract(lex, a)).unwrap()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let qs = quads(2000);
    let mut g = c.benchmark_group("bulk_load");
    g.sample_size(10);
    g.throughput(Throughput::Elements(qs.len() as u64));
    g.bench_function("2k_articles_on_disk", |b| {
        b.iter_batched(
            || (tempfile::tempdir().unwrap(), qs.clone()),
            |(dir, qs)| {
                let store = oxigraph::store::Store::open(dir.path()).unwrap();
                let mut l = store.bulk_loader();
                l.load_quads(qs).unwrap();
                l.commit().unwrap();
                dir
            },
            criterion::BatchSize::PerIteration,
        )
    });
    g.finish();

    let (store, _keep) = match std::env::var_os("SILKGRAPH_BENCH_STORE") {
        Some(p) => (oxigraph::store::Store::open_read_only(PathBuf::from(p)).unwrap(), None),
        None => {
            let dir = tempfile::tempdir().unwrap();
            let store = oxigraph::store::Store::open(dir.path()).unwrap();
            let mut l = store.bulk_loader();
            l.load_quads(qs).unwrap();
            l.commit().unwrap();
            (store, Some(dir))
        }
    };
    let mut g = c.benchmark_group("query");
    g.sample_size(20); // the people and documents queries take seconds on the 100k store
    for name in ["think_tanks_by_alliance", "people_posts", "documents_by_publisher"] {
        let q = std::fs::read_to_string(format!("{}/queries/{name}.rq", env!("CARGO_MANIFEST_DIR"))).unwrap();
        g.bench_function(name, |b| {
            b.iter(|| match silkgraph::query::run(&store, &q, name).unwrap() {
                oxigraph::sparql::QueryResults::Solutions(s) => s.count(),
                _ => 0,
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
