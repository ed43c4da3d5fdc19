//! Saved web pages and PDF pages: the same article as text, as a page with its furniture and
//! as a PDF gives the same entities and relations, and nothing comes from the furniture.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::prelude::*;
use common::*;

/// (type, label) and (subject, predicate, object) of an extraction, for comparing forms.
fn facts(path: &Path) -> (BTreeSet<(String, String)>, BTreeSet<(String, String, String)>) {
    let r = report(&[extract_file(path)]);
    let ents = entities(&r).into_iter().collect();
    let rels = relations(&r).into_iter().map(|(s, p, o, _)| (s, p, o)).collect();
    (ents, rels)
}

/// A one-page PDF whose lines are the paragraphs of `text` (Helvetica, ASCII), written by hand
/// so the test needs no PDF library: the objects, the cross-reference table and the trailer.
fn write_pdf(text: &str, out: &Path) {
    let mut content = String::from("BT /F1 9 Tf 40 800 Td 11 TL\n");
    for para in text.split("\n\n") {
        // wrap at about 100 characters, as a printed column would
        let mut line = String::new();
        for w in para.split_whitespace() {
            if line.len() + w.len() > 100 {
                content.push_str(&format!("({}) Tj T*\n", line.replace('(', "\\(").replace(')', "\\)")));
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        content.push_str(&format!("({}) Tj T* T*\n", line.replace('(', "\\(").replace(')', "\\)")));
    }
    content.push_str("ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{}\nendstream", content.len(), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n{}\nendobj\n", i + 1, o).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        pdf.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    pdf.extend(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes());
    std::fs::write(out, pdf).unwrap();
}

#[test]
fn a_saved_page_gives_what_its_text_gives_and_nothing_from_its_furniture() {
    let (page_ents, page_rels) = facts(&fixture("en_forum_page.html"));
    let (text_ents, text_rels) = facts(&fixture("en_forum_page.txt"));
    assert_eq!(page_ents, text_ents);
    assert_eq!(page_rels, text_rels);
    for furniture in ["Northern Mountain University", "Winter Science Summit", "Harbin", "Anna Berg", "Ocean Policy Institute", "Harbour Times Media Group", "Ministry of Sports News"] {
        assert!(!page_ents.iter().any(|(_, l)| l == furniture), "{furniture} came from the page's furniture");
    }
    // the page's metadata fills the article's
    let x = extract_file(&fixture("en_forum_page.html"));
    assert_eq!(x.article.meta.date.as_deref(), Some("2025-07-10"));
    assert_eq!(x.article.meta.publisher.as_deref(), Some("Harbour Times"));
    assert_eq!(x.article.meta.url.as_deref(), Some("https://example.org/news/coastal-forum"));
    assert!(x.article.meta.note.as_deref().is_some_and(|n| n.contains("div#article-body")));
}

#[test]
fn a_pdf_page_gives_what_its_text_gives() {
    let d = tempfile::tempdir().unwrap();
    let pdf = d.path().join("forum.pdf");
    write_pdf(&std::fs::read_to_string(fixture("en_forum_page.txt")).unwrap(), &pdf);
    let (pdf_ents, pdf_rels) = facts(&pdf);
    let (text_ents, text_rels) = facts(&fixture("en_forum_page.txt"));
    assert_eq!(pdf_ents, text_ents);
    assert_eq!(pdf_rels, text_rels);
}

#[test]
fn a_folder_of_text_pages_and_pdfs_builds_and_bad_files_are_named() {
    let d = tempfile::tempdir().unwrap();
    let arts = d.path().join("arts");
    std::fs::create_dir(&arts).unwrap();
    std::fs::copy(fixture("en_forum_page.html"), arts.join("a.html")).unwrap();
    write_pdf(&std::fs::read_to_string(fixture("en_forum_page.txt")).unwrap(), &arts.join("b.pdf"));
    std::fs::copy(fixture("web_bishkek_seminar.txt"), arts.join("c.txt")).unwrap();
    let out = sg().arg("build").arg(&arts).arg("--store").arg(d.path().join("kg")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("3 articles"), "{}", String::from_utf8_lossy(&out.stderr));
    // a page with no article, and a damaged PDF: one line naming the file and the reason
    std::fs::write(arts.join("menu.html"), "<html><body><nav><p>Home World Business</p></nav></body></html>").unwrap();
    std::fs::write(arts.join("broken.pdf"), b"%PDF-1.4\nnot really a pdf").unwrap();
    let out = sg().arg("build").arg(&arts).arg("--store").arg(d.path().join("kg2")).arg("--quiet").output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.pdf") || err.contains("menu.html"), "{err}");
    // --keep-going loads the others and names what it skipped
    let out = sg().arg("build").arg(&arts).arg("--store").arg(d.path().join("kg3")).arg("--keep-going").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("3 loaded"), "{err}");
    assert!(err.contains("menu.html") && err.contains("no article body"), "{err}");
    assert!(err.contains("broken.pdf"), "{err}");
}

/// The article set in two columns and printed to PDF by headless Chromium (Debian `chromium`,
/// installed by .ci/run), as an e-paper page: CJK text read back in reading order.
fn print_two_columns(text: &str, dir: &Path) -> std::path::PathBuf {
    let mut paras = text.lines().filter(|l| !l.trim().is_empty());
    let title = paras.next().unwrap();
    let body: String = paras.map(|p| format!("<p>{p}</p>")).collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>body{{font-family:\"WenQuanYi Micro Hei\",sans-serif;font-size:13px}}\
         .cols{{column-count:2;column-gap:2em}}</style></head><body><h1>{title}</h1><div class=\"cols\">{body}</div></body></html>"
    );
    print_to_pdf(&html, dir, "page")
}

/// An HTML page printed to `DIR/NAME.pdf` by headless Chromium.
fn print_to_pdf(html: &str, dir: &Path, name: &str) -> std::path::PathBuf {
    let page = dir.join(format!("{name}.html"));
    std::fs::write(&page, html).unwrap();
    let pdf = dir.join(format!("{name}.pdf"));
    let out = std::process::Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer"])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("headless Chromium (CI installs Debian's chromium)");
    assert!(pdf.exists(), "chromium printed nothing: {}", String::from_utf8_lossy(&out.stderr));
    pdf
}

#[test]
fn a_two_column_page_printed_by_a_browser_gives_what_its_text_gives() {
    let d = tempfile::tempdir().unwrap();
    let source = fixture("web_think_tank_alliance_founders.txt");
    let pdf = print_two_columns(&std::fs::read_to_string(&source).unwrap(), d.path());
    let (pdf_ents, pdf_rels) = facts(&pdf);
    let (text_ents, text_rels) = facts(&source);
    assert!(text_rels.len() >= 10, "{text_rels:?}");
    assert_eq!(pdf_ents, text_ents);
    assert_eq!(pdf_rels, text_rels);
}

/// Paragraphs printed by headless Chromium on two pages (a CSS page break between them).
fn print_two_pages(title: &str, first: &[&str], second: &[&str], dir: &Path) -> std::path::PathBuf {
    let paras = |ps: &[&str]| ps.iter().map(|p| format!("<p>{p}</p>")).collect::<String>();
    let html = format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>body{{font-family:\"WenQuanYi Micro Hei\",sans-serif;font-size:13px}}</style></head>\
         <body><h1>{title}</h1>{}<div style=\"break-before:page\">{}</div></body></html>",
        paras(first),
        paras(second)
    );
    print_to_pdf(&html, dir, "pages")
}

#[test]
fn the_evidence_of_a_pdf_names_the_page_it_is_on() {
    let d = tempfile::tempdir().unwrap();
    let pdf = print_two_pages(
        "东岭智库联盟成立",
        &["5月8日,东岭智库联盟成立大会在南川举行。东岭大学校长李华出席并致辞。"],
        &["西河研究院院长周立群表示,联盟将推动区域合作。", "北湖大学副校长王明出席。"],
        d.path(),
    );
    let r = report(&[extract_file(&pdf)]);
    let page_of = |subject: &str| {
        r["relations"].as_array().unwrap().iter().find(|x| x["evidence"]["text"].as_str().unwrap_or("").contains(subject)).map(|x| x["evidence"]["page"].as_u64())
    };
    assert_eq!(page_of("李华"), Some(Some(1)), "{:#}", r["relations"]);
    assert_eq!(page_of("周立群"), Some(Some(2)), "{:#}", r["relations"]);
    assert_eq!(page_of("王明"), Some(Some(2)), "{:#}", r["relations"]);
    // a text file has no pages
    let txt = d.path().join("a.txt");
    std::fs::write(&txt, "东岭大学校长李华出席东岭论坛并致辞。").unwrap();
    let r = report(&[extract_file(&txt)]);
    assert!(r["relations"].as_array().unwrap().iter().all(|x| x["evidence"].get("page").is_none()), "{:#}", r["relations"]);
    // and the store keeps the page with the evidence sentence
    let store = d.path().join("store");
    sg().arg("build").arg(&pdf).arg("--store").arg(&store).arg("--quiet").assert().success();
    let out = sg().arg("--store").arg(&store).args(["query", "-e", "SELECT ?p WHERE { ?s a sg:EvidenceSentence ; sg:text ?t ; sg:page ?p FILTER(CONTAINS(?t, \"周立群\")) }", "--format", "csv"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().nth(1), Some("2"));
}
