//! The README's examples are true: every command of a `console` block runs, in README order,
//! in one scratch directory, and prints what the README shows.
//!
//! The scratch directory holds `examples/` (the bundled article), `articles/` (the fixtures of
//! `tests/fixtures/formats`) and `coll/a/001.txt`, `coll/b/001.txt` (two folders with a file of
//! one name); the README calls it `/home/ana`. A command runs through `sh` with `newsgraph`
//! first on PATH and its standard error after its standard output, as on a terminal; times
//! ("in 0.09 s") are not compared. A block after the line `<!-- needs ../shared -->` uses the
//! corpora of `../shared` (beside the project, and beside the scratch directory through a link):
//! without them it is skipped, with a printed reason.

use crate::common::root;
use std::path::Path;
use std::process::Command;

/// One command of a `console` block and the lines the README shows after it.
#[derive(Debug)]
struct Example {
    /// Line of the command in README.md (1-based).
    line: usize,
    command: String,
    output: Vec<String>,
    /// Whether its block needs `../shared`.
    needs_shared: bool,
}

/// The line before a `console` block whose commands need `../shared`.
const NEEDS_SHARED: &str = "<!-- needs ../shared -->";

/// The commands of the `console` blocks of `markdown`.
fn examples(markdown: &str) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    let mut in_console = false;
    let mut needs_shared = false;
    let mut previous = "";
    for (i, line) in markdown.lines().enumerate() {
        if !in_console {
            in_console = line.trim_end() == "```console";
            needs_shared = in_console && previous.trim() == NEEDS_SHARED;
            previous = line;
            continue;
        }
        if line.starts_with("```") {
            in_console = false;
        } else if let Some(command) = line.strip_prefix("$ ") {
            out.push(Example {
                line: i + 1,
                command: command.to_owned(),
                output: Vec::new(),
                needs_shared,
            });
        } else if let Some(last) = out.last_mut() {
            last.output.push(line.to_owned());
        }
    }
    out
}

/// What is compared of an output: lines without trailing blanks, trailing empty lines dropped,
/// times as `T s`.
fn normalise(lines: &[String]) -> Vec<String> {
    let time = regex::Regex::new(r"\b\d+\.\d+ s\b").expect("valid pattern");
    let mut out: Vec<String> = lines
        .iter()
        .map(|l| time.replace_all(l.trim_end(), "T s").into_owned())
        .collect();
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a scratch folder");
    for entry in std::fs::read_dir(from).expect("read a fixture folder") {
        let entry = entry.expect("a directory entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy a fixture");
    }
}

#[test]
fn readme_examples_print_what_the_readme_shows() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md is read");
    let examples = examples(&readme);
    assert!(
        examples.len() >= 15,
        "the README shows its commands in console blocks: {} found",
        examples.len()
    );
    // The scratch directory is `work/` in a temporary one, with `shared` beside it.
    let scratch = tempfile::tempdir().expect("a scratch directory");
    let dir = &scratch.path().join("work");
    std::fs::create_dir(dir).expect("create the scratch directory");
    let shared = crate::common::shared("the README examples on ../shared");
    if let Some(shared) = &shared {
        let shared = shared.canonicalize().expect("../shared resolves");
        std::os::unix::fs::symlink(shared, scratch.path().join("shared")).expect("link ../shared");
    }
    copy_dir(&root().join("examples"), &dir.join("examples"));
    copy_dir(
        &root().join("tests/fixtures/formats"),
        &dir.join("articles"),
    );
    for (folder, text) in [
        ("a", "Anna Berg said the bridge would open in May.\n"),
        ("b", "Jonas Weber said the ferry would stop in June.\n"),
    ] {
        std::fs::create_dir_all(dir.join("coll").join(folder)).expect("create coll/");
        std::fs::write(dir.join("coll").join(folder).join("001.txt"), text).expect("write");
    }
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).expect("create bin/");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_newsgraph"), bin.join("newsgraph"))
        .expect("link the binary");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let scratch_path = dir.canonicalize().expect("the scratch path");
    let mut failures = Vec::new();
    for ex in &examples {
        if ex.needs_shared && shared.is_none() {
            println!("skipping README.md:{}: it needs ../shared", ex.line);
            continue;
        }
        let out = Command::new("sh")
            .arg("-c")
            // On a line of its own: a comment after the command must not swallow the 2>&1.
            .arg(format!("{{ {}\n}} 2>&1", ex.command))
            .current_dir(dir)
            .env("PATH", &path)
            .env("CI", "true")
            .env_remove("NEWSGRAPH_STORE")
            .output()
            .expect("sh runs");
        let got = String::from_utf8_lossy(&out.stdout)
            .replace(&scratch_path.display().to_string(), "/home/ana");
        let got: Vec<String> = got.lines().map(str::to_owned).collect();
        let (want, got) = (normalise(&ex.output), normalise(&got));
        if want != got {
            let diff = similar::TextDiff::from_lines(&want.join("\n"), &got.join("\n"))
                .unified_diff()
                .header("README", "newsgraph")
                .to_string();
            failures.push(format!("README.md:{}: $ {}\n{diff}", ex.line, ex.command));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} README examples print something else:\n\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}

#[test]
fn console_blocks_are_read_command_by_command() {
    let md = "text\n```console\n$ newsgraph stats\nstore  x.db\n\n$ newsgraph build a/\nbuilt\n```\n```sh\n$ not this\n```\n<!-- needs ../shared -->\n```console\n$ newsgraph rank mentions\n```\n";
    let found = examples(md);
    let got: Vec<(usize, &str, Vec<&str>, bool)> = found
        .iter()
        .map(|e| {
            let output = e.output.iter().map(String::as_str).collect();
            (e.line, e.command.as_str(), output, e.needs_shared)
        })
        .collect();
    assert_eq!(
        got,
        [
            (3, "newsgraph stats", vec!["store  x.db", ""], false),
            (6, "newsgraph build a/", vec!["built"], false),
            (14, "newsgraph rank mentions", vec![], true),
        ]
    );
    assert_eq!(
        normalise(&["built in 0.09 s  ".to_owned(), String::new()]),
        ["built in T s"]
    );
}
