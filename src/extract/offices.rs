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
//! assert_eq!((o.role, o.country, o.to_country), ("Ambassador", Some("UA"), Some("US")));
//! ```

use super::people::NameMention;
use crate::gazetteer::{gazetteer, TitleKind};
use crate::segment::{Segments, Span};
use crate::text::{words, Word};

/// An office stated in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeMention {
    /// The index of the name (in the list given to [`find_offices`]) that holds it.
    pub name: usize,
    /// The bare title, as the gazetteer writes it: "Prime Minister".
    pub role: &'static str,
    /// The kind of title.
    pub kind: TitleKind,
    /// The country whose office it is.
    pub country: Option<&'static str>,
    /// The country an envoy is sent to.
    pub to_country: Option<&'static str>,
    /// Whether the text calls it a former post ("former President Bill Clinton").
    pub former: bool,
    /// The words that state it, from the country to the title ("UK Prime Minister").
    pub span: Span,
}

/// The country form of up to four words ending just before `ws[j]`, as (words, iso).
fn country_before(ws: &[Word<'_>], j: usize) -> Option<(usize, &'static str)> {
    let g = gazetteer();
    (1..=4.min(j)).rev().find_map(|k| {
        let phrase: Vec<&str> = ws[j - k..j].iter().map(|w| w.text).collect();
        let inner_joined = ws[j - k + 1..j].iter().all(|w| w.joined);
        g.country_form(&phrase.join(" "))
            .filter(|_| inner_joined)
            .map(|(c, _)| (k, c.iso))
    })
}

/// The title of up to N words ending just before `ws[j]`.
fn title_before(ws: &[Word<'_>], j: usize) -> Option<(usize, &'static str, TitleKind)> {
    let g = gazetteer();
    (1..=g.max_title_words().min(j)).rev().find_map(|k| {
        let phrase: Vec<&str> = ws[j - k..j].iter().map(|w| w.text).collect();
        let inner_joined = ws[j - k + 1..j].iter().all(|w| w.joined);
        g.title(&phrase.join(" "))
            .filter(|_| inner_joined)
            .map(|(t, kind)| (k, t, kind))
    })
}

/// Finds the offices stated before the names in `names`.
pub fn find_offices(text: &str, seg: &Segments, names: &[NameMention]) -> Vec<OfficeMention> {
    let mut out = Vec::new();
    for (ni, name) in names.iter().enumerate() {
        let sentence = seg.sentences[seg.sentence_index(name.full.start)];
        let ws = words(text, Span::new(sentence.start, name.full.start));
        let Some(last) = ws.last() else { continue };
        if !text[last.span.end..name.full.start]
            .chars()
            .all(char::is_whitespace)
            || last.possessive
        {
            continue;
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
        let Some((k, role, kind)) = title_before(&ws, j) else {
            continue;
        };
        if to_country.is_some() && kind != TitleKind::Envoy {
            continue;
        }
        let title_end = ws[j - 1].span.end;
        j -= k;
        let mut start = ws[j].span.start;
        let mut former = false;
        let mut country = None;
        for _ in 0..2 {
            if j == 0 {
                break;
            }
            if let Some((k, iso)) = country_before(&ws, j).filter(|_| country.is_none()) {
                country = Some(iso);
                j -= k;
                start = ws[j].span.start;
            } else if matches!(
                ws[j - 1].text.to_lowercase().as_str(),
                "former" | "ex" | "then" | "acting" | "interim"
            ) {
                former |= ws[j - 1].text.eq_ignore_ascii_case("former")
                    || ws[j - 1].text.eq_ignore_ascii_case("ex");
                j -= 1;
            } else {
                break;
            }
        }
        out.push(OfficeMention {
            name: ni,
            role,
            kind,
            country,
            to_country,
            former,
            span: Span::new(start, title_end),
        });
    }
    out
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
        ] {
            let seg = Segments::new(input);
            let names = find_names(input, &seg);
            let got = find_offices(input, &seg, &names)
                .first()
                .map(|o| (o.role, o.country, o.to_country));
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
