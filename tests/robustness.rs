//! Bad input, faults and property tests: clear errors, no panics, nothing lost.

mod common;

use common::{graph_counts, sg, write_corpus};

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use assert_cmd::prelude::*;
use predicates::prelude::*;
use proptest::prelude::*;
use silkgraph::lexicon::Lexicon;
use silkgraph::normalize::OrigIndex;
use silkgraph::read::{decode, Article, ArticleMeta, ReadOptions};

fn article(text: String) -> Article {
    Article { id: "p".into(), path: "p.txt".into(), text, meta: ArticleMeta::default(), encoding: "UTF-8", content_hash: String::new(), page_starts: Vec::new() }
}

/// Check the invariants of an extraction of `text`.
fn check(text: &str) {
    let lex = Lexicon::embedded();
    let x = silkgraph::extract::extract(lex, article(text.to_owned()));
    let n = text.chars().count();
    let orig = OrigIndex::new(text);
    let r = silkgraph::report::build(lex, std::slice::from_ref(&x));
    for e in &r.entities {
        for m in &e.mentions {
            assert!(m.start <= m.end && m.end <= n, "{} {}..{} of {n}", e.label, m.start, m.end);
            assert_eq!(orig.slice(m.start, m.end), m.text);
        }
    }
    for rel in &r.relations {
        assert!(rel.evidence.end <= n);
        assert_eq!(orig.slice(rel.evidence.start, rel.evidence.end), rel.evidence.text);
    }
    let again = silkgraph::report::build(lex, &[silkgraph::extract::extract(lex, article(text.to_owned()))]);
    assert_eq!(serde_json::to_string(&r).unwrap(), serde_json::to_string(&again).unwrap(), "deterministic");
}

/// Strings made of the pieces the recognisers react to, glued at random.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "大学", "研究所", "中心", "主任", "副校长", "前司长", "论坛", "主题论坛", "联盟", "项目", "《", "》", "“", "”", "、", ",", "，", "。",
        "\n", "\n\n", " ", "·", "•", "中国", "发展中国家", "哈萨克斯坦", "天津", "在", "举行", "共同成立", "等", "家", "由", "发起", "的",
        "王", "于", "石勇", "阿利", "别克", "入选", "类别", "发布", "与", "■ 记者 ", "本组照片", "摄", "(", ")", "2025", "昨天", "7月10日",
        "國務院", "研究院", "學院", "協會", "中乌", "—", "……", "\u{feff}", "\r\n", "A", "é", "😀",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn any_string_extracts_without_panic_and_with_true_offsets(s in "\\PC*") {
        check(&s);
    }

    #[test]
    fn news_like_strings_keep_every_invariant(s in newsish()) {
        check(&s);
    }

    #[test]
    fn any_bytes_decode_or_fail_cleanly(b in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode(Path::new("x.txt"), &b, &ReadOptions::default());
        let _ = decode(Path::new("x.txt"), &b, &ReadOptions { lossy: true, ..Default::default() });
        let _ = decode(Path::new("x.txt"), &b, &ReadOptions::default().with_encoding_label("big5").unwrap());
    }

    /// Lossy decoding replaces each bad sequence and keeps everything else: nothing is cut
    /// short however many replacements there are (the fuzzer found `FF 06 02` truncated).
    #[test]
    fn lossy_utf8_keeps_every_byte_it_can(b in prop::collection::vec(prop_oneof![any::<u8>(), Just(0xFFu8)], 0..400)) {
        // a byte order mark names the encoding itself (FF FE is UTF-16), whatever --encoding says
        prop_assume!(![&[0xEFu8, 0xBB, 0xBF][..], &[0xFF, 0xFE], &[0xFE, 0xFF]].iter().any(|bom| b.starts_with(bom)));
        let opts = ReadOptions { lossy: true, ..ReadOptions::default().with_encoding_label("utf-8").unwrap() };
        match decode(Path::new("x.txt"), &b, &opts) {
            Ok((text, _)) => prop_assert_eq!(text, String::from_utf8_lossy(&b).into_owned()),
            Err(silkgraph::error::Error::Empty { .. }) => prop_assert!(String::from_utf8_lossy(&b).trim().is_empty()),
            Err(e) => prop_assert!(b.contains(&0), "only NUL bytes and empty files are refused: {}", e),
        }
    }
}

#[test]
fn lossy_decoding_of_a_long_run_of_bad_bytes_keeps_the_text_after_it() {
    let mut bytes = vec![0xFFu8; 1000];
    bytes.extend("天津大学".as_bytes());
    let opts = ReadOptions { lossy: true, ..ReadOptions::default().with_encoding_label("utf-8").unwrap() };
    let (text, _) = decode(Path::new("x.txt"), &bytes, &opts).unwrap();
    assert_eq!(text.chars().filter(|&c| c == '\u{FFFD}').count(), 1000);
    assert!(text.ends_with("天津大学"));
    let (text, _) = decode(Path::new("x.txt"), b"\xff\x06\x02", &opts).unwrap();
    assert_eq!(text, "\u{FFFD}\u{6}\u{2}");
}

/// The in-suite stand-in for a fuzzer: many structured random articles from the generator,
/// mutated byte-wise, through the whole reader and extractor.
#[test]
fn bounded_fuzz_of_reader_and_extractor() {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(42);
    let mut g = common::corpus::Gen::new(42, Lexicon::embedded());
    for i in 0..300 {
        let mut bytes = g.article(i).into_bytes();
        for _ in 0..rng.random_range(0..20) {
            let at = rng.random_range(0..bytes.len());
            bytes[at] = rng.random();
        }
        if let Ok((text, _)) = decode(Path::new("f.txt"), &bytes, &ReadOptions { lossy: true, ..Default::default() }) {
            check(&text);
        }
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn bad_files_get_one_line_errors_naming_file_and_offset() {
    let d = tempfile::tempdir().unwrap();
    let cases: Vec<(std::path::PathBuf, &str)> = vec![
        (write(d.path(), "nul.txt", b"abc\0def"), "NUL byte at byte offset 3"),
        (write(d.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "not a text file"),
        (write(d.path(), "broken.txt", "合作论坛".as_bytes().iter().chain(b"\xff\xfe\xfd abc").copied().collect::<Vec<u8>>().as_slice()), "byte offset 12"),
        (write(d.path(), "empty.txt", b""), "empty"),
        (write(d.path(), "blank.txt", b"  \n\n "), "empty"),
        (d.path().join("missing.txt"), "missing.txt"),
    ];
    for (path, want) in cases {
        let out = sg().arg("extract").arg(&path).output().unwrap();
        assert!(!out.status.success(), "{}", path.display());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(path.file_name().unwrap().to_str().unwrap()), "{err}");
        assert!(err.contains(want), "{}: {err}", path.display());
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(!err.contains("panicked"));
    }
    let ok = write(d.path(), "fine.txt", "天津社会科学院发布《报告》。".as_bytes());
    sg().arg("extract").arg(&ok).args(["--encoding", "klingon"]).assert().failure().stderr(predicate::str::contains("unknown encoding"));
    sg().arg("extract").arg(write(d.path(), "lossy.txt", b"\xe5\xa4\xa9\xe6\xb4\xa5\xff\xe5\xa4\xa7\xe5\xad\xa6")).arg("--lossy").assert().success();
}

#[test]
fn a_huge_article_is_refused_with_the_limit_and_a_megabyte_list_is_linear() {
    let d = tempfile::tempdir().unwrap();
    let big = d.path().join("big.txt");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // sparse: no 100 MB written
    sg().arg("extract").arg(&big).assert().failure().stderr(predicate::str::contains("big.txt").and(predicate::str::contains("limit")));
    // a 1 MB run of 、-separated names: extracted (not refused), every name found
    const DIGITS: [char; 20] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉'];
    let name = |mut i: usize| -> String {
        let mut s: String = (0..4).map(|_| { let c = DIGITS[i % 20]; i /= 20; c }).collect();
        s.push_str("大学");
        s
    };
    let names: Vec<String> = (0..50_000).map(name).collect();
    let text = format!("由{}等高校共同发起的“测试大学联盟”正式成立。", names.join("、"));
    assert!(text.len() > 1_000_000);
    let x = silkgraph::extract::extract(Lexicon::embedded(), article(text));
    let universities = x.entities.iter().filter(|e| e.ty == silkgraph::recognize::EntityType::Organization && e.label.chars().count() == 6).count();
    assert!(universities > 49_000, "{universities}");
}

#[test]
fn malformed_metadata_is_named() {
    let d = tempfile::tempdir().unwrap();
    for (meta, want) in [
        ("date = \"2025-13-45\"", "date"),
        ("language = \"klingon\"", "unknown language"),
        ("id = \"../../etc/passwd\"", "slashes"),
        ("title = ", "meta.toml"),
        ("colour = \"red\"", "colour"),
    ] {
        let art = write(d.path(), "a.txt", "天津社会科学院发布《报告》。".as_bytes());
        write(d.path(), "a.meta.toml", meta.as_bytes());
        sg().arg("extract").arg(&art).assert().failure().stderr(predicate::str::contains("a.meta.toml").and(predicate::str::contains(want)));
    }
}

#[test]
fn names_are_escaped_in_csv_and_tsv() {
    let d = tempfile::tempdir().unwrap();
    // (one ASCII quote: a pair in a Chinese paragraph is read as “ ”, a single one stays)
    let art = write(d.path(), "c.txt", "天津社会科学院发布《报告,\"第一卷》。\n".as_bytes());
    let store = d.path().join("kg");
    sg().arg("build").arg(&art).arg("--store").arg(&store).arg("--quiet").assert().success();
    let q = "SELECT ?d WHERE { ?x a sg:Document ; rdfs:label ?d }";
    let csv = sg().args(["query", "-e", q, "--format", "csv", "--store"]).arg(&store).output().unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.contains("\"报告,\"\"第一卷\""), "{csv}");
    let tsv = sg().args(["query", "-e", q, "--format", "tsv", "--store"]).arg(&store).output().unwrap();
    let tsv = String::from_utf8(tsv.stdout).unwrap();
    assert_eq!(tsv.lines().nth(1).unwrap(), "\"报告,\\\"第一卷\"@zh", "{tsv}");
}

/// Build, kill -9 after `after`, and return whether the kill interrupted it.
fn build_and_kill(corpus: &Path, store: &Path, after: Duration) -> bool {
    let mut child = Command::cargo_bin("silkgraph").unwrap().arg("build").arg(corpus).arg("--store").arg(store).arg("--quiet").spawn().unwrap();
    std::thread::sleep(after);
    let interrupted = child.try_wait().unwrap().is_none();
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
    interrupted
}

#[test]
fn kill_9_during_build_loses_nothing_and_leaves_no_half_article() {
    let d = tempfile::tempdir().unwrap();
    let corpus_dir = d.path().join("corpus");
    write_corpus(&corpus_dir, 9, 2500);
    // the reference: an uninterrupted build
    let reference = d.path().join("ref");
    sg().arg("build").arg(&corpus_dir).arg("--store").arg(&reference).arg("--quiet").assert().success();
    let want = graph_counts(&reference);

    // 1. a fresh build killed: no store, or a complete one; never a partial one
    let fresh = d.path().join("fresh");
    let interrupted = build_and_kill(&corpus_dir, &fresh, Duration::from_millis(700));
    if interrupted {
        assert!(!fresh.join("CURRENT").exists(), "a killed first build leaves no store");
    }
    sg().arg("build").arg(&corpus_dir).arg("--store").arg(&fresh).arg("--quiet").assert().success();
    assert_eq!(graph_counts(&fresh), want);

    // 2. an incremental build (one transaction per article) killed mid-way
    let inc = d.path().join("inc");
    let first = corpus_dir.join("a00000.txt");
    sg().arg("build").arg(&first).arg("--store").arg(&inc).arg("--quiet").assert().success();
    let mut interrupted_once = false;
    for wait in [900, 1500, 2500] {
        if build_and_kill(&corpus_dir, &inc, Duration::from_millis(wait)) {
            interrupted_once = true;
            // every article graph is whole (the shared entity and role graphs fill as articles load)
            let articles = |m: std::collections::BTreeMap<String, usize>| -> std::collections::BTreeMap<String, usize> {
                m.into_iter().filter(|(g, _)| g.starts_with("<https://w3id.org/silkgraph/graph/")).collect()
            };
            let got = articles(graph_counts(&inc));
            let all = articles(want.clone());
            for (g, n) in &got {
                assert_eq!(Some(n), all.get(g), "graph {g} is whole after the kill");
            }
            assert!(got.len() < all.len(), "the kill came before the end");
            break;
        }
    }
    assert!(interrupted_once, "the build was never interrupted: make the corpus bigger");
    sg().arg("build").arg(&corpus_dir).arg("--store").arg(&inc).arg("--quiet").assert().success();
    assert_eq!(graph_counts(&inc), want, "the second build completes the rest, no duplicates");
}
