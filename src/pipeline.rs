//! `build`: read, extract and load articles in bounded batches, in parallel.
//!
//! Memory holds one batch of articles at a time (default 512), whatever the corpus size.
//! Extraction runs on all cores (rayon); loading is the bulk loader for a brand-new store and
//! per-article transactions for an existing one (see [`crate::store`]).

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::extract::extract;
use crate::lexicon::Lexicon;
use crate::rdf::article_quads;
use crate::read::{collect_paths, read_article, Article, ReadOptions};
use crate::{iri, store};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub inputs: Vec<PathBuf>,
    pub store: PathBuf,
    pub read: ReadOptions,
    pub batch_size: usize,
    /// Skip unreadable articles with a warning instead of stopping.
    pub keep_going: bool,
    /// Remove from the store the articles that are not among the inputs.
    pub prune: bool,
    pub progress: bool,
}

#[derive(Debug, Clone, Default)]
pub struct BuildSummary {
    pub articles: usize,
    pub loaded: usize,
    pub unchanged: usize,
    pub failed: Vec<String>,
    pub pruned: usize,
    pub entities: usize,
    pub relations: usize,
    pub quads_written: usize,
    pub store_quads: usize,
    pub fresh: bool,
    pub elapsed: Duration,
}

impl std::fmt::Display for BuildSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} articles ({} loaded, {} unchanged{}{}), {} entities, {} relations, {} triples written, {} in store, {:.2}s",
            self.articles,
            self.loaded,
            self.unchanged,
            if self.failed.is_empty() { String::new() } else { format!(", {} failed", self.failed.len()) },
            if self.pruned > 0 { format!(", {} removed", self.pruned) } else { String::new() },
            self.entities,
            self.relations,
            self.quads_written,
            self.store_quads,
            self.elapsed.as_secs_f64()
        )
    }
}

struct Processed {
    id: String,
    quads: Vec<oxigraph::model::Quad>,
    entity_hashes: Vec<u64>,
    relations: usize,
}

fn process(lex: &Lexicon, article: Article) -> Result<Processed> {
    let x = extract(lex, article);
    let quads = article_quads(lex, &x)?;
    let entity_hashes = x
        .entities
        .iter()
        .map(|e| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            iri::entity(lex, e.ty, &e.key, e.lex).hash(&mut h);
            h.finish()
        })
        .collect();
    Ok(Processed { id: x.article.id.clone(), quads, entity_hashes, relations: x.relations.len() })
}

fn progress_bar(n: usize, on: bool) -> indicatif::ProgressBar {
    counting_bar(n, on, "articles")
}

/// A progress bar counting `what` (hidden when off or for fewer than two items).
pub fn counting_bar(n: usize, on: bool, what: &str) -> indicatif::ProgressBar {
    if !on || n < 2 {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(n as u64);
    pb.set_style(
        indicatif::ProgressStyle::with_template(&format!("{{spinner}} {{elapsed_precise}} [{{bar:40}}] {{pos}}/{{len}} {what} ({{per_sec}}, eta {{eta}})"))
            .expect("valid template")
            .progress_chars("=> "),
    );
    pb
}

pub fn build(lex: &Lexicon, opts: &BuildOptions) -> Result<BuildSummary> {
    let t0 = Instant::now();
    let paths = collect_paths(&opts.inputs)?;
    let _lock = store::BuildLock::acquire(&opts.store)?;
    let fresh = !store::exists(&opts.store);
    let pb = progress_bar(paths.len(), opts.progress);
    // A fresh store is loaded into a staging folder that becomes the store only when complete.
    let loaded = if fresh { store::fill_new(&opts.store, |staging| load(lex, opts, &paths, true, staging, &pb)) } else { load(lex, opts, &paths, false, &opts.store, &pb) };
    pb.finish_and_clear();
    let mut sum = loaded?;
    sum.elapsed = t0.elapsed();
    Ok(sum)
}

/// Read, extract and load every batch into the store at `db_path` (the staging folder of a
/// fresh build, or the store itself), then flush and close it.
fn load(lex: &Lexicon, opts: &BuildOptions, paths: &[PathBuf], fresh: bool, db_path: &Path, pb: &indicatif::ProgressBar) -> Result<BuildSummary> {
    let mut sum = BuildSummary { articles: paths.len(), fresh, ..Default::default() };
    let mut entity_seen: HashSet<u64> = HashSet::new();
    let mut ids_seen: HashSet<String> = HashSet::new();
    let mut shared_seen = SharedSeen::default();
    let db = store::open_read_write(db_path)?;
    let mut loader = fresh.then(|| db.bulk_loader().with_num_threads(rayon::current_num_threads().max(1)).with_max_memory_size_in_megabytes(1024));
    // The ontology travels with the data so queries can read class and property labels.
    // So does the world knowledge of the lexicons (ISO codes, Wikidata links).
    // (The vocabulary graph of roles fills as articles load and is never replaced.)
    for (graph, quads) in [(crate::rdf::ONTOLOGY_GRAPH, crate::rdf::ontology_quads()?), (crate::rdf::LEXICON_GRAPH, crate::rdf::lexicon_quads(lex)?)] {
        match loader.as_mut() {
            Some(l) => l.load_quads(quads).map_err(|e| Error::store(db_path, e))?,
            None => store::replace_graph(&db, db_path, graph, &quads)?,
        }
    }

    for batch in paths.chunks(opts.batch_size.max(1)) {
        // Read first (cheap) so unchanged articles are skipped before extraction.
        let read: Vec<(PathBuf, Result<Article>)> = batch.par_iter().map(|p| (p.clone(), read_article(p, &opts.read))).collect();
        let mut todo = Vec::with_capacity(read.len());
        for (p, r) in read {
            match r {
                Ok(a) => {
                    if !ids_seen.insert(a.id.clone()) {
                        let e = Error::Metadata { path: p.clone(), message: format!("article id {:?} is used by another article in this build", a.id) };
                        fail(&mut sum, opts, e, pb)?;
                        continue;
                    }
                    if !fresh && store::stored_hash(&db, &a.id)?.as_deref() == Some(a.content_hash.as_str()) {
                        sum.unchanged += 1;
                        pb.inc(1);
                        continue;
                    }
                    todo.push(a);
                }
                Err(e) => fail(&mut sum, opts, e, pb)?,
            }
        }
        let done: Vec<Result<Processed>> = todo.into_par_iter().map(|a| process(lex, a)).collect();
        // The bulk loader writes one sorted file per call: give it the whole batch at once.
        let mut batch_quads = Vec::new();
        for d in done {
            let p = match d {
                Ok(p) => p,
                Err(e) => {
                    fail(&mut sum, opts, e, pb)?;
                    continue;
                }
            };
            sum.loaded += 1;
            sum.relations += p.relations;
            entity_seen.extend(p.entity_hashes);
            match loader.as_mut() {
                Some(_) => {
                    let before = batch_quads.len();
                    batch_quads.extend(p.quads.into_iter().filter(|q| shared_seen.first_time(q)));
                    sum.quads_written += batch_quads.len() - before;
                }
                None => {
                    sum.quads_written += p.quads.len();
                    store::replace_article(&db, db_path, &p.id, &p.quads)?;
                }
            }
            pb.inc(1);
        }
        if let Some(l) = loader.as_mut() {
            l.load_quads(batch_quads).map_err(|e| Error::store(db_path, e))?;
        }
    }
    if let Some(l) = loader.take() {
        l.commit().map_err(|e| Error::store(db_path, e))?;
    }
    drop(loader);
    if opts.prune && !fresh {
        sum.pruned = store::remove_articles_except(&db, db_path, &ids_seen)?;
    }
    sum.store_quads = store::len(&db, db_path)?;
    #[cfg(feature = "rocksdb")]
    db.flush().map_err(|e| Error::store(db_path, e))?;
    drop(db);
    sum.entities = entity_seen.len();
    Ok(sum)
}

/// Quads of the shared graphs (entity descriptions, facts, roles) already given to the bulk
/// loader in this build. Articles repeat them (every report of a fact states it); sending
/// each once spares the loader encoding and sorting its six index keys again. Kept as 128-bit
/// hashes: 16 bytes per distinct shared quad, and no collision in practice.
#[derive(Default)]
struct SharedSeen(HashSet<u128>);

impl SharedSeen {
    fn first_time(&mut self, q: &oxigraph::model::Quad) -> bool {
        let in_article_graph = matches!(&q.graph_name, oxigraph::model::GraphName::NamedNode(g) if g.as_str().starts_with(iri::GRAPH_PREFIX));
        if in_article_graph {
            return true;
        }
        let half = |salt: u8| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            salt.hash(&mut h);
            q.hash(&mut h);
            h.finish() as u128
        };
        self.0.insert(half(0) << 64 | half(1))
    }
}

fn fail(sum: &mut BuildSummary, opts: &BuildOptions, e: Error, pb: &indicatif::ProgressBar) -> Result<()> {
    if !opts.keep_going {
        return Err(e);
    }
    pb.suspend(|| eprintln!("warning: skipped: {e}"));
    sum.failed.push(e.to_string());
    pb.inc(1);
    Ok(())
}

/// Inputs by default: `data/articles` under the working directory.
pub fn default_inputs() -> Vec<PathBuf> {
    vec![Path::new("data").join("articles")]
}

/// `silkgraph load`: a new store from the N-Quads that `silkgraph extract --format nquads`
/// printed, perhaps on several machines over disjoint shards of a corpus. Entity IRIs and shared
/// facts are deterministic, so the union of the shards is the store one build would make (with
/// the ontology and lexicon graphs a build adds). Only into a new store: an existing store is
/// kept up to date by `build`, which knows which article each shared fact came from.
pub fn load_nquads(lex: &Lexicon, files: &[PathBuf], store_path: &Path) -> Result<usize> {
    let _lock = store::BuildLock::acquire(store_path)?;
    if store::exists(store_path) {
        return Err(Error::Usage(format!("{}: a store is already there; `load` makes a new store (choose another --store, or use `build` to update this one)", store_path.display())));
    }
    store::fill_new(store_path, |staging| load_into_staging(lex, files, staging))
}

fn load_into_staging(lex: &Lexicon, files: &[PathBuf], staging: &Path) -> Result<usize> {
    let db = store::open_read_write(staging)?;
    let mut loader = db.bulk_loader().with_num_threads(rayon::current_num_threads().max(1)).with_max_memory_size_in_megabytes(1024);
    loader.load_quads(crate::rdf::ontology_quads()?.into_iter().chain(crate::rdf::lexicon_quads(lex)?)).map_err(|e| Error::store(staging, e))?;
    for f in files {
        let text = std::fs::read(f).map_err(|e| Error::io(f, e))?;
        let mut quads = Vec::new();
        for q in oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads).for_slice(&text) {
            quads.push(q.map_err(|e| Error::Rdf(format!("{}: not N-Quads: {e}", f.display())))?);
        }
        loader.load_quads(quads).map_err(|e| Error::store(staging, e))?;
    }
    loader.commit().map_err(|e| Error::store(staging, e))?;
    db.flush().map_err(|e| Error::store(staging, e))?;
    store::len(&db, staging)
}
