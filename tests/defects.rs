//! Defects found by using newsgraph as a user would, beside other tools: each fixed one is kept
//! here as a regression test.

use crate::common::{fixture, newsgraph, newsgraph_with_stdin, ok, stderr};
use std::path::Path;

/// A store of the seed article in `dir/db`.
fn seed_store(dir: &Path) {
    let article = fixture("istanbul-talks.txt");
    ok(&newsgraph(
        dir,
        &["build", article.to_str().unwrap(), "--store", "db"],
    ));
}

/// CSV results follow RFC 4180: statement IRIs hold commas (`#statement=179,245`), so they are
/// quoted, and every record has the header's number of fields, as Python's csv module reads it.
#[test]
fn csv_results_are_csv() {
    let dir = tempfile::tempdir().unwrap();
    seed_store(dir.path());
    let csv = ok(&newsgraph(
        dir.path(),
        &["query", "statements", "--store", "db", "--format", "csv"],
    ));
    assert!(
        csv.contains("\r\n\"https://w3id.org/newsgraph/id/article/istanbul-talks.txt#statement=")
    );
    let script = "import csv, sys\n\
                  rows = list(csv.reader(open(sys.argv[1], newline='')))\n\
                  print(len(rows), sorted({len(r) for r in rows}))";
    std::fs::write(dir.path().join("s.csv"), &csv).unwrap();
    let out = match std::process::Command::new("python3")
        .args(["-c", script, "s.csv"])
        .current_dir(dir.path())
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            println!("skipping the Python check of csv_results_are_csv: no python3 ({e})");
            return;
        }
    };
    let header = csv.lines().next().unwrap().split(',').count();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("{} [{header}]\n", csv.lines().count())
    );
    // -o FILE.csv needs no --format.
    ok(&newsgraph(
        dir.path(),
        &["query", "statements", "--store", "db", "-o", "again.csv"],
    ));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("again.csv")).unwrap(),
        csv
    );
}

/// The RDF format comes from `--format` (newsgraph's names, extensions, media types) or else
/// from the output file's extension.
#[test]
fn rdf_formats_by_extension_short_name_and_media_type() {
    let dir = tempfile::tempdir().unwrap();
    seed_store(dir.path());
    let first_line = |name: &str| {
        std::fs::read_to_string(dir.path().join(name))
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_owned()
    };
    let table = [
        (&["-o", "out.nt"][..], "out.nt", "<"),
        (&["-o", "out.nq"], "out.nq", "<"),
        (&["-o", "out.ttl"], "out.ttl", "@prefix"),
        (&["-o", "out.jsonld"], "out.jsonld", "[{"),
        (&["-o", "out.rdf"], "out.rdf", "<?xml"),
        (&["-o", "plain.txt"], "plain.txt", "@prefix"),
        (&["--format", "nt", "-o", "a.ttl"], "a.ttl", "<"),
        (&["--format", "application/n-quads", "-o", "b"], "b", "<"),
        (&["--format", "TTL", "-o", "c"], "c", "@prefix"),
    ];
    for (args, file, start) in table {
        let mut all = vec!["export", "--store", "db"];
        all.extend_from_slice(args);
        ok(&newsgraph(dir.path(), &all));
        assert!(
            first_line(file).starts_with(start),
            "{args:?}: {}",
            first_line(file)
        );
    }
    // N-Quads carry the graphs; the N-Triples file is N-Triples.
    let parse = |name: &str, format| {
        let bytes = std::fs::read(dir.path().join(name)).unwrap();
        oxigraph::io::RdfParser::from_format(format)
            .for_slice(&bytes)
            .collect::<Result<Vec<_>, _>>()
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let quads = parse("out.nq", oxigraph::io::RdfFormat::NQuads);
    assert!(quads.iter().all(|q| !q.graph_name.is_default_graph()));
    assert_eq!(
        parse("out.nt", oxigraph::io::RdfFormat::NTriples).len(),
        quads.len()
    );
    let out = newsgraph(dir.path(), &["export", "--store", "db", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("\"csv\" is not an RDF format: use turtle (ttl), ntriples (nt)"),
        "{}",
        stderr(&out)
    );
}

/// `query --print` writes the --param bindings too (as VALUES), so that another engine gives
/// the rows newsgraph gives; `query -` reads the query from standard input.
#[test]
fn printed_queries_keep_their_parameters_and_queries_come_from_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    seed_store(dir.path());
    let args = ["quotes_by_person", "--param", "person=Keir Starmer"];
    let printed = ok(&newsgraph(
        dir.path(),
        &[&["query", "--print"][..], &args].concat(),
    ));
    assert!(
        printed.contains("WHERE { VALUES (?person) { (\"Keir Starmer\") }\n"),
        "{printed}"
    );
    let bound = ok(&newsgraph(
        dir.path(),
        &[&["query", "--store", "db", "--format", "csv"][..], &args].concat(),
    ));
    let piped = newsgraph_with_stdin(
        dir.path(),
        &["query", "-", "--store", "db", "--format", "csv"],
        &printed,
    );
    assert_eq!(String::from_utf8(piped.stdout).unwrap(), bound);
    assert_eq!(bound.lines().count(), 5, "{bound}");

    // A grouped query: the binding filters before the grouping, printed as when run.
    let grouped = [
        "-e",
        "PREFIX schema: <http://schema.org/> SELECT ?person (COUNT(DISTINCT ?person) AS ?names) (COUNT(?s) AS ?n) \
         WHERE { ?s schema:creator ?p . ?p schema:name ?person } GROUP BY ?person",
        "--param",
        "person=Keir Starmer",
    ];
    let printed = ok(&newsgraph(
        dir.path(),
        &[&["query", "--print"][..], &grouped].concat(),
    ));
    let run = ok(&newsgraph(
        dir.path(),
        &[&["query", "--store", "db", "--format", "csv"][..], &grouped].concat(),
    ));
    let piped = newsgraph_with_stdin(
        dir.path(),
        &["query", "-", "--store", "db", "--format", "csv"],
        &printed,
    );
    assert_eq!(run, "person,names,n\r\nKeir Starmer,1,4\r\n");
    assert_eq!(String::from_utf8(piped.stdout).unwrap(), run);
    // A parameter the query does not select is refused, saying why.
    let out = newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "db",
            "-e",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?person }",
            "--param",
            "person=x",
        ],
    );
    assert_eq!(
        stderr(&out),
        "newsgraph: error: bad parameter \"person\": the query does not select ?person; a parameter binds a variable of the SELECT clause: add ?person there, or drop the --param\n"
    );
}

/// Nothing to read: nothing is created (before: an empty store, exit 1).
#[test]
fn a_build_with_nothing_to_read_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for command in ["build", "extract"] {
        let out = newsgraph(
            dir.path(),
            &[command, "missing.txt", "--store", "db", "-o", "out.ttl"]
                [..if command == "build" { 4 } else { 2 }],
        );
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert_eq!(
            stderr(&out),
            "newsgraph: warning: cannot read missing.txt: No such file or directory (os error 2)\n\
             newsgraph: error: nothing to read in missing.txt: no article files (*.txt, *.md, *.html, *.jsonl, or - for standard input); nothing was written\n"
        );
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// Query errors are one line each, with what to do.
#[test]
fn query_errors_are_one_line_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    seed_store(dir.path());
    let table = [
        (
            "SELECT * WHERE { ?s foo:Bar ?o }",
            "the query does not parse: unknown prefix in foo:Bar (line 1, column 21): declare it with PREFIX foo: <…>, or use a predeclared one (schema, org, nif, ng, person, …)",
        ),
        (
            "INSERT DATA { <a:b> <a:c> <a:d> }",
            "INSERT DATA changes data: newsgraph's queries only read the store (to change it, build its articles again)",
        ),
        (
            "PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }",
            "DELETE WHERE changes data: newsgraph's queries only read the store (to change it, build its articles again)",
        ),
        (
            "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "the query calls the endpoint <http://example.org/sparql> (SERVICE): newsgraph queries its own store only, offline; run the query on a server that federates, or drop the SERVICE block",
        ),
        (
            "SELECT * WHERE { ?s ?p ?o ",
            "the query does not parse: line 1, column 27, at the end: expected one of \",\", \".\", \";\", \"{\", \"{|\", \"}\", \"~\", [_]",
        ),
    ];
    for (query, message) in table {
        let out = newsgraph(dir.path(), &["query", "--store", "db", "-e", query]);
        assert_eq!(out.status.code(), Some(2), "{query}");
        assert_eq!(
            stderr(&out),
            format!("newsgraph: error: {message}\n"),
            "{query}"
        );
    }
}

/// JSON Lines on standard input are read as JSON Lines (before: one text article); the format
/// can also be given for any input.
#[test]
fn json_lines_on_standard_input_and_input_format() {
    let dir = tempfile::tempdir().unwrap();
    let feed = "{\"id\":\"a\",\"text\":\"\\\"Yes,\\\" Jane Smith said.\"}\n{\"text\":\"\\\"No,\\\" John Brown said.\"}\n";
    let people = |args: &[&str], stdin: &str| -> String {
        let out = newsgraph_with_stdin(dir.path(), args, stdin);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let nt = String::from_utf8(out.stdout).unwrap();
        let mut graphs: Vec<&str> = nt
            .lines()
            .filter(|l| l.contains("<http://schema.org/NewsArticle>"))
            .map(|l| l.split(' ').next().unwrap())
            .collect();
        graphs.sort();
        graphs.join(" ")
    };
    let ids = people(&["extract", "-", "--format", "ntriples"], feed);
    assert!(ids.starts_with("<https://w3id.org/newsgraph/id/article/a> <https://w3id.org/newsgraph/id/article/sha256-"), "{ids}");
    assert_eq!(ids.matches('<').count(), 2, "{ids}");
    // Forced to text, the same bytes are one article.
    let one = people(
        &[
            "extract",
            "-",
            "--format",
            "ntriples",
            "--input-format",
            "text",
        ],
        feed,
    );
    assert_eq!(one.matches('<').count(), 1, "{one}");
    // A JSON Lines file with another extension.
    std::fs::write(dir.path().join("feed.txt"), feed).unwrap();
    let out = ok(&newsgraph(
        dir.path(),
        &[
            "extract",
            "feed.txt",
            "--input-format",
            "jsonl",
            "--format",
            "ntriples",
        ],
    ));
    assert!(out.contains("Jane Smith") && out.contains("John Brown"));
    assert_eq!(out.matches("<http://schema.org/NewsArticle>").count(), 2);
}

/// `path --network offices` goes through posts: two holders of one post are linked by it
/// (before, the search went through people only and never found a link).
#[test]
fn a_path_in_the_offices_network_goes_through_posts() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    std::fs::write(
        dir.path().join("in/a.txt"),
        "\"We will win,\" UK Prime Minister Tony Blair said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("in/b.txt"),
        "\"Ukraine will not,\" UK Prime Minister Gordon Brown said.\n",
    )
    .unwrap();
    ok(&newsgraph(dir.path(), &["build", "in", "--store", "db"]));
    assert_eq!(
        ok(&newsgraph(
            dir.path(),
            &[
                "path",
                "Tony Blair",
                "Gordon Brown",
                "--network",
                "offices",
                "--store",
                "db"
            ]
        )),
        "Tony Blair → Gordon Brown: 2 links in the offices network\n\
         Tony Blair — Prime Minister of the United Kingdom (1 article): a.txt\n\
         Prime Minister of the United Kingdom — Gordon Brown (1 article): b.txt\n"
    );
}

/// Dates are typed (`xsd:date`, `xsd:dateTime`), statements carry their article's date, and
/// the bundled `timeline` query counts statements per month for a person or a country.
#[test]
fn dates_are_typed_and_statements_go_on_a_timeline() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("feed.jsonl"),
        "{\"id\":\"a\",\"date\":\"26-FEB-1987 15:01:01.79\",\"text\":\"\\\"Ukraine will talk,\\\" UK Prime Minister Tony Blair said.\"}\n\
         {\"id\":\"b\",\"date\":\"1987-03-02\",\"text\":\"\\\"Ukraine will not,\\\" UK Prime Minister Tony Blair said.\"}\n\
         {\"id\":\"c\",\"date\":\"1987-03-09T10:00:00Z\",\"text\":\"\\\"Ukraine, maybe,\\\" UK Prime Minister Tony Blair said.\"}\n\
         {\"id\":\"d\",\"date\":\"sometime\",\"text\":\"\\\"Ukraine, never,\\\" UK Prime Minister Tony Blair said.\"}\n",
    )
    .unwrap();
    ok(&newsgraph(
        dir.path(),
        &["build", "feed.jsonl", "--store", "db"],
    ));
    let dates = ok(&newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "db",
            "--format",
            "tsv",
            "-e",
            "SELECT ?a ?d WHERE { ?a a schema:NewsArticle ; schema:datePublished ?d } ORDER BY ?a",
        ],
    ));
    assert_eq!(
        dates,
        "?a\t?d\n\
         <https://w3id.org/newsgraph/id/article/a>\t\"1987-02-26T15:01:01.79\"^^<http://www.w3.org/2001/XMLSchema#dateTime>\n\
         <https://w3id.org/newsgraph/id/article/b>\t\"1987-03-02\"^^<http://www.w3.org/2001/XMLSchema#date>\n\
         <https://w3id.org/newsgraph/id/article/c>\t\"1987-03-09T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>\n\
         <https://w3id.org/newsgraph/id/article/d>\t\"sometime\"\n"
    );
    let person = ok(&newsgraph(
        dir.path(),
        &[
            "query",
            "timeline",
            "--param",
            "subject=Tony Blair",
            "--store",
            "db",
            "--format",
            "csv",
        ],
    ));
    assert_eq!(
        person,
        "subject,kind,month,statements\r\nTony Blair,person,1987-02,1\r\nTony Blair,person,1987-03,2\r\n"
    );
    let country = ok(&newsgraph(
        dir.path(),
        &[
            "query",
            "timeline",
            "--param",
            "subject=UA",
            "--store",
            "db",
            "--format",
            "csv",
        ],
    ));
    assert_eq!(
        country,
        "subject,kind,month,statements\r\nUA,country,1987-02,1\r\nUA,country,1987-03,2\r\n"
    );
}

/// The people a store lists, from the bundled `people` query's first column.
fn stored_people(dir: &Path) -> Vec<String> {
    let out = ok(&newsgraph(
        dir,
        &[
            "query",
            "--store",
            "db",
            "-e",
            "PREFIX schema: <http://schema.org/> SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n",
            "--format",
            "tsv",
        ],
    ));
    out.lines()
        .skip(1)
        .map(|l| l.trim_matches('"').to_owned())
        .collect()
}

/// Two folders with a file of the same relative path: the second build no longer replaces the
/// first folder's article unannounced. It is skipped with what to do (exit 1); --id-base keeps
/// both; --replace replaces, and the people only the replaced article named are gone from the
/// store (before: `stats` still counted them). Rebuilding a folder from elsewhere, or an edited
/// file, replaces as before.
#[test]
fn articles_of_two_folders_do_not_replace_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (folder, text) in [
        (
            "a",
            "Talks\n\n\"No,\" said Jane Smith. Mary Jones and Tom Brown agreed.\n",
        ),
        ("b", "Other talks\n\n\"Yes,\" said John Green.\n"),
    ] {
        std::fs::create_dir_all(d.join("coll").join(folder)).unwrap();
        std::fs::write(d.join("coll").join(folder).join("001.txt"), text).unwrap();
    }
    ok(&newsgraph(d, &["build", "coll/a", "--store", "db"]));
    let out = newsgraph(d, &["build", "coll/b", "--store", "db"]);
    assert_eq!(out.status.code(), Some(1));
    let stored = std::fs::canonicalize(d.join("coll/a/001.txt")).unwrap();
    assert_eq!(
        stderr(&out),
        format!(
            "newsgraph: warning: coll/b/001.txt: skipped: its id \"001.txt\" is already the id of the stored \
             article built from {}, a different text; to keep both, build one folder with --id-base \
             (e.g. --id-base b/); to replace the stored article, give --replace\n\
             newsgraph: 1 input skipped (see the warnings above)\n",
            stored.display()
        )
    );
    assert_eq!(stored_people(d), ["Jane Smith", "Mary Jones", "Tom Brown"]);

    ok(&newsgraph(
        d,
        &["build", "coll/b", "--store", "db", "--id-base", "b/"],
    ));
    assert_eq!(
        stored_people(d),
        ["Jane Smith", "John Green", "Mary Jones", "Tom Brown"]
    );
    let ids = ok(&newsgraph(
        d,
        &["query", "--store", "db", "--format", "tsv", "-e",
          "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?id WHERE { ?a ng:sourcePath ?id } ORDER BY ?id"],
    ));
    assert_eq!(ids, "?id\n\"001.txt\"\n\"b/001.txt\"\n");

    // The same folder rebuilt from inside it, and an edited file, replace their article.
    std::fs::write(
        d.join("coll/a/001.txt"),
        "Talks\n\n\"No,\" said Jane Smith.\n",
    )
    .unwrap();
    ok(&newsgraph(
        &d.join("coll"),
        &["build", "a", "--store", "../db"],
    ));
    assert_eq!(stored_people(d), ["Jane Smith", "John Green"]);

    // --replace replaces; who only the old version named is gone.
    ok(&newsgraph(
        d,
        &["build", "coll/b", "--store", "db", "--replace"],
    ));
    assert_eq!(stored_people(d), ["John Green"]);
    let stats = ok(&newsgraph(d, &["stats", "--store", "db"]));
    assert!(stats.contains("articles    2\npeople      1\n"), "{stats}");
}

/// `extract` given two folders that each hold a file of the same relative path writes the
/// first and skips the second, saying what to do (exit 1), rather than merging two articles'
/// triples under one IRI; with their common folder both are written, under ids that differ.
#[test]
fn extract_of_two_folders_with_one_relative_path_skips_the_second() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (folder, text) in [
        ("a", "Talks\n\n\"No,\" said Jane Smith.\n"),
        ("b", "Other talks\n\n\"Yes,\" said John Green.\n"),
    ] {
        std::fs::create_dir_all(d.join("coll").join(folder)).unwrap();
        std::fs::write(d.join("coll").join(folder).join("001.txt"), text).unwrap();
    }
    let out = newsgraph(d, &["extract", "coll/a", "coll/b", "--format", "nquads"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "newsgraph: warning: coll/b/001.txt: skipped: its id \"001.txt\" is already the id of \
         coll/a/001.txt in this run (give the folders' common folder instead, or read each folder \
         on its own with --id-base)\n"
    );
    let quads = String::from_utf8(out.stdout).unwrap();
    assert!(quads.contains("\"Jane Smith\""), "{quads}");
    assert!(!quads.contains("\"John Green\""), "{quads}");

    let both = ok(&newsgraph(d, &["extract", "coll", "--format", "nquads"]));
    assert!(both.contains("/article/a/001.txt>"), "{both}");
    assert!(both.contains("/article/b/001.txt>"), "{both}");
    assert!(both.contains("\"John Green\""), "{both}");
}

/// `newsgraph query <TAB>` offers the bundled query names: the bash script `completions`
/// writes, run by bash as it completes a command line.
#[test]
fn bundled_query_names_complete_in_bash() {
    let dir = tempfile::tempdir().unwrap();
    let script = ok(&newsgraph(dir.path(), &["completions", "bash"]));
    std::fs::write(dir.path().join("newsgraph.bash"), script).unwrap();
    let complete = |line: &str| -> Vec<String> {
        let words: Vec<&str> = line.split(' ').collect();
        let driver = format!(
            "source newsgraph.bash\n\
             COMP_WORDS=({line}); COMP_CWORD={}; COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}\n\
             _newsgraph newsgraph {} {}\n\
             printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
            words.len() - 1,
            words[words.len() - 1],
            words[words.len() - 2],
        );
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(driver)
            .current_dir(dir.path())
            .output()
            .expect("bash runs");
        let mut got: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        got.sort();
        got
    };
    assert_eq!(complete("newsgraph query ti"), ["timeline"]);
    assert_eq!(
        complete("newsgraph query peo"),
        ["people", "people_by_country"]
    );
    // The query itself still takes a file.
    std::fs::write(
        dir.path().join("mine.rq"),
        "SELECT * WHERE { ?s ?p ?o } LIMIT 1",
    )
    .unwrap();
    seed_store(dir.path());
    ok(&newsgraph(
        dir.path(),
        &["query", "mine.rq", "--store", "db"],
    ));
}
