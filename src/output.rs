//! Where results go: standard output, or a file that is written whole or not at all.
//!
//! A file is written under a temporary name beside it (`.NAME.XXXXXX.partial`, in the same
//! directory, so the rename cannot cross file systems) and renamed over `NAME` only by
//! [`Output::commit`], after everything was written and synced. An error or an interruption
//! (a full disk, Ctrl-C, a kill) therefore leaves the earlier `NAME` as it was; the partial
//! file is removed on error, and left with its telling name after a kill. Every write error
//! names the file.
//!
//! ```
//! use newsgraph::output::Output;
//! use std::io::Write;
//! let dir = tempfile::tempdir()?;
//! let path = dir.path().join("graph.ttl");
//! std::fs::write(&path, "old")?;
//! let mut out = Output::create(Some(&path))?;
//! out.write_all(b"new")?;
//! assert_eq!(std::fs::read_to_string(&path)?, "old"); // not yet
//! out.commit()?;
//! assert_eq!(std::fs::read_to_string(&path)?, "new");
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Standard output, or a file written whole on [`Output::commit`].
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<std::io::Stdout>),
    /// A temporary file beside `path`.
    File {
        /// The file to write.
        path: PathBuf,
        /// The temporary file being written.
        writer: BufWriter<tempfile::NamedTempFile>,
    },
}

/// An I/O error with the file's name in its message.
fn named(path: &Path, what: &str, e: std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), format!("cannot {what} {}: {e}", path.display()))
}

impl Output {
    /// Standard output for `None`, else a temporary file beside `path`.
    pub fn create(path: Option<&Path>) -> std::io::Result<Output> {
        let Some(path) = path else {
            return Ok(Output::Stdout(BufWriter::new(std::io::stdout())));
        };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = path
            .file_name()
            .map_or_else(|| "output".into(), |n| n.to_string_lossy());
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".partial")
            .tempfile_in(dir)
            .map_err(|e| named(path, "create", e))?;
        Ok(Output::File {
            path: path.to_path_buf(),
            writer: BufWriter::with_capacity(1 << 20, tmp),
        })
    }

    /// Flushes, and for a file: syncs it and renames it over its name. Without this call the
    /// file is not written (its temporary file is removed).
    pub fn commit(self) -> std::io::Result<()> {
        match self {
            Output::Stdout(mut out) => out.flush(),
            Output::File { path, writer } => {
                let tmp = writer
                    .into_inner()
                    .map_err(|e| named(&path, "write", e.into_error()))?;
                tmp.as_file()
                    .sync_all()
                    .map_err(|e| named(&path, "write", e))?;
                // The permissions a new file gets (the temporary file is private), or those of
                // the file it replaces.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let mode = std::fs::metadata(&path).map_or(0o644, |m| m.permissions().mode());
                    tmp.as_file()
                        .set_permissions(std::fs::Permissions::from_mode(mode))
                        .map_err(|e| named(&path, "write", e))?;
                }
                tmp.persist(&path)
                    .map_err(|e| named(&path, "write", e.error))?;
                Ok(())
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(out) => out.write(buf),
            Output::File { path, writer } => writer.write(buf).map_err(|e| named(path, "write", e)),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Output::Stdout(out) => out.write_all(buf),
            Output::File { path, writer } => {
                writer.write_all(buf).map_err(|e| named(path, "write", e))
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(out) => out.flush(),
            Output::File { path, writer } => writer.flush().map_err(|e| named(path, "write", e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file that is dropped without commit leaves the old file and no partial file.
    #[test]
    fn dropped_output_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.nq");
        std::fs::write(&path, "old").unwrap();
        let mut out = Output::create(Some(&path)).unwrap();
        out.write_all(b"half of it").unwrap();
        drop(out);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["out.nq"]);
    }

    /// A file in a directory that does not exist: the message names the file.
    #[test]
    fn create_error_names_the_file() {
        let err = Output::create(Some(Path::new("/nonexistent-dir/out.ttl")))
            .err()
            .unwrap();
        assert!(
            err.to_string()
                .starts_with("cannot create /nonexistent-dir/out.ttl: "),
            "{err}"
        );
    }
}
