//! Robustness: broken input of every kind, the article size limit, inputs that were slow to extract,
//! SIGKILL during build, a store in use by another process, query limits, and a property test
//! of the offsets.

use crate::common::{fixture, newsgraph, ok, sorted_nquads, stderr};
use newsgraph::read::Article;
use proptest::prelude::*;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// A JSON Lines record of one generated article, numbered `i`.
fn record(i: usize) -> String {
    format!(
        "{{\"id\":\"a{i}\",\"text\":\"\\\"We will talk {i} times,\\\" UK Prime Minister Sir Keir Starmer told the BBC. Jane Smith{i} said that the talks in Istanbul would go on. French President Emmanuel Macron warned of new sanctions.\"}}\n"
    )
}

#[test]
fn each_bad_input_is_named_and_the_good_ones_ingested() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("in");
    std::fs::create_dir(&a).unwrap();
    std::fs::copy(fixture("istanbul-talks.txt"), a.join("good.txt")).unwrap();
    write(&a, "binary.txt", &[0x7f, b'E', b'L', b'F', 0, 1, 2, 0xff]);
    write(&a, "latin1.txt", b"caf\xe9 said");
    write(&a, "nul.txt", b"Jane Smith said\0 no.");
    write(&a, "empty.txt", b"");
    write(&a, "blank.md", b" \n\n \n");
    write(&a, "huge.txt", &vec![b'a'; 500_000]);
    let mut jsonl = record(1).into_bytes();
    jsonl.extend_from_slice(b"{not json\n");
    jsonl.extend_from_slice(b"{\"title\":\"no text\"}\n");
    jsonl.extend(format!("{{\"text\":\"{}\"}}\n", "b".repeat(500_000)).bytes());
    jsonl.extend_from_slice(b"{\"text\":\"caf\xe9\"}\n");
    jsonl.extend(record(2).bytes());
    write(&a, "feed.jsonl", &jsonl);
    let nested = format!(
        "<html><body><article><h1>Deep</h1>{}<p>\"No,\" Jane Smith said.</p>{}</article></body></html>",
        "<div>".repeat(30_000),
        "</div>".repeat(30_000)
    );
    write(&a, "nested.html", nested.as_bytes());
    std::os::unix::fs::symlink(&a, a.join("loop")).unwrap();
    let out = newsgraph(
        dir.path(),
        &[
            "extract",
            "in",
            "missing.txt",
            "--format",
            "ntriples",
            "--max-article-size",
            "400KB",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let jl = "in/feed.jsonl";
    let p = |n: &str| format!("in/{n}");
    let expected = [
        format!("newsgraph: warning: {}: binary data, not text (a NUL byte at byte 4); skipped", p("binary.txt")),
        format!("newsgraph: warning: {} is not UTF-8 text (byte 3); skipped: convert it first, e.g. with iconv -f latin1 -t utf-8", p("latin1.txt")),
        format!("newsgraph: warning: {}: binary data, not text (a NUL byte at byte 15); skipped", p("nul.txt")),
        format!("newsgraph: warning: {}: no text (an empty file, or only whitespace); skipped", p("empty.txt")),
        format!("newsgraph: warning: {}: no text (an empty file, or only whitespace); skipped", p("blank.md")),
        format!("newsgraph: warning: {}: larger than the article size limit of 400000 bytes; skipped (raise the limit with --max-article-size)", p("huge.txt")),
        format!("newsgraph: warning: {jl}, line 2: not a JSON object (key must be a string at line 1 column 2); line skipped"),
        format!("newsgraph: warning: {jl}, line 3: no \"text\", \"body\" or \"content\" field; line skipped"),
        format!("newsgraph: warning: {jl}, line 4: longer than the article size limit of 400000 bytes (raise the limit with --max-article-size); line skipped"),
        format!("newsgraph: warning: {jl}, line 5: not UTF-8 text (byte 12 of the line); line skipped"),
        "newsgraph: warning: cannot read missing.txt: No such file or directory (os error 2)".to_owned(),
    ];
    for e in &expected {
        assert!(err.lines().any(|l| l == e), "{e:?} not in\n{err}");
    }
    assert!(
        err.contains(&format!("cannot walk {}", p("loop"))) && err.contains("loop"),
        "{err}"
    );
    // One message per skipped input, nothing else.
    let warnings = err.lines().filter(|l| l.starts_with("newsgraph: ")).count();
    assert_eq!(warnings, expected.len() + 1, "{err}");
    let nt = String::from_utf8(out.stdout).unwrap();
    for good in [
        "\"Oksana Markarova\"",
        "article/a1>",
        "article/a2>",
        "article/nested.html>",
    ] {
        assert!(nt.contains(good), "{good} missing");
    }
    assert!(nt.contains("\"No,\""), "the deeply nested page's statement");
}

#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("istanbul-talks.txt"), dir.path().join("a.txt")).unwrap();
    write(dir.path(), "locked.txt", b"Jane Smith said so.");
    let locked = dir.path().join("locked.txt");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&locked).is_ok() {
        println!("skipping an_unreadable_file_is_named: running as root, chmod 000 does not stop reading");
        return;
    }
    let out = newsgraph(dir.path(), &["extract", "a.txt", "locked.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "newsgraph: warning: cannot read locked.txt: Permission denied (os error 13)\n"
    );
}

#[test]
fn max_article_size_parses_units_and_rejects_nonsense() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("istanbul-talks.txt"), dir.path().join("a.txt")).unwrap();
    let out = newsgraph(
        dir.path(),
        &["extract", "a.txt", "--max-article-size", "1KB"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("larger than the article size limit of 1000 bytes"));
    ok(&newsgraph(
        dir.path(),
        &["extract", "a.txt", "--max-article-size", "1MB"],
    ));
    let out = newsgraph(
        dir.path(),
        &["extract", "a.txt", "--max-article-size", "ten"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid value 'ten' for '--max-article-size <SIZE>': \"ten\": unknown unit (use bytes, or KB, MB, GB, KiB, MiB, GiB)"));
}

/// Checks what every extraction must satisfy, whatever the text: each statement's span lies on
/// character boundaries of the text, and each subject with NIF offsets has them inside the text,
/// with its `nif:anchorOf` or `schema:text` the very characters there. Returns a message for the
/// first violation.
fn offsets_problem(
    text: &str,
    facts: &newsgraph::extract::Extraction,
    triples: &[oxigraph::model::Triple],
) -> Option<String> {
    for s in &facts.statements {
        if text.get(s.span.start..s.span.end).is_none() {
            return Some(format!(
                "statement span {}..{} is not on the text",
                s.span.start, s.span.end
            ));
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let mut subjects =
        std::collections::HashMap::<String, (Option<usize>, Option<usize>, Option<String>)>::new();
    for t in triples {
        let p = t.predicate.as_str();
        let value = match &t.object {
            oxigraph::model::Term::Literal(l) => l.value().to_owned(),
            _ => continue,
        };
        let entry = subjects.entry(t.subject.to_string()).or_default();
        if p.ends_with("#beginIndex") {
            entry.0 = Some(value.parse().unwrap());
        } else if p.ends_with("#endIndex") {
            entry.1 = Some(value.parse().unwrap());
        } else if p.ends_with("#anchorOf") || p == "http://schema.org/text" {
            entry.2 = Some(value);
        }
    }
    for (subject, (b, e, words)) in subjects {
        if let (Some(b), Some(e)) = (b, e) {
            if !(b <= e && e <= chars.len()) {
                return Some(format!("{subject}: {b}..{e} is outside the text"));
            }
            let at: String = chars[b..e].iter().collect();
            if let Some(w) = words.filter(|w| *w != at) {
                return Some(format!("{subject}: {b}..{e} is {at:?}, not {w:?}"));
            }
        }
    }
    None
}

/// The inputs that made extraction quadratic before (each now bounded: README, Robustness),
/// at a size where the bounds apply. What they give is checked here; the time, linear in the
/// size, is measured by `benches/bench.sh` (the rows "adversarial …").
#[test]
fn adversarial_inputs_give_whole_valid_facts() {
    let unclosed = (0..2000)
        .map(|i| format!("Paragraph {i}: Jane Smith said the talks went on"))
        .collect::<Vec<_>>()
        .join("\n\n");
    let unclosed = format!("\"{unclosed}");
    let long_line = (0..20_000)
        .map(|i| format!("word{i} John Smith said that"))
        .collect::<Vec<_>>()
        .join(" ");
    let no_stop = vec!["John Smith told reporters that the deal is off, and"; 4000].join("\n");
    let quote_marks = "\"a\" “b ‘c' «d ".repeat(20_000);
    // (what, text, the one person named and how often, or none)
    let cases = [
        (
            "an unclosed quote over paragraphs",
            &unclosed,
            Some(("Jane Smith", 2000)),
        ),
        ("one long line", &long_line, Some(("John Smith", 20_000))),
        ("no full stop", &no_stop, Some(("John Smith", 4000))),
        ("many quote marks", &quote_marks, None),
    ];
    for (what, text, person) in cases {
        let article = Article::from_text("-", text.clone());
        let (facts, triples) = newsgraph::process(&article);
        if let Some(problem) = offsets_problem(text, &facts, &triples) {
            panic!("{what}: {problem}");
        }
        assert!(!facts.statements.is_empty(), "{what}: no statement");
        for s in &facts.statements {
            // A reported-speech clause longer than 4 KB is no statement.
            if s.kind == newsgraph::extract::QuoteKind::Indirect {
                assert!(
                    s.span.end - s.span.start <= 4096,
                    "{what}: a reported clause of {} bytes",
                    s.span.end - s.span.start
                );
            }
        }
        match person {
            Some((name, times)) => {
                let names: Vec<&str> = facts.people.iter().map(|p| p.name.as_str()).collect();
                assert_eq!(names, [name], "{what}");
                assert_eq!(
                    facts.people[0].mentions.len(),
                    times,
                    "{what}: mentions of {name}"
                );
                assert!(
                    facts.statements.iter().all(|s| s.speakers == [0]),
                    "{what}: a statement not by {name}"
                );
            }
            None => {
                assert!(facts.people.is_empty(), "{what}: {:?}", facts.people);
                assert!(
                    facts.statements.iter().all(|s| s.speakers.is_empty()),
                    "{what}"
                );
            }
        }
    }
}

#[test]
fn a_build_killed_midway_is_completed_by_running_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let corpus: String = (0..6000).map(record).collect();
    write(dir.path(), "corpus.jsonl", corpus.as_bytes());
    ok(&newsgraph(
        dir.path(),
        &["build", "corpus.jsonl", "--store", "whole"],
    ));
    let expected = sorted_nquads(dir.path(), "whole");
    let mut killed_midway = 0;
    for delay in [300, 800] {
        let db = format!("killed{delay}");
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["build", "corpus.jsonl", "--store", &db, "-q"])
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        if !finished {
            killed_midway += 1;
        }
        if dir.path().join(&db).join("CURRENT").exists() {
            ok(&newsgraph(dir.path(), &["stats", "--store", &db]));
        }
        ok(&newsgraph(
            dir.path(),
            &["build", "corpus.jsonl", "--store", &db],
        ));
        assert!(sorted_nquads(dir.path(), &db) == expected, "{db} differs");
    }
    assert!(
        killed_midway > 0,
        "the build ended before it could be killed"
    );
}

#[test]
fn a_store_in_use_is_reported_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let corpus: String = (0..6000).map(record).collect();
    write(dir.path(), "corpus.jsonl", corpus.as_bytes());
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["build", "corpus.jsonl", "--store", "db", "-q"])
        .current_dir(dir.path())
        .spawn()
        .unwrap();
    // Wait until the writer has the store open.
    while !dir.path().join("db/LOCK").exists() {
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(100));
    let mut checked = false;
    if child.try_wait().unwrap().is_none() {
        for args in [
            &["stats", "--store", "db"][..],
            &["query", "people", "--store", "db"],
            &["build", "corpus.jsonl", "--store", "db"],
        ] {
            let out = newsgraph(dir.path(), args);
            if child.try_wait().unwrap().is_some() {
                break;
            }
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            assert_eq!(
                stderr(&out),
                "newsgraph: error: the store db is in use by another newsgraph (or oxigraph) process; wait for it to finish (a `newsgraph serve` holds it until stopped), or use another --store\n"
            );
            checked = true;
        }
    }
    assert!(child.wait().unwrap().success());
    assert!(
        checked,
        "the build ended before a second process could try the store"
    );
    ok(&newsgraph(dir.path(), &["stats", "--store", "db"]));
}

/// Readers open the store read-only under a shared lock: they run side by side, a writer waits
/// for them (is refused), and an Oxigraph process holding the store read-write (RocksDB's own
/// lock, which `newsgraph.lock` does not cover) refuses them.
#[test]
fn readers_share_the_store_and_keep_writers_and_oxigraph_apart() {
    const IN_USE: &str = "newsgraph: error: the store db is in use by another newsgraph (or oxigraph) process; wait for it to finish (a `newsgraph serve` holds it until stopped), or use another --store\n";
    let dir = tempfile::tempdir().unwrap();
    let article = fixture("istanbul-talks.txt");
    let article = article.to_str().unwrap();
    ok(&newsgraph(dir.path(), &["build", article, "--store", "db"]));
    // A reader: the shared lock `query` and `stats` take.
    let reader = std::fs::File::open(dir.path().join("db/newsgraph.lock")).unwrap();
    reader.lock_shared().unwrap();
    assert!(ok(&newsgraph(
        dir.path(),
        &["query", "offices", "--store", "db"]
    ))
    .contains("Keir Starmer"));
    let out = newsgraph(dir.path(), &["build", article, "--store", "db"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), IN_USE);
    reader.unlock().unwrap();
    // Oxigraph itself (as `oxigraph serve` would) has the store open read-write.
    {
        let _oxigraph = oxigraph::store::Store::open(dir.path().join("db")).unwrap();
        let out = newsgraph(dir.path(), &["stats", "--store", "db"]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(stderr(&out), IN_USE);
    }
    let files = std::fs::read_dir(dir.path().join("db")).unwrap().count();
    // Reading writes nothing into the store (a read-write open adds a log file each time).
    ok(&newsgraph(dir.path(), &["stats", "--store", "db"]));
    assert_eq!(
        std::fs::read_dir(dir.path().join("db")).unwrap().count(),
        files
    );
}

#[test]
fn a_store_whose_first_build_has_just_begun_is_in_use() {
    // The first build takes newsgraph.lock before RocksDB has written anything.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("db")).unwrap();
    let lock = std::fs::File::create(dir.path().join("db/newsgraph.lock")).unwrap();
    lock.lock().unwrap();
    let out = newsgraph(dir.path(), &["stats", "--store", "db"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "newsgraph: error: the store db is in use by another newsgraph (or oxigraph) process; wait for it to finish (a `newsgraph serve` holds it until stopped), or use another --store\n"
    );
    lock.unlock().unwrap();
    let out = newsgraph(dir.path(), &["stats", "--store", "db"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no store at db"), "{}", stderr(&out));
}

#[test]
fn query_limits_stop_runaway_queries() {
    let dir = tempfile::tempdir().unwrap();
    let corpus: String = (0..300).map(record).collect();
    write(dir.path(), "corpus.jsonl", corpus.as_bytes());
    ok(&newsgraph(
        dir.path(),
        &["build", "corpus.jsonl", "--store", "db"],
    ));
    let out = newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "db",
            "--limit-rows",
            "10",
            "-e",
            "SELECT * WHERE { ?s ?p ?o }",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "newsgraph: error: the query gives more than 10 rows and was stopped; add LIMIT to the query or raise --limit-rows\n"
    );
    let out = newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "db",
            "--timeout",
            "0.2",
            "-e",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "newsgraph: error: the query ran longer than the time limit of 0.2 s and was stopped; narrow it (LIMIT, more specific patterns) or raise --timeout\n"
    );
    let out = newsgraph(
        dir.path(),
        &[
            "query",
            "offices",
            "--store",
            "db",
            "--timeout",
            "30",
            "--limit-rows",
            "100",
        ],
    );
    assert!(ok(&out).contains("Keir Starmer"));
}

/// Found by the property test below: a clause that ended before it started panicked.
#[test]
fn according_to_before_a_name_without_a_space_does_not_panic() {
    let article = Article::from_text("-", "according to🙂Jane Smith,\n".to_owned());
    let (facts, _) = newsgraph::process(&article);
    assert!(facts.statements.is_empty());
}

/// Found by the property test below: a quotation that ran past its sentence's end panicked
/// where a verb of speech after it was looked for.
#[test]
fn a_quotation_past_its_sentence_does_not_panic() {
    let text = "\u{2018}.\"\nJane Smithaccording toJane Smith\"Jane Smith".to_owned();
    let article = Article::from_text("-", text.clone());
    let (facts, triples) = newsgraph::process(&article);
    assert_eq!(offsets_problem(&text, &facts, &triples), None);
}

/// Text of names, quotes of every kind, punctuation and multi-byte characters.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Jane Smith",
        "Sir Keir Starmer",
        "President Trump",
        "He",
        "she",
        "They",
        "said",
        "told",
        "the BBC",
        "that",
        "according to",
        "Zelenskyy",
        "Ünal Çelik",
        "北京",
        "🙂",
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "'",
        ",",
        ".",
        ":",
        ";",
        "—",
        " – ",
        "?",
        "!",
        "\n",
        "\n\n",
        " ",
        " ",
        " ",
        "talks",
        "Russia",
        "UK Prime Minister",
        "U.S.",
        "Mr.",
        "#",
    ]);
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn offsets_lie_on_the_text_and_match_it(text in article_text()) {
        let article = Article::from_text("-", text.clone());
        let (facts, triples) = newsgraph::process(&article);
        let problem = offsets_problem(&text, &facts, &triples);
        prop_assert!(problem.is_none(), "{}", problem.unwrap_or_default());
    }
}
