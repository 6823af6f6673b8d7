//! The command line, run as a real process on the fixture article.

use crate::common::{fixture, newsgraph, ok, stderr};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Quad, Triple};
use std::collections::{BTreeSet, HashSet};
use std::path::Path;

/// A temporary directory holding a copy of the fixture article under `articles/`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    std::fs::copy(
        fixture("istanbul-talks.txt"),
        dir.path().join("articles/istanbul-talks.txt"),
    )
    .unwrap();
    dir
}

fn built() -> tempfile::TempDir {
    let dir = workspace();
    ok(&newsgraph(
        dir.path(),
        &["build", "articles", "--store", "db"],
    ));
    dir
}

fn parse(data: &[u8], format: RdfFormat) -> Vec<Quad> {
    RdfParser::from_format(format)
        .for_slice(data)
        .collect::<Result<_, _>>()
        .expect("output parses")
}

#[test]
fn build_twice_leaves_stats_unchanged() {
    let dir = workspace();
    let first = ok(&newsgraph(
        dir.path(),
        &["build", "articles", "--store", "db"],
    ));
    let stats = ok(&newsgraph(dir.path(), &["stats", "--store", "db"]));
    // The summary says what the store holds: what `stats` says.
    let held = |stats: &str| -> String {
        let n = |label: &str| {
            stats
                .lines()
                .find_map(|l| l.strip_prefix(label))
                .unwrap()
                .trim()
                .to_owned()
        };
        format!(
            "; the store holds {} article, {} people, {} countries, {} offices, {} statements, {} triples\n",
            n("articles"), n("people"), n("countries"), n("offices"), n("statements"), n("triples")
        )
    };
    assert!(first.starts_with("built 1 article into db in "), "{first}");
    assert!(first.ends_with(&held(&stats)), "{first}");
    assert!(
        first.contains("6 people, 6 countries, 5 offices, 13 statements"),
        "{first}"
    );
    let again = ok(&newsgraph(
        dir.path(),
        &["build", "articles/istanbul-talks.txt", "--store", "db"],
    ));
    assert!(again.ends_with(&held(&stats)), "{again}");
    assert_eq!(
        ok(&newsgraph(dir.path(), &["stats", "--store", "db"])),
        stats
    );
    let counts: Vec<&str> = stats.lines().skip(1).collect();
    assert_eq!(
        &counts[..5],
        [
            "articles    1",
            "people      6",
            "countries   6",
            "offices     5",
            "statements  13"
        ]
    );
    // The summary counts exactly the triples stored.
    let triples: usize = first
        .rsplit(", ")
        .next()
        .and_then(|p| p.split(' ').next())
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        stats.lines().last().unwrap(),
        format!("triples     {triples}")
    );
}

/// The statements of the store, as (text, speaker name) rows sorted.
fn statements(dir: &Path) -> Vec<String> {
    let csv = ok(&newsgraph(
        dir,
        &[
            "query",
            "-e",
            "SELECT ?text ?name WHERE { ?s a schema:Quotation ; schema:text ?text ; \
             schema:creator/schema:name ?name } ORDER BY ?text",
            "--store",
            "db",
            "--format",
            "tsv",
        ],
    ));
    csv.lines().skip(1).map(str::to_owned).collect()
}

#[test]
fn building_a_changed_article_replaces_its_graph() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "\"We will win,\" Jane Smith said.\n").unwrap();
    ok(&newsgraph(dir.path(), &["build", "a.txt", "--store", "db"]));
    std::fs::write(&article, "\"We lost,\" John Brown said.\n").unwrap();
    ok(&newsgraph(dir.path(), &["build", "a.txt", "--store", "db"]));
    assert_eq!(statements(dir.path()), ["\"We lost,\"\t\"John Brown\""]);
    // Within one run, the first record with an id is kept, as `extract` (which has written it
    // already) keeps it; the later one is skipped with a warning.
    std::fs::write(
        dir.path().join("c.jsonl"),
        "{\"id\": \"x\", \"text\": \"\\\"Yes,\\\" Jane Smith said.\"}\n\
         {\"id\": \"x\", \"text\": \"\\\"No,\\\" John Brown said.\"}\n",
    )
    .unwrap();
    let out = newsgraph(dir.path(), &["build", "c.jsonl", "--store", "db"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        statements(dir.path()),
        ["\"We lost,\"\t\"John Brown\"", "\"Yes,\"\t\"Jane Smith\""]
    );
}

#[test]
fn the_store_can_be_named_by_environment() {
    let dir = workspace();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["build", "articles"])
        .current_dir(dir.path())
        .env("NEWSGRAPH_STORE", "elsewhere.db")
        .output()
        .unwrap();
    ok(&out);
    assert!(dir.path().join("elsewhere.db/CURRENT").exists());
    assert!(!dir.path().join("newsgraph.db").exists());
}

#[test]
fn every_result_format() {
    let dir = built();
    let q = |format: &str| {
        ok(&newsgraph(
            dir.path(),
            &["query", "offices", "--store", "db", "--format", format],
        ))
    };
    let csv = q("csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("person,name,role,iso,toIso,former,post,label")
    );
    assert!(csv.contains(
        "https://w3id.org/newsgraph/id/person/oksana-markarova,Oksana Markarova,Ambassador,UA,US,false,https://w3id.org/newsgraph/id/post/ambassador-ua-to-us,Ambassador of Ukraine to the United States"
    ));
    assert_eq!(csv.lines().count(), 6);
    let tsv = q("tsv");
    assert!(
        tsv.starts_with("?person\t?name\t?role\t?iso\t?toIso\t?former\t?post\t?label\n"),
        "{tsv}"
    );
    assert!(tsv.contains("<https://w3id.org/newsgraph/id/person/keir-starmer>\t\"Keir Starmer\"\t\"Prime Minister\"\t\"GB\"\t\tfalse\t"));
    let json: serde_json::Value = serde_json::from_str(&q("json")).unwrap();
    assert_eq!(json["head"]["vars"][2], "role");
    assert_eq!(json["results"]["bindings"].as_array().unwrap().len(), 5);
    assert_eq!(json["results"]["bindings"][2]["toIso"]["value"], "US");
    let xml = q("xml");
    assert!(
        xml.contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">")
            && xml.matches("<result>").count() == 5,
        "{xml}"
    );
    let table = q("table");
    assert!(
        table
            .lines()
            .nth(4)
            .unwrap()
            .starts_with("person:oksana-markarova    Oksana Markarova    Ambassador      UA   US"),
        "{table}"
    );
    assert!(table.ends_with("(5 rows)\n"));
}

#[test]
fn ask_and_construct_queries() {
    let dir = built();
    let ask = ok(&newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "db",
            "-e",
            "ASK { ?p a schema:Person ; schema:name \"Keir Starmer\" }",
        ],
    ));
    assert_eq!(ask, "true\n");
    let ask = ok(&newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "db",
            "--format",
            "json",
            "-e",
            "ASK { ?p schema:name \"Nobody\" }",
        ],
    ));
    assert!(ask.contains("\"boolean\":false"), "{ask}");
    let ttl = ok(&newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "db",
            "-e",
            "CONSTRUCT { ?p schema:name ?n } WHERE { ?p org:holds ?post ; schema:name ?n }",
        ],
    ));
    let names: BTreeSet<String> = parse(ttl.as_bytes(), RdfFormat::Turtle)
        .iter()
        .map(|q| q.object.to_string())
        .collect();
    assert_eq!(names.len(), 5);
    assert!(names.contains("\"Oksana Markarova\""));
    // GRAPH ?g names the article.
    let g = ok(&newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "db",
            "--format",
            "csv",
            "-e",
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle } }",
        ],
    ));
    assert_eq!(
        g,
        "g\r\nhttps://w3id.org/newsgraph/id/article/istanbul-talks.txt\r\n"
    );
}

#[test]
fn parameters_are_bound_not_spliced() {
    let dir = built();
    let q = |value: &str| {
        ok(&newsgraph(
            dir.path(),
            &[
                "query",
                "quotes_by_person",
                "--store",
                "db",
                "--format",
                "csv",
                "--param",
                value,
            ],
        ))
    };
    let starmer = q("person=Starmer");
    assert_eq!(starmer.lines().count(), 5, "{starmer}"); // header + 4 statements (2 his, 2 as one of "they")
    assert!(
        starmer
            .lines()
            .skip(1)
            .all(|l| l.starts_with("Starmer,Keir Starmer,")),
        "{starmer}"
    );
    let hostile = q("person=\"} DROP ALL {");
    assert_eq!(hostile.lines().count(), 1, "{hostile}");
    assert!(ok(&newsgraph(dir.path(), &["stats", "--store", "db"])).contains("people      6"));
    let by_iri = q("person=person:keir-starmer");
    assert_eq!(by_iri.lines().count(), 1, "an IRI is not a name: {by_iri}");
}

#[test]
fn export_round_trips() {
    let dir = built();
    let store_quads = ok(&newsgraph(
        dir.path(),
        &["export", "--store", "db", "--format", "nquads"],
    ));
    let quads = parse(store_quads.as_bytes(), RdfFormat::NQuads);
    let identity: HashSet<Triple> = quads
        .iter()
        .filter(|q| q.graph_name.to_string() == "<https://w3id.org/newsgraph/id/graph/identity>")
        .map(|q| Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone()))
        .collect();
    assert!(!identity.is_empty());
    let triples: HashSet<Triple> = quads
        .iter()
        .map(|q| Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone()))
        .collect();
    for format in ["turtle", "ntriples", "rdfxml", "jsonld"] {
        let out = newsgraph(dir.path(), &["export", "--store", "db", "--format", format]);
        let rdf = match format {
            "turtle" => RdfFormat::Turtle,
            "ntriples" => RdfFormat::NTriples,
            "rdfxml" => RdfFormat::RdfXml,
            _ => RdfFormat::JsonLd {
                profile: Default::default(),
            },
        };
        let got: HashSet<Triple> = parse(&out.stdout, rdf)
            .into_iter()
            .map(|q| Triple::new(q.subject, q.predicate, q.object))
            .collect();
        let missing: Vec<String> = triples
            .difference(&got)
            .take(3)
            .map(|t| t.to_string())
            .collect();
        let extra: Vec<String> = got
            .difference(&triples)
            .take(3)
            .map(|t| t.to_string())
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{format}: missing {missing:#?}, extra {extra:#?}"
        );
    }
    let trig = ok(&newsgraph(
        dir.path(),
        &[
            "export",
            "--store",
            "db",
            "--format",
            "trig",
            "--graph",
            "istanbul-talks.txt",
        ],
    ));
    let got: HashSet<Quad> = parse(trig.as_bytes(), RdfFormat::TriG)
        .into_iter()
        .collect();
    // The article's own graph: what the article states; names of people and countries live
    // once in the shared entities graph.
    let (article, entities): (Vec<Quad>, Vec<Quad>) = quads.into_iter().partition(|q| {
        q.graph_name.to_string() == "<https://w3id.org/newsgraph/id/article/istanbul-talks.txt>"
    });
    assert_eq!(got, article.into_iter().collect());
    assert!(entities.iter().all(|q| [
        "<https://w3id.org/newsgraph/id/graph/entities>",
        "<https://w3id.org/newsgraph/id/graph/identity>"
    ]
    .contains(&q.graph_name.to_string().as_str())));
    assert!(entities
        .iter()
        .any(|q| q.object.to_string() == "\"Oksana Markarova\""));
    // extract writes the same graph as build + export, but for the file each stored article
    // was built from (ng:sourceFile, an absolute path), which only the store records, and the
    // identity graph, which extract writes for several articles only.
    let extracted = newsgraph(dir.path(), &["extract", "articles", "--format", "ntriples"]);
    let got: HashSet<Triple> = parse(&extracted.stdout, RdfFormat::NTriples)
        .into_iter()
        .map(|q| Triple::new(q.subject, q.predicate, q.object))
        .collect();
    let (files, stored): (HashSet<Triple>, HashSet<Triple>) = triples
        .into_iter()
        .filter(|t| !identity.contains(t))
        .partition(|t| t.predicate.as_str() == "https://w3id.org/newsgraph/ontology#sourceFile");
    assert_eq!(got, stored);
    let seed = std::fs::canonicalize(dir.path().join("articles/istanbul-talks.txt")).unwrap();
    assert!(
        files
            .iter()
            .any(|t| t.object.to_string() == format!("{:?}", seed.display().to_string())),
        "{files:?}"
    );
}

#[test]
fn extract_reads_standard_input_and_files() {
    let dir = workspace();
    let text = std::fs::read(fixture("istanbul-talks.txt")).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["extract", "-", "--format", "nquads"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &text).unwrap();
    let out = child.wait_with_output().unwrap();
    let nq = ok(&out);
    assert!(
        nq.contains("<https://w3id.org/newsgraph/id/article/sha256-f805e437c34ee086>"),
        "graph named by content hash"
    );
    let twice = newsgraph(dir.path(), &["extract", "articles"]);
    assert_eq!(
        ok(&twice),
        ok(&newsgraph(dir.path(), &["extract", "articles"])),
        "same input, same bytes"
    );
    let to_file = newsgraph(dir.path(), &["extract", "articles", "-o", "out.ttl"]);
    ok(&to_file);
    let ttl = std::fs::read_to_string(dir.path().join("out.ttl")).unwrap();
    assert!(ttl.starts_with("@prefix "));
    assert!(ttl.contains("schema:name \"Oksana Markarova\""), "{ttl}");
    // "-o -" is standard output, as "-" is standard input: no file named "-".
    let dash = newsgraph(dir.path(), &["extract", "articles", "-o", "-"]);
    assert_eq!(ok(&dash), ok(&twice));
    assert!(!dir.path().join("-").exists());
}

#[test]
fn skipped_input_is_named_and_the_rest_ingested() {
    let dir = workspace();
    std::fs::write(dir.path().join("articles/notes.pdf"), b"%PDF").unwrap();
    std::fs::write(dir.path().join("articles/latin1.txt"), b"caf\xe9 said").unwrap();
    let out = newsgraph(
        dir.path(),
        &["extract", "articles", "missing.txt", "--format", "ntriples"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for expected in [
        "notes.pdf: not a supported input type",
        "latin1.txt is not UTF-8 text (byte 3)",
        "cannot read missing.txt",
    ] {
        assert!(err.contains(expected), "{expected:?} not in {err}");
    }
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"Oksana Markarova\""));
}

#[test]
fn errors_say_what_to_do() {
    let dir = workspace();
    for (args, message) in [
        (&["stats", "--store", "nowhere"][..], "no store at nowhere: build one first with `newsgraph build INPUT --store nowhere`"),
        (&["query", "nosuchquery", "--store", "db"][..], "no bundled query called \"nosuchquery\" and no such .rq file; bundled queries: people, countries"),
        (&["query", "people", "--param", "novalue"][..], "--param \"novalue\" is not NAME=VALUE"),
        (&["query", "-e", "SELECT nonsense", "--store", "db"][..], "the query does not parse"),
    ] {
        if args[0] == "query" && args.contains(&"-e") {
            ok(&newsgraph(dir.path(), &["build", "articles", "--store", "db"]));
        }
        let out = newsgraph(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.starts_with("newsgraph: error: ") && err.contains(message), "{args:?}: {err}");
    }
    ok(&newsgraph(
        dir.path(),
        &["build", "articles", "--store", "db"],
    ));
    let out = newsgraph(
        dir.path(),
        &["export", "--store", "db", "--graph", "other.txt"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no article other.txt in db"),
        "{}",
        stderr(&out)
    );
    let usage = newsgraph(dir.path(), &["extract"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn queries_lists_every_bundled_query() {
    let out = ok(&newsgraph(Path::new("."), &["queries"]));
    for q in newsgraph::query::BUNDLED {
        let line = out
            .lines()
            .find(|l| l.starts_with(q.name))
            .unwrap_or_else(|| panic!("{} not listed", q.name));
        assert!(line.ends_with(q.description()));
    }
    assert_eq!(out.lines().count(), newsgraph::query::BUNDLED.len());
}

#[test]
fn json_lines_with_a_bad_line_and_gzip() {
    let dir = tempfile::tempdir().unwrap();
    let good = |id: &str, text: &str| {
        serde_json::json!({"id": id, "title": "Talks in Istanbul", "date": "2025-05-11", "url": "https://example.com/a", "text": text}).to_string()
    };
    let lines = [
        good("a-1", "\"No point,\" Jane Smith said."),
        "{not json".to_owned(),
        serde_json::json!({"id": "a-3", "title": "no text"}).to_string(),
        good("a-4", "UK Prime Minister Sir Keir Starmer spoke."),
    ];
    std::fs::write(dir.path().join("feed.jsonl"), lines.join("\n") + "\n").unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, (lines[3].clone() + "\n").as_bytes()).unwrap();
    std::fs::write(dir.path().join("more.jsonl.gz"), gz.finish().unwrap()).unwrap();

    let out = newsgraph(
        dir.path(),
        &[
            "extract",
            "feed.jsonl",
            "more.jsonl.gz",
            "--format",
            "nquads",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "a skipped line makes exit code 1"
    );
    let err = stderr(&out);
    assert!(
        err.contains("feed.jsonl, line 2: not a JSON object"),
        "{err}"
    );
    assert!(
        err.contains("feed.jsonl, line 3: no \"text\", \"body\" or \"content\" field"),
        "{err}"
    );
    let nq = String::from_utf8(out.stdout).unwrap();
    let graphs: BTreeSet<&str> = nq.lines().filter_map(|l| l.rsplit(' ').nth(1)).collect();
    assert_eq!(
        graphs.into_iter().collect::<Vec<_>>(),
        [
            "<https://w3id.org/newsgraph/id/article/a-1>",
            "<https://w3id.org/newsgraph/id/article/a-4>",
            "<https://w3id.org/newsgraph/id/graph/entities>",
            "<https://w3id.org/newsgraph/id/graph/identity>"
        ]
    );
    assert!(nq.contains("<https://w3id.org/newsgraph/id/article/a-1> <http://schema.org/headline> \"Talks in Istanbul\""));
    assert!(nq.contains("<http://schema.org/datePublished> \"2025-05-11\""));
    assert!(nq.contains("<http://schema.org/url> <https://example.com/a>"));
    assert!(nq.contains("\"Keir Starmer\""));
}

#[test]
fn quiet_verbose_and_no_progress_bar_in_pipes() {
    let dir = workspace();
    std::fs::write(dir.path().join("articles/notes.csv"), "a,b\n").unwrap();
    // In a pipe: the summary on standard output, the skipped file on standard error, no bar.
    let normal = newsgraph(dir.path(), &["build", "articles", "--store", "db"]);
    assert_eq!(normal.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&normal.stdout).starts_with("built 1 article into db in "));
    assert_eq!(
        stderr(&normal),
        "newsgraph: warning: articles/notes.csv: not a supported input type (supported: .txt, .md, .markdown, .html, .htm, .jsonl, .ndjson, and those gzipped); skipped\n\
         newsgraph: 1 input skipped (see the warnings above)\n"
    );
    // --quiet: nothing but errors, the exit code still says something was skipped.
    let quiet = newsgraph(dir.path(), &["-q", "build", "articles", "--store", "db"]);
    assert_eq!(quiet.status.code(), Some(1));
    assert_eq!((quiet.stdout.len(), stderr(&quiet).as_str()), (0, ""));
    let missing = newsgraph(
        dir.path(),
        &["build", "missing", "--store", "db", "--quiet"],
    );
    // Nothing at all to read is an error, which --quiet still prints.
    assert_eq!(
        (missing.status.code(), stderr(&missing).as_str()),
        (Some(2), "newsgraph: error: nothing to read in missing: no article files (*.txt, *.md, *.html, *.jsonl, or - for standard input); nothing was written\n")
    );
    // Errors are still said.
    let error = newsgraph(dir.path(), &["-q", "stats", "--store", "nowhere"]);
    assert_eq!(error.status.code(), Some(2));
    assert!(stderr(&error).starts_with("newsgraph: error: no store at nowhere"));
    // -v: each file as it is read.
    let verbose = newsgraph(
        dir.path(),
        &[
            "build",
            "articles/istanbul-talks.txt",
            "--store",
            "db",
            "-v",
        ],
    );
    assert_eq!(
        stderr(&verbose),
        "newsgraph: reading articles/istanbul-talks.txt\n"
    );
    let both = newsgraph(dir.path(), &["-q", "-v", "stats", "--store", "db"]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn query_print_writes_the_text_with_its_prefixes() {
    let dir = tempfile::tempdir().unwrap();
    // No store needed.
    let out = ok(&newsgraph(
        dir.path(),
        &[
            "query",
            "-e",
            "SELECT ?p WHERE { ?p a schema:Person }",
            "--print",
        ],
    ));
    assert!(out.starts_with("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"));
    assert!(out.contains("\nPREFIX schema: <http://schema.org/>\n"));
    assert!(out.ends_with("\nSELECT ?p WHERE { ?p a schema:Person }"));
    // A bundled query keeps its own declarations and gets only the missing ones.
    let offices = ok(&newsgraph(dir.path(), &["query", "offices", "--print"]));
    assert_eq!(offices.matches("PREFIX schema:").count(), 1);
    assert!(offices.contains("PREFIX person: <https://w3id.org/newsgraph/id/person/>\n"));
    assert!(offices.ends_with(newsgraph::query::bundled("offices").unwrap().text));
}

/// `--version` names the version and the commit the binary was built from (the build script
/// reads it from git; a build outside a clone says "unknown commit").
#[test]
fn version_names_the_commit() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let out = ok(&newsgraph(dir.path(), &["--version"]));
    let pattern = regex::Regex::new(
        r"^newsgraph (\d+\.\d+\.\d+) \((commit [0-9a-f]{7,12}|unknown commit)\)\n$",
    )
    .expect("valid pattern");
    let caps = pattern
        .captures(&out)
        .unwrap_or_else(|| panic!("unexpected --version output: {out:?}"));
    assert_eq!(&caps[1], env!("CARGO_PKG_VERSION"));
    if root_is_a_clone() {
        assert!(out.contains("(commit "), "{out}");
    }
}

fn root_is_a_clone() -> bool {
    crate::common::root().join(".git").exists()
}
