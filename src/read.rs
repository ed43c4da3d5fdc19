//! Reading articles: find the files, decode them (UTF-8, GB18030/GBK, Big5, UTF-16),
//! and read the optional metadata sidecar `<name>.meta.toml`.
//!
//! Offsets everywhere in silkgraph are character offsets (Unicode scalar values) into the
//! decoded text of the file, with a leading byte-order mark removed.

use std::path::{Path, PathBuf};

use encoding_rs::{CoderResult, DecoderResult, Encoding};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// Articles above this size are refused: a news article is a few kilobytes, and the
/// recognisers keep a few bytes of index per character in memory.
pub const MAX_ARTICLE_BYTES: u64 = 64 * 1024 * 1024;

/// How to decode article files.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// An encoding label (`utf-8`, `gbk`, `gb18030`, `big5`, `utf-16le` …); detected when `None`.
    pub encoding: Option<&'static Encoding>,
    /// Replace undecodable bytes with U+FFFD instead of failing.
    pub lossy: bool,
}

impl ReadOptions {
    pub fn with_encoding_label(mut self, label: &str) -> Result<Self> {
        let enc = Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| Error::UnknownEncoding(label.to_owned()))?;
        self.encoding = Some(enc);
        Ok(self)
    }
}

/// Metadata of an article, from `<name>.meta.toml` beside `<name>.txt` (all fields optional).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    /// Stable identifier; defaults to the file stem.
    pub id: Option<String>,
    pub title: Option<String>,
    /// Where the text came from: outlet, page, address.
    pub source: Option<String>,
    pub url: Option<String>,
    pub publisher: Option<String>,
    /// BCP 47 tag: zh, zh-Hans, zh-Hant, en …
    pub language: Option<String>,
    /// Publication date, YYYY-MM-DD.
    pub date: Option<String>,
    /// Why the date is what it is, when it is inferred rather than printed.
    pub date_note: Option<String>,
    pub note: Option<String>,
}

const KNOWN_LANGUAGES: &[&str] = &["zh", "zh-Hans", "zh-Hant", "zh-CN", "zh-TW", "zh-HK", "en", "ru"];

impl ArticleMeta {
    fn validate(&self, path: &Path) -> Result<()> {
        let bad = |message: String| Error::Metadata { path: path.to_owned(), message };
        if let Some(d) = &self.date {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|e| bad(format!("date {d:?} is not YYYY-MM-DD ({e})")))?;
        }
        if let Some(l) = &self.language {
            if !KNOWN_LANGUAGES.contains(&l.as_str()) {
                return Err(bad(format!("unknown language {l:?} (known: {})", KNOWN_LANGUAGES.join(", "))));
            }
        }
        if let Some(id) = &self.id {
            if id.is_empty() || id.contains(['/', '\\']) || id.starts_with('.') {
                return Err(bad(format!("id {id:?} must be non-empty, without slashes, not starting with '.'")));
            }
        }
        Ok(())
    }

    pub fn date(&self) -> Option<chrono::NaiveDate> {
        self.date.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    }
}

/// One article file, decoded.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    pub path: PathBuf,
    pub text: String,
    pub meta: ArticleMeta,
    pub encoding: &'static str,
    /// SHA-256 of the file bytes and its metadata: an unchanged article is skipped on rebuild.
    pub content_hash: String,
    /// Where each page starts in `text` (character offsets), for a PDF; empty otherwise.
    pub page_starts: Vec<usize>,
}

/// What a folder's articles may be: text, saved web pages, PDF pages.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "html", "htm", "pdf"];

/// The article files under each path (files as given; folders walked, sorted).
pub fn collect_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            for entry in walkdir::WalkDir::new(p).sort_by_file_name() {
                let entry = entry.map_err(|e| {
                    let path = e.path().unwrap_or(p).to_owned();
                    Error::io(&path, e.into_io_error().unwrap_or_else(|| std::io::Error::other("walk error")))
                })?;
                if entry.file_type().is_file() && entry.path().extension().is_some_and(|x| ARTICLE_EXTENSIONS.iter().any(|e| x.eq_ignore_ascii_case(e))) {
                    found.push(entry.into_path());
                }
            }
            if found.is_empty() {
                return Err(Error::NoArticles { path: p.clone() });
            }
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Read and decode one article with its sidecar metadata.
pub fn read_article(path: &Path, opts: &ReadOptions) -> Result<Article> {
    let size = std::fs::metadata(path).map_err(|e| Error::io(path, e))?.len();
    if size > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge { path: path.to_owned(), size, limit: MAX_ARTICLE_BYTES });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if bytes.is_empty() {
        return Err(Error::Empty { path: path.to_owned() });
    }
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    let mut page_starts = Vec::new();
    let (text, encoding, page) = match ext.as_str() {
        "html" | "htm" => {
            let opts = ReadOptions { encoding: opts.encoding.or_else(|| crate::html::declared_charset(&bytes).and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))), ..opts.clone() };
            let (html, encoding) = decode(path, &bytes, &opts)?;
            let page = crate::html::article(&html).map_err(|reason| Error::NoArticleBody { path: path.to_owned(), reason })?;
            (page.text.clone(), encoding, Some(page))
        }
        "pdf" => {
            let (text, starts) = crate::pdf::text(path).map_err(|message| Error::Pdf { path: path.to_owned(), message })?;
            page_starts = starts;
            (text, "PDF", None)
        }
        _ => {
            let (text, encoding) = decode(path, &bytes, opts)?;
            (text, encoding, None)
        }
    };
    if text.trim().is_empty() {
        return Err(Error::Empty { path: path.to_owned() });
    }
    let meta_path = sidecar_path(path);
    let (meta, meta_bytes) = match std::fs::read(&meta_path) {
        Ok(b) => {
            let s = std::str::from_utf8(&b).map_err(|e| Error::Metadata {
                path: meta_path.clone(),
                message: format!("not UTF-8 at byte offset {}", e.valid_up_to()),
            })?;
            let m: ArticleMeta = toml::from_str(s)
                .map_err(|e| Error::Metadata { path: meta_path.clone(), message: e.to_string().trim().replace('\n', " ") })?;
            m.validate(&meta_path)?;
            (m, b)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (ArticleMeta::default(), Vec::new()),
        Err(e) => return Err(Error::io(&meta_path, e)),
    };
    let mut meta = meta;
    if let Some(p) = page {
        // the sidecar wins; the page fills what it leaves out
        meta.title = meta.title.or(p.title);
        meta.date = meta.date.or(p.date);
        meta.publisher = meta.publisher.or(p.site);
        meta.url = meta.url.or(p.url);
        meta.language = meta.language.or(p.language.filter(|l| KNOWN_LANGUAGES.contains(&l.as_str())));
        meta.note = meta.note.or(Some(format!("text read from the page's {} element; menus, share bars, comments, related links and footers left out{}", p.kept, p.author.map(|a| format!("; author: {a}")).unwrap_or_default())));
    }
    let id = meta.id.clone().unwrap_or_else(|| article_id_from_path(path));
    let mut h = Sha256::new();
    h.update(&bytes);
    h.update([0]);
    h.update(&meta_bytes);
    let content_hash = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok(Article { id, path: path.to_owned(), text, meta, encoding, content_hash, page_starts })
}

/// `foo.txt` → `foo.meta.toml`.
pub fn sidecar_path(path: &Path) -> PathBuf {
    path.with_extension("meta.toml")
}

/// The file stem, kept to characters that are safe in IRIs and file names.
pub fn article_id_from_path(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let id: String = stem
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
        .collect();
    let id = id.trim_start_matches('.').to_owned();
    if id.is_empty() { "article".to_owned() } else { id }
}

/// Decode bytes: a BOM wins, then the requested encoding, then UTF-8 if valid, then detection.
pub fn decode(path: &Path, bytes: &[u8], opts: &ReadOptions) -> Result<(String, &'static str)> {
    if bytes.is_empty() {
        return Err(Error::Empty { path: path.to_owned() });
    }
    let (bom_enc, bom_len) = match Encoding::for_bom(bytes) {
        Some((e, n)) => (Some(e), n),
        None => (None, 0),
    };
    let body = &bytes[bom_len..];
    let enc = match (bom_enc, opts.encoding) {
        (Some(e), _) => e,
        (None, Some(e)) => e,
        (None, None) => {
            match std::str::from_utf8(body) {
                Ok(_) => encoding_rs::UTF_8,
                Err(utf8) => {
                    // Not UTF-8: accept what Chinese news comes in (GBK/GB18030, Big5); anything
                    // else is more likely a broken UTF-8 file than a Latin-1 article.
                    let mut det = chardetng::EncodingDetector::new();
                    det.feed(body, true);
                    let guess = det.guess(Some(b"cn"), true);
                    if guess == encoding_rs::GBK || guess == encoding_rs::GB18030 || guess == encoding_rs::BIG5 {
                        if guess == encoding_rs::GBK { encoding_rs::GB18030 } else { guess }
                    } else {
                        return Err(Error::Decode { path: path.to_owned(), encoding: "UTF-8".into(), offset: bom_len + utf8.valid_up_to() });
                    }
                }
            }
        }
    };
    // UTF-16 legitimately holds NUL bytes; every other encoding here is ASCII-compatible.
    if enc != encoding_rs::UTF_16LE && enc != encoding_rs::UTF_16BE {
        if let Some(offset) = body.iter().position(|&b| b == 0) {
            return Err(Error::Binary { path: path.to_owned(), offset: offset + bom_len });
        }
    }
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(body.len() + body.len() / 2);
    if opts.lossy {
        // Each bad byte becomes a 3-byte U+FFFD: reserve for the worst case, and keep going
        // if the output still fills up (found by the fuzzer: `FF 06 02` was cut short).
        let mut read = 0;
        loop {
            out.reserve(decoder.max_utf8_buffer_length(body.len() - read).unwrap_or(1024));
            let (res, n, _) = decoder.decode_to_string(&body[read..], &mut out, true);
            read += n;
            if matches!(res, CoderResult::InputEmpty) {
                break;
            }
        }
    } else {
        let mut read = 0;
        loop {
            out.reserve(decoder.max_utf8_buffer_length_without_replacement(body.len() - read).unwrap_or(1024));
            let (res, n) = decoder.decode_to_string_without_replacement(&body[read..], &mut out, true);
            read += n;
            match res {
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => continue,
                DecoderResult::Malformed(bad, pending) => {
                    let offset = bom_len + read - bad as usize - pending as usize;
                    return Err(Error::Decode { path: path.to_owned(), encoding: enc.name().to_owned(), offset });
                }
            }
        }
    }
    if out.contains('\0') {
        let offset = out.find('\0').unwrap_or(0);
        return Err(Error::Binary { path: path.to_owned(), offset });
    }
    Ok((out, enc.name()))
}
