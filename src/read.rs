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
    #[error("{path} is not UTF-8 text (byte {offset}); convert it first, e.g. with iconv -f latin1 -t utf-8")]
    NotUtf8 {
        /// The path.
        path: PathBuf,
        /// Where the first bad byte is.
        offset: usize,
    },
    /// A file of a type newsgraph does not read.
    #[error("{path}: not a supported input type (supported: .txt); skipped")]
    Unsupported {
        /// The path.
        path: PathBuf,
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
        }
    }

    /// The headline: the first line, when a blank line follows it and it reads like a title
    /// (short, no closing full stop, not a photo credit).
    pub fn headline(&self) -> Option<&str> {
        self.headline_span().map(|s| s.of(&self.text))
    }

    /// Where the headline stands in the text.
    pub fn headline_span(&self) -> Option<Span> {
        static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^(photo|image|picture|video)s?(\s+credits?)?\s*:")
                .expect("regex compiles")
        });
        let start = self.text.len() - self.text.trim_start().len();
        let rest = &self.text[start..];
        let line_end = rest.find('\n')?;
        let line = rest[..line_end].trim_end();
        let next = rest[line_end + 1..].split('\n').next().unwrap_or("");
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
pub const EXTENSIONS: &[&str] = &["txt"];

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
            let supported = path
                .extension()
                .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)));
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

/// Reads one input as an article.
pub fn read_article(input: &InputFile) -> Result<Article, ReadError> {
    let bytes = if input.path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|source| {
            ReadError::Io {
                path: input.path.clone(),
                source,
            }
        })?;
        buf
    } else {
        std::fs::read(&input.path).map_err(|source| ReadError::Io {
            path: input.path.clone(),
            source,
        })?
    };
    let text = String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        path: input.path.clone(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    // A byte-order mark is not part of the text.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    let source = input.path.display().to_string();
    Ok(if input.id.is_empty() {
        Article::from_text(&source, text)
    } else {
        Article::with_id(input.id.clone(), source, text)
    })
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
        ] {
            assert_eq!(
                Article::from_text("t", text.to_owned()).headline(),
                expected,
                "{text:?}"
            );
        }
    }
}
