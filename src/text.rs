//! Small text helpers shared by the pipeline: folding, slugs and offsets.

use unicode_normalization::UnicodeNormalization;

/// Lower case without accents: `fold("Türkiye")` is `"turkiye"`.
///
/// ```
/// assert_eq!(newsgraph::text::fold("Élysée Zelenskyy"), "elysee zelenskyy");
/// assert_eq!(newsgraph::text::fold("O’Neill"), "o'neill");
/// ```
pub fn fold(s: &str) -> String {
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| {
            if matches!(c, '’' | '‘' | 'ʼ') {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A readable IRI segment: folded, with runs of anything but letters and digits as one `-`.
///
/// ```
/// assert_eq!(newsgraph::text::slug("Sir Keir Starmer"), "sir-keir-starmer");
/// assert_eq!(newsgraph::text::slug("Jean-Claude O'Neill"), "jean-claude-o-neill");
/// ```
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in fold(s).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Maps byte offsets of one text to character (Unicode code point) offsets, as NIF counts them.
///
/// ```
/// let text = "Türkiye said “yes”";
/// let chars = newsgraph::text::CharOffsets::new(text);
/// assert_eq!(chars.char_offset(text.find("said").unwrap()), 8);
/// assert_eq!(chars.char_offset(text.find("yes").unwrap()), 14);
/// assert_eq!(chars.char_offset(text.len()), text.chars().count());
/// ```
pub struct CharOffsets {
    /// (byte offset, char index, byte width) of every multi-byte char, in order.
    multi: Vec<(usize, usize, usize)>,
}

impl CharOffsets {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let multi = text
            .char_indices()
            .enumerate()
            .filter(|(_, (_, c))| c.len_utf8() > 1)
            .map(|(ci, (bi, c))| (bi, ci, c.len_utf8()))
            .collect();
        CharOffsets { multi }
    }

    /// The char offset of `byte`, which must lie on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.multi.partition_point(|&(b, _, _)| b < byte) {
            0 => byte,
            i => {
                let (b, c, w) = self.multi[i - 1];
                c + 1 + (byte - b - w)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_a_naive_count() {
        for text in [
            "",
            "abc",
            "ééé",
            "a—b“c”d",
            "Türkiye on Thursday. “Personally.”",
        ] {
            let co = CharOffsets::new(text);
            for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    co.char_offset(b),
                    text[..b].chars().count(),
                    "{text:?} at {b}"
                );
            }
        }
    }

    #[test]
    fn fold_and_slug_table() {
        for (input, folded, slugged) in [
            (
                "Volodymyr Zelensky",
                "volodymyr zelensky",
                "volodymyr-zelensky",
            ),
            ("Türkiye", "turkiye", "turkiye"),
            ("  U.S. ", "  u.s. ", "u-s"),
        ] {
            assert_eq!(fold(input), folded);
            assert_eq!(slug(input), slugged);
        }
    }
}

/// A word of the text, as the extractors see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Where it stands (without a possessive `'s`).
    pub span: crate::segment::Span,
    /// Its letters (without a possessive `'s`).
    pub text: &'a str,
    /// Whether a possessive `'s` or `’s` followed.
    pub possessive: bool,
    /// Whether only white space separates it from the word before (no comma, quote, dash…).
    pub joined: bool,
}

impl Word<'_> {
    /// Whether it starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

static WORD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*\.?",
    )
    .expect("word regex compiles")
});

/// Abbreviations that keep their full stop as part of the word.
const DOTTED: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "St.", "Gen.", "Jr.", "Sr.", "Prof.",
    "Rev.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Adm.", "No.",
];

/// The words of `span` in `text`.
///
/// ```
/// use newsgraph::{segment::Span, text::words};
/// let text = "France's Emmanuel Macron, U.S. Sen. M. O'Neill.";
/// let w: Vec<_> = words(text, Span::new(0, text.len())).iter().map(|w| (w.text, w.possessive, w.joined)).collect();
/// assert_eq!(w, [("France", true, false), ("Emmanuel", false, false), ("Macron", false, true),
///     ("U.S.", false, false), ("Sen.", false, true), ("M.", false, true), ("O'Neill", false, true)]);
/// ```
pub fn words(text: &str, span: crate::segment::Span) -> Vec<Word<'_>> {
    let mut out: Vec<Word<'_>> = Vec::new();
    let mut last_end = span.start;
    for m in WORD.find_iter(&text[span.start..span.end]) {
        let (s, mut e) = (span.start + m.start(), span.start + m.end());
        let mut w = &text[s..e];
        if w.len() > 1 && w.ends_with('.') {
            let bare = &w[..w.len() - 1];
            let initial = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
            if !(initial || bare.contains('.') || DOTTED.contains(&w)) {
                e -= 1;
                w = bare;
            }
        }
        let mut possessive = false;
        for suffix in ["'s", "’s", "'S"] {
            if w.len() > suffix.len() && w.ends_with(suffix) {
                e -= suffix.len();
                w = &w[..w.len() - suffix.len()];
                possessive = true;
                break;
            }
        }
        let gap = &text[last_end..s];
        let joined =
            out.last().is_some_and(|p| !p.possessive) && gap.chars().all(char::is_whitespace);
        out.push(Word {
            span: crate::segment::Span::new(s, e),
            text: w,
            possessive,
            joined,
        });
        last_end = if possessive { span.start + m.end() } else { e };
    }
    out
}
