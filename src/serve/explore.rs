//! What the explorer's pages show, read from the store with SPARQL through [`crate::query`]:
//! one function per page, each returning plain data for its template.
//!
//! A person of a page is a person of the corpus (the identity graph): their appearances are
//! the people of single articles that are them. In an article that no identity graph covers
//! (a store filled by a tool other than `newsgraph build`), the article's own person stands
//! for itself, as in the bundled queries.

use super::ServeError;
use crate::analyse::{Network, NodeKind};
use crate::query::{self, QueryOutput};
use crate::vocab::DATA;
use oxigraph::model::{NamedNode, Term};
use std::collections::{BTreeMap, HashMap};

/// One row of a SELECT: each bound variable's value.
pub(crate) struct Row(HashMap<String, Term>);

impl Row {
    /// A literal's lexical form or an IRI, as text.
    pub(crate) fn str(&self, var: &str) -> Option<String> {
        match self.0.get(var)? {
            Term::NamedNode(n) => Some(n.as_str().to_owned()),
            Term::Literal(l) => Some(l.value().to_owned()),
            Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
            #[allow(unreachable_patterns)]
            t => Some(t.to_string()),
        }
    }

    fn num(&self, var: &str) -> usize {
        self.str(var).and_then(|s| s.parse().ok()).unwrap_or(0)
    }
}

/// Runs a SELECT and returns its rows.
pub(crate) fn select(
    store: &crate::store::NewsStore,
    sparql: &str,
) -> Result<Vec<Row>, ServeError> {
    match query::run(store, sparql, &[]).map_err(ServeError::Query)? {
        QueryOutput::Solutions { variables, rows } => Ok(rows
            .into_iter()
            .map(|r| {
                Row(variables
                    .iter()
                    .zip(r)
                    .filter_map(|(v, t)| Some((v.as_str().to_owned(), t?)))
                    .collect())
            })
            .collect()),
        _ => Ok(Vec::new()),
    }
}

/// The explorer's address of an IRI of the store, when it has a page.
pub(crate) fn page_of(iri: &str) -> Option<String> {
    let local = iri.strip_prefix(DATA)?;
    for kind in ["person/", "country/", "post/", "article/"] {
        if let Some(rest) = local.strip_prefix(kind) {
            if !rest.is_empty() && !rest.contains(['#', '?']) {
                return Some(format!("/{kind}{rest}"));
            }
        }
    }
    None
}

/// The IRI of a page's subject: `kind` ("person", "country", "post", "article") and the rest
/// of the page's path, as the IRI spells it. Anything that is not an IRI of the store is none.
pub(crate) fn iri_of(kind: &str, rest: &str) -> Option<NamedNode> {
    if rest.is_empty() {
        return None;
    }
    // An article's id may hold any character: its IRI encodes them.
    let iri = if kind == "article" {
        crate::mint::article_iri(rest)
    } else if rest.contains(['#', '?', '<', '>', '"', ' ', '\\']) {
        return None;
    } else {
        NamedNode::new(format!("{DATA}{kind}/{rest}")).ok()?
    };
    Some(iri)
}

/// The part of a query that binds `?ap`, the person of `?article` who is the person of the
/// corpus `who`: their appearances in the identity graph, or, in an article that no identity
/// graph covers, `who` itself where the article mentions them.
fn appearances(who: &NamedNode) -> String {
    format!(
        "{{ ?appearance ng:corpusPerson {who} ; ng:articlePerson ?ap ; ng:inArticle ?article . }}
         UNION {{ GRAPH ?article {{ ?article a schema:NewsArticle ; schema:mentions {who} }}
                  FILTER NOT EXISTS {{ ?covered ng:inArticle ?article }} BIND ({who} AS ?ap) }}"
    )
}

/// What every page needs to name things: the name of each person, country and post, and who
/// each article's people are in the corpus. Read once (the store does not change while it is
/// served); the pages' queries then stay simple lookups, which Oxigraph answers fast.
#[derive(Debug, Default)]
pub struct Corpus {
    names: HashMap<String, String>,
    identity: HashMap<(String, String), String>,
}

impl Corpus {
    /// Reads the names and the identity graph.
    pub fn load(store: &crate::store::NewsStore) -> Result<Corpus, ServeError> {
        let mut names: HashMap<String, String> = HashMap::new();
        for r in select(
            store,
            "SELECT ?x ?l WHERE { { ?x schema:name ?l } UNION { ?x a org:Post ; rdfs:label ?l } }",
        )? {
            if let (Some(x), Some(l)) = (r.str("x"), r.str("l")) {
                match names.get_mut(&x) {
                    Some(old) if l >= *old => {}
                    Some(old) => *old = l,
                    None => {
                        names.insert(x, l);
                    }
                }
            }
        }
        let identity = select(
            store,
            &format!(
                "SELECT ?article ?ap ?who WHERE {{ GRAPH <{}> {{
                   ?x ng:inArticle ?article ; ng:articlePerson ?ap ; ng:corpusPerson ?who }} }}",
                crate::mint::IDENTITY_GRAPH.as_str()
            ),
        )?
        .into_iter()
        .filter_map(|r| Some(((r.str("article")?, r.str("ap")?), r.str("who")?)))
        .collect();
        Ok(Corpus { names, identity })
    }

    /// The person of the corpus that `person` of `article` is (else `person`).
    fn who(&self, article: &str, person: &str) -> String {
        self.identity
            .get(&(article.to_owned(), person.to_owned()))
            .cloned()
            .unwrap_or_else(|| person.to_owned())
    }

    /// A link to `iri` with its name.
    fn link(&self, iri: &str) -> Link {
        Link::new(iri, self.names.get(iri).cloned())
    }
}

fn is_person(iri: &str) -> bool {
    kind_of(iri) == "person"
}

/// A link to a page: its address and what it reads.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Link {
    /// The explorer's address (`/person/keir-starmer`), or empty when there is no page.
    pub href: String,
    /// The name.
    pub label: String,
}

impl Link {
    fn new(iri: &str, label: Option<String>) -> Link {
        Link {
            href: page_of(iri).unwrap_or_default(),
            label: label.unwrap_or_else(|| short(iri)),
        }
    }
}

/// The last part of an IRI, for a thing without a name.
fn short(iri: &str) -> String {
    iri.rsplit(['/', '#']).next().unwrap_or(iri).to_owned()
}

/// An article, as a list shows it.
#[derive(Debug, Clone)]
pub struct ArticleRef {
    /// The article's page.
    pub href: String,
    /// The headline, else the article's id.
    pub title: String,
    /// The publication date, if known.
    pub date: String,
    /// The date as a sortable key (year, month, day).
    key: (u32, u32, u32),
}

/// A date as (year, month, day): ISO 8601 (`2025-05-12…`) or as Reuters writes it
/// (`26-FEB-1987 15:01:01.79`); else zeros.
fn date_key(date: &str) -> (u32, u32, u32) {
    let first = date.split([' ', 'T']).next().unwrap_or_default();
    let parts: Vec<&str> = first.split('-').collect();
    const MONTHS: [&str; 12] = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ];
    match parts[..] {
        [y, m, d] if y.len() == 4 => (
            y.parse().unwrap_or(0),
            m.parse().unwrap_or(0),
            d.get(..2).unwrap_or(d).parse().unwrap_or(0),
        ),
        [d, m, y] => (
            y.parse().unwrap_or(0),
            MONTHS
                .iter()
                .position(|n| n.eq_ignore_ascii_case(m))
                .map_or(0, |i| i as u32 + 1),
            d.parse().unwrap_or(0),
        ),
        _ => (0, 0, 0),
    }
}

fn article_ref(iri: &str, headline: Option<String>, date: Option<String>) -> ArticleRef {
    let date = date.unwrap_or_default();
    ArticleRef {
        href: page_of(iri).unwrap_or_default(),
        title: headline.unwrap_or_else(|| crate::analyse::article_id(iri).to_owned()),
        key: date_key(&date),
        date: date.split([' ', 'T']).next().unwrap_or_default().to_owned(),
    }
}

/// The headline and date of each article that `pattern` binds to `?article`.
fn article_refs(
    store: &crate::store::NewsStore,
    pattern: &str,
) -> Result<HashMap<String, ArticleRef>, ServeError> {
    Ok(select(
        store,
        &format!(
            "SELECT DISTINCT ?article ?headline ?date WHERE {{ {{ SELECT DISTINCT ?article WHERE {{ {pattern} }} }}
               OPTIONAL {{ ?article schema:headline ?headline }} OPTIONAL {{ ?article schema:datePublished ?date }} }}"
        ),
    )?
    .into_iter()
    .filter_map(|r| {
        let a = r.str("article")?;
        Some((a.clone(), article_ref(&a, r.str("headline"), r.str("date"))))
    })
    .collect())
}

/// A statement, as a list shows it.
#[derive(Debug, Clone)]
pub struct StatementRef {
    /// Its place in its article's page (`/article/a.txt#st-1735-1756`).
    pub href: String,
    /// The words.
    pub text: String,
    /// direct, partial or indirect.
    pub kind: String,
    /// The speech verb.
    pub cue: String,
    /// Where it was said.
    pub medium: String,
    /// To whom.
    pub audience: String,
    /// The speakers.
    pub speakers: Vec<Link>,
}

/// The fields of statement `?st`, outside any GRAPH (a statement's IRI is its article's).
const STATEMENT_FIELDS: &str = "?st schema:text ?text ; ng:quoteType ?type ; nif:beginIndex ?b ; nif:endIndex ?e .
     OPTIONAL { ?st ng:cue ?cue } OPTIONAL { ?st ng:medium ?medium } OPTIONAL { ?st ng:audience ?audience }";

/// Statements from rows of `?st ?article ?text ?type ?b ?e ?cue ?medium ?audience ?creator`,
/// one per statement, in the rows' order, with every creator as the person of the corpus.
fn statement_refs(corpus: &Corpus, rows: Vec<Row>) -> Vec<(String, StatementRef)> {
    let mut out: Vec<(String, StatementRef)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for r in rows {
        let (Some(st), Some(article)) = (r.str("st"), r.str("article")) else {
            continue;
        };
        let i = *index.entry(st).or_insert_with(|| {
            out.push((
                article.clone(),
                StatementRef {
                    href: format!(
                        "{}#st-{}-{}",
                        page_of(&article).unwrap_or_default(),
                        r.num("b"),
                        r.num("e")
                    ),
                    text: r.str("text").unwrap_or_default(),
                    kind: r.str("type").unwrap_or_default(),
                    cue: r.str("cue").unwrap_or_default(),
                    medium: r.str("medium").unwrap_or_default(),
                    audience: r.str("audience").unwrap_or_default(),
                    speakers: Vec::new(),
                },
            ));
            out.len() - 1
        });
        if let Some(creator) = r.str("creator") {
            let link = corpus.link(&corpus.who(&article, &creator));
            if !out[i].1.speakers.contains(&link) {
                out[i].1.speakers.push(link);
            }
        }
    }
    out
}

/// The home page.
#[derive(Debug, Clone, Default)]
pub struct Home {
    /// What the store holds.
    pub stats: crate::store::Stats,
    /// The most quoted people, with their statements.
    pub quoted: Vec<(Link, usize)>,
    /// The latest articles.
    pub latest: Vec<ArticleRef>,
}

/// Reads the home page.
pub fn home(store: &crate::store::NewsStore, corpus: &Corpus) -> Result<Home, ServeError> {
    let stats = store.stats().map_err(ServeError::Store)?;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for r in select(
        store,
        "SELECT ?article ?creator (COUNT(DISTINCT ?st) AS ?n) WHERE {
           GRAPH ?article { ?st schema:creator ?creator } } GROUP BY ?article ?creator",
    )? {
        if let (Some(a), Some(c)) = (r.str("article"), r.str("creator")) {
            if is_person(&c) {
                *counts.entry(corpus.who(&a, &c)).or_default() += r.num("n");
            }
        }
    }
    let mut quoted: Vec<(Link, usize)> = counts
        .into_iter()
        .map(|(who, n)| (corpus.link(&who), n))
        .collect();
    quoted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.label.cmp(&b.0.label)));
    quoted.truncate(10);
    let mut latest: Vec<ArticleRef> =
        article_refs(store, "GRAPH ?article { ?article a schema:NewsArticle }")?
            .into_values()
            .collect();
    latest.sort_by(|a, b| b.key.cmp(&a.key).then(a.href.cmp(&b.href)));
    latest.truncate(10);
    Ok(Home {
        stats,
        quoted,
        latest,
    })
}

/// An office a person holds, with the articles that say so.
#[derive(Debug, Clone)]
pub struct Holding {
    /// The post.
    pub post: Link,
    /// Held before ("former").
    pub former: bool,
    /// The articles that say so.
    pub articles: Vec<ArticleRef>,
}

/// A neighbour in a network.
#[derive(Debug, Clone)]
pub struct Neighbour {
    /// The person, country or post.
    pub node: Link,
    /// The link's weight.
    pub weight: usize,
}

/// A person's page.
#[derive(Debug, Clone)]
pub struct Person {
    /// The canonical name.
    pub name: String,
    /// Other names the articles use.
    pub aliases: Vec<String>,
    /// The Wikidata entity, if known.
    pub wikidata: Option<String>,
    /// Offices held, current first.
    pub offices: Vec<Holding>,
    /// Statements, grouped by article (newest first).
    pub statements: Vec<(ArticleRef, Vec<StatementRef>)>,
    /// All their statements (the groups may show fewer).
    pub statement_count: usize,
    /// People their statements mention, with how many statements.
    pub mentions: Vec<(Link, usize)>,
    /// People whose statements mention them.
    pub mentioned_by: Vec<(Link, usize)>,
    /// Neighbours in the quotes and mentions networks.
    pub neighbours: Vec<(&'static str, Vec<Neighbour>)>,
    /// Articles they appear in.
    pub articles: usize,
}

/// The most statements a person's page lists.
pub const MAX_STATEMENTS: usize = 200;

/// The people (of the corpus, not `who`) in `?m` of rows `?st ?article ?m`, with how many
/// statements each, most first.
fn people_counts(corpus: &Corpus, who: &str, rows: Vec<Row>) -> Vec<(Link, usize)> {
    let mut seen = std::collections::HashSet::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for r in rows {
        let (Some(st), Some(article), Some(m)) = (r.str("st"), r.str("article"), r.str("m")) else {
            continue;
        };
        if !is_person(&m) {
            continue;
        }
        let other = corpus.who(&article, &m);
        if other != who && seen.insert((st, other.clone())) {
            *counts.entry(other).or_default() += 1;
        }
    }
    let mut out: Vec<(Link, usize)> = counts
        .into_iter()
        .map(|(o, n)| (corpus.link(&o), n))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.label.cmp(&b.0.label)));
    out.truncate(20);
    out
}

/// Reads a person's page; none when the store has no such person.
pub fn person(
    store: &crate::store::NewsStore,
    corpus: &Corpus,
    who: &NamedNode,
    networks: &[(&'static str, &Network)],
) -> Result<Option<Person>, ServeError> {
    let names = select(
        store,
        &format!(
            "SELECT ?name ?alt ?same WHERE {{
               {{ {who} schema:name ?name }} UNION {{ {who} schema:alternateName ?alt }}
               UNION {{ {who} owl:sameAs ?same }}
             }}"
        ),
    )?;
    let mut name: Option<String> = None;
    let mut aliases = Vec::new();
    let mut wikidata = None;
    for r in &names {
        if let Some(n) = r.str("name") {
            if name.as_ref().is_none_or(|m| n < *m) {
                name = Some(n);
            }
        }
        if let Some(a) = r.str("alt") {
            aliases.push(a);
        }
        if let Some(s) = r.str("same") {
            if s.starts_with(crate::vocab::wd::NS) {
                wikidata = Some(s);
            }
        }
    }
    let Some(name) = name else { return Ok(None) };
    aliases.sort();
    aliases.dedup();
    aliases.retain(|a| *a != name);
    // Where they appear, read once and then given to each query as VALUES (which Oxigraph
    // joins first: a third to a half faster than the pattern itself, for a person of many
    // articles).
    let mut app = String::from("VALUES (?ap ?article) {");
    for r in select(
        store,
        &format!(
            "SELECT DISTINCT ?ap ?article WHERE {{ {} }}",
            appearances(who)
        ),
    )? {
        if let (Some(Term::NamedNode(ap)), Some(Term::NamedNode(article))) =
            (r.0.get("ap"), r.0.get("article"))
        {
            app.push_str(&format!(" ({ap} {article})"));
        }
    }
    app.push_str(" }");
    let refs = article_refs(store, &app)?;
    let article = |a: &str| {
        refs.get(a)
            .cloned()
            .unwrap_or_else(|| article_ref(a, None, None))
    };

    let mut offices: BTreeMap<(bool, String), Holding> = BTreeMap::new();
    for r in select(
        store,
        &format!(
            "SELECT DISTINCT ?post ?former ?article WHERE {{
               {app}
               GRAPH ?article {{ {{ ?ap org:holds ?post BIND (false AS ?former) }}
                                 UNION {{ ?ap ng:formerlyHolds ?post BIND (true AS ?former) }} }}
             }}"
        ),
    )? {
        let (Some(post), Some(a)) = (r.str("post"), r.str("article")) else {
            continue;
        };
        let former = r.str("former").as_deref() == Some("true");
        offices
            .entry((former, post.clone()))
            .or_insert_with(|| Holding {
                post: corpus.link(&post),
                former,
                articles: Vec::new(),
            })
            .articles
            .push(article(&a));
    }
    let mut offices: Vec<Holding> = offices.into_values().collect();
    for h in &mut offices {
        h.articles
            .sort_by(|a, b| b.key.cmp(&a.key).then(a.href.cmp(&b.href)));
        h.articles.truncate(20);
    }
    offices.sort_by(|a, b| {
        a.former
            .cmp(&b.former)
            .then(b.articles.len().cmp(&a.articles.len()))
            .then(a.post.label.cmp(&b.post.label))
    });

    let rows = select(
        store,
        &format!(
            "SELECT ?st ?article ?text ?type ?cue ?medium ?audience ?b ?e WHERE {{
               {app}
               GRAPH ?article {{ ?st schema:creator ?ap }}
               {STATEMENT_FIELDS}
             }}"
        ),
    )?;
    let mut all = statement_refs(corpus, rows);
    let statement_count = all.len();
    let position = |href: &str| {
        href.rsplit_once("#st-")
            .and_then(|(_, o)| o.split('-').next()?.parse::<usize>().ok())
            .unwrap_or(0)
    };
    all.sort_by(|(a, s), (b, t)| {
        article(b)
            .key
            .cmp(&article(a).key)
            .then(a.cmp(b))
            .then(position(&s.href).cmp(&position(&t.href)))
    });
    let mut statements: Vec<(ArticleRef, Vec<StatementRef>)> = Vec::new();
    let mut last = String::new();
    for (a, s) in all.into_iter().take(MAX_STATEMENTS) {
        if a != last {
            statements.push((article(&a), Vec::new()));
            last = a;
        }
        if let Some((_, list)) = statements.last_mut() {
            list.push(s);
        }
    }

    let mentions = people_counts(
        corpus,
        who.as_str(),
        select(
            store,
            &format!(
                "SELECT ?st ?article ?m WHERE {{ {app} GRAPH ?article {{ ?st schema:creator ?ap ; schema:mentions ?m }} }}"
            ),
        )?,
    );
    let mentioned_by = people_counts(
        corpus,
        who.as_str(),
        select(
            store,
            &format!(
                "SELECT ?st ?article ?m WHERE {{ {app} GRAPH ?article {{ ?st schema:mentions ?ap ; schema:creator ?m }} }}"
            ),
        )?,
    );

    let neighbours = networks
        .iter()
        .map(|(kind, net)| (*kind, neighbours_of(net, who.as_str(), 10)))
        .filter(|(_, n)| !n.is_empty())
        .collect();
    Ok(Some(Person {
        name,
        aliases,
        wikidata,
        offices,
        statements,
        statement_count,
        mentions,
        mentioned_by,
        neighbours,
        articles: refs.len(),
    }))
}

/// The heaviest links of the node `iri` in a network.
pub fn neighbours_of(net: &Network, iri: &str, top: usize) -> Vec<Neighbour> {
    let Some(i) = net.graph.node_indices().find(|&i| net.graph[i].iri == iri) else {
        return Vec::new();
    };
    let mut out: Vec<Neighbour> = net
        .graph
        .edges_directed(i, petgraph::Direction::Outgoing)
        .map(|e| (petgraph::visit::EdgeRef::target(&e), e.weight().weight))
        .chain(
            net.graph
                .edges_directed(i, petgraph::Direction::Incoming)
                .map(|e| (petgraph::visit::EdgeRef::source(&e), e.weight().weight)),
        )
        .fold(
            BTreeMap::new(),
            |mut by: BTreeMap<_, usize>, (j, weight)| {
                // Both ways of a directed network count for the neighbour once.
                *by.entry(j).or_default() += weight;
                by
            },
        )
        .into_iter()
        .map(|(j, weight)| Neighbour {
            node: Link::new(&net.graph[j].iri, Some(net.graph[j].label.clone())),
            weight,
        })
        .collect();
    out.sort_by(|a, b| {
        b.weight
            .cmp(&a.weight)
            .then(a.node.label.cmp(&b.node.label))
    });
    out.truncate(top);
    out
}

/// A mention of a person, country or post at its offsets.
#[derive(Debug, Clone)]
pub struct Mention {
    /// First character (code point).
    pub begin: usize,
    /// One past the last.
    pub end: usize,
    /// person, country, post or organization.
    pub kind: &'static str,
    /// What it refers to.
    pub target: Link,
}

/// A statement of an article at its offsets.
#[derive(Debug, Clone)]
pub struct Statement {
    /// First character (code point).
    pub begin: usize,
    /// One past the last.
    pub end: usize,
    /// The statement, as lists show it.
    pub info: StatementRef,
    /// The words that name the speaker in the article ("he", "the Kremlin leader").
    pub speaker_text: String,
}

/// An article's page.
#[derive(Debug, Clone)]
pub struct ArticlePage {
    /// The article's id.
    pub id: String,
    /// Headline, if known.
    pub headline: String,
    /// Publication date, if known.
    pub date: String,
    /// Publisher, if known.
    pub publisher: String,
    /// Where it came from, if known.
    pub url: String,
    /// The whole text.
    pub text: String,
    /// People, countries and posts at their offsets.
    pub mentions: Vec<Mention>,
    /// Statements at their offsets, in order.
    pub statements: Vec<Statement>,
}

fn kind_of(iri: &str) -> &'static str {
    let local = iri.strip_prefix(DATA).unwrap_or_default();
    ["person", "country", "post", "organization"]
        .into_iter()
        .find(|k| local.starts_with(&format!("{k}/")))
        .unwrap_or("other")
}

/// Reads an article's page; none when the store has no such article.
pub fn article(
    store: &crate::store::NewsStore,
    corpus: &Corpus,
    a: &NamedNode,
) -> Result<Option<ArticlePage>, ServeError> {
    let head = select(
        store,
        &format!(
            "SELECT ?text ?headline ?date ?publisher ?url WHERE {{ GRAPH {a} {{ {a} nif:isString ?text }}
               OPTIONAL {{ {a} schema:headline ?headline }} OPTIONAL {{ {a} schema:datePublished ?date }}
               OPTIONAL {{ {a} schema:publisher ?publisher }} OPTIONAL {{ {a} schema:url ?url }} }} LIMIT 1"
        ),
    )?;
    let Some(head) = head.first() else {
        return Ok(None);
    };
    let mut mentions: Vec<Mention> = select(
        store,
        &format!(
            "SELECT DISTINCT ?b ?e ?ent WHERE {{
               GRAPH {a} {{ ?m a nif:Phrase ; nif:beginIndex ?b ; nif:endIndex ?e ; itsrdf:taIdentRef ?ent }} }}"
        ),
    )?
    .into_iter()
    .filter_map(|r| {
        let who = corpus.who(a.as_str(), &r.str("ent")?);
        Some(Mention {
            begin: r.num("b"),
            end: r.num("e"),
            kind: kind_of(&who),
            target: corpus.link(&who),
        })
    })
    .collect();
    mentions.sort_by(|x, y| {
        (x.begin, std::cmp::Reverse(x.end), &x.target.href).cmp(&(
            y.begin,
            std::cmp::Reverse(y.end),
            &y.target.href,
        ))
    });
    mentions.dedup_by(|x, y| x.begin == y.begin && x.end == y.end);
    let rows = select(
        store,
        &format!(
            "SELECT ?st ?article ?text ?type ?cue ?medium ?audience ?b ?e ?creator ?speakerText WHERE {{
               GRAPH {a} {{ ?st a schema:Quotation }}
               BIND ({a} AS ?article)
               {STATEMENT_FIELDS}
               OPTIONAL {{ ?st schema:creator ?creator }} OPTIONAL {{ ?st ng:speakerText ?speakerText }}
             }}"
        ),
    )?;
    let speaker_texts: HashMap<String, String> = rows
        .iter()
        .filter_map(|r| Some((r.str("st")?, r.str("speakerText")?)))
        .collect();
    let mut statements: Vec<Statement> = Vec::new();
    let offsets: HashMap<String, (usize, usize)> = rows
        .iter()
        .filter_map(|r| Some((r.str("st")?, (r.num("b"), r.num("e")))))
        .collect();
    let ids: Vec<String> = {
        let mut seen = std::collections::HashSet::new();
        rows.iter()
            .filter_map(|r| r.str("st"))
            .filter(|s| seen.insert(s.clone()))
            .collect()
    };
    for (id, (_, info)) in ids.iter().zip(statement_refs(corpus, rows)) {
        let (begin, end) = offsets[id];
        statements.push(Statement {
            begin,
            end,
            info: StatementRef {
                href: format!("#st-{begin}-{end}"),
                ..info
            },
            speaker_text: speaker_texts.get(id).cloned().unwrap_or_default(),
        });
    }
    statements.sort_by_key(|s| (s.begin, s.end));
    Ok(Some(ArticlePage {
        id: crate::analyse::article_id(a.as_str()).to_owned(),
        headline: head.str("headline").unwrap_or_default(),
        date: head.str("date").unwrap_or_default(),
        publisher: head.str("publisher").unwrap_or_default(),
        url: head.str("url").unwrap_or_default(),
        text: head.str("text").unwrap_or_default(),
        mentions,
        statements,
    }))
}

/// A holder of a post, with how many articles say so.
#[derive(Debug, Clone)]
pub struct Holder {
    /// The person.
    pub person: Link,
    /// The post, on a country's page.
    pub post: Link,
    /// Held before.
    pub former: bool,
    /// Articles that say so.
    pub articles: usize,
}

/// A country's or a post's page.
#[derive(Debug, Clone)]
pub struct Place {
    /// The name (a post's label).
    pub name: String,
    /// The country of a post, or the ISO code of a country.
    pub detail: Option<Link>,
    /// The Wikidata entity, if known.
    pub wikidata: Option<String>,
    /// Who holds its offices.
    pub holders: Vec<Holder>,
    /// People named with it (a country), from the mentions network.
    pub people: Vec<Neighbour>,
    /// Statements that mention it (a country) or by its holders (a post).
    pub statements: Vec<StatementRef>,
}

/// The holders in rows `?post ?holder ?former ?article`, as people of the corpus, with the
/// articles that say so: current first, then by post and articles.
fn holders(corpus: &Corpus, rows: Vec<Row>) -> Vec<Holder> {
    let mut by: BTreeMap<(bool, String, String), std::collections::BTreeSet<String>> =
        BTreeMap::new();
    for r in rows {
        let (Some(post), Some(holder), Some(article)) =
            (r.str("post"), r.str("holder"), r.str("article"))
        else {
            continue;
        };
        let former = r.str("former").as_deref() == Some("true");
        by.entry((former, post, corpus.who(&article, &holder)))
            .or_default()
            .insert(article);
    }
    let mut out: Vec<Holder> = by
        .into_iter()
        .map(|((former, post, who), articles)| Holder {
            person: corpus.link(&who),
            post: corpus.link(&post),
            former,
            articles: articles.len(),
        })
        .collect();
    out.sort_by(|a, b| {
        (
            a.former,
            &a.post.label,
            std::cmp::Reverse(a.articles),
            &a.person.label,
        )
            .cmp(&(
                b.former,
                &b.post.label,
                std::cmp::Reverse(b.articles),
                &b.person.label,
            ))
    });
    out.truncate(300);
    out
}

/// The statements of `pattern` (which binds `?st` and `?article`), at most 100.
fn statements_of(
    store: &crate::store::NewsStore,
    corpus: &Corpus,
    pattern: &str,
) -> Result<Vec<StatementRef>, ServeError> {
    let rows = select(
        store,
        &format!(
            "SELECT ?st ?article ?text ?type ?cue ?medium ?audience ?b ?e ?creator WHERE {{
               {{ SELECT DISTINCT ?st ?article WHERE {{ {pattern} }} ORDER BY DESC(?article) LIMIT 100 }}
               {STATEMENT_FIELDS}
               OPTIONAL {{ ?st schema:creator ?creator }}
             }} ORDER BY DESC(?article) ?b ?st"
        ),
    )?;
    Ok(statement_refs(corpus, rows)
        .into_iter()
        .map(|(_, s)| s)
        .collect())
}

/// Reads a country's page; none when the store has no such country.
pub fn country(
    store: &crate::store::NewsStore,
    corpus: &Corpus,
    c: &NamedNode,
    mentions: Option<&Network>,
) -> Result<Option<Place>, ServeError> {
    let head = select(
        store,
        &format!(
            "SELECT ?name ?iso ?same WHERE {{ {c} a schema:Country ; schema:name ?name .
               OPTIONAL {{ {c} ng:isoCode ?iso }} OPTIONAL {{ {c} owl:sameAs ?same }} }} ORDER BY ?name LIMIT 1"
        ),
    )?;
    let Some(head) = head.first() else {
        return Ok(None);
    };
    let holders = holders(
        corpus,
        select(
            store,
            &format!(
                "SELECT ?post ?holder ?former ?article WHERE {{
                   ?post ng:country {c} .
                   GRAPH ?article {{ {{ ?holder org:holds ?post BIND (false AS ?former) }}
                                     UNION {{ ?holder ng:formerlyHolds ?post BIND (true AS ?former) }} }}
                 }}"
            ),
        )?,
    );
    let statements = statements_of(
        store,
        corpus,
        &format!("GRAPH ?article {{ ?st schema:mentions {c} }}"),
    )?;
    let people = mentions
        .map(|n| {
            let mut people = neighbours_of(n, c.as_str(), 100);
            people.retain(|p| p.node.href.starts_with("/person/"));
            people.truncate(20);
            people
        })
        .unwrap_or_default();
    Ok(Some(Place {
        name: head.str("name").unwrap_or_default(),
        detail: head.str("iso").map(|iso| Link {
            href: String::new(),
            label: iso,
        }),
        wikidata: head
            .str("same")
            .filter(|s| s.starts_with(crate::vocab::wd::NS)),
        holders,
        people,
        statements,
    }))
}

/// Reads a post's page; none when the store has no such post.
pub fn post(
    store: &crate::store::NewsStore,
    corpus: &Corpus,
    p: &NamedNode,
) -> Result<Option<Place>, ServeError> {
    let head = select(
        store,
        &format!(
            "SELECT ?label ?country WHERE {{ {p} a org:Post ; rdfs:label ?label .
               OPTIONAL {{ {p} ng:country ?country }} }} ORDER BY ?label LIMIT 1"
        ),
    )?;
    let Some(head) = head.first() else {
        return Ok(None);
    };
    let holders = holders(
        corpus,
        select(
            store,
            &format!(
                "SELECT ?post ?holder ?former ?article WHERE {{
                   BIND ({p} AS ?post)
                   GRAPH ?article {{ {{ ?holder org:holds {p} BIND (false AS ?former) }}
                                     UNION {{ ?holder ng:formerlyHolds {p} BIND (true AS ?former) }} }}
                 }}"
            ),
        )?,
    );
    let statements = statements_of(
        store,
        corpus,
        &format!("GRAPH ?article {{ ?creator org:holds {p} . ?st schema:creator ?creator }}"),
    )?;
    Ok(Some(Place {
        name: head.str("label").unwrap_or_default(),
        detail: head.str("country").map(|c| corpus.link(&c)),
        wikidata: None,
        holders,
        people: Vec::new(),
        statements,
    }))
}

/// The network's nodes for a page: `NodeKind` as its page's kind.
pub fn node_kind(kind: NodeKind) -> &'static str {
    kind.name()
}
