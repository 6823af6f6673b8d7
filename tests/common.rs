//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture's path.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// `../shared`, or `None` with a printed reason (tests that need it then skip).
pub fn shared(test: &str) -> Option<PathBuf> {
    let p = root().join("../shared");
    if p.join("gold").is_dir() {
        Some(p)
    } else {
        println!("skipping {test}: ../shared is absent (it holds the gold annotations)");
        None
    }
}

/// Runs the newsgraph binary with `args` in `dir`, with no NEWSGRAPH_STORE set.
pub fn newsgraph(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(dir)
        .env_remove("NEWSGRAPH_STORE")
        .output()
        .expect("the newsgraph binary runs")
}

/// Runs the newsgraph binary with `args` in `dir`, `stdin` on its standard input.
pub fn newsgraph_with_stdin(dir: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(dir)
        .env_remove("NEWSGRAPH_STORE")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the newsgraph binary runs");
    child
        .stdin
        .take()
        .expect("standard input is piped")
        .write_all(stdin.as_bytes())
        .expect("standard input is written");
    child.wait_with_output().expect("the newsgraph binary ends")
}

/// Standard output as text, after checking the exit code.
pub fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("output is UTF-8")
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// N-Quads of the store at `db` (relative to `dir`), sorted.
pub fn sorted_nquads(dir: &Path, db: &str) -> Vec<String> {
    let out = ok(&newsgraph(
        dir,
        &["export", "--store", db, "--format", "nquads"],
    ));
    let mut lines: Vec<String> = out.lines().map(str::to_owned).collect();
    lines.sort();
    lines
}
