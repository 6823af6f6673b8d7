//! Where results go: standard output (no file, or `-`), or a file that is written whole or
//! not at all.
//!
//! A file is written under a temporary name beside it (`.NAME.XXXXXX.partial`, in the same
//! directory, so the rename cannot cross file systems) and renamed over `NAME` only by
//! [`Output::commit`], after everything was written and synced. An error or an interruption
//! (a full disk, Ctrl-C, a kill) therefore leaves the earlier `NAME` as it was; the partial
//! file is removed on error, and left with its telling name after a kill. Every write error
//! names the file. A symbolic link is followed (the file it points to is replaced, the link
//! stays), and what is not a regular file (`/dev/null`, `/dev/stdout`, a pipe such as
//! `>(gzip > x.gz)`) is written straight through.
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
    /// Something that is not a regular file (a device such as `/dev/null`, a pipe such as
    /// `/dev/stdout` or `/dev/fd/63`): written straight through.
    Direct {
        /// Where it goes.
        path: PathBuf,
        /// The open file.
        writer: BufWriter<std::fs::File>,
    },
    /// A temporary file beside `path`.
    File {
        /// The file as the user named it, for messages.
        shown: PathBuf,
        /// The file to write (a symbolic link resolved).
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
    /// Standard output for `None` or `-`, else a temporary file beside `path`.
    pub fn create(path: Option<&Path>) -> std::io::Result<Output> {
        let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Output::Stdout(BufWriter::new(std::io::stdout())));
        };
        if let Ok(meta) = std::fs::metadata(path) {
            if !meta.is_file() {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .truncate(true)
                    .open(path)
                    .map_err(|e| named(path, "write", e))?;
                return Ok(Output::Direct {
                    path: path.to_path_buf(),
                    writer: BufWriter::new(file),
                });
            }
        }
        // A symbolic link stays a link: the file it points to is the one replaced.
        let resolved = std::fs::canonicalize(path).ok();
        let shown = path;
        let path = resolved.as_deref().unwrap_or(path);
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
            .map_err(|e| named(shown, "create", e))?;
        Ok(Output::File {
            shown: shown.to_path_buf(),
            path: path.to_path_buf(),
            writer: BufWriter::with_capacity(1 << 20, tmp),
        })
    }

    /// Flushes, and for a file: syncs it and renames it over its name. Without this call the
    /// file is not written (its temporary file is removed).
    pub fn commit(self) -> std::io::Result<()> {
        match self {
            Output::Stdout(mut out) => out.flush(),
            Output::Direct { path, mut writer } => {
                writer.flush().map_err(|e| named(&path, "write", e))
            }
            Output::File {
                shown,
                path,
                writer,
            } => {
                let tmp = writer
                    .into_inner()
                    .map_err(|e| named(&shown, "write", e.into_error()))?;
                tmp.as_file()
                    .sync_all()
                    .map_err(|e| named(&shown, "write", e))?;
                // The permissions a new file gets (the temporary file is private), or those of
                // the file it replaces.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let mode = std::fs::metadata(&path).map_or(0o644, |m| m.permissions().mode());
                    tmp.as_file()
                        .set_permissions(std::fs::Permissions::from_mode(mode))
                        .map_err(|e| named(&shown, "write", e))?;
                }
                tmp.persist(&path)
                    .map_err(|e| named(&shown, "write", e.error))?;
                Ok(())
            }
        }
    }
}

impl Output {
    /// The writer and the name to give in messages.
    fn parts(&mut self) -> (&mut dyn Write, Option<&Path>) {
        match self {
            Output::Stdout(out) => (out, None),
            Output::Direct { path, writer } => (writer, Some(path)),
            Output::File { shown, writer, .. } => (writer, Some(shown)),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let (out, path) = self.parts();
        out.write(buf).map_err(|e| match path {
            Some(p) => named(p, "write", e),
            None => e,
        })
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        let (out, path) = self.parts();
        out.write_all(buf).map_err(|e| match path {
            Some(p) => named(p, "write", e),
            None => e,
        })
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let (out, path) = self.parts();
        out.flush().map_err(|e| match path {
            Some(p) => named(p, "write", e),
            None => e,
        })
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

    /// Devices and pipes are written straight through; a link stays a link.
    #[cfg(unix)]
    #[test]
    fn devices_are_written_through_and_links_followed() {
        let mut out = Output::create(Some(Path::new("/dev/null"))).unwrap();
        out.write_all(b"nothing").unwrap();
        out.commit().unwrap();
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device());
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("target.ttl"), "old").unwrap();
        std::os::unix::fs::symlink("target.ttl", dir.path().join("link.ttl")).unwrap();
        let mut out = Output::create(Some(&dir.path().join("link.ttl"))).unwrap();
        out.write_all(b"new").unwrap();
        out.commit().unwrap();
        assert!(std::fs::symlink_metadata(dir.path().join("link.ttl"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("target.ttl")).unwrap(),
            "new"
        );
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
