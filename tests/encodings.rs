//! The same article in traditional characters, GBK, Big5, UTF-16 and with full-width
//! punctuation gives the same entities as the simplified UTF-8 original.

mod common;

use common::*;
use silkgraph::read::{read_article, ReadOptions};

fn labels_of(path: &std::path::Path, opts: &ReadOptions) -> Vec<(String, String)> {
    let a = read_article(path, opts).unwrap();
    entities(&report(&[silkgraph::extract::extract(silkgraph::lexicon::Lexicon::embedded(), a)]))
}

fn original() -> (String, Vec<(String, String)>) {
    let p = fixture("page_silk_road_forum.txt");
    (std::fs::read_to_string(&p).unwrap(), labels_of(&p, &ReadOptions::default()))
}

#[test]
fn traditional_characters_give_the_simplified_entities() {
    let (text, want) = original();
    let trad = zhconv::zhconv(&text, zhconv::Variant::ZhHant);
    assert_ne!(trad, text, "the conversion changed something");
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("trad.txt");
    std::fs::write(&p, &trad).unwrap();
    assert_eq!(labels_of(&p, &ReadOptions::default()), want);
    // the traditional surface form is kept as an alias of the simplified label
    let a = read_article(&p, &ReadOptions::default()).unwrap();
    let r = report(&[silkgraph::extract::extract(silkgraph::lexicon::Lexicon::embedded(), a)]);
    let e = entity(&r, "陕西省社会科学院");
    assert!(e["aliases"].as_array().unwrap().iter().any(|a| a == "陝西省社會科學院"), "{e}");
}

#[test]
fn gbk_and_gb18030_are_detected() {
    let (text, want) = original();
    let (bytes, _, bad) = encoding_rs::GBK.encode(&text);
    assert!(!bad);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("gbk.txt");
    std::fs::write(&p, &bytes).unwrap();
    assert_eq!(labels_of(&p, &ReadOptions::default()), want, "detected");
    assert_eq!(labels_of(&p, &ReadOptions::default().with_encoding_label("gb18030").unwrap()), want, "named");
}

#[test]
fn big5_traditional_text() {
    let (text, want) = original();
    let trad = zhconv::zhconv(&text, zhconv::Variant::ZhTW);
    let (bytes, _, bad) = encoding_rs::BIG5.encode(&trad);
    assert!(!bad, "the fixture is representable in Big5");
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big5.txt");
    std::fs::write(&p, &bytes).unwrap();
    let got = labels_of(&p, &ReadOptions::default().with_encoding_label("big5").unwrap());
    assert_eq!(got, want);
}

#[test]
fn utf16_with_bom_and_utf8_with_bom() {
    let (text, want) = original();
    let dir = tempfile::tempdir().unwrap();
    let p16 = dir.path().join("u16.txt");
    let mut b = vec![0xff, 0xfe];
    for u in text.encode_utf16() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(&p16, &b).unwrap();
    assert_eq!(labels_of(&p16, &ReadOptions::default()), want);
    let p8 = dir.path().join("u8bom.txt");
    std::fs::write(&p8, [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat()).unwrap();
    assert_eq!(labels_of(&p8, &ReadOptions::default()), want);
}

#[test]
fn full_width_and_half_width_punctuation_read_the_same() {
    let (text, want) = original();
    let full: String = text.chars().map(|c| match c { ',' => '，', ':' => '：', ';' => '；', '(' => '（', ')' => '）', '!' => '！', '?' => '？', c => c }).collect();
    assert_ne!(full, text);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("full.txt");
    std::fs::write(&p, &full).unwrap();
    assert_eq!(labels_of(&p, &ReadOptions::default()), want);
}
