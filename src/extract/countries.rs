//! Countries: every name, abbreviation, demonym, capital or seat of government of a country.
//!
//! ```
//! use newsgraph::extract::countries::find_countries;
//! let text = "Ukrainian officials met the Kremlin in Türkiye, not in the U.S.";
//! let isos: Vec<&str> = find_countries(text, &[]).iter().map(|c| c.iso).collect();
//! assert_eq!(isos, ["UA", "RU", "TR", "US"]);
//! ```

use crate::gazetteer::{gazetteer, FormKind};
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
        .filter(|(s, e, _, _)| !exclude.iter().any(|x| x.start < *e && *s < x.end))
        .filter(|(s, e, _, kind)| *kind != FormKind::Capital || capital_as_state(text, *s, *e))
        .map(|(s, e, c, kind)| CountryMention {
            iso: c.iso,
            span: Span::new(s, e),
            kind,
        })
        .collect()
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
];

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
