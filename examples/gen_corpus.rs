//! Generate a corpus of synthetic news articles in the seed's style, for benchmarks.
//!
//!     cargo run --release --example gen_corpus -- OUT_DIR N [SEED]
//!
//! Same N and SEED, same files. Files go in subfolders of 1000.

#[path = "../benches/corpus.rs"]
mod corpus;

use std::path::PathBuf;

use silkgraph::lexicon::Lexicon;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: gen_corpus OUT_DIR N [SEED]");
        std::process::exit(2);
    }
    let out = PathBuf::from(&args[1]);
    let n: usize = args[2].parse().expect("N is a number");
    let seed: u64 = args.get(3).map(|s| s.parse().expect("SEED is a number")).unwrap_or(2025);
    let mut g = corpus::Gen::new(seed, Lexicon::embedded());
    let mut bytes = 0usize;
    for i in 0..n {
        let dir = out.join(format!("{:04}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&dir).expect("create output folder");
        }
        let text = g.article(i);
        bytes += text.len();
        std::fs::write(dir.join(format!("article-{i:07}.txt")), text).expect("write article");
    }
    eprintln!("wrote {n} articles, {:.1} MB, to {}", bytes as f64 / 1e6, out.display());
}
