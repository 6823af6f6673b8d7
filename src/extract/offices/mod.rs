//! Offices: the title before a name ("UK Prime Minister Sir Keir Starmer") or in an apposition
//! after it, with the country whose office it is and, for envoys, the country they are sent
//! to; the posts clauses tell ("As home secretary he …", "quit as home secretary": see
//! [`clause_posts`]). The country a post takes from the article is [`country`]'s job.
//!
//! ```
//! use newsgraph::extract::{offices::find_offices, people::find_names};
//! use newsgraph::segment::Segments;
//! let text = "Ukrainian Ambassador to the U.S. Oksana Markarova spoke.";
//! let seg = Segments::new(text);
//! let names = find_names(text, &seg);
//! let o = &find_offices(text, &seg, &names)[0];
//! assert_eq!((o.role.as_str(), o.country, o.to_country), ("Ambassador", Some("UA"), Some("US")));
//! ```

mod clause;
pub mod country;

pub use clause::{clause_posts, ClausePost};
pub use country::{has_office, infer_country, national_context, stated_country};

use super::people::NameMention;
use crate::gazetteer::{gazetteer, Title, TitleKind};
use crate::segment::{Segments, Span};
use crate::text::{after_ex, Word};

/// An office stated in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeMention {
    /// The index of the name (in the list given to [`find_offices`]) that holds it.
    pub name: usize,
    /// The bare title in Title Case: "Prime Minister".
    pub role: String,
    /// The kind of title.
    pub kind: TitleKind,
    /// The country whose office it is, when the words before the title say so.
    pub country: Option<&'static str>,
    /// The country the title itself belongs to ("Home Secretary": GB).
    pub title_country: Option<&'static str>,
    /// The country an envoy is sent to.
    pub to_country: Option<&'static str>,
    /// Whether the text calls it a former post ("former President Bill Clinton").
    pub former: bool,
    /// The words that state it, from the country to the title ("UK Prime Minister").
    pub span: Span,
}

impl OfficeMention {
    /// The post `title` states at `span` for the name numbered `name`, with no country but
    /// the title's own.
    pub fn new(name: usize, title: Title, span: Span, former: bool) -> Self {
        OfficeMention {
            name,
            role: title.role,
            kind: title.kind,
            country: None,
            title_country: title.country,
            to_country: None,
            former,
            span,
        }
    }
}

/// The words joined by single spaces, when only white space separates them.
fn phrase(ws: &[Word<'_>]) -> Option<String> {
    ws.iter()
        .skip(1)
        .all(|w| w.joined)
        .then(|| ws.iter().map(|w| w.text).collect::<Vec<_>>().join(" "))
}

/// The country form of up to four words ending just before `ws[j]`, as (words, iso); not
/// the end of a region's name ("Acme North America president", "Latin America chief").
fn country_before(ws: &[Word<'_>], j: usize) -> Option<(usize, &'static str)> {
    (1..=4.min(j)).rev().find_map(|k| {
        let (c, _) = gazetteer().country_form(&phrase(&ws[j - k..j])?)?;
        (!after_region(ws, j - k)).then_some((k, c.iso))
    })
}

/// Whether `ws[i]` follows a word that makes it part of a region's name: "North America",
/// "Latin America", "Central Asia".
fn after_region(ws: &[Word<'_>], i: usize) -> bool {
    i > 0
        && ws[i].joined
        && matches!(
            ws[i - 1].text,
            "North"
                | "South"
                | "East"
                | "West"
                | "Central"
                | "Latin"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
        )
}

/// The title of up to N words ending just before `ws[j]`.
fn title_before(ws: &[Word<'_>], j: usize) -> Option<(usize, Title)> {
    let g = gazetteer();
    (1..=g.max_title_words().min(j)).rev().find_map(|k| {
        let title =
            party_post(ws, j - k, k).or_else(|| g.title(without_ex(&phrase(&ws[j - k..j])?)))?;
        // "Ex-Labour minister": a former party member's post, not a labour minister
        // (but "ex-Labour leader" is the party's).
        let first = ws[j - k].text;
        let ex_party = after_ex(first).is_some_and(|p| g.is_party(p));
        if k > 1 && ex_party && title.kind != TitleKind::PartyLeader {
            return None;
        }
        // "South Africa Finance Minister": the first word ends a country's name, no
        // department ("Africa Minister"); "Acme North America president": a region's.
        if k > 1
            && ws[j - k].joined
            && (country_before(ws, j - k + 1).is_some_and(|(words, _)| words > 1)
                || after_region(ws, j - k))
        {
            return None;
        }
        Some((k, title))
    })
}

/// "Palestinian leader Mahmoud Abbas": "leader" after a country form ending just before
/// `ws[j]`, a country's leader (the country is read with the words before the title).
fn national_leader(ws: &[Word<'_>], j: usize) -> Option<(usize, Title)> {
    let leader = ws.get(j.checked_sub(1)?)?;
    if !leader.text.eq_ignore_ascii_case("leader") || !leader.joined {
        return None;
    }
    country_before(ws, j - 1)?;
    Some((
        1,
        Title {
            role: "Leader".to_owned(),
            kind: TitleKind::HeadOfGovernment,
            country: None,
        },
    ))
}

/// The words without an "ex-" glued to their first ("ex-minister", "Ex-Home Secretary").
fn without_ex(words: &str) -> &str {
    after_ex(words).unwrap_or(words)
}

/// Words that rank a post and are part of its title: "Deputy Health Minister", "Senior Law
/// Lord", "Shadow Home Secretary", "Chief Treasury Secretary".
const RANKS: &[&str] = &["deputy", "junior", "assistant", "senior", "shadow", "chief"];

/// `title` with `rank` (one of [`RANKS`], any case) before it: "Deputy Health Minister"; a
/// shadow post is of the opposition at Westminster. None for a company's rank of president:
/// "senior vice president", "assistant vice-president" (a state's is "deputy president",
/// "vice-president").
fn ranked(rank: &str, mut title: Title) -> Option<Title> {
    let rank = rank.to_lowercase();
    if title.kind == TitleKind::HeadOfState && matches!(rank.as_str(), "senior" | "assistant") {
        return None;
    }
    title.role = format!("{} {}", crate::text::upper_first(&rank), title.role);
    if rank == "shadow" {
        title.country = title.country.or(Some("GB"));
    }
    Some(title)
}

/// Words that end a portfolio rather than belong to it ("for constitutional affairs or Lord
/// Chancellor").
const NOT_PORTFOLIO: &[&str] = &[
    "or", "to", "in", "on", "at", "with", "by", "from", "as", "is", "was", "who", "which", "that",
    "he", "she", "it", "his", "her", "their", "a", "an",
];

/// Words that describe a holder or a post without changing it, read past between the title and
/// what stands before it ("former independent MP Martin Bell", "Labour backbench MP Ann
/// Whitby") or opens its apposition ("Tom Hale, the veteran MP,").
const DESCRIBING: &[&str] = &[
    "independent",
    "veteran",
    "backbench",
    "rebel",
    "maverick",
    "outgoing",
    "retiring",
    "long-serving",
    "longtime",
];

/// "Secretary for the Family", "Minister for Europe", "Secretary of State for Health": a
/// minister's title and the portfolio after "for", one to four words ending just before
/// `ws[j]`.
fn title_for_before(ws: &[Word<'_>], j: usize) -> Option<(usize, Title)> {
    let g = gazetteer();
    (2..=5.min(j)).find_map(|n| {
        let f = j - n;
        let portfolio_word = |w: &Word<'_>| {
            w.joined
                && w.text.chars().all(char::is_alphabetic)
                && !g.is_cue_verb(w.text)
                && !NOT_PORTFOLIO.contains(&w.text.to_lowercase().as_str())
        };
        if !ws[f].text.eq_ignore_ascii_case("for")
            || !ws[f + 1..j].iter().all(portfolio_word)
            || matches!(ws[j - 1].text, "the" | "and" | "of")
        {
            return None;
        }
        let (k, title) = title_before(ws, f).or_else(|| {
            let head = ws.get(f.checked_sub(1)?)?;
            matches!(head.text.to_lowercase().as_str(), "secretary" | "minister").then(|| {
                (
                    1,
                    Title {
                        role: crate::text::upper_first(&head.text.to_lowercase()),
                        kind: TitleKind::Minister,
                        country: None,
                    },
                )
            })
        })?;
        if title.kind != TitleKind::Minister || !ws[f].joined {
            return None;
        }
        let portfolio: Vec<String> = ws[f + 1..j]
            .iter()
            .map(|w| match w.text.to_lowercase().as_str() {
                l @ ("the" | "and" | "of") => l.to_owned(),
                _ => crate::text::upper_first(w.text),
            })
            .collect();
        Some((
            k + n,
            Title {
                role: format!("{} for {}", title.role, portfolio.join(" ")),
                ..title
            },
        ))
    })
}

/// A minister's title with its portfolio ("secretary for the family") starting at `ws[i]`,
/// followed by punctuation or the end: the words of [`title_for_before`] in an apposition.
fn title_for_after(text: &str, ws: &[Word<'_>], i: usize, end: usize) -> Option<(usize, Title)> {
    let f = (i + 1..(i + 4).min(ws.len())).find(|&f| ws[f].text.eq_ignore_ascii_case("for"))?;
    (f + 2..=(f + 5).min(ws.len())).find_map(|j| {
        let stop = ws.get(j).map_or(end, |w| w.span.start);
        let after = text[ws[j - 1].span.end..stop].trim_start();
        let closes = after.starts_with([',', '.', ';', ':', ')', '—', '–', '-'])
            || (j == ws.len() && after.is_empty());
        if !closes {
            return None;
        }
        let (k, title) = title_for_before(&ws[i..j], j - i)?;
        (k == j - i).then_some((k, title))
    })
}

/// The title of up to N words starting at `ws[i]`, followed by punctuation or the end.
fn title_after(text: &str, ws: &[Word<'_>], i: usize, end: usize) -> Option<(usize, Title)> {
    let g = gazetteer();
    (1..=g.max_title_words().min(ws.len().saturating_sub(i)))
        .rev()
        .find_map(|k| {
            let stop = ws.get(i + k).map_or(end, |w| w.span.start);
            let after = text[ws[i + k - 1].span.end..stop].trim_start();
            let closes = after.is_empty()
                || after.starts_with([',', '.', ';', ':', ')', '—', '–', '-'])
                || ws.get(i + k).is_some_and(|w| w.text == "of");
            if !closes {
                return None;
            }
            let title = party_post(ws, i, k).or_else(|| g.title(&phrase(&ws[i..i + k])?))?;
            Some((k, title))
        })
}

/// "former Labour minister", "The Labour minister": a party's name, capitalised after a word
/// in lower case or an article, before a title in lower case is the party, not a department
/// (a minister of the party's country). The `k` words from `ws[start]` are read so only when
/// the whole reads as a department's title: "labour minister" and "Labour Minister" stay the labour
/// portfolio's, as does "Labour minister" opening a sentence or after a comma, where a
/// capital says nothing; "Liberal Democrat deputy leader" is no department's.
///
/// ```text
/// the former Labour minister  → Minister (GB)
/// the labour minister         → none: the department's title, read as before
/// Labour minister, Al Franco  → none
/// ```
fn party_post(ws: &[Word<'_>], start: usize, k: usize) -> Option<Title> {
    let g = gazetteer();
    let (first, rest) = ws[start..start + k].split_first()?;
    let after_lower = start.checked_sub(1).is_some_and(|b| {
        first.joined
            && (ws[b].text.starts_with(char::is_lowercase)
                || matches!(ws[b].text, "The" | "A" | "An" | "Former"))
    });
    if rest.is_empty()
        || !after_lower
        || !first.text.starts_with(char::is_uppercase)
        || !g.is_party(first.text)
        || !rest.iter().all(|w| w.text.starts_with(char::is_lowercase))
        || g.title(&phrase(&ws[start..start + k])?).is_none()
    {
        return None;
    }
    let mut title = g.title(&phrase(rest)?)?;
    title.country = title.country.or_else(|| g.party_country(first.text));
    Some(title)
}

/// "Gordon Brown, the chancellor," / "Jack Straw, the UK's foreign secretary,": the title in an
/// apposition after a name, set off by a comma or by dashes ("Lord Bingham - a senior law lord
/// -"), perhaps after "a" or "an" ("Helena Kennedy, a Labour peer,"; not "a vice president", nor
/// a title that goes on with whose it is), or "leader of the Liberal Democrats".
fn apposition_after(
    text: &str,
    seg: &Segments,
    name: &NameMention,
    ni: usize,
) -> Option<OfficeMention> {
    let sentence = seg.sentences[seg.sentence_index(name.span.start)];
    // "Paul Boateng MP, Labour's chief secretary to the Treasury,": past a member's letters.
    let end = member_after(text, name.span.end)
        .map_or(name.span.end, |(span, _)| span.end)
        .min(sentence.end);
    let rest = &text[end..sentence.end];
    // After a comma, or a dash between spaces ("Lord Bingham - a senior law lord - said").
    let opener = [",", " - ", " – ", " — "]
        .iter()
        .find(|o| rest.starts_with(**o))?;
    let after = &rest[opener.len()..];
    let start = end + opener.len() + (after.len() - after.trim_start().len());
    let ws = seg.words_in(Span::new(start, sentence.end));
    let mut i = 0;
    let mut former = false;
    let mut country = None;
    // "the chancellor", and "a Labour MP", "an ex-minister".
    let indefinite = ws.first().is_some_and(|w| matches!(w.text, "a" | "an"));
    if indefinite
        || ws
            .first()
            .is_some_and(|w| w.text.eq_ignore_ascii_case("the"))
    {
        i += 1;
    } else if let Some(w) = ws
        .first()
        .filter(|w| w.possessive && gazetteer().country_form(w.text).is_none())
    {
        // "Paul Boateng, Labour's chief secretary to the Treasury,": a party's post, of the
        // party's country; any other possessive ("the bank's president") is no public office.
        let party = crate::text::lowercase(w.text);
        if !gazetteer().is_party(&party) {
            return None;
        }
        country = gazetteer().party_country(&party);
        i += 1;
    }
    if ws.get(i).is_some_and(|w| w.text == "former") {
        former = true;
        i += 1;
    }
    if let Some((k, iso)) = country_after(&ws, i) {
        country = Some(iso);
        i += k;
    }
    while ws
        .get(i)
        .is_some_and(|w| DESCRIBING.contains(&w.text.to_lowercase().as_str()))
    {
        i += 1;
    }
    // "the Labour MP": the party's country.
    while ws.get(i).is_some_and(|w| gazetteer().is_party(w.text))
        && title_after(text, &ws, i, sentence.end).is_none()
    {
        country = country.or_else(|| gazetteer().party_country(ws[i].text));
        i += 1;
    }
    // "the deputy health minister", "the shadow secretary for the family".
    let mut rank = None;
    if ws
        .get(i)
        .is_some_and(|w| RANKS.contains(&w.text.to_lowercase().as_str()))
        && title_after(text, &ws, i, sentence.end).is_none()
    {
        rank = Some(ws[i].text);
        i += 1;
    }
    let (k, mut title) = title_for_after(text, &ws, i, sentence.end)
        .or_else(|| title_after(text, &ws, i, sentence.end))
        .or_else(|| leader_of_party(&ws, i))?;
    if let Some(rank) = rank {
        title = ranked(rank, title)?;
    }
    // "a vice president" is one of a company's; "a commissioner on the Commodity Futures
    // Trading Commission", "a minister in the church" say whose it is: none of the
    // government's, unless it ends there ("a Cabinet Office minister and Bolton West MP"),
    // or goes on with a member's seat ("an MEP for the East Midlands") or an envoy's country
    // ("a former ambassador to Switzerland").
    if indefinite
        && (title.kind == TitleKind::HeadOfState
            || ws.get(i + k).is_some_and(|w| {
                w.joined
                    && !match w.text {
                        "of" | "and" => true,
                        "for" => title.kind == TitleKind::Legislator,
                        "to" => title.kind == TitleKind::Envoy,
                        _ => false,
                    }
            }))
    {
        return None;
    }
    // "… of Ukraine" after the title; "president of ClearView Economics" is an organisation's
    // post, not a public office (unless it names a department: "minister of Finance").
    let president = title.kind == TitleKind::HeadOfState;
    if ws.get(i + k).is_some_and(|w| w.text == "of") {
        let mut j = i + k + 1;
        if ws.get(j).is_some_and(|w| w.text == "the") {
            j += 1;
        }
        match country_after(&ws, j) {
            // "president of the Spanish FA's disciplinary committee": a country's adjective
            // inside an organisation's name.
            Some((c, _)) if president && inside_name(&ws, j, c) => return None,
            Some((_, iso)) => country = country.or(Some(iso)),
            // "president of research at analysts Gartner": a president of anything but a
            // country is an organisation's.
            None if president => return None,
            // So is any title "of the council", "of the union".
            None if ws.get(j).is_some_and(|w| {
                !w.is_capitalized() && gazetteer().is_org_word(&crate::text::lowercase(w.text))
            }) =>
            {
                return None
            }
            None if ws
                .get(j)
                .is_some_and(|w| w.is_capitalized() && !gazetteer().is_department(w.text)) =>
            {
                return None
            }
            None => {}
        }
    }
    // "vice president and research fellow at LG Electronics", "vice president for
    // entertainment at Nokia", "vice president in Microsoft's security unit".
    if president
        && ws
            .get(i + k)
            .is_some_and(|w| w.joined && matches!(w.text, "and" | "for" | "at" | "in"))
    {
        return None;
    }
    let span = Span::new(ws[0].span.start, ws[i + k - 1].span.end);
    Some(OfficeMention {
        country,
        ..OfficeMention::new(ni, title, span, former)
    })
}

/// "leader of the Liberal Democrats (in the assembly)" starting at `ws[i]`: the leader of a
/// party the gazetteer gives a country, named in one to three capitalised words, as (words,
/// title as written).
fn leader_of_party(ws: &[Word<'_>], i: usize) -> Option<(usize, Title)> {
    if !ws.get(i)?.text.eq_ignore_ascii_case("leader") || ws.get(i + 1)?.text != "of" {
        return None;
    }
    let from = i + 2 + usize::from(ws.get(i + 2).is_some_and(|w| w.text == "the"));
    (1..=3).rev().find_map(|n| {
        let party = ws.get(from..from + n)?;
        if !party.iter().all(|w| w.joined && w.is_capitalized()) || party[n - 1].possessive {
            return None;
        }
        // "leader of the Labour group on Newham Council" leads something else of the party.
        if ws.get(from + n).is_some_and(|w| {
            w.joined
                && !matches!(
                    w.text,
                    "in" | "at" | "since" | "for" | "from" | "and" | "who"
                )
        }) {
            return None;
        }
        let title = gazetteer().title(&format!("{} leader", phrase(party)?))?;
        (title.kind == TitleKind::PartyLeader && title.country.is_some()).then(|| {
            let words: Vec<&str> = ws[i..from + n].iter().map(|w| w.text).collect();
            let role = crate::text::upper_first(&words.join(" "));
            (from + n - i, Title { role, ..title })
        })
    })
}

/// A member's letters right after a name, as British news writes them ("Paul Boateng MP",
/// "Ann Whitby MSP"): where they stand, and the title.
fn member_after(text: &str, at: usize) -> Option<(Span, Title)> {
    let rest = &text[at..];
    let letters = rest.strip_prefix(' ')?;
    let len = letters
        .find(|c: char| !c.is_ascii_uppercase())
        .unwrap_or(letters.len());
    let word = &letters[..len];
    if !matches!(word, "MP" | "MEP" | "MSP") || letters[len..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let title = gazetteer().title(word)?;
    Some((Span::new(at + 1, at + 1 + len), title))
}

/// Whether the country form of the `n` words from `ws[j]` is an adjective inside a body's
/// name rather than the state: a possessive ends it ("the Spanish FA's") or a word in title
/// case follows ("the Costa Rican Coffee Institute").
fn inside_name(ws: &[Word<'_>], j: usize, n: usize) -> bool {
    ws[j + n - 1].possessive
        || ws
            .get(j + n)
            .is_some_and(|w| w.joined && w.is_capitalized())
}

/// The country form of up to four words starting at `ws[i]`.
fn country_after(ws: &[Word<'_>], i: usize) -> Option<(usize, &'static str)> {
    (1..=4.min(ws.len().saturating_sub(i))).rev().find_map(|k| {
        let (c, _) = gazetteer().country_form(&phrase(&ws[i..i + k])?)?;
        Some((k, c.iso))
    })
}

/// Finds the offices stated with the names in `names`: a title before the name ("UK Prime
/// Minister Sir Keir Starmer", "the chancellor, Gordon Brown,") or in an apposition after it
/// ("Gordon Brown, the chancellor,").
pub fn find_offices(text: &str, seg: &Segments, names: &[NameMention]) -> Vec<OfficeMention> {
    let mut out = Vec::new();
    for (ni, name) in names.iter().enumerate() {
        let member = member_after(text, name.span.end)
            .map(|(span, title)| OfficeMention::new(ni, title, span, false));
        match title_before_name(text, seg, name, ni) {
            Some(o) => out.push(o),
            None => out.extend(apposition_after(text, seg, name, ni)),
        }
        out.extend(member);
    }
    // "Princess Marguerite": a rank, no post.
    out.retain(|o| o.kind != TitleKind::Rank);
    out
}

fn title_before_name(
    text: &str,
    seg: &Segments,
    name: &NameMention,
    ni: usize,
) -> Option<OfficeMention> {
    let g = gazetteer();
    let sentence = seg.sentences[seg.sentence_index(name.full.start)];
    let ws = seg.words_in(Span::new(sentence.start, name.full.start));
    let last = ws.last()?;
    let gap = text[last.span.end..name.full.start].trim();
    // "the chancellor, Gordon Brown": a title set off by a comma needs "the" before it.
    let comma = match gap {
        "" => false,
        "," => true,
        _ => return None,
    };
    if last.possessive {
        return None;
    }
    let mut j = ws.len();
    // "… to the U.S." after an envoy's title.
    let mut to_country = None;
    if let Some((k, iso)) = country_before(&ws, j) {
        let mut t = j - k;
        if t > 0 && ws[t - 1].text.eq_ignore_ascii_case("the") {
            t -= 1;
        }
        if t > 0 && ws[t - 1].text == "to" {
            to_country = Some(iso);
            j = t - 1;
        }
    }
    // "the newly elected MP for Sedgefield, Tony Blair": a member's constituency after the
    // title.
    if comma && to_country.is_none() {
        let mut f = j;
        while f > 1 && ws[f - 1].joined && (ws[f - 1].is_capitalized() || ws[f - 1].text == "and") {
            f -= 1;
        }
        if f < j
            && ws[f - 1].text == "for"
            && title_before(&ws, f - 1).is_some_and(|(_, t)| t.kind == TitleKind::Legislator)
        {
            j = f - 1;
        }
    }
    // A rank between the title and the name: "Labour Minister Brigadier Ike Nwachukwu".
    if let Some((k, _)) = title_before(&ws, j).filter(|(_, t)| t.kind == TitleKind::Rank) {
        if j > k
            && ws[j - k].joined
            && title_before(&ws, j - k).is_some_and(|(_, t)| t.kind != TitleKind::Rank)
        {
            j -= k;
        }
    }
    let (k, mut title) = title_before(&ws, j)
        .or_else(|| title_for_before(&ws, j))
        .or_else(|| national_leader(&ws, j))?;
    if to_country.is_some() && title.kind != TitleKind::Envoy {
        return None;
    }
    // "Edu's brother and representative Amadeo Fensao", "union representative": an agent; a
    // member of Congress is "Representative John Dingell", a country's is its "trade
    // representative" or "Hong Kong representative".
    if title.role == "Representative"
        && !ws[j - 1].is_capitalized()
        && !(j > k
            && (ws[j - k - 1].text.eq_ignore_ascii_case("trade")
                || country_before(&ws, j - k).is_some()))
    {
        return None;
    }
    let title_end = ws[j - 1].span.end;
    j -= k;
    let mut start = ws[j].span.start;
    // "Ex-Home Secretary David Blunkett", "Tory ex-minister Douglas Hogg".
    let ex = after_ex(ws[j].text).is_some();
    // "Deputy Health Minister", "Senior Law Lord", "shadow secretary for the family": the rank
    // is part of the post.
    if let Some(rank) = (j > 0 && ws[j].joined)
        .then(|| ws[j - 1].text)
        .filter(|r| RANKS.contains(&r.to_lowercase().as_str()))
        .filter(|_| !title.role.to_lowercase().starts_with("shadow "))
    {
        title = ranked(rank, title)?;
        j -= 1;
        start = ws[j].span.start;
    }
    let mut role = title.role.clone();
    if title.kind == TitleKind::Minister {
        // "Culture, Media and Sport Secretary": departments listed before the title.
        while j > 0
            && text[ws[j - 1].span.end..ws[j].span.start].trim() == ","
            && ws[j - 1].is_capitalized()
            && g.is_department(ws[j - 1].text)
        {
            role = format!("{}, {role}", ws[j - 1].text);
            j -= 1;
            start = ws[j].span.start;
        }
    }
    // "the Liberal Democrats' President Simon Hughes", "the bank's president": an
    // organisation's president, not a state's.
    if title.kind == TitleKind::HeadOfState
        && j > 0
        && (ws[j - 1].possessive
            || ws[j - 1].text.ends_with('s') && text[ws[j - 1].span.end..].starts_with(['\'', '’']))
        && g.country_form(ws[j - 1].text).is_none()
        && !matches!(
            ws[j - 1].text.to_lowercase().as_str(),
            "country" | "nation" | "state" | "republic" | "island" | "kingdom"
        )
    {
        return None;
    }
    // "Real Madrid president Florentino Perez", "the Madrid president": a city's club or
    // council, not its state.
    if title.kind == TitleKind::HeadOfState
        && j > 0
        && ws[j].joined
        && g.country_form(ws[j - 1].text)
            .is_some_and(|(_, kind)| kind == crate::gazetteer::FormKind::Capital)
    {
        return None;
    }
    // "central bank governor Sheu Yuan-dong", "Bank of England governor Mervyn King": a
    // bank's governor, not a state's.
    if title.kind == TitleKind::Governor && j > 0 && ws[j].joined && {
        let prev = ws[j - 1].text.to_lowercase();
        prev.ends_with("bank")
            || matches!(prev.as_str(), "boe" | "fed")
            || j >= 3 && ws[j - 2].text == "of" && ws[j - 3].text.to_lowercase().ends_with("bank")
    } {
        return None;
    }
    let mut former = ex;
    let mut country = None;
    let mut country_possessive = false;
    for _ in 0..3 {
        if j == 0 {
            break;
        }
        let mut prev = ws[j - 1].text.to_lowercase();
        // "Ex-Labour MP George Galloway": a former post, of the party's country.
        if let Some(party) = after_ex(&prev).filter(|p| g.is_party(p)) {
            former = true;
            prev = party.to_owned();
        }
        if let Some((k, iso)) = country_before(&ws, j).filter(|_| country.is_none()) {
            country = Some(iso);
            country_possessive = ws[j - 1].possessive;
            j -= k;
            start = ws[j].span.start;
        } else if matches!(
            prev.as_str(),
            "former" | "ex" | "then" | "acting" | "interim" | "new" | "newly" | "elected"
        ) || DESCRIBING.contains(&prev.as_str())
        {
            // "the then Lord Chancellor": held at the time told, no longer.
            former |= matches!(prev.as_str(), "former" | "ex" | "then");
            j -= 1;
        } else if g.is_party(&prev) {
            // "Conservative shadow foreign secretary Michael Ancram", "Tory shadow secretary
            // for the family": the party's country, when it has one.
            // A party of two words ("Liberal Democrat", "Lib Dem") is read whole.
            let two = (j >= 2 && ws[j - 1].joined)
                .then(|| format!("{} {prev}", ws[j - 2].text.to_lowercase()))
                .filter(|p| g.is_party(p));
            if country.is_none() && title.country.is_none() {
                country = g.party_country(two.as_deref().unwrap_or(&prev));
            }
            j -= if two.is_some() { 2 } else { 1 };
        } else {
            break;
        }
    }
    // "former Metropolitan Police Commissioner Sir John Stevens", "ex-Federal Reserve chairman
    // Alan Greenspan": "former" before the name of the body whose post it is.
    if !former && j > 0 && ws[j].joined {
        let mut b = j;
        while b > 0 && j - b < 4 && ws[b].joined && ws[b - 1].is_capitalized() {
            b -= 1;
        }
        let is_ex = |w: &Word| {
            matches!(w.text.to_lowercase().as_str(), "former" | "ex") || after_ex(w.text).is_some()
        };
        former = b < j && (is_ex(&ws[b]) || b > 0 && ws[b].joined && is_ex(&ws[b - 1]));
    }
    // Or a country's possessive stands before it: "Ukraine's new president, Viktor
    // Yushchenko". Or the title opens the sentence or a clause, and commas set the name off on
    // both sides: "Scottish Finance Minister, Tom McCabe, said", "Last week, Argentina's
    // Economy Minister, Ann Vidal, said".
    let opens_apposition = text[name.full.end..].starts_with(',')
        && (j == 0 || text[ws[j - 1].span.end..ws[j].span.start].contains(','));
    if comma
        && !(j > 0 && ws[j - 1].text.eq_ignore_ascii_case("the"))
        && !opens_apposition
        && !country_possessive
    {
        return None;
    }
    // "… did not trust the prime minister, Mr Brown replied": the name opens the clause that
    // tells who said the words before; it is set off from the title, not in apposition.
    if comma {
        let next = text[name.full.end..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
        if g.is_cue_verb(&crate::text::lowercase(next)) {
            return None;
        }
    }
    // "how good a prime minister Gordon Brown will make": a title after "a" is no one's post.
    if !comma && j > 0 && ws[j].joined && matches!(ws[j - 1].text, "a" | "an" | "A" | "An") {
        return None;
    }
    // "Ifo president Hans-Werner Sinn", "GM Europe president", "IOC president Jacques Rogge",
    // "club president Juan Bautista", "its president": an organisation's president.
    if title.kind == TitleKind::HeadOfState && country.is_none() && j > 0 && ws[j].joined {
        let b = &ws[j - 1];
        let lower = crate::text::lowercase(b.text);
        let organisation = if b.is_capitalized() {
            // A sentence's first word may be any word ("But President Bush"), else a name.
            // (A department's word too: "GM Europe president".)
            j > 1 || !super::name_words::never_name(b.text)
        } else {
            // ("Kazakhstan has been dominated by its president": a country's.)
            g.is_org_word(&lower)
                || matches!(&*lower, "its" | "their")
                    && !ws[..j - 1].iter().any(|w| g.country_form(w.text).is_some())
        };
        if organisation {
            return None;
        }
    }
    Some(OfficeMention {
        name: ni,
        role,
        kind: title.kind,
        country,
        title_country: title.country,
        to_country,
        former,
        span: Span::new(start, title_end),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::people::find_names;

    #[test]
    fn office_table() {
        for (input, expected) in [
            (
                "Ukrainian President Volodymyr Zelensky",
                Some(("President", Some("UA"), None)),
            ),
            (
                "UK Prime Minister Sir Keir Starmer",
                Some(("Prime Minister", Some("GB"), None)),
            ),
            (
                "U.S. President Donald Trump",
                Some(("President", Some("US"), None)),
            ),
            (
                "Russia's Foreign Minister Sergei Lavrov",
                Some(("Foreign Minister", Some("RU"), None)),
            ),
            (
                "Ukrainian Ambassador to the U.S. Oksana Markarova",
                Some(("Ambassador", Some("UA"), Some("US"))),
            ),
            ("Chancellor Gordon Brown", Some(("Chancellor", None, None))),
            // A rank between the title and the name.
            (
                "Defence Minister Brigadier Tom Hale",
                Some(("Defence Minister", None, None)),
            ),
            // A member of parliament outside the government, in Britain.
            (
                "Labour backbencher Tom Hale",
                Some(("Backbencher", None, None)),
            ),
            ("France's Emmanuel Macron", None),
            // A region's name is no country's.
            ("Acme North America president Tom Hale", None),
            (
                "Gordon Brown, the chancellor, said",
                Some(("Chancellor", None, None)),
            ),
            (
                "Jack Straw, the UK foreign secretary, said",
                Some(("Foreign Secretary", Some("GB"), None)),
            ),
            (
                "the prime minister, Tony Blair, said",
                Some(("Prime Minister", None, None)),
            ),
            (
                "Conservative shadow foreign secretary Michael Ancram",
                Some(("Shadow Foreign Secretary", None, None)),
            ),
            (
                "Education minister Ivan Lewis said",
                Some(("Education Minister", None, None)),
            ),
            ("Tony Blair, who met Gordon Brown, said", None),
            (
                "Gordon Brown, Britain's chancellor, said",
                Some(("Chancellor", Some("GB"), None)),
            ),
            // A company's ranks of president: "senior vice president", "assistant
            // vice-president" (a state's deputy is one).
            (
                "\"It will grow,\" said Tom Hale, senior vice president Acme.",
                None,
            ),
            (
                "Tom Hale, senior vice-president, health, at Acme, said",
                None,
            ),
            ("Senior Vice President Tom Hale said", None),
            // A country's name of two words before the title: its country, not a department.
            (
                "South Africa Finance Minister Tom Hale said",
                Some(("Finance Minister", Some("ZA"), None)),
            ),
            // An organisation's president, though a department's word names it.
            (
                "It will not sell in the US, said GM Europe president Tom Hale.",
                None,
            ),
            (
                "It will not sell, said Bell Petroleum President Tom Hale.",
                None,
            ),
            ("Tom Hale, an assistant vice president at Acme, said", None),
            (
                "Deputy President Tom Hale said",
                Some(("Deputy President", None, None)),
            ),
            // An abbreviated title holds the post its full title names.
            ("Sen. Ann Lee said", Some(("Senator", None, None))),
            ("Rep. Ann Lee said", Some(("Representative", None, None))),
            ("Gov. Ann Lee said", Some(("Governor", None, None))),
        ] {
            let seg = Segments::new(input);
            let names = find_names(input, &seg);
            let offices = find_offices(input, &seg, &names);
            let got = offices
                .first()
                .map(|o| (o.role.as_str(), o.country, o.to_country));
            assert_eq!(got, expected, "{input}");
        }
    }

    #[test]
    fn a_description_referring_back_states_an_office() {
        for (input, expected) in [
            (
                "Tony Blair has predicted more aid for the UK.\n\nThe prime minister was speaking in London.",
                ("Tony Blair", "Prime Minister", Some("GB"), false),
            ),
            // A party member's description: the party's country, the title after it.
            (
                "Ann Hale has criticised the plan. The Labour MP for Leeds said it would fail.",
                ("Ann Hale", "MP", Some("GB"), false),
            ),
            (
                "Tom Brown has criticised the plan. The former Tory minister said it would fail.",
                ("Tom Brown", "Minister", Some("GB"), true),
            ),
            // "The senator" is the one named with "Sen.", not the subject before it.
            (
                "Sen. Ann Lee spoke on Monday.\n\nBut Brown said he has had no talks. If anything, the sense of the campaign is that the party benefits and that the senator owes it to her supporters to run.\n\nHer aide, Tom Brown, agreed.",
                ("Ann Lee", "Senator", None, false),
            ),
        ] {
            let x = crate::extract::extract(input);
            let o: Vec<_> = x
                .offices
                .iter()
                .map(|o| {
                    let name = x.people[o.person].name.as_str();
                    (name, o.role.as_str(), o.country, o.former)
                })
                .collect();
            assert_eq!(o, [expected], "{input}");
        }
    }

    /// A country's office goes to someone only when the article says so, and a description
    /// ("the president") only to someone whose offices agree with it.
    #[test]
    fn offices_the_article_states_table() {
        for (input, expected) in [
            // The country an article names most is no reason.
            (
                "Iraq voted. Britain's envoy met Iraqi leaders in Iraq. Prime Minister John Carter spoke.",
                vec![("John Carter", "Prime Minister", None)],
            ),
            // With no national context, the one country named before the title in its
            // sentence is, when it has the post (not one named after it).
            (
                "India's market rose. Thailand may lose 30bn baht, according to tourism minister Anna Berg.",
                vec![("Anna Berg", "Tourism Minister", Some("TH"))],
            ),
            (
                "India's market rose. Prime Minister John Carter visited Thailand on Monday.",
                vec![("John Carter", "Prime Minister", None)],
            ),
            // A country before the title of a phrase it is part of is not the post's ("Chinese
            // officials travelling with …" is).
            (
                "Officials will seize land owned by a British company as part of President Tom Hale's reform.",
                vec![("Tom Hale", "President", None)],
            ),
            (
                "India's market rose. Chinese officials travelling with Finance Minister Li Wen said no.",
                vec![("Li Wen", "Finance Minister", Some("CN"))],
            ),
            (
                "India's market rose. Thailand failed to act, said John Carter, the minister.",
                vec![("John Carter", "Minister", None)],
            ),
            // The holder's seat of government.
            (
                "Britain and Pakistan talked. Ann Lee was an adviser to President Hale's White House.",
                vec![("Hale", "President", Some("US"))],
            ),
            // An article that names one country only is about it.
            (
                "Iraq voted. Iraq's parliament met in Baghdad. Prime Minister John Carter spoke.",
                vec![("John Carter", "Prime Minister", Some("IQ"))],
            ),
            // Its national context is: seats of government, parties.
            (
                "Labour MPs met in Downing Street. Iraq, Iraq and Iraq. Prime Minister John Carter spoke.",
                vec![("John Carter", "Prime Minister", Some("GB"))],
            ),
            // ... and institutions of one country.
            (
                "The Home Office erred over Romanian visas, the UK was told. Immigration Minister John Carter quit.",
                vec![("John Carter", "Immigration Minister", Some("GB"))],
            ),
            // ... the devolved ones too, though the article names other countries more.
            (
                "The Welsh Assembly Government will decide. Russia, Russia and Germany were named. Culture Minister Tom Hale spoke.",
                vec![("Tom Hale", "Culture Minister", Some("GB"))],
            ),
            // ... when the country has such an office: no prime minister in the US.
            (
                "Republicans met at the White House. Prime Minister John Carter spoke.",
                vec![("John Carter", "Prime Minister", None)],
            ),
            // A head of state or government the gazetteer knows, in a country the article
            // names, though the article's context is another's.
            (
                "Republicans met at the White House. Russia's oil firms grew. President Putin spoke.",
                vec![("Putin", "President", Some("RU"))],
            ),
            // A country just before the title, with another title between, is not its country.
            (
                "The Pakistani president met Prime Minister John Carter on a visit to Britain.",
                vec![("John Carter", "Prime Minister", None)],
            ),
            (
                "The Chinese counterpart, Minister Li Wei, spoke.",
                vec![("Li Wei", "Minister", Some("CN"))],
            ),
            // A secretary general is of no state the words do not name.
            (
                "Oil fell in the US. Opec secretary general Tom Hale spoke.",
                vec![("Tom Hale", "Secretary General", None)],
            ),
            // Nor a European commissioner, nor a post of an international body named before
            // the title, unless a country is named there too.
            (
                "Labour met the Tories in Downing Street. European Commissioner Tom Hale spoke.",
                vec![("Tom Hale", "European Commissioner", None)],
            ),
            (
                "Oil fell in the U.S. market. EU trade commissioner Tom Hale spoke.",
                vec![("Tom Hale", "Commissioner", None)],
            ),
            (
                "Oil fell in the U.S. market. UN envoy Tom Hale spoke.",
                vec![("Tom Hale", "Envoy", None)],
            ),
            // ... also with a portfolio in title case between.
            (
                "Labour met the Tories in Downing Street. European Justice and Home Affairs Commissioner Tom Hale spoke.",
                vec![("Tom Hale", "Commissioner", None)],
            ),
            (
                "Oil fell in the US. French EC affairs minister Tom Hale spoke.",
                vec![("Tom Hale", "Affairs Minister", Some("FR"))],
            ),
            (
                "Trade fell in Asia. U.S. IMF Representative Tom Hale spoke.",
                vec![("Tom Hale", "Representative", Some("US"))],
            ),
            // Nor is a country at the end of the headline or paragraph before.
            (
                "Hale attacks Japan over aid\n\nFormer minister Tom Hale spoke of Japan and Peru.",
                vec![("Tom Hale", "Minister", None)],
            ),
            // A stated country carries over to the same post unstated.
            (
                "UK Prime Minister John Carter spoke. Iraq, Iraq. Later Prime Minister John Carter left.",
                vec![("John Carter", "Prime Minister", Some("GB"))],
            ),
            // "The president" is not the prime minister of the sentence before.
            // An organisation's president holds no public office; a country's does.
            (
                "\"Jobs grew,\" said Ann Whitby, president of Whitby Economics.",
                vec![],
            ),
            ("Growth is slow, said Acme president Ann Whitby.", vec![]),
            (
                "Growth is slow, said Ann Whitby, the president of Chile.",
                vec![("Ann Whitby", "President", Some("CL"))],
            ),
            // Two spellings of one post are one office.
            (
                "Vice-President Ann Whitby spoke. Vice President Ann Whitby left.",
                vec![("Ann Whitby", "Vice-President", None)],
            ),
            (
                "Prime Minister John Carter said Mr Bush had changed. The president understood the risks.",
                vec![
                    ("John Carter", "Prime Minister", None),
                    ("Bush", "President", None),
                ],
            ),
            (
                "As he begins his term as US President, Mr Bush has changed, Prime Minister John \
                 Carter said. The president understood the risks.",
                vec![
                    ("John Carter", "Prime Minister", None),
                    ("Bush", "President", Some("US")),
                ],
            ),
            // ... but the one who speaks in the sentence before ("…, Carter said"), or else
            // its first person.
            (
                "Mr Bush will stay as US President, John Carter said. The prime minister said no.",
                vec![("John Carter", "Prime Minister", None)],
            ),
            (
                "John Carter has spoken of his love for Mary Quinn. The home secretary said no.",
                vec![("John Carter", "Home Secretary", Some("GB"))],
            ),
            // A rank and a list of departments are part of the post.
            (
                "Deputy Health Minister Rosa Hale spoke in Westminster to Labour MPs.",
                vec![("Rosa Hale", "Deputy Health Minister", Some("GB"))],
            ),
            (
                "Chief Treasury Secretary Rosa Hale spoke in Westminster to Labour MPs.",
                vec![("Rosa Hale", "Chief Treasury Secretary", Some("GB"))],
            ),
            (
                "Culture, Media and Sport Secretary Tess Moore spoke.",
                vec![("Tess Moore", "Culture, Media and Sport Secretary", None)],
            ),
            // Two posts are two people: no one's.
            (
                "John Carter spoke. The prime minister and chancellor faced critics.",
                vec![],
            ),
            // A description of the post someone holds still refers to them.
            (
                "Chancellor Gordon Reid spoke in Westminster to Labour. The chancellor of the exchequer said no.",
                vec![("Gordon Reid", "Chancellor", Some("GB"))],
            ),
        ] {
            let x = crate::extract::extract(input);
            let got: Vec<(&str, &str, Option<&str>)> = x
                .offices
                .iter()
                .map(|o| (x.people[o.person].name.as_str(), o.role.as_str(), o.country))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    /// (text, (person, role, country, former) of each office).
    #[test]
    fn compound_titles_and_clauses_table() {
        type Row = (&'static str, &'static str, Option<&'static str>, bool);
        let table: Vec<(&str, Vec<Row>)> = vec![
            // A title that opens the sentence, with the name set off by commas.
            (
                "Welsh Finance Minister, Ruth Okafor, said the budget was tight.",
                vec![("Ruth Okafor", "Finance Minister", Some("GB"), false)],
            ),
            // A title that starts with "Lord" is no honorific and no name.
            (
                "Lord Chief Justice, Lord Hale, said the ruling stood.",
                vec![("Lord Hale", "Lord Chief Justice", Some("GB"), false)],
            ),
            (
                "Lord Advocate Ann Whitby spoke.",
                vec![("Ann Whitby", "Lord Advocate", Some("GB"), false)],
            ),
            // A country's possessive before the title, and a title opening a clause.
            (
                "Kyiv said Ukraine's new president, Ann Whitby, would come.",
                vec![("Ann Whitby", "President", Some("UA"), false)],
            ),
            (
                "But last week, Argentine Economy Minister, Ruth Okafor, told the press.",
                vec![("Ruth Okafor", "Economy Minister", Some("AR"), false)],
            ),
            // Not a list of the title and a name ("Chancellor, Gordon Brown and …" is no
            // apposition without the comma after the name).
            (
                "Lord Chancellor, Ruth Okafor and Peter Lam met.",
                vec![],
            ),
            // A participle of appointment that opens the sentence: its subject's post.
            (
                "Named home secretary after the 2001 election, Mr Tom Hale changed course.",
                vec![("Tom Hale", "Home Secretary", Some("GB"), false)],
            ),
            ("Named president in 1985, Tom Hale grew the firm.", vec![]),
            // Served in a post: left, unless "has served"; a participle's post is its
            // clause's subject's.
            (
                "Ann Whitby served as home secretary from 1997 to 2001.",
                vec![("Ann Whitby", "Home Secretary", Some("GB"), true)],
            ),
            (
                "Ann Whitby has served as an MP since 1997.",
                vec![("Ann Whitby", "MP", None, false)],
            ),
            // A state's body and "first" or "new" may stand between "the" and the title; a
            // company's may not.
            (
                "Ann Whitby was the assembly's first health minister.",
                vec![("Ann Whitby", "Health Minister", None, true)],
            ),
            (
                "Ann Whitby is the new home secretary.",
                vec![("Ann Whitby", "Home Secretary", Some("GB"), false)],
            ),
            ("Ann Whitby was the firm's new president.", vec![]),
            // A rank is no post.
            ("Ann Whitby was the England captain.", vec![]),
            // A post held since "becoming" it, by the holder after the comma.
            (
                "Before becoming MSP for North East Fife, Ann Whitby was a lecturer.",
                vec![("Ann Whitby", "MSP", Some("GB"), false)],
            ),
            (
                "After becoming home secretary, Ann Whitby cut the budget.",
                vec![("Ann Whitby", "Home Secretary", Some("GB"), false)],
            ),
            ("Before becoming president, Ann Whitby ran a firm.", vec![]),
            (
                "Ann Whitby spoke. After serving as a junior minister in the Attlee government, she became chancellor.",
                vec![
                    ("Ann Whitby", "Junior Minister", None, true),
                    ("Ann Whitby", "Chancellor", None, false),
                ],
            ),
            // ... but not a post of something else, nor one a name after the title holds,
            // nor the post of a participle inside the clause.
            ("Ann Whitby served as president of the club.", vec![]),
            (
                "Ann Whitby served as home secretary Tom Hale's deputy.",
                vec![("Tom Hale", "Home Secretary", Some("GB"), false)],
            ),
            (
                "She retired after serving as home secretary, Tom Hale said.",
                vec![],
            ),
            (
                "Ann Whitby, who serves as president of the Costa Rican Coffee Institute, spoke.",
                vec![],
            ),
            // A relative clause after the name tells the name's post ...
            (
                "Ann Whitby, who was home secretary until 2004, spoke.",
                vec![("Ann Whitby", "Home Secretary", Some("GB"), true)],
            ),
            // ... but not a company's president.
            (
                "Ann Whitby, who had been president and chief executive, left.",
                vec![],
            ),
            // A post left in a relative clause after the name.
            (
                "Ann Whitby, who has resigned as home secretary, spoke.",
                vec![("Ann Whitby", "Home Secretary", Some("GB"), true)],
            ),
            // A name's possessive before a time in a post (left, unless its first days) or
            // an appointment to it (held).
            (
                "It was Ann Whitby's first day as home secretary.",
                vec![("Ann Whitby", "Home Secretary", Some("GB"), false)],
            ),
            (
                "Ann Whitby's years as foreign secretary were calm.",
                vec![("Ann Whitby", "Foreign Secretary", Some("GB"), true)],
            ),
            (
                "Ann Whitby's third term as prime minister began on Friday.",
                vec![("Ann Whitby", "Prime Minister", None, false)],
            ),
            (
                "Ann Whitby's promotion to education secretary surprised few.",
                vec![("Ann Whitby", "Education Secretary", None, false)],
            ),
            (
                "Ann Whitby's appointment as a minister was announced.",
                vec![("Ann Whitby", "Minister", None, false)],
            ),
            // ... but not someone else's years, a nomination (nothing held yet), a post of
            // something else, nor a title before a name.
            ("Ann Whitby's nomination as ambassador was blocked.", vec![]),
            ("His years as president of the club were calm.", vec![]),
            ("Ann Whitby's time as president of the club was calm.", vec![]),
            (
                "Ann Whitby's promotion to home secretary Tom Hale's deputy was a surprise.",
                vec![("Tom Hale", "Home Secretary", Some("GB"), false)],
            ),
            // Appointed, named or elected to a post: held since.
            (
                "Ann Whitby was appointed home secretary in 2001.",
                vec![("Ann Whitby", "Home Secretary", Some("GB"), false)],
            ),
            (
                "Ann Whitby has been elected MP for Leeds.",
                vec![("Ann Whitby", "MP", None, false)],
            ),
            // ... but a president so named is a company's.
            ("Ann Whitby was named president and chief executive.", vec![]),
            // A portfolio of several words before the title.
            (
                "Armed Forces Minister Ann Whitby spoke.",
                vec![("Ann Whitby", "Armed Forces Minister", None, false)],
            ),
            (
                "Lifelong Learning Minister Ann Whitby spoke.",
                vec![("Ann Whitby", "Lifelong Learning Minister", None, false)],
            ),
            // An apposition that opens with "a", or is set off by dashes; a party before the
            // title gives its country.
            (
                "Ann Whitby, a Labour MP, spoke.",
                vec![("Ann Whitby", "MP", Some("GB"), false)],
            ),
            (
                "Ann Whitby, a former minister, spoke.",
                vec![("Ann Whitby", "Minister", None, true)],
            ),
            (
                "On Monday, Lord Ashdown - a senior law lord - ruled.",
                vec![("Lord Ashdown", "Senior Law Lord", Some("GB"), false)],
            ),
            (
                "Ann Whitby, a president of the bank, spoke.",
                vec![],
            ),
            // The leader of a party, as an apposition; not of the party's group on a council.
            (
                "Ann Whitby, leader of the Liberal Democrats in the assembly, spoke.",
                vec![(
                    "Ann Whitby",
                    "Leader of the Liberal Democrats",
                    Some("GB"),
                    false,
                )],
            ),
            (
                "Ann Whitby, leader of the Labour group on Leeds Council, spoke.",
                vec![],
            ),
            // A rank is part of the post, before any title; a shadow post is Westminster's.
            (
                "Senior law lord Lord Ashdown ruled.",
                vec![("Lord Ashdown", "Senior Law Lord", Some("GB"), false)],
            ),
            (
                "Shadow transport secretary Ann Whitby spoke.",
                vec![(
                    "Ann Whitby",
                    "Shadow Transport Secretary",
                    Some("GB"),
                    false,
                )],
            ),
            // The Treasury's chief secretary, its title in either order; a title and "to"
            // before the name introduce it as "for" does.
            (
                "Shadow Treasury chief secretary Ann Whitby spoke.",
                vec![(
                    "Ann Whitby",
                    "Shadow Treasury Chief Secretary",
                    Some("GB"),
                    false,
                )],
            ),
            (
                "Chief Secretary to the Treasury Tom Hale spoke.",
                vec![(
                    "Tom Hale",
                    "Chief Secretary to the Treasury",
                    Some("GB"),
                    false,
                )],
            ),
            // A portfolio after "for", before a name or in an apposition; a party of two words
            // gives its country.
            (
                "Tory shadow secretary for the family Ann Whitby spoke.",
                vec![(
                    "Ann Whitby",
                    "Shadow Secretary for the Family",
                    Some("GB"),
                    false,
                )],
            ),
            (
                "Liberal Democrat minister for rural affairs Tom Hale spoke.",
                vec![("Tom Hale", "Minister for Rural Affairs", Some("GB"), false)],
            ),
            (
                "Tom Hale, the minister for Europe, spoke.",
                vec![("Tom Hale", "Minister for Europe", None, false)],
            ),
            // A portfolio in title case, right before the name.
            (
                "Minister for Arts Helen Varga spoke.",
                vec![("Helen Varga", "Minister for Arts", None, false)],
            ),
            // Words that describe the holder stand between the title and "former" or the
            // party; a party's possessive in an apposition gives the party's country.
            (
                "Former independent MP Ann Whitby and Labour backbench MP Tom Hale spoke.",
                vec![
                    ("Ann Whitby", "MP", None, true),
                    ("Tom Hale", "MP", Some("GB"), false),
                ],
            ),
            // ... or the name of the body whose post it is.
            (
                "The plan was backed by former Metropolitan Police Commissioner Sir Tom Hale.",
                vec![("Tom Hale", "Commissioner", None, true)],
            ),
            (
                "Ex-Metropolitan Police Commissioner Ann Whitby and Police Commissioner Tom Hale spoke.",
                vec![
                    ("Ann Whitby", "Commissioner", None, true),
                    ("Tom Hale", "Commissioner", None, false),
                ],
            ),
            (
                "Ruth Okafor, Labour's home secretary, and Ann Lyle, the firm's secretary, spoke.",
                vec![("Ruth Okafor", "Home Secretary", Some("GB"), false)],
            ),
            // A member's letters after the name, and an apposition after them.
            (
                "Ruth Okafor MP, Labour's home secretary, met Tom Hale MSP and the MPs.",
                vec![
                    ("Ruth Okafor", "Home Secretary", Some("GB"), false),
                    ("Ruth Okafor", "MP", Some("GB"), false),
                    ("Tom Hale", "MSP", Some("GB"), false),
                ],
            ),
            // A party's or a company's president holds no public office.
            (
                "The Liberal Democrats' President Tom Hale and the firm's President Ann Lyle spoke.",
                vec![],
            ),
            (
                "Chad voted. The country's President Tom Hale spoke.",
                vec![("Tom Hale", "President", Some("TD"), false)],
            ),
            // Nor does a club's, a federation's or a city's, named before the title ...
            ("IOC president Tom Hale spoke.", vec![]),
            ("Fifa president Tom Hale spoke.", vec![]),
            ("\"No,\" said club president Tom Hale.", vec![]),
            ("Aides met its president Tom Hale.", vec![]),
            ("Real Madrid president Tom Hale spoke.", vec![]),
            // A bank's governor is no state's.
            ("Bank of Ruritania governor Tom Hale spoke.", vec![]),
            ("Bank of England governor Tom Hale spoke.", vec![]),
            ("The central bank governor Tom Hale spoke.", vec![]),
            // ("its" after a country is the country's; a sentence's first word is any word.)
            (
                "Chad has long been run by its president Tom Hale.",
                vec![("Tom Hale", "President", Some("TD"), false)],
            ),
            (
                "Since President Tom Hale came, Chad has changed.",
                vec![("Tom Hale", "President", Some("TD"), false)],
            ),
            // ... or after it: a president of anything but a country, or one with another
            // post in the same words.
            ("Tom Hale, vice president of research at Gartner, spoke.", vec![]),
            ("Tom Hale, president of the Spanish FA's committee, spoke.", vec![]),
            ("Tom Hale, president and chief executive of Acme, spoke.", vec![]),
            ("Tom Hale, vice president for sales at Acme, spoke.", vec![]),
            ("Tom Hale, secretary general of the council, spoke.", vec![]),
            // An agent is no member of Congress.
            ("Her brother and representative Tom Hale spoke.", vec![]),
            ("Union representative Tom Hale spoke.", vec![]),
            (
                "Peruvian trade representative Tom Hale spoke.",
                vec![("Tom Hale", "Trade Representative", Some("PE"), false)],
            ),
            (
                "Chad's representative Tom Hale spoke.",
                vec![("Tom Hale", "Representative", Some("TD"), false)],
            ),
            (
                "Representative Tom Hale spoke.",
                vec![("Tom Hale", "Representative", None, false)],
            ),
            (
                "Tom Hale, president of Chad, spoke.",
                vec![("Tom Hale", "President", Some("TD"), false)],
            ),
            // A former party's member held the post; the nation of a devolved post is its
            // country, not its department.
            (
                "Ex-Labour MP Tom Hale spoke.",
                vec![("Tom Hale", "MP", Some("GB"), true)],
            ),
            // A party of several words before "leader"; the leaders of the Commons and Lords.
            (
                "Scottish National Party leader Tom Hale, UK Independence Party leader Ann Lyle and Commons leader Sam Reid met.",
                vec![
                    ("Tom Hale", "Scottish National Party Leader", Some("GB"), false),
                    ("Ann Lyle", "UK Independence Party Leader", Some("GB"), false),
                    ("Sam Reid", "Commons Leader", Some("GB"), false),
                ],
            ),
            // A compound whose last part is a department.
            (
                "E-commerce minister Tom Hale spoke in Westminster.",
                vec![("Tom Hale", "E-commerce Minister", Some("GB"), false)],
            ),
            // A party's leader in one chamber.
            (
                "SNP Holyrood leader Tom Hale spoke.",
                vec![("Tom Hale", "SNP Holyrood Leader", Some("GB"), false)],
            ),
            (
                "Democratic Senate leader Ann Lyle spoke at the White House.",
                vec![("Ann Lyle", "Democratic Senate Leader", Some("US"), false)],
            ),
            // "ex-" glued to the title.
            (
                "Tory ex-minister Tom Hale and Ex-Home Secretary Ann Lyle met ex-Labour minister Sam Reid.",
                vec![
                    ("Tom Hale", "Minister", Some("GB"), true),
                    ("Ann Lyle", "Home Secretary", Some("GB"), true),
                    ("Sam Reid", "Minister", Some("GB"), true),
                ],
            ),
            (
                "Ex-Labour leader Tom Hale spoke.",
                vec![("Tom Hale", "Labour Leader", Some("GB"), true)],
            ),
            // A party's name, capitalised before a title in lower case, is the party's; the
            // labour portfolio stays where the capital says nothing.
            (
                "It came after Tom Hale, former Labour minister and now a peer, spoke.",
                vec![("Tom Hale", "Minister", Some("GB"), true)],
            ),
            (
                "The Labour minister Ann Lyle spoke.",
                vec![("Ann Lyle", "Minister", Some("GB"), false)],
            ),
            (
                "Labour minister, Luis Ortega, met the miners in La Paz, Bolivia.",
                vec![("Luis Ortega", "Labour Minister", Some("BO"), false)],
            ),
            (
                "The Liberal Democrat deputy leader Ann Lyle spoke.",
                vec![("Ann Lyle", "Deputy Leader", Some("GB"), false)],
            ),
            (
                "Welsh Health Minister Ann Lyle and Welsh Secretary Tom Reid spoke.",
                vec![
                    ("Ann Lyle", "Health Minister", Some("GB"), false),
                    ("Tom Reid", "Welsh Secretary", Some("GB"), false),
                ],
            ),
            (
                "Shadow Secretary for the Family Joan May spoke.",
                vec![(
                    "Joan May",
                    "Shadow Secretary for the Family",
                    Some("GB"),
                    false,
                )],
            ),
            (
                "Tom Hale, the deputy health minister, spoke.",
                vec![("Tom Hale", "Deputy Health Minister", None, false)],
            ),
            // The portfolio ends before "or" and a name.
            ("He was made secretary for the arts or Lord Hale.", vec![]),
            // Posts told by a clause: "as TITLE he", "he was TITLE", "NAME as TITLE.".
            (
                "Tom Hale came back. As home secretary he had cut crime.",
                vec![("Tom Hale", "Home Secretary", Some("GB"), true)],
            ),
            // (Held still when the verb is not in the past.)
            (
                "Tom Hale came back. As home secretary he has cut crime.",
                vec![("Tom Hale", "Home Secretary", Some("GB"), false)],
            ),
            // (An article may stand before the title.)
            (
                "Tom Hale came back. As an MSP, Mr Hale has signed the motion.",
                vec![("Tom Hale", "MSP", Some("GB"), false)],
            ),
            (
                "Tom Hale came back. When he was home secretary, crime fell.",
                vec![("Tom Hale", "Home Secretary", Some("GB"), true)],
            ),
            (
                "Voters trust Tom Hale as foreign secretary.",
                vec![("Tom Hale", "Foreign Secretary", Some("GB"), false)],
            ),
            // ... with a phrase of time before the comma, or an honorific before the name.
            (
                "Tom Hale came back. As foreign secretary in the early 1970s, he kept calm.",
                vec![("Tom Hale", "Foreign Secretary", Some("GB"), true)],
            ),
            (
                "Tom Hale came back. As foreign secretary, Lord Hale keeps calm.",
                vec![("Tom Hale", "Foreign Secretary", Some("GB"), false)],
            ),
            (
                "Tom Hale retired. His predecessor as home secretary, Lord Ash, agreed.",
                vec![("Lord Ash", "Home Secretary", Some("GB"), true)],
            ),
            // "When TITLE, he …": a post held then, left when the verb is in the past.
            (
                "Tom Hale came back. When home secretary, he ordered troops in.",
                vec![("Tom Hale", "Home Secretary", Some("GB"), true)],
            ),
            (
                "Tom Hale came back. While chancellor, Mr Hale keeps his own counsel.",
                vec![("Tom Hale", "Chancellor", None, false)],
            ),
            // Not a name after the title with no comma, nor no one after the phrase.
            (
                "When prime minister Tom Hale spoke, crime fell.",
                vec![("Tom Hale", "Prime Minister", None, false)],
            ),
            (
                "Tom Hale came back. As foreign secretary in the early 1970s, the pound fell.",
                vec![],
            ),
            // Not: a hypothesis, a title that is a named person's, a title across sentences.
            (
                "Tom Hale came back. If he became home secretary, crime would fall.",
                vec![],
            ),
            (
                "Tom Hale came back. He was home secretary Ann Whitby's deputy.",
                vec![("Ann Whitby", "Home Secretary", Some("GB"), false)],
            ),
            (
                "Voters trust Tom Hale less as a leader than as prime minister. He left.",
                vec![],
            ),
            // A description starting a paragraph may name the person who starts the next
            // sentence; not one named later in it.
            (
                "The first minister's speech was short. Tom Hale's aides said so.",
                vec![("Tom Hale", "First Minister", None, false)],
            ),
            (
                "The first minister's speech was short. Aides told Tom Hale so.",
                vec![],
            ),
            // A possessive description is the person named in the possessive there, before
            // the one who starts the sentence.
            (
                "The first minister's speech was short. Ann Whitby, of the Leeds Trust, said Tom Hale's words were wrong.",
                vec![("Tom Hale", "First Minister", None, false)],
            ),
            // ... after an honorific too.
            (
                "The Lord Chancellor spoke at length. Lord Hale insists it was short.",
                vec![("Lord Hale", "Lord Chancellor", Some("GB"), false)],
            ),
        ];
        for (input, expected) in table {
            let x = crate::extract::extract(input);
            assert_eq!(crate::extract::office_rows(&x), expected, "{input}");
        }
    }

    #[test]
    fn former_posts_are_marked() {
        let text = "former US President Bill Clinton";
        let seg = Segments::new(text);
        let o = &find_offices(text, &seg, &find_names(text, &seg))[0];
        assert!(o.former);
        assert_eq!(o.span.of(text), "US President");
    }
}
