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
    if rest.is_empty() || rest.contains(['#', '?', '<', '>', '"', ' ', '\\']) {
        return None;
    }
    let iri = if kind == "article" {
        crate::mint::article_iri(rest)
    } else {
        NamedNode::new(format!("{DATA}{kind}/{rest}")).ok()?
    };
    Some(iri)
}

/// Where a person of an article is the person of the corpus `?who`: the pattern shared by
/// every person query. Binds `?ap` (the person in `?article`) for the corpus person `who`.
fn appearances(who: &NamedNode) -> String {
    format!(
        "{{ ?appearance ng:corpusPerson {who} ; ng:articlePerson ?ap ; ng:inArticle ?article . }}
         UNION {{ GRAPH ?article {{ ?article a schema:NewsArticle ; schema:mentions {who} }}
                  FILTER NOT EXISTS {{ ?covered ng:inArticle ?article }} BIND ({who} AS ?ap) }}"
    )
}

/// The corpus person of article person `var` in `?article`, bound to `out`.
fn corpus_of(var: &str, out: &str) -> String {
    format!(
        "OPTIONAL {{ ?a_{out} ng:articlePerson ?{var} ; ng:inArticle ?article ; ng:corpusPerson ?c_{out} }}
         BIND (COALESCE(?c_{out}, ?{var}) AS ?{out})"
    )
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
}

fn article_ref(iri: &str, headline: Option<String>, date: Option<String>) -> ArticleRef {
    ArticleRef {
        href: page_of(iri).unwrap_or_default(),
        title: headline.unwrap_or_else(|| crate::analyse::article_id(iri).to_owned()),
        date: date
            .map(|d| d.chars().take(10).collect())
            .unwrap_or_default(),
    }
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
pub fn home(store: &crate::store::NewsStore) -> Result<Home, ServeError> {
    let stats = store.stats().map_err(ServeError::Store)?;
    let quoted = select(
        store,
        &format!(
            "SELECT ?who (MIN(?n0) AS ?name) (COUNT(DISTINCT ?st) AS ?n) WHERE {{
               GRAPH ?article {{ ?st schema:creator ?creator }}
               ?creator a schema:Person .
               {}
               OPTIONAL {{ ?who schema:name ?n0 }}
             }} GROUP BY ?who ORDER BY DESC(?n) ?name LIMIT 10",
            corpus_of("creator", "who")
        ),
    )?
    .into_iter()
    .filter_map(|r| Some((Link::new(&r.str("who")?, r.str("name")), r.num("n"))))
    .collect();
    let latest = select(
        store,
        "SELECT ?article ?headline ?date WHERE {
           GRAPH ?article { ?article a schema:NewsArticle
             OPTIONAL { ?article schema:headline ?headline }
             OPTIONAL { ?article schema:datePublished ?date } }
         } ORDER BY DESC(?date) ?article LIMIT 10",
    )?
    .into_iter()
    .filter_map(|r| {
        Some(article_ref(
            &r.str("article")?,
            r.str("headline"),
            r.str("date"),
        ))
    })
    .collect();
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

/// Reads a person's page; none when the store has no such person.
pub fn person(
    store: &crate::store::NewsStore,
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
    let app = appearances(who);

    let articles = select(
        store,
        &format!("SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE {{ {app} }}"),
    )?
    .first()
    .map_or(0, |r| r.num("n"));

    let mut offices: BTreeMap<(bool, String), Holding> = BTreeMap::new();
    for r in select(
        store,
        &format!(
            "SELECT DISTINCT ?post ?label ?former ?article ?headline ?date WHERE {{
               {app}
               GRAPH ?article {{ {{ ?ap org:holds ?post BIND (false AS ?former) }}
                                 UNION {{ ?ap ng:formerlyHolds ?post BIND (true AS ?former) }} }}
               ?post rdfs:label ?label .
               OPTIONAL {{ GRAPH ?article {{ ?article schema:headline ?headline }} }}
               OPTIONAL {{ GRAPH ?article {{ ?article schema:datePublished ?date }} }}
             }} ORDER BY ?label DESC(?date) ?article"
        ),
    )? {
        let (Some(post), Some(article)) = (r.str("post"), r.str("article")) else {
            continue;
        };
        let former = r.str("former").as_deref() == Some("true");
        let h = offices
            .entry((former, post.clone()))
            .or_insert_with(|| Holding {
                post: Link::new(&post, r.str("label")),
                former,
                articles: Vec::new(),
            });
        if h.articles.len() < 20 {
            h.articles
                .push(article_ref(&article, r.str("headline"), r.str("date")));
        }
    }

    let rows = select(
        store,
        &format!(
            "SELECT ?st ?article ?text ?type ?cue ?medium ?audience ?begin ?end ?headline ?date WHERE {{
               {app}
               GRAPH ?article {{ ?st schema:creator ?ap ; schema:text ?text ; ng:quoteType ?type ;
                                     nif:beginIndex ?begin ; nif:endIndex ?end .
                 OPTIONAL {{ ?st ng:cue ?cue }} OPTIONAL {{ ?st ng:medium ?medium }}
                 OPTIONAL {{ ?st ng:audience ?audience }} }}
               OPTIONAL {{ GRAPH ?article {{ ?article schema:headline ?headline }} }}
               OPTIONAL {{ GRAPH ?article {{ ?article schema:datePublished ?date }} }}
             }} ORDER BY DESC(?date) ?article ?begin"
        ),
    )?;
    let statement_count = rows.len();
    let mut statements: Vec<(ArticleRef, Vec<StatementRef>)> = Vec::new();
    let mut last_article = String::new();
    for r in rows.into_iter().take(MAX_STATEMENTS) {
        let Some(article) = r.str("article") else {
            continue;
        };
        if article != last_article {
            statements.push((
                article_ref(&article, r.str("headline"), r.str("date")),
                Vec::new(),
            ));
            last_article = article.clone();
        }
        let href = format!(
            "{}#st-{}-{}",
            page_of(&article).unwrap_or_default(),
            r.num("begin"),
            r.num("end")
        );
        if let Some((_, list)) = statements.last_mut() {
            list.push(StatementRef {
                href,
                text: r.str("text").unwrap_or_default(),
                kind: r.str("type").unwrap_or_default(),
                cue: r.str("cue").unwrap_or_default(),
                medium: r.str("medium").unwrap_or_default(),
                audience: r.str("audience").unwrap_or_default(),
                speakers: Vec::new(),
            });
        }
    }

    let mention_query = |outgoing: bool| {
        let (pattern, other) = if outgoing {
            ("?st schema:creator ?ap ; schema:mentions ?m", "m")
        } else {
            ("?st schema:mentions ?ap ; schema:creator ?m", "m")
        };
        format!(
            "SELECT ?other (MIN(?n0) AS ?name) (COUNT(DISTINCT ?st) AS ?n) WHERE {{
               {app}
               GRAPH ?article {{ {pattern} }}
               ?{other} a schema:Person .
               {}
               FILTER (?other != {who})
               OPTIONAL {{ ?other schema:name ?n0 }}
             }} GROUP BY ?other ORDER BY DESC(?n) ?name LIMIT 20",
            corpus_of(other, "other")
        )
    };
    let people = |rows: Vec<Row>| -> Vec<(Link, usize)> {
        rows.into_iter()
            .filter_map(|r| Some((Link::new(&r.str("other")?, r.str("name")), r.num("n"))))
            .collect()
    };
    let mentions = people(select(store, &mention_query(true))?);
    let mentioned_by = people(select(store, &mention_query(false))?);

    let neighbours = networks
        .iter()
        .map(|(kind, net)| (*kind, neighbours_of(net, who.as_str(), 10)))
        .filter(|(_, n)| !n.is_empty())
        .collect();

    let mut offices: Vec<Holding> = offices.into_values().collect();
    offices.sort_by(|a, b| {
        a.former
            .cmp(&b.former)
            .then(b.articles.len().cmp(&a.articles.len()))
            .then(a.post.label.cmp(&b.post.label))
    });
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
        articles,
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
    out.dedup_by(|a, b| a.node.href == b.node.href && a.node.label == b.node.label);
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
    a: &NamedNode,
) -> Result<Option<ArticlePage>, ServeError> {
    let head = select(
        store,
        &format!(
            "SELECT ?text ?headline ?date ?publisher ?url WHERE {{ GRAPH {a} {{
               {a} nif:isString ?text
               OPTIONAL {{ {a} schema:headline ?headline }} OPTIONAL {{ {a} schema:datePublished ?date }}
               OPTIONAL {{ {a} schema:publisher ?publisher }} OPTIONAL {{ {a} schema:url ?url }} }} }} LIMIT 1"
        ),
    )?;
    let Some(head) = head.first() else {
        return Ok(None);
    };
    let mut mentions = Vec::new();
    for r in select(
        store,
        &format!(
            "SELECT ?b ?e ?ent ?label ?who WHERE {{
               GRAPH {a} {{ ?m a nif:Phrase ; nif:beginIndex ?b ; nif:endIndex ?e ; itsrdf:taIdentRef ?ent }}
               BIND ({a} AS ?article)
               {}
               OPTIONAL {{ {{ ?who schema:name ?label }} UNION {{ ?who rdfs:label ?label }} }}
             }} ORDER BY ?b DESC(?e) ?label",
            corpus_of("ent", "who")
        ),
    )? {
        let Some(who) = r.str("who") else { continue };
        let m = Mention {
            begin: r.num("b"),
            end: r.num("e"),
            kind: kind_of(&who),
            target: Link::new(&who, r.str("label")),
        };
        // One row per mention: the first (smallest) label.
        if mentions
            .last()
            .is_some_and(|p: &Mention| p.begin == m.begin && p.end == m.end)
        {
            continue;
        }
        mentions.push(m);
    }
    let mut statements: Vec<Statement> = Vec::new();
    for r in select(
        store,
        &format!(
            "SELECT ?st ?b ?e ?text ?type ?cue ?medium ?audience ?speakerText ?who ?name WHERE {{
               GRAPH {a} {{ ?st a schema:Quotation ; nif:beginIndex ?b ; nif:endIndex ?e ; ng:quoteType ?type .
                 OPTIONAL {{ ?st schema:text ?text }}
                 OPTIONAL {{ ?st ng:cue ?cue }} OPTIONAL {{ ?st ng:medium ?medium }}
                 OPTIONAL {{ ?st ng:audience ?audience }} OPTIONAL {{ ?st ng:speakerText ?speakerText }}
                 OPTIONAL {{ ?st schema:creator ?creator }} }}
               BIND ({a} AS ?article)
               OPTIONAL {{ ?a_who ng:articlePerson ?creator ; ng:inArticle ?article ; ng:corpusPerson ?c_who }}
               BIND (COALESCE(?c_who, ?creator) AS ?who)
               OPTIONAL {{ ?who schema:name ?name }}
             }} ORDER BY ?b ?e ?st ?who ?name"
        ),
    )? {
        let (begin, end) = (r.num("b"), r.num("e"));
        let st = r.str("st").unwrap_or_default();
        let same = statements.last().is_some_and(|s: &Statement| {
            s.begin == begin && s.end == end && s.info.href.ends_with(&st)
        });
        if !same {
            statements.push(Statement {
                begin,
                end,
                info: StatementRef {
                    href: st.clone(),
                    text: r.str("text").unwrap_or_default(),
                    kind: r.str("type").unwrap_or_default(),
                    cue: r.str("cue").unwrap_or_default(),
                    medium: r.str("medium").unwrap_or_default(),
                    audience: r.str("audience").unwrap_or_default(),
                    speakers: Vec::new(),
                },
                speaker_text: r.str("speakerText").unwrap_or_default(),
            });
        }
        if let (Some(who), Some(s)) = (r.str("who"), statements.last_mut()) {
            let link = Link::new(&who, r.str("name"));
            if !s.info.speakers.iter().any(|l| l.href == link.href) {
                s.info.speakers.push(link);
            }
        }
    }
    for s in &mut statements {
        s.info.href = format!("#st-{}-{}", s.begin, s.end);
    }
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

fn statement_refs(rows: Vec<Row>) -> Vec<StatementRef> {
    let mut out: Vec<StatementRef> = Vec::new();
    let mut last = String::new();
    for r in rows {
        let st = r.str("st").unwrap_or_default();
        let speaker = r.str("who").map(|w| Link::new(&w, r.str("name")));
        if st == last {
            if let (Some(s), Some(l)) = (out.last_mut(), speaker) {
                if !s.speakers.contains(&l) {
                    s.speakers.push(l);
                }
            }
            continue;
        }
        last = st;
        let article = r.str("article").unwrap_or_default();
        out.push(StatementRef {
            href: format!(
                "{}#st-{}-{}",
                page_of(&article).unwrap_or_default(),
                r.num("b"),
                r.num("e")
            ),
            text: r.str("text").unwrap_or_default(),
            kind: r.str("type").unwrap_or_default(),
            cue: r.str("cue").unwrap_or_default(),
            medium: String::new(),
            audience: String::new(),
            speakers: speaker.into_iter().collect(),
        });
    }
    out
}

const STATEMENT_FIELDS: &str =
    "?st schema:text ?text ; ng:quoteType ?type ; nif:beginIndex ?b ; nif:endIndex ?e .
                 OPTIONAL { ?st ng:cue ?cue }";

/// Reads a country's page; none when the store has no such country.
pub fn country(
    store: &crate::store::NewsStore,
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
    let holders = select(
        store,
        &format!(
            "SELECT ?who ?post ?label ?former (MIN(?n0) AS ?name) (COUNT(DISTINCT ?article) AS ?n) WHERE {{
               ?post ng:country {c} ; rdfs:label ?label .
               GRAPH ?article {{ {{ ?holder org:holds ?post BIND (false AS ?former) }}
                                 UNION {{ ?holder ng:formerlyHolds ?post BIND (true AS ?former) }} }}
               {}
               OPTIONAL {{ ?who schema:name ?n0 }}
             }} GROUP BY ?who ?post ?label ?former ORDER BY ?former ?label DESC(?n) ?name LIMIT 200",
            corpus_of("holder", "who")
        ),
    )?
    .into_iter()
    .filter_map(|r| {
        Some(Holder {
            person: Link::new(&r.str("who")?, r.str("name")),
            post: Link::new(&r.str("post")?, r.str("label")),
            former: r.str("former").as_deref() == Some("true"),
            articles: r.num("n"),
        })
    })
    .collect();
    let statements = statement_refs(select(
        store,
        &format!(
            "SELECT ?st ?article ?text ?type ?cue ?b ?e ?who ?name WHERE {{
               {{ SELECT DISTINCT ?st ?article WHERE {{ GRAPH ?article {{ ?st schema:mentions {c} }} }} LIMIT 100 }}
               GRAPH ?article {{ {STATEMENT_FIELDS} OPTIONAL {{ ?st schema:creator ?creator }} }}
               {}
               OPTIONAL {{ ?who schema:name ?name }}
             }} ORDER BY ?article ?b ?st ?name",
            corpus_of("creator", "who")
        ),
    )?);
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
        wikidata: head.str("same"),
        holders,
        people,
        statements,
    }))
}

/// Reads a post's page; none when the store has no such post.
pub fn post(store: &crate::store::NewsStore, p: &NamedNode) -> Result<Option<Place>, ServeError> {
    let head = select(
        store,
        &format!(
            "SELECT ?label ?country ?cname WHERE {{ {p} a org:Post ; rdfs:label ?label .
               OPTIONAL {{ {p} ng:country ?country OPTIONAL {{ ?country schema:name ?cname }} }} }} ORDER BY ?label LIMIT 1"
        ),
    )?;
    let Some(head) = head.first() else {
        return Ok(None);
    };
    let post_link = Link::new(p.as_str(), head.str("label"));
    let holders = select(
        store,
        &format!(
            "SELECT ?who ?former (MIN(?n0) AS ?name) (COUNT(DISTINCT ?article) AS ?n) WHERE {{
               GRAPH ?article {{ {{ ?holder org:holds {p} BIND (false AS ?former) }}
                                 UNION {{ ?holder ng:formerlyHolds {p} BIND (true AS ?former) }} }}
               {}
               OPTIONAL {{ ?who schema:name ?n0 }}
             }} GROUP BY ?who ?former ORDER BY ?former DESC(?n) ?name LIMIT 200",
            corpus_of("holder", "who")
        ),
    )?
    .into_iter()
    .filter_map(|r| {
        Some(Holder {
            person: Link::new(&r.str("who")?, r.str("name")),
            post: post_link.clone(),
            former: r.str("former").as_deref() == Some("true"),
            articles: r.num("n"),
        })
    })
    .collect();
    let statements = statement_refs(select(
        store,
        &format!(
            "SELECT ?st ?article ?text ?type ?cue ?b ?e ?who ?name WHERE {{
               {{ SELECT DISTINCT ?st ?article ?creator WHERE {{
                    GRAPH ?article {{ ?creator org:holds {p} . ?st schema:creator ?creator }} }} LIMIT 100 }}
               GRAPH ?article {{ {STATEMENT_FIELDS} }}
               {}
               OPTIONAL {{ ?who schema:name ?name }}
             }} ORDER BY ?article ?b ?st ?name",
            corpus_of("creator", "who")
        ),
    )?);
    Ok(Some(Place {
        name: post_link.label.clone(),
        detail: head
            .str("country")
            .map(|c| Link::new(&c, head.str("cname"))),
        wikidata: None,
        holders,
        people: Vec::new(),
        statements,
    }))
}

/// One name the search box knows.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    /// The name as written.
    pub label: String,
    /// The canonical name, when `label` is an alias.
    pub name: String,
    /// person, country or post.
    pub kind: &'static str,
    /// The page.
    pub href: String,
    #[serde(skip)]
    folded: String,
}

/// Every name of the people, countries and posts of the store, for the search box.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// Lowercase, without accents, for matching "Zelenskyy" and "zelenskyy", "Türkiye" and
/// "turkiye".
fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

impl SearchIndex {
    /// Reads every name from the store.
    pub fn load(store: &crate::store::NewsStore) -> Result<SearchIndex, ServeError> {
        let identity = crate::mint::IDENTITY_GRAPH.as_str();
        let rows = select(
            store,
            &format!(
                "SELECT DISTINCT ?x ?label ?kind ?name WHERE {{
                   {{ {{ SELECT DISTINCT ?x WHERE {{ GRAPH <{identity}> {{ ?ap ng:corpusPerson ?x }} }} }}
                      ?x schema:name|schema:alternateName ?label . BIND ('person' AS ?kind)
                      OPTIONAL {{ ?x schema:name ?name }} }}
                   UNION {{ ?x a schema:Person ; schema:name|schema:alternateName ?label .
                            FILTER NOT EXISTS {{ GRAPH <{identity}> {{ ?any ng:corpusPerson ?y }} }}
                            BIND ('person' AS ?kind) OPTIONAL {{ ?x schema:name ?name }} }}
                   UNION {{ ?x a schema:Country ; schema:name|ng:isoCode ?label . BIND ('country' AS ?kind)
                            OPTIONAL {{ ?x schema:name ?name }} }}
                   UNION {{ ?x a org:Post ; rdfs:label ?label . BIND ('post' AS ?kind) BIND (?label AS ?name) }}
                 }}"
            ),
        )?;
        let mut entries: Vec<Entry> = rows
            .into_iter()
            .filter_map(|r| {
                let x = r.str("x")?;
                let label = r.str("label")?;
                let kind = match r.str("kind")?.as_str() {
                    "person" => "person",
                    "country" => "country",
                    _ => "post",
                };
                Some(Entry {
                    folded: fold(&label),
                    name: r.str("name").unwrap_or_else(|| label.clone()),
                    label,
                    kind,
                    href: page_of(&x)?,
                })
            })
            .collect();
        entries.sort_by(|a, b| {
            a.href
                .cmp(&b.href)
                .then(a.label.cmp(&b.label))
                .then(a.name.cmp(&b.name))
        });
        entries.dedup_by(|a, b| a.href == b.href && a.label == b.label);
        Ok(SearchIndex { entries })
    }

    /// How many names it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds no name.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` pages for `q`: a name that is `q` first, then names with a word that
    /// starts with it, then names that hold it; one entry per page; shorter names first.
    ///
    /// ```
    /// use newsgraph::serve::explore::SearchIndex;
    /// use newsgraph::{extract::extract, mint::mint, read::Article, store::NewsStore};
    /// let store = NewsStore::in_memory()?;
    /// let a = Article::from_text("a.txt", "Ukrainian President Volodymyr Zelensky spoke.".to_owned());
    /// store.replace_article(&a.id, &mint(&a, &extract(&a.text)))?;
    /// let index = SearchIndex::load(&store)?;
    /// let found = index.search("zelen", 5);
    /// assert_eq!(found[0].name, "Volodymyr Zelensky");
    /// assert_eq!(found[0].href, "/person/volodymyr-zelensky");
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn search(&self, q: &str, limit: usize) -> Vec<&Entry> {
        let q = fold(q.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(u8, usize, &Entry)> = self
            .entries
            .iter()
            .filter_map(|e| {
                let rank = if e.folded == q {
                    0
                } else if e.folded.starts_with(&q)
                    || e.folded
                        .match_indices(&q)
                        .any(|(i, _)| e.folded[..i].ends_with(|c: char| !c.is_alphanumeric()))
                {
                    1
                } else if e.folded.contains(&q) {
                    2
                } else {
                    return None;
                };
                Some((rank, e.name.chars().count(), e))
            })
            .collect();
        hits.sort_by(|a, b| {
            (a.0, a.1, &a.2.name, &a.2.href).cmp(&(b.0, b.1, &b.2.name, &b.2.href))
        });
        let mut seen = std::collections::HashSet::new();
        hits.into_iter()
            .map(|(_, _, e)| e)
            .filter(|e| seen.insert(e.href.as_str()))
            .take(limit)
            .collect()
    }
}

/// The network's nodes for a page: `NodeKind` as its page's kind.
pub fn node_kind(kind: NodeKind) -> &'static str {
    kind.name()
}
