//! Every bundled query on a fixture graph (the fixture article, built into a store in memory),
//! with the rows it must return.

use crate::common::fixture;
use newsgraph::query::{bundled, display_term, run, QueryOutput};
use newsgraph::{process, read::Article, store::NewsStore};
use oxigraph::model::{Literal, Term};

fn store() -> NewsStore {
    let store = NewsStore::in_memory().unwrap();
    let text = std::fs::read_to_string(fixture("istanbul-talks.txt")).unwrap();
    let article = Article::with_id(
        "istanbul-talks.txt".into(),
        "istanbul-talks.txt".into(),
        text,
    );
    store
        .replace_article(&article.id, &process(&article).1)
        .unwrap();
    store
}

/// The rows of a bundled query, as the table shows them, restricted to `columns`.
fn rows(store: &NewsStore, name: &str, params: &[(&str, &str)], columns: &[&str]) -> Vec<String> {
    let params: Vec<(String, Term)> = params
        .iter()
        .map(|(k, v)| ((*k).to_owned(), Literal::from(*v).into()))
        .collect();
    let QueryOutput::Solutions { variables, rows } =
        run(store, bundled(name).unwrap().text, &params).unwrap()
    else {
        panic!("{name} is a SELECT query")
    };
    let idx: Vec<usize> = columns
        .iter()
        .map(|c| {
            variables
                .iter()
                .position(|v| v.as_str() == *c)
                .unwrap_or_else(|| panic!("{name} has no column {c}"))
        })
        .collect();
    rows.iter()
        .map(|r| {
            idx.iter()
                .map(|&i| r[i].as_ref().map(display_term).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect()
}

#[test]
fn people() {
    assert_eq!(
        rows(&store(), "people", &[], &["person", "name", "articles"]),
        [
            "person:donald-trump | Donald Trump | 1",
            "person:emmanuel-macron | Emmanuel Macron | 1",
            "person:keir-starmer | Keir Starmer | 1",
            "person:oksana-markarova | Oksana Markarova | 1",
            "person:vladimir-putin | Vladimir Putin | 1",
            "person:volodymyr-zelensky | Volodymyr Zelensky | 1",
        ]
    );
}

#[test]
fn countries() {
    assert_eq!(
        rows(&store(), "countries", &[], &["iso", "name", "wikidata"]),
        [
            "FR | France | wd:Q142",
            "GB | United Kingdom | wd:Q145",
            "RU | Russia | wd:Q159",
            "TR | Türkiye | wd:Q43",
            "UA | Ukraine | wd:Q212",
            "US | United States | wd:Q30",
        ]
    );
}

/// A country that only a post names is no country the articles refer to.
#[test]
fn countries_only_referred_to() {
    let store = NewsStore::in_memory().unwrap();
    let article = Article::with_id(
        "home.txt".into(),
        "home.txt".into(),
        "Police row\n\nHome Secretary Ann Whitby said the plan would work. Sweden disagreed."
            .into(),
    );
    store
        .replace_article(&article.id, &process(&article).1)
        .unwrap();
    assert_eq!(
        rows(&store, "countries", &[], &["iso", "articles"]),
        ["SE | 1"]
    );
    assert_eq!(
        rows(&store, "offices", &[], &["name", "role", "iso"]),
        ["Ann Whitby | Home Secretary | GB"]
    );
}

#[test]
fn offices() {
    assert_eq!(
        rows(
            &store(),
            "offices",
            &[],
            &["name", "role", "iso", "toIso", "label"]
        ),
        [
            "Donald Trump | President | US |  | President of the United States",
            "Keir Starmer | Prime Minister | GB |  | Prime Minister of the United Kingdom",
            "Oksana Markarova | Ambassador | UA | US | Ambassador of Ukraine to the United States",
            "Vladimir Putin | President | RU |  | President of Russia",
            "Volodymyr Zelensky | President | UA |  | President of Ukraine",
        ]
    );
}

#[test]
fn statements() {
    let got = rows(
        &store(),
        "statements",
        &[],
        &[
            "text",
            "type",
            "speakerName",
            "cue",
            "medium",
            "audience",
            "begin",
            "end",
        ],
    );
    assert_eq!(got.len(), 17); // 13 statements, two of them by three people ("They")
    for row in [
        "There is no point in prolonging the killings, | direct | Volodymyr Zelensky | declared | a post on X |  | 383 | 428",
        "time for negotiations is running out | indirect | Donald Trump | warning |  |  | 342 | 378",
        "the West must first halt all military aid to Ukraine | indirect | Vladimir Putin | added | a televised address |  | 1337 | 1389",
        "new and massive sanctions | partial | Emmanuel Macron | warned |  |  | 1637 | 1662",
        "It's a demand that must be met. | direct | Keir Starmer | told |  | the BBC | 1781 | 1812",
    ] {
        assert!(got.iter().any(|r| r == row), "no row {row:?} in {got:#?}");
    }
}

#[test]
fn quotes_by_person() {
    let s = store();
    assert_eq!(rows(&s, "quotes_by_person", &[("person", "Oksana Markarova")], &["name", "text", "cue"]), [
        "Oksana Markarova | We will focus on the future. And sometimes friends can disagree. | telling",
    ]);
    assert_eq!(
        rows(&s, "quotes_by_person", &[("person", "Putin")], &["text"]).len(),
        3
    );
    assert!(rows(&s, "quotes_by_person", &[("person", "PUTIN")], &["text"]).is_empty());
    // Without a name: each quote once per name of its speaker (Starmer has three).
    let all = rows(&s, "quotes_by_person", &[], &["person", "text"]);
    assert_eq!(
        all.iter()
            .filter(|r| r.ends_with("| This is not optional,"))
            .count(),
        3
    );
}

#[test]
fn office_holders() {
    assert_eq!(
        rows(
            &store(),
            "office_holders",
            &[("iso", "UA")],
            &["country", "office", "name", "articles"]
        ),
        [
            "Ukraine | Ambassador of Ukraine to the United States | Oksana Markarova | 1",
            "Ukraine | President of Ukraine | Volodymyr Zelensky | 1",
        ]
    );
}

#[test]
fn people_by_country() {
    assert_eq!(
        rows(&store(), "people_by_country", &[], &["iso", "people"]),
        ["UA | 2", "GB | 1", "RU | 1", "US | 1"]
    );
}

#[test]
fn mentions() {
    assert_eq!(
        rows(
            &store(),
            "mentions",
            &[],
            &["speakerName", "mentionedName", "statements"]
        ),
        ["Volodymyr Zelensky | Vladimir Putin | 1",]
    );
}

#[test]
fn statements_by_medium() {
    assert_eq!(
        rows(
            &store(),
            "statements_by_medium",
            &[],
            &["channel", "kind", "statements"]
        ),
        [
            "a televised address | medium | 3",
            "Truth Social post | medium | 2",
            "a post on X | medium | 2",
            "the BBC | audience | 2",
            "ABC News | audience | 1",
        ]
    );
}
