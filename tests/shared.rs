//! Tests on the gold sets in ../shared; each skips, saying why, when ../shared is absent.

use crate::common::shared;
use newsgraph::extract::extract;
use newsgraph::text::fold;
use serde_json::Value;
use std::collections::BTreeSet;

fn key(name: &str) -> String {
    fold(name)
        .split(' ')
        .filter(|w| !matches!(*w, "sir" | "mr" | "mrs" | "ms" | "dr"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Every fact of the seed article, exactly: people, countries, offices, statements with type
/// and speaker (stricter than the scorer, which accepts overlapping spans).
#[test]
fn seed_article_matches_the_gold_exactly() {
    let Some(shared) = shared("seed_article_matches_the_gold_exactly") else {
        return;
    };
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(shared.join("gold/seed.json")).unwrap())
            .unwrap();
    let text = std::fs::read_to_string(shared.join(gold["article"].as_str().unwrap())).unwrap();
    let x = extract(&text);

    let got: BTreeSet<String> = x.people.iter().map(|p| key(&p.name)).collect();
    let want: BTreeSet<String> = gold["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| key(p["name"].as_str().unwrap()))
        .collect();
    assert_eq!(got, want, "people");

    let got: BTreeSet<&str> = x.countries.iter().map(|c| c.iso).collect();
    let want: BTreeSet<String> = strs(&gold["countries"]).into_iter().collect();
    assert_eq!(got, want.iter().map(String::as_str).collect(), "countries");

    let got: BTreeSet<(String, String, String, String)> = x
        .offices
        .iter()
        .map(|o| {
            (
                key(&x.people[o.person].name),
                o.role.to_owned(),
                o.country.unwrap_or("").to_owned(),
                o.to_country.unwrap_or("").to_owned(),
            )
        })
        .collect();
    let want: BTreeSet<(String, String, String, String)> = gold["offices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            let s = |k: &str| o[k].as_str().unwrap_or("").to_owned();
            (key(&s("person")), s("role"), s("country"), s("to"))
        })
        .collect();
    assert_eq!(got, want, "offices");

    let gold_statements = gold["statements"].as_array().unwrap();
    assert_eq!(
        x.statements.len(),
        gold_statements.len(),
        "number of statements"
    );
    for g in gold_statements {
        let want_text = g["text"].as_str().unwrap();
        let s = x
            .statements
            .iter()
            .find(|s| s.span.of(&text) == want_text)
            .unwrap_or_else(|| panic!("no statement {want_text:?}"));
        assert_eq!(
            s.kind.as_str(),
            g["type"].as_str().unwrap(),
            "type of {want_text:?}"
        );
        let speakers: Vec<String> = s.speakers.iter().map(|&p| key(&x.people[p].name)).collect();
        let allowed: Vec<String> = match g["speaker"].as_str() {
            Some(one) => vec![key(one)],
            None => strs(&g["speaker_any"]).iter().map(|n| key(n)).collect(),
        };
        assert!(
            !speakers.is_empty() && speakers.iter().all(|s| allowed.contains(s)),
            "speaker of {want_text:?}: {speakers:?}, want one of {allowed:?}"
        );
    }
}

/// Every article of the BBC and PolNeAR gold sets extracts, and every statement's offsets give
/// back its text on character boundaries.
#[test]
fn gold_articles_extract_with_exact_spans() {
    let Some(shared) = shared("gold_articles_extract_with_exact_spans") else {
        return;
    };
    let mut files: Vec<std::path::PathBuf> =
        std::fs::read_dir(shared.join("gold/polnear/dev/text"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
    files.sort();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let x = extract(&text);
        for s in &x.statements {
            assert!(
                text.is_char_boundary(s.span.start)
                    && text.is_char_boundary(s.span.end)
                    && s.span.start < s.span.end,
                "{}",
                f.display()
            );
        }
        for p in &x.people {
            assert!(
                !p.name.is_empty() && !p.mentions.is_empty(),
                "{}: {p:?}",
                f.display()
            );
        }
    }
}
