//! Offices: the title before a name ("UK Prime Minister Sir Keir Starmer"), with the country
//! whose office it is and, for envoys, the country they are sent to.
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

use super::countries::CountryMention;
use super::people::NameMention;
use crate::gazetteer::{gazetteer, FormKind, Title, TitleKind};
use crate::segment::{Segments, Span};
use crate::text::Word;

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

/// The words joined by single spaces, when only white space separates them.
fn phrase(ws: &[Word<'_>]) -> Option<String> {
    ws.iter()
        .skip(1)
        .all(|w| w.joined)
        .then(|| ws.iter().map(|w| w.text).collect::<Vec<_>>().join(" "))
}

/// The country form of up to four words ending just before `ws[j]`, as (words, iso).
fn country_before(ws: &[Word<'_>], j: usize) -> Option<(usize, &'static str)> {
    (1..=4.min(j)).rev().find_map(|k| {
        let (c, _) = gazetteer().country_form(&phrase(&ws[j - k..j])?)?;
        Some((k, c.iso))
    })
}

/// The title of up to N words ending just before `ws[j]`.
fn title_before(ws: &[Word<'_>], j: usize) -> Option<(usize, Title)> {
    let g = gazetteer();
    (1..=g.max_title_words().min(j))
        .rev()
        .find_map(|k| Some((k, g.title(&phrase(&ws[j - k..j])?)?)))
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
                || after.starts_with([',', '.', ';', ':', ')', '—'])
                || ws.get(i + k).is_some_and(|w| w.text == "of");
            if !closes {
                return None;
            }
            Some((k, g.title(&phrase(&ws[i..i + k])?)?))
        })
}

/// "Gordon Brown, the chancellor," / "Jack Straw, the UK's foreign secretary,": the title in an
/// apposition after a name.
fn apposition_after(
    text: &str,
    seg: &Segments,
    name: &NameMention,
    ni: usize,
) -> Option<OfficeMention> {
    let sentence = seg.sentences[seg.sentence_index(name.span.start)];
    let rest = &text[name.span.end..sentence.end];
    let comma = rest.strip_prefix(',')?;
    let start = name.span.end + 1 + (comma.len() - comma.trim_start().len());
    let ws = seg.words_in(Span::new(start, sentence.end));
    let mut i = 0;
    let mut former = false;
    if ws
        .first()
        .is_some_and(|w| w.text.eq_ignore_ascii_case("the"))
    {
        i += 1;
    } else if ws
        .first()
        .is_some_and(|w| w.possessive && gazetteer().country_form(w.text).is_none())
    {
        return None;
    }
    if ws.get(i).is_some_and(|w| w.text == "former") {
        former = true;
        i += 1;
    }
    let mut country = None;
    if let Some((k, iso)) = country_after(&ws, i) {
        country = Some(iso);
        i += k;
    }
    while ws.get(i).is_some_and(|w| gazetteer().is_party(w.text))
        && title_after(text, &ws, i, sentence.end).is_none()
    {
        i += 1;
    }
    let (k, title) = title_after(text, &ws, i, sentence.end)?;
    // "… of Ukraine" after the title.
    if country.is_none() && ws.get(i + k).is_some_and(|w| w.text == "of") {
        let mut j = i + k + 1;
        if ws.get(j).is_some_and(|w| w.text == "the") {
            j += 1;
        }
        country = country_after(&ws, j).map(|(_, iso)| iso);
    }
    let span = Span::new(ws[0].span.start, ws[i + k - 1].span.end);
    Some(OfficeMention {
        name: ni,
        role: title.role,
        kind: title.kind,
        country,
        title_country: title.country,
        to_country: None,
        former,
        span,
    })
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
        match title_before_name(text, seg, name, ni) {
            Some(o) => out.push(o),
            None => out.extend(apposition_after(text, seg, name, ni)),
        }
    }
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
    let (k, title) = title_before(&ws, j)?;
    if to_country.is_some() && title.kind != TitleKind::Envoy {
        return None;
    }
    let title_end = ws[j - 1].span.end;
    j -= k;
    let mut start = ws[j].span.start;
    let mut role = title.role.clone();
    if title.kind == TitleKind::Minister {
        // "Deputy Health Minister": the rank is part of the post.
        if j > 0
            && ws[j].joined
            && matches!(
                ws[j - 1].text.to_lowercase().as_str(),
                "deputy" | "junior" | "assistant"
            )
        {
            role = format!("{} {role}", crate::text::upper_first(ws[j - 1].text));
            j -= 1;
            start = ws[j].span.start;
        }
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
    let mut former = false;
    let mut country = None;
    for _ in 0..3 {
        if j == 0 {
            break;
        }
        let prev = ws[j - 1].text.to_lowercase();
        if let Some((k, iso)) = country_before(&ws, j).filter(|_| country.is_none()) {
            country = Some(iso);
            j -= k;
            start = ws[j].span.start;
        } else if matches!(
            prev.as_str(),
            "former" | "ex" | "then" | "acting" | "interim"
        ) {
            former |= prev == "former" || prev == "ex";
            j -= 1;
        } else if g.is_party(&prev) {
            j -= 1; // "Conservative shadow foreign secretary Michael Ancram"
        } else {
            break;
        }
    }
    if comma && !(j > 0 && ws[j - 1].text.eq_ignore_ascii_case("the")) {
        return None;
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

/// The country whose domestic politics an article is about, when its own words say so: seats
/// of government ("Downing Street", "the White House"), parties ("Labour", "Republicans") and
/// titles that belong to one country ("Home Secretary"): two of them, or one and the country's
/// name, and twice as many for that country as for any other; else the one country the article names, when it names
/// only one. A country the article merely names most (an article about Iraq that also names
/// Britain) is no such context.
///
/// ```
/// use newsgraph::extract::{countries::find_countries, offices::national_context};
/// let uk = "Labour said Downing Street would reply. Iraq, Iraq and Iraq were named.";
/// assert_eq!(national_context(uk, &find_countries(uk, &[]), &[]), Some("GB"));
/// let iraq = "Iraq, Iraq and Iraq were named, and Britain.";
/// assert_eq!(national_context(iraq, &find_countries(iraq, &[]), &[]), None);
/// ```
pub fn national_context(
    text: &str,
    countries: &[CountryMention],
    offices: &[OfficeMention],
) -> Option<&'static str> {
    let g = gazetteer();
    let mut cues: std::collections::BTreeMap<&'static str, usize> = Default::default();
    for c in countries.iter().filter(|c| c.kind == FormKind::Seat) {
        *cues.entry(c.iso).or_default() += 1;
    }
    for o in offices {
        if let Some(iso) = o.title_country {
            *cues.entry(iso).or_default() += 1;
        }
    }
    // Parties of one word or two ("Labour", "Lib Dems"), capitalised.
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < words.len() {
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        let two = words.get(i + 1).filter(|n| capital(words[i]) && capital(n));
        if let Some(iso) = two.and_then(|n| g.party_country(&format!("{} {n}", words[i]))) {
            *cues.entry(iso).or_default() += 1;
            i += 2;
            continue;
        }
        if capital(words[i]) {
            if let Some(iso) = g.party_country(words[i]) {
                *cues.entry(iso).or_default() += 1;
            }
        }
        i += 1;
    }
    let named: std::collections::BTreeSet<&str> = countries
        .iter()
        .filter(|c| matches!(c.kind, FormKind::Name | FormKind::Demonym))
        .map(|c| c.iso)
        .collect();
    let mut ranked: Vec<(usize, &'static str)> = cues.into_iter().map(|(c, n)| (n, c)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        [(n, iso), rest @ ..]
            if (*n >= 2 || named.contains(iso))
                && rest.first().is_none_or(|(m, _)| 2 * m <= *n) =>
        {
            Some(iso)
        }
        // An article that names one country only is about that country.
        _ => match countries.first() {
            Some(first) if countries.iter().all(|c| c.iso == first.iso) => Some(first.iso),
            _ => None,
        },
    }
}

/// Whether `iso` has an office called `role`, as far as the gazetteer knows: a country whose
/// heads of state and government it lists has a president or a prime minister (premier) only
/// when it lists one. Other roles are not checked.
pub fn has_office(iso: &str, role: &str) -> bool {
    let role = if role.eq_ignore_ascii_case("premier") {
        "Prime Minister"
    } else {
        role
    };
    if !["President", "Prime Minister"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(role))
    {
        return true;
    }
    let mut roles = gazetteer().holder_roles(iso).peekable();
    roles.peek().is_none() || roles.any(|r| r.eq_ignore_ascii_case(role))
}

/// The country of an office whose words name none, when the article says it: the title's own
/// country ("Home Secretary"), else a country named just before the title with no other title
/// between ("Chinese counterpart Minister Li", not "the Pakistani president met Prime
/// Minister Tony Blair"), else the article's national context ([`national_context`]) when the
/// country has such an office ([`has_office`]). Otherwise none: the country an article names
/// most is not a reason.
pub fn infer_country(
    text: &str,
    office: &OfficeMention,
    countries: &[CountryMention],
    context: Option<&'static str>,
) -> Option<&'static str> {
    if office.country.is_some() {
        return office.country;
    }
    if office.title_country.is_some() {
        return office.title_country;
    }
    let g = gazetteer();
    let near = countries.iter().rev().find(|c| {
        c.span.end <= office.span.start && office.span.start - c.span.end <= 30 && {
            let between = &text[c.span.end..office.span.start];
            !between.contains(['.', ';', '"', '“', '”'])
                && !between
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| !w.is_empty() && g.title(w).is_some())
        }
    });
    if let Some(c) = near {
        return Some(c.iso);
    }
    context.filter(|iso| has_office(iso, &office.role))
}

/// The country of a description's office ("the president") that the article states with the
/// same title before `at`: "… his second term as US President … The president said" gives US.
pub fn stated_country(
    text: &str,
    role: &str,
    countries: &[CountryMention],
    at: usize,
) -> Option<&'static str> {
    countries
        .iter()
        .rev()
        .filter(|c| c.span.end <= at)
        .find(|c| {
            let after = text[c.span.end..].trim_start_matches("'s").trim_start();
            after
                .get(..role.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(role))
                && !after[role.len()..].starts_with(char::is_alphanumeric)
        })
        .map(|c| c.iso)
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
            ("France's Emmanuel Macron", None),
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
        let x = crate::extract::extract("Tony Blair has predicted more aid for the UK.\n\nThe prime minister was speaking in London.");
        let o: Vec<_> = x
            .offices
            .iter()
            .map(|o| (x.people[o.person].name.as_str(), o.role.as_str(), o.country))
            .collect();
        assert_eq!(o, [("Tony Blair", "Prime Minister", Some("GB"))]);
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
            // ... when the country has such an office: no prime minister in the US.
            (
                "Republicans met at the White House. Prime Minister John Carter spoke.",
                vec![("John Carter", "Prime Minister", None)],
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
            // A stated country carries over to the same post unstated.
            (
                "UK Prime Minister John Carter spoke. Iraq, Iraq. Later Prime Minister John Carter left.",
                vec![("John Carter", "Prime Minister", Some("GB"))],
            ),
            // "The president" is not the prime minister of the sentence before.
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

    #[test]
    fn former_posts_are_marked() {
        let text = "former US President Bill Clinton";
        let seg = Segments::new(text);
        let o = &find_offices(text, &seg, &find_names(text, &seg))[0];
        assert!(o.former);
        assert_eq!(o.span.of(text), "US President");
    }
}
