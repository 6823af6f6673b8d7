//! What each command does: the glue between the command line and the library. Messages for
//! the user are printed here and nowhere else.

use crate::cli::{
    BuildArgs, Cli, Command, CompletionsArgs, ExportArgs, ExtractArgs, GraphArgs, GraphFormatArg,
    InputFormatArg, NetworkArg, PathArgs, QueryArgs, RankArgs, ReadArgs, StoreArgs,
};
use crate::guard;

mod push;
mod serve;
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressState, ProgressStyle};
use newsgraph::analyse::{
    article_id, resolve_person, AnalyseError, GraphFormat, Network, NetworkKind,
};
use newsgraph::export::{prepare_graph, write_rdf, write_store, Format, RdfWriter};
use newsgraph::identity::{identity_triples, People, IDENTITY_GRAPH};
use newsgraph::mint::article_iri;
use newsgraph::output::Output;
use newsgraph::query::{self, QueryOutput, ResultFormat, BUNDLED};
use newsgraph::read::{
    find_inputs, input_kind, read_articles, Article, InputFile, InputKind, Limits, ReadError,
};
use newsgraph::store::{article_quads, NewsStore, RepairKind, StoreError};
use newsgraph::vocab::PREFIXES;
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term, Triple};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

/// How much to tell the user on standard error, and the progress bar.
pub(crate) struct Report {
    /// `--quiet`: errors only.
    pub(crate) quiet: bool,
    /// `-v`: each file as it is read.
    verbose: bool,
    /// A progress bar only when standard error is a terminal and not in CI.
    bar_wanted: bool,
    bar: std::sync::Mutex<Option<ProgressBar>>,
}

static REPORT: OnceLock<Report> = OnceLock::new();

pub(crate) fn report() -> &'static Report {
    REPORT.get_or_init(|| Report::new(false, false))
}

impl Report {
    fn new(quiet: bool, verbose: bool) -> Self {
        let terminal = std::io::stderr().is_terminal();
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
        Report {
            quiet,
            verbose,
            bar_wanted: terminal && !ci && !quiet,
            bar: std::sync::Mutex::new(None),
        }
    }

    /// Prints a line on standard error, above the bar if there is one.
    fn line(&self, msg: &str) {
        match self.bar.lock().expect("bar lock").as_ref() {
            Some(bar) => bar.suspend(|| eprintln!("{msg}")),
            None => eprintln!("{msg}"),
        }
    }

    pub(crate) fn warn(&self, msg: &str) {
        if !self.quiet {
            self.line(&format!("newsgraph: warning: {msg}"));
        }
    }

    fn info(&self, msg: &str) {
        if self.verbose {
            self.line(&format!("newsgraph: {msg}"));
        }
    }

    /// Starts the bar: over `articles` when their number is known (one per file), else a
    /// counter with the rate.
    pub(crate) fn start(&self, articles: Option<usize>) {
        if !self.bar_wanted {
            return;
        }
        let (bar, template) = match articles {
            Some(n) => (
                ProgressBar::new(n as u64),
                "{bar:30} {pos}/{len} articles  {per_sec}  ETA {eta}",
            ),
            None => (
                ProgressBar::no_length(),
                "{spinner} {pos} articles  {per_sec}  {elapsed}",
            ),
        };
        let style = ProgressStyle::with_template(template)
            .expect("the progress template is valid")
            .with_key(
                "per_sec",
                |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0} articles/s", s.per_sec());
                },
            );
        bar.set_style(style);
        *self.bar.lock().expect("bar lock") = Some(bar);
    }

    /// Shows a spinner with `what` while a step without articles to count runs (the final
    /// write of a build, its compaction), replacing the bar.
    pub(crate) fn phase(&self, what: &str) {
        if !self.bar_wanted {
            return;
        }
        let spinner = ProgressBar::new_spinner().with_message(what.to_owned());
        spinner.set_style(
            ProgressStyle::with_template("{spinner} {msg}  {elapsed}")
                .expect("the progress template is valid"),
        );
        spinner.enable_steady_tick(std::time::Duration::from_millis(120));
        if let Some(old) = self.bar.lock().expect("bar lock").replace(spinner) {
            old.finish_and_clear();
        }
    }

    pub(crate) fn inc(&self, n: usize) {
        if let Some(bar) = self.bar.lock().expect("bar lock").as_ref() {
            bar.inc(n as u64);
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = self.bar.lock().expect("bar lock").take() {
            bar.finish_and_clear();
        }
    }
}

/// Runs the command; `Ok` carries the exit code (1 when some input was skipped).
pub fn run(cli: Cli) -> Result<ExitCode> {
    let _ = REPORT.set(Report::new(cli.quiet, cli.verbose));
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Build(args) => build(args),
        Command::Query(args) => run_query(args),
        Command::Queries => list_queries(),
        Command::Export(args) => export(args),
        Command::Stats(args) => stats(args),
        Command::Repair(args) => repair(args),
        Command::Graph(args) => graph(args),
        Command::Rank(args) => rank(args),
        Command::Path(args) => path(args),
        Command::Completions(args) => completions(args),
        Command::Push(args) => push::push(args),
        Command::Serve(args) => serve::serve(args),
    }
}

/// Whether the error is a closed pipe (`newsgraph extract … | head`): not worth a message.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use newsgraph::{analyse::AnalyseError, export::ExportError, query::QueryError};
    let broken = |io: &std::io::Error| io.kind() == std::io::ErrorKind::BrokenPipe;
    // The library's errors carry their I/O cause in the message, not as a source.
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(broken)
            || matches!(e.downcast_ref::<QueryError>(), Some(QueryError::Io(io)) if broken(io))
            || matches!(e.downcast_ref::<ExportError>(), Some(ExportError::Io(io)) if broken(io))
            || matches!(e.downcast_ref::<AnalyseError>(), Some(AnalyseError::Io(io)) if broken(io))
    })
}

/// The RDF format asked for, else the one the output file's extension says, else Turtle.
fn rdf_format(format: Option<Format>, output: Option<&Path>) -> Format {
    format
        .or_else(|| output.and_then(Format::from_path))
        .unwrap_or(Format::Turtle)
}

/// Standard output, or the file `path`, written whole when the command ends well (see
/// [`Output`]).
fn output(path: Option<&Path>) -> Result<Output> {
    Ok(Output::create(path)?)
}

fn warn(problem: &ReadError) {
    report().warn(&problem.to_string());
}

/// How many articles are extracted in parallel before their results are written, in input
/// order: bounds memory whatever the corpus size.
const CHUNK: usize = 256;

/// What the reader thread hands on: the next file, a chunk of articles, or a skipped input.
enum Reading {
    File(PathBuf),
    Chunk(Vec<Article>),
    Problem(ReadError),
}

/// What the extracting thread hands the writer: a file's name, a skipped input, or a chunk of
/// articles with what `prepare` made of each (the source of an article whose extraction
/// failed).
enum Extracted<P> {
    File(PathBuf),
    Problem(ReadError),
    Chunk(Vec<Result<(Article, P), String>>),
}

/// Reads every input and extracts its articles in parallel (all cores), turns each article's
/// triples into what the command writes with `prepare` (also in parallel), and hands each
/// article with its prepared output to `each`, in input order. Returns how many
/// inputs or records were skipped.
pub(crate) fn for_each_article<P: Send>(
    (files, problems): (Vec<InputFile>, Vec<ReadError>),
    read: &ReadArgs,
    prepare: impl Fn(&Article, Vec<Triple>) -> P + Sync,
    mut each: impl FnMut(Article, P) -> Result<()>,
) -> Result<usize> {
    let mut skipped = problems.len();
    problems.iter().for_each(warn);
    let limits = limits(read);
    let id_base = read.id_base.as_str();
    let shard = read.shard;
    let one_each = files.iter().all(|f| {
        matches!(
            input_kind(&f.path),
            Some((InputKind::Text | InputKind::Html, _))
        )
    });
    report().start((one_each && shard.is_none()).then_some(files.len()));
    // The source of each article id of the run: a later article with the same id is skipped
    // (the first one may already be written), by `extract` and `build` alike.
    let mut ids: HashMap<String, String> = HashMap::new();
    // A reader thread parses the inputs into chunks while the cores extract the chunk before;
    // the bounded channel keeps at most a few chunks in memory.
    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Reading>(2);
        let files = &files;
        scope.spawn(move || {
            let mut chunk: Vec<Article> = Vec::with_capacity(CHUNK);
            for file in files {
                if tx.send(Reading::File(file.path.clone())).is_err() {
                    return;
                }
                for item in read_articles(file, limits) {
                    let sent = match item {
                        Ok(mut article) => {
                            article.id.insert_str(0, id_base);
                            if shard.is_some_and(|s| !s.holds(&article.id)) {
                                continue;
                            }
                            chunk.push(article);
                            if chunk.len() < CHUNK {
                                continue;
                            }
                            tx.send(Reading::Chunk(std::mem::take(&mut chunk)))
                        }
                        Err(e) => tx.send(Reading::Problem(e)),
                    };
                    if sent.is_err() {
                        return; // the consumer stopped on an error
                    }
                }
            }
            let _ = tx.send(Reading::Chunk(chunk));
        });
        // Another thread extracts each chunk on all cores while this one writes the chunk
        // before.
        let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<Extracted<P>>(1);
        let prepare = &prepare;
        scope.spawn(move || {
            newsgraph::warm_up();
            for reading in rx {
                let extracted = match reading {
                    Reading::File(path) => Extracted::File(path),
                    Reading::Problem(e) => Extracted::Problem(e),
                    // A bug the extractor meets on one article skips that article, named, and
                    // the run goes on with the others.
                    Reading::Chunk(chunk) => Extracted::Chunk(
                        chunk
                            .into_par_iter()
                            .map(|a| {
                                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                    let (_, triples) = newsgraph::process(&a);
                                    prepare(&a, triples)
                                }))
                                .map_err(|_| a.source.clone())
                                .map(|prepared| (a, prepared))
                            })
                            .collect(),
                    ),
                };
                if done_tx.send(extracted).is_err() {
                    return; // the writer stopped on an error
                }
            }
        });
        for extracted in done_rx {
            match extracted {
                Extracted::File(path) => report().info(&format!("reading {}", path.display())),
                Extracted::Problem(e) => {
                    warn(&e);
                    if !e.is_warning() {
                        skipped += 1;
                    }
                }
                Extracted::Chunk(done) => {
                    report().inc(done.len());
                    for item in done {
                        match item {
                            Ok((a, prepared)) => {
                                if let Some(first) = ids.get(&a.id) {
                                    // Two files of one relative path in two folders, or two
                                    // records without an id of their own.
                                    let file = a
                                        .id_file
                                        .as_deref()
                                        .is_some_and(|f| f == Path::new(&a.source));
                                    let what_to_do = if file {
                                        "give the folders' common folder instead, or read each \
                                         folder on its own with --id-base"
                                    } else {
                                        "give each record its own \"id\""
                                    };
                                    report().warn(&format!(
                                        "{}: skipped: its id {:?} is already the id of {first} in this run \
                                         ({what_to_do})",
                                        a.source, a.id
                                    ));
                                    skipped += 1;
                                    continue;
                                }
                                ids.insert(a.id.clone(), a.source.clone());
                                each(a, prepared)?
                            }
                            Err(source) => {
                                report().warn(&format!(
                                    "{source}: skipped: an internal error stopped its extraction \
                                     (a bug: please report it with this article)"
                                ));
                                skipped += 1;
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    })?;
    report().finish();
    Ok(skipped)
}

fn limits(args: &ReadArgs) -> Limits {
    Limits {
        format: args.input_format.map(|f| match f {
            InputFormatArg::Text | InputFormatArg::Markdown => InputKind::Text,
            InputFormatArg::Html => InputKind::Html,
            InputFormatArg::Jsonl => InputKind::JsonLines,
        }),
        max_article_size: args.max_article_size,
    }
}

pub(crate) fn code(skipped: usize) -> ExitCode {
    if skipped == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let inputs = require_inputs(&args.inputs)?;
    let format = rdf_format(args.format, args.output.as_deref());
    let mut out = RdfWriter::new(output(args.output.as_deref())?, format);
    // The people of each article, for the identity graph of several articles.
    let mut people = People::default();
    let mut articles = 0usize;
    let skipped = for_each_article(
        inputs,
        &args.read,
        |article, triples| {
            let graph = article_iri(&article.id);
            let own = People::of_article(&graph, &triples);
            (prepare_graph(format, &graph, triples), own)
        },
        |_, (prepared, own)| {
            people.merge(own);
            articles += 1;
            out.write_prepared(prepared)
                .context("cannot write the graph")
        },
    )?;
    // Which people of the articles are one person: only where there are several articles,
    // and all of them (not one part of a corpus).
    if articles > 1 && args.read.shard.is_none() {
        let triples = identity_triples(&people.resolve());
        out.write_graph(&IDENTITY_GRAPH.into_owned(), triples)
            .context("cannot write the graph")?;
    }
    out.finish()
        .context("cannot write the graph")?
        .commit()
        .context("cannot write the graph")?;
    Ok(code(skipped))
}

/// The files the inputs name, with the inputs that could not be read; fails when there is
/// nothing to read (missing files, empty directories), before anything is created: a store,
/// an output file.
pub(crate) fn require_inputs(inputs: &[PathBuf]) -> Result<(Vec<InputFile>, Vec<ReadError>)> {
    let (files, problems) = find_inputs(inputs);
    if !files.is_empty() {
        return Ok((files, problems));
    }
    problems.iter().for_each(warn);
    let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    bail!(
        "nothing to read in {}: no article files (*.txt, *.md, *.html, *.jsonl, or - for standard input); nothing was written",
        names.join(", ")
    )
}

fn build(args: BuildArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let inputs = require_inputs(&args.inputs)?;
    let store = NewsStore::open(&args.store.store)?;
    let (mut articles, mut triples) = (0usize, 0usize);
    let mut loader = store.loader().replace_other_sources(args.replace);
    let mut conflicts = 0usize;
    let loaded = for_each_article(
        inputs,
        &args.read,
        |article, triples| {
            let mut quads = article_quads(&article.id, triples);
            if let Some(file) = &article.id_file {
                quads.push(source_file_quad(&article.id, file));
            }
            quads
        },
        |article, quads| {
            triples += match loader.add(&article.id, quads) {
                Err(e @ StoreError::OtherSource { .. }) => {
                    report().warn(&format!("{}: skipped: {e}", article.source));
                    conflicts += 1;
                    return Ok(());
                }
                added => added.with_context(|| format!("cannot store {}", article.source))?,
            };
            articles += 1;
            Ok(())
        },
    )
    .and_then(|skipped| {
        report().phase("writing the articles into the store");
        loader
            .commit()
            .context("cannot write the articles into the store")
            .map(|_| skipped)
    });
    let skipped = match loaded {
        Ok(skipped) => skipped + conflicts,
        Err(err) => {
            report().finish();
            // Say what the store holds now: a failed build keeps every article it did not
            // replace (see ArticleLoader).
            let holds = match store.stats() {
                Ok(s) if store.unfinished().unwrap_or(true) => format!(
                    "the store {} holds {} article{}, some with both their old and new version \
                     until the next build or `newsgraph repair --store {}` finishes the replacement",
                    args.store.store.display(),
                    s.articles,
                    if s.articles == 1 { "" } else { "s" },
                    args.store.store.display()
                ),
                Ok(s) => format!(
                    "the store {} now holds {} article{}, each whole: what this build did not \
                     write is as it was before; free some space (or use another --store) and \
                     run the build again to complete it",
                    args.store.store.display(),
                    s.articles,
                    if s.articles == 1 { "" } else { "s" }
                ),
                Err(e) => format!("the store cannot be read to count what it holds ({e})"),
            };
            bail!("{err:#}; {holds}");
        }
    };
    // Compact now, so that the first query does not pay for it. The articles are stored
    // already: a failure here only costs speed.
    report().phase("compacting the store");
    if let Err(e) = store.optimize() {
        report().warn(&format!(
            "the articles are stored, but compacting the store failed ({e}); queries may be \
             slower until the next build"
        ));
    }
    report().finish();
    if report().quiet {
        return Ok(code(skipped));
    }
    // What the store holds now (what `stats` says), not what this run extracted: articles
    // built before, and people or countries several articles share, count once.
    let held = store.stats().context("cannot count what the store holds")?;
    println!(
        "built {articles} article{} into {} in {:.2} s; the store holds {} article{}, {} people, {} countries, {} offices, {} statements, {} triples",
        if articles == 1 { "" } else { "s" },
        args.store.store.display(),
        started.elapsed().as_secs_f64(),
        held.articles,
        if held.articles == 1 { "" } else { "s" },
        held.people,
        held.countries,
        held.offices,
        held.statements,
        held.triples
    );
    if skipped > 0 {
        eprintln!(
            "newsgraph: {skipped} input{} skipped (see the warnings above)",
            if skipped == 1 { "" } else { "s" }
        );
    }
    Ok(code(skipped))
}

/// The quad that records the file a stored article was built from (`ng:sourceFile`), as an
/// absolute path, so that a later build can tell a rebuild of that file from another file
/// with the same relative path.
fn source_file_quad(id: &str, file: &Path) -> Quad {
    let absolute = std::fs::canonicalize(file)
        .or_else(|_| std::path::absolute(file))
        .unwrap_or_else(|_| file.to_path_buf());
    let graph = article_iri(id);
    Quad::new(
        graph.clone(),
        newsgraph::vocab::ng::SOURCE_FILE,
        Literal::new_simple_literal(absolute.to_string_lossy()),
        GraphName::NamedNode(graph),
    )
}

/// Opens the store for reading, shared with the watchdog.
fn open_to_read(path: &Path) -> Result<Arc<NewsStore>> {
    Ok(Arc::new(NewsStore::open_existing(path)?))
}

/// Watches a command that reads the store through the query engine (see [`guard`]): past
/// `timeout` or `max_memory`, the process ends with a message that also says whether the
/// store is damaged (the engine keeps collecting an error that a damaged block repeats,
/// until memory runs out).
fn watch_store(
    store: &Arc<NewsStore>,
    path: &Path,
    timeout: Option<std::time::Duration>,
    max_memory: Option<u64>,
) -> guard::Watch {
    let store = Arc::clone(store);
    let path = path.display().to_string();
    let probe = move || {
        let e = store.find_damage(std::time::Duration::from_secs(5))?;
        Some(format!(
            "the store {path} is damaged: {e}; build it again from its articles into a new \
             --store (`newsgraph repair --store {path}` recovers what RocksDB can read)"
        ))
    };
    guard::watch(timeout, max_memory, probe, move |trip| match trip {
        guard::Trip::Time(t) => format!(
            "the query ran longer than the time limit of {} s and was stopped; narrow it \
             (LIMIT, more specific patterns) or raise --timeout",
            t.as_secs_f64()
        ),
        guard::Trip::Memory(m) => format!(
            "the query needed more than {:.1} GB of memory and was stopped; narrow it \
             (LIMIT, more specific patterns) or raise --max-memory",
            m as f64 / 1e9
        ),
    })
}

fn parse_param(p: &str) -> Result<(String, Term)> {
    let Some((name, value)) = p.split_once('=') else {
        bail!("--param {p:?} is not NAME=VALUE (e.g. --param person=\"Keir Starmer\")");
    };
    let term: Term = if let Some(iri) = value.strip_prefix('<').and_then(|v| v.strip_suffix('>')) {
        NamedNode::new(iri)
            .with_context(|| format!("--param {name}: {value} is not a valid IRI"))?
            .into()
    } else if let Some((prefix, local)) = value
        .split_once(':')
        .filter(|(p, l)| !l.starts_with("//") && !p.contains(' '))
    {
        match PREFIXES.iter().find(|(p, _)| *p == prefix) {
            Some((_, ns)) => NamedNode::new(format!("{ns}{local}"))
                .with_context(|| format!("--param {name}: {value} is not a valid IRI"))?
                .into(),
            None => Literal::new_simple_literal(value).into(),
        }
    } else {
        Literal::new_simple_literal(value).into()
    };
    Ok((name.to_owned(), term))
}

fn query_text(args: &QueryArgs) -> Result<String> {
    if let Some(e) = &args.expr {
        return Ok(e.clone());
    }
    let q = args.query.as_deref().expect("clap requires a query or -e");
    if q == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .context("cannot read the query from standard input")?;
        return Ok(text);
    }
    if let Some(b) = query::bundled(q) {
        return Ok(b.text.to_owned());
    }
    let path = Path::new(q);
    if path.extension().is_some_and(|e| e == "rq") || path.exists() {
        return std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the query file {q}"));
    }
    let names: Vec<&str> = BUNDLED.iter().map(|b| b.name).collect();
    bail!(
        "no bundled query called {q:?} and no such .rq file; bundled queries: {}",
        names.join(", ")
    )
}

fn run_query(args: QueryArgs) -> Result<ExitCode> {
    let text = query_text(&args)?;
    let params = args
        .params
        .iter()
        .map(|p| parse_param(p))
        .collect::<Result<Vec<_>>>()?;
    if args.print {
        let mut out = output(args.output.as_deref())?;
        out.write_all(query::with_prefixes(&query::with_values(&text, &params)).as_bytes())?;
        out.commit()?;
        return Ok(ExitCode::SUCCESS);
    }
    let store = open_to_read(&args.store.store)?;
    let timeout = (!args.timeout.is_zero()).then_some(args.timeout);
    let max_memory = args
        .max_memory
        .map(|m| m as u64)
        .or_else(guard::default_max_memory);
    let watch = watch_store(&store, &args.store.store, timeout, max_memory);
    let limits = query::RunLimits {
        timeout,
        max_rows: args.limit_rows,
    };
    let result = query::run_with_limits(&store, &text, &params, limits)?;
    // Writing may wait on a reader (a pager): the limits are the query's, not the output's.
    drop(watch);
    let out = output(args.output.as_deref())?;
    let out = match &result {
        QueryOutput::Graph(triples) => {
            let format = match &args.format {
                None => rdf_format(None, args.output.as_deref()),
                Some(f) => Format::from_name(f)
                    .with_context(|| format!("{f:?} is not an RDF format: use turtle (ttl), ntriples (nt), nquads (nq), trig, rdfxml (rdf) or jsonld"))?,
            };
            let quads = triples.iter().map(|t| {
                Quad::new(
                    t.subject.clone(),
                    t.predicate.clone(),
                    t.object.clone(),
                    GraphName::DefaultGraph,
                )
            });
            write_rdf(out, format, quads)?
        }
        _ => {
            let format = match &args.format {
                // The extension of -o FILE (results.csv), else a table.
                None => args
                    .output
                    .as_deref()
                    .and_then(|p| p.extension())
                    .and_then(|e| ResultFormat::from_name(&e.to_string_lossy()))
                    .unwrap_or(ResultFormat::Table),
                Some(f) => ResultFormat::from_name(f).with_context(|| {
                    format!("{f:?} is not a results format: use table, csv, tsv, json or xml")
                })?,
            };
            query::write_results(&result, format, out)?
        }
    };
    out.commit()?;
    Ok(ExitCode::SUCCESS)
}

fn list_queries() -> Result<ExitCode> {
    let width = BUNDLED.iter().map(|q| q.name.len()).max().unwrap_or(0);
    let mut out = std::io::stdout().lock();
    for q in BUNDLED {
        writeln!(out, "{:<width$}  {}", q.name, q.description())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn export(args: ExportArgs) -> Result<ExitCode> {
    let store = NewsStore::open_existing(&args.store.store)?;
    let graph = match &args.graph {
        None => None,
        Some(g) => {
            let iri = match g.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
                Some(iri) => {
                    NamedNode::new(iri).with_context(|| format!("--graph {g}: not a valid IRI"))?
                }
                None if g.starts_with("http://") || g.starts_with("https://") => {
                    NamedNode::new(g.as_str())
                        .with_context(|| format!("--graph {g}: not a valid IRI"))?
                }
                None => article_iri(g),
            };
            if !store.has_graph(&iri)? {
                bail!(
                    "no article {g} in {} (graph <{}>); list them with: newsgraph query -e 'SELECT ?g WHERE {{ GRAPH ?g {{}} }}'",
                    args.store.store.display(),
                    iri.as_str()
                );
            }
            Some(iri)
        }
    };
    let out = output(args.output.as_deref())?;
    write_store(
        out,
        rdf_format(args.format, args.output.as_deref()),
        store.quads(graph.as_ref()),
    )?
    .commit()?;
    Ok(ExitCode::SUCCESS)
}

fn stats(args: StoreArgs) -> Result<ExitCode> {
    let store = open_to_read(&args.store)?;
    let watch = watch_store(&store, &args.store, None, guard::default_max_memory());
    let s = store.stats()?;
    drop(watch);
    let mut out = std::io::stdout().lock();
    writeln!(out, "store       {}", args.store.display())?;
    for (label, n) in [
        ("articles", s.articles),
        ("people", s.people),
        ("countries", s.countries),
        ("offices", s.offices),
        ("statements", s.statements),
        ("triples", s.triples),
    ] {
        writeln!(out, "{label:<11} {n}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn repair(args: StoreArgs) -> Result<ExitCode> {
    let done = NewsStore::repair(&args.store)?;
    let path = args.store.display();
    let what = match &done.how {
        RepairKind::NothingToRepair => format!("the store {path} opens as it is: nothing to repair"),
        RepairKind::CurrentRestored(manifest) => {
            format!("repaired {path}: its CURRENT file names {manifest} again")
        }
        RepairKind::Rebuilt => format!(
            "repaired {path} with RocksDB's repair (files it could not read, if any, are in {path}/lost)"
        ),
        RepairKind::JournalFinished(n) => format!(
            "the store {path} was sound; finished the replacement of articles a stopped build had begun ({n} old quads removed)"
        ),
        RepairKind::NothingRecovered => format!(
            "RocksDB's repair recovered nothing in {path}: it set aside in {path}/lost the files it could not place \
             (the tables of a bulk load name no column family, so without the manifest they cannot be placed); \
             the store is now empty: build it again from its articles"
        ),
    };
    let s = done.stats;
    println!(
        "{what}\nit holds {} article{}, {} people, {} statements, {} triples",
        s.articles,
        if s.articles == 1 { "" } else { "s" },
        s.people,
        s.statements,
        s.triples
    );
    Ok(ExitCode::SUCCESS)
}

fn network_kind(n: NetworkArg) -> NetworkKind {
    match n {
        NetworkArg::Quotes => NetworkKind::Quotes,
        NetworkArg::Mentions => NetworkKind::Mentions,
        NetworkArg::Offices => NetworkKind::Offices,
    }
}

fn graph(args: GraphArgs) -> Result<ExitCode> {
    let store = open_to_read(&args.store.store)?;
    let watch = watch_store(&store, &args.store.store, None, guard::default_max_memory());
    let net = Network::load(&store, network_kind(args.network))?.filter(args.min_weight, args.top);
    drop(watch);
    let format = match args.format {
        GraphFormatArg::Dot => GraphFormat::Dot,
        GraphFormatArg::Graphml => GraphFormat::GraphMl,
        GraphFormatArg::Json => GraphFormat::Json,
    };
    net.write(format, output(args.output.as_deref())?)?
        .commit()?;
    Ok(ExitCode::SUCCESS)
}

fn rank(args: RankArgs) -> Result<ExitCode> {
    let store = open_to_read(&args.store.store)?;
    let watch = watch_store(&store, &args.store.store, None, guard::default_max_memory());
    let ranks = Network::load(&store, network_kind(args.network))?.rank();
    drop(watch);
    let rows: Vec<[String; 5]> = ranks
        .iter()
        .take(args.top)
        .enumerate()
        .map(|(i, r)| {
            [
                (i + 1).to_string(),
                r.node.label.clone(),
                format!("{:.4}", r.page_rank),
                r.degree.to_string(),
                r.weight.to_string(),
            ]
        })
        .collect();
    let head = ["rank", "name", "pagerank", "degree", "weight"];
    let width = |c: usize| {
        rows.iter()
            .map(|r| r[c].chars().count())
            .chain([head[c].len()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..head.len()).map(width).collect();
    let mut out = std::io::stdout().lock();
    let line = |out: &mut dyn Write, cells: &[&str]| -> std::io::Result<()> {
        let cells: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                // Numbers right-aligned, names left-aligned.
                if i == 1 {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())
    };
    line(&mut out, &head)?;
    let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(
        &mut out,
        &rules.iter().map(String::as_str).collect::<Vec<_>>(),
    )?;
    for r in &rows {
        line(&mut out, &r.iter().map(String::as_str).collect::<Vec<_>>())?;
    }
    writeln!(
        out,
        "({} of {} people in the {} network)",
        rows.len(),
        ranks.len(),
        network_kind(args.network)
    )?;
    Ok(ExitCode::SUCCESS)
}

fn path(args: PathArgs) -> Result<ExitCode> {
    let store = open_to_read(&args.store.store)?;
    let _watch = watch_store(&store, &args.store.store, None, guard::default_max_memory());
    let (from, from_name) = resolve_person(&store, &args.from)?;
    let (to, to_name) = resolve_person(&store, &args.to)?;
    let kind = network_kind(args.network);
    let net = Network::load(&store, kind)?;
    let steps = net.path(&from, &to).map_err(|e| match e {
        AnalyseError::NoPath { network, .. } => AnalyseError::NoPath {
            from: from_name.clone(),
            to: to_name.clone(),
            network,
        },
        e => e,
    })?;
    let mut out = std::io::stdout().lock();
    if steps.is_empty() {
        writeln!(out, "{from_name} and {to_name} are the same person")?;
        return Ok(ExitCode::SUCCESS);
    }
    let what = match kind {
        NetworkKind::Quotes => "statement",
        _ => "article",
    };
    writeln!(
        out,
        "{from_name} → {to_name}: {} link{} in the {kind} network",
        steps.len(),
        if steps.len() == 1 { "" } else { "s" }
    )?;
    for s in &steps {
        let articles: Vec<&str> = s.articles.iter().map(|a| article_id(a)).collect();
        writeln!(
            out,
            "{} — {} ({} {what}{}): {}",
            s.from.label,
            s.to.label,
            s.weight,
            if s.weight == 1 { "" } else { "s" },
            articles.join(", ")
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn completions(args: CompletionsArgs) -> Result<ExitCode> {
    // The scripts offer the bundled query names after `query` (and after `--print`'s query);
    // the parser itself still takes any name or file.
    let names: Vec<&'static str> = BUNDLED.iter().map(|q| q.name).collect();
    let mut cmd = <Cli as clap::CommandFactory>::command().mut_subcommand("query", |c| {
        c.mut_arg("query", |a| {
            a.value_parser(clap::builder::PossibleValuesParser::new(names))
                .value_hint(clap::ValueHint::Other)
        })
    });
    clap_complete::generate(
        args.shell,
        &mut cmd,
        "newsgraph",
        &mut std::io::stdout().lock(),
    );
    Ok(ExitCode::SUCCESS)
}
