//! `--shard K/N`: N parts of a corpus hold every article once, and together give the graph of
//! one run over the whole corpus.

use crate::common::{fixture, newsgraph, ok, sorted_nquads, stderr};
use std::collections::BTreeSet;

const IDENTITY: &str = "<https://w3id.org/newsgraph/id/graph/identity>";

fn quads(args: &[&str]) -> BTreeSet<String> {
    let dir = fixture("identity");
    let mut all = vec!["extract", ".", "--format", "nquads"];
    all.extend_from_slice(args);
    ok(&newsgraph(&dir, &all))
        .lines()
        .map(str::to_owned)
        .collect()
}

fn articles(quads: &BTreeSet<String>) -> BTreeSet<String> {
    quads
        .iter()
        .filter(|q| q.contains("<http://schema.org/NewsArticle>"))
        .map(|q| q.split(' ').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_parts_of_a_corpus_give_the_whole_but_its_identity_graph() {
    let whole = quads(&[]);
    assert!(whole.iter().any(|q| q.ends_with(&format!("{IDENTITY} ."))));
    let parts: Vec<BTreeSet<String>> = (0..3)
        .map(|k| quads(&["--shard", &format!("{k}/3")]))
        .collect();
    // Each article in one part only, and every article in some part.
    let mut seen = BTreeSet::new();
    for part in &parts {
        for a in articles(part) {
            assert!(seen.insert(a.clone()), "{a} is in two parts");
        }
        assert!(!part.iter().any(|q| q.contains(IDENTITY)));
    }
    assert_eq!(seen, articles(&whole));
    assert_eq!(seen.len(), 10);
    let union: BTreeSet<String> = parts.into_iter().flatten().collect();
    let without_identity: BTreeSet<String> = whole
        .into_iter()
        .filter(|q| !q.ends_with(&format!("{IDENTITY} .")))
        .collect();
    assert_eq!(union, without_identity);
    // The same split in another run.
    assert_eq!(quads(&["--shard", "1/3"]), quads(&["--shard", "1/3"]));
}

#[test]
fn parts_built_into_one_store_make_the_store_of_the_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = fixture("identity");
    let corpus = corpus.to_str().unwrap();
    ok(&newsgraph(
        tmp.path(),
        &["build", corpus, "--store", "whole.db", "-q"],
    ));
    for k in 0..4 {
        let part = format!("{k}/4");
        ok(&newsgraph(
            tmp.path(),
            &[
                "build", corpus, "--shard", &part, "--store", "parts.db", "-q",
            ],
        ));
    }
    assert_eq!(
        sorted_nquads(tmp.path(), "parts.db"),
        sorted_nquads(tmp.path(), "whole.db")
    );
}

#[test]
fn a_part_that_does_not_exist_is_refused() {
    let dir = fixture("identity");
    for (spec, exit) in [("3/3", 2), ("1/0", 2), ("1", 2), ("a/b", 2)] {
        let out = newsgraph(&dir, &["extract", ".", "--shard", spec]);
        assert_eq!(out.status.code(), Some(exit), "{spec}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{spec:?} is not a part K/N")),
            "{spec}: {err}"
        );
    }
}
