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

    #[error("{path}: no articles (*.txt) found")]
    NoArticles { path: PathBuf },

    #[error("{path}: bad metadata: {message}")]
    Metadata { path: PathBuf, message: String },

    #[error("lexicon {file}, line {line}: {message}")]
    Lexicon { file: String, line: usize, message: String },

    #[error("the store at {path} is in use by another silkgraph process (only one process may write to a store at a time; wait for it to finish)")]
    StoreLocked { path: PathBuf },

    #[error("no store at {path} (run `silkgraph build --store {path}` first)")]
    StoreMissing { path: PathBuf },

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
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io { path: path.to_owned(), source }
    }

    /// Map an oxigraph storage error to plain words: a held RocksDB lock is another process.
    pub fn store(path: &Path, err: impl std::fmt::Display) -> Self {
        let message = err.to_string();
        if message.contains("lock file") || message.contains("LOCK") {
            Error::StoreLocked { path: path.to_owned() }
        } else if message.contains("No such file or directory") && message.contains("CURRENT") {
            Error::StoreMissing { path: path.to_owned() }
        } else {
            Error::Store { path: path.to_owned(), message }
        }
    }
}
