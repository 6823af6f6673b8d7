//! An article's text cut into pieces at the offsets of its facts, for the article page: each
//! piece lies inside one statement or none, and inside one mention or none (the innermost:
//! "UK" inside "UK Prime Minister" is the country, the rest the post).
//!
//! ```
//! use newsgraph::serve::highlight::{pieces, Span};
//! // "Starmer said no." with the person at 0..7 and a statement at 13..15.
//! let text = "Starmer said no.";
//! let p = pieces(text, &[Span { begin: 0, end: 7, id: 0 }], &[Span { begin: 13, end: 15, id: 0 }]);
//! let parts: Vec<(&str, Option<usize>, Option<usize>)> =
//!     p.iter().map(|p| (p.text.as_str(), p.mention, p.statement)).collect();
//! assert_eq!(parts, [("Starmer", Some(0), None), (" said ", None, None), ("no", None, Some(0)), (".", None, None)]);
//! ```

/// A fact's place in the text: code points `begin..end`, and the fact's index in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First character (code point, as NIF counts).
    pub begin: usize,
    /// One past the last.
    pub end: usize,
    /// The fact's index in its list.
    pub id: usize,
}

/// A piece of the text and the facts it lies in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// The innermost mention around it.
    pub mention: Option<usize>,
    /// The innermost statement around it.
    pub statement: Option<usize>,
    /// Whether the piece begins its statement (the place to focus).
    pub starts_statement: bool,
}

/// Cuts `text` at every offset of `mentions` and `statements` (spans past the end of the text,
/// or empty, are left out).
pub fn pieces(text: &str, mentions: &[Span], statements: &[Span]) -> Vec<Piece> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let len = chars.len();
    let valid = |s: &&Span| s.begin < s.end && s.end <= len;
    let mentions: Vec<Span> = mentions.iter().filter(valid).copied().collect();
    let statements: Vec<Span> = statements.iter().filter(valid).copied().collect();
    let mut cuts: Vec<usize> = vec![0, len];
    for s in mentions.iter().chain(&statements) {
        cuts.push(s.begin);
        cuts.push(s.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let byte = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    let innermost = |spans: &[Span], a: usize, b: usize| {
        spans
            .iter()
            .filter(|s| s.begin <= a && b <= s.end)
            .min_by_key(|s| (s.end - s.begin, s.id))
            .copied()
    };
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let statement = innermost(&statements, w[0], w[1]);
            Piece {
                text: text[byte(w[0])..byte(w[1])].to_owned(),
                mention: innermost(&mentions, w[0], w[1]).map(|s| s.id),
                statement: statement.map(|s| s.id),
                starts_statement: statement.is_some_and(|s| s.begin == w[0]),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(begin: usize, end: usize, id: usize) -> Span {
        Span { begin, end, id }
    }

    /// (text, mentions, statements, expected pieces as (text, mention, statement)).
    #[test]
    fn pieces_table() {
        type Case<'a> = (
            &'a str,
            Vec<Span>,
            Vec<Span>,
            Vec<(&'a str, Option<usize>, Option<usize>)>,
        );
        let cases: Vec<Case> = vec![
            ("no facts", vec![], vec![], vec![("no facts", None, None)]),
            (
                // A country inside a post: the country's letters go to the country.
                "UK Prime Minister Ann",
                vec![sp(0, 17, 0), sp(0, 2, 1), sp(18, 21, 2)],
                vec![],
                vec![
                    ("UK", Some(1), None),
                    (" Prime Minister", Some(0), None),
                    (" ", None, None),
                    ("Ann", Some(2), None),
                ],
            ),
            (
                // A mention inside a statement keeps both.
                "\"Ask Bo,\" Al said",
                vec![sp(5, 7, 0), sp(10, 12, 1)],
                vec![sp(1, 8, 0)],
                vec![
                    ("\"", None, None),
                    ("Ask ", None, Some(0)),
                    ("Bo", Some(0), Some(0)),
                    (",", None, Some(0)),
                    ("\" ", None, None),
                    ("Al", Some(1), None),
                    (" said", None, None),
                ],
            ),
            (
                // Offsets count code points, not bytes.
                "Türkiye and Kyiv",
                vec![sp(0, 7, 0), sp(12, 16, 1)],
                vec![],
                vec![
                    ("Türkiye", Some(0), None),
                    (" and ", None, None),
                    ("Kyiv", Some(1), None),
                ],
            ),
            (
                // A span past the end of the text, or empty, is left out.
                "short",
                vec![sp(2, 40, 0), sp(1, 1, 1)],
                vec![],
                vec![("short", None, None)],
            ),
        ];
        for (text, mentions, statements, expected) in cases {
            let got: Vec<(String, Option<usize>, Option<usize>)> =
                pieces(text, &mentions, &statements)
                    .into_iter()
                    .map(|p| (p.text, p.mention, p.statement))
                    .collect();
            let expected: Vec<(String, Option<usize>, Option<usize>)> = expected
                .into_iter()
                .map(|(t, m, s)| (t.to_owned(), m, s))
                .collect();
            assert_eq!(got, expected, "{text}");
        }
    }
}
