//! Who is who across the corpus: the people of all articles, joined into one person each.
//!
//! Each article names its people in its own way ([`super::article`] has already joined "Tony
//! Blair", "Mr Blair" and "he" inside it). Across articles, an [`Appearance`] (a person as one
//! article names them) joins others when:
//!
//! - the full names agree on first and last name, spelt alike up to accents and the endings of
//!   transliteration ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"), and
//!   on middle names when both give one ("George W Bush" joins "George Bush", unless the corpus
//!   also has a "George H W Bush", when "George Bush" stays apart);
//! - a surname alone that the article shows to be a person's, by an honorific or a post ("Mr
//!   Blair", "President Reagan"), is the one full-name person of the corpus with that surname; when there are several ("Tony", "Cherie", "Ian"), the article's context decides (a
//!   post it gives the person, shared with one candidate; the people it names beside them, who
//!   appear with one candidate more than the others), else the surname stays a person of its own;
//!   a candidate whose sex (from the honorific or first name) or countries contradict the article
//!   is never chosen.
//!
//! Two people with one name stay two when the evidence says so: appearances holding posts of
//! different countries, and no appearance holding posts of both, are split into one person per
//! country (the one without a post goes to the largest).
//!
//! The result is derived data: the same appearances give the same people, in any order.
//!
//! ```
//! use newsgraph::resolve::corpus::{resolve, Appearance, Post};
//! let a = |article: &str, name: &str, honorific: Option<&str>, posts: Vec<Post>| Appearance {
//!     article: article.into(), person: name.into(), name: name.into(),
//!     honorific: honorific.map(Into::into), posts,
//! };
//! let people = resolve(&[
//!     a("1", "Tony Blair", None, vec![Post::new("Prime Minister", Some("GB"))]),
//!     a("2", "Blair", Some("Mr"), vec![]),
//!     a("3", "George W Bush", None, vec![]),
//!     a("4", "George Bush", None, vec![]),
//! ]);
//! let name = |i: usize| people.people[people.of[i]].name.as_str();
//! assert_eq!([name(0), name(1), name(2), name(3)], ["Tony Blair", "Tony Blair", "George W Bush", "George W Bush"]);
//! assert_eq!(people.people.len(), 2);
//! ```

use crate::gazetteer::{gazetteer, honorific_sex, Sex, HONORIFICS};
use crate::text::{fold, slug};
use petgraph::unionfind::UnionFind;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// A post an article says a person holds or held.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Post {
    /// The bare role: "Prime Minister".
    pub role: String,
    /// The ISO code of the post's country, when the article gives one.
    pub country: Option<String>,
}

impl Post {
    /// A post of `role` in `country`.
    pub fn new(role: &str, country: Option<&str>) -> Post {
        Post {
            role: role.to_owned(),
            country: country.map(str::to_owned),
        }
    }
}

/// A person as one article names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appearance {
    /// The article (any key that tells articles apart: its IRI).
    pub article: String,
    /// The article's own key for the person (its IRI).
    pub person: String,
    /// The article's canonical name for the person ("Tony Blair", or "Blair" alone).
    pub name: String,
    /// "Mr", "Mrs", "Sir", when the article uses one.
    pub honorific: Option<String>,
    /// The posts the article says the person holds or held.
    pub posts: Vec<Post>,
}

/// A person of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusPerson {
    /// The canonical name: the full name most articles use.
    pub name: String,
    /// What the IRI is made of: the slug of the name, with the post's country for the second
    /// of two people of one name ("john-smith-au").
    pub key: String,
    /// Every other name the articles (and the Wikidata tables) use.
    pub alternate_names: BTreeSet<String>,
    /// The Wikidata QID, when the bundled tables name the person with a post and country one
    /// of the articles gives.
    pub wikidata: Option<&'static str>,
    /// How many articles name the person.
    pub articles: usize,
}

/// The people of the corpus and which of them each appearance is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Identities {
    /// The people, in the order of their keys.
    pub people: Vec<CorpusPerson>,
    /// For each appearance (in the order given), the index of its person in `people`.
    pub of: Vec<usize>,
}

/// A name taken apart for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Parts {
    /// Transliteration key of the first name (empty for a surname alone).
    pub(super) first: String,
    /// Initials of the middle names ("w" for "George W Bush").
    pub(super) middle: String,
    /// Transliteration key of the last name.
    pub(super) last: String,
}

/// Lower case, no accents, letters only, with the endings transliterations disagree on made
/// one: "Zelenskyy", "Zelenskiy" and "Zelensky" are all "zelensky".
fn translit(word: &str) -> String {
    let mut s: String = fold(word).chars().filter(|c| c.is_alphabetic()).collect();
    for (end, to) in [
        ("iy", "y"),
        ("yy", "y"),
        ("ij", "y"),
        ("yi", "y"),
        ("ii", "i"),
    ] {
        if s.len() > end.len() + 2 && s.ends_with(end) {
            s.truncate(s.len() - end.len());
            s.push_str(to);
            break;
        }
    }
    // Doubled letters: "Ahmadinejad", "Ahmadinejjad"; "Kaddafi", "Kadafi".
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The words of a name that matter for matching: no honorific, no title in front ("Secretary
/// Matt Carter"), no generational suffix ("Jr").
fn words(name: &str) -> Vec<&str> {
    let mut w: Vec<&str> = name
        .split_whitespace()
        .filter(|t| t.chars().any(char::is_alphabetic))
        .collect();
    while w.len() > 1 && HONORIFICS.contains(&w[0]) {
        w.remove(0);
    }
    while w.len() > 2 && is_title_word(w[0]) {
        w.remove(0);
    }
    while w.len() > 2 && crate::text::generational_suffix(w[w.len() - 1]) {
        w.pop();
    }
    w
}

/// Whether a word is a title ("Senator", "Secretary") rather than a first name.
fn is_title_word(w: &str) -> bool {
    gazetteer().title(w).is_some()
        || matches!(
            w.to_lowercase().as_str(),
            "secretary" | "chairman" | "chairwoman" | "spokesman" | "spokeswoman" | "general"
        )
}

/// The name without a title in front: "Secretary Matt Carter" is "Matt Carter".
fn without_title(name: &str) -> &str {
    let mut rest = name.trim();
    while let Some((first, more)) = rest.split_once(' ') {
        if more.contains(' ') && is_title_word(first) {
            rest = more.trim_start();
        } else {
            break;
        }
    }
    rest
}

pub(super) fn parts(name: &str) -> Parts {
    let w = words(name);
    // A generational suffix is part of the middle: "Stewart Bainum Sr." and "Stewart Bainum
    // Jr." are father and son.
    let suffix = name
        .split_whitespace()
        .last()
        .filter(|l| crate::text::generational_suffix(l) && w.len() >= 2)
        .map(|l| format!("|{}", l.trim_end_matches(['.', ',']).to_lowercase()))
        .unwrap_or_default();
    let mut p = match w.as_slice() {
        [] => Parts {
            first: String::new(),
            middle: String::new(),
            last: String::new(),
        },
        [last] => Parts {
            first: String::new(),
            middle: String::new(),
            last: translit(last),
        },
        [first, middle @ .., last] => Parts {
            first: translit(first),
            middle: middle
                .iter()
                .filter_map(|m| fold(m).chars().find(|c| c.is_alphabetic()))
                .collect(),
            last: translit(last),
        },
    };
    p.middle.push_str(&suffix);
    p
}

/// Whether the last word of a name is a generational suffix ("Surangel Whipps Jr.").
pub(super) fn has_generational(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(crate::text::generational_suffix)
}

/// A person being built: the appearances joined so far.
struct Cluster {
    members: Vec<usize>,
    parts: Parts,
}

/// Joins the appearances into people (see the module docs).
pub fn resolve(appearances: &[Appearance]) -> Identities {
    let parts: Vec<Parts> = appearances.par_iter().map(|a| parts(&a.name)).collect();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut cluster_of: Vec<Option<usize>> = vec![None; appearances.len()];

    // The full names each article gives, for telling homonyms apart.
    let mut names_in: HashMap<&str, BTreeSet<(String, String)>> = HashMap::new();
    for (a, p) in appearances.iter().zip(&parts) {
        if !p.first.is_empty() {
            names_in
                .entry(a.article.as_str())
                .or_default()
                .insert((p.first.clone(), p.last.clone()));
        }
    }

    // 1. Full names, by first and last name; middle names split them when they disagree.
    let mut by_name: BTreeMap<(&str, &str), BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    for (i, p) in parts.iter().enumerate() {
        if !p.first.is_empty() {
            by_name
                .entry((p.first.as_str(), p.last.as_str()))
                .or_default()
                .entry(p.middle.as_str())
                .or_default()
                .push(i);
        }
    }
    for by_middle in by_name.values() {
        let with_middle = by_middle.keys().filter(|m| !m.is_empty()).count();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        if with_middle <= 1 {
            groups.push(by_middle.values().flatten().copied().collect());
        } else {
            groups.extend(by_middle.values().cloned());
        }
        for group in groups {
            for members in split_by_country(appearances, &parts, &names_in, group) {
                let parts = parts[members[0]].clone();
                for &m in &members {
                    cluster_of[m] = Some(clusters.len());
                }
                clusters.push(Cluster { members, parts });
            }
        }
    }

    // 2. Surnames alone, to the full-name person the corpus and the article's context point to.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    for (c, cl) in clusters.iter().enumerate() {
        by_last.entry(cl.parts.last.as_str()).or_default().push(c);
    }
    let ctx = Context::new(appearances, &cluster_of, &clusters);
    let mut alone: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, p) in parts.iter().enumerate() {
        if !p.first.is_empty() {
            continue;
        }
        // Only a surname that the article shows to be a person's, by an honorific or a post
        // ("Mr Blair", "President Reagan"): a word alone may be a firm ("Carson Pirie Scott",
        // "Salomon Brothers") that the tagger read as a person.
        let a = &appearances[i];
        let shown = a.honorific.is_some() || !a.posts.is_empty();
        let candidates = match by_last.get(p.last.as_str()) {
            Some(c) if shown => c.as_slice(),
            _ => &[],
        };
        match ctx.choose(i, candidates) {
            Some(c) => cluster_of[i] = Some(c),
            None => alone.entry(p.last.as_str()).or_default().push(i),
        }
    }
    // Added once every choice is made: choices read the full names only.
    for (i, c) in cluster_of.iter().enumerate() {
        if let Some(c) = *c {
            if parts[i].first.is_empty() {
                clusters[c].members.push(i);
            }
        }
    }
    for members in alone.into_values() {
        for &m in &members {
            cluster_of[m] = Some(clusters.len());
        }
        let parts = parts[members[0]].clone();
        clusters.push(Cluster { members, parts });
    }

    // 3. Names, keys and Wikidata.
    let mut people: Vec<(CorpusPerson, Vec<usize>)> = clusters
        .into_iter()
        .filter(|c| !c.members.is_empty())
        .map(|c| (person(appearances, &c.members), c.members))
        .collect();
    // Two people with one name: the second and later get their post's country in the key.
    people.sort_by(|a, b| {
        // What the people are, not where they stand in the input: the same in any order.
        let content = |m: &[usize]| -> Vec<(&str, &str)> {
            let mut v: Vec<(&str, &str)> = m
                .iter()
                .map(|&i| {
                    (
                        appearances[i].article.as_str(),
                        appearances[i].person.as_str(),
                    )
                })
                .collect();
            v.sort_unstable();
            v
        };
        b.0.articles
            .cmp(&a.0.articles)
            .then_with(|| a.0.key.cmp(&b.0.key))
            .then_with(|| content(&a.1).cmp(&content(&b.1)))
    });
    let mut taken: HashSet<String> = HashSet::new();
    for (p, members) in &mut people {
        if !taken.contains(&p.key) {
            taken.insert(p.key.clone());
            continue;
        }
        let iso = members
            .iter()
            .flat_map(|&m| &appearances[m].posts)
            .filter_map(|post| post.country.as_deref())
            .min();
        let base = p.key.clone();
        let mut key = iso.map_or_else(
            || base.clone(),
            |iso| format!("{base}-{}", iso.to_lowercase()),
        );
        let mut n = 2;
        while taken.contains(&key) {
            key = format!("{base}-{n}");
            n += 1;
        }
        taken.insert(key.clone());
        p.key = key;
    }
    people.sort_by(|a, b| a.0.key.cmp(&b.0.key));
    let mut of = vec![0; appearances.len()];
    for (idx, (_, members)) in people.iter().enumerate() {
        for &m in members {
            of[m] = idx;
        }
    }
    Identities {
        people: people.into_iter().map(|(p, _)| p).collect(),
        of,
    }
}

/// The countries of an appearance's posts.
fn countries(a: &Appearance) -> BTreeSet<&str> {
    a.posts
        .iter()
        .filter_map(|p| p.country.as_deref())
        .collect()
}

/// What makes two appearances of one name one person: a country both hold posts of, a role
/// both hold (in two countries: a country read wrongly), another person named beside both.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Evidence<'a> {
    Country(&'a str),
    Role(String),
    Beside(&'a str, &'a str),
}

/// One group of a name, or one per country when its appearances hold posts of different
/// countries in two articles or more each, none holds posts of both, the posts are of different
/// roles, and no other person appears beside both; appearances without a country go to the
/// largest.
fn split_by_country(
    appearances: &[Appearance],
    parts_of: &[Parts],
    names_in: &HashMap<&str, BTreeSet<(String, String)>>,
    group: Vec<usize>,
) -> Vec<Vec<usize>> {
    let (with, rest): (Vec<usize>, Vec<usize>) = group
        .iter()
        .partition(|&&i| !countries(&appearances[i]).is_empty());
    let own = group
        .first()
        .map(|&i| (parts_of[i].first.as_str(), parts_of[i].last.as_str()));
    let mut same = UnionFind::<usize>::new(with.len());
    let mut seen: HashMap<Evidence, usize> = HashMap::new();
    for (k, &i) in with.iter().enumerate() {
        let a = &appearances[i];
        let beside = names_in
            .get(a.article.as_str())
            .into_iter()
            .flatten()
            .map(|(f, l)| (f.as_str(), l.as_str()))
            .filter(|n| Some(*n) != own)
            .map(|(f, l)| Evidence::Beside(f, l));
        let evidence = countries(a)
            .into_iter()
            .map(Evidence::Country)
            .chain(
                a.posts
                    .iter()
                    .map(|p| Evidence::Role(p.role.to_lowercase())),
            )
            .chain(beside);
        for e in evidence {
            match seen.entry(e) {
                std::collections::hash_map::Entry::Occupied(o) => {
                    same.union(*o.get(), k);
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(k);
                }
            }
        }
    }
    let mut by_root: BTreeMap<usize, (BTreeSet<&str>, Vec<usize>)> = BTreeMap::new();
    for (k, &i) in with.iter().enumerate() {
        let part = by_root.entry(same.find(k)).or_default();
        part.0.extend(countries(&appearances[i]));
        part.1.push(i);
    }
    let mut parts: Vec<(BTreeSet<&str>, Vec<usize>)> = by_root.into_values().collect();
    if parts.len() <= 1 {
        return vec![group];
    }
    // One article is not evidence enough against a wrongly read country: a person of another
    // country needs two.
    parts.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    let articles = |m: &[usize]| -> usize {
        m.iter()
            .map(|&i| appearances[i].article.as_str())
            .collect::<BTreeSet<_>>()
            .len()
    };
    let (mut kept, weak): (Vec<_>, Vec<_>) = parts
        .into_iter()
        .enumerate()
        .partition(|(k, (_, m))| *k == 0 || articles(m) >= 2);
    let mut parts: Vec<Vec<usize>> = kept.drain(..).map(|(_, (_, m))| m).collect();
    for (_, (_, m)) in weak {
        parts[0].extend(m);
    }
    if parts.len() <= 1 {
        return vec![group];
    }
    parts[0].extend(rest);
    for m in &mut parts {
        m.sort_unstable();
    }
    parts
}

/// What the corpus knows of the full-name people, for choosing among them.
struct Context<'a> {
    appearances: &'a [Appearance],
    /// The full-name people each article names.
    in_article: HashMap<&'a str, BTreeSet<usize>>,
    /// Per full-name person: its posts, countries, sex, articles and the people it appears with.
    posts: Vec<HashSet<&'a Post>>,
    countries: Vec<BTreeSet<&'a str>>,
    sex: Vec<Sex>,
    articles: Vec<usize>,
    /// For each full-name person, the others and in how many articles they appear together.
    neighbours: Vec<HashMap<usize, usize>>,
}

impl<'a> Context<'a> {
    fn new(
        appearances: &'a [Appearance],
        cluster_of: &[Option<usize>],
        clusters: &[Cluster],
    ) -> Self {
        let mut in_article: HashMap<&str, BTreeSet<usize>> = HashMap::new();
        for (i, a) in appearances.iter().enumerate() {
            if let Some(c) = cluster_of[i] {
                in_article.entry(a.article.as_str()).or_default().insert(c);
            }
        }
        let n = clusters.len();
        let (mut posts, mut countries_of, mut sex, mut articles, mut neighbours) = (
            vec![HashSet::new(); n],
            vec![BTreeSet::new(); n],
            vec![Sex::Unknown; n],
            vec![0; n],
            vec![HashMap::new(); n],
        );
        for (c, cl) in clusters.iter().enumerate() {
            let mut arts = BTreeSet::new();
            // What the honorifics and first names say, when they agree.
            let mut known = Vec::new();
            for &m in &cl.members {
                let a = &appearances[m];
                posts[c].extend(a.posts.iter());
                countries_of[c].extend(countries(a));
                arts.insert(a.article.as_str());
                known.extend(a.honorific.as_deref().map(honorific_sex));
                known.extend(
                    words(&a.name)
                        .first()
                        .map(|f| gazetteer().first_name_sex(f)),
                );
            }
            known.retain(|s| *s != Sex::Unknown);
            sex[c] = match known.first() {
                Some(&s) if known.iter().all(|&k| k == s) => s,
                _ => Sex::Unknown,
            };
            for art in &arts {
                for &o in in_article.get(art).into_iter().flatten() {
                    if o != c {
                        *neighbours[c].entry(o).or_default() += 1;
                    }
                }
            }
            articles[c] = arts.len();
        }
        Context {
            appearances,
            in_article,
            posts,
            countries: countries_of,
            sex,
            articles,
            neighbours,
        }
    }

    /// The full-name person a surname alone is, among `candidates`, if the corpus and the
    /// article say so clearly.
    fn choose(&self, i: usize, candidates: &[usize]) -> Option<usize> {
        let a = &self.appearances[i];
        let sex = a.honorific.as_deref().map_or(Sex::Unknown, honorific_sex);
        let cs = countries(a);
        let fits: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&c| sex == Sex::Unknown || self.sex[c] == Sex::Unknown || self.sex[c] == sex)
            .filter(|&c| {
                cs.is_empty() || self.countries[c].is_empty() || !cs.is_disjoint(&self.countries[c])
            })
            .collect();
        match fits.as_slice() {
            [] => return None,
            [one] => return Some(*one),
            _ => {}
        }
        let others: Vec<usize> = self
            .in_article
            .get(a.article.as_str())
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        // Naive Bayes: how often the corpus names the candidate, times how much likelier the
        // people of this article are beside them than anywhere (counted in the other articles:
        // someone named only here says nothing), times the posts this article gives that the
        // candidate holds elsewhere (a post and country shared: 20 times as likely; a role: 4).
        let total = self.in_article.len().max(1) as f64;
        let score = |c: usize| -> f64 {
            let n = self.articles[c] as f64;
            let together: f64 = others
                .iter()
                .filter(|&&o| o != c && self.articles[o] > 1)
                .map(|&o| {
                    let elsewhere = (self.articles[o] - 1) as f64 / total;
                    let k = self.neighbours[c].get(&o).copied().unwrap_or(0) as f64;
                    ((k + elsewhere) / (n + 1.0)).ln() - elsewhere.ln()
                })
                .sum();
            let posts: f64 = a
                .posts
                .iter()
                .map(|p| {
                    if self.posts[c].contains(p) {
                        20f64.ln()
                    } else if self.posts[c].iter().any(|q| q.role == p.role) {
                        4f64.ln()
                    } else {
                        0.0
                    }
                })
                .sum();
            n.ln() + together + posts
        };
        let mut scored: Vec<(f64, usize)> = fits.iter().map(|&c| (score(c), c)).collect();
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
        // Only a clear winner: five times as likely as the next.
        (scored[0].0 - scored[1].0 >= 5f64.ln()).then_some(scored[0].1)
    }
}

/// The person a cluster of appearances is: its canonical name, other names and Wikidata QID.
fn person(appearances: &[Appearance], members: &[usize]) -> CorpusPerson {
    // Each name with the articles that use it.
    let mut names: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut articles: BTreeSet<&str> = BTreeSet::new();
    for &m in members {
        let a = &appearances[m];
        names
            .entry(without_title(&a.name))
            .or_default()
            .insert(a.article.as_str());
        articles.insert(a.article.as_str());
    }
    let full = |n: &str| words(n).len() > 1;
    let name = names
        .iter()
        .max_by(|x, y| {
            (full(x.0), x.1.len(), x.0.len())
                .cmp(&(full(y.0), y.1.len(), y.0.len()))
                .then_with(|| y.0.cmp(x.0))
        })
        .map_or("", |(n, _)| *n)
        .to_owned();
    let mut alternate_names: BTreeSet<String> = names
        .keys()
        .filter(|n| **n != name)
        .map(|n| (*n).to_owned())
        .collect();
    let wikidata = super::wikidata::wikidata_for(appearances, members, &names);
    if let Some((_, label, aliases)) = &wikidata {
        for n in std::iter::once(*label).chain(aliases.iter().copied()) {
            if n != name {
                alternate_names.insert(n.to_owned());
            }
        }
    }
    CorpusPerson {
        key: slug(&name),
        name,
        alternate_names,
        wikidata: wikidata.map(|(q, _, _)| q),
        articles: articles.len(),
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// An appearance of `name` in `article` with `honorific` and `posts` (role, country).
    pub(in crate::resolve) fn app(
        article: &str,
        name: &str,
        honorific: Option<&str>,
        posts: &[(&str, Option<&str>)],
    ) -> Appearance {
        Appearance {
            article: article.to_owned(),
            person: slug(name),
            name: name.to_owned(),
            honorific: honorific.map(str::to_owned),
            posts: posts.iter().map(|(r, c)| Post::new(r, *c)).collect(),
        }
    }

    /// The canonical name each appearance resolves to.
    fn names(apps: &[Appearance]) -> Vec<String> {
        let ids = resolve(apps);
        ids.of.iter().map(|&i| ids.people[i].key.clone()).collect()
    }

    #[test]
    fn translit_table() {
        for (a, b) in [
            ("Zelensky", "zelensky"),
            ("Zelenskyy", "zelensky"),
            ("Zelenskiy", "zelensky"),
            ("Zelenskij", "zelensky"),
            ("Gaddafi", "gadafi"),
            ("Gadafi", "gadafi"),
            ("Müller", "muler"),
            ("O'Neill", "oneil"),
            ("Li", "li"),
        ] {
            assert_eq!(translit(a), b, "{a}");
        }
    }

    #[test]
    fn merges_table() {
        // (appearances as (article, name, honorific, posts), the key each resolves to)
        type Case<'a> = (
            &'a [(
                &'a str,
                &'a str,
                Option<&'a str>,
                &'a [(&'a str, Option<&'a str>)],
            )],
            &'a [&'a str],
        );
        let cases: &[Case] = &[
            // One clear candidate for a surname, with or without honorific.
            (
                &[
                    ("a", "Harriet Vane", None, &[]),
                    ("b", "Vane", Some("Ms"), &[]),
                    ("c", "Vane", None, &[("Minister", None)]),
                ],
                &["harriet-vane", "harriet-vane", "harriet-vane"],
            ),
            // A surname with neither honorific nor post may be a firm's: it stays apart.
            (
                &[("a", "Joe Carlow", None, &[]), ("b", "Carlow", None, &[])],
                &["joe-carlow", "carlow"],
            ),
            // A middle initial joins the same first and last name.
            (
                &[
                    ("a", "Peter D Wimsey", None, &[]),
                    ("b", "Peter Wimsey", None, &[]),
                ],
                &["peter-d-wimsey", "peter-d-wimsey"],
            ),
            // Father and son.
            (
                &[
                    ("a", "Carl Odell Sr.", None, &[]),
                    ("b", "Carl Odell Jr.", None, &[]),
                    ("c", "Carl Odell Jr", None, &[]),
                ],
                &["carl-odell-sr", "carl-odell-jr", "carl-odell-jr"],
            ),
            // Two different middle initials: two people, and the bare name stays apart.
            (
                &[
                    ("a", "John Q Public", None, &[]),
                    ("b", "John R Public", None, &[]),
                    ("c", "John Public", None, &[]),
                ],
                &["john-q-public", "john-r-public", "john-public"],
            ),
            // Transliterations are one person; the most used spelling names them.
            (
                &[
                    ("a", "Oleksiy Honchar", None, &[]),
                    ("b", "Oleksiy Honcharr", None, &[]),
                    ("c", "Oleksiy Honchar", None, &[]),
                    ("d", "Oleksiy Goncharenko", None, &[]),
                ],
                &[
                    "oleksiy-honchar",
                    "oleksiy-honchar",
                    "oleksiy-honchar",
                    "oleksiy-goncharenko",
                ],
            ),
            (
                &[
                    ("a", "Dmytro Kovalskyy", None, &[]),
                    ("b", "Dmytro Kovalskiy", None, &[]),
                    ("c", "Kovalsky", Some("Mr"), &[]),
                ],
                &["dmytro-kovalskiy", "dmytro-kovalskiy", "dmytro-kovalskiy"],
            ),
            // A title inside the name is not part of it.
            (
                &[
                    ("a", "Secretary Ann Porter", None, &[]),
                    ("b", "Ann Porter", None, &[]),
                    ("c", "Ann Porter", None, &[]),
                ],
                &["ann-porter", "ann-porter", "ann-porter"],
            ),
            // Several candidates: the honorific's sex decides.
            (
                &[
                    ("a", "Roger Hale", None, &[]),
                    ("b", "Margaret Hale", None, &[]),
                    ("c", "Hale", Some("Mrs"), &[]),
                ],
                &["roger-hale", "margaret-hale", "margaret-hale"],
            ),
            // Several candidates: the post the article gives decides.
            (
                &[
                    ("a", "Tom Quill", None, &[("Prime Minister", Some("GB"))]),
                    (
                        "b",
                        "Ivy Quill",
                        None,
                        &[("Police Commissioner", Some("GB"))],
                    ),
                    ("c", "Quill", None, &[("Police Commissioner", Some("GB"))]),
                ],
                &["tom-quill", "ivy-quill", "ivy-quill"],
            ),
            // Several candidates: the people named beside decide.
            (
                &[
                    ("a", "Tom Quill", None, &[]),
                    ("a", "Nora Lind", None, &[]),
                    ("b", "Ivy Quill", None, &[]),
                    ("b", "Otto Berg", None, &[]),
                    ("b", "Lena Holt", None, &[]),
                    ("c", "Quill", Some("Dr"), &[]),
                    ("c", "Otto Berg", None, &[]),
                    ("c", "Lena Holt", None, &[]),
                ],
                &[
                    "tom-quill",
                    "nora-lind",
                    "ivy-quill",
                    "otto-berg",
                    "lena-holt",
                    "ivy-quill",
                    "otto-berg",
                    "lena-holt",
                ],
            ),
            // One person beside is not enough against another candidate named as often.
            (
                &[
                    ("a", "Tom Quill", None, &[]),
                    ("b", "Ivy Quill", None, &[]),
                    ("b", "Otto Berg", None, &[]),
                    ("c", "Quill", Some("Dr"), &[]),
                    ("c", "Otto Berg", None, &[]),
                ],
                &["tom-quill", "ivy-quill", "otto-berg", "quill", "otto-berg"],
            ),
            // The candidate the corpus names far more often, with the same people around.
            (
                &[
                    ("a", "Tom Quill", None, &[]),
                    ("a", "Otto Berg", None, &[]),
                    ("b", "Tom Quill", None, &[]),
                    ("b", "Otto Berg", None, &[]),
                    ("c", "Tom Quill", None, &[]),
                    ("c", "Otto Berg", None, &[]),
                    ("d", "Tom Quill", None, &[]),
                    ("d", "Otto Berg", None, &[]),
                    ("e", "Tom Quill", None, &[]),
                    ("e", "Otto Berg", None, &[]),
                    ("f", "Ivy Quill", None, &[]),
                    ("f", "Otto Berg", None, &[]),
                    ("g", "Quill", Some("Dr"), &[]),
                    ("g", "Otto Berg", None, &[]),
                ],
                &[
                    "tom-quill",
                    "otto-berg",
                    "tom-quill",
                    "otto-berg",
                    "tom-quill",
                    "otto-berg",
                    "tom-quill",
                    "otto-berg",
                    "tom-quill",
                    "otto-berg",
                    "ivy-quill",
                    "otto-berg",
                    "tom-quill",
                    "otto-berg",
                ],
            ),
            // Several candidates and no context: the surname stays a person of its own.
            (
                &[
                    ("a", "Tom Quill", None, &[]),
                    ("b", "Ivy Quill", None, &[]),
                    ("c", "Quill", Some("Dr"), &[]),
                    ("d", "Quill", Some("Dr"), &[]),
                ],
                &["tom-quill", "ivy-quill", "quill", "quill"],
            ),
            // A surname whose article contradicts the only candidate's country stays apart.
            (
                &[
                    ("a", "Tom Quill", None, &[("Senator", Some("US"))]),
                    ("b", "Quill", None, &[("Mayor", Some("AU"))]),
                ],
                &["tom-quill", "quill"],
            ),
            // Homonyms: posts of two countries, none of both, make two people; the appearance
            // without a post goes to the one more articles name.
            (
                &[
                    ("a", "John Howe", None, &[("Prime Minister", Some("AU"))]),
                    ("b", "John Howe", None, &[("Prime Minister", Some("AU"))]),
                    ("c", "John Howe", None, &[("Home Secretary", Some("GB"))]),
                    ("d", "John Howe", None, &[]),
                    ("e", "John Howe", None, &[("Home Secretary", Some("GB"))]),
                    ("f", "John Howe", None, &[("Prime Minister", Some("AU"))]),
                ],
                &[
                    "john-howe",
                    "john-howe",
                    "john-howe-gb",
                    "john-howe",
                    "john-howe-gb",
                    "john-howe",
                ],
            ),
            // ... but one article is not enough: a country read wrongly once.
            (
                &[
                    ("a", "John Howe", None, &[("Prime Minister", Some("AU"))]),
                    ("b", "John Howe", None, &[("Prime Minister", Some("AU"))]),
                    ("c", "John Howe", None, &[("Home Secretary", Some("GB"))]),
                ],
                &["john-howe", "john-howe", "john-howe"],
            ),
            // The same role in two countries: one person, one country read wrongly.
            (
                &[
                    ("a", "Ray Moss", None, &[("Commissioner", Some("GB"))]),
                    ("b", "Ray Moss", None, &[("Commissioner", Some("US"))]),
                ],
                &["ray-moss", "ray-moss"],
            ),
            // Posts of two countries, but the same people around: one person.
            (
                &[
                    ("a", "Ann Gale", None, &[("Minister", Some("GB"))]),
                    ("a", "Otto Berg", None, &[]),
                    ("b", "Ann Gale", None, &[("Cabinet Minister", Some("US"))]),
                    ("b", "Otto Berg", None, &[]),
                ],
                &["ann-gale", "otto-berg", "ann-gale", "otto-berg"],
            ),
            // An appearance holding posts of both countries keeps them one person.
            (
                &[
                    ("a", "Kim Rowe", None, &[("Ambassador", Some("GB"))]),
                    ("b", "Kim Rowe", None, &[("Minister", Some("FR"))]),
                    (
                        "c",
                        "Kim Rowe",
                        None,
                        &[("Ambassador", Some("GB")), ("Minister", Some("FR"))],
                    ),
                ],
                &["kim-rowe", "kim-rowe", "kim-rowe"],
            ),
        ];
        for (apps, want) in cases {
            let apps: Vec<Appearance> = apps.iter().map(|(a, n, h, p)| app(a, n, *h, p)).collect();
            assert_eq!(names(&apps), *want, "{apps:?}");
        }
    }

    #[test]
    fn the_same_people_in_any_order() {
        let mut apps = vec![
            app("a", "Tom Quill", None, &[]),
            app(
                "b",
                "Ivy Quill",
                None,
                &[("Police Commissioner", Some("GB"))],
            ),
            app("c", "Quill", None, &[("Police Commissioner", Some("GB"))]),
            app("d", "George W Bush", None, &[]),
            app("e", "George Bush", None, &[]),
        ];
        let before: Vec<(String, String)> = apps
            .iter()
            .cloned()
            .zip(names(&apps))
            .map(|(a, k)| (a.article, k))
            .collect();
        apps.reverse();
        let mut after: Vec<(String, String)> = apps
            .iter()
            .cloned()
            .zip(names(&apps))
            .map(|(a, k)| (a.article, k))
            .collect();
        after.reverse();
        assert_eq!(before, after);
    }
}
