//! One person, one node: the identity graph of a fixture corpus of our own
//! (tests/fixtures/identity), built into an on-disk store, as users see it through the
//! bundled queries.

use crate::common::{fixture, newsgraph, ok};
use std::path::Path;

/// A copy of the fixture corpus in `dir`/corpus, built into `dir`/db.
fn build(dir: &Path) {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    for entry in std::fs::read_dir(fixture("identity")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, corpus.join(path.file_name().unwrap())).unwrap();
    }
    ok(&newsgraph(dir, &["build", "corpus", "--store", "db", "-q"]));
}

/// The rows of a query as tab-separated lines, without the header.
fn rows(dir: &Path, args: &[&str]) -> Vec<String> {
    let out = ok(&newsgraph(
        dir,
        &[&["query"][..], args, &["--store", "db", "--format", "tsv"]].concat(),
    ));
    out.lines().skip(1).map(str::to_owned).collect()
}

/// Which person of the corpus each person of each article is: (article, article person, person).
fn identities(dir: &Path) -> Vec<String> {
    rows(
        dir,
        &[
            "-e",
            "SELECT ?a ?local ?person WHERE { ?ap ng:inArticle ?a ; ng:articlePerson ?local ; \
             ng:corpusPerson ?person } ORDER BY ?a ?local",
        ],
    )
    .into_iter()
    .map(|r| r.replace("https://w3id.org/newsgraph/id/", ""))
    .collect()
}

#[test]
fn merges_and_non_merges() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    assert_eq!(
        identities(dir.path()),
        [
            // A middle initial joins the name without it.
            "<article/adler.txt>\t<person/john-adler>\t<person/john-q-adler>",
            "<article/budget.txt>\t<person/helen-crane>\t<person/helen-crane>",
            "<article/budget.txt>\t<person/robert-dane>\t<person/robert-dane>",
            "<article/budget.txt>\t<person/tony-marsh>\t<person/tony-marsh>",
            // A homonym: another role in another country, in two articles each, with no one
            // in common with the British Tony Marsh.
            "<article/canberra.txt>\t<person/tony-marsh>\t<person/tony-marsh-au>",
            "<article/commons.txt>\t<person/helen-crane>\t<person/helen-crane>",
            "<article/commons.txt>\t<person/tony-marsh>\t<person/tony-marsh>",
            // A transliteration joins the other spelling.
            "<article/kyiv.txt>\t<person/volodymyr-zelensky>\t<person/volodymyr-zelenskyy>",
            "<article/leeds.txt>\t<person/helen-crane>\t<person/helen-crane>",
            // "Mr Marsh" alone: not Judith (Mrs), not the Australian minister (nobody around
            // him here appears with him), but the British prime minister, named beside the same
            // people elsewhere.
            "<article/leeds.txt>\t<person/marsh>\t<person/tony-marsh>",
            "<article/leeds.txt>\t<person/robert-dane>\t<person/robert-dane>",
            "<article/perth.txt>\t<person/tony-marsh>\t<person/tony-marsh-au>",
            "<article/school.txt>\t<person/judith-marsh>\t<person/judith-marsh>",
            "<article/senate.txt>\t<person/john-q-adler>\t<person/john-q-adler>",
            "<article/talks.txt>\t<person/volodymyr-zelenskyy>\t<person/volodymyr-zelenskyy>",
        ]
    );
    // Aliases in order of name (GROUP_CONCAT keeps the order the engine meets them in).
    let people: Vec<String> = rows(dir.path(), &["people"])
        .into_iter()
        .map(|r| {
            let mut c: Vec<String> = r.split('\t').map(str::to_owned).collect();
            let mut aliases: Vec<&str> = c[2].trim_matches('"').split(" | ").collect();
            aliases.sort_unstable();
            c[2] = format!("\"{}\"", aliases.join(" | "));
            c.join("\t")
        })
        .collect();
    assert_eq!(
        people,
        [
            "<https://w3id.org/newsgraph/id/person/helen-crane>\t\"Helen Crane\"\t\"\"\t\t3",
            "<https://w3id.org/newsgraph/id/person/john-q-adler>\t\"John Q Adler\"\t\"John Adler\"\t\t2",
            "<https://w3id.org/newsgraph/id/person/judith-marsh>\t\"Judith Marsh\"\t\"Marsh | Mrs Marsh\"\t\t1",
            "<https://w3id.org/newsgraph/id/person/robert-dane>\t\"Robert Dane\"\t\"\"\t\t2",
            "<https://w3id.org/newsgraph/id/person/tony-marsh>\t\"Tony Marsh\"\t\"Marsh | Mr Marsh\"\t\t3",
            "<https://w3id.org/newsgraph/id/person/tony-marsh-au>\t\"Tony Marsh\"\t\"Marsh | Mr Marsh\"\t\t2",
            // Linked to Wikidata: the tables name him President of Ukraine, as kyiv.txt does.
            "<https://w3id.org/newsgraph/id/person/volodymyr-zelenskyy>\t\"Volodymyr Zelenskyy\"\t\"Volodymyr Zelensky | Zelenskyy\"\t<http://www.wikidata.org/entity/Q3874799>\t2",
        ]
    );
    let stats = ok(&newsgraph(dir.path(), &["stats", "--store", "db"]));
    assert!(stats.contains("\npeople      7\n"), "{stats}");
}

#[test]
fn a_person_asked_for_by_any_name_gets_every_statement() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let quotes = |name: &str| -> Vec<String> {
        rows(
            dir.path(),
            &["quotes_by_person", "--param", &format!("person={name}")],
        )
        .into_iter()
        .map(|r| {
            let c: Vec<&str> = r.split('\t').collect();
            format!(
                "{} {} {}",
                c[1],
                c[2],
                c[6].replace("https://w3id.org/newsgraph/id/", "")
            )
        })
        .collect()
    };
    let zelensky = [
        "\"Volodymyr Zelenskyy\" \"Ukraine needed more air defence systems\" <article/kyiv.txt>",
        "\"Volodymyr Zelenskyy\" \"he was ready to meet in Geneva\" <article/talks.txt>",
        "\"Volodymyr Zelenskyy\" \"We want peace,\" <article/talks.txt>",
    ];
    for name in ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskyy"] {
        assert_eq!(quotes(name), zelensky, "{name}");
    }
    // The British prime minister's words, whether the article names him in full or not.
    let marsh: Vec<String> = quotes("Tony Marsh")
        .into_iter()
        .filter(|r| !r.contains("perth.txt") && !r.contains("canberra.txt"))
        .collect();
    assert_eq!(
        marsh,
        [
            "\"Tony Marsh\" \"income tax would not rise before the election\" <article/budget.txt>",
            "\"Tony Marsh\" \"We will keep our promise to working families,\" <article/budget.txt>",
            "\"Tony Marsh\" \"The economy is stronger than it has been for a generation,\" <article/leeds.txt>",
        ]
    );
}

#[test]
fn rebuilding_one_article_leaves_the_identities_of_the_others() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let before = identities(dir.path());
    // Judith Marsh's article, rewritten: another person opens the school.
    std::fs::write(
        dir.path().join("corpus/school.txt"),
        "School opened\n\nPeter Lamb opened a new primary school in Bristol on Friday.\n",
    )
    .unwrap();
    ok(&newsgraph(
        dir.path(),
        &["build", "corpus", "--store", "db", "-q"],
    ));
    let after = identities(dir.path());
    let others = |rows: &[String]| -> Vec<String> {
        rows.iter()
            .filter(|r| !r.starts_with("<article/school.txt>"))
            .cloned()
            .collect()
    };
    assert_eq!(others(&after), others(&before));
    assert_eq!(
        after
            .iter()
            .filter(|r| r.starts_with("<article/school.txt>"))
            .collect::<Vec<_>>(),
        ["<article/school.txt>\t<person/peter-lamb>\t<person/peter-lamb>"]
    );
    // Built again unchanged: the identity graph is the same, quad for quad.
    let identity = |dir: &Path| -> Vec<String> {
        let out = ok(&newsgraph(
            dir,
            &["export", "--store", "db", "--format", "nquads"],
        ));
        let mut v: Vec<String> = out
            .lines()
            .filter(|l| l.ends_with("<https://w3id.org/newsgraph/id/graph/identity> ."))
            .map(str::to_owned)
            .collect();
        v.sort();
        v
    };
    let first = identity(dir.path());
    ok(&newsgraph(
        dir.path(),
        &["build", "corpus", "--store", "db", "-q"],
    ));
    assert_eq!(identity(dir.path()), first);
}

#[test]
fn extract_of_several_articles_writes_the_identity_graph() {
    let dir = tempfile::tempdir().unwrap();
    let out = ok(&newsgraph(
        dir.path(),
        &[
            "extract",
            fixture("identity").to_str().unwrap(),
            "--format",
            "nquads",
        ],
    ));
    let identity: Vec<&str> = out
        .lines()
        .filter(|l| l.ends_with("<https://w3id.org/newsgraph/id/graph/identity> ."))
        .collect();
    assert!(identity.contains(
        &"<https://w3id.org/newsgraph/id/article/leeds.txt#person=marsh> <https://w3id.org/newsgraph/ontology#corpusPerson> <https://w3id.org/newsgraph/id/person/tony-marsh> <https://w3id.org/newsgraph/id/graph/identity> ."
    ), "{identity:#?}");
    // One article: no identity graph, each person of the article stands for itself.
    let one = ok(&newsgraph(
        dir.path(),
        &[
            "extract",
            fixture("identity/leeds.txt").to_str().unwrap(),
            "--format",
            "nquads",
        ],
    ));
    assert!(!one.contains("/graph/identity>"));
}
