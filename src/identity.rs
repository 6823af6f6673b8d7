//! The identity graph: which people of the articles are one person across the corpus.
//!
//! Article graphs stay as each article names its people (`person/blair` in an article that
//! says only "Mr Blair"), so that an article can be rebuilt or removed on its own. The
//! identity graph ([`IDENTITY_GRAPH`]) is derived from all of them and recomputed after each
//! change, never edited: for each person of each article an `ng:Appearance` that says which
//! person of the corpus it is (chosen by [`crate::resolve::corpus`]), and for each person of
//! the corpus its canonical `schema:name`, every other name as `schema:alternateName`, and
//! `owl:sameAs` its Wikidata item when the bundled tables name it with a post an article gives.
//!
//! ```
//! use newsgraph::identity::{identity_triples, People};
//! use newsgraph::{mint::article_iri, process, read::Article};
//! use oxigraph::model::Triple;
//! let mut people = People::default();
//! for (id, text) in [("a.txt", "UK Prime Minister Tony Blair spoke."), ("b.txt", "Mr Blair said no.")] {
//!     let article = Article::with_id(id.into(), id.into(), text.to_owned());
//!     let graph = article_iri(id);
//!     for t in process(&article).1 {
//!         people.add(t.as_ref().in_graph(&graph));
//!     }
//! }
//! let triples = identity_triples(&people.resolve());
//! let corpus_person = |article: &str| triples.iter()
//!     .find(|t| t.subject.to_string().contains(&format!("{article}#person=")) && t.predicate.as_str().ends_with("corpusPerson"))
//!     .map(|t| t.object.to_string());
//! let blair = "<https://w3id.org/newsgraph/id/person/tony-blair>";
//! assert_eq!(corpus_person("a.txt").as_deref(), Some(blair));
//! assert_eq!(corpus_person("b.txt").as_deref(), Some(blair));
//! ```

use crate::gazetteer::HONORIFICS;
use crate::resolve::corpus::{resolve, Appearance, Identities, Post};
use crate::vocab::{itsrdf, ng, nif, org, owl, rdf, rdfs, schema, wd, DATA};
use oxigraph::model::{
    GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, QuadRef, TermRef, Triple,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

pub use crate::mint::IDENTITY_GRAPH;

/// The predicates [`People::add`] reads: any others can be left out.
pub const READS: [NamedNodeRef<'static>; 12] = [
    schema::MENTIONS,
    schema::NAME,
    schema::ALTERNATE_NAME,
    schema::HONORIFIC_PREFIX,
    org::HOLDS,
    ng::FORMERLY_HOLDS,
    org::ROLE,
    ng::COUNTRY,
    rdfs::LABEL,
    itsrdf::TA_IDENT_REF,
    nif::ANCHOR_OF,
    owl::SAME_AS,
];

/// The people of a corpus, gathered from its quads (article graphs and the entities graph).
#[derive(Debug, Default)]
pub struct People {
    /// (article, person) for every person an article mentions.
    mentioned: BTreeSet<(String, String)>,
    names: BTreeMap<String, BTreeSet<String>>,
    other_names: BTreeMap<String, BTreeSet<String>>,
    /// Every honorific an article gives the person IRI: "Mr" in one and "Mrs" in another
    /// say nothing of either.
    honorifics: BTreeMap<String, BTreeSet<String>>,
    /// (article, person) -> posts.
    holds: BTreeMap<(String, String), BTreeSet<String>>,
    post_roles: BTreeMap<String, String>,
    role_labels: BTreeMap<String, String>,
    post_countries: BTreeMap<String, String>,
    /// Mention -> person, and mention -> honorific for the mentions written with one
    /// ("Mrs Marsh"): an article's own honorific for the person.
    mention_person: BTreeMap<String, String>,
    mention_honorific: BTreeMap<String, String>,
    /// The Wikidata items the articles already give a person IRI.
    same_as: BTreeMap<String, BTreeSet<String>>,
}

/// The people of the corpus, with the appearances they were resolved from.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Each person of each article.
    pub appearances: Vec<Appearance>,
    /// Who they are.
    pub identities: Identities,
    /// The other names of each article person (its `schema:alternateName`s).
    pub other_names: BTreeMap<String, BTreeSet<String>>,
    /// The names of each article person (its `schema:name`s).
    pub names: BTreeMap<String, BTreeSet<String>>,
    /// The Wikidata items the articles already give each article person.
    pub same_as: BTreeMap<String, BTreeSet<String>>,
}

fn is_person(iri: &str) -> bool {
    iri.strip_prefix(DATA)
        .is_some_and(|l| l.starts_with("person/"))
}

impl People {
    /// The people of one article: its graph's triples, read as [`People::add`] reads quads.
    pub fn of_article(graph: &NamedNode, triples: &[Triple]) -> Self {
        let mut people = People::default();
        for t in triples {
            people.add(t.as_ref().in_graph(graph));
        }
        people
    }

    /// Reads one quad (of the predicates in [`READS`]; others are passed over); the article is
    /// its graph (the default graph for entity quads is fine).
    pub fn add(&mut self, q: QuadRef<'_>) {
        let NamedOrBlankNodeRef::NamedNode(s) = q.subject else {
            return;
        };
        if !READS.contains(&q.predicate) {
            return;
        }
        let s = s.as_str();
        let p = q.predicate;
        let graph = match q.graph_name {
            GraphNameRef::NamedNode(g) => Some(g.as_str()),
            _ => None,
        };
        match q.object {
            TermRef::NamedNode(o) => {
                let o = o.as_str();
                if p == schema::MENTIONS && is_person(o) && !s.contains('#') {
                    self.mentioned.insert((s.to_owned(), o.to_owned()));
                } else if (p == org::HOLDS || p == ng::FORMERLY_HOLDS) && is_person(s) {
                    if let Some(g) = graph {
                        self.holds
                            .entry((g.to_owned(), s.to_owned()))
                            .or_default()
                            .insert(o.to_owned());
                    }
                } else if p == org::ROLE {
                    self.post_roles.insert(s.to_owned(), o.to_owned());
                } else if p == owl::SAME_AS && is_person(s) {
                    self.same_as
                        .entry(s.to_owned())
                        .or_default()
                        .insert(o.to_owned());
                } else if p == itsrdf::TA_IDENT_REF && is_person(o) {
                    self.mention_person.insert(s.to_owned(), o.to_owned());
                } else if p == ng::COUNTRY {
                    if let Some(iso) = o
                        .strip_prefix(DATA)
                        .and_then(|l| l.strip_prefix("country/"))
                    {
                        self.post_countries.insert(s.to_owned(), iso.to_owned());
                    }
                }
            }
            TermRef::Literal(l) => {
                let v = l.value();
                if p == nif::ANCHOR_OF {
                    if let Some(h) = v.split(' ').next().filter(|w| HONORIFICS.contains(w)) {
                        self.mention_honorific.insert(s.to_owned(), h.to_owned());
                    }
                } else if p == rdfs::LABEL && s.contains("/role/") {
                    self.role_labels.insert(s.to_owned(), v.to_owned());
                } else if !is_person(s) {
                } else if p == schema::NAME {
                    self.names
                        .entry(s.to_owned())
                        .or_default()
                        .insert(v.to_owned());
                } else if p == schema::ALTERNATE_NAME {
                    self.other_names
                        .entry(s.to_owned())
                        .or_default()
                        .insert(v.to_owned());
                } else if p == schema::HONORIFIC_PREFIX {
                    self.honorifics
                        .entry(s.to_owned())
                        .or_default()
                        .insert(v.to_owned());
                }
            }
            _ => {}
        }
    }

    /// Adds what another collection gathered (of other articles).
    pub fn merge(&mut self, other: People) {
        self.mentioned.extend(other.mentioned);
        union(&mut self.names, other.names);
        union(&mut self.other_names, other.other_names);
        union(&mut self.honorifics, other.honorifics);
        union(&mut self.holds, other.holds);
        union(&mut self.same_as, other.same_as);
        self.post_roles.extend(other.post_roles);
        self.role_labels.extend(other.role_labels);
        self.post_countries.extend(other.post_countries);
        self.mention_person.extend(other.mention_person);
        self.mention_honorific.extend(other.mention_honorific);
    }

    /// Resolves the people gathered into people of the corpus.
    pub fn resolve(self) -> Resolved {
        // The honorifics each article gives each person.
        let mut given: BTreeMap<(&str, &str), BTreeSet<&str>> = BTreeMap::new();
        for (mention, h) in &self.mention_honorific {
            if let (Some(person), Some((article, _))) =
                (self.mention_person.get(mention), mention.split_once('#'))
            {
                given
                    .entry((article, person.as_str()))
                    .or_default()
                    .insert(h.as_str());
            }
        }
        // On all cores: this and what follows run once the articles are done, alone.
        let appearances: Vec<Appearance> = self
            .mentioned
            .par_iter()
            .filter_map(|(article, person)| {
                // One name per person IRI: the one written most like a name ("Tony Blair"
                // before "TONY BLAIR").
                let capitals = |n: &String| !n.chars().any(char::is_lowercase);
                let name = self
                    .names
                    .get(person)?
                    .iter()
                    .min_by(|a, b| (capitals(a), a).cmp(&(capitals(b), b)))?;
                let posts = self
                    .holds
                    .get(&(article.clone(), person.clone()))
                    .into_iter()
                    .flatten()
                    .filter_map(|post| {
                        let role = self.role_labels.get(self.post_roles.get(post)?)?;
                        Some(Post::new(
                            role,
                            self.post_countries.get(post).map(String::as_str),
                        ))
                    })
                    .collect();
                Some(Appearance {
                    article: article.clone(),
                    person: person.clone(),
                    name: name.clone(),
                    honorific: match given.get(&(article.as_str(), person.as_str())) {
                        Some(h) => h.first().map(|h| (*h).to_owned()).filter(|_| h.len() == 1),
                        None => self
                            .honorifics
                            .get(person)
                            .filter(|h| h.len() == 1)
                            .and_then(|h| h.first().cloned()),
                    },
                    posts,
                })
            })
            .collect();
        let identities = resolve(&appearances);
        Resolved {
            appearances,
            identities,
            other_names: self.other_names,
            names: self.names,
            same_as: self.same_as,
        }
    }
}

/// Adds the sets of `from` to those of `into`, key by key.
fn union<K: Ord, V: Ord>(into: &mut BTreeMap<K, BTreeSet<V>>, from: BTreeMap<K, BTreeSet<V>>) {
    for (k, v) in from {
        into.entry(k).or_default().extend(v);
    }
}

/// The node of an appearance: the article's IRI with `#person=` and the person's slug.
pub fn appearance_iri(article: &str, person: &str) -> NamedNode {
    let local = person.rsplit('/').next().unwrap_or(person);
    NamedNode::new_unchecked(format!("{article}#person={local}"))
}

/// The IRI of a person of the corpus.
pub fn corpus_person_iri(key: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DATA}person/{key}"))
}

/// The triples of the identity graph.
pub fn identity_triples(r: &Resolved) -> Vec<Triple> {
    let mut out = Vec::with_capacity(r.appearances.len() * 4 + r.identities.people.len() * 4);
    let people: Vec<NamedNode> = r
        .identities
        .people
        .iter()
        .map(|p| corpus_person_iri(&p.key))
        .collect();
    // The appearances' triples on all cores, in their order.
    let appearance_triples: Vec<[Triple; 4]> = r
        .appearances
        .par_iter()
        .zip(&r.identities.of)
        .map(|(a, &p)| {
            let node = appearance_iri(&a.article, &a.person);
            let t = |p: NamedNodeRef<'_>, o: oxigraph::model::Term| Triple::new(node.clone(), p, o);
            [
                t(rdf::TYPE, ng::APPEARANCE.into()),
                t(ng::IN_ARTICLE, NamedNode::new_unchecked(&a.article).into()),
                t(
                    ng::ARTICLE_PERSON,
                    NamedNode::new_unchecked(&a.person).into(),
                ),
                t(ng::CORPUS_PERSON, people[p].clone().into()),
            ]
        })
        .collect();
    out.extend(appearance_triples.into_iter().flatten());
    let mut names: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); people.len()];
    for (a, &p) in r.appearances.iter().zip(&r.identities.of) {
        names[p].insert(&a.name);
        names[p].extend(
            r.other_names
                .get(&a.person)
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
    }
    // What the entities graph already says of a person IRI is not said again: in the union of
    // the graphs a triple stated twice would be read twice.
    for ((p, iri), names) in r.identities.people.iter().zip(&people).zip(names) {
        let known_names = r.names.get(iri.as_str());
        let known = |n: &str| {
            known_names.is_some_and(|k| k.contains(n))
                || r.other_names
                    .get(iri.as_str())
                    .is_some_and(|k| k.contains(n))
        };
        if known_names.is_none() {
            out.push(Triple::new(iri.clone(), rdf::TYPE, schema::PERSON));
        }
        if !known_names.is_some_and(|k| k.contains(&p.name)) {
            out.push(Triple::new(
                iri.clone(),
                schema::NAME,
                Literal::new_simple_literal(&p.name),
            ));
        }
        let others: BTreeSet<&str> = names
            .into_iter()
            .chain(p.alternate_names.iter().map(String::as_str))
            .filter(|n| *n != p.name && !known(n))
            .collect();
        for n in others {
            out.push(Triple::new(
                iri.clone(),
                schema::ALTERNATE_NAME,
                Literal::new_simple_literal(n),
            ));
        }
        if let Some(q) = p.wikidata {
            let item = format!("{}{q}", wd::NS);
            if !r
                .same_as
                .get(iri.as_str())
                .is_some_and(|s| s.contains(&item))
            {
                out.push(Triple::new(
                    iri.clone(),
                    owl::SAME_AS,
                    NamedNode::new_unchecked(item),
                ));
            }
        }
    }
    out
}
