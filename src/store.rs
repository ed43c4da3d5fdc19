//! The Oxigraph store: open it (with plain-words errors for locks and missing stores), and
//! load articles without ever leaving a half-written article behind.
//!
//! - A brand-new store is bulk-loaded (fast, not atomic) into a temporary folder beside the
//!   target, which is renamed into place only when the load has committed: a killed first
//!   build leaves no store, never a partial one.
//! - An existing store is updated article by article, each in one transaction that drops
//!   the article's named graph and writes the new one: after a kill, every article is
//!   either wholly in the store or wholly absent. An article whose content hash is already
//!   in the store is skipped.

use std::path::{Path, PathBuf};

use oxigraph::model::vocab::rdf;
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, QuadRef, Term};
use oxigraph::store::Store;

use crate::error::{Error, Result};
use crate::iri::{self, ONTOLOGY};

/// Default store folder, relative to the working directory (covered by .gitignore).
pub const DEFAULT_STORE: &str = "silkgraph-store";

pub fn open_read_write(path: &Path) -> Result<Store> {
    #[cfg(feature = "rocksdb")]
    {
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        Store::open(path).map_err(|e| Error::store(path, e))
    }
    #[cfg(not(feature = "rocksdb"))]
    {
        Err(Error::Store { path: path.to_owned(), message: "this build has no on-disk store (built without the `rocksdb` feature)".into() })
    }
}

/// Open for reading. Works while another process writes (RocksDB read-only mode); the
/// reader sees the store as it was when it opened.
///
/// A writer that compacts deletes table files; if that happens between the reader reading
/// the MANIFEST and opening the files, the open fails with a vanished file. The store is
/// fine, the reader only saw a moment of change, so it opens again a few times before
/// saying so.
pub fn open_read_only(path: &Path) -> Result<Store> {
    if !path.join("CURRENT").exists() {
        return Err(Error::StoreMissing { path: path.to_owned() });
    }
    #[cfg(feature = "rocksdb")]
    {
        const ATTEMPTS: u32 = 8;
        let mut attempt = 1;
        loop {
            match Store::open_read_only(path).map_err(|e| Error::store(path, e)) {
                Err(Error::StoreChanged { .. }) if attempt < ATTEMPTS => {
                    std::thread::sleep(std::time::Duration::from_millis(10 << attempt));
                    attempt += 1;
                }
                other => return other,
            }
        }
    }
    #[cfg(not(feature = "rocksdb"))]
    {
        Err(Error::Store { path: path.to_owned(), message: "this build has no on-disk store (built without the `rocksdb` feature)".into() })
    }
}

pub fn exists(path: &Path) -> bool {
    path.join("CURRENT").exists()
}

fn content_hash_pred() -> NamedNode {
    NamedNode::new_unchecked(format!("{ONTOLOGY}contentHash"))
}

/// The content hash recorded for an article, if the store holds it.
pub fn stored_hash(store: &Store, article_id: &str) -> Result<Option<String>> {
    let g = NamedNode::new_unchecked(iri::graph(article_id));
    let a = NamedNode::new_unchecked(iri::article(article_id));
    let pred = content_hash_pred();
    let mut it = store.quads_for_pattern(Some(a.as_ref().into()), Some(pred.as_ref()), None, Some(GraphNameRef::NamedNode(g.as_ref())));
    match it.next() {
        Some(Ok(q)) => Ok(match q.object {
            Term::Literal(l) => Some(l.value().to_owned()),
            _ => None,
        }),
        Some(Err(e)) => Err(Error::Store { path: PathBuf::new(), message: e.to_string() }),
        None => Ok(None),
    }
}

/// Replace one article's graph atomically.
pub fn replace_article(store: &Store, path: &Path, article_id: &str, quads: &[Quad]) -> Result<()> {
    replace_graph(store, path, &iri::graph(article_id), quads)
}

/// Replace a named graph atomically: after a crash it is either the old or the new one.
/// Facts in the shared entities graph that no article states any more, and descriptions of
/// entities no article mentions, go in the same transaction.
pub fn replace_graph(store: &Store, path: &Path, graph: &str, quads: &[Quad]) -> Result<()> {
    let g = NamedNode::new_unchecked(graph);
    let mut tx = store.start_transaction().map_err(|e| Error::store(path, e))?;
    let uses = SharedUses::of(&tx, g.as_ref(), path)?;
    tx.clear_graph(GraphNameRef::NamedNode(g.as_ref())).map_err(|e| Error::store(path, e))?;
    tx.insert_named_graph(g.as_ref());
    tx.extend(quads.iter());
    uses.drop_unused(&mut tx, path)?;
    tx.commit().map_err(|e| Error::store(path, e))
}

/// What an article graph uses of the shared entities graph: the entities it mentions and the
/// facts it states. Read before the graph goes; afterwards, whatever no article uses any
/// more leaves the shared graph in the same transaction.
struct SharedUses {
    mentioned: Vec<Term>,
    stated: Vec<Stated>,
}

impl SharedUses {
    fn of(tx: &oxigraph::store::Transaction<'_>, g: NamedNodeRef<'_>, path: &Path) -> Result<Self> {
        Ok(Self { mentioned: mentioned(tx, g, path)?, stated: stated(tx, g, path)? })
    }

    fn drop_unused(self, tx: &mut oxigraph::store::Transaction<'_>, path: &Path) -> Result<()> {
        drop_unstated(tx, self.stated, path)?;
        drop_unmentioned(tx, self.mentioned, path)
    }
}

fn post_pred() -> NamedNode {
    NamedNode::new_unchecked(format!("{ONTOLOGY}post"))
}

fn shared_graph() -> NamedNode {
    NamedNode::new_unchecked(crate::rdf::ENTITIES_GRAPH)
}

/// Remove everything the shared graph says about `subject`.
fn remove_shared_description(tx: &mut oxigraph::store::Transaction<'_>, subject: NamedNodeRef<'_>, path: &Path) -> Result<()> {
    let shared = shared_graph();
    let stale: Vec<Quad> = tx
        .quads_for_pattern(Some(subject.into()), None, None, Some(GraphNameRef::NamedNode(shared.as_ref())))
        .collect::<Result<_, _>>()
        .map_err(|e| Error::store(path, e))?;
    for q in &stale {
        tx.remove(q);
    }
    Ok(())
}

/// A fact an article graph states through an `rdf:Statement`, with the ORG post it implies.
struct Stated {
    subject: NamedNode,
    predicate: NamedNode,
    object: Term,
    post: Option<NamedNode>,
}

fn first_object(tx: &oxigraph::store::Transaction<'_>, s: NamedOrBlankNodeRef<'_>, p: NamedNodeRef<'_>, g: GraphNameRef<'_>, path: &Path) -> Result<Option<Term>> {
    tx.quads_for_pattern(Some(s), Some(p), None, Some(g)).next().transpose().map(|q| q.map(|q| q.object)).map_err(|e| Error::store(path, e))
}

/// The facts an article graph states (read before the graph is replaced or removed).
fn stated(tx: &oxigraph::store::Transaction<'_>, g: NamedNodeRef<'_>, path: &Path) -> Result<Vec<Stated>> {
    let g = GraphNameRef::NamedNode(g);
    let post_pred = post_pred();
    let mut out = Vec::new();
    for q in tx.quads_for_pattern(None, Some(rdf::SUBJECT), None, Some(g)) {
        let q = q.map_err(|e| Error::store(path, e))?;
        let (Term::NamedNode(subject), st) = (q.object, q.subject) else { continue };
        let st = st.as_ref();
        let (Some(Term::NamedNode(predicate)), Some(object)) = (first_object(tx, st, rdf::PREDICATE, g, path)?, first_object(tx, st, rdf::OBJECT, g, path)?) else { continue };
        let post = match first_object(tx, st, post_pred.as_ref(), g, path)? {
            Some(Term::NamedNode(p)) => Some(p),
            _ => None,
        };
        out.push(Stated { subject, predicate, object, post });
    }
    Ok(out)
}

/// Remove from the shared graph the facts (and ORG posts) that no article states any more.
fn drop_unstated(tx: &mut oxigraph::store::Transaction<'_>, facts: Vec<Stated>, path: &Path) -> Result<()> {
    let shared = shared_graph();
    let shared = GraphNameRef::NamedNode(shared.as_ref());
    let post_pred = post_pred();
    let holds = NamedNode::new_unchecked(format!("{}holds", crate::rdf::ORG));
    let serr = |e| Error::store(path, e);
    for f in facts {
        let mut still = false;
        for q in tx.quads_for_pattern(None, Some(rdf::SUBJECT), Some(f.subject.as_ref().into()), None) {
            let q = q.map_err(serr)?;
            let g = q.graph_name.as_ref();
            let st = q.subject.as_ref();
            if tx.contains(QuadRef::new(st, rdf::PREDICATE, f.predicate.as_ref(), g)).map_err(serr)?
                && tx.contains(QuadRef::new(st, rdf::OBJECT, f.object.as_ref(), g)).map_err(serr)?
            {
                still = true;
                break;
            }
        }
        if !still {
            tx.remove(QuadRef::new(f.subject.as_ref(), f.predicate.as_ref(), f.object.as_ref(), shared));
        }
        let Some(post) = f.post else { continue };
        if tx.quads_for_pattern(None, Some(post_pred.as_ref()), Some(post.as_ref().into()), None).next().transpose().map_err(serr)?.is_some() {
            continue;
        }
        remove_shared_description(tx, post.as_ref(), path)?;
        tx.remove(QuadRef::new(f.subject.as_ref(), holds.as_ref(), post.as_ref(), shared));
    }
    Ok(())
}

fn mentions_pred() -> NamedNode {
    NamedNode::new_unchecked(format!("{}mentions", crate::rdf::SCHEMA))
}

/// Entities an article graph mentions.
fn mentioned(tx: &oxigraph::store::Transaction<'_>, g: NamedNodeRef<'_>, path: &Path) -> Result<Vec<Term>> {
    let p = mentions_pred();
    tx.quads_for_pattern(None, Some(p.as_ref()), None, Some(GraphNameRef::NamedNode(g)))
        .map(|q| q.map(|q| q.object).map_err(|e| Error::store(path, e)))
        .collect()
}

/// Remove the shared descriptions of those `candidates` that no article graph mentions now.
fn drop_unmentioned(tx: &mut oxigraph::store::Transaction<'_>, candidates: Vec<Term>, path: &Path) -> Result<()> {
    let p = mentions_pred();
    for e in candidates {
        let still = tx.quads_for_pattern(None, Some(p.as_ref()), Some(e.as_ref()), None).next().transpose().map_err(|err| Error::store(path, err))?.is_some();
        if let (false, Term::NamedNode(n)) = (still, &e) {
            remove_shared_description(tx, n.as_ref(), path)?;
        }
    }
    Ok(())
}

/// Remove articles whose ids are not in `keep` (their files were deleted).
pub fn remove_articles_except(store: &Store, path: &Path, keep: &std::collections::HashSet<String>) -> Result<usize> {
    let prefix = iri::graph("");
    let mut removed = 0;
    let graphs: Vec<NamedOrBlankNode> = store.named_graphs().collect::<Result<_, _>>().map_err(|e| Error::store(path, e))?;
    for g in graphs {
        if let NamedOrBlankNode::NamedNode(n) = &g {
            if let Some(seg) = n.as_str().strip_prefix(&prefix) {
                if !keep.contains(&iri::segment_to_id(seg)) {
                    let mut tx = store.start_transaction().map_err(|e| Error::store(path, e))?;
                    let uses = SharedUses::of(&tx, n.as_ref(), path)?;
                    tx.remove_named_graph(n.as_ref()).map_err(|e| Error::store(path, e))?;
                    uses.drop_unused(&mut tx, path)?;
                    tx.commit().map_err(|e| Error::store(path, e))?;
                    removed += 1;
                }
            }
        }
    }
    Ok(removed)
}

/// Number of quads in the store.
pub fn len(store: &Store, path: &Path) -> Result<usize> {
    store.len().map_err(|e| Error::store(path, e))
}

/// A literal's value as a usize, for COUNT results.
pub fn literal_usize(t: Option<&Term>) -> usize {
    match t {
        Some(Term::Literal(l)) => l.value().parse().unwrap_or(0),
        _ => 0,
    }
}

/// Temporary folder for a fresh bulk load: beside the target, so the rename is atomic.
pub fn staging_path(target: &Path) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "store".into());
    target.with_file_name(format!(".{name}.building"))
}

/// Make a new store at `target` by filling a staging folder beside it that becomes the store
/// only when `fill` succeeds; a failure leaves nothing behind (and frees the disk it filled).
pub fn fill_new<T>(target: &Path, fill: impl FnOnce(&Path) -> Result<T>) -> Result<T> {
    let staging = staging_path(target);
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
    }
    match fill(&staging) {
        Ok(v) => {
            std::fs::rename(&staging, target).map_err(|e| Error::io(target, e))?;
            Ok(v)
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

/// A lock file that keeps two `build`s from working on the same store at once.
pub struct BuildLock {
    _file: std::fs::File,
    path: PathBuf,
}

impl BuildLock {
    pub fn acquire(store: &Path) -> Result<Self> {
        let name = store.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "store".into());
        let path = store.with_file_name(format!(".{name}.lock"));
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                Error::StoreNotWritable { path: store.to_owned(), reason: format!("cannot create the lock file {}: {e}", path.display()) }
            }
            _ => Error::io(&path, e),
        })?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file, path }),
            Err(std::fs::TryLockError::WouldBlock) => Err(Error::StoreLocked { path: store.to_owned() }),
            Err(std::fs::TryLockError::Error(e)) => Err(Error::io(&path, e)),
        }
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
