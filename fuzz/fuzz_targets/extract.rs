//! cargo +nightly fuzz run extract   (or `cargo fuzz run -s none extract` on stable)
//! Any bytes: decoding never panics; any decoded text: extraction keeps its invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use silkgraph::lexicon::Lexicon;
use silkgraph::read::{decode, Article, ArticleMeta, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let path = std::path::Path::new("fuzz.txt");
    let _ = decode(path, data, &ReadOptions::default());
    let Ok((text, _)) = decode(path, data, &ReadOptions { lossy: true, ..Default::default() }) else { return };
    let n = text.chars().count();
    let lex = Lexicon::embedded();
    let article = Article { id: "f".into(), path: path.into(), text, meta: ArticleMeta::default(), encoding: "UTF-8", content_hash: String::new(), page_starts: Vec::new() };
    let x = silkgraph::extract::extract(lex, article);
    let report = silkgraph::report::build(lex, std::slice::from_ref(&x));
    for e in &report.entities {
        for m in &e.mentions {
            assert!(m.start <= m.end && m.end <= n);
        }
    }
});
