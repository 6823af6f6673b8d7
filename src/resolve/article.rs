//! Resolution: which mentions are the same person, and whom "he", "they" and "the Kremlin
//! leader" stand for.
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

use crate::extract::countries::CountryMention;
use crate::extract::offices::OfficeMention;
use crate::extract::people::NameMention;
use crate::gazetteer::FormKind;
use crate::gazetteer::{gazetteer, honorific_sex, Sex, TitleKind};
use crate::segment::{Segments, Span};
use crate::text::{fold, Word};
use std::collections::BTreeSet;

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
    // A name after a royal title or a rank ("Prince Charles", "ex-King Michael").
    let royal = |n: &NameMention| {
        n.titled
            && text[..n.full.start]
                .split_whitespace()
                .next_back()
                .map(|w| crate::text::after_ex(w).unwrap_or(w))
                .and_then(|w| crate::gazetteer::gazetteer().title(w))
                .is_some_and(|t| matches!(t.kind, TitleKind::Royal | TitleKind::Rank))
    };
    // The last names the article gives an honorific alone ("Mr Flight"), folded.
    let addressed: std::collections::HashSet<String> = names
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
            // whose first name is a man's. (A man's may join a first name the records give
            // women: "Lakshmi Mittal … Mr Mittal".)
            let wanted = n.honorific.as_deref().map_or(Sex::Unknown, honorific_sex);
            let agrees = |p: usize| match wanted {
                Sex::Unknown => true,
                Sex::Female => sex(&people[p]) != Sex::Male,
                Sex::Male => sex_by_honorific(&people[p]) != Sex::Female,
            };
            nearest_with_surname(&keys, &people, &last, n.span.start, &|p| {
                !(plain && knighted(p)) && agrees(p)
            })
            .or_else(|| nearest_with_surname(&keys, &people, &last, n.span.start, &agrees))
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

/// The word of `words` that is the surname: the last, or the first of a peer's name
/// ("Nicholls" in "Nicholls of Birkenhead").
fn surname_word(words: &[String]) -> &str {
    if peer_name(words) {
        &words[0]
    } else {
        words.last().map_or("", String::as_str)
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

/// What a speaker mention stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referent {
    /// The words ("he", "Zelensky", "the Kremlin leader").
    pub span: Span,
    /// The people they stand for (several for "they"); empty when unresolved.
    pub people: Vec<usize>,
    /// Where the antecedent stands, for a pronoun or description that was resolved.
    pub antecedent: Option<Span>,
    /// For a description whose office nobody holds yet in the article ("The prime minister
    /// was speaking …" after "Tony Blair has predicted …"): the title, which the person it
    /// resolves to then holds.
    pub office: Option<crate::gazetteer::Title>,
    /// For a description that names a country ("the British prime minister"): the country,
    /// which the post of the person it resolves to then has.
    pub country: Option<&'static str>,
    /// For a description of a former post ("the former home secretary", "the ex-minister"):
    /// the person it resolves to held it.
    pub former: bool,
}

impl Referent {
    /// Words that stand for someone not yet known: a pronoun or a description before it is
    /// resolved.
    fn unresolved(span: Span) -> Self {
        Referent {
            span,
            people: vec![],
            antecedent: None,
            office: None,
            country: None,
            former: false,
        }
    }
}

/// Every possible speaker outside quotations, in text order: people's mentions, pronouns and
/// definite descriptions, each resolved.
pub fn referents(
    text: &str,
    ws: &[Word<'_>],
    seg: &Segments,
    people: &[Person],
    mentions: &[PersonMention],
    offices: &[(usize, &OfficeMention)],
    countries: &[CountryMention],
) -> Vec<Referent> {
    // A transcript label ("\"WALLACE: …") names the speaker even inside a quotation.
    let label = |span: Span| {
        let i = seg.labels.partition_point(|l| l.label.start < span.start);
        seg.labels.get(i).is_some_and(|l| l.label == span)
    };
    let mut out: Vec<Referent> = mentions
        .iter()
        .filter(|m| !seg.in_quote(m.span.start) || label(m.span))
        .map(|m| Referent {
            people: vec![m.person],
            ..Referent::unresolved(m.span)
        })
        .collect();
    let mut extra = Vec::new();
    // Descriptions of posts, whether or not they refer to anyone: (words, role).
    let mut named_posts: Vec<(Span, String)> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if seg.in_quote(w.span.start) {
            continue;
        }
        match w.text {
            "he" | "He" | "she" | "She" | "they" | "They" => {
                extra.push(Referent::unresolved(w.span))
            }
            "the" | "The" => {
                if let Some(span) = person_description(text, ws, i, seg) {
                    extra.push(Referent::unresolved(span));
                    continue;
                }
                let opens = w.text == "The" || opens_clause(text, ws, i, seg);
                // Read as if it opened a clause: a post nobody holds yet is then named, and
                // refers back only if it does open one ("said the chancellor had failed"
                // names a post and refers to no one).
                if let Some(r) = description(text, &ws[i..], offices, countries, true) {
                    if let Some(t) = &r.office {
                        named_posts.push((r.span, t.role.clone()));
                    }
                    if opens || r.office.is_none() {
                        extra.push(r);
                    }
                }
            }
            // "Scotland's first minister has told …": a country's possessive before a title.
            _ if w.possessive => {
                let Some(c) = countries
                    .iter()
                    .find(|c| c.span.end == w.span.end && c.kind == FormKind::Name)
                else {
                    continue;
                };
                let first = ws[..=i].partition_point(|x| x.span.start < c.span.start);
                if ws[first].span.start != c.span.start {
                    continue;
                }
                let opens = opens_clause(text, ws, first, seg);
                if let Some(r) = description(text, &ws[first..], offices, countries, opens) {
                    extra.push(r);
                }
            }
            _ => {}
        }
    }
    out.extend(extra);
    out.sort_by_key(|r| r.span);
    // Resolve pronouns in text order, each from the referents before it.
    let mut gained: Vec<(usize, String, TitleKind, Span)> = Vec::new();
    // Posts that a description inside someone's words shows are not theirs: "Vince Cable said
    // the chancellor had failed" (person, role).
    let mut denied: BTreeSet<(usize, String)> = BTreeSet::new();
    let mut next_post = 0;
    for i in 0..out.len() {
        if !out[i].people.is_empty() || out[i].antecedent.is_some() {
            continue;
        }
        let word = out[i].span.of(text).to_lowercase();
        let here = out[i].span.start;
        let para = seg.paragraph_index(here);
        // Posts named before here in someone's words: "Vince Cable said the chancellor had
        // failed" (not Cable's, whoever the chancellor is).
        while let Some((at, role)) = named_posts.get(next_post).filter(|(at, _)| at.start < here) {
            let sentence = seg.sentences[seg.sentence_index(at.start)];
            let from = out[..i].partition_point(|r| r.span.start < sentence.start);
            denied.extend(
                out[from..i]
                    .iter()
                    .filter(|r| sentence.contains(r.span.start) && r.span.end <= at.start)
                    .filter(|r| r.people.len() == 1 && speaks(text, r.span))
                    .map(|r| (r.people[0], role.clone())),
            );
            next_post += 1;
        }
        let resolved = if word == "they" {
            group_before(seg, &out[..i], here)
        } else {
            let wanted = match word.as_str() {
                "she" => Sex::Female,
                "he" => Sex::Male,
                // A description, by its noun ("the 60-year-old actor").
                _ => match word.rsplit(' ').next().unwrap_or("") {
                    "actor" | "man" | "father" | "husband" | "brother" | "son" | "boy" => Sex::Male,
                    "actress" | "woman" | "mother" | "wife" | "sister" | "daughter" | "girl" => {
                        Sex::Female
                    }
                    _ => Sex::Unknown,
                },
            };
            // A description that states an office ("The president said") goes to someone only
            // when their offices agree with it: not the prime minister of the article.
            let title = out[i].office.clone();
            let country = out[i].country.filter(|_| title.is_some());
            let fits = |r: &Referent| {
                r.people.len() == 1
                    && (wanted == Sex::Unknown || sex(&people[r.people[0]]) != wanted.opposite())
                    && title.as_ref().is_none_or(|t| {
                        let p = r.people[0];
                        if denied
                            .range((p, String::new())..(p + 1, String::new()))
                            .any(|(_, role)| same_post(role, &t.role))
                        {
                            return false;
                        }
                        offices
                            .iter()
                            .filter(|(q, _)| *q == p)
                            .all(|(_, o)| post_covers(&o.role, o.kind, &t.role))
                            && gained
                                .iter()
                                .filter(|(q, ..)| *q == p)
                                .all(|(_, role, kind, _)| post_covers(role, *kind, &t.role))
                    })
                    // "The French president said": not someone holding another country's post.
                    && country.is_none_or(|c| {
                        offices
                            .iter()
                            .filter(|(q, o)| *q == r.people[0] && o.country.is_some())
                            .all(|(_, o)| o.country == Some(c))
                    })
            };
            // The subject of this sentence before the pronoun, else of the nearest sentence
            // before that names someone who fits ("Mr Balls … said. He added …").
            let si = seg.sentence_index(here);
            // A description inside a sentence ("Blair has backed the report. In a speech, the
            // prime minister said …") never stands for someone its own sentence names before
            // it ("Mr Howard said the prime minister …" is not Howard), and it looks back no
            // further than the nearest sentence that names someone: the one who speaks there,
            // else the first named, if they fit.
            let opener = {
                let said = out[i].span.of(text);
                said.starts_with("The")
                    || !said.starts_with("the")
                        && text[seg.sentences[si].start..here].trim().is_empty()
            };
            let inner = title.is_some() && !opener;
            // A possessive ("The prime minister's official spokesman said") is no subject: the
            // person of the sentences before is no reason; the first person its own sentence
            // names after it is ("The prime minister's spokesman set out Mr Blair's view"), as
            // are a post given before and the person who starts the next sentence.
            let owner = title.is_some() && text[out[i].span.end..].starts_with(['\'', '’']);
            // One description, one person: a post that an earlier description of the article
            // gave someone stays theirs ("The prime minister said … Later, the prime minister
            // said …").
            let mut found = title.as_ref().filter(|_| !out[i].former).and_then(|t| {
                gained
                    .iter()
                    .find(|(_, role, ..)| same_post(role, &t.role))
                    .map(|(p, .., at)| (vec![*p], *at))
            });
            let own = seg.sentences[si];
            if owner && found.is_none() {
                found = out[i + 1..]
                    .iter()
                    .take_while(|r| r.span.start < own.end)
                    .find(|r| r.antecedent.is_none() && r.people.len() == 1)
                    .filter(|r| fits(r))
                    .map(|r| (r.people.clone(), r.span));
            }
            // A pronoun that speaks after the words it said ("Tony Blair would lead the
            // campaign, he said."): not someone those words name.
            // (Unless its sentence introduces the person by their full name, who then mostly
            // speaks of themselves: "Former Rep. Chris Shays was pro John Kasich while …, he
            // said".)
            let full_name = |r: &Referent| {
                r.span
                    .of(text)
                    .split_whitespace()
                    .filter(|w| !crate::gazetteer::HONORIFICS.contains(&w.trim_end_matches('.')))
                    .count()
                    >= 2
            };
            let postposed = !owner && postposed_speaker(text, seg, &out[i], &word) && {
                let from = out[..i].partition_point(|r| r.span.start < own.start);
                !out[from..i].iter().any(|r| {
                    fits(r) && full_name(r) && !out[..from].iter().any(|e| e.people == r.people)
                })
            };
            let named_here = |p: usize| {
                out.iter()
                    .any(|r| r.people == [p] && own.contains(r.span.start) && r.span != out[i].span)
            };
            for s in (0..=si).rev() {
                if found.is_some() || owner {
                    break;
                }
                let sentence = seg.sentences[s];
                if seg.paragraph_index(sentence.start) + 3 < para {
                    break;
                }
                if (inner || postposed) && s == si {
                    continue;
                }
                if inner {
                    let named = || {
                        out[..i]
                            .iter()
                            .filter(|r| sentence.contains(r.span.start) && r.people.len() == 1)
                    };
                    if let Some(r) = named()
                        .find(|r| speaks(text, r.span))
                        .or_else(|| named().next())
                    {
                        let subject =
                            speaks(text, r.span) || opens_sentence(text, sentence, r.span);
                        // "Mr Brown and Mr Blair staged …": either of them.
                        let paired = named().any(|o| {
                            o.span != r.span
                                && (text.get(r.span.end..o.span.start) == Some(" and ")
                                    || text.get(o.span.end..r.span.start) == Some(" and "))
                        });
                        // (A pronoun resolved in its own sentence counts as its person: "Tony
                        // Blair has dismissed reports he told Gordon Brown … \"…,\" the prime
                        // minister told …".)
                        let near = |at: Span| sentence.contains(at.start);
                        found = (r.antecedent.is_none()
                            || pronoun(text, r) && r.antecedent.is_some_and(near))
                        .then_some(r)
                        .filter(|r| subject && !paired && fits(r) && !named_here(r.people[0]))
                        .map(|r| (r.people.clone(), r.antecedent.unwrap_or(r.span)));
                        break;
                    }
                    continue;
                }
                // (Nor, for a description, someone who speaks after it in its own sentence:
                // "The Tory leader wants to meet voters, Mr Fox said" is not Fox.)
                let speaks_after = |p: usize| {
                    title.is_some()
                        && out[i + 1..]
                            .iter()
                            .take_while(|r| r.span.start < own.end)
                            .any(|r| r.people == [p] && speaks(text, r.span))
                };
                let candidates = || {
                    out[..i]
                        .iter()
                        .filter(|r| sentence.contains(r.span.start) && r.span.start < here)
                        .filter(|r| fits(r) && !speaks_after(r.people[0]))
                };
                // A post goes to the one who speaks in that sentence, if anyone does ("George
                // W Bush will … as US President, Tony Blair has said. The prime minister
                // said …": Blair), else to its first person.
                // A description with a country ("The French president said") is no one's when
                // that sentence names two who fit: either may be of another country.
                if country.is_some()
                    && candidates()
                        .map(|r| r.people[0])
                        .collect::<BTreeSet<_>>()
                        .len()
                        > 1
                {
                    break;
                }
                // So does a pronoun ("In a speech on the re-election of George W Bush, Mr
                // Kennedy said … He wants …": Kennedy, not the first person named).
                // (First one who speaks after the words they said: "It was no good Mr Blair
                // claiming …, argued Mr Howard" is Howard's.)
                // (In its own sentence, a pronoun is the nearest who speaks before it: "He
                // alleges that Mr Hale told Mr Lee he would step down" is Hale.)
                let speaker = candidates()
                    .find(|r| speaks_after_words(text, sentence, r.span))
                    .or_else(|| {
                        if s == si && title.is_none() {
                            candidates().filter(|r| speaks(text, r.span)).last()
                        } else {
                            candidates().find(|r| speaks(text, r.span))
                        }
                    });
                // Else its first person, unless that is a possessive and someone after is a
                // verb's subject, in its noun phrase or after "and" ("Fowler's double strike
                // helped City …, and Keegan sympathised …": Keegan).
                let possessive = |r: &Referent| text[r.span.end..].starts_with(['\'', '\u{2019}']);
                let subject = |r: &&Referent| {
                    let before = text[..r.span.start].trim_end();
                    let after = text[r.span.end..].trim_start();
                    let next = after
                        .split(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    !possessive(r)
                        && !matches!(
                            before.rsplit(|c: char| !c.is_alphabetic()).next(),
                            Some("in" | "at" | "of" | "for" | "with" | "by" | "to" | "from" | "on")
                        )
                        && next.starts_with(char::is_lowercase)
                        && !matches!(next, "to" | "of" | "in" | "at" | "and" | "or" | "for")
                };
                // (The head of the possessive's noun phrase, "Jaynes' lawyer David Oblon", or
                // the subject of a clause after "and".)
                let near = |o: &Referent, r: &Referent| {
                    let gap = text.get(o.span.end..r.span.start).unwrap_or(",");
                    !gap.contains([',', ';', '(', '"', '\u{201c}', '\u{2013}', '\u{2014}'])
                        && !gap.contains(" - ")
                        && gap.split_whitespace().count() <= 5
                        || text[..r.span.start].trim_end().ends_with(" and")
                };
                let first = candidates().next();
                found = speaker
                    .or_else(|| {
                        let o = first.filter(|r| possessive(r))?;
                        candidates().find(|r| subject(r) && near(o, r))
                    })
                    .or(first)
                    .map(|r| (r.people.clone(), r.antecedent.unwrap_or(r.span)));
                if found.is_some() {
                    break;
                }
            }
            // "The first minister's statement was cautious. Jack McConnell's comment …": a
            // description that starts a sentence, which no one before fits, may name the next
            // person, in its sentence or the next (in its paragraph, or opening the next one:
            // news often gives each sentence a paragraph), when that person starts a sentence.
            // So may a description that speaks, inside a sentence, name the next person who
            // speaks ("… needs to be exploded, the pensions minister has said. This was why …,
            // Alan Johnson said.").
            let speaking = title.is_some() && speaks(text, out[i].span);
            if found.is_none() && title.is_some() && (opener || speaking) {
                let until = seg
                    .sentences
                    .get(si + 1)
                    .filter(|s| seg.paragraph_index(s.start) <= para + 1)
                    .map_or(seg.sentences[si].end, |s| s.end);
                // The person must start a sentence, perhaps after an honorific ("Lord
                // Falconer insists"): its subject.
                let starts_sentence = |r: &Referent| {
                    let s = seg.sentences[seg.sentence_index(r.span.start)];
                    let before = text[s.start..r.span.start].trim();
                    before.is_empty() || crate::gazetteer::HONORIFICS.contains(&before)
                };
                // The people fit for it up to there, in text order.
                let ahead = || {
                    out[i + 1..]
                        .iter()
                        .take_while(|r| r.span.start < until)
                        .filter(|r| r.antecedent.is_none() && fits(r))
                };
                // A possessive description is the person named in the possessive there ("The
                // first minister's statement … Jack Law, of Alcohol Focus Scotland, said Jack
                // McConnell's comment …"), before the one who starts a sentence.
                let parallel = owner
                    .then(|| ahead().find(|r| text[r.span.end..].starts_with(['\'', '’'])))
                    .flatten();
                found = parallel
                    .or_else(|| {
                        ahead()
                            .next()
                            .filter(|r| starts_sentence(r) || speaking && speaks(text, r.span))
                    })
                    .map(|r| (r.people.clone(), r.span));
            }
            found
        };
        if let Some((people, at)) = resolved {
            if let (Some(t), [p], false) = (&out[i].office, people.as_slice(), out[i].former) {
                gained.push((*p, t.role.clone(), t.kind, at));
            }
            out[i].people = people;
            out[i].antecedent = Some(at);
        }
    }
    out
}

/// Whether `r` is a pronoun ("he", "she").
fn pronoun(text: &str, r: &Referent) -> bool {
    matches!(r.span.of(text), "he" | "He" | "she" | "She")
}

/// Whether the pronoun `r` ("he", "she") speaks after what it said, at its sentence's end
/// ("…, he said.", "…, she told the BBC."): a comma before it, a speech verb after it and few
/// words after that, none of them a clause's subject ("while he tipped Swank, he predicted it
/// would be close" is no such).
fn postposed_speaker(text: &str, seg: &Segments, r: &Referent, word: &str) -> bool {
    let sentence = seg.sentences[seg.sentence_index(r.span.start)];
    let before = text[sentence.start..r.span.start].trim_end();
    let rest = &text[r.span.end..sentence.end];
    let mut after = rest.split_whitespace().skip(1);
    let opens = before
        .split_whitespace()
        .find(|w| !matches!(*w, "But" | "And" | "So" | "Yet"))
        .map(|w| crate::text::lowercase(w));
    matches!(word, "he" | "she")
        && r.office.is_none()
        && before.ends_with(',')
        && speaks(text, r.span)
        && !opens.is_some_and(|w| SUBORDINATORS.contains(&w.as_ref()))
        && rest.split_whitespace().count() <= 8
        && !after.any(|w| {
            matches!(
                crate::text::lowercase(w).as_ref(),
                "that" | "it" | "he" | "she" | "they" | "we" | "i" | "there" | "this"
            )
        })
}

/// Words that open a subordinate clause, before a main clause's subject.
const SUBORDINATORS: &[&str] = &[
    "while", "when", "whilst", "as", "although", "though", "if", "because", "after", "before",
    "since", "once", "unless", "despite", "whether",
];

/// Whether the words after `span` are a speech verb, perhaps after an auxiliary: "Tony Blair
/// has said", "Mr Blunkett told".
fn speaks(text: &str, span: Span) -> bool {
    text[span.end..]
        .split_whitespace()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .find(|w| {
            !matches!(
                w.as_str(),
                "has" | "had" | "have" | "also" | "later" | "then"
            )
        })
        .is_some_and(|w| gazetteer().is_cue_verb(&w))
}

/// Whether `span` names who speaks after the words they said, behind the verb and perhaps a
/// title: "…, argued Mr Howard.", "…, said Tory leader Michael Howard." (a comma or a closing
/// quotation mark before the verb).
fn speaks_after_words(text: &str, sentence: Span, span: Span) -> bool {
    let before = &text[sentence.start..span.start];
    let mut words = before.split_whitespace().rev();
    let verb = words
        .by_ref()
        .take(4)
        .find(|w| !w.starts_with(char::is_uppercase) && !crate::extract::name_words::job_word(w));
    let Some(verb) = verb else {
        return false;
    };
    // Then the end of the sentence, an apposition, or a phrase of place or time ("said Mr
    // Howard on Monday"), not a verb ("…, said Mr Lee had won": his words).
    let after = text.get(span.end..sentence.end).unwrap_or("").trim_start();
    let next = after.split_whitespace().next().unwrap_or("");
    let ends = after.is_empty()
        || after.starts_with(['.', ',', ';', '!', '?'])
        || matches!(
            next,
            "on" | "in" | "at" | "of" | "yesterday" | "today" | "last"
        );
    ends && gazetteer().is_cue_verb(&crate::text::lowercase(verb))
        && words
            .next()
            .is_some_and(|w| w.ends_with([',', '"', '\u{201d}']))
}

/// Whether two titles can name one post: the same words, one inside the other ("Chancellor",
/// "Chancellor of the Exchequer"), or "Premier" for "Prime Minister".
///
/// ```
/// use newsgraph::resolve::same_post;
/// assert!(same_post("Chancellor", "chancellor of the exchequer"));
/// assert!(same_post("Premier", "Prime Minister"));
/// assert!(!same_post("Prime Minister", "President"));
/// assert!(!same_post("Prime Minister", "Deputy Prime Minister"));
/// ```
pub fn same_post(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let s = s.to_lowercase();
        if s == "premier" {
            "prime minister".to_owned()
        } else {
            s
        }
    };
    let (a, b) = (norm(a), norm(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long == short || long.starts_with(&format!("{short} "))
}

/// Whether a post held (`role`, of `kind`) is what a description's `described` role names:
/// the same post ([`same_post`]), any minister's for "the minister" ("The minister told
/// delegates" after "Trade and Industry Secretary Patricia Hewitt"), or a secretary of state's
/// for any secretary ("the culture secretary").
///
/// ```
/// use newsgraph::gazetteer::TitleKind;
/// use newsgraph::resolve::post_covers;
/// assert!(post_covers("Trade and Industry Secretary", TitleKind::Minister, "minister"));
/// assert!(post_covers("Chancellor", TitleKind::Minister, "Chancellor"));
/// assert!(!post_covers("Prime Minister", TitleKind::HeadOfGovernment, "Minister"));
/// assert!(post_covers("Secretary of State", TitleKind::Minister, "Culture Secretary"));
/// assert!(post_covers("Secretary of State for Culture", TitleKind::Minister, "culture secretary"));
/// assert!(!post_covers("Secretary of State for Health", TitleKind::Minister, "Culture Secretary"));
/// ```
pub fn post_covers(role: &str, kind: TitleKind, described: &str) -> bool {
    same_post(role, described)
        || kind == TitleKind::Minister && described.eq_ignore_ascii_case("minister")
        // "The Secretary of State for Culture, Media and Sport, Tessa Jowell, …": her post is
        // a secretary's ("The culture secretary said …"), of that department when it is given.
        || {
            let (role, described) = (role.to_lowercase(), described.to_lowercase());
            let department = role
                .strip_prefix("secretary of state")
                .map(|rest| rest.trim_start().trim_start_matches("for").trim_start());
            match (department, described.strip_suffix(" secretary")) {
                (Some(held), Some(named)) => held.is_empty() || held.starts_with(named),
                _ => false,
            }
        }
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

/// The people "they" stands for: two or more named in the sentence before (or earlier in this one).
fn group_before(seg: &Segments, before: &[Referent], here: usize) -> Option<(Vec<usize>, Span)> {
    let si = seg.sentence_index(here);
    for s in [si, si.saturating_sub(1)] {
        let sentence = seg.sentences[s];
        let group: BTreeSet<usize> = before
            .iter()
            .filter(|r| {
                sentence.contains(r.span.start) && r.span.start < here && r.antecedent.is_none()
            })
            .flat_map(|r| r.people.iter().copied())
            .collect();
        if group.len() >= 2 {
            let mut ordered: Vec<usize> = Vec::new();
            for r in before.iter().filter(|r| sentence.contains(r.span.start)) {
                for p in &r.people {
                    if !ordered.contains(p) {
                        ordered.push(*p);
                    }
                }
            }
            return Some((ordered, sentence));
        }
    }
    None
}

/// Whether the word `ws[i]` starts a clause: it starts its sentence, follows a comma, dash,
/// bracket or colon ("In a speech, the prime minister said"), follows a word that opens its
/// sentence ("As the Tory leader said", "But the chancellor said"), or follows "that" or a verb
/// of saying or thinking ("That suggests the Lib Dem leader believes …").
fn opens_clause(text: &str, ws: &[Word<'_>], i: usize, seg: &Segments) -> bool {
    let sentence = seg.sentences[seg.sentence_index(ws[i].span.start)];
    let starts = |k: usize| k == 0 || ws[k - 1].span.end <= sentence.start;
    if starts(i) {
        return true;
    }
    let prev = &ws[i - 1];
    let between = &text[prev.span.end..ws[i].span.start];
    let joined = between.trim().is_empty();
    between.contains([',', '-', '–', '—', '(', ':', ';'])
        // A clause reported or thought: "That suggests the Lib Dem leader believes …", "reports
        // that the prime minister favours …".
        || joined && (prev.text == "that" || crate::gazetteer::gazetteer().is_cue_verb(prev.text))
        // A clause after a conjunction of time or reason: "It comes after Pakistan's high
        // commissioner said …", "because the chancellor wants …", "as the prime minister
        // prepares …" (a verb must follow).
        || joined
            && matches!(
                prev.text,
                "after" | "before" | "since" | "because" | "although" | "though" | "when"
                    | "while" | "until" | "unless" | "once" | "if" | "as"
            )
        || starts(i - 1)
            && matches!(
                prev.text.to_lowercase().as_str(),
                "as" | "and" | "but" | "so" | "yet" | "when" | "while"
            )
}

/// "The 27-year-old", "the 34-year-old singer", "the Moroccan", "the Australian star" (`ws[i]`
/// is "the"): a description by age or nationality that refers to someone named before, when
/// it opens its sentence or speaks ("…," the 24-year-old said; "…," said the Scot.). Its
/// words, with a person's noun after the age or nationality.
fn person_description(text: &str, ws: &[Word<'_>], i: usize, seg: &Segments) -> Option<Span> {
    let g = gazetteer();
    let head = ws.get(i + 1).filter(|w| {
        w.joined
            && (w.text.ends_with("-year-old") && w.text.starts_with(|c: char| c.is_ascii_digit())
                || demonym_noun(w.text))
    })?;
    // A person's noun after it ("the 34-year-old singer", "the 27-year-old man").
    let noun = ws.get(i + 2).filter(|w| {
        w.joined
            && (crate::extract::name_words::PERSON_NOUNS.contains(w.text)
                || matches!(w.text, "man" | "woman" | "boy" | "girl"))
    });
    let end = noun.unwrap_or(head).span.end;
    let sentence = seg.sentences[seg.sentence_index(ws[i].span.start)];
    let cue = |w: &str| w.starts_with(char::is_lowercase) && g.is_cue_verb(w);
    let after = text[end..].trim_start();
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let verb_after = cue(next);
    let verb_before = i > 0
        && ws[i - 1].span.end > sentence.start
        && cue(ws[i - 1].text)
        && after.starts_with(['.', ',']);
    // A nationality stands for a person alone when it is a noun ("the Moroccan", "the Scot"):
    // before a comma, a full stop or a verb ("the American economy" is no one).
    if noun.is_none()
        && !head.text.ends_with("-year-old")
        && !(after.starts_with([',', '.'])
            || verb_after
            || matches!(
                next,
                "has" | "had" | "is" | "was" | "will" | "would" | "also"
            ))
    {
        return None;
    }
    (ws[i].text == "The" && opens_sentence(text, sentence, ws[i].span) || verb_after || verb_before)
        .then(|| Span::new(ws[i].span.start, end))
}

/// Whether `word` is a nationality that names one person: a demonym in title case that is a
/// noun ("Moroccan", "Scot"), not an adjective only ("French") nor a plural.
fn demonym_noun(word: &str) -> bool {
    let demonym = || {
        gazetteer()
            .country_form(word)
            .is_some_and(|(_, kind)| kind == FormKind::Demonym)
    };
    word.starts_with(char::is_uppercase)
        && (matches!(
            word,
            "Scot" | "Briton" | "Swede" | "Dane" | "Finn" | "Pole" | "Turk" | "Spaniard"
        ) || (word.ends_with("an") || word.ends_with('i')) && demonym())
}

/// Whether `span` opens `sentence`, perhaps after one linking word and an honorific ("But Mr
/// Howard …", "Meanwhile, Mr Brown …").
fn opens_sentence(text: &str, sentence: Span, span: Span) -> bool {
    let before = text[sentence.start..span.start].trim();
    let before = crate::gazetteer::HONORIFICS
        .iter()
        .find_map(|h| {
            before
                .strip_suffix(h)
                .filter(|b| b.is_empty() || b.ends_with([' ', ',']))
        })
        .unwrap_or(before)
        .trim()
        .trim_end_matches(',');
    before.is_empty()
        || matches!(
            before,
            "But" | "And" | "So" | "Yet" | "However" | "Meanwhile" | "Now" | "Then" | "Later"
        )
}

/// Whether the words after a description make it the subject of a verb: a lower-case word
/// that is not a preposition, conjunction or relative pronoun ("the chancellor has said", "the
/// prime minister probably hopes"; not "the chancellor of …", "the leader and …").
fn verb_follows(text: &str, ws: &[Word<'_>], end: usize) -> bool {
    let Some(next) = ws.get(end) else {
        return false;
    };
    let last = &ws[end - 1];
    !last.possessive
        && text[last.span.end..next.span.start].trim().is_empty()
        && next.text.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            next.text,
            "of" | "and"
                | "or"
                | "to"
                | "in"
                | "for"
                | "on"
                | "at"
                | "with"
                | "by"
                | "from"
                | "who"
                | "whose"
                | "which"
                | "that"
                | "as"
                | "than"
                | "into"
                | "over"
                | "under"
                | "about"
                | "after"
                | "before"
                | "nor"
        )
}

/// "the Kremlin leader", "the Ukrainian president", "the prime minister", "Scotland's first
/// minister" (`ws` starts at "the" or at the country): the person holding such an office in
/// this article, when there is exactly one. `opens`: whether the description starts a clause,
/// so that it may be the subject of a verb after it.
fn description(
    text: &str,
    ws: &[crate::text::Word<'_>],
    offices: &[(usize, &OfficeMention)],
    countries: &[CountryMention],
    opens: bool,
) -> Option<Referent> {
    let g = gazetteer();
    // After "the", or a country's possessive ("Scotland's first minister"; no "former" then).
    let by_country = !ws[0].text.eq_ignore_ascii_case("the");
    let mut j = usize::from(!by_country);
    // "the former home secretary", "the ex-home secretary": who held it.
    let mut former = false;
    if !by_country
        && ws
            .get(1)
            .is_some_and(|w| w.joined && w.text.eq_ignore_ascii_case("former"))
    {
        former = true;
        j = 2;
    }
    let mut iso = None;
    if let Some(c) = ws
        .get(j)
        .and_then(|w| countries.iter().find(|c| c.span.start == w.span.start))
    {
        iso = Some(c.iso);
        while j < ws.len() && ws[j].span.end <= c.span.end {
            j += 1;
        }
    }
    if by_country && !(iso.is_some() && j > 0 && ws[j - 1].possessive) {
        return None;
    }
    // A party's member: "the Labour MP", "the former Tory minister" (the party's, not the
    // portfolio of a "Labour Minister", whose words are capitalised).
    if !by_country && iso.is_none() {
        if let (Some(party), Some(next)) = (ws.get(j), ws.get(j + 1)) {
            // (A party's leader is a title of its own: "the Tory leader".)
            let whole = g.title(&format!("{} {}", party.text, next.text));
            if party.is_capitalized()
                && next.joined
                && g.is_party(party.text)
                && g.title(next.text).is_some()
                && whole.as_ref().is_none_or(|t| {
                    t.kind != TitleKind::PartyLeader && next.text.starts_with(char::is_lowercase)
                })
            {
                iso = g.party_country(party.text);
                j += 1;
            }
        }
    }
    let max = g.max_title_words().min(ws.len().saturating_sub(j));
    let ex = ws.get(j).and_then(|w| crate::text::after_ex(w.text));
    former |= ex.is_some();
    let (k, title) = (1..=max).rev().find_map(|k| {
        let last = match ex {
            Some(rest) if k == 1 => rest,
            _ => ws[j + k - 1].text,
        };
        if !g.may_end_title(last) {
            return None;
        }
        let mut phrase: Vec<&str> = ws[j..j + k].iter().map(|w| w.text).collect();
        if let Some(rest) = ex {
            phrase[0] = rest;
        }
        let phrase = phrase.join(" ");
        if phrase.eq_ignore_ascii_case("leader") {
            return Some((k, None));
        }
        g.title(&phrase).map(|t| (k, Some(t)))
    })?;
    let role = title.as_ref().map(|t| t.role.clone());
    let end = ws[j + k - 1];
    // "The European ministers' comments": many people, no one's post.
    if end.text.eq_ignore_ascii_case("ministers") {
        return None;
    }
    // "the President Donald Trump" is a title before a name, not a description; "The prime
    // minister and chancellor faced …" is two people.
    if ws
        .get(j + k)
        .is_some_and(|n| n.joined && n.is_capitalized() || n.text == "and")
        || !ws[1..j + k]
            .iter()
            .zip(1..)
            .all(|(w, n)| w.joined || by_country && n == j)
    {
        return None;
    }
    // "the British prime minister": the prime minister of Britain, or the one whose country
    // the article has not said.
    let posts = || {
        offices
            .iter()
            .filter(|(_, o)| iso.is_none_or(|c| o.country.is_none_or(|oc| oc == c)))
            .filter(|(_, o)| o.former == former)
            .filter(|(_, o)| match &role {
                Some(r) => o.role.eq_ignore_ascii_case(r),
                None => matches!(o.kind, TitleKind::HeadOfState | TitleKind::HeadOfGovernment),
            })
    };
    let mut holders: BTreeSet<usize> = posts().map(|(p, _)| *p).collect();
    // ("President Bush … French President Jacques Chirac … The French president said": the
    // one whose post the article gives that country, before one whose country it has not
    // said.)
    if iso.is_some() && holders.len() > 1 {
        let stated: BTreeSet<usize> = posts()
            .filter(|(_, o)| o.country.is_some())
            .map(|(p, _)| *p)
            .collect();
        if stated.len() == 1 {
            holders = stated;
        }
    }
    let span = Span::new(ws[0].span.start, end.span.end);
    if holders.len() == 1 {
        Some(Referent {
            span,
            people: holders.into_iter().collect(),
            antecedent: Some(span),
            office: None,
            country: iso,
            former,
        })
    } else if holders.is_empty()
        && title
            .as_ref()
            .is_some_and(|t| !matches!(t.kind, TitleKind::Royal | TitleKind::Rank))
        && (ws[0].text == "The" || opens && verb_follows(text, ws, j + k))
        // "The Scottish Conservative leader, David McLetchie, said": an apposition names the
        // holder, not someone before.
        && !text[end.span.end..]
            .strip_prefix(',')
            .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase))
    {
        // "The prime minister was speaking …", "In a speech, the prime minister said …": the
        // person of the sentence before, who then holds the office.
        Some(Referent {
            span,
            people: vec![],
            antecedent: None,
            office: title,
            country: iso,
            former,
        })
    } else {
        None
    }
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

    /// A description inside a sentence ("In a speech, the prime minister said") stands for the
    /// subject of the nearest sentence before that names someone, when nothing speaks against it.
    #[test]
    fn descriptions_inside_a_sentence_table() {
        for (input, expected) in [
            // After a comma or a word that opens the sentence, before a verb.
            (
                "Tom Hale has backed the plan. In a speech in Leeds, the prime minister said it would work.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            (
                "Tom Hale spoke in Leeds. As the Tory leader declared, taxes must fall.",
                vec![("Tom Hale", "Tory Leader")],
            ),
            (
                "Tom Hale spoke in Leeds. \"We will win,\" the prime minister said.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            (
                "Tom Hale has backed the plan. The call comes as the prime minister prepares to lead the G8.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            // (Not "as" before a noun phrase.)
            (
                "Tom Hale has backed the plan. Voters see Ann Whitby as the prime minister of a lost cause.",
                vec![],
            ),
            // After a verb of saying or thinking, or "that", before a verb: a clause's subject.
            (
                "Mr Tom Hale went on to suggest a deal. That suggests the Lib Dem leader believes he may win.",
                vec![("Tom Hale", "Lib Dem Leader")],
            ),
            (
                "Tom Hale faces a vote. Reports that the prime minister favours May are wrong.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            // The person of the sentence before may follow a linking word and an honorific.
            (
                "But Mr Tom Hale spoke in Leeds. As the Tory leader declared, taxes must fall.",
                vec![("Tom Hale", "Tory Leader")],
            ),
            // A pronoun that speaks there stands for the person its own sentence gave it ...
            (
                "Tom Hale has dismissed reports that he told Ann Whitby to go. \"We do no deals,\" the prime minister said.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            // ... not one its sentence did not give it ("He" of the speaker of a sentence
            // before, who is no one named).
            (
                "Tom Hale spoke in Leeds. A spokesman said yes. He said no more. Later, the prime minister said no.",
                vec![],
            ),
            // Not someone its own sentence names ...
            ("Tom Hale said the prime minister had failed.", vec![]),
            (
                "Tom Hale met Ann Whitby. But the chancellor said Tom Hale was wrong.",
                vec![],
            ),
            // ... nor, for a description that opens its sentence, someone who speaks after it
            // there: the one who speaks of the Tory leader is someone else.
            (
                "Mr Tom Hale will tour Leeds, party chairman Sam Lowe said. The Tory leader wants to meet voters, Mr Lowe said.",
                vec![("Tom Hale", "Tory Leader")],
            ),
            // ... nor an object, nor one who does not start the sentence before ...
            ("Tom Hale spoke. Voters blamed the chancellor for it.", vec![]),
            (
                "The issue came up in Leeds, where Tom Hale spoke. But the chancellor said no.",
                vec![],
            ),
            // ... nor either of two.
            (
                "Tom Hale and Ann Whitby met. Later, the prime minister said no.",
                vec![],
            ),
            // Nor someone in whose words the post is named before.
            (
                "Tom Hale met Ann Whitby. Ann Whitby said the chancellor had failed. The chancellor insisted all was well.",
                vec![("Tom Hale", "Chancellor")],
            ),
            // One description, one person: the second is the first's.
            (
                "Tom Hale has said no. The prime minister was in Leeds. Ann Whitby spoke. Later, the prime minister said yes.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            // A description that opens a sentence, which no one before fits, is the next
            // person to start a sentence: in its paragraph or opening the next, no further.
            (
                "Schools were told to work. The first minister said so.\n\nTom Hale was in Leeds.",
                vec![("Tom Hale", "First Minister")],
            ),
            (
                "The first minister said so.\n\nThe talks went on.\n\nTom Hale was in Leeds.",
                vec![],
            ),
            // A description that speaks inside a sentence, which no one before fits, is the
            // next person who speaks, in reach as above ...
            (
                "Fees must fall, the health secretary has said.\n\nThe cost was too high, Tom Hale told MPs.",
                vec![("Tom Hale", "Health Secretary")],
            ),
            (
                "Fees must fall, the health secretary has said. Tom Hale was in Leeds.",
                vec![("Tom Hale", "Health Secretary")],
            ),
            // ... also after a conjunction that opens its clause.
            (
                "Talks went well. It came after the health secretary said fees must fall. Tom Hale told MPs so.",
                vec![("Tom Hale", "Health Secretary")],
            ),
            // ... not someone who does not speak or start a sentence, nor a description that
            // does not speak.
            (
                "Fees must fall, the health secretary has said. Voters in Leeds met Tom Hale.",
                vec![],
            ),
            (
                "Fees fell after the health secretary acted. The cost was too high, Tom Hale said.",
                vec![],
            ),
            // A king or queen is never someone named before.
            ("Tom Hale arrived. The Queen was in Leeds.", vec![]),
            // Nor is a possessive's holder the subject of the sentence before; it is the
            // person its own sentence names next.
            (
                "Tom Hale has backed the plan. The prime minister's spokesman said so.",
                vec![],
            ),
            (
                "Ann Whitby spoke. The prime minister's spokesman set out Mr Hale's view after Ann Whitby's talk.",
                vec![("Hale", "Prime Minister")],
            ),
            // Ministers are many: no one's post.
            (
                "The European ministers' comments, said Tom Hale of Acme, were weak.",
                vec![],
            ),
            ("Tom Hale spoke. The finance ministers agreed.", vec![]),
        ] {
            let x = extract(input);
            let got: Vec<(&str, &str)> = x
                .offices
                .iter()
                .map(|o| (x.people[o.person].name.as_str(), o.role.as_str()))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    /// A pronoun is the nearest person before it in its own sentence who speaks, not the
    /// sentence's first speaker: the words of "he" are often reported by someone else.
    #[test]
    fn pronoun_is_the_nearest_speaker_table() {
        for (input, expected) in [
            (
                "A book by Sam Lowe came out. In it he alleges that Mr Tom Hale told Mr Jim Black he would step down as prime minister.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            (
                "Sam Lowe wrote a book. He claims that Tom Hale told aides that he would step down as chancellor.",
                vec![("Tom Hale", "Chancellor")],
            ),
            // (Alone, the speaker is the one.)
            (
                "Tom Hale told reporters he would step down as chancellor.",
                vec![("Tom Hale", "Chancellor")],
            ),
        ] {
            let x = extract(input);
            let got: Vec<(&str, &str)> = x
                .offices
                .iter()
                .map(|o| (x.people[o.person].name.as_str(), o.role.as_str()))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    /// A description that names a country, by adjective ("the French president") or possessive
    /// ("France's president"), gives the post that country; it stands for someone only when
    /// nothing else in reach could be meant.
    #[test]
    fn country_descriptions_table() {
        for (input, expected) in [
            (
                "Tom Hale flew to Oslo. The French finance minister said the deal was done.",
                vec![("Tom Hale", "Finance Minister", Some("FR"))],
            ),
            (
                "Tom Hale flew to Oslo. France's finance minister said the deal was done.",
                vec![("Tom Hale", "Finance Minister", Some("FR"))],
            ),
            // Before the person who opens the next sentence, across a paragraph break.
            (
                "Norway's prime minister has told the banks to lend.\n\nTom Hale was speaking in Oslo.",
                vec![("Tom Hale", "Prime Minister", Some("NO"))],
            ),
            // An apposition names the holder; the description is not the person before.
            (
                "Ann Whitby spoke first. The French finance minister, Tom Hale, said no.",
                vec![("Tom Hale", "Finance Minister", Some("FR"))],
            ),
            (
                "Ann Whitby spoke first. The Scottish Conservative leader, Tom Hale, said no.",
                vec![("Tom Hale", "Scottish Conservative Leader", Some("GB"))],
            ),
            // Not one of two people.
            (
                "Tom Hale met Ann Whitby in Oslo. The French finance minister said the deal was done.",
                vec![],
            ),
            // Not someone named before it in its own sentence.
            ("Tom Hale said France's finance minister was wrong.", vec![]),
            // A possessive of a country that is no description.
            ("Tom Hale flew to Oslo. France's banks said no.", vec![]),
        ] {
            let x = extract(input);
            let got: Vec<(&str, &str, Option<&str>)> = crate::extract::office_rows(&x)
                .into_iter()
                .map(|(name, role, country, _)| (name, role, country))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    /// The speakers of the statements of `input`, in order.
    fn speaker_names(input: &str) -> Vec<String> {
        let x = extract(input);
        x.statements
            .iter()
            .flat_map(|s| s.speakers.iter().map(|&p| x.people[p].name.clone()))
            .collect()
    }

    /// A secretary of state is the secretary a description names ("The culture secretary said"
    /// after "The Secretary of State for Culture, Tessa Jowell"); another post is not.
    #[test]
    fn description_of_a_secretary_of_state() {
        for (input, speakers) in [
            (
                "Bill row\n\nThe Secretary of State for Culture, Ann Whitby, spoke today. Ms Whitby complained of the press. The culture secretary said the bill was fair.",
                vec!["Ann Whitby"],
            ),
            (
                "Bill row\n\nHealth Minister Ann Whitby spoke today. Ms Whitby complained of the press. The culture secretary said the bill was fair.",
                vec![],
            ),
        ] {
            assert_eq!(speaker_names(input), speakers, "{input}");
        }
    }

    /// Nor is a description with a country someone who holds the same post of another country:
    /// the statement has no speaker.
    #[test]
    fn country_description_of_another_country() {
        for (input, speakers) in [
            (
                "German Finance Minister Tom Hale flew to Oslo. France's finance minister said the deal was done.",
                vec![],
            ),
            (
                "Finance Minister Tom Hale flew to Oslo. France's finance minister said the deal was done.",
                vec!["Tom Hale"],
            ),
            // Of two presidents, the one whose post is France's, not one whose country the
            // text does not give.
            (
                "Tom Hale said President Ann Whitby had won the US election. French President Jo Reed reacted coolly. The French president told reporters the deal was done.",
                vec!["Tom Hale", "Jo Reed"],
            ),
            // (Two whose posts are France's: neither.)
            (
                "Tom Hale said President Ann Whitby had won the US election. French President Jo Reed and French President Al Berg reacted coolly. The French president told reporters the deal was done.",
                vec!["Tom Hale"],
            ),
        ] {
            assert_eq!(speaker_names(input), speakers, "{input}");
        }
    }
}
