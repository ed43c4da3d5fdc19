//! Newspaper PDF pages: their text in reading order through Poppler's `pdftotext` (Debian
//! `poppler-utils`), which follows columns and keeps each text block together; the text path
//! then joins the lines broken inside sentences as it does for any page.

use std::path::Path;
use std::process::Command;

/// The text of a PDF file and where each of its pages starts in it (character offsets, the
/// first page at 0), or why there is none (the tool missing, an encrypted or scanned file, a
/// damaged one).
pub fn text(path: &Path) -> Result<(String, Vec<usize>), String> {
    let out = Command::new("pdftotext").args(["-enc", "UTF-8", "-eol", "unix"]).arg(path).arg("-").output().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            "pdftotext is not installed (Debian: apt-get install poppler-utils)".to_owned()
        } else {
            format!("pdftotext could not run: {e}")
        }
    })?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        let reason = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("pdftotext failed");
        return Err(if reason.contains("ncrypt") || reason.contains("assword") { "the PDF is encrypted".to_owned() } else { reason.trim().to_owned() });
    }
    // pages are separated by form feeds: keep them as paragraph breaks, and where they fall
    let raw = String::from_utf8_lossy(&out.stdout);
    let mut text = String::with_capacity(raw.len());
    let mut page_starts = vec![0];
    let mut chars = 0;
    for c in raw.chars() {
        if c == '\u{c}' {
            text.push_str("\n\n");
            chars += 2;
            page_starts.push(chars);
        } else {
            text.push(c);
            chars += 1;
        }
    }
    // pdftotext ends the last page with a form feed too
    if page_starts.last() == Some(&chars) && page_starts.len() > 1 {
        page_starts.pop();
    }
    if text.chars().filter(|c| c.is_alphanumeric()).count() < 20 {
        return Err("no text layer (a scanned page?)".to_owned());
    }
    Ok((text, page_starts))
}

/// The page (from 1) that the character at `offset` is on, given where pages start.
pub fn page_of(page_starts: &[usize], offset: usize) -> Option<usize> {
    (!page_starts.is_empty()).then(|| page_starts.partition_point(|&s| s <= offset).max(1))
}
