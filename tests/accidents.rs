//! Accidents a store meets: a damaged store (a missing CURRENT or MANIFEST, a corrupt table),
//! a full disk during a rebuild or an export, files an interrupted build left behind, runaway
//! queries, and input records that clash or carry odd fields. Nothing is lost, nothing crashes:
//! each case ends in one message and a documented exit code.

use crate::common::{fixture, newsgraph, ok, sorted_nquads, stderr};
use std::path::{Path, PathBuf};
use std::process::Output;

/// A store of the seed article in `dir/db`; returns what `stats` says of it.
fn seed_store(dir: &Path) -> String {
    let article = fixture("istanbul-talks.txt");
    ok(&newsgraph(
        dir,
        &["build", article.to_str().unwrap(), "--store", "db"],
    ));
    ok(&newsgraph(dir, &["stats", "--store", "db"]))
}

/// The files of the store directory whose names start with `prefix`.
fn files(db: &Path, prefix: &str) -> Vec<PathBuf> {
    std::fs::read_dir(db)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect()
}

/// Asserts the command failed with exit code 2 (not a signal) and one line of error.
fn fails_with_one_line(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(2),
        "status {:?}, stderr: {}",
        out.status,
        stderr(out)
    );
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("newsgraph: error: "), "{err}");
    err
}

#[test]
fn a_store_without_current_is_damaged_never_built_over_and_repaired() {
    let dir = tempfile::tempdir().unwrap();
    let before = seed_store(dir.path());
    let db = dir.path().join("db");
    std::fs::remove_file(db.join("CURRENT")).unwrap();
    let err = fails_with_one_line(&newsgraph(dir.path(), &["stats", "--store", "db"]));
    assert_eq!(
        err,
        "newsgraph: error: the store db is damaged (its CURRENT file is missing); newsgraph will not read or build into it: run `newsgraph repair --store db` to recover it, or move it aside and build anew\n"
    );
    // The build that a "no store" message would have invited refuses, and writes nothing.
    let listing = |db: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(db)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let files_before = listing(&db);
    let article = fixture("istanbul-talks.txt");
    let out = newsgraph(
        dir.path(),
        &["build", article.to_str().unwrap(), "--store", "db"],
    );
    assert_eq!(fails_with_one_line(&out), err);
    assert_eq!(listing(&db), files_before);
    let repaired = ok(&newsgraph(dir.path(), &["repair", "--store", "db"]));
    assert!(
        repaired.starts_with("repaired db: its CURRENT file names MANIFEST-"),
        "{repaired}"
    );
    assert_eq!(
        ok(&newsgraph(dir.path(), &["stats", "--store", "db"])),
        before
    );
    // A sound store is left as it is.
    assert!(ok(&newsgraph(dir.path(), &["repair", "--store", "db"]))
        .starts_with("the store db opens as it is: nothing to repair"));
}

/// RocksDB's repair cannot place the tables of a bulk load without the manifest (they name no
/// column family): it sets them aside, and `repair` says so instead of claiming a recovery.
#[test]
fn a_store_without_manifest_fails_cleanly_and_repair_says_what_it_could_do() {
    let dir = tempfile::tempdir().unwrap();
    seed_store(dir.path());
    let db = dir.path().join("db");
    for manifest in files(&db, "MANIFEST-") {
        std::fs::remove_file(manifest).unwrap();
    }
    // Before: a segmentation fault after the message (two allocators, one error string).
    let err = fails_with_one_line(&newsgraph(dir.path(), &["stats", "--store", "db"]));
    assert!(
        err.starts_with(
            "newsgraph: error: the store db is damaged (IO error: No such file or directory: "
        ),
        "{err}"
    );
    assert!(
        err.ends_with(
            "run `newsgraph repair --store db` to recover it, or move it aside and build anew\n"
        ),
        "{err}"
    );
    let tables = files(&db, "")
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "sst"))
        .count();
    let repaired = ok(&newsgraph(dir.path(), &["repair", "--store", "db"]));
    assert_eq!(
        repaired,
        "RocksDB's repair recovered nothing in db: it set aside in db/lost the files it could not place \
         (the tables of a bulk load name no column family, so without the manifest they cannot be placed); \
         the store is now empty: build it again from its articles\n\
         it holds 0 articles, 0 people, 0 statements, 0 triples\n"
    );
    let count_tables = |dir: &Path| {
        files(dir, "")
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "sst"))
            .count()
    };
    let lost = count_tables(&db.join("lost"));
    assert!(lost > 0);
    assert!(
        lost + count_tables(&db) >= tables,
        "every table is kept, in the store or in lost/"
    );
    let article = fixture("istanbul-talks.txt");
    ok(&newsgraph(
        dir.path(),
        &["build", article.to_str().unwrap(), "--store", "db"],
    ));
}

/// Flips 64 bytes a third into every table file of at least `min_size` bytes.
fn corrupt_tables(db: &Path, min_size: u64) {
    for sst in files(db, "") {
        if sst.extension().is_some_and(|e| e == "sst") && sst.metadata().unwrap().len() >= min_size
        {
            let mut bytes = std::fs::read(&sst).unwrap();
            let (mid, len) = (bytes.len() / 3, bytes.len());
            for b in &mut bytes[mid..mid + 64.min(len - mid)] {
                *b ^= 0x5a;
            }
            std::fs::write(&sst, bytes).unwrap();
        }
    }
}

#[test]
fn a_corrupt_table_ends_in_one_message() {
    // Small tables: the damage is in blocks RocksDB reads when it opens the store.
    let dir = tempfile::tempdir().unwrap();
    seed_store(dir.path());
    corrupt_tables(&dir.path().join("db"), 0);
    for args in [
        &["stats", "--store", "db"][..],
        &["query", "people", "--store", "db"],
        &["export", "--store", "db", "--format", "nquads"],
    ] {
        let err = fails_with_one_line(&newsgraph(dir.path(), args));
        assert!(
            err.starts_with(
                "newsgraph: error: the store db is damaged (Corruption: block checksum mismatch: "
            ),
            "{args:?}: {err}"
        );
    }
}

/// Damaged data blocks, met by queries: Oxigraph's engine collects the error that RocksDB's
/// iterator repeats (it took 23 GB before the OOM killer); the watchdog finds the damage and
/// ends the query with it.
#[test]
fn a_corrupt_data_block_ends_queries_with_the_storage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.jsonl"), corpus(3000, 1)).unwrap();
    ok(&newsgraph(
        dir.path(),
        &["build", "c.jsonl", "--store", "db"],
    ));
    corrupt_tables(&dir.path().join("db"), 1_000_000);
    for args in [
        &["stats", "--store", "db"][..],
        &["query", "statements", "--store", "db"],
        &["export", "--store", "db", "--format", "nquads"],
    ] {
        let err = fails_with_one_line(&newsgraph(dir.path(), args));
        assert!(
            err.contains("Corruption: block checksum mismatch: ")
                && err.contains("block_type = Data"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn files_an_interrupted_build_left_are_removed_by_the_next_build() {
    let dir = tempfile::tempdir().unwrap();
    seed_store(dir.path());
    let db = dir.path().join("db");
    std::fs::write(db.join("bulk-1234.sst"), vec![7u8; 100_000]).unwrap();
    std::fs::write(db.join("bulk-5678.sst"), b"").unwrap();
    let article = fixture("istanbul-talks.txt");
    ok(&newsgraph(
        dir.path(),
        &["build", article.to_str().unwrap(), "--store", "db"],
    ));
    assert_eq!(files(&db, "bulk-"), Vec::<PathBuf>::new());
}

/// A tmpfs of `size` mounted at `dir`, unmounted when dropped; `None` (with the reason
/// printed) where mounting is not allowed.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(dir: &Path, size: &str, test: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(dir).unwrap();
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output();
        match out {
            Ok(o) if o.status.success() => Some(Tmpfs(dir.to_path_buf())),
            Ok(o) => {
                println!(
                    "skipping {test}: cannot mount a small tmpfs to fill ({})",
                    String::from_utf8_lossy(&o.stderr).trim()
                );
                None
            }
            Err(e) => {
                println!("skipping {test}: cannot run mount ({e})");
                None
            }
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

/// A JSON Lines corpus of `n` generated articles, each with version `v` of its text.
fn corpus(n: usize, v: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{{\"id\":\"a{i}\",\"text\":\"Talks {i}\\n\\n\\\"We will talk {v} times,\\\" UK Prime Minister Sir Keir Starmer told the BBC on day {i}. Jane Smith{i} said that the talks in Istanbul would go on. French President Emmanuel Macron warned of new sanctions, and German Chancellor Olaf Scholz said Berlin agreed.\"}}\n"
            )
        })
        .collect()
}

/// How many articles the store at `db` holds, from `stats`.
fn articles(dir: &Path, db: &str) -> usize {
    let stats = ok(&newsgraph(dir, &["stats", "--store", db]));
    stats
        .lines()
        .find_map(|l| l.strip_prefix("articles"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn a_rebuild_that_runs_out_of_disk_keeps_every_article() {
    const N: usize = 3000;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("v1.jsonl"), corpus(N, 1)).unwrap();
    std::fs::write(dir.path().join("v2.jsonl"), corpus(N, 2)).unwrap();
    ok(&newsgraph(
        dir.path(),
        &["build", "v1.jsonl", "--store", "db"],
    ));
    let size: u64 = files(&dir.path().join("db"), "")
        .iter()
        .map(|f| f.metadata().unwrap().len())
        .sum();
    // Room for the store and a little more: not for the new version of every article.
    let Some(_disk) = Tmpfs::mount(
        &dir.path().join("disk"),
        &format!("{}k", size / 1024 + 256),
        "a_rebuild_that_runs_out_of_disk_keeps_every_article",
    ) else {
        return;
    };
    for f in files(&dir.path().join("db"), "") {
        std::fs::create_dir_all(dir.path().join("disk/db")).unwrap();
        std::fs::copy(&f, dir.path().join("disk/db").join(f.file_name().unwrap())).unwrap();
    }
    assert_eq!(articles(dir.path(), "disk/db"), N);
    let out = newsgraph(dir.path(), &["build", "v2.jsonl", "--store", "disk/db"]);
    let err = fails_with_one_line(&out);
    assert!(err.contains("No space left on device"), "{err}");
    assert!(
        err.ends_with(&format!("; the store disk/db now holds {N} articles, each whole: what this build did not write is as it was before; free some space (or use another --store) and run the build again to complete it\n")),
        "{err}"
    );
    assert!(!dir
        .path()
        .join("disk/db/newsgraph.journal.partial")
        .exists());
    // Every article is whole: one text each, of version 1 or 2.
    assert_eq!(articles(dir.path(), "disk/db"), N);
    let texts = ok(&newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "disk/db",
            "--format",
            "tsv",
            "-e",
            "SELECT ?a (COUNT(?t) AS ?n) WHERE { ?a nif:isString ?t } GROUP BY ?a HAVING (COUNT(?t) != 1)",
        ],
    ));
    assert_eq!(
        texts.lines().count(),
        1,
        "articles without exactly one text: {texts}"
    );
}

#[test]
fn a_rebuild_of_changed_articles_gives_the_graph_of_a_fresh_build() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("v1.jsonl"), corpus(500, 1)).unwrap();
    std::fs::write(dir.path().join("v2.jsonl"), corpus(500, 2)).unwrap();
    ok(&newsgraph(
        dir.path(),
        &["build", "v1.jsonl", "--store", "db"],
    ));
    ok(&newsgraph(
        dir.path(),
        &["build", "v2.jsonl", "--store", "db"],
    ));
    ok(&newsgraph(
        dir.path(),
        &["build", "v2.jsonl", "--store", "fresh"],
    ));
    assert!(sorted_nquads(dir.path(), "db") == sorted_nquads(dir.path(), "fresh"));
    assert!(!dir.path().join("db/newsgraph.journal").exists());
}

/// A build stopped after its new quads landed and before the old ones were removed leaves its
/// journal: readers refuse the store until a writer (a build, `repair`) finishes it.
#[test]
fn a_stopped_replacement_is_finished_by_the_next_writer() {
    let dir = tempfile::tempdir().unwrap();
    let before = seed_store(dir.path());
    // One statement's type, as a journal lists the old quads of replaced articles, after the
    // marker of its load.
    let quotation = sorted_nquads(dir.path(), "db")
        .into_iter()
        .find(|l| l.contains(" <http://schema.org/Quotation> "))
        .unwrap();
    let marker = "<https://w3id.org/newsgraph/id/load/test> <https://w3id.org/newsgraph/ontology#journal> \"newsgraph.journal\" <https://w3id.org/newsgraph/id/graph/loads> .";
    let journal = format!("{marker}\n{quotation}\n");
    // A load that never landed (its marker is not in the store): its journal is dropped.
    std::fs::write(dir.path().join("db/newsgraph.journal"), &journal).unwrap();
    assert_eq!(
        ok(&newsgraph(dir.path(), &["stats", "--store", "db"])),
        before
    );
    let article = fixture("istanbul-talks.txt");
    ok(&newsgraph(
        dir.path(),
        &["build", article.to_str().unwrap(), "--store", "db"],
    ));
    assert!(!dir.path().join("db/newsgraph.journal").exists());
    assert_eq!(
        ok(&newsgraph(dir.path(), &["stats", "--store", "db"])),
        before
    );
    // A load that landed: its marker is in the store.
    {
        let store = oxigraph::store::Store::open(dir.path().join("db")).unwrap();
        let quad = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
            .for_slice(marker.as_bytes())
            .next()
            .unwrap()
            .unwrap();
        store.insert(&quad).unwrap();
    }
    std::fs::write(dir.path().join("db/newsgraph.journal"), &journal).unwrap();
    let err = fails_with_one_line(&newsgraph(dir.path(), &["stats", "--store", "db"]));
    assert_eq!(
        err,
        "newsgraph: error: the store db holds articles that a stopped build was replacing; any build into it, or `newsgraph repair --store db`, finishes the replacement\n"
    );
    assert_eq!(
        ok(&newsgraph(dir.path(), &["repair", "--store", "db"])).lines().next(),
        Some("the store db was sound; finished the replacement of articles a stopped build had begun (1 old quads removed)")
    );
    assert!(!sorted_nquads(dir.path(), "db").contains(&quotation));
    let after = ok(&newsgraph(dir.path(), &["stats", "--store", "db"]));
    assert!(before.contains("statements  13\n"), "{before}");
    let triples = |stats: &str| -> usize {
        stats
            .lines()
            .find_map(|l| l.strip_prefix("triples"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap()
    };
    assert_eq!(triples(&after), triples(&before) - 1);
    assert_eq!(
        after,
        before
            .replace("statements  13\n", "statements  12\n")
            .replace(
                &format!("triples     {}", triples(&before)),
                &format!("triples     {}", triples(&before) - 1)
            )
    );
}

#[test]
fn an_export_that_fails_keeps_the_old_file_and_names_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.jsonl"), corpus(300, 1)).unwrap();
    ok(&newsgraph(
        dir.path(),
        &["build", "c.jsonl", "--store", "db"],
    ));
    let Some(_disk) = Tmpfs::mount(
        &dir.path().join("disk"),
        "256k",
        "an_export_that_fails_keeps_the_old_file_and_names_the_new_one",
    ) else {
        return;
    };
    std::fs::write(dir.path().join("disk/all.nq"), "old\n").unwrap();
    let out = newsgraph(
        dir.path(),
        &[
            "export",
            "--store",
            "db",
            "--format",
            "nquads",
            "-o",
            "disk/all.nq",
        ],
    );
    let err = fails_with_one_line(&out);
    assert!(
        err.contains("cannot write disk/all.nq: No space left on device"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("disk/all.nq")).unwrap(),
        "old\n"
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("disk")).unwrap().count(),
        1,
        "a partial file was left"
    );
    // With room, the file is replaced whole.
    ok(&newsgraph(
        dir.path(),
        &[
            "export", "--store", "db", "--format", "nquads", "-o", "all.nq",
        ],
    ));
    let all = std::fs::read_to_string(dir.path().join("all.nq")).unwrap();
    let stats = ok(&newsgraph(dir.path(), &["stats", "--store", "db"]));
    assert!(
        stats.contains(&format!("triples     {}\n", all.lines().count())),
        "{stats}"
    );
}

#[test]
fn rdfxml_carries_text_with_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("paged.txt"),
        "Talks\n\n\"We will talk,\" Jane Smith said.\u{c}\"Not now,\" John Brown said.\n",
    )
    .unwrap();
    let xml = newsgraph(dir.path(), &["extract", "paged.txt", "--format", "rdfxml"]);
    let quads: Vec<oxigraph::model::Quad> =
        oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::RdfXml)
            .for_slice(&ok(&xml).into_bytes())
            .collect::<Result<_, _>>()
            .expect("RDF/XML that an XML parser reads");
    let text = |quads: &[oxigraph::model::Quad]| -> String {
        quads
            .iter()
            .find(|q| q.predicate.as_str().ends_with("isString"))
            .map(|q| match &q.object {
                oxigraph::model::Term::Literal(l) => l.value().to_owned(),
                t => panic!("{t}"),
            })
            .unwrap()
    };
    let in_xml = text(&quads);
    assert!(in_xml.contains("said.\u{FFFD}\"Not now"), "{in_xml:?}");
    // One character for one: the offsets hold.
    let nt = newsgraph(
        dir.path(),
        &["extract", "paged.txt", "--format", "ntriples"],
    );
    let quads: Vec<oxigraph::model::Quad> =
        oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NTriples)
            .for_slice(&ok(&nt).into_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
    let exact = text(&quads);
    assert!(exact.contains("said.\u{c}\"Not now"), "{exact:?}");
    assert_eq!(exact.chars().count(), in_xml.chars().count());
}

#[test]
fn records_with_one_id_keep_the_first_in_extract_and_build_alike() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("feed.jsonl"),
        "{\"id\":\"x\",\"text\":\"\\\"Yes,\\\" Jane Smith said.\"}\n\
         {\"id\":\"y\",\"text\":\"\\\"Maybe,\\\" Ann Lee said.\"}\n\
         {\"id\":\"x\",\"text\":\"\\\"No,\\\" John Brown said.\"}\n",
    )
    .unwrap();
    let warning = "newsgraph: warning: feed.jsonl:3: skipped: its id \"x\" is already the id of feed.jsonl:1 in this run (give each record its own \"id\")\n";
    let out = newsgraph(dir.path(), &["extract", "feed.jsonl", "--format", "nquads"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), warning);
    let nq = String::from_utf8(out.stdout).unwrap();
    assert!(
        nq.contains("Jane Smith") && !nq.contains("John Brown"),
        "{nq}"
    );
    let out = newsgraph(dir.path(), &["build", "feed.jsonl", "--store", "db"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with(warning), "{}", stderr(&out));
    let people = ok(&newsgraph(
        dir.path(),
        &["query", "people", "--store", "db", "--format", "csv"],
    ));
    assert!(
        people.contains("Jane Smith") && !people.contains("John Brown"),
        "{people}"
    );
}

#[test]
fn odd_metadata_fields_keep_the_article() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("feed.jsonl"),
        "{\"id\":\"a\",\"date\":19870226,\"url\":\"javascript:alert(1)\",\"title\":[\"T\"],\"text\":\"\\\"Yes,\\\" Jane Smith said.\"}\n\
         {\"id\":\"b\",\"url\":\"file:///etc/passwd\",\"text\":\"\\\"No,\\\" John Brown said.\"}\n\
         {\"id\":\"c\",\"url\":\"https://example.org/c\",\"date\":null,\"text\":\"\\\"Maybe,\\\" Ann Lee said.\"}\n",
    )
    .unwrap();
    let out = newsgraph(
        dir.path(),
        &["extract", "feed.jsonl", "--format", "ntriples"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "newsgraph: warning: feed.jsonl, line 1: \"url\" \"javascript:alert(1)\" is not an http or https address; dropped, the article is kept\n\
         newsgraph: warning: feed.jsonl, line 1: \"title\" is an array, not a string; dropped, the article is kept\n\
         newsgraph: warning: feed.jsonl, line 1: \"date\" is a number, not a string; kept as the text \"19870226\"\n\
         newsgraph: warning: feed.jsonl, line 2: \"url\" \"file:///etc/passwd\" is not an http or https address; dropped, the article is kept\n"
    );
    let nt = String::from_utf8(out.stdout).unwrap();
    for who in ["Jane Smith", "John Brown", "Ann Lee"] {
        assert!(nt.contains(who), "{who} missing");
    }
    assert!(nt.contains("<http://schema.org/datePublished> \"19870226\""));
    let urls: Vec<&str> = nt
        .lines()
        .filter(|l| l.contains("<http://schema.org/url>"))
        .collect();
    assert_eq!(urls.len(), 1, "{urls:?}");
    assert!(urls[0].ends_with("<https://example.org/c> ."), "{urls:?}");
}

#[test]
fn deeply_nested_queries_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    seed_store(dir.path());
    let deep = format!(
        "SELECT * WHERE {{ ?s ?p ?o FILTER({}1{}) }}",
        "(".repeat(5000),
        ")".repeat(5000)
    );
    let err = fails_with_one_line(&newsgraph(
        dir.path(),
        &["query", "--store", "db", "-e", &deep],
    ));
    assert_eq!(
        err,
        "newsgraph: error: the query nests parentheses, braces or brackets 5002 deep; newsgraph reads queries up to 100 deep: simplify it\n"
    );
    let fine = format!(
        "SELECT ?s WHERE {{ ?s ?p ?o FILTER({}1{}) }} LIMIT 1",
        "(".repeat(90),
        ")".repeat(90)
    );
    assert_eq!(
        ok(&newsgraph(
            dir.path(),
            &["query", "--store", "db", "--format", "csv", "-e", &fine]
        ))
        .lines()
        .count(),
        2
    );
}

#[test]
fn sorting_a_cartesian_product_is_stopped_by_time_and_by_memory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.jsonl"), corpus(300, 1)).unwrap();
    ok(&newsgraph(
        dir.path(),
        &["build", "c.jsonl", "--store", "db"],
    ));
    let product = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } ORDER BY ?o ?c";
    let started = std::time::Instant::now();
    let out = newsgraph(
        dir.path(),
        &[
            "query",
            "--store",
            "db",
            "--timeout",
            "60",
            "--max-memory",
            "300MB",
            "-e",
            product,
        ],
    );
    assert_eq!(
        fails_with_one_line(&out),
        "newsgraph: error: the query needed more than 0.3 GB of memory and was stopped; narrow it (LIMIT, more specific patterns) or raise --max-memory\n"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(50));
    let started = std::time::Instant::now();
    let out = newsgraph(
        dir.path(),
        &[
            "query", "--store", "db", "--timeout", "1", "--max-memory", "8GB", "-e",
            "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c FILTER(STRLEN(STR(?o)) = STRLEN(STR(?c)) + 100000) } ORDER BY ?o",
        ],
    );
    assert_eq!(
        fails_with_one_line(&out),
        "newsgraph: error: the query ran longer than the time limit of 1 s and was stopped; narrow it (LIMIT, more specific patterns) or raise --timeout\n"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

/// On a terminal, the steps after the last article (the bulk loader's commit, the compaction)
/// are shown, not a bar that stands still. `script` gives the build a terminal.
#[test]
fn the_final_write_of_a_build_is_shown_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.jsonl"), corpus(3000, 1)).unwrap();
    let command = format!(
        "{} build c.jsonl --store db",
        env!("CARGO_BIN_EXE_newsgraph")
    );
    let out = match std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(dir.path())
        .env_remove("CI")
        .env("TERM", "xterm")
        .output()
    {
        Ok(out) if out.status.success() => out,
        other => {
            println!("skipping the_final_write_of_a_build_is_shown_on_a_terminal: `script` cannot give it a terminal ({other:?})");
            return;
        }
    };
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("articles/s"), "{screen}");
    assert!(
        screen.contains("writing the articles into the store"),
        "{screen}"
    );
    assert!(screen.contains("built 3000 articles into db"), "{screen}");
}
