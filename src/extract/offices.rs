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
use crate::gazetteer::{gazetteer, Title, TitleKind};
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
        role: title.role,
        kind: title.kind,
        country,
        title_country: title.country,
        to_country,
        former,
        span: Span::new(start, title_end),
    })
}

/// The country of an office whose words name none: the title's own country ("Home
/// Secretary"), else a country named just before the title ("Chinese counterpart Minister Li"),
/// else the country the article refers to most.
pub fn infer_country(
    text: &str,
    office: &OfficeMention,
    countries: &[CountryMention],
) -> Option<&'static str> {
    if office.country.is_some() {
        return office.country;
    }
    if office.title_country.is_some() {
        return office.title_country;
    }
    let near = countries.iter().rev().find(|c| {
        c.span.end <= office.span.start
            && office.span.start - c.span.end <= 30
            && !text[c.span.end..office.span.start].contains(['.', ';', '"', '“', '”'])
    });
    if let Some(c) = near {
        return Some(c.iso);
    }
    let mut counts: std::collections::BTreeMap<&'static str, usize> =
        std::collections::BTreeMap::new();
    for c in countries {
        *counts.entry(c.iso).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(iso, n)| (n, std::cmp::Reverse(iso)))
        .map(|(iso, _)| iso)
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

    #[test]
    fn former_posts_are_marked() {
        let text = "former US President Bill Clinton";
        let seg = Segments::new(text);
        let o = &find_offices(text, &seg, &find_names(text, &seg))[0];
        assert!(o.former);
        assert_eq!(o.span.of(text), "US President");
    }
}
