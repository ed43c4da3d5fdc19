//! Newspaper PDF pages: their text in reading order through Poppler's `pdftotext` (Debian
//! `poppler-utils`), which follows columns and keeps each text block together; the text path
//! then joins the lines broken inside sentences as it does for any page.

use std::path::Path;
use std::process::Command;

/// The text of a PDF file, or why there is none (the tool missing, an encrypted or scanned
/// file, a damaged one).
pub fn text(path: &Path) -> Result<String, String> {
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
    // pages are separated by form feeds: keep them as paragraph breaks
    let text = String::from_utf8_lossy(&out.stdout).replace('\u{c}', "\n\n");
    if text.chars().filter(|c| c.is_alphanumeric()).count() < 20 {
        return Err("no text layer (a scanned page?)".to_owned());
    }
    Ok(text)
}
