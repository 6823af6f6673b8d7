//! Input formats: HTML pages, Markdown, and a directory mixing them with a file of an unknown
//! type, which is named as skipped while the rest is read.

use crate::common::{fixture, newsgraph, stderr};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Term, Triple};
use std::collections::BTreeSet;

const ARTICLE: &str = "https://w3id.org/newsgraph/id/article/";
const SCHEMA: &str = "http://schema.org/";
const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

fn extract_formats() -> (Vec<Triple>, std::process::Output) {
    let dir = tempfile::tempdir().unwrap();
    let out = newsgraph(
        dir.path(),
        &[
            "extract",
            fixture("formats").to_str().unwrap(),
            "--format",
            "ntriples",
        ],
    );
    let triples = RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(&out.stdout)
        .map(|q| q.map(Triple::from))
        .collect::<Result<_, _>>()
        .expect("output parses");
    (triples, out)
}

fn value(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

/// The objects of (subject, predicate), as strings.
fn objects(triples: &[Triple], s: &str, p: &str) -> Vec<String> {
    triples
        .iter()
        .filter(|t| t.subject.to_string() == format!("<{s}>") && t.predicate.as_str() == p)
        .map(|t| value(&t.object))
        .collect()
}

#[test]
fn a_directory_mixes_html_markdown_and_names_what_it_skips() {
    let (triples, out) = extract_formats();
    assert_eq!(out.status.code(), Some(1));
    let fixtures = fixture("formats");
    assert_eq!(
        stderr(&out),
        format!(
            "newsgraph: warning: {}: not a supported input type (supported: .txt, .md, .markdown, .html, .htm, .jsonl, .ndjson, and those gzipped); skipped\n",
            fixtures.join("notes.csv").display()
        )
    );
    let articles: BTreeSet<String> = triples
        .iter()
        .filter(|t| t.object.to_string() == format!("<{SCHEMA}NewsArticle>"))
        .map(|t| t.subject.to_string())
        .collect();
    assert_eq!(
        articles,
        BTreeSet::from([
            format!("<{ARTICLE}budget-row.html>"),
            format!("<{ARTICLE}election.md>"),
        ])
    );
}

#[test]
fn html_body_text_and_metadata() {
    let (triples, _) = extract_formats();
    let a = format!("{ARTICLE}budget-row.html");
    let get = |p: &str| objects(&triples, &a, p);
    assert_eq!(
        get(&format!("{NIF}isString")),
        ["Brown attacks Tory tax plans\n\n\
          Chancellor Gordon Brown has attacked the Conservative tax plans.\n\n\
          “Michael Howard has no plan for the economy,” Mr Brown told MPs on Wednesday.\n\n\
          Conservative leader Michael Howard said the chancellor had “taxed and spent” for eight years."]
    );
    assert_eq!(
        get(&format!("{SCHEMA}headline")),
        ["Brown attacks Tory tax plans"]
    );
    assert_eq!(
        get(&format!("{SCHEMA}datePublished")),
        ["2005-02-09T08:00:00Z"]
    );
    assert_eq!(
        get(&format!("{SCHEMA}url")),
        ["<https://ledger.example/politics/brown-tax>"]
    );
    assert_eq!(get(&format!("{SCHEMA}publisher")), ["The Daily Ledger"]);
}

#[test]
fn markdown_headline_without_its_marks() {
    let (triples, _) = extract_formats();
    let a = format!("{ARTICLE}election.md");
    assert_eq!(
        objects(&triples, &a, &format!("{SCHEMA}headline")),
        ["Blair names election day"]
    );
    // The text is stored as read, marks included, so that offsets refer to it.
    assert!(objects(&triples, &a, &format!("{NIF}isString"))[0]
        .starts_with("# Blair names election day\n\n"));
}

#[test]
fn statement_offsets_point_into_the_stored_text() {
    let (triples, _) = extract_formats();
    let mut checked = BTreeSet::new();
    for t in triples
        .iter()
        .filter(|t| t.object.to_string() == format!("<{SCHEMA}Quotation>"))
    {
        let s = t.subject.to_string();
        let s = &s[1..s.len() - 1];
        let one = |p: &str| objects(&triples, s, p).pop().unwrap();
        let article = one(&format!("{SCHEMA}isPartOf"));
        let text = objects(
            &triples,
            &article[1..article.len() - 1],
            &format!("{NIF}isString"),
        )
        .pop()
        .unwrap();
        let (b, e): (usize, usize) = (
            one(&format!("{NIF}beginIndex")).parse().unwrap(),
            one(&format!("{NIF}endIndex")).parse().unwrap(),
        );
        let at: String = text.chars().skip(b).take(e - b).collect();
        assert_eq!(at, one(&format!("{SCHEMA}text")), "{s}");
        checked.insert(at);
    }
    assert_eq!(
        checked,
        BTreeSet::from(
            [
                "Michael Howard has no plan for the economy,",
                "the chancellor had “taxed and spent” for eight years",
                "taxed and spent",
                "the election would be held in May",
                "Gordon Brown will be at the heart of the campaign,",
            ]
            .map(String::from)
        )
    );
}
