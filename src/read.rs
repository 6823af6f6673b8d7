//! Reading articles: files, directories and standard input.
//!
//! Each article gets a stable id: its path relative to the input it was found under (the file
//! name for a file given directly), or `sha256-…` of its text when read from standard input.
//! The same article read again gets the same id, so a rebuild replaces it.
//!
//! ```
//! use newsgraph::read::Article;
//! let a = Article::from_text("stdin", "Peace talks\n\nThe talks began.".to_owned());
//! assert!(a.id.starts_with("sha256-"));
//! assert_eq!(a.headline(), Some("Peace talks"));
//! ```

use crate::segment::Span;
use regex::Regex;
use sha2::{Digest, Sha256};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// An error while finding or reading input.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The input is not UTF-8 text.
    #[error("{path} is not UTF-8 text (byte {offset}); skipped: convert it first, e.g. with iconv -f latin1 -t utf-8")]
    NotUtf8 {
        /// The path.
        path: PathBuf,
        /// Where the first bad byte is.
        offset: usize,
    },
    /// The input is larger than the article size limit.
    #[error("{path}: larger than the article size limit of {limit} bytes; skipped (raise the limit with --max-article-size)")]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// The limit, in bytes.
        limit: usize,
    },
    /// The input holds NUL bytes: binary data, not text.
    #[error("{path}: binary data, not text (a NUL byte at byte {offset}); skipped")]
    Binary {
        /// The path.
        path: PathBuf,
        /// Where the first NUL byte is.
        offset: usize,
    },
    /// The input holds no text (empty, or only whitespace).
    #[error("{path}: no text (an empty file, or only whitespace); skipped")]
    Empty {
        /// The path.
        path: PathBuf,
    },
    /// A file of a type newsgraph does not read.
    #[error("{path}: not a supported input type (supported: .txt, .md, .markdown, .html, .htm, .jsonl, .ndjson, and those gzipped); skipped")]
    Unsupported {
        /// The path.
        path: PathBuf,
    },
    /// A JSON Lines record that is not an article.
    #[error("{path}, line {line}: {message}; line skipped")]
    BadLine {
        /// The file.
        path: PathBuf,
        /// The line number, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A field of a JSON Lines record that was dropped or converted: the article is kept.
    #[error("{path}, line {line}: {message}")]
    Field {
        /// The file.
        path: PathBuf,
        /// The line number, from 1.
        line: usize,
        /// What was done with the field.
        message: String,
    },
    /// A directory walk failed.
    #[error("cannot walk {path}: {message}")]
    Walk {
        /// The path.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
}

impl ReadError {
    /// Whether this is only a warning about an article that is still read
    /// ([`ReadError::Field`]), rather than an input or record that was skipped.
    pub fn is_warning(&self) -> bool {
        matches!(self, ReadError::Field { .. })
    }
}

/// One article to extract from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Stable id: the relative path, or `sha256-` and 16 hex digits of the text.
    pub id: String,
    /// Where it came from, as given ("-" for standard input).
    pub source: String,
    /// The text.
    pub text: String,
    /// SHA-256 of the text, in hex.
    pub hash: String,
    /// Metadata given with the text (JSON Lines input).
    pub meta: Metadata,
    /// The file whose path gave the id: a text or HTML file, or the JSON Lines file of a
    /// record without an id of its own. `None` when the id is the record's own or the text's
    /// hash. Two files in different folders can have the same relative path, hence the same
    /// id: one run reads the first of them and skips the others with a warning, and a build
    /// tells them apart from a stored article by this file (see
    /// [`crate::store::ArticleLoader`]).
    pub id_file: Option<PathBuf>,
}

/// What an input says about an article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The publication date, as given.
    pub date: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// The publisher or feed.
    pub publisher: Option<String>,
}

impl Article {
    /// An article from text read elsewhere, identified by its content hash.
    pub fn from_text(source: &str, text: String) -> Self {
        let hash = hex_sha256(&text);
        Article {
            id: format!("sha256-{}", &hash[..16]),
            source: source.to_owned(),
            text,
            hash,
            meta: Metadata::default(),
            id_file: None,
        }
    }

    /// An article with a given id.
    pub fn with_id(id: String, source: String, text: String) -> Self {
        let hash = hex_sha256(&text);
        Article {
            id,
            source,
            text,
            hash,
            meta: Metadata::default(),
            id_file: None,
        }
    }

    /// The headline: the metadata's title, else the first line, when a blank line follows it
    /// and it reads like a title (short, no closing full stop, not a photo credit), without
    /// the `#` marks of a Markdown heading.
    pub fn headline(&self) -> Option<&str> {
        self.meta
            .title
            .as_deref()
            .or_else(|| self.headline_span().map(|s| s.of(&self.text)))
    }

    /// Where the headline stands in the text.
    pub fn headline_span(&self) -> Option<Span> {
        static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^(photo|image|picture|video)s?(\s+credits?)?\s*:")
                .expect("regex compiles")
        });
        let first = self.text.len() - self.text.trim_start().len();
        let rest = &self.text[first..];
        let line_end = rest.find('\n')?;
        let full = rest[..line_end].trim_end();
        let next = rest[line_end + 1..].split('\n').next().unwrap_or("");
        // A Markdown heading: "# Title" (up to six marks, then a space).
        let marks = full.len() - full.trim_start_matches('#').len();
        let after = &full[marks..];
        let line = if (1..=6).contains(&marks) && (after.is_empty() || after.starts_with(' ')) {
            after.trim_start()
        } else {
            full
        };
        let start = first + full.len() - line.len();
        let ok = !line.is_empty()
            && next.trim().is_empty()
            && line.chars().count() <= 200
            && !line.ends_with(['.', ',', ';', ':'])
            && !CREDIT.is_match(line);
        ok.then(|| Span::new(start, start + line.len()))
    }
}

fn hex_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One input file found, with the id its article will have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// The path to read ("-" for standard input).
    pub path: PathBuf,
    /// The article id: the path relative to the input root.
    pub id: String,
}

/// File extensions read from directories.
pub const EXTENSIONS: &[&str] = &[
    "txt",
    "md",
    "markdown",
    "html",
    "htm",
    "jsonl",
    "ndjson",
    "txt.gz",
    "md.gz",
    "markdown.gz",
    "html.gz",
    "htm.gz",
    "jsonl.gz",
    "ndjson.gz",
];

/// How an input file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One article of plain text (or Markdown, read as it is).
    Text,
    /// One article as an HTML page: its body text and metadata (see [`crate::html`]).
    Html,
    /// JSON Lines: one article per line.
    JsonLines,
}

/// The kind of a file, and whether it is gzipped, from its name.
pub fn input_kind(path: &Path) -> Option<(InputKind, bool)> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let (name, gz) = match name.strip_suffix(".gz") {
        Some(inner) => (inner.to_owned(), true),
        None => (name, false),
    };
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    match ext {
        "txt" | "md" | "markdown" => Some((InputKind::Text, gz)),
        "html" | "htm" => Some((InputKind::Html, gz)),
        "jsonl" | "ndjson" => Some((InputKind::JsonLines, gz)),
        _ => None,
    }
}

/// Expands the inputs: a file stands for itself, a directory for the supported files under it
/// (recursively, sorted), `-` for standard input. Files of other types inside directories are
/// returned as `skipped`, so that they can be listed, not silently ignored.
pub fn find_inputs(inputs: &[PathBuf]) -> (Vec<InputFile>, Vec<ReadError>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(InputFile {
                path: input.clone(),
                id: String::new(),
            });
            continue;
        }
        let meta = match std::fs::metadata(input) {
            Ok(m) => m,
            Err(source) => {
                problems.push(ReadError::Io {
                    path: input.clone(),
                    source,
                });
                continue;
            }
        };
        if meta.is_file() {
            let id = input.file_name().map_or_else(
                || input.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            files.push(InputFile {
                path: input.clone(),
                id,
            });
            continue;
        }
        let walker = walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let path = e.path().map_or_else(|| input.clone(), Path::to_path_buf);
                    problems.push(ReadError::Walk {
                        path,
                        message: e.to_string(),
                    });
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let path = entry.path();
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            let supported = input_kind(path).is_some();
            if hidden {
                continue;
            }
            if !supported {
                problems.push(ReadError::Unsupported {
                    path: path.to_path_buf(),
                });
                continue;
            }
            let rel = path.strip_prefix(input).unwrap_or(path);
            let id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push(InputFile {
                path: path.to_path_buf(),
                id,
            });
        }
    }
    (files, problems)
}

/// The default of [`Limits::max_article_size`]: 10 MB.
pub const DEFAULT_MAX_ARTICLE_SIZE: usize = 10_000_000;

/// Limits on what is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest article read, in bytes: a text or HTML file (after gunzipping) or a JSON
    /// Lines record; larger ones are skipped, without being read into memory whole.
    pub max_article_size: usize,
    /// How to read every input, whatever its name says; `None`: from the name (`.jsonl`,
    /// `.html`, …), and for standard input from its first character (`{`: JSON Lines, `<`:
    /// HTML, else text).
    pub format: Option<InputKind>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_article_size: DEFAULT_MAX_ARTICLE_SIZE,
            format: None,
        }
    }
}

fn open_raw(input: &InputFile) -> Result<Box<dyn Read + Send>, ReadError> {
    Ok(if input.path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(
            std::fs::File::open(&input.path).map_err(|source| ReadError::Io {
                path: input.path.clone(),
                source,
            })?,
        )
    })
}

/// One part of a corpus split across machines: `K/N` takes the articles whose id hashes to K
/// modulo N (K from 0 to N - 1). The hash is the first eight bytes of the id's SHA-256, read
/// big-endian, so every machine and every run splits the same way, and the N parts hold each
/// article once.
///
/// ```
/// use newsgraph::read::Shard;
/// let parts: Vec<Shard> = (0..4).map(|k| format!("{k}/4").parse().unwrap()).collect();
/// for id in ["001.txt", "reuters/17", "b/001.txt"] {
///     assert_eq!(parts.iter().filter(|p| p.holds(id)).count(), 1);
/// }
/// assert!("4/4".parse::<Shard>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// K: which part, from 0.
    pub index: u64,
    /// N: how many parts.
    pub count: u64,
}

impl Shard {
    /// Whether the article with id `id` (its `--id-base` included) is in this part.
    pub fn holds(&self, id: &str) -> bool {
        let digest = Sha256::digest(id.as_bytes());
        let mut head = [0u8; 8];
        head.copy_from_slice(&digest[..8]);
        u64::from_be_bytes(head) % self.count == self.index
    }
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("{s:?} is not a part K/N (K from 0 to N-1: 0/4, 1/4, 2/4, 3/4)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (index, count): (u64, u64) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

/// Reads one input: a text file is one article, a JSON Lines file one article a line. Each
/// item is an article or the reason one was skipped (a bad line does not stop the rest).
pub fn read_articles(
    input: &InputFile,
    limits: Limits,
) -> Box<dyn Iterator<Item = Result<Article, ReadError>> + Send> {
    match open_raw(input) {
        Ok(raw) => read_articles_from(input, raw, limits),
        Err(e) => Box::new(std::iter::once(Err(e))),
    }
}

/// Reads the articles of `input` from `raw`, its bytes as stored (gzipped when its name ends
/// in `.gz`), as [`read_articles`] does from the file.
///
/// ```
/// use newsgraph::read::{read_articles_from, InputFile, Limits, ReadError};
/// let input = InputFile { path: "feed.jsonl".into(), id: "feed.jsonl".into() };
/// let bytes: &[u8] = b"{\"text\": \"Talks began.\"}\nnot json\n";
/// let items: Vec<_> = read_articles_from(&input, Box::new(bytes), Limits::default()).collect();
/// assert_eq!(items[0].as_ref().unwrap().text, "Talks began.");
/// assert!(matches!(items[1], Err(ReadError::BadLine { line: 2, .. })));
/// ```
pub fn read_articles_from(
    input: &InputFile,
    raw: Box<dyn Read + Send>,
    limits: Limits,
) -> Box<dyn Iterator<Item = Result<Article, ReadError>> + Send> {
    let named = input_kind(&input.path);
    let gz = named.is_some_and(|(_, gz)| gz);
    let raw: Box<dyn Read + Send> = if gz {
        Box::new(flate2::read::MultiGzDecoder::new(raw))
    } else {
        raw
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, raw);
    let kind = match (limits.format, named) {
        (Some(kind), _) => kind,
        (None, Some((kind, _))) => kind,
        // Standard input (or a name without a known extension): its first character tells.
        (None, None) => sniff(&mut reader),
    };
    match kind {
        InputKind::Text => Box::new(std::iter::once(read_text(input, reader, false, limits))),
        InputKind::Html => Box::new(std::iter::once(read_text(input, reader, true, limits))),
        InputKind::JsonLines => Box::new(json_lines(input.clone(), Box::new(reader), limits)),
    }
}

/// The kind of input whose first bytes `reader` holds: JSON Lines when the first character
/// that is not white space is `{`, HTML when it is `<`, else text. Reads nothing away.
fn sniff(reader: &mut impl BufRead) -> InputKind {
    let first = loop {
        match reader.fill_buf() {
            Ok(buf) => match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(i) => break Some(buf[i]),
                // Only white space so far: look at no more than the buffer holds.
                None => break None,
            },
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break None,
        }
    };
    match first {
        Some(b'{') => InputKind::JsonLines,
        Some(b'<') => InputKind::Html,
        _ => InputKind::Text,
    }
}

/// Reads the next line (without its `\n`) into `buf`, keeping at most `limit` bytes: a longer
/// line is read through to its end but not kept. `Ok(None)` at the end of the input,
/// `Ok(Some(false))` for a line longer than `limit`.
fn next_line(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<Option<bool>> {
    buf.clear();
    let mut any = false;
    let mut fits = true;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(fits));
        }
        any = true;
        let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], Some(i + 1)),
            None => (chunk, None),
        };
        if fits && buf.len() + part.len() <= limit {
            buf.extend_from_slice(part);
        } else {
            fits = false;
            buf.clear();
        }
        let used = done.unwrap_or(chunk.len());
        reader.consume(used);
        if done.is_some() {
            return Ok(Some(fits));
        }
    }
}

/// One JSON Lines record.
#[derive(serde::Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    body: Option<String>,
    content: Option<String>,
    title: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
    url: Option<serde_json::Value>,
    source: Option<serde_json::Value>,
}

/// A metadata field of a record as text: a string as it is, a number as written (with a note),
/// anything else dropped (with a note). `null` and `""` are absent.
fn text_field(
    value: Option<serde_json::Value>,
    name: &str,
    notes: &mut Vec<String>,
) -> Option<String> {
    use serde_json::Value;
    match value? {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s),
        Value::Number(n) => {
            notes.push(format!(
                "\"{name}\" is a number, not a string; kept as the text \"{n}\""
            ));
            Some(n.to_string())
        }
        other => {
            let kind = match other {
                Value::Bool(_) => "a boolean",
                Value::Array(_) => "an array",
                _ => "an object",
            };
            notes.push(format!(
                "\"{name}\" is {kind}, not a string; dropped, the article is kept"
            ));
            None
        }
    }
}

/// `url` when it is a web address (http or https) that is a valid IRI: an article's URL is
/// where a reader can open it, never `javascript:` or `file:`.
///
/// ```
/// use newsgraph::read::web_url;
/// assert_eq!(web_url("https://example.org/a?b=1"), Some("https://example.org/a?b=1"));
/// assert_eq!(web_url("HTTP://example.org/"), Some("HTTP://example.org/"));
/// assert_eq!(web_url("javascript:alert(1)"), None);
/// assert_eq!(web_url("file:///etc/passwd"), None);
/// assert_eq!(web_url("https://exa mple.org/"), None);
/// ```
pub fn web_url(url: &str) -> Option<&str> {
    let scheme = url.split_once(':')?.0;
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    (web && url.contains("://") && oxigraph::model::NamedNode::new(url).is_ok()).then_some(url)
}

fn json_lines(
    input: InputFile,
    mut reader: Box<dyn BufRead + Send>,
    limits: Limits,
) -> impl Iterator<Item = Result<Article, ReadError>> + Send {
    let mut line_no = 0;
    let mut line = Vec::new();
    let mut done = false;
    // The article of a record that came with notes, handed on after them.
    let mut pending: Option<Article> = None;
    let mut notes: Vec<String> = Vec::new();
    std::iter::from_fn(move || loop {
        if let Some(message) = notes.pop() {
            return Some(Err(ReadError::Field {
                path: input.path.clone(),
                line: line_no,
                message,
            }));
        }
        if let Some(article) = pending.take() {
            return Some(Ok(article));
        }
        if done {
            return None;
        }
        line_no += 1;
        let bad = |message: String| ReadError::BadLine {
            path: input.path.clone(),
            line: line_no,
            message,
        };
        match next_line(&mut reader, &mut line, limits.max_article_size) {
            Ok(None) => return None,
            Ok(Some(true)) => {}
            Ok(Some(false)) => {
                return Some(Err(bad(format!(
                    "longer than the article size limit of {} bytes (raise the limit with --max-article-size)",
                    limits.max_article_size
                ))))
            }
            Err(source) => {
                // A read error (a corrupt gzip stream) ends the file: what follows is unknown.
                done = true;
                return Some(Err(ReadError::Io {
                    path: input.path.clone(),
                    source,
                }));
            }
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if let Err(e) = std::str::from_utf8(&line) {
            return Some(Err(bad(format!(
                "not UTF-8 text (byte {} of the line)",
                e.valid_up_to()
            ))));
        }
        let record: Record = match serde_json::from_slice(&line) {
            Ok(r) => r,
            Err(e) => return Some(Err(bad(format!("not a JSON object ({e})")))),
        };
        let Some(text) = record.text.or(record.body).or(record.content) else {
            return Some(Err(
                bad("no \"text\", \"body\" or \"content\" field".into()),
            ));
        };
        if text.trim().is_empty() {
            return Some(Err(bad("the text is empty".into())));
        }
        if let Some(offset) = text.find('\0') {
            return Some(Err(bad(format!(
                "the text holds binary data (a NUL character at byte {offset})"
            ))));
        }
        let (id, id_file) = match record.id {
            Some(serde_json::Value::String(s)) if !s.is_empty() => (s, None),
            Some(serde_json::Value::Number(n)) => (n.to_string(), None),
            // From standard input, as a text read there: by the hash of the text.
            _ if input.id.is_empty() => (format!("sha256-{}", &hex_sha256(&text)[..16]), None),
            _ => (format!("{}/{line_no}", input.id), Some(input.path.clone())),
        };
        let mut article = Article::with_id(id, format!("{}:{line_no}", input.path.display()), text);
        article.id_file = id_file;
        let url = text_field(record.url, "url", &mut notes).and_then(|u| {
            if web_url(&u).is_none() {
                notes.push(format!(
                    "\"url\" {u:?} is not an http or https address; dropped, the article is kept"
                ));
                return None;
            }
            Some(u)
        });
        article.meta = Metadata {
            title: text_field(record.title, "title", &mut notes),
            date: text_field(record.date, "date", &mut notes),
            url,
            publisher: text_field(record.source, "source", &mut notes),
        };
        if notes.is_empty() {
            return Some(Ok(article));
        }
        notes.reverse(); // popped in the order they were noted
        pending = Some(article);
    })
}

fn read_text(
    input: &InputFile,
    reader: impl Read,
    html: bool,
    limits: Limits,
) -> Result<Article, ReadError> {
    let mut bytes = Vec::new();
    // One byte more than the limit tells a file over the limit, without reading it all.
    reader
        .take(limits.max_article_size as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            path: input.path.clone(),
            source,
        })?;
    if bytes.len() > limits.max_article_size {
        return Err(ReadError::TooLarge {
            path: input.path.clone(),
            limit: limits.max_article_size,
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            path: input.path.clone(),
            offset,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        path: input.path.clone(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    // A byte-order mark is not part of the text.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    let (text, meta) = if html {
        crate::html::from_html(&text)
    } else {
        (text, Metadata::default())
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty {
            path: input.path.clone(),
        });
    }
    let source = input.path.display().to_string();
    let mut article = if input.id.is_empty() {
        Article::from_text(&source, text)
    } else {
        let mut article = Article::with_id(input.id.clone(), source, text);
        article.id_file = Some(input.path.clone());
        article
    };
    article.meta = meta;
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_table() {
        for (text, expected) in [
            ("Peace talks\n\nBody.", Some("Peace talks")),
            ("Photo Credit: Getty Images\n \nBody.", None),
            ("A sentence that ends.\n\nBody.", None),
            ("No blank line\nafter it.", None),
            ("\n\n  Blair wins vote \n\nBody", Some("Blair wins vote")),
            ("# Peace talks\n\nBody.", Some("Peace talks")),
            ("##  Peace talks \n\nBody.", Some("Peace talks")),
            ("#hashtag\n\nBody.", Some("#hashtag")),
            ("####### Seven marks\n\nBody.", Some("####### Seven marks")),
            ("# \n\nBody.", None),
        ] {
            assert_eq!(
                Article::from_text("t", text.to_owned()).headline(),
                expected,
                "{text:?}"
            );
        }
    }
}
