//! The `silkgraph` binary: parse the command line, call the library, print errors in one line.

mod cli;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;
use rayon::prelude::*;

use cli::{Cli, Command, DotArgs, ExportCommand, ExtractFormat, ReadArgs, Render, RulesFormat};
use silkgraph::lexicon::{Lexicon, Sources};
use silkgraph::pipeline::{self, BuildOptions};
use silkgraph::read::ReadOptions;
use silkgraph::{export, extract, query, rdf, read, report, store};

// The bulk loader allocates a key per quad and index: with mimalloc a 10k-article build took
// 40 s instead of 59 s (BENCHMARKS.md). It also replaces malloc for RocksDB's C++ (feature
// `override`): oxigraph frees RocksDB's error strings through the Rust allocator, so both
// sides must use the same one.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // a closed pipe (| head) is not an error worth a message
            if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn lexicon(dir: Option<&Path>) -> Result<&'static Lexicon> {
    Ok(match dir {
        None => Lexicon::embedded(),
        Some(d) => Box::leak(Box::new(Lexicon::from_sources(&Sources::from_dir(d)?)?)),
    })
}

fn read_options(r: &ReadArgs) -> Result<ReadOptions> {
    let opts = ReadOptions { lossy: r.lossy, ..Default::default() };
    Ok(match &r.encoding {
        Some(label) => opts.with_encoding_label(label)?,
        None => opts,
    })
}

fn run(cli: Cli) -> Result<()> {
    let explicit_store = cli.store.is_some();
    let store_path = cli.store.clone().unwrap_or_else(|| PathBuf::from(store::DEFAULT_STORE));
    let lex = lexicon(cli.lexicons.as_deref())?;
    let stdout = std::io::stdout();
    match cli.command {
        Command::Extract { paths, format, read } => {
            let opts = read_options(&read)?;
            let files = read::collect_paths(&paths)?;
            let extractions: Vec<extract::Extraction> = files
                .par_iter()
                .map(|p| read::read_article(p, &opts).map(|a| extract::extract(lex, a)))
                .collect::<silkgraph::Result<_>>()?;
            let mut out = std::io::BufWriter::new(stdout.lock());
            match format {
                ExtractFormat::Report => {
                    serde_json::to_writer_pretty(&mut out, &report::build(lex, &extractions))?;
                    writeln!(out)?;
                }
                ExtractFormat::Turtle | ExtractFormat::Nquads => {
                    let rf = if format == ExtractFormat::Turtle { oxigraph::io::RdfFormat::Turtle } else { oxigraph::io::RdfFormat::NQuads };
                    let mut ser = oxigraph::io::RdfSerializer::from_format(rf);
                    for (p, ns) in rdf::PREFIXES {
                        ser = ser.with_prefix(*p, *ns)?;
                    }
                    let mut w = ser.for_writer(&mut out);
                    for x in &extractions {
                        for q in rdf::article_quads(lex, x)? {
                            if rf.supports_datasets() {
                                w.serialize_quad(&q)?;
                            } else {
                                w.serialize_triple(&oxigraph::model::Triple::from(q))?;
                            }
                        }
                    }
                    w.finish()?;
                }
            }
            out.flush()?;
        }
        Command::Build { paths, read, batch_size, keep_going, prune, quiet, into, into_auth, into_retries } => {
            // a bad address or credentials fail before any work
            let remote = into.as_deref().map(|url| silkgraph::remote::Remote::new(url, into_auth.as_deref())).transpose()?;
            let remote = remote.map(|r| r.with_retries(into_retries, std::time::Duration::from_millis(500)));
            let opts = BuildOptions {
                inputs: if paths.is_empty() { pipeline::default_inputs() } else { paths },
                store: store_path.clone(),
                read: read_options(&read)?,
                batch_size,
                keep_going,
                prune,
                progress: !quiet,
            };
            let sum = pipeline::build(lex, &opts)?;
            eprintln!("built {}: {sum}", store_path.display());
            if let (Some(remote), Some(url)) = (remote, into.as_deref()) {
                let db = silkgraph::store::open_read_only(&store_path)?;
                let synced = silkgraph::remote::sync(&db, &store_path, &remote, !quiet)?;
                eprintln!("sent to {url}: {synced}");
            }
            if !sum.failed.is_empty() {
                bail!("{} article(s) could not be read (see warnings above)", sum.failed.len());
            }
        }
        Command::Load { files } => {
            let n = pipeline::load_nquads(lex, &files, &store_path)?;
            eprintln!("loaded {} file(s) into {}: {n} statements", files.len(), store_path.display());
        }
        Command::Query { file, expr, format } => {
            let (sparql, origin) = match (file, expr) {
                (Some(f), _) => (query::read_query_file(&f)?, f.display().to_string()),
                (None, Some(e)) => (e, "query".to_owned()),
                (None, None) => bail!("give a query file or -e 'SPARQL'"),
            };
            let db = open_for_reading(lex, &store_path, explicit_store)?;
            let results = query::run(&db, &sparql, &origin)?;
            let mut out = std::io::BufWriter::new(stdout.lock());
            query::write_results(results, format, &mut out, &origin)?;
            out.flush()?;
        }
        Command::Export(ExportCommand::Dot(args)) => {
            let db = open_for_reading(lex, &store_path, explicit_store)?;
            export_dot(&db, &args)?;
        }
        Command::Export(ExportCommand::Rdf { format, output }) => {
            let db = open_for_reading(lex, &store_path, explicit_store)?;
            let mut out: Box<dyn Write> = match &output {
                Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| format!("{}", p.display()))?)),
                None => Box::new(std::io::BufWriter::new(stdout.lock())),
            };
            let n = export::dump_rdf(&db, format, &mut out)?;
            out.flush()?;
            if let Some(p) = output {
                eprintln!("wrote {n} statements to {}", p.display());
            }
        }
        Command::Rules { corpus, format, read } => {
            let opts = read_options(&read)?;
            let extractions: Vec<extract::Extraction> = if corpus.is_empty() {
                Vec::new()
            } else {
                read::collect_paths(&corpus)?.par_iter().map(|p| read::read_article(p, &opts).map(|a| extract::extract(lex, a))).collect::<silkgraph::Result<_>>()?
            };
            let relations = (!corpus.is_empty()).then(|| extractions.iter().flat_map(|x| &x.relations));
            let rows = silkgraph::relate::rule_rows(relations);
            let mut header = vec!["rule", "predicate", "runs", "pattern", "example"];
            if !corpus.is_empty() {
                header.push("fired");
            }
            let mut out = std::io::BufWriter::new(stdout.lock());
            query::write_rows(&header, &rows, format == RulesFormat::Tsv, &mut out)?;
            out.flush()?;
        }
        Command::Serve { bind, query_timeout } => {
            open_for_reading(lex, &store_path, explicit_store)?; // builds the default store on first use
            let opts = silkgraph::serve::ServeOptions { store: store_path.clone(), bind, query_timeout: std::time::Duration::from_secs_f64(query_timeout.max(0.001)), ..Default::default() };
            let server = silkgraph::serve::start(opts)?;
            let stop = server.stop_flag();
            ctrlc::set_handler(move || stop.store(true, std::sync::atomic::Ordering::Relaxed)).context("cannot catch Ctrl-C")?;
            println!("silkgraph serving {} at http://{}/ (SPARQL at /sparql; Ctrl-C stops)", store_path.display(), server.addr);
            std::io::stdout().flush()?;
            server.wait();
            eprintln!("stopped");
        }
        Command::Stats => {
            let db = open_for_reading(lex, &store_path, explicit_store)?;
            let mut out = std::io::BufWriter::new(stdout.lock());
            for (title, q) in query::STATS_QUERIES {
                writeln!(out, "{title}")?;
                let results = query::run(&db, q, title)?;
                query::write_results(results, query::ResultFormat::Table, &mut out, title)?;
                writeln!(out)?;
            }
            writeln!(out, "{} triples in {}", store::len(&db, &store_path)?, store_path.display())?;
            out.flush()?;
        }
    }
    Ok(())
}

/// Open the store read-only; a missing default store is first built from data/articles.
fn open_for_reading(lex: &Lexicon, path: &Path, explicit: bool) -> Result<oxigraph::store::Store> {
    if !store::exists(path) && !explicit {
        let inputs = pipeline::default_inputs();
        if !inputs[0].exists() {
            bail!("no store at {} and no data/articles here to build it from (run `silkgraph build PATH`)", path.display());
        }
        eprintln!("no store at {} yet: building it from {} first", path.display(), inputs[0].display());
        let opts = BuildOptions {
            inputs,
            store: path.to_owned(),
            read: ReadOptions::default(),
            batch_size: 512,
            keep_going: false,
            prune: false,
            progress: true,
        };
        let sum = pipeline::build(lex, &opts)?;
        eprintln!("built {}: {sum}", path.display());
    }
    Ok(store::open_read_only(path)?)
}

fn export_dot(db: &oxigraph::store::Store, args: &DotArgs) -> Result<()> {
    let (sparql, origin) = match &args.query {
        Some(f) => (query::read_query_file(f)?, f.display().to_string()),
        None => (export::DEFAULT_CONSTRUCT.to_owned(), "default diagram query".to_owned()),
    };
    let triples = export::construct(db, &sparql, &origin)?;
    let graph = export::graph_from_triples(&triples);
    let opts = export::DotOptions { focus: args.focus.clone(), depth: args.depth, max_nodes: args.max_nodes };
    let (graph, dropped) = export::select(&graph, &opts)?;
    if dropped > 0 {
        eprintln!("note: {dropped} nodes left out by --max-nodes {}", args.max_nodes.unwrap_or_default());
    }
    let mut dot = Vec::new();
    export::write_dot(&graph, dropped, &mut dot)?;
    match args.render {
        None => match &args.output {
            Some(p) => std::fs::write(p, &dot).with_context(|| format!("{}", p.display()))?,
            None => std::io::stdout().lock().write_all(&dot)?,
        },
        Some(fmt) => {
            let ext = if fmt == Render::Svg { "svg" } else { "png" };
            let out = args.output.clone().unwrap_or_else(|| PathBuf::from(format!("silkgraph.{ext}")));
            render(&dot, ext, &out)?;
            eprintln!("wrote {} ({} nodes, {} edges)", out.display(), graph.node_count(), graph.edge_count());
        }
    }
    Ok(())
}

/// Render DOT with GraphViz; say how to install it when it is missing.
fn render(dot: &[u8], ext: &str, out: &Path) -> Result<()> {
    if ext == "png" && !has_cjk_font() {
        eprintln!("warning: no CJK font found (fc-list :lang=zh is empty): Chinese labels will show as boxes in the PNG; install fonts-noto-cjk or fonts-wqy-microhei, or render SVG");
    }
    let bytes = match export::run_dot(dot, ext) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!("GraphViz `dot` is not installed: install it (Debian/Ubuntu: `apt-get install graphviz`, macOS: `brew install graphviz`) or export DOT text without --render")
        }
        Err(e) => return Err(e).with_context(|| format!("rendering {}", out.display())),
    };
    std::fs::write(out, bytes).with_context(|| format!("writing {}", out.display()))
}

fn has_cjk_font() -> bool {
    std::process::Command::new("fc-list").arg(":lang=zh").output().map(|o| !o.stdout.is_empty()).unwrap_or(true)
}
