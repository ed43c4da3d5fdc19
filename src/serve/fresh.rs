//! The store as the server reads it: opened read-only, and opened again when a `build` has
//! committed since (RocksDB writes a new MANIFEST or appends to it on every commit), so the
//! server shows new articles without a restart and never holds the writer's lock.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use oxigraph::store::Store;

use crate::error::Result;

/// What changes when a build commits: the MANIFEST's name, length and modification time.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fingerprint(String, u64, Option<SystemTime>);

fn fingerprint(dir: &Path) -> Option<Fingerprint> {
    let current = std::fs::read_to_string(dir.join("CURRENT")).ok()?;
    let manifest = current.trim().to_owned();
    let meta = std::fs::metadata(dir.join(&manifest)).ok()?;
    Some(Fingerprint(manifest, meta.len(), meta.modified().ok()))
}

pub struct FreshStore {
    dir: PathBuf,
    open: Mutex<Option<(Fingerprint, Arc<Store>)>>,
    /// Counts the opens: answers cached under one generation are valid until the next.
    generation: std::sync::atomic::AtomicU64,
}

impl FreshStore {
    /// Opens the store once now, so a missing or broken store is reported at start.
    pub fn open(dir: &Path) -> Result<Self> {
        let fresh = FreshStore { dir: dir.to_owned(), open: Mutex::new(None), generation: Default::default() };
        fresh.current()?;
        Ok(fresh)
    }

    /// The store as last committed, and its generation.
    pub fn current(&self) -> Result<(Arc<Store>, u64)> {
        use std::sync::atomic::Ordering;
        let now = fingerprint(&self.dir);
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((seen, store)) = open.as_ref() {
            if Some(seen) == now.as_ref() {
                return Ok((store.clone(), self.generation.load(Ordering::Relaxed)));
            }
        }
        let store = Arc::new(crate::store::open_read_only(&self.dir)?);
        // the fingerprint after opening: a commit during the open is seen on the next request
        *open = fingerprint(&self.dir).map(|f| (f, store.clone()));
        Ok((store, self.generation.fetch_add(1, Ordering::Relaxed) + 1))
    }
}
