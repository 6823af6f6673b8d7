//! The command line, as clap structs. Nothing else lives here.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Turn news articles into an RDF knowledge graph of people, countries, offices and statements.
///
/// newsgraph reads articles (plain text, Markdown, HTML, JSON Lines), extracts who is
/// named, which countries are referred to, who holds which office and who said what (direct
/// quotes, partial quotes and reported speech, with speakers resolved through "he said" and
/// "the Kremlin leader"), and writes it as RDF: to standard output (`extract`), or into a
/// persistent Oxigraph store (`build`) that `query`, `export`, `stats`, `graph`, `rank` and
/// `path` read.
///
/// Exit codes: 0 all good; 1 some input was skipped (each file or JSON Lines line is named on
/// standard error with the reason: missing, unreadable, not UTF-8, binary, empty, larger than
/// --max-article-size, a malformed line, an internal error on that article), every good article
/// still processed; 2 usage or store
/// error (including a store in use by another process, and a query over --timeout or
/// --limit-rows).
#[derive(Debug, Parser)]
#[command(
    name = "newsgraph",
    version = concat!(env!("CARGO_PKG_VERSION"), " (", env!("NEWSGRAPH_COMMIT"), ")"),
    max_term_width = 100
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Print errors only: no summary, no warnings, no progress bar.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more: each input file as it is read.
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the graph of articles and write it as RDF, without a store.
    ///
    /// For several articles, the output ends with the identity graph: which people of the
    /// articles are one person (as `build` works it out).
    ///
    /// Example: newsgraph extract examples/ --format turtle -o graph.ttl
    Extract(ExtractArgs),
    /// Extract articles into the store; an article built again replaces its earlier graph.
    ///
    /// Each article is its own named graph, named from its path relative to the input
    /// (or the hash of its text for standard input). Then the identity graph is worked out
    /// anew from all the articles of the store: which people are one person across articles
    /// ("Mr Blair" in one, Tony Blair in another), with Wikidata links from the bundled tables.
    /// Ends with a summary.
    ///
    /// Example: newsgraph build examples/ --store newsgraph.db
    Build(BuildArgs),
    /// Send article graphs to a SPARQL 1.1 store over the Graph Store HTTP Protocol.
    ///
    /// Each article graph goes as PUT ?graph=<article IRI>, which replaces it (a second push
    /// doubles nothing; a changed article replaces its graph); the shared entities graph is
    /// merged with POST, and the identity graph replaced. With INPUT: the articles are
    /// extracted and sent; without: what the store holds is sent. Credentials come from the
    /// environment only: NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD (HTTP Basic, or
    /// Digest when the server asks), or NEWSGRAPH_PUSH_TOKEN (a bearer token). Ends with a
    /// summary: graphs, triples, seconds, retries.
    ///
    /// Examples: newsgraph push --store news.db --to http://localhost:7878 --endpoint-style
    /// oxigraph; newsgraph push corpus/ --shard 0/4 --to http://host:8890 --endpoint-style
    /// virtuoso
    Push(PushArgs),
    /// Serve the store over HTTP: a web explorer and a SPARQL 1.1 endpoint, read-only.
    ///
    /// Pages: home (counts, search, most quoted people, latest articles), a page for each
    /// person, article (the text with every fact highlighted at its offsets), country and post,
    /// the networks drawn, and a SPARQL query page. The W3C SPARQL 1.1 Protocol is at /sparql
    /// (GET ?query=, or POST as a form or application/sparql-query; results as JSON, XML, CSV
    /// or TSV by Accept; CONSTRUCT and DESCRIBE as Turtle, N-Triples, JSON-LD or RDF/XML);
    /// updates are refused. Everything the pages need is in the binary: no network beyond the
    /// browser's requests.
    ///
    /// The store is opened for reading: `query` and `export` work beside the server; `build`
    /// and `repair` are refused until it stops (Ctrl-C), and then a restart shows the new
    /// articles. Listens on localhost by default: there is no login, so bind to another address
    /// only on a network you trust.
    ///
    /// Example: newsgraph serve --store newsgraph.db --bind 127.0.0.1:8080
    Serve(ServeArgs),
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
    /// Repair a damaged store: one that newsgraph reports as damaged, or that does not open.
    ///
    /// A store whose CURRENT file is missing (the file that names RocksDB's manifest) gets it
    /// back; otherwise RocksDB's repair rebuilds the manifest from every file it can read and
    /// moves the files it cannot read to DIR/lost. Then the store is opened and counted. A store
    /// that opens as it is is left untouched. Copy the directory first if it matters: a repair
    /// keeps what RocksDB can read, and nothing else.
    ///
    /// Example: newsgraph repair --store newsgraph.db
    Repair(StoreArgs),
    /// Write a network of the store (quotes, mentions, offices) as DOT, GraphML or JSON.
    ///
    /// quotes: person -> person when a statement by one mentions the other (weight: statements);
    /// mentions: people and countries named in the same articles (weight: articles);
    /// offices: person -> post -> country.
    ///
    /// Example: newsgraph graph mentions --format dot | dot -Tsvg -o network.svg
    Graph(GraphArgs),
    /// Rank the people of a network by PageRank, with their degree, as a table.
    ///
    /// Example: newsgraph rank mentions --top 10
    Rank(RankArgs),
    /// The shortest connection between two people, with the articles that make each link.
    ///
    /// Names resolve by any name or alias the articles use, ignoring case.
    ///
    /// Example: newsgraph path "Tony Blair" "Michael Howard"
    Path(PathArgs),
    /// Print a shell completion script.
    ///
    /// Example: newsgraph completions bash > ~/.local/share/bash-completion/completions/newsgraph
    Completions(CompletionsArgs),
}

/// The networks of `graph`, `rank` and `path`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NetworkArg {
    /// Person -> person when a statement by one mentions the other.
    Quotes,
    /// People and countries named in the same articles (undirected).
    Mentions,
    /// Person -> post -> country.
    Offices,
}

/// Network output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormatArg {
    /// Graphviz DOT.
    Dot,
    /// GraphML.
    Graphml,
    /// JSON: nodes and edges.
    Json,
}

/// `newsgraph graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    /// Which network.
    #[arg(value_enum)]
    pub network: NetworkArg,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = GraphFormatArg::Dot)]
    pub format: GraphFormatArg,
    /// Keep the N nodes with the highest weighted degree.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Keep links of at least this weight.
    #[arg(long, value_name = "W", default_value_t = 1)]
    pub min_weight: usize,
    /// Write to FILE instead of standard output (`-` is standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `newsgraph rank`.
#[derive(Debug, Args)]
pub struct RankArgs {
    /// Which network.
    #[arg(value_enum)]
    pub network: NetworkArg,
    /// How many people to list.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `newsgraph path`.
#[derive(Debug, Args)]
pub struct PathArgs {
    /// The first person: a full name or an alias.
    #[arg(value_name = "A")]
    pub from: String,
    /// The second person.
    #[arg(value_name = "B")]
    pub to: String,
    /// The network to search (links taken both ways, through people only; in the offices
    /// network through posts too).
    #[arg(long, value_enum, default_value_t = NetworkArg::Mentions)]
    pub network: NetworkArg,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `newsgraph completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Options of `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (port 0: any free port, printed when the server starts).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Stop a SPARQL query (of /sparql or the query page) after this many seconds (decimals
    /// allowed); 0 for no time limit.
    #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = parse_seconds)]
    pub timeout: std::time::Duration,
    /// Refuse a SPARQL query that gives more than N rows (SELECT) or triples (CONSTRUCT,
    /// DESCRIBE); 0 for no limit.
    #[arg(long, value_name = "N", default_value = "10000")]
    pub limit_rows: usize,
    /// The largest request body (a POSTed query): bytes, or with a unit (64KB, 1MB).
    #[arg(long, value_name = "SIZE", default_value = "1MB", value_parser = parse_size)]
    pub max_body: usize,
    #[command(flatten)]
    pub store: StoreArgs,
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

/// An RDF format's name: newsgraph's, a file extension or a media type.
fn parse_rdf_format(s: &str) -> Result<newsgraph::export::Format, String> {
    newsgraph::export::Format::from_name(s).ok_or_else(|| {
        format!("{s:?} is not an RDF format: use turtle (ttl), ntriples (nt), nquads (nq), trig, rdfxml (rdf) or jsonld, or a media type such as text/turtle")
    })
}

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// Plain text (or Markdown): one article a file.
    Text,
    /// Markdown, read as text.
    Markdown,
    /// An HTML page: one article.
    Html,
    /// JSON Lines: one article a line.
    Jsonl,
}

/// Options for reading articles.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Read every input as this format, whatever its name says. Without it: from the file
    /// name (.txt, .md, .html, .jsonl, …); standard input from its first character ({: JSON
    /// Lines, <: HTML, else text).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormatArg>,
    /// Skip articles larger than this (a file after gunzipping, or a JSON Lines line), with a
    /// message naming them: bytes, or with a unit: 500KB, 10MB, 1GB (also KiB, MiB, GiB).
    #[arg(long, value_name = "SIZE", default_value = "10MB", value_parser = parse_size)]
    pub max_article_size: usize,
    /// Put PREFIX before every article id of this run. An article's id is its path relative
    /// to the input it was found under (`build coll/a` gives `001.txt` for `coll/a/001.txt`),
    /// so that a rebuild of the folder, from anywhere, replaces its articles. To keep two
    /// folders with the same file names in one store, give each a prefix: `build coll/b
    /// --id-base b/` gives `b/001.txt`.
    #[arg(long, value_name = "PREFIX", default_value = "", hide_default_value = true, value_parser = parse_id_base)]
    pub id_base: String,
    /// Take only part K of N of the articles: those whose id (with --id-base) hashes to K
    /// modulo N, K from 0 to N-1. The split is the same on every machine and in every run, so
    /// N machines can each run `--shard K/N` over the same corpus with no coordination, and
    /// together they extract every article once. `extract` leaves out the identity graph then
    /// (which people of the corpus are one person needs every article): build the parts into
    /// one store, one after another, and it is worked out over them all.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<newsgraph::read::Shard>,
}

/// An id prefix: printable, no white space, no `#`.
fn parse_id_base(s: &str) -> Result<String, String> {
    match s
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || *c == '#')
    {
        Some(c) => Err(format!(
            "{s:?}: an id prefix cannot hold {c:?} (use letters, digits, - _ . and /)"
        )),
        None => Ok(s.to_owned()),
    }
}

/// A size: bytes, or a number with a unit (KB, MB, GB: powers of 1000; KiB, MiB, GiB: of 1024).
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let unit_factor: usize = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "{s:?}: unknown unit (use bytes, or KB, MB, GB, KiB, MiB, GiB)"
            ))
        }
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("{s:?} is not a size (e.g. 10MB or 500000)"))?;
    n.checked_mul(unit_factor)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?}: the size must be above 0 and fit in memory"))
}

/// `newsgraph extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files, directories (read recursively: *.txt, *.md, *.html, *.jsonl, also
    /// gzipped) or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output format: turtle (ttl), ntriples (nt), nquads (nq), trig, rdfxml (rdf), jsonld,
    /// or a media type (text/turtle). Default: from the extension of -o FILE, else turtle.
    #[arg(long, short = 'f', value_name = "FORMAT", value_parser = parse_rdf_format)]
    pub format: Option<newsgraph::export::Format>,
    /// Write to FILE instead of standard output (`-` is standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub read: ReadArgs,
}

/// `newsgraph build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Article files, directories (read recursively: *.txt, *.md, *.html, *.jsonl, also
    /// gzipped) or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Replace a stored article with the same id even when it was built from another file
    /// and holds another text. Without it, such an article is skipped with a message (two
    /// folders with a file of the same relative path: see --id-base); a file rebuilt from
    /// the same place always replaces its article.
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `newsgraph push`.
#[derive(Debug, Args)]
pub struct PushArgs {
    /// Article files or directories to extract and send, read as `extract` reads them.
    /// Without any, the articles of the store (--store) are sent.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The SPARQL store: its Graph Store endpoint (http://host:7878/store), or its address
    /// with --endpoint-style.
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// How the server spells its Graph Store endpoint after --to: direct (--to is the
    /// endpoint), oxigraph (/store), virtuoso (/sparql-graph-crud, or
    /// /sparql-graph-crud-auth with credentials), fuseki (/data after the dataset's address),
    /// graphdb (/rdf-graphs/service after the repository's address).
    #[arg(long, value_enum, default_value = "direct", value_name = "STYLE")]
    pub endpoint_style: EndpointStyleArg,
    /// Graphs sent at once, each on its own connection.
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub jobs: u16,
    /// Send N article graphs a request, as one SPARQL 1.1 Update to the server's update
    /// endpoint (for each graph DROP SILENT GRAPH, then INSERT DATA), instead of one Graph
    /// Store PUT a graph: the same replace, with N times fewer requests. The update endpoint
    /// comes from --endpoint-style (oxigraph /update, virtuoso /sparql or /sparql-auth with
    /// credentials, fuseki /update, graphdb /statements) or --update-to. The entities and
    /// identity graphs still go over the Graph Store protocol.
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch: u32,
    /// The SPARQL 1.1 Update endpoint for --batch, when --endpoint-style does not tell it.
    #[arg(long, value_name = "URL")]
    pub update_to: Option<String>,
    /// Attempts per graph: a 5xx answer, a 429 or a network error is tried again after a
    /// wait that doubles each time (0.5 s, 1 s, 2 s, …, with jitter); any other 4xx stops the
    /// push with the server's answer.
    #[arg(long, default_value_t = 5, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub attempts: u32,
    /// Seconds one request may take.
    #[arg(long, default_value_t = 60.0, value_name = "SECONDS")]
    pub timeout: f64,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// How a server spells its Graph Store endpoint.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EndpointStyleArg {
    /// --to is the endpoint.
    Direct,
    /// Oxigraph server: /store.
    Oxigraph,
    /// Virtuoso: /sparql-graph-crud (/sparql-graph-crud-auth with credentials).
    Virtuoso,
    /// Apache Jena Fuseki: /data after the dataset's address.
    Fuseki,
    /// GraphDB: /rdf-graphs/service after the repository's address.
    Graphdb,
}

/// `newsgraph query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// A bundled query's name (see `newsgraph queries`), a .rq file, or - to read the query
    /// from standard input.
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
    /// Output format: table, csv, tsv, json, xml for SELECT and ASK; turtle (ttl), ntriples
    /// (nt), nquads (nq), trig, rdfxml (rdf), jsonld for CONSTRUCT and DESCRIBE. Default: from
    /// the extension of -o FILE, else table (SELECT, ASK) or turtle.
    #[arg(long, short = 'f', value_name = "FORMAT")]
    pub format: Option<String>,
    /// Print the query text, with a PREFIX line for each predeclared prefix it does not
    /// declare and the --param bindings as a VALUES clause, instead of running it (for other
    /// SPARQL engines).
    #[arg(long)]
    pub print: bool,
    /// Stop the query after this many seconds (decimals allowed) with an error (exit 2);
    /// 0 for no time limit.
    #[arg(long, value_name = "SECONDS", default_value = "300", value_parser = parse_seconds)]
    pub timeout: std::time::Duration,
    /// Stop the query with an error (exit 2) when newsgraph holds more memory than this
    /// (sorting, grouping and joining hold their rows in memory): bytes, or with a unit
    /// (500MB, 4GB, 8GiB). Default: half of the machine's memory.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_memory: Option<usize>,
    /// Stop with an error (exit 2) when a query gives more than N rows (SELECT) or triples
    /// (CONSTRUCT, DESCRIBE), instead of gathering them all.
    #[arg(long, value_name = "N")]
    pub limit_rows: Option<usize>,
    /// Write to FILE instead of standard output (`-` is standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Seconds, decimals allowed: 2, 0.5; 0 for none (a zero duration).
fn parse_seconds(s: &str) -> Result<std::time::Duration, String> {
    s.parse::<f64>()
        .ok()
        .filter(|x| x.is_finite() && *x >= 0.0)
        .and_then(|x| std::time::Duration::try_from_secs_f64(x).ok())
        .ok_or_else(|| format!("{s:?} is not a number of seconds (e.g. 30 or 0.5; 0 for no limit)"))
}

/// `newsgraph export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format: turtle (ttl), ntriples (nt), nquads (nq), trig, rdfxml (rdf), jsonld,
    /// or a media type (text/turtle). Default: from the extension of -o FILE, else turtle.
    #[arg(long, short = 'f', value_name = "FORMAT", value_parser = parse_rdf_format)]
    pub format: Option<newsgraph::export::Format>,
    /// Write to FILE instead of standard output (`-` is standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only this article: its id (e.g. istanbul-talks.txt) or its graph IRI.
    #[arg(long, value_name = "ARTICLE")]
    pub graph: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}
