//! The library's error type: every variant names the file or store it is about.

use std::path::{Path, PathBuf};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },

    #[error("{path}: not valid {encoding} text: undecodable bytes at byte offset {offset} (use --lossy to replace them, or --encoding to name the encoding)")]
    Decode { path: PathBuf, encoding: String, offset: usize },

    #[error("{path}: not a text file (NUL byte at byte offset {offset})")]
    Binary { path: PathBuf, offset: usize },

    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },

    #[error("{path}: {size} bytes is larger than the limit of {limit} bytes for one article")]
    TooLarge { path: PathBuf, size: u64, limit: u64 },

    #[error("unknown encoding {0:?} (try utf-8, gb18030, gbk, big5, utf-16le, utf-16be)")]
    UnknownEncoding(String),

    #[error("{path}: no articles (*.txt, *.html, *.htm, *.pdf) found")]
    NoArticles { path: PathBuf },

    #[error("{path}: no article body found in the page ({reason})")]
    NoArticleBody { path: PathBuf, reason: String },

    #[error("{path}: cannot read the PDF: {message}")]
    Pdf { path: PathBuf, message: String },

    #[error("{path}: bad metadata: {message}")]
    Metadata { path: PathBuf, message: String },

    #[error("lexicon {file}, line {line}: {message}")]
    Lexicon { file: String, line: usize, message: String },

    #[error("the store at {path} is in use by another silkgraph process (only one process may write to a store at a time; wait for it to finish)")]
    StoreLocked { path: PathBuf },

    #[error("no store at {path} (run `silkgraph build --store {path}` first)")]
    StoreMissing { path: PathBuf },

    #[error("the store at {path} changed while being read (another process is writing to it); run the command again when the writer has finished")]
    StoreChanged { path: PathBuf },

    #[error("the store at {path} cannot be written: {reason} (articles committed before the failure are intact; no article is half-written)")]
    StoreNotWritable { path: PathBuf, reason: String },

    #[error("store at {path}: {message}")]
    Store { path: PathBuf, message: String },

    #[error("{origin}: SPARQL syntax error: {message}")]
    SparqlSyntax { origin: String, message: String },

    #[error("{origin}: query failed: {message}")]
    Query { origin: String, message: String },

    #[error("{0}")]
    Rdf(String),

    #[error("{0}")]
    Usage(String),

    #[error("remote store {url}: {message} (what the server accepted is recorded there; run the build again to complete it)")]
    Remote { url: String, message: String },
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io { path: path.to_owned(), source }
    }

    /// Map an oxigraph storage error to plain words: a held RocksDB lock is another process,
    /// a vanished table, manifest or write-ahead log file is a writer compacting or flushing
    /// under a reader, and a failed write is
    /// a full disk or a folder without write permission.
    pub fn store(path: &Path, err: impl std::fmt::Display) -> Self {
        let message = err.to_string();
        let path = path.to_owned();
        let write = write_failure(&message);
        let vanished = message.contains("No such file or directory");
        if (message.contains("lock file") || message.contains("LOCK")) && write.is_none() {
            Error::StoreLocked { path }
        } else if vanished && message.contains("CURRENT") {
            Error::StoreMissing { path }
        } else if vanished && [".sst", "MANIFEST", ".log"].iter().any(|file| message.contains(file)) {
            Error::StoreChanged { path }
        } else if let Some(reason) = write {
            Error::StoreNotWritable { path, reason: reason.to_owned() }
        } else {
            Error::Store { path, message }
        }
    }

    /// A query that failed inside the store gets the same plain words as [`Error::store`].
    pub fn query(origin: &str, err: impl std::fmt::Display) -> Self {
        let message = match Error::store(Path::new("<store>"), &err) {
            Error::Store { message, .. } => message,
            Error::StoreChanged { .. } => "the store changed while being read (another process is writing to it); run the query again when the writer has finished".to_owned(),
            plain => plain.to_string(),
        };
        Error::Query { origin: origin.to_owned(), message }
    }
}

/// The OS reason behind a failed store write, in the words users know.
fn write_failure(message: &str) -> Option<&'static str> {
    [
        ("No space left on device", "no space left on the device"),
        ("File too large", "the file size limit was reached (ulimit -f)"),
        ("Disk quota exceeded", "the disk quota is exceeded"),
        ("Read-only file system", "the file system is read-only"),
        ("Permission denied", "permission denied (the folder or its files are read-only)"),
    ]
    .into_iter()
    .find(|(os, _)| message.contains(os))
    .map(|(_, plain)| plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(message: &str) -> Error {
        Error::store(Path::new("/data/kg"), message)
    }

    #[test]
    fn files_a_writer_removes_under_a_reader_mean_the_store_changed() {
        for file in ["000012.sst", "MANIFEST-000005", "000008.log"] {
            let e = mapped(&format!("IO error: No such file or directory: While opening a file for sequentially reading: /data/kg/{file}: No such file or directory"));
            assert!(matches!(e, Error::StoreChanged { .. }), "{file}: {e:?}");
        }
    }

    #[test]
    fn a_missing_current_file_is_no_store_and_other_errors_keep_their_words() {
        let e = mapped("IO error: No such file or directory: While opening a file for sequentially reading: /data/kg/CURRENT: No such file or directory");
        assert!(matches!(e, Error::StoreMissing { .. }), "{e:?}");
        let e = mapped("Corruption: bad block in 000012.sst");
        assert!(matches!(e, Error::Store { .. }), "a corrupt table is not a passing change: {e:?}");
        let e = mapped("IO error: No space left on device: /data/kg/000008.log");
        assert!(matches!(e, Error::StoreNotWritable { .. }), "{e:?}");
    }
}
