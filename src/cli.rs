//! Command-line interface (clap). Each subcommand is a thin call into the library.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use silkgraph::export::DumpFormat;
use silkgraph::query::ResultFormat;

#[derive(Parser, Debug)]
#[command(
    name = "silkgraph",
    version,
    about = "Build a knowledge graph of international cooperation from news articles, query it with SPARQL, draw it with GraphViz.",
    long_about = "silkgraph reads news articles (Chinese news on SCO cooperation first), extracts people, \
organisations, countries, places, events, projects, alliances and documents with the relations between them, \
loads them into an on-disk Oxigraph RDF store (one named graph per article, every statement traced to its \
sentence), answers SPARQL queries and exports GraphViz diagrams.",
    after_help = "Examples:
  silkgraph query queries/think_tanks_by_alliance.rq      # builds the store from data/articles on first use
  silkgraph build data/articles --store kg
  silkgraph extract --format report data/articles/tianjin-daily-2025-sco-digital-economy-forum.txt
  silkgraph query -e 'SELECT ?name WHERE { ?p a sg:Person ; rdfs:label ?name }' --format csv
  silkgraph export dot --focus 丝路数字治理智库网络 --depth 1 -o alliance.svg --render svg
  silkgraph stats"
)]
pub struct Cli {
    /// Store folder (default: ./silkgraph-store)
    #[arg(long, global = true, env = "SILKGRAPH_STORE", value_name = "DIR")]
    pub store: Option<PathBuf>,

    /// Read the lexicons from DIR instead of the built-in ones (same files as data/lexicons)
    #[arg(long, global = true, value_name = "DIR")]
    pub lexicons: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract entities and relations from articles and print them; no store is touched
    #[command(after_help = "Examples:
  silkgraph extract --format report data/articles/ > report.json
  silkgraph extract --format turtle article.txt
  silkgraph extract --encoding gbk old-article.txt")]
    Extract {
        /// Article files or folders (*.txt)
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ExtractFormat::Report)]
        format: ExtractFormat,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Extract articles and load them into the store (one named graph per article)
    #[command(after_help = "Examples:
  silkgraph build                       # data/articles into ./silkgraph-store
  silkgraph build news/ --store kg      # a folder of articles into ./kg
  silkgraph build news/ --prune         # also drop articles whose files are gone

Building again only reloads articles whose text or metadata changed; each article is
replaced as a whole, in one transaction.")]
    Build {
        /// Article files or folders (default: data/articles)
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        read: ReadArgs,
        /// Articles extracted and loaded per batch (bounds memory)
        #[arg(long, default_value_t = 512)]
        batch_size: usize,
        /// Skip unreadable articles (with a warning) instead of stopping at the first
        #[arg(long)]
        keep_going: bool,
        /// Remove from the store the articles that are not among PATHs
        #[arg(long)]
        prune: bool,
        /// No progress bar
        #[arg(long)]
        quiet: bool,
        /// Also keep a remote triplestore a mirror of the store, through its SPARQL 1.1 Graph
        /// Store endpoint (Virtuoso: http://HOST:8890/sparql-graph-crud); only changed graphs are sent
        #[arg(long, value_name = "URL")]
        into: Option<String>,
        /// HTTP Basic credentials for --into, as user:password (never printed)
        #[arg(long, value_name = "USER:PASSWORD", env = "SILKGRAPH_INTO_AUTH", hide_env_values = true)]
        into_auth: Option<String>,
        /// Attempts after a network error or a 5xx answer from --into, with doubling pauses
        #[arg(long, value_name = "N", default_value_t = 5)]
        into_retries: u32,
    },
    /// Make a new store from the N-Quads of `extract --format nquads` (e.g. shards extracted on several machines)
    #[command(after_help = "Examples:
  silkgraph extract --format nquads shard1/ > shard1.nq    # on one machine
  silkgraph extract --format nquads shard2/ > shard2.nq    # on another
  silkgraph load shard1.nq shard2.nq --store kg          # the store one build of both shards makes")]
    Load {
        /// N-Quads files
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE)
    #[command(after_help = "Prefixes sg: sgr: rdf: rdfs: xsd: owl: skos: org: schema: prov: dcterms: wd: are predefined;
the default graph is the union of all article graphs.

Examples:
  silkgraph query queries/think_tanks_by_alliance.rq
  silkgraph query queries/people_posts.rq --format csv
  silkgraph query -e 'ASK { ?x a sg:Alliance }'")]
    Query {
        /// A .rq file
        #[arg(value_name = "FILE", required_unless_present = "expr", conflicts_with = "expr")]
        file: Option<PathBuf>,
        /// The query text itself
        #[arg(short = 'e', long = "expr", value_name = "SPARQL")]
        expr: Option<String>,
        #[arg(long, value_enum, default_value_t = ResultFormat::Table)]
        format: ResultFormat,
    },
    /// Export the graph: GraphViz diagrams or RDF
    #[command(subcommand)]
    Export(ExportCommand),
    /// Counts by entity type, organisation kind, relation and article
    Stats,
    /// Serve the store: a read-only SPARQL endpoint at /sparql and pages to explore the
    /// graph at / (search, entities with their evidence, queries)
    #[command(after_help = "Examples:
  silkgraph serve                              # http://127.0.0.1:7878/
  silkgraph serve --store kg --bind 127.0.0.1:8080
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s a sg:Alliance }' http://127.0.0.1:7878/sparql

A build may run while the server is up: new articles show once the build has committed.")]
    Serve {
        /// Address to listen on (loopback by default)
        #[arg(long, default_value = "127.0.0.1:7878")]
        bind: String,
        /// Seconds a query may run before it is stopped (the client gets 503)
        #[arg(long, default_value_t = 30.0)]
        query_timeout: f64,
    },
    /// List the relation rules (id, predicate, pattern, example); with --corpus, how often
    /// each fires on those articles
    #[command(after_help = "Examples:
  silkgraph rules
  silkgraph rules --corpus data/articles
  silkgraph rules --corpus news/ --format tsv > rules.tsv")]
    Rules {
        /// Article files or folders to count rule firings on
        #[arg(long, value_name = "PATH", num_args = 1..)]
        corpus: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
        format: RulesFormat,
        #[command(flatten)]
        read: ReadArgs,
    },
}

#[derive(Subcommand, Debug)]
pub enum ExportCommand {
    /// A GraphViz diagram of the graph (or of a CONSTRUCT query's result)
    #[command(after_help = "Examples:
  silkgraph export dot -o graph.dot
  silkgraph export dot --focus 丝路数字治理智库网络 --depth 1 -o alliance.svg --render svg
  silkgraph export dot --query my.rq --max-nodes 80 -o my.png --render png")]
    Dot(DotArgs),
    /// The store as RDF
    Rdf {
        #[arg(long, value_enum, default_value_t = DumpFormat::Trig)]
        format: DumpFormat,
        /// Output file (default: standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Args, Debug)]
pub struct DotArgs {
    /// A CONSTRUCT query whose triples to draw (rdfs:label and rdf:type triples name and style nodes)
    #[arg(long, value_name = "FILE")]
    pub query: Option<PathBuf>,
    /// Draw only the entities named (or whose name contains) NAME and their neighbourhood
    #[arg(long, value_name = "NAME")]
    pub focus: Option<String>,
    /// Neighbourhood depth around --focus
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Keep at most N nodes (highest degree first)
    #[arg(long, value_name = "N")]
    pub max_nodes: Option<usize>,
    /// Output file (default: standard output, or silkgraph.<format> with --render)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Render with GraphViz `dot` instead of writing DOT text
    #[arg(long, value_enum)]
    pub render: Option<Render>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Render {
    Svg,
    Png,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// the JSON extraction report (entities with mentions, relations with evidence)
    Report,
    Turtle,
    Nquads,
}

#[derive(Args, Debug, Clone)]
pub struct ReadArgs {
    /// Encoding of the articles (utf-8, gb18030, gbk, big5, utf-16le …; default: detected)
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Replace undecodable bytes instead of failing
    #[arg(long)]
    pub lossy: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesFormat {
    Table,
    Tsv,
}
