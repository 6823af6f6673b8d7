//! The command line, as clap structs. Nothing else lives here.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Turn news articles into an RDF knowledge graph of people, countries, offices and statements.
///
/// newsgraph reads plain-text articles, extracts who is named, which countries are referred
/// to, who holds which office and who said what (direct quotes, partial quotes and reported
/// speech, with speakers resolved through "he said" and "the Kremlin leader"), and writes it
/// as RDF: to standard output (`extract`), or into a persistent Oxigraph store (`build`) that
/// `query`, `export` and `stats` read.
///
/// Exit codes: 0 all good, 1 some input was skipped (each is named on standard error),
/// 2 usage or store error.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the graph of articles and write it as RDF, without a store.
    ///
    /// Example: newsgraph extract examples/ --format turtle -o graph.ttl
    Extract(ExtractArgs),
    /// Extract articles into the store; an article built again replaces its earlier graph.
    ///
    /// Each article is its own named graph, named from its path relative to the input
    /// (or the hash of its text for standard input). Ends with a summary.
    ///
    /// Example: newsgraph build examples/ --store newsgraph.db
    Build(BuildArgs),
    /// Run a SPARQL query on the store: a bundled query by name, a .rq file, or -e TEXT.
    ///
    /// The default graph is the union of all article graphs; GRAPH ?g names the article.
    ///
    /// Examples: newsgraph query offices;
    /// newsgraph query quotes_by_person --param person="Keir Starmer" --format csv;
    /// newsgraph query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    Query(QueryArgs),
    /// List the bundled queries with what each answers.
    Queries,
    /// Export the store as RDF: Turtle of the merged graph by default; N-Quads and TriG keep
    /// one graph per article.
    ///
    /// Example: newsgraph export --format trig -o all.trig
    Export(ExportArgs),
    /// Count what the store holds: articles, people, countries, offices, statements, triples.
    Stats(StoreArgs),
}

/// Where the store is.
#[derive(Debug, Args)]
pub struct StoreArgs {
    /// The store directory (an Oxigraph RocksDB store).
    #[arg(
        long,
        env = "NEWSGRAPH_STORE",
        default_value = "newsgraph.db",
        value_name = "DIR"
    )]
    pub store: PathBuf,
}

/// RDF formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RdfFormatArg {
    /// Turtle, with readable prefixes (merged graph).
    Turtle,
    /// N-Triples (merged graph).
    Ntriples,
    /// N-Quads (one graph per article).
    Nquads,
    /// TriG (one graph per article).
    Trig,
    /// RDF/XML (merged graph).
    Rdfxml,
    /// JSON-LD (merged graph).
    Jsonld,
}

/// `newsgraph extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files, directories (read recursively: *.txt) or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = RdfFormatArg::Turtle)]
    pub format: RdfFormatArg,
    /// Write to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `newsgraph build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Article files, directories (read recursively: *.txt) or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `newsgraph query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// A bundled query's name (see `newsgraph queries`) or a .rq file.
    #[arg(
        value_name = "NAME|FILE.rq",
        required_unless_present = "expr",
        conflicts_with = "expr"
    )]
    pub query: Option<String>,
    /// The SPARQL query text itself.
    #[arg(long = "expr", short = 'e', value_name = "SPARQL")]
    pub expr: Option<String>,
    /// Bind a query variable: NAME=VALUE. VALUE is a literal, or an IRI when written <…> or
    /// as a known prefixed name (person:keir-starmer). Repeatable.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Output format: table, csv, tsv, json, xml for SELECT and ASK (default table);
    /// turtle, ntriples, nquads, trig, rdfxml, jsonld for CONSTRUCT and DESCRIBE (default turtle).
    #[arg(long, short = 'f', value_name = "FORMAT")]
    pub format: Option<String>,
    /// Write to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `newsgraph export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = RdfFormatArg::Turtle)]
    pub format: RdfFormatArg,
    /// Write to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only this article: its id (e.g. istanbul-talks.txt) or its graph IRI.
    #[arg(long, value_name = "ARTICLE")]
    pub graph: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}
