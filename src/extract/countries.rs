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
        .map(|(s, e, c, kind)| CountryMention {
            iso: c.iso,
            span: Span::new(s, e),
            kind,
        })
        .collect()
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
                vec![
                    ("France", "FR", FormKind::Name),
                    ("Kyiv", "UA", FormKind::Capital),
                ],
            ),
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
