//! Queries: the bundled SPARQL queries, running SPARQL on a store, and writing results.
//!
//! Queries see the union of all article graphs as their default graph (`GRAPH ?g` still
//! names the article a fact comes from). Parameters are bound as RDF terms through the SPARQL
//! engine, never spliced into the query text.
//!
//! ```
//! use newsgraph::query::{bundled, run, write_results, ResultFormat};
//! use newsgraph::{extract::extract, mint::mint, read::Article, store::NewsStore};
//! let store = NewsStore::in_memory()?;
//! let a = Article::from_text("-", "UK Prime Minister Sir Keir Starmer spoke.".to_owned());
//! store.replace_article(&a.id, &mint(&a, &extract(&a.text)))?;
//! let out = run(&store, bundled("offices").unwrap().text, &[])?;
//! let mut csv = Vec::new();
//! write_results(&out, ResultFormat::Csv, &mut csv)?;
//! assert!(String::from_utf8(csv)?.contains("Keir Starmer,Prime Minister,GB,"));
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

pub mod inline;

use crate::store::NewsStore;
use crate::vocab::PREFIXES;
use oxigraph::model::{Term, Triple, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator, SparqlSyntaxError,
};
use regex::Regex;
use std::io::Write;
use std::sync::LazyLock;

/// A query bundled with newsgraph (from `queries/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BundledQuery {
    /// The file stem: `people`.
    pub name: &'static str,
    /// The SPARQL text.
    pub text: &'static str,
}

impl BundledQuery {
    /// What the query answers: its first comment line.
    pub fn description(&self) -> &'static str {
        self.text
            .lines()
            .find_map(|l| l.strip_prefix('#'))
            .map_or("", str::trim)
    }
}

macro_rules! bundled {
    ($($name:literal),* $(,)?) => {
        /// Every bundled query, by name.
        pub const BUNDLED: &[BundledQuery] = &[
            $(BundledQuery { name: $name, text: include_str!(concat!("../../queries/", $name, ".rq")) },)*
        ];
    };
}

bundled!(
    "people",
    "countries",
    "offices",
    "statements",
    "quotes_by_person",
    "office_holders",
    "people_by_country",
    "mentions",
    "statements_by_medium",
    "timeline",
);

/// The bundled query called `name`.
pub fn bundled(name: &str) -> Option<&'static BundledQuery> {
    BUNDLED.iter().find(|q| q.name == name)
}

/// The query text with a `PREFIX` declaration for each predeclared prefix (see
/// [`crate::vocab::PREFIXES`]) it does not declare itself: what `run` sees, written out so that
/// another SPARQL engine (such as `oxigraph serve`) runs the same query.
///
/// ```
/// use newsgraph::query::with_prefixes;
/// let q = with_prefixes("PREFIX schema: <http://schema.org/>\nSELECT * WHERE { ?p a schema:Person }");
/// assert!(q.starts_with("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"));
/// assert_eq!(q.matches("PREFIX schema:").count(), 1);
/// assert!(q.contains("PREFIX person: <https://w3id.org/newsgraph/id/person/>\n"));
/// ```
pub fn with_prefixes(sparql: &str) -> String {
    static DECLARED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:").expect("prefix regex compiles")
    });
    let declared: Vec<&str> = DECLARED
        .captures_iter(sparql)
        .map(|c| c.get(1).map_or("", |m| m.as_str()))
        .collect();
    let mut out = String::new();
    for (name, iri) in PREFIXES {
        if !declared.contains(name) {
            out.push_str(&format!("PREFIX {name}: <{iri}>\n"));
        }
    }
    out.push_str(sparql);
    out
}

/// The query text with `params` bound by a `VALUES` block at the start of its WHERE clause:
/// what [`run`] does by substitution, written out so that another SPARQL engine gives the same
/// rows. (A `VALUES` clause after the query would join after GROUP BY and the projection, so a
/// grouped query would not be filtered by a parameter it does not select.)
///
/// ```
/// use newsgraph::query::with_values;
/// use oxigraph::model::{Literal, Term};
/// let blair = [("person".into(), Term::from(Literal::from("Tony Blair")))];
/// assert_eq!(
///     with_values("SELECT (COUNT(*) AS ?n) WHERE { ?q ?p ?person }", &blair),
///     "SELECT (COUNT(*) AS ?n) WHERE { VALUES (?person) { (\"Tony Blair\") } ?q ?p ?person }"
/// );
/// // CONSTRUCT: the WHERE clause, not the template.
/// assert_eq!(
///     with_values("PREFIX s: <http://e/{x}> CONSTRUCT { ?q s:p ?person } WHERE { ?q ?p ?person }", &blair),
///     "PREFIX s: <http://e/{x}> CONSTRUCT { ?q s:p ?person } WHERE { VALUES (?person) { (\"Tony Blair\") } ?q ?p ?person }"
/// );
/// assert_eq!(with_values("ASK {}", &[]), "ASK {}");
/// ```
pub fn with_values(sparql: &str, params: &[(String, Term)]) -> String {
    if params.is_empty() {
        return sparql.to_owned();
    }
    let vars: Vec<String> = params
        .iter()
        .map(|(n, _)| format!("?{}", n.trim_start_matches(['?', '$'])))
        .collect();
    let values: Vec<String> = params.iter().map(|(_, t)| t.to_string()).collect();
    let block = format!(" VALUES ({}) {{ ({}) }}", vars.join(" "), values.join(" "));
    match where_brace(sparql) {
        Some(at) => format!("{}{block}{}", &sparql[..=at], &sparql[at + 1..]),
        // No group pattern found (the query does not parse): a trailing clause.
        None => format!(
            "{}\nVALUES{}\n",
            sparql.trim_end(),
            &block[" VALUES".len()..]
        ),
    }
}

/// The byte offset of the `{` that opens the WHERE clause of `sparql`: the first `{` outside
/// IRIs and comments, or the second for a CONSTRUCT with a template.
fn where_brace(sparql: &str) -> Option<usize> {
    let bytes = sparql.as_bytes();
    let mut wanted = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => i += sparql[i..].find('>')?,
            b'#' => i += sparql[i..].find('\n').unwrap_or(sparql.len() - i - 1),
            b'{' => {
                wanted -= 1;
                if wanted == 0 {
                    return Some(i);
                }
                // Past the template's closing brace.
                let mut depth = 0;
                while i < bytes.len() {
                    match bytes[i] {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            c if c.is_ascii_alphabetic() => {
                let word: String = sparql[i..]
                    .chars()
                    .take_while(char::is_ascii_alphabetic)
                    .collect();
                if word.eq_ignore_ascii_case("construct")
                    && !sparql[i + word.len()..]
                        .trim_start()
                        .get(..5)
                        .is_some_and(|w| w.eq_ignore_ascii_case("where"))
                {
                    wanted = 2;
                }
                i += word.len() - 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// An error of a query.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// The SPARQL does not parse: what is wrong, where (see [`describe_syntax_error`]).
    #[error("the query does not parse: {0}")]
    Syntax(String),
    /// The query asks to change the store (SPARQL Update).
    #[error("{0} changes data: newsgraph's queries only read the store (to change it, build its articles again)")]
    Update(String),
    /// The query calls a SPARQL endpoint.
    #[error("the query calls the endpoint <{0}> (SERVICE): newsgraph queries its own store only, offline; run the query on a server that federates, or drop the SERVICE block")]
    Service(String),
    /// The query nests brackets deeper than [`MAX_DEPTH`].
    #[error("the query nests parentheses, braces or brackets {0} deep; newsgraph reads queries up to {MAX_DEPTH} deep: simplify it")]
    TooDeep(usize),
    /// Evaluation failed.
    #[error("the query failed: {0}")]
    Evaluation(QueryEvaluationError),
    /// A parameter names a variable badly.
    #[error("bad parameter {name:?}: {message}")]
    Parameter {
        /// The parameter.
        name: String,
        /// What is wrong.
        message: String,
    },
    /// Writing the results failed.
    #[error("cannot write the results: {0}")]
    Io(std::io::Error),
    /// The query ran longer than its time limit.
    #[error("the query ran longer than the time limit of {} s and was stopped; narrow it (LIMIT, more specific patterns) or raise --timeout", .0.as_secs_f64())]
    Timeout(std::time::Duration),
    /// The query gave more results than allowed.
    #[error("the query gives more than {0} rows and was stopped; add LIMIT to the query or raise --limit-rows")]
    TooManyRows(usize),
    /// The format does not fit the query form.
    #[error("{0}")]
    Format(String),
}

// The causes are part of the messages (one line each), not sources that `{:#}` would print a
// second time.
/// One line saying what is wrong with a query that does not parse, and where: the parser's
/// message, without its list of the character ranges it expected (six lines of Unicode ranges
/// for a missing prefix).
///
/// ```
/// use newsgraph::query::describe_syntax_error;
/// let q = "SELECT * WHERE { ?s foo:Bar ?o }";
/// let e = newsgraph::query::syntax_error(q).unwrap();
/// assert_eq!(
///     describe_syntax_error(q, &e),
///     "unknown prefix in foo:Bar (line 1, column 21): declare it with PREFIX foo: <…>, or use a predeclared one (schema, org, nif, ng, person, …)"
/// );
/// let q = "SELECT * WHERE { ?s ?p }";
/// let e = newsgraph::query::syntax_error(q).unwrap();
/// assert_eq!(describe_syntax_error(q, &e), "line 1, column 25, at the end: expected one of LATERAL, SERVICE, [_]");
/// ```
pub fn describe_syntax_error(query: &str, error: &SparqlSyntaxError) -> String {
    static AT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^error at (\d+):(\d+): ").expect("location regex compiles"));
    let msg = error.to_string();
    let Some(at) = AT.captures(&msg) else {
        return msg;
    };
    let (line, column): (usize, usize) = (at[1].parse().unwrap_or(1), at[2].parse().unwrap_or(1));
    let rest = &msg[at.get(0).map_or(0, |m| m.end())..];
    // The word at the error: from the start of the line's token that the column falls in.
    let text_line = query.lines().nth(line.saturating_sub(1)).unwrap_or("");
    let col = text_line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text_line.len(), |(i, _)| i);
    let start = text_line[..col]
        .rfind(|c: char| c.is_whitespace() || "{}().;,".contains(c))
        .map_or(0, |i| i + 1);
    let end = text_line[col..]
        .find(|c: char| c.is_whitespace() || "{}();,".contains(c))
        .map_or(text_line.len(), |i| col + i);
    let word = if end > start {
        &text_line[start..end]
    } else {
        text_line[col..]
            .chars()
            .next()
            .map_or("", |c| &text_line[col..col + c.len_utf8()])
    };
    if rest.contains("Prefix not found") {
        let prefix = word.split(':').next().unwrap_or("");
        return format!(
            "unknown prefix in {word} (line {line}, column {}): declare it with PREFIX {prefix}: <…>, or use a predeclared one (schema, org, nif, ng, person, …)",
            start + 1
        );
    }
    // The alternatives the parser expected, without its character classes.
    let expected: Vec<&str> = rest
        .trim_start_matches("expected one of ")
        .trim_start_matches("expected ")
        .split(", ")
        .filter(|alt| !alt.contains('\'') && !alt.contains('\n') && !alt.contains("..="))
        .collect();
    let near = if word.is_empty() {
        "the end".to_owned()
    } else {
        format!("{word:?}")
    };
    if expected.is_empty() || rest.contains('\n') && expected.len() < 2 {
        format!("line {line}, column {column}, at {near}: unexpected text")
    } else {
        format!(
            "line {line}, column {column}, at {near}: expected {}{}",
            if expected.len() > 1 { "one of " } else { "" },
            expected.join(", ")
        )
    }
}

/// The syntax error of `sparql`, if it has one (with newsgraph's predeclared prefixes).
pub fn syntax_error(sparql: &str) -> Option<SparqlSyntaxError> {
    let mut evaluator = SparqlEvaluator::new();
    for (name, iri) in PREFIXES {
        evaluator = evaluator
            .with_prefix(*name, *iri)
            .expect("bundled prefixes are valid");
    }
    evaluator.parse_query(sparql).err()
}

/// The SPARQL Update operation `sparql` starts with, if it is one (after its prologue).
fn update_keyword(sparql: &str) -> Option<String> {
    static UPDATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>|#[^\n]*)\s*)*(INSERT\s+DATA|DELETE\s+DATA|DELETE\s+WHERE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|ADD|MOVE|COPY|WITH)\b")
            .expect("update regex compiles")
    });
    UPDATE.captures(sparql).map(|c| {
        c[1].split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase()
    })
}

impl From<std::io::Error> for QueryError {
    fn from(e: std::io::Error) -> Self {
        QueryError::Io(e)
    }
}

impl From<QueryEvaluationError> for QueryError {
    fn from(e: QueryEvaluationError) -> Self {
        QueryError::Evaluation(e)
    }
}

/// How deep a query may nest `(`, `{` and `[`: far beyond any query written by hand, and far
/// below what overflows the parser's stack (a query of thousands of nested parentheses).
pub const MAX_DEPTH: usize = 100;

/// The deepest nesting of `(`, `{` and `[` in `sparql`, outside strings, IRIs and comments.
///
/// ```
/// use newsgraph::query::nesting_depth;
/// assert_eq!(nesting_depth("SELECT * WHERE { ?s ?p ?o FILTER((?o > 1)) }"), 3);
/// assert_eq!(nesting_depth("SELECT * WHERE { ?s ?p \"((((\" } # (((("), 1);
/// assert_eq!(nesting_depth("ASK { FILTER(?o != '''it's''' || ((1))) }"), 4);
/// assert_eq!(nesting_depth(&format!("ASK {{ FILTER({}1{}) }}", "(".repeat(500), ")".repeat(500))), 502);
/// ```
pub fn nesting_depth(sparql: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut chars = sparql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' | '{' | '[' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' | '}' | ']' => depth = depth.saturating_sub(1),
            '#' => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '"' | '\'' => {
                // A long string (three quotes) to three closing quotes; else to one.
                let mut ahead = chars.clone();
                let long = ahead.next() == Some(c) && ahead.next() == Some(c);
                if long {
                    chars.next();
                    chars.next();
                }
                let mut closing = 0;
                while let Some(d) = chars.next() {
                    if d == '\\' {
                        chars.next();
                        closing = 0;
                    } else if d == c {
                        closing += 1;
                        if !long || closing == 3 {
                            break;
                        }
                    } else {
                        closing = 0;
                    }
                }
            }
            '<' if chars
                .peek()
                .is_some_and(|d| !d.is_whitespace() && *d != '=') =>
            {
                // An IRI, or a comparison: skip to '>' only if one comes before white space.
                let rest: String = chars
                    .clone()
                    .take(4096)
                    .take_while(|d| !d.is_whitespace())
                    .collect();
                if let Some(end) = rest.find('>') {
                    for _ in 0..=end {
                        chars.next();
                    }
                }
            }
            _ => {}
        }
    }
    deepest
}

/// What a query returned, collected.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryOutput {
    /// SELECT: the variables and the rows.
    Solutions {
        /// Column names.
        variables: Vec<Variable>,
        /// One value (or none) per column.
        rows: Vec<Vec<Option<Term>>>,
    },
    /// ASK.
    Boolean(bool),
    /// CONSTRUCT and DESCRIBE.
    Graph(Vec<Triple>),
}

/// Limits on a query's run, against runaway queries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunLimits {
    /// Stop the query with [`QueryError::Timeout`] after this long.
    pub timeout: Option<std::time::Duration>,
    /// Stop with [`QueryError::TooManyRows`] when there are more rows (SELECT) or triples
    /// (CONSTRUCT, DESCRIBE) than this.
    pub max_rows: Option<usize>,
}

/// Runs `sparql` on the store, with `params` bound as values of their variables.
pub fn run(
    store: &NewsStore,
    sparql: &str,
    params: &[(String, Term)],
) -> Result<QueryOutput, QueryError> {
    run_with_limits(store, sparql, params, RunLimits::default())
}

/// Cancels `token` when `timeout` passes before the returned sender is dropped.
fn watchdog(token: CancellationToken, timeout: std::time::Duration) -> std::sync::mpsc::Sender<()> {
    let (done, wait) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(timeout) {
            token.cancel();
        }
    });
    done
}

/// [`run`], stopped by `limits`.
///
/// ```
/// use newsgraph::query::{run_with_limits, QueryError, RunLimits};
/// use newsgraph::{extract::extract, mint::mint, read::Article, store::NewsStore};
/// let store = NewsStore::in_memory()?;
/// let a = Article::from_text("-", "UK Prime Minister Sir Keir Starmer spoke.".to_owned());
/// store.replace_article(&a.id, &mint(&a, &extract(&a.text)))?;
/// let limits = RunLimits { max_rows: Some(3), ..RunLimits::default() };
/// let err = run_with_limits(&store, "SELECT * WHERE { ?s ?p ?o }", &[], limits).unwrap_err();
/// assert!(matches!(err, QueryError::TooManyRows(3)));
/// # Ok::<_, Box<dyn std::error::Error>>(())
/// ```
pub fn run_with_limits(
    store: &NewsStore,
    sparql: &str,
    params: &[(String, Term)],
    limits: RunLimits,
) -> Result<QueryOutput, QueryError> {
    let token = CancellationToken::new();
    let _watchdog = limits.timeout.map(|t| watchdog(token.clone(), t));
    let timed_out = |e: QueryEvaluationError| match (e, limits.timeout) {
        (QueryEvaluationError::Cancelled, Some(t)) => QueryError::Timeout(t),
        (QueryEvaluationError::UnsupportedService(iri), _) => {
            QueryError::Service(iri.into_string())
        }
        // Oxigraph binds a parameter only in a variable the query selects.
        (e, _) if e.to_string().contains("in its SELECT projection") => {
            let name = params
                .iter()
                .map(|(n, _)| n.trim_start_matches(['?', '$']))
                .find(|n| e.to_string().contains(&format!("?{n} ")))
                .unwrap_or_default();
            QueryError::Parameter {
                name: name.to_owned(),
                message: format!(
                    "the query does not select ?{name}; a parameter binds a variable of the SELECT clause: add ?{name} there, or drop the --param"
                ),
            }
        }
        (e, _) => QueryError::Evaluation(e),
    };
    let max = limits.max_rows.unwrap_or(usize::MAX);
    let depth = nesting_depth(sparql);
    if depth > MAX_DEPTH {
        return Err(QueryError::TooDeep(depth));
    }
    let mut parser = spargebra::SparqlParser::new();
    for (name, iri) in PREFIXES {
        parser = parser
            .with_prefix(*name, *iri)
            .expect("bundled prefixes are valid");
    }
    let query = parser
        .parse_query(sparql)
        .map_err(|e| match update_keyword(sparql) {
            Some(op) => QueryError::Update(op),
            None => QueryError::Syntax(describe_syntax_error(sparql, &e)),
        })?;
    let mut bindings = Vec::with_capacity(params.len());
    for (name, value) in params {
        let var = Variable::new(name.trim_start_matches(['?', '$'])).map_err(|e| {
            QueryError::Parameter {
                name: name.clone(),
                message: e.to_string(),
            }
        })?;
        bindings.push((var, value.clone()));
    }
    // The values in the patterns, for the planner (see `inline`); bound as well, for the rest.
    let mut prepared = SparqlEvaluator::new()
        .with_cancellation_token(token.clone())
        .for_query(inline::inline(query, &bindings));
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    for (var, value) in bindings {
        prepared = prepared.substitute_variable(var, value);
    }
    Ok(
        match prepared
            .on_store(store.inner())
            .execute()
            .map_err(timed_out)?
        {
            QueryResults::Solutions(solutions) => {
                let variables = solutions.variables().to_vec();
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.map_err(timed_out)?;
                    if rows.len() == max {
                        return Err(QueryError::TooManyRows(max));
                    }
                    rows.push(variables.iter().map(|v| s.get(v).cloned()).collect());
                }
                QueryOutput::Solutions { variables, rows }
            }
            QueryResults::Boolean(b) => QueryOutput::Boolean(b),
            QueryResults::Graph(triples) => {
                let mut out = Vec::new();
                for t in triples {
                    let t = t.map_err(timed_out)?;
                    if out.len() == max {
                        return Err(QueryError::TooManyRows(max));
                    }
                    out.push(t);
                }
                QueryOutput::Graph(out)
            }
        },
    )
}

/// Writes SELECT results as W3C SPARQL 1.1 Query Results CSV: a header of variable names,
/// then one record per row, with CRLF line ends, IRIs as they are, blank nodes as `_:id`,
/// literals as their lexical form; any field with a comma, quote or line break is quoted as
/// RFC 4180 says (Sparesults' CSV writer leaves IRIs unquoted, and an IRI may hold a comma:
/// `…/article/001.txt#statement=179,245`).
///
/// ```
/// use newsgraph::query::{write_results, QueryOutput, ResultFormat};
/// use oxigraph::model::{Literal, NamedNode, Variable};
/// let out = QueryOutput::Solutions {
///     variables: vec![Variable::new("s")?, Variable::new("text")?],
///     rows: vec![vec![
///         Some(NamedNode::new("https://w3id.org/newsgraph/id/article/a.txt#statement=179,245")?.into()),
///         Some(Literal::from("\"No,\" she said").into()),
///     ]],
/// };
/// let csv = write_results(&out, ResultFormat::Csv, Vec::new())?;
/// assert_eq!(
///     String::from_utf8(csv)?,
///     "s,text\r\n\"https://w3id.org/newsgraph/id/article/a.txt#statement=179,245\",\"\"\"No,\"\" she said\"\r\n"
/// );
/// # Ok::<_, Box<dyn std::error::Error>>(())
/// ```
fn write_csv<W: Write>(
    variables: &[Variable],
    rows: &[Vec<Option<Term>>],
    writer: W,
) -> Result<W, QueryError> {
    let csv_error = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => QueryError::Io(e),
        other => QueryError::Io(std::io::Error::other(format!("{other:?}"))),
    };
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(writer);
    out.write_record(variables.iter().map(Variable::as_str))
        .map_err(csv_error)?;
    for row in rows {
        out.write_record(row.iter().map(|t| match t {
            None => String::new(),
            Some(Term::NamedNode(n)) => n.as_str().to_owned(),
            Some(Term::BlankNode(b)) => format!("_:{}", b.as_str()),
            Some(Term::Literal(l)) => l.value().to_owned(),
            #[allow(unreachable_patterns)]
            Some(t) => t.to_string(),
        }))
        .map_err(csv_error)?;
    }
    out.into_inner()
        .map_err(|e| QueryError::Io(std::io::Error::new(e.error().kind(), e.error().to_string())))
}

/// How to write query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// An aligned text table with prefixed names (the default).
    Table,
    /// W3C SPARQL 1.1 Query Results CSV.
    Csv,
    /// W3C SPARQL 1.1 Query Results TSV.
    Tsv,
    /// W3C SPARQL 1.1 Query Results JSON.
    Json,
    /// W3C SPARQL Query Results XML.
    Xml,
}

impl ResultFormat {
    /// Every format, with its command-line name.
    pub const ALL: &[(&str, ResultFormat)] = &[
        ("table", ResultFormat::Table),
        ("csv", ResultFormat::Csv),
        ("tsv", ResultFormat::Tsv),
        ("json", ResultFormat::Json),
        ("xml", ResultFormat::Xml),
    ];

    /// The format named `name`.
    pub fn from_name(name: &str) -> Option<ResultFormat> {
        Self::ALL
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, f)| *f)
    }

    fn w3c(self) -> Option<QueryResultsFormat> {
        match self {
            ResultFormat::Table => None,
            ResultFormat::Csv => Some(QueryResultsFormat::Csv),
            ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
            ResultFormat::Json => Some(QueryResultsFormat::Json),
            ResultFormat::Xml => Some(QueryResultsFormat::Xml),
        }
    }
}

/// Writes SELECT or ASK results in `format`. Graph results (CONSTRUCT) are written with
/// [`crate::export::write_rdf`] instead.
pub fn write_results<W: Write>(
    output: &QueryOutput,
    format: ResultFormat,
    mut writer: W,
) -> Result<W, QueryError> {
    match (output, format.w3c()) {
        (QueryOutput::Solutions { variables, rows }, None) => {
            write_table(variables, rows, &mut writer)?;
            Ok(writer)
        }
        (QueryOutput::Boolean(b), None) => {
            writeln!(writer, "{b}")?;
            Ok(writer)
        }
        (QueryOutput::Solutions { variables, rows }, Some(QueryResultsFormat::Csv)) => {
            write_csv(variables, rows, writer)
        }
        (QueryOutput::Solutions { variables, rows }, Some(f)) => {
            let mut s = QueryResultsSerializer::from_format(f).serialize_solutions_to_writer(writer, variables.clone())?;
            for row in rows {
                s.serialize(variables.iter().zip(row).filter_map(|(v, t)| t.as_ref().map(|t| (v.as_ref(), t.as_ref()))))?;
            }
            Ok(s.finish()?)
        }
        (QueryOutput::Boolean(b), Some(f)) => Ok(QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(writer, *b)?),
        (QueryOutput::Graph(_), _) => Err(QueryError::Format(
            "a CONSTRUCT or DESCRIBE query returns RDF: use --format turtle, ntriples, nquads, trig, rdfxml or jsonld".into(),
        )),
    }
}

/// A term as the table shows it: prefixed names for IRIs, bare values for literals.
pub fn display_term(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            PREFIXES
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns))
                .max_by_key(|(_, ns)| ns.len())
                .map_or_else(
                    || format!("<{iri}>"),
                    |(p, ns)| format!("{p}:{}", &iri[ns.len()..]),
                )
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().replace('\n', " "),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

fn write_table<W: Write>(
    variables: &[Variable],
    rows: &[Vec<Option<Term>>],
    w: &mut W,
) -> std::io::Result<()> {
    const MAX: usize = 60;
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|t| {
                    let s = t.as_ref().map(display_term).unwrap_or_default();
                    if s.chars().count() > MAX {
                        format!("{}…", s.chars().take(MAX - 1).collect::<String>())
                    } else {
                        s
                    }
                })
                .collect()
        })
        .collect();
    let widths: Vec<usize> = variables
        .iter()
        .enumerate()
        .map(|(i, v)| {
            cells
                .iter()
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
                .max(v.as_str().len())
        })
        .collect();
    let line = |w: &mut W, vals: &[String]| -> std::io::Result<()> {
        let padded: Vec<String> = vals
            .iter()
            .zip(&widths)
            .map(|(v, n)| format!("{v:<n$}"))
            .collect();
        writeln!(w, "{}", padded.join("  ").trim_end())
    };
    line(
        w,
        &variables
            .iter()
            .map(|v| v.as_str().to_owned())
            .collect::<Vec<_>>(),
    )?;
    line(
        w,
        &widths.iter().map(|n| "-".repeat(*n)).collect::<Vec<_>>(),
    )?;
    for r in &cells {
        line(w, r)?;
    }
    writeln!(
        w,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_query_parses_and_describes_itself() {
        for q in BUNDLED {
            let _ = SparqlEvaluator::new()
                .parse_query(q.text)
                .unwrap_or_else(|e| panic!("{}: {e}", q.name));
            assert!(
                !q.description().is_empty(),
                "{} has no description line",
                q.name
            );
        }
    }

    #[test]
    fn display_term_table() {
        use oxigraph::model::{Literal, NamedNode};
        for (term, shown) in [
            (
                Term::from(NamedNode::new_unchecked(
                    "https://w3id.org/newsgraph/id/person/jane-smith",
                )),
                "person:jane-smith",
            ),
            (
                Term::from(NamedNode::new_unchecked("http://example.com/x")),
                "<http://example.com/x>",
            ),
            (Term::from(Literal::from("a\nb")), "a b"),
        ] {
            assert_eq!(display_term(&term), shown);
        }
    }
}
