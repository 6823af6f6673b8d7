//! Resolution inside one article: which mentions are the same person (here), and whom "he",
//! "they" and "the Kremlin leader" stand for ([`referents`], with the definite descriptions
//! of [`descriptions`]).
//!
//! Names found by [`crate::extract::people`] are merged into people by first and last word
//! ("Donald J. Trump" is "Donald Trump"); a single word or "Mr X" joins the person whose last
//! word it is ("Trump", "Trump's"). Pronouns and definite descriptions are resolved to the
//! people they most plausibly stand for, looking back from where they stand.
//!
//! ```
//! use newsgraph::extract::extract;
//! let text = "U.S. President Donald Trump spoke. Trump's call came late. He said no.";
//! let x = extract(text);
//! assert_eq!(x.people.len(), 1);
//! assert_eq!(x.people[0].name, "Donald Trump");
//! assert_eq!(x.people[0].alternate_names, ["Trump"]);
//! ```

use crate::extract::people::NameMention;
use crate::gazetteer::{gazetteer, honorific_sex, Sex, TitleKind};
use crate::segment::Span;
use crate::text::{fold, Word};

mod descriptions;
mod referents;

pub(crate) use descriptions::unnamed_noun;
pub use referents::{post_covers, referents, same_post, Referent};

/// A person of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The canonical full name: the longest form seen, without honorific.
    pub name: String,
    /// "Sir", "Dr", when the article uses one.
    pub honorific: Option<String>,
    /// Every other form the article uses ("Sir Keir Starmer", "Starmer").
    pub alternate_names: Vec<String>,
    /// Where the article names the person, in text order.
    pub mentions: Vec<Span>,
}

/// A mention of a person, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonMention {
    /// The words.
    pub span: Span,
    /// The person (an index into the people).
    pub person: usize,
}

/// Merges names into people and finds the single-word mentions of each.
///
/// `all` is the article's words ([`crate::text::words`] over the whole text), shared with
/// [`referents`] so that the text is split once.
pub fn people(
    text: &str,
    all: &[Word<'_>],
    names: &[NameMention],
) -> (Vec<Person>, Vec<PersonMention>, Vec<usize>) {
    let mut people: Vec<Person> = Vec::new();
    let mut keys: Vec<(String, String)> = Vec::new(); // (first, last) folded
    let mut name_person = vec![usize::MAX; names.len()];
    let mut mentions = Vec::new();
    // Full names first, so that "President Trump" before "Donald Trump" still joins him.
    let mut order: Vec<usize> = (0..names.len()).collect();
    // A name that opens with a particle is a surname too ("De Klerk" after "F.W. de Klerk").
    // So is a peer's name with its place ("Callaghan of Cardiff" after "Jim Callaghan").
    let peer = |n: &NameMention| peer_name(&n.words);
    let surname = |n: &NameMention| {
        n.words.len() == 1 || crate::extract::name_words::is_particle(&n.words[0]) || peer(n)
    };
    order.sort_by_key(|&i| (surname(&names[i]), names[i].span.start));
    // A name after a royal title or a rank that takes a given name ("Prince Charles",
    // "ex-King Michael", "Pope Francis"; not "Captain Gerrard", a surname).
    let royal = |n: &NameMention| {
        n.titled
            && text[..n.full.start]
                .split_whitespace()
                .next_back()
                .map(|w| crate::text::after_ex(w).unwrap_or(w))
                .and_then(|w| Some((w, crate::gazetteer::gazetteer().title(w)?)))
                .is_some_and(|(w, t)| {
                    t.kind == TitleKind::Royal
                        || t.kind == TitleKind::Rank
                            && matches!(w, "Prince" | "Princess" | "Sheikh" | "Pope")
                })
    };
    // The last names the article gives an honorific alone ("Mr Flight"), folded.
    let addressed: rustc_hash::FxHashSet<String> = names
        .iter()
        .filter(|m| m.honorific.is_some() && m.words.len() == 1)
        .map(|m| fold(&m.words[0]))
        .collect();
    for i in order {
        let n = &names[i];
        let first = fold(&n.words[0]);
        let last = fold(surname_word(&n.words));
        let surname = surname(n);
        let found = if !surname {
            keys.iter()
                .position(|(f, l)| *f == first && *l == last)
                .or_else(|| {
                    // "Mrs Parker Bowles" after "Camilla Parker Bowles": a surname of two
                    // words, after an honorific.
                    n.honorific.as_ref()?;
                    let tail = format!(" {}", fold(&n.words.join(" ")));
                    let mut same = (0..people.len())
                        .filter(|&p| fold(&people[p].name).ends_with(&tail) && keys[p].1 == last);
                    same.next().filter(|_| same.next().is_none())
                })
        } else if royal(n) {
            // "Prince Charles", "Queen Rania": a given name, no one else's ("Charles Kennedy").
            keys.iter().position(|(f, l)| f.is_empty() && *l == last)
        } else {
            // A surname ("President Trump"), else the first name of one person only ("Glenn
            // Campbell … Glenn said").
            // "Mr Blair" is not "Sir Ian Blair" when another Blair is named.
            let plain = n
                .honorific
                .as_deref()
                .is_some_and(|h| matches!(h.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Miss"));
            let knighted = |p: usize| {
                people[p]
                    .honorific
                    .as_deref()
                    .is_some_and(|h| matches!(h, "Sir" | "Dame" | "Lord" | "Lady" | "Baroness"))
            };
            // "Mrs Howard" is not "Michael Howard": an honorific of one sex joins no one the
            // article gives the other's (his wife, her husband), and a woman's joins no one
            // whose first name is a man's. A man's joins a first name the records give women
            // only when no one else fits and that full name comes before it ("Lakshmi Mittal …
            // Mr Mittal"; not "Melania Trump … Mr. Trump" when the article names Donald
            // Trump, nor "Mr. Obama … Michelle Obama").
            let wanted = n.honorific.as_deref().map_or(Sex::Unknown, honorific_sex);
            let agrees = |p: usize| match wanted {
                Sex::Unknown => true,
                Sex::Female => sex(&people[p]) != Sex::Male,
                Sex::Male => {
                    sex_by_honorific(&people[p]) != Sex::Female
                        && (sex(&people[p]) != Sex::Female
                            || people[p]
                                .mentions
                                .iter()
                                .any(|m| m.start < n.span.start && m.of(text).contains(' ')))
                }
            };
            let unlike = |p: usize| wanted == Sex::Male && sex(&people[p]) == Sex::Female;
            // Who fits, from the most wanted: no knight for a plain "Mr", no woman's first
            // name for a man's honorific, then each given up in turn.
            [(true, true), (false, true), (true, false), (false, false)]
                .into_iter()
                .find_map(|(no_knight, no_unlike)| {
                    nearest_with_surname(&keys, &people, &last, n.span.start, &|p| {
                        agrees(p)
                            && !(no_knight && plain && knighted(p))
                            && !(no_unlike && unlike(p))
                    })
                })
                .or_else(|| {
                    // After "Mr", not someone the article calls so by their last name: "Mr Howard"
                    // is not "Howard Flight" when he is "Mr Flight" (but "Mr Khoo" is "Khoo Boon
                    // Hui", and "Sir Edward" is "Sir Edward Heath", "Mr Heath").
                    let by_surname = |p: usize| plain && addressed.contains(&keys[p].1);
                    let mut same_first = (0..keys.len()).filter(|&i| keys[i].0 == first);
                    same_first
                        .next()
                        .filter(|&p| same_first.next().is_none() && !by_surname(p))
                })
        };
        let p = found.unwrap_or_else(|| {
            people.push(Person {
                name: n.name(),
                honorific: None,
                alternate_names: Vec::new(),
                mentions: Vec::new(),
            });
            keys.push((if surname { String::new() } else { first }, last));
            people.len() - 1
        });
        let person = &mut people[p];
        // (A peer's name with its place is the name of someone named by a surname alone:
        // "Jim Callaghan" stays his name.)
        let single = !person.name.contains(' ');
        if n.words.len() > person.name.split(' ').count() && (!peer(n) || single) {
            let old = std::mem::replace(&mut person.name, n.name());
            person.alternate_names.push(old);
        } else if n.name() != person.name {
            person.alternate_names.push(n.name());
        }
        if let Some(h) = &n.honorific {
            person.honorific.get_or_insert_with(|| h.clone());
            person.alternate_names.push(n.full.of(text).to_owned());
        }
        person.mentions.push(n.span);
        name_person[i] = p;
        mentions.push(PersonMention {
            span: n.span,
            person: p,
        });
    }
    // Single capitalised words that are someone's last name: "Zelensky", "Trump's".
    // Names come in text order and do not overlap: a binary search finds the one around a word.
    let taken: Vec<Span> = names.iter().map(|n| n.full).collect();
    let inside_name = |s: Span| {
        let i = taken.partition_point(|t| t.end < s.end);
        taken
            .get(i)
            .is_some_and(|t| t.start <= s.start && s.end <= t.end)
    };
    for (wi, w) in all.iter().enumerate() {
        if !w.is_capitalized() || inside_name(w.span) {
            continue;
        }
        // Part of a longer capitalised run ("Trump Tower") is not a mention.
        if all
            .get(wi + 1)
            .is_some_and(|n| n.joined && n.is_capitalized() && !w.possessive)
        {
            continue;
        }
        let key = fold(w.text);
        let Some(p) = nearest_with_surname(&keys, &people, &key, w.span.start, &|_| true) else {
            continue;
        };
        people[p].mentions.push(w.span);
        if w.text != people[p].name {
            people[p].alternate_names.push(w.text.to_owned());
        }
        mentions.push(PersonMention {
            span: w.span,
            person: p,
        });
    }
    for p in &mut people {
        // One name alone is no name to know a peer by: "Baroness Morgan", "Lord Goldsmith",
        // not "Morgan", "Goldsmith". (Not a royal title: "Prince Charles" is Charles, as
        // news agencies' name lists mostly have it.)
        let peerage = p
            .honorific
            .as_deref()
            .filter(|h| matches!(*h, "Lord" | "Lady" | "Baroness" | "Baron"));
        if let Some(title) = peerage.filter(|_| !p.name.contains(' ')) {
            let titled = format!("{title} {}", p.name);
            let old = std::mem::replace(&mut p.name, titled);
            p.alternate_names.push(old);
        }
        p.mentions.sort();
        p.mentions.dedup();
        let mut alts: Vec<String> = p
            .alternate_names
            .drain(..)
            .filter(|a| *a != p.name)
            .collect();
        alts.sort();
        alts.dedup();
        p.alternate_names = alts;
    }
    mentions.sort_by_key(|m| m.span);
    (people, mentions, name_person)
}

/// Whether `words` are a peer's name with its place ("Nicholls of Birkenhead", as
/// [`crate::extract::people`] writes "Lord Nicholls of Birkenhead").
fn peer_name(words: &[String]) -> bool {
    words.get(1).is_some_and(|w| w == "of")
}

/// The word of `words` that is the surname: the last but a regnal number, or the first of a
/// peer's name ("Nicholls" in "Nicholls of Birkenhead").
fn surname_word(words: &[String]) -> &str {
    if peer_name(words) {
        &words[0]
    } else {
        // ("White" in "Curtis Lee White II".)
        words
            .iter()
            .rev()
            .find(|w| !crate::extract::people::regnal_number(w))
            .or(words.last())
            .map_or("", String::as_str)
    }
}

/// The person with this folded last name that `fits`, mentioned last before `pos` (or first
/// after it).
fn nearest_with_surname(
    keys: &[(String, String)],
    people: &[Person],
    last: &str,
    pos: usize,
    fits: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let candidates: Vec<usize> = (0..keys.len())
        .filter(|&i| keys[i].1 == last && fits(i))
        .collect();
    candidates.iter().copied().max_by_key(|&i| {
        people[i]
            .mentions
            .iter()
            .filter(|m| m.start <= pos)
            .map(|m| m.start + 1)
            .max()
            .unwrap_or(0)
    })
}

/// The sex of a person, from honorific or first name.
pub fn sex(p: &Person) -> Sex {
    let by_title = Some(sex_by_honorific(p)).filter(|s| *s != Sex::Unknown);
    by_title.unwrap_or_else(|| {
        let first = p.name.split(' ').next().unwrap_or_default();
        if p.name.contains(' ') {
            gazetteer().first_name_sex(first)
        } else {
            Sex::Unknown
        }
    })
}

/// The sex of a person by the honorifics the article gives them ("Mrs Howard").
fn sex_by_honorific(p: &Person) -> Sex {
    p.honorific
        .iter()
        .map(String::as_str)
        .chain(p.alternate_names.iter().filter_map(|a| a.split(' ').next()))
        .map(honorific_sex)
        .find(|s| *s != Sex::Unknown)
        .unwrap_or(Sex::Unknown)
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    #[test]
    fn alias_table() {
        for (input, expected) in [
            (
                "Sir Keir Starmer spoke. Starmer left.",
                vec![("Keir Starmer", vec!["Sir Keir Starmer", "Starmer"])],
            ),
            // A monarch's given name stands for the name with its number.
            (
                "King Xavo III spoke. Xavo left.",
                vec![("Xavo III", vec!["Xavo"])],
            ),
            // A peer named by one name is known with the honorific; with a full name, by it.
            (
                "Baroness Whitby spoke. Whitby left.",
                vec![("Baroness Whitby", vec!["Whitby"])],
            ),
            (
                "Lord Whitby spoke. Tom Whitby, the peer, left.",
                vec![("Tom Whitby", vec!["Lord Whitby", "Whitby"])],
            ),
            (
                "President Trump met Donald Trump's aide.",
                vec![("Donald Trump", vec!["Trump"])],
            ),
            (
                "Hillary Clinton and Bill Clinton came. Clinton spoke.",
                vec![
                    ("Hillary Clinton", vec![]),
                    ("Bill Clinton", vec!["Clinton"]),
                ],
            ),
            (
                "Mr Blair spoke. Blair left.",
                vec![("Blair", vec!["Mr Blair"])],
            ),
            // A surname of two words after an honorific; a royal's given name is no one
            // else's first name.
            (
                "Anna Parker Lowe came. Mrs Parker Lowe spoke.",
                vec![("Anna Parker Lowe", vec!["Mrs Parker Lowe", "Parker Lowe"])],
            ),
            (
                "Prince Alfred met Alfred Dunmore. Alfred said no.",
                vec![("Alfred Dunmore", vec![]), ("Alfred", vec![])],
            ),
            (
                "Alfred Dunmore met the daughter of ex-King Alfred of Ruritania.",
                vec![("Alfred Dunmore", vec![]), ("Alfred", vec![])],
            ),
            // A military rank takes a surname: the person named in full before.
            (
                "Ann Dunmore led the unit. Captain Dunmore said no.",
                vec![("Ann Dunmore", vec!["Dunmore"])],
            ),
            // "Mr Blair" is the Blair who is not "Sir".
            (
                "Tom Blair came. Sir Ian Blair spoke. Mr Blair left.",
                vec![
                    ("Tom Blair", vec!["Blair", "Mr Blair"]),
                    ("Ian Blair", vec!["Sir Ian Blair"]),
                ],
            ),
            // An honorific of one sex is not someone the article gives the other's, nor, for
            // a woman's, someone with a man's first name; a man's may have a first name the
            // records give women.
            (
                "Tom Hale arrived. Mrs Hale said she was glad. Mr Hale left.",
                vec![
                    ("Tom Hale", vec!["Hale", "Mr Hale"]),
                    ("Hale", vec!["Mrs Hale"]),
                ],
            ),
            (
                "Mr Hale arrived. Mrs Hale left.",
                vec![("Hale", vec!["Mr Hale"]), ("Hale", vec!["Mrs Hale"])],
            ),
            (
                "Lakshmi Hale spoke. Mr Hale left.",
                vec![("Lakshmi Hale", vec!["Hale", "Mr Hale"])],
            ),
            // But not when someone else fits, nor before her full name.
            (
                "Tom Hale came. His wife, Michelle Hale, spoke first. Then Mr. Hale left.",
                vec![
                    ("Tom Hale", vec!["Hale", "Mr. Hale"]),
                    ("Michelle Hale", vec![]),
                ],
            ),
            (
                "Mr. Hale came. Mr. Hale left. His wife, Michelle Hale, spoke.",
                vec![("Michelle Hale", vec![]), ("Hale", vec!["Mr. Hale"])],
            ),
            // A peer's place is part of the name, which "Lord Hale" also names; it is no
            // first name ("Tom Hale" stays his name).
            (
                "Lord Hale of Leeds ruled. Lord Hale said no.",
                vec![(
                    "Hale of Leeds",
                    vec!["Hale", "Lord Hale", "Lord Hale of Leeds"],
                )],
            ),
            (
                "Tom Hale spoke. Lord Hale of Leeds died.",
                vec![("Tom Hale", vec!["Hale of Leeds", "Lord Hale of Leeds"])],
            ),
            // A first name alone that speaks, and one that is someone's named in full.
            ("\"I would,\" Melanie said.", vec![("Melanie", vec![])]),
            (
                "Correspondent Glenn Campbell came. Glenn said no.",
                vec![("Glenn Campbell", vec!["Glenn"])],
            ),
            // After "Mr", a first name is not that of someone the article calls "Mr" and
            // their last name; after "Sir", or with no "Mr" by the last name, it is.
            (
                "MP Ross Keller quit. Mr Keller left. Mr Ross said no.",
                vec![
                    ("Ross Keller", vec!["Keller", "Mr Keller"]),
                    ("Ross", vec!["Mr Ross"]),
                ],
            ),
            (
                "Sir Ross Keller quit. Mr Keller left. Sir Ross said no.",
                vec![(
                    "Ross Keller",
                    vec!["Keller", "Mr Keller", "Ross", "Sir Ross", "Sir Ross Keller"],
                )],
            ),
            (
                "Minister Tan Wei Ming came. Mr Tan said no.",
                vec![("Tan Wei Ming", vec!["Mr Tan", "Tan"])],
            ),
            // A name that opens with a particle is a surname; initials together, and a particle
            // joined by a hyphen, stand inside a name.
            (
                "Former leader P.J. van Rooyen left. Van Rooyen said no.",
                vec![("P.J. van Rooyen", vec!["Van Rooyen"])],
            ),
            (
                "Minister Omar al-Haddad came. Al-Haddad spoke.",
                vec![("Omar al-Haddad", vec!["Al-Haddad"])],
            ),
            (
                "The coach picked Peter den Hartog on Monday.",
                vec![("Peter den Hartog", vec![])],
            ),
        ] {
            let x = extract(input);
            let got: Vec<(&str, Vec<&str>)> = x
                .people
                .iter()
                .map(|p| {
                    (
                        p.name.as_str(),
                        p.alternate_names.iter().map(String::as_str).collect(),
                    )
                })
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }
}
