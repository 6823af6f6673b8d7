//! Countries: every name, abbreviation, demonym, capital or seat of government of a country.
//!
//! ```
//! use newsgraph::extract::countries::find_countries;
//! let text = "Ukrainian officials met the Kremlin in Türkiye, not in the U.S.";
//! let isos: Vec<&str> = find_countries(text, &[]).iter().map(|c| c.iso).collect();
//! assert_eq!(isos, ["UA", "RU", "TR", "US"]);
//! ```

use crate::gazetteer::{gazetteer, FormKind};
use crate::learn::{Entity, Tagged};
use crate::segment::Span;

/// A reference to a country in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryMention {
    /// ISO 3166-1 alpha-2 code.
    pub iso: &'static str,
    /// The words that refer to it.
    pub span: Span,
    /// Name, demonym, capital or seat of government.
    pub kind: FormKind,
}

/// Finds the country references of `text`, leaving out any inside the `exclude` spans (people's
/// names, so that "Jordan Henderson" names no country).
pub fn find_countries(text: &str, exclude: &[Span]) -> Vec<CountryMention> {
    gazetteer()
        .find_countries(text)
        .filter(|(s, e, _, _)| !exclude.iter().any(|x| x.overlaps(Span::new(*s, *e))))
        .filter(|(s, e, _, kind)| *kind != FormKind::Capital || capital_as_state(text, *s, *e))
        .map(|(s, e, c, kind)| CountryMention {
            iso: c.iso,
            span: Span::new(s, e),
            kind,
        })
        .collect()
}

/// The mentions that may be words of a longer name rather than the country: those before a
/// word in title case or a number ("American League", "Monaco 1") or after one ("Radio New
/// Zealand", "Bank of France"). Which of them are is for the tagger to say ([`inside_name`]).
pub fn doubtful(text: &str, mentions: &[CountryMention]) -> Vec<Span> {
    mentions
        .iter()
        .filter(|m| {
            let next = text[m.span.end..]
                .strip_prefix(' ')
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            next || name_word_before(&text[..m.span.start])
        })
        .map(|m| m.span)
        .collect()
}

/// Words in title case that start sentences and clauses rather than names.
const OPENERS: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "And", "But", "Of", "To", "By", "With", "From",
    "As", "Both", "All", "Most", "Some", "Many", "Two", "Three", "Then", "While", "When", "If",
];

/// Whether `before` ends with a word in title case that can start a name: "Radio " or "Bank
/// of ", not "The ".
fn name_word_before(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let rest = rest
        .strip_suffix(" of")
        .or_else(|| rest.strip_suffix(" de"))
        .unwrap_or(rest);
    let word = rest
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.' || c == '&'))
        .next()
        .unwrap_or("");
    word.starts_with(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && !OPENERS.contains(&word)
}

/// Whether the tagger reads `mention` as part of another name: a person ("Alexander Paris"),
/// or an organisation or other name longer than it ("Bank of France", "the American League",
/// "the French Open"), a place a nationality names ("British Columbia"), or a team named as
/// the country is ("Jordan" in Formula One results). A place ("South Korea", "Western
/// Australia") or a nationality alone ("French") is the country.
pub fn inside_name(mention: &CountryMention, tagged: &[Tagged<'_>]) -> bool {
    let m = mention.span;
    tagged
        .iter()
        .filter(|t| Span::new(t.start, t.end).overlaps(m))
        .any(|t| {
            let longer = t.start < m.start || t.end > m.end;
            match t.kind {
                Entity::Location => longer && mention.kind == FormKind::Demonym,
                Entity::Person | Entity::Organisation => true,
                Entity::Other => longer,
            }
        })
}

/// Verbs after a capital that show it stands for its state ("Washington warned").
const STATE_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "has",
    "have",
    "had",
    "is",
    "was",
    "will",
    "would",
    "wants",
    "wanted",
    "warned",
    "warns",
    "accused",
    "accuses",
    "rejected",
    "rejects",
    "insisted",
    "insists",
    "agreed",
    "agrees",
    "refused",
    "refuses",
    "announced",
    "announces",
    "denied",
    "denies",
    "demanded",
    "demands",
    "responded",
    "hopes",
    "fears",
    "believes",
    "claims",
    "claimed",
    "urged",
    "urges",
    "called",
    "calls",
    "must",
    "should",
    "could",
    "may",
    "can",
    "sees",
    "saw",
    "threatened",
    "threatens",
    "sent",
    "sends",
    "imposed",
    "imposes",
    "recognised",
    "recognized",
    "condemned",
    "condemns",
    "backed",
    "backs",
    "supports",
    "supported",
    "opposes",
    "opposed",
    "signed",
    "argues",
    "argued",
];

/// Whether `mention`, a seat of government that is also the capital city, names the city
/// rather than its state ("a Washington church", "visiting Washington"; not "Washington
/// warned"). Posts still read it for their country: the national context of a story from
/// Washington is the US.
///
/// ```
/// use newsgraph::extract::countries::{city_not_state, find_countries};
/// let text = "Washington warned Moscow. Clinton spoke at a Washington church.";
/// let found = find_countries(text, &[]);
/// assert_eq!(found[0].span.of(text), "Washington");
/// assert!(!city_not_state(text, &found[0]));
/// assert!(city_not_state(text, &found[1]));
/// ```
pub fn city_not_state(text: &str, mention: &CountryMention) -> bool {
    mention.kind == FormKind::Seat
        && gazetteer().is_city_seat(mention.span.of(text))
        && !capital_as_state(text, mention.span.start, mention.span.end)
}

/// Whether `mention` is a currency's sign ("US$79") or the head of an adjective compound
/// that tells where a thing comes from or how it is made ("Russian-made", "British-based",
/// "American-style options"): no reference to the country, though posts still read it for
/// their country ("U.S.-designed computers" in a story on a commerce secretary). A hyphen
/// before another name ("U.S.-Russia talks") keeps it.
///
/// ```
/// use newsgraph::extract::countries::{compound_or_currency, find_countries};
/// let text = "a Russian-made helicopter, worth US$79, at U.S.-Russia talks";
/// let found: Vec<bool> = find_countries(text, &[])
///     .iter()
///     .map(|c| compound_or_currency(text, c))
///     .collect();
/// assert_eq!(found, [true, true, false, false]);
/// ```
pub fn compound_or_currency(text: &str, mention: &CountryMention) -> bool {
    let after = &text[mention.span.end..];
    after.starts_with('$')
        || after
            .strip_prefix(['-', '\u{2011}'])
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_lowercase)
}

/// Whether a capital stands for its state ("Moscow said", "Washington's policy") rather than
/// for the city ("in Manila", "London-based").
fn capital_as_state(text: &str, _start: usize, end: usize) -> bool {
    let after = &text[end..];
    if after.starts_with("'s ") || after.starts_with("’s ") {
        return true;
    }
    let next = after
        .trim_start_matches(' ')
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !after.starts_with(['-', '\n']) && STATE_VERBS.contains(&next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_table() {
        for (input, expected) in [
            (
                "the Kremlin leader",
                vec![("Kremlin", "RU", FormKind::Seat)],
            ),
            ("UK Prime Minister", vec![("UK", "GB", FormKind::Name)]),
            (
                "France's Emmanuel Macron in Kyiv",
                vec![("France", "FR", FormKind::Name)],
            ),
            (
                "Moscow warned Kyiv",
                vec![("Moscow", "RU", FormKind::Capital)],
            ),
            ("a London-based firm in Manila", vec![]),
            (
                "Moscow argues otherwise",
                vec![("Moscow", "RU", FormKind::Capital)],
            ),
            // A country's word that is no reference to it is left out later
            // (`compound_or_currency`), once posts have read it.
            (
                "a Russian-made helicopter",
                vec![("Russian", "RU", FormKind::Demonym)],
            ),
            // A capital of several words in a dateline is the city, in capitals too.
            ("MEXICO CITY 1996-08-26 Banks rose.", vec![]),
            ("Talks in Kuwait City ended.", vec![]),
            (
                "KUWAIT CITY - Kuwait rose.",
                vec![("Kuwait", "KW", FormKind::Name)],
            ),
            // A country's own name that is an English word or a person's name names no country.
            ("ISLAND FERRY SINKS", vec![]),
            ("Island hopping", vec![]),
            ("Dominique Vallon and Mann spoke", vec![]),
            ("West Indian all-rounder", vec![]),
            ("European leaders and the West", vec![]),
            (
                "Americans and British voters",
                vec![
                    ("Americans", "US", FormKind::Demonym),
                    ("British", "GB", FormKind::Demonym),
                ],
            ),
        ] {
            let got: Vec<_> = find_countries(input, &[])
                .iter()
                .map(|c| (c.span.of(input), c.iso, c.kind))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    #[test]
    fn names_are_excluded() {
        let text = "Jordan Henderson scored";
        assert!(find_countries(text, &[Span::new(0, 16)]).is_empty());
    }
}
