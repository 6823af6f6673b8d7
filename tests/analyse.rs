//! Networks, ranks and paths on a fixture store of three small articles
//! (`tests/fixtures/network/`), with the exact links, weights and order they must give.

use crate::common::{fixture, newsgraph, ok, stderr};
use newsgraph::analyse::{resolve_person, AnalyseError, GraphFormat, Network, NetworkKind};
use newsgraph::{process, read::Article, store::NewsStore};

fn store() -> NewsStore {
    let store = NewsStore::in_memory().unwrap();
    for name in ["budget.txt", "election.txt", "summit.txt"] {
        let text = std::fs::read_to_string(fixture("network").join(name)).unwrap();
        let article = Article::with_id(name.into(), name.into(), text);
        store
            .replace_article(&article.id, &process(&article).1)
            .unwrap();
    }
    store
}

/// Every link as "source -> target weight [article ids]".
fn links(net: &Network) -> Vec<String> {
    let mut out: Vec<String> = net
        .graph
        .edge_indices()
        .map(|e| {
            let (s, t) = net.graph.edge_endpoints(e).unwrap();
            let l = &net.graph[e];
            let articles: Vec<&str> = l
                .articles
                .iter()
                .map(|a| newsgraph::analyse::article_id(a))
                .collect();
            format!(
                "{} -> {} {} [{}]",
                net.graph[s].label,
                net.graph[t].label,
                l.weight,
                articles.join(" ")
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn quotes_network() {
    let net = Network::load(&store(), NetworkKind::Quotes).unwrap();
    assert_eq!(
        links(&net),
        [
            "Gordon Brown -> Michael Howard 1 [budget.txt]",
            "Michael Howard -> Gordon Brown 1 [budget.txt]",
            "Michael Howard -> Tony Blair 1 [election.txt]",
            "Tony Blair -> George Bush 1 [summit.txt]",
            "Tony Blair -> Gordon Brown 1 [election.txt]",
        ]
    );
}

#[test]
fn mentions_network_counts_articles() {
    let net = Network::load(&store(), NetworkKind::Mentions).unwrap();
    assert_eq!(
        links(&net),
        [
            "George Bush -> Tony Blair 1 [summit.txt]",
            "Gordon Brown -> Michael Howard 2 [budget.txt election.txt]",
            "Gordon Brown -> Tony Blair 1 [election.txt]",
            "Iraq -> George Bush 1 [summit.txt]",
            "Iraq -> Tony Blair 1 [summit.txt]",
            "Iraq -> United States 1 [summit.txt]",
            "Michael Howard -> Tony Blair 1 [election.txt]",
            "United States -> George Bush 1 [summit.txt]",
            "United States -> Tony Blair 1 [summit.txt]",
        ]
    );
    // Undirected: the link is found either way round.
    assert_eq!(
        net.link("Michael Howard", "Gordon Brown").unwrap().weight,
        2
    );
}

#[test]
fn offices_network() {
    let net = Network::load(&store(), NetworkKind::Offices).unwrap();
    assert_eq!(
        links(&net),
        [
            "Chancellor of the United Kingdom -> United Kingdom 1 []",
            "Conservative Leader of the United Kingdom -> United Kingdom 1 []",
            "George Bush -> President of the United States 1 [summit.txt]",
            // The article's national context: a Conservative leader, MPs.
            "Gordon Brown -> Chancellor of the United Kingdom 1 [budget.txt]",
            "Michael Howard -> Conservative Leader of the United Kingdom 1 [budget.txt]",
            "President of the United States -> United States 1 []",
            "Tony Blair -> Prime Minister 1 [election.txt]",
        ]
    );
}

#[test]
fn filters_by_weight_and_top_nodes() {
    let net = Network::load(&store(), NetworkKind::Mentions).unwrap();
    assert_eq!(
        links(&net.clone().filter(2, None)),
        ["Gordon Brown -> Michael Howard 2 [budget.txt election.txt]"]
    );
    // Weighted degrees: Blair 5; Bush, Brown, Howard, Iraq, United States 3 (ties by name).
    assert_eq!(
        links(&net.filter(1, Some(3))),
        [
            "George Bush -> Tony Blair 1 [summit.txt]",
            "Gordon Brown -> Tony Blair 1 [election.txt]",
        ]
    );
}

#[test]
fn rank_order() {
    let s = store();
    let order = |kind| -> Vec<(String, usize, usize)> {
        Network::load(&s, kind)
            .unwrap()
            .rank()
            .into_iter()
            .map(|r| (r.node.label, r.degree, r.weight))
            .collect()
    };
    let owned = |v: &[(&str, usize, usize)]| -> Vec<(String, usize, usize)> {
        v.iter()
            .map(|(n, d, w)| ((*n).to_owned(), *d, *w))
            .collect()
    };
    assert_eq!(
        order(NetworkKind::Quotes),
        owned(&[
            ("Michael Howard", 2, 3),
            ("Gordon Brown", 2, 3),
            ("Tony Blair", 3, 3),
            ("George Bush", 1, 1),
        ])
    );
    assert_eq!(
        order(NetworkKind::Mentions),
        owned(&[
            ("Tony Blair", 5, 5),
            ("George Bush", 3, 3),
            ("Gordon Brown", 2, 3),
            ("Michael Howard", 2, 3),
        ])
    );
}

#[test]
fn names_resolve_by_alias_ignoring_case() {
    let s = store();
    for (name, expected) in [
        ("Gordon Brown", Some("Gordon Brown")),
        ("mr brown", Some("Gordon Brown")),
        ("TONY BLAIR", Some("Tony Blair")),
        ("Blair", Some("Tony Blair")),
        ("Howard", None),
        ("Nobody", None),
    ] {
        let got = resolve_person(&s, name).ok().map(|(_, n)| n);
        assert_eq!(got.as_deref(), expected, "{name}");
    }
    assert!(matches!(
        resolve_person(&s, "Nobody"),
        Err(AnalyseError::UnknownName { .. })
    ));
}

#[test]
fn dot_graphml_and_json() {
    let net = Network::load(&store(), NetworkKind::Quotes)
        .unwrap()
        .filter(1, Some(2));
    let text = |f| String::from_utf8(net.write(f, Vec::new()).unwrap()).unwrap();
    assert_eq!(
        text(GraphFormat::Dot),
        "digraph quotes {\n  rankdir = \"LR\"\n  node [fontname = \"Helvetica\"]\n  edge [color = \"#555555\"]\n    0 [ label = \"Gordon Brown\" shape = ellipse ]\n    1 [ label = \"Michael Howard\" shape = ellipse ]\n    0 -> 1 [ penwidth = 1.0 ]\n    1 -> 0 [ penwidth = 1.0 ]\n}\n"
    );
    let graphml = text(GraphFormat::GraphMl);
    assert!(graphml.contains(r#"<graph id="quotes" edgedefault="directed">"#));
    assert!(graphml.contains(r#"<node id="https://w3id.org/newsgraph/id/person/gordon-brown"><data key="label">Gordon Brown</data><data key="kind">person</data></node>"#));
    assert_eq!(graphml.matches("<edge ").count(), 2);
    let json: serde_json::Value = serde_json::from_str(&text(GraphFormat::Json)).unwrap();
    assert_eq!(json["directed"], true);
    assert_eq!(json["nodes"].as_array().unwrap().len(), 2);
    assert_eq!(
        json["edges"][0],
        serde_json::json!({
            "source": "https://w3id.org/newsgraph/id/person/gordon-brown",
            "target": "https://w3id.org/newsgraph/id/person/michael-howard",
            "weight": 1,
            "articles": ["https://w3id.org/newsgraph/id/article/budget.txt"],
        })
    );
}

fn built() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    ok(&newsgraph(
        dir.path(),
        &[
            "build",
            fixture("network").to_str().unwrap(),
            "--store",
            "db",
        ],
    ));
    dir
}

#[test]
fn path_command() {
    let dir = built();
    let path = |args: &[&str]| {
        let mut all = vec!["path", "--store", "db"];
        all.extend(args);
        newsgraph(dir.path(), &all)
    };
    assert_eq!(
        ok(&path(&["george bush", "MICHAEL HOWARD"])),
        "George Bush → Michael Howard: 2 links in the mentions network\n\
         George Bush — Tony Blair (1 article): summit.txt\n\
         Tony Blair — Michael Howard (1 article): election.txt\n"
    );
    assert_eq!(
        ok(&path(&[
            "Mr Brown",
            "Michael Howard",
            "--network",
            "quotes"
        ])),
        "Gordon Brown → Michael Howard: 1 link in the quotes network\n\
         Gordon Brown — Michael Howard (1 statement): budget.txt\n"
    );
    let unknown = path(&["Nobody", "Tony Blair"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(
        stderr(&unknown),
        "newsgraph: error: no person called \"Nobody\" in the store; list people with: newsgraph query people\n"
    );
    let none = path(&["George Bush", "Gordon Brown", "--network", "offices"]);
    assert_eq!(
        stderr(&none),
        "newsgraph: error: no connection between George Bush and Gordon Brown in the offices network\n"
    );
}

#[test]
fn rank_command() {
    let dir = built();
    assert_eq!(
        ok(&newsgraph(
            dir.path(),
            &["rank", "mentions", "--top", "2", "--store", "db"]
        )),
        "rank  name         pagerank  degree  weight\n\
         ----  -----------  --------  ------  ------\n   \
         1  Tony Blair     0.2708       5       5\n   \
         2  George Bush    0.1603       3       3\n\
         (2 of 4 people in the mentions network)\n"
    );
}

#[test]
fn completions_for_each_shell() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let out = ok(&newsgraph(dir.path(), &["completions", shell]));
        assert!(
            out.contains("newsgraph") && out.contains("extract") && out.contains("rank"),
            "{shell}: {out}"
        );
    }
}
