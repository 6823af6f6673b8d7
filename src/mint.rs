//! Minting RDF: IRIs for articles, people, countries and posts, and the triples of one article.
//!
//! The same person or country gets the same IRI in every article (from the canonical name or
//! ISO code), so the union of article graphs merges them. Offsets are NIF character offsets
//! (Unicode code points from 0) into the article's text, which is stored as `nif:isString`.
//!
//! ```
//! use newsgraph::{extract::extract, mint::{mint, person_iri}, read::Article};
//! let article = Article::from_text("-", "Ukrainian President Volodymyr Zelensky spoke.".to_owned());
//! let triples = mint(&article, &extract(&article.text));
//! let zelensky = person_iri("Volodymyr Zelensky");
//! assert_eq!(zelensky.as_str(), "https://w3id.org/newsgraph/id/person/volodymyr-zelensky");
//! assert!(triples.iter().any(|t| t.subject == zelensky.clone().into()
//!     && t.predicate.as_str() == "http://www.w3.org/ns/org#holds"
//!     && t.object.to_string() == "<https://w3id.org/newsgraph/id/post/president-ua>"));
//! ```

use crate::extract::Extraction;
use crate::gazetteer::{gazetteer, TitleKind};
use crate::read::Article;
use crate::segment::Span;
use crate::text::{slug, upper_first, CharOffsets};
use crate::vocab::{itsrdf, ng, nif, org, owl, rdf, rdfs, schema, wd, xsd, DATA};
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Term, Triple};
use regex::Regex;
use std::sync::LazyLock;

/// The graph that holds what is known of people, countries, posts and organisations (their
/// names, codes, labels), shared by all articles, so that each such triple is stored once.
pub const ENTITIES_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/newsgraph/id/graph/entities");

/// The graph that says which people of the articles are one person across the corpus,
/// derived from the article graphs (see [`crate::identity`]).
pub const IDENTITY_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/newsgraph/id/graph/identity");

/// Whether a triple describes a shared entity (and belongs in [`ENTITIES_GRAPH`]) rather than
/// stating something of one article: a person's name is shared, that the article says the
/// person holds a post is the article's.
///
/// ```
/// use newsgraph::mint::{is_entity_triple, person_iri};
/// use newsgraph::vocab::{org, schema};
/// use oxigraph::model::{Literal, Triple};
/// let p = person_iri("Jane Smith");
/// assert!(is_entity_triple(&Triple::new(p.clone(), schema::NAME, Literal::from("Jane Smith"))));
/// assert!(!is_entity_triple(&Triple::new(p.clone(), org::HOLDS, p.clone())));
/// ```
pub fn is_entity_triple(t: &Triple) -> bool {
    let NamedOrBlankNode::NamedNode(s) = &t.subject else {
        return false;
    };
    let Some(local) = s.as_str().strip_prefix(DATA) else {
        return false;
    };
    ["person/", "country/", "post/", "role/", "organization/"]
        .iter()
        .any(|p| local.starts_with(p))
        && t.predicate.as_ref() != org::HOLDS
        && t.predicate.as_ref() != ng::FORMERLY_HOLDS
}

/// The graph a triple of the graph `graph` goes in: for an article graph, [`ENTITIES_GRAPH`]
/// for an entity triple ([`is_entity_triple`]), else the article's own; any other graph (the
/// identity graph) keeps all of its triples.
pub fn graph_for<'a>(t: &Triple, graph: NamedNodeRef<'a>) -> NamedNodeRef<'a> {
    let is_article = graph
        .as_str()
        .strip_prefix(DATA)
        .is_some_and(|l| l.starts_with("article/"));
    if is_article && is_entity_triple(t) {
        ENTITIES_GRAPH
    } else {
        graph
    }
}

/// The IRI of an article, from its id.
pub fn article_iri(id: &str) -> NamedNode {
    let mut out = format!("{DATA}article/");
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    NamedNode::new_unchecked(out)
}

/// The IRI of a person, from the canonical name.
pub fn person_iri(name: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DATA}person/{}", slug(name)))
}

/// The IRI of an organisation or group that makes statements ("International Monetary Fund").
pub fn organization_iri(name: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DATA}organization/{}", slug(name)))
}

/// The IRI of a country, from its ISO code.
pub fn country_iri(iso: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DATA}country/{iso}"))
}

/// The IRI of a role ("Prime Minister").
pub fn role_iri(role: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DATA}role/{}", slug(role)))
}

/// The IRI of a post: a role in a country, for envoys also the country they are sent to.
pub fn post_iri(role: &str, country: Option<&str>, to: Option<&str>) -> NamedNode {
    let mut s = format!("{DATA}post/{}", slug(role));
    if let Some(c) = country {
        s.push('-');
        s.push_str(&c.to_lowercase());
    }
    if let Some(t) = to {
        s.push_str("-to-");
        s.push_str(&t.to_lowercase());
    }
    NamedNode::new_unchecked(s)
}

/// The label of a post: "Prime Minister of the United Kingdom", "Ambassador of Ukraine to the
/// United States".
pub fn post_label(role: &str, country: Option<&str>, to: Option<&str>) -> String {
    let g = gazetteer();
    let name = |iso: &str| {
        g.country(iso)
            .map_or_else(|| iso.to_owned(), |c| c.name_with_article())
    };
    let mut s = role.to_owned();
    if let Some(c) = country {
        s.push_str(" of ");
        s.push_str(&name(c));
    }
    if let Some(t) = to {
        s.push_str(" to ");
        s.push_str(&name(t));
    }
    s
}

struct Minter<'a> {
    triples: Vec<Triple>,
    article: NamedNode,
    text: &'a str,
    chars: CharOffsets,
}

impl Minter<'_> {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.triples.push(Triple::new(s.clone(), p, o));
    }

    fn offset(&self, byte: usize) -> Literal {
        Literal::new_typed_literal(self.chars.char_offset(byte).to_string(), xsd::INTEGER)
    }

    /// A NIF phrase for `span`, denoting `entity`.
    fn mention(&mut self, span: Span, entity: &NamedNode) {
        let (b, e) = (
            self.chars.char_offset(span.start),
            self.chars.char_offset(span.end),
        );
        let m = NamedNode::new_unchecked(format!("{}#char={b},{e}", self.article.as_str()));
        let article = self.article.clone();
        self.add(&m, rdf::TYPE, nif::PHRASE);
        self.add(&m, nif::REFERENCE_CONTEXT, article);
        self.add(&m, nif::BEGIN_INDEX, self.offset(span.start));
        self.add(&m, nif::END_INDEX, self.offset(span.end));
        self.add(
            &m,
            nif::ANCHOR_OF,
            Literal::new_simple_literal(span.of(self.text)),
        );
        self.add(&m, itsrdf::TA_IDENT_REF, entity.clone());
    }
}

/// A publication date as RDF: `xsd:date` or `xsd:dateTime` for the common forms (ISO 8601,
/// RFC 2822 as in feeds, Reuters' `26-FEB-1987 15:01:01.79`, "2 December 2026", "December 2,
/// 2026"), else the text as it was given.
///
/// ```
/// use newsgraph::mint::date_literal;
/// let shown = |d: &str| date_literal(d).to_string();
/// assert_eq!(shown("2025-05-11"), "\"2025-05-11\"^^<http://www.w3.org/2001/XMLSchema#date>");
/// assert_eq!(shown("2005-02-09T08:00:00Z"), "\"2005-02-09T08:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>");
/// assert_eq!(shown("26-FEB-1987 15:01:01.79"), "\"1987-02-26T15:01:01.79\"^^<http://www.w3.org/2001/XMLSchema#dateTime>");
/// assert_eq!(shown("3-MAR-1987  09:15:05.40"), "\"1987-03-03T09:15:05.40\"^^<http://www.w3.org/2001/XMLSchema#dateTime>");
/// assert_eq!(shown("Mon, 02 Dec 2026 10:30:00 +0100"), "\"2026-12-02T10:30:00+01:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime>");
/// assert_eq!(shown("2 December 2026"), "\"2026-12-02\"^^<http://www.w3.org/2001/XMLSchema#date>");
/// assert_eq!(shown("December 2, 2026"), "\"2026-12-02\"^^<http://www.w3.org/2001/XMLSchema#date>");
/// assert_eq!(shown("last Tuesday"), "\"last Tuesday\"");
/// assert_eq!(shown("2026-13-45"), "\"2026-13-45\"");
/// ```
pub fn date_literal(text: &str) -> Literal {
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
            .expect("date regex compiles")
    });
    static REUTERS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?$",
        )
        .expect("date regex compiles")
    });
    static RFC2822: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[A-Za-z]{3},\s*)?(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?(?: ?(GMT|UTC|UT|Z|[+-]\d{4}))?)?$")
            .expect("date regex compiles")
    });
    static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$").expect("date regex compiles")
    });
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let month = |m: &str| {
        MONTHS
            .iter()
            .position(|x| x.eq_ignore_ascii_case(m))
            .map(|i| i as u32 + 1)
    };
    let t = text.trim();
    // (year, month, day, time, zone)
    let parts: Option<(u32, u32, u32, Option<String>, Option<String>)> = if let Some(c) =
        ISO.captures(t)
    {
        let time = c.get(4).map(|h| {
            format!(
                "{}:{}:{}{}",
                h.as_str(),
                &c[5],
                c.get(6).map_or("00", |m| m.as_str()),
                c.get(7).map_or("", |m| m.as_str())
            )
        });
        let zone = c.get(8).map(|z| zone(z.as_str()));
        (|| {
            Some((
                c[1].parse().ok()?,
                c[2].parse().ok()?,
                c[3].parse().ok()?,
                time,
                zone,
            ))
        })()
    } else if let Some(c) = REUTERS.captures(t) {
        let time = c.get(4).map(|h| {
            format!(
                "{:02}:{}:{}{}",
                h.as_str().parse::<u32>().unwrap_or(0),
                &c[5],
                c.get(6).map_or("00", |m| m.as_str()),
                c.get(7).map_or("", |m| m.as_str())
            )
        });
        month(&c[2]).and_then(|mo| Some((c[3].parse().ok()?, mo, c[1].parse().ok()?, time, None)))
    } else if let Some(c) = RFC2822.captures(t) {
        let time = c.get(4).map(|h| {
            format!(
                "{}:{}:{}",
                h.as_str(),
                &c[5],
                c.get(6).map_or("00", |m| m.as_str())
            )
        });
        let zone = c.get(7).map(|z| zone(z.as_str()));
        month(&c[2]).and_then(|mo| Some((c[3].parse().ok()?, mo, c[1].parse().ok()?, time, zone)))
    } else if let Some(c) = MONTH_FIRST.captures(t) {
        month(&c[1]).and_then(|mo| Some((c[3].parse().ok()?, mo, c[2].parse().ok()?, None, None)))
    } else {
        None
    };
    fn zone(z: &str) -> String {
        match z {
            "Z" | "GMT" | "UTC" | "UT" => "Z".to_owned(),
            z if z.len() == 5 && !z.contains(':') => format!("{}:{}", &z[..3], &z[3..]),
            z => z.to_owned(),
        }
    }
    let valid = |y: u32, mo: u32, d: u32| {
        let days = match mo {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            2 => 28,
            _ => 0,
        };
        (1..=days).contains(&d)
    };
    match parts {
        Some((y, mo, d, time, zone)) if valid(y, mo, d) => {
            let date = format!("{y:04}-{mo:02}-{d:02}");
            match time {
                Some(time)
                    if time
                        .split(':')
                        .next()
                        .and_then(|h| h.parse::<u32>().ok())
                        .is_some_and(|h| h < 24) =>
                {
                    Literal::new_typed_literal(
                        format!("{date}T{time}{}", zone.unwrap_or_default()),
                        xsd::DATE_TIME,
                    )
                }
                Some(_) => Literal::new_simple_literal(text),
                None => Literal::new_typed_literal(date, xsd::DATE),
            }
        }
        _ => Literal::new_simple_literal(text),
    }
}

/// The triples of one article: the article itself, its people, countries, posts, mentions and
/// statements. They belong in the article's own graph.
pub fn mint(article: &Article, x: &Extraction) -> Vec<Triple> {
    let g = gazetteer();
    let a = article_iri(&article.id);
    let mut m = Minter {
        // About as many triples as a news article of this length has (growing the vector
        // one doubling at a time copies the triples again and again).
        triples: Vec::with_capacity(64 + article.text.len() / 8),
        article: a.clone(),
        text: &article.text,
        chars: CharOffsets::new(&article.text),
    };

    m.add(&a, rdf::TYPE, schema::NEWS_ARTICLE);
    m.add(&a, rdf::TYPE, nif::CONTEXT);
    if let Some(h) = article.headline() {
        m.add(&a, schema::HEADLINE, Literal::new_simple_literal(h));
    }
    let date = article.meta.date.as_deref().map(date_literal);
    if let Some(d) = &date {
        m.add(&a, schema::DATE_PUBLISHED, d.clone());
    }
    if let Some(p) = &article.meta.publisher {
        m.add(&a, schema::PUBLISHER, Literal::new_simple_literal(p));
    }
    if let Some(url) = article
        .meta
        .url
        .as_deref()
        .and_then(crate::read::web_url)
        .and_then(|u| NamedNode::new(u).ok())
    {
        m.add(&a, schema::URL, url);
    }
    if article.source.starts_with("http://") || article.source.starts_with("https://") {
        if let Ok(url) = NamedNode::new(&article.source) {
            m.add(&a, schema::URL, url);
        }
    } else if article.source != "-" {
        m.add(
            &a,
            ng::SOURCE_PATH,
            Literal::new_simple_literal(&article.id),
        );
    }
    m.add(
        &a,
        ng::CONTENT_HASH,
        Literal::new_simple_literal(format!("sha256:{}", article.hash)),
    );
    m.add(
        &a,
        nif::IS_STRING,
        Literal::new_simple_literal(&article.text),
    );

    let people: Vec<NamedNode> = x.people.iter().map(|p| person_iri(&p.name)).collect();
    for (p, iri) in x.people.iter().zip(&people) {
        m.add(iri, rdf::TYPE, schema::PERSON);
        m.add(iri, schema::NAME, Literal::new_simple_literal(&p.name));
        for alt in &p.alternate_names {
            m.add(
                iri,
                schema::ALTERNATE_NAME,
                Literal::new_simple_literal(alt),
            );
        }
        if let Some(h) = &p.honorific {
            m.add(
                iri,
                schema::HONORIFIC_PREFIX,
                Literal::new_simple_literal(h),
            );
        }
        m.add(&a, schema::MENTIONS, iri.clone());
        for span in &p.mentions {
            m.mention(*span, iri);
        }
    }

    let mut isos: Vec<&str> = x.countries.iter().map(|c| c.iso).collect();
    for o in &x.offices {
        isos.extend(o.country);
        isos.extend(o.to_country);
    }
    isos.sort_unstable();
    isos.dedup();
    for iso in &isos {
        let iri = country_iri(iso);
        m.add(&iri, rdf::TYPE, schema::COUNTRY);
        m.add(&iri, ng::ISO_CODE, Literal::new_simple_literal(*iso));
        if let Some(c) = g.country(iso) {
            m.add(&iri, schema::NAME, Literal::new_simple_literal(c.name));
            if !c.wikidata.is_empty() {
                m.add(
                    &iri,
                    owl::SAME_AS,
                    NamedNode::new_unchecked(format!("{}{}", wd::NS, c.wikidata)),
                );
            }
        }
    }
    for c in &x.countries {
        let iri = country_iri(c.iso);
        if x.countries
            .iter()
            .find(|d| d.iso == c.iso)
            .is_some_and(|d| d.span == c.span)
        {
            m.add(&a, schema::MENTIONS, iri.clone());
        }
        m.mention(c.span, &iri);
    }

    for o in &x.offices {
        let post = post_iri(&o.role, o.country, o.to_country);
        let role = role_iri(&o.role);
        m.add(&post, rdf::TYPE, org::POST);
        m.add(
            &post,
            rdfs::LABEL,
            Literal::new_simple_literal(post_label(&o.role, o.country, o.to_country)),
        );
        m.add(&post, org::ROLE, role.clone());
        m.add(&role, rdf::TYPE, org::ROLE_CLASS);
        m.add(&role, rdfs::LABEL, Literal::new_simple_literal(&o.role));
        if let Some(c) = o.country {
            m.add(&post, ng::COUNTRY, country_iri(c));
        }
        if let Some(t) = o.to_country.filter(|_| o.kind == TitleKind::Envoy) {
            m.add(&post, ng::TO_COUNTRY, country_iri(t));
        }
        let holder = &people[o.person];
        m.add(
            holder,
            if o.former {
                ng::FORMERLY_HOLDS
            } else {
                org::HOLDS
            },
            post.clone(),
        );
        if let Some(q) = o.wikidata {
            m.add(
                holder,
                owl::SAME_AS,
                NamedNode::new_unchecked(format!("{}{}", wd::NS, q)),
            );
        }
        m.mention(o.span, &post);
    }

    for s in &x.statements {
        let (b, e) = (
            m.chars.char_offset(s.span.start),
            m.chars.char_offset(s.span.end),
        );
        let st = NamedNode::new_unchecked(format!("{}#statement={b},{e}", a.as_str()));
        m.add(&st, rdf::TYPE, schema::QUOTATION);
        // The article's date, so that statements can be put on a timeline.
        if let Some(d) = &date {
            m.add(&st, schema::DATE_PUBLISHED, d.clone());
        }
        m.add(
            &st,
            schema::TEXT,
            Literal::new_simple_literal(s.span.of(&article.text)),
        );
        m.add(
            &st,
            ng::QUOTE_TYPE,
            Literal::new_simple_literal(s.kind.as_str()),
        );
        for p in &s.speakers {
            m.add(&st, schema::CREATOR, people[*p].clone());
        }
        if let Some(g) = s.group.as_deref().filter(|_| s.speakers.is_empty()) {
            let org = organization_iri(g);
            m.add(&org, rdf::TYPE, schema::ORGANIZATION);
            // One name per IRI: "police" and "Police" are the same group.
            m.add(
                &org,
                schema::NAME,
                Literal::new_simple_literal(upper_first(g)),
            );
            m.add(&st, schema::CREATOR, org);
        }
        if let Some(sp) = s.speaker_span {
            m.add(
                &st,
                ng::SPEAKER_TEXT,
                Literal::new_simple_literal(sp.of(&article.text)),
            );
        }
        if let Some(c) = &s.cue {
            m.add(&st, ng::CUE, Literal::new_simple_literal(c));
        }
        if let Some(md) = &s.medium {
            m.add(&st, ng::MEDIUM, Literal::new_simple_literal(md));
        }
        if let Some(au) = &s.audience {
            m.add(&st, ng::AUDIENCE, Literal::new_simple_literal(au));
        }
        m.add(&st, schema::IS_PART_OF, a.clone());
        m.add(&st, nif::REFERENCE_CONTEXT, a.clone());
        m.add(&st, nif::BEGIN_INDEX, m.offset(s.span.start));
        m.add(&st, nif::END_INDEX, m.offset(s.span.end));
        for p in &s.people {
            m.add(&st, schema::MENTIONS, people[*p].clone());
        }
        for c in &s.countries {
            m.add(&st, schema::MENTIONS, country_iri(c));
        }
    }
    // A fact stated twice (a country named in two offices) is one triple.
    let mut seen =
        rustc_hash::FxHashSet::with_capacity_and_hasher(m.triples.len(), Default::default());
    let keep: Vec<bool> = m.triples.iter().map(|t| seen.insert(t)).collect();
    let mut keep = keep.into_iter();
    m.triples.retain(|_| keep.next().unwrap_or(true));
    m.triples
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iri_table() {
        assert_eq!(
            article_iri("politics/001.txt").as_str(),
            "https://w3id.org/newsgraph/id/article/politics/001.txt"
        );
        assert_eq!(
            article_iri("a b#c").as_str(),
            "https://w3id.org/newsgraph/id/article/a%20b%23c"
        );
        assert_eq!(
            post_iri("Ambassador", Some("UA"), Some("US")).as_str(),
            "https://w3id.org/newsgraph/id/post/ambassador-ua-to-us"
        );
        for (role, c, to, label) in [
            (
                "Prime Minister",
                Some("GB"),
                None,
                "Prime Minister of the United Kingdom",
            ),
            ("President", Some("UA"), None, "President of Ukraine"),
            (
                "Ambassador",
                Some("UA"),
                Some("US"),
                "Ambassador of Ukraine to the United States",
            ),
            ("Chancellor", None, None, "Chancellor"),
        ] {
            assert_eq!(post_label(role, c, to), label);
        }
    }

    #[test]
    fn offsets_are_characters_and_the_text_is_exact() {
        let text = "“I will be waiting in Türkiye,” Jane Smith said.";
        let article = Article::from_text("-", text.to_owned());
        let triples = mint(&article, &crate::extract::extract(text));
        let get = |p: NamedNodeRef<'_>| {
            triples
                .iter()
                .find(|t| {
                    t.predicate.as_ref() == p && t.subject.to_string().contains("#statement=")
                })
                .map(|t| t.object.clone())
        };
        let begin: usize = match get(nif::BEGIN_INDEX) {
            Some(Term::Literal(l)) => l.value().parse().unwrap(),
            _ => panic!("no begin"),
        };
        let end: usize = match get(nif::END_INDEX) {
            Some(Term::Literal(l)) => l.value().parse().unwrap(),
            _ => panic!("no end"),
        };
        let chars: String = text.chars().skip(begin).take(end - begin).collect();
        assert_eq!(chars, "I will be waiting in Türkiye,");
    }
}
