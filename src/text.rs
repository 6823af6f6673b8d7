//! Small text helpers shared by the pipeline: folding, slugs and offsets.

use unicode_normalization::UnicodeNormalization;

/// Lower case without accents: `fold("Türkiye")` is `"turkiye"`.
///
/// ```
/// assert_eq!(newsgraph::text::fold("Élysée Zelenskyy"), "elysee zelenskyy");
/// assert_eq!(newsgraph::text::fold("O’Neill"), "o'neill");
/// // A letter garbled by decoding UTF-8 as Latin-1 is the letter.
/// assert_eq!(newsgraph::text::fold("PeÃ±a FranA\u{303}\u{a7}ois"), "pena francois");
/// ```
pub fn fold(s: &str) -> String {
    // ASCII has no compatibility forms, marks or curly apostrophes: lower case is all.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    ungarble(s)
        .nfkd()
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

/// `s` with each "Ã" (or "A" and a combining tilde) and char of U+0080–U+00BF after it (a
/// letter of U+00C0–U+00FF in UTF-8, decoded as Latin-1: "Ã±") as the letter it was ("ñ").
fn ungarble(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['Ã', '\u{303}']) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let garbled = |c: char| ('\u{80}'..='\u{BF}').contains(&c);
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // "Ã" or "A" and a combining tilde, then the second byte of the letter's UTF-8.
        let width = match chars[i..] {
            ['Ã', n, ..] if garbled(n) => 1,
            ['A', '\u{303}', n, ..] if garbled(n) => 2,
            _ => 0,
        };
        if width == 0 {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // 0xC3 0xNN is the UTF-8 of U+00C0 + (NN - 0x80).
        out.extend(char::from_u32(0xC0 + chars[i + width] as u32 - 0x80));
        i += width + 1;
    }
    out.into()
}

/// A fixed list of words, looked up by hash: the lists rules test each word of a text
/// against are too long to scan word by word.
///
/// ```
/// use newsgraph::text::WordSet;
/// static DAYS: WordSet = WordSet::new(&["Monday", "Tuesday"]);
/// assert!(DAYS.contains("Monday"));
/// assert!(!DAYS.contains("monday"));
/// ```
pub struct WordSet {
    list: &'static [&'static str],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    /// The set of the words of `list` (built on first use).
    pub const fn new(list: &'static [&'static str]) -> Self {
        WordSet {
            list,
            set: std::sync::OnceLock::new(),
        }
    }

    /// Whether `word` is one of the list's, as written.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(word)
    }
}

/// A set of words that turns most words outside it away before hashing them: a bit for each
/// (first byte, last byte, length) that a word of the set has. The words of a text are tested
/// against the same lists again and again, and most are in none.
///
/// ```
/// use newsgraph::text::QuickSet;
/// let set: QuickSet = ["said", "told", "a"].into_iter().collect();
/// assert!(set.contains("said") && set.contains("a"));
/// assert!(!set.contains("sail") && !set.contains("Said") && !set.contains(""));
/// ```
#[derive(Debug, Default)]
pub struct QuickSet {
    /// One bit per [`QuickSet::shape`].
    shapes: Vec<u64>,
    words: rustc_hash::FxHashSet<&'static str>,
}

impl QuickSet {
    /// A word's place among the bits: its first and last bytes (five bits of each) and its
    /// length (up to 15).
    fn shape(word: &str) -> usize {
        let b = word.as_bytes();
        let (first, last) = match b {
            [] => (0, 0),
            [f, .., l] => (f & 0x1F, l & 0x1F),
            [f] => (f & 0x1F, f & 0x1F),
        };
        (usize::from(first) << 9) | (usize::from(last) << 4) | b.len().min(15)
    }

    /// Whether `word` is one of the set's, as written.
    pub fn contains(&self, word: &str) -> bool {
        let k = Self::shape(word);
        self.shapes[k / 64] & (1 << (k % 64)) != 0 && self.words.contains(word)
    }
}

impl FromIterator<&'static str> for QuickSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        let mut set = QuickSet {
            shapes: vec![0; (1 << 14) / 64],
            words: rustc_hash::FxHashSet::default(),
        };
        for w in words {
            let k = Self::shape(w);
            set.shapes[k / 64] |= 1 << (k % 64);
            set.words.insert(w);
        }
        set
    }
}

/// `s` with its first letter in upper case: a label at the start of a line.
///
/// ```
/// assert_eq!(newsgraph::text::upper_first("police"), "Police");
/// assert_eq!(newsgraph::text::upper_first("équipe de France"), "Équipe de France");
/// assert_eq!(newsgraph::text::upper_first(""), "");
/// ```
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(chars).collect())
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

    /// The scanner finds exactly the regex's matches, on tricky and on generated text.
    #[test]
    fn word_scanner_matches_the_word_regex() {
        let regex = regex::Regex::new(WORD_PATTERN).unwrap();
        let check = |text: &str| {
            let want: Vec<(usize, usize)> = regex
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            let got: Vec<(usize, usize)> = WordScanner::new(text).collect();
            assert_eq!(got, want, "{text:?}");
        };
        for text in [
            "",
            "U.S. U.S.A. U.N.-backed A.B",
            "Jean-Claude O'Neill O’Neill's rock-'n'-roll -x x- x'",
            "3.5 1,000 2nd 42-year-old",
            "Zelenskyy, Türkiye, Erdoğan; café\u{301} e\u{301}\u{301}x",
            "Ⅻ ⅻ ① ²³ x²",
            "Mr. Dr.Smith a.b.c. a..b",
            "«Да» 北京 مرحبا",
            "Enrique PeÃ±a Nieto, FranÃ§ois, Ã©tÃ©, Ã, Ã x-Ã¡, Â£5",
            "PeA\u{303}\u{b1}a A\u{303}\u{a9}t x-A\u{303}\u{a1} \u{303}\u{b1} A\u{303}",
        ] {
            check(text);
        }
        // Generated strings over an alphabet of the characters that matter.
        let alphabet: Vec<char> = "aZé\u{301}1².'’- ,\"“ⅫЖ京xÃ±©A\u{303}".chars().collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 24) {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            check(&text);
            seed = seed.rotate_left(7) ^ 0x2545_f491_4f6c_dd1d;
        }
    }

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

/// Whether a word has the form of a past tense: "-ed" after four letters or more ("rejected",
/// "ordered"; not "red", "bed").
///
/// ```
/// use newsgraph::text::past_form;
/// assert!(past_form("ordered"));
/// assert!(!past_form("bed"));
/// ```
pub fn past_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// The largest char boundary of `text` at or before `i` (at most `text.len()`): where a byte
/// offset reached by counting may cut the text.
///
/// ```
/// use newsgraph::text::floor_char_boundary;
/// let text = "Türkiye";
/// assert_eq!(floor_char_boundary(text, 2), 1);
/// assert_eq!(floor_char_boundary(text, 3), 3);
/// assert_eq!(floor_char_boundary(text, 99), text.len());
/// ```
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nouns a phrase of time ends in ("this week", "on Monday morning").
pub const TIME_NOUNS: &[&str] = &[
    "night",
    "morning",
    "afternoon",
    "evening",
    "week",
    "weekend",
    "month",
    "year",
];

/// The days of the week.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The months' names ("May" is also a name: callers that look for names set it apart).
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What a word is, as a regular expression: dotted initials ("U.S."), or a letter or digit,
/// more letters, marks and digits, parts joined by an apostrophe or hyphen ("O'Neill",
/// "Jean-Claude"), and a full stop. A letter garbled by decoding UTF-8 as Latin-1 ("PeÃ±a" for
/// "Peña", "FranÃ§ois") stays a letter: "Ã" (or "A" and a combining tilde) and the char after
/// it. [`WordScanner`] finds the same words several times faster.
pub const WORD_PATTERN: &str = concat!(
    r"(?:\p{L}\.){2,}|",
    r"(?:(?:Ã|A\x{303})[\x{80}-\x{BF}]|[\p{L}\p{N}])",
    r"(?:(?:Ã|A\x{303})[\x{80}-\x{BF}]|[\p{L}\p{M}\p{N}])*",
    r"(?:['’\-](?:(?:Ã|A\x{303})[\x{80}-\x{BF}]|[\p{L}\p{M}\p{N}])+)*\.?",
);

/// The Unicode class of a char, as far as words care: a letter, a digit, a mark or other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Number,
    Mark,
    Other,
}

fn class(c: char) -> Class {
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Class::Letter
        } else if c.is_ascii_digit() {
            Class::Number
        } else {
            Class::Other
        };
    }
    static CLASSES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:(\p{L})|(\p{N})|(\p{M}))$").expect("class regex compiles")
    });
    let mut buf = [0u8; 4];
    match CLASSES.captures(c.encode_utf8(&mut buf)) {
        Some(caps) if caps.get(1).is_some() => Class::Letter,
        Some(caps) if caps.get(2).is_some() => Class::Number,
        Some(_) => Class::Mark,
        None => Class::Other,
    }
}

/// Finds the matches of [`WORD_PATTERN`] (leftmost-first, as the regex crate does) by one pass
/// over the chars: the tokenizer runs on every word of every article, where the general regex
/// engine was a tenth of the extraction time.
///
/// ```
/// use newsgraph::text::WordScanner;
/// let words: Vec<&str> = WordScanner::new("U.S.A. Jean-Claude's 3.5 per-cent, O’Neill.")
///     .map(|(s, e)| &"U.S.A. Jean-Claude's 3.5 per-cent, O’Neill."[s..e])
///     .collect();
/// assert_eq!(words, ["U.S.A.", "Jean-Claude's", "3.", "5", "per-cent", "O’Neill."]);
/// ```
pub struct WordScanner<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> WordScanner<'a> {
    /// Scans `text` from its start.
    pub fn new(text: &'a str) -> Self {
        WordScanner { text, pos: 0 }
    }

    /// The char at byte `i` and its class, if any.
    fn at(&self, i: usize) -> Option<(char, Class)> {
        match self.text.as_bytes().get(i) {
            None => None,
            Some(&b) if b.is_ascii() => Some((b as char, class(b as char))),
            Some(_) => self.text[i..].chars().next().map(|c| (c, class(c))),
        }
    }

    /// The end of a run of letters, marks and digits starting at `i`.
    fn run_end(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        loop {
            // ASCII letters and digits byte by byte (most of a run); other ASCII ends it.
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            match self.at(i) {
                Some((c @ ('Ã' | '\u{303}'), _)) if self.garbled(i) => i += c.len_utf8() + 2,
                Some((c, k)) if !c.is_ascii() && k != Class::Other => i += c.len_utf8(),
                _ => return i,
            }
        }
    }

    /// Whether the char at byte `i` is "Ã" (or a combining tilde after "A") followed by a char
    /// of U+0080–U+00BF: one letter of UTF-8 decoded as Latin-1 ("Ã±" for "ñ").
    fn garbled(&self, i: usize) -> bool {
        let rest = &self.text[i..];
        (rest.starts_with('Ã') || rest.starts_with('\u{303}') && self.text[..i].ends_with('A'))
            && rest[2..]
                .chars()
                .next()
                .is_some_and(|c| ('\u{80}'..='\u{BF}').contains(&c))
    }
}

impl Iterator for WordScanner<'_> {
    /// Byte offsets of the word.
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        // The leftmost char that can start a word: a letter or a digit.
        let start = loop {
            let (c, k) = self.at(self.pos)?;
            if matches!(k, Class::Letter | Class::Number) {
                break self.pos;
            }
            self.pos += c.len_utf8();
        };
        let (first, _) = self.at(start)?;
        // Dotted initials, at least two.
        let mut i = start;
        let mut initials = 0;
        while let Some((c, Class::Letter)) = self.at(i) {
            if !self.text[i + c.len_utf8()..].starts_with('.') {
                break;
            }
            i += c.len_utf8() + 1;
            initials += 1;
        }
        let end = if initials >= 2 {
            i
        } else {
            // A run, then parts after an apostrophe or hyphen, then a full stop.
            let first_len = if self.garbled(start) {
                4
            } else {
                first.len_utf8()
            };
            let mut end = self.run_end(start + first_len);
            while let Some((c, _)) = self.at(end).filter(|(c, _)| matches!(c, '\'' | '’' | '-')) {
                let part = end + c.len_utf8();
                let part_end = self.run_end(part);
                if part_end == part {
                    break;
                }
                end = part_end;
            }
            if self.text[end..].starts_with('.') {
                end += 1;
            }
            end
        };
        self.pos = end;
        Some((start, end))
    }
}

/// Abbreviations that keep their full stop as part of the word.
const DOTTED: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Del.", "Gov.", "St.", "Gen.", "Jr.", "Sr.",
    "Prof.", "Rev.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Adm.", "No.",
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
    for (ms, me) in WordScanner::new(&text[span.start..span.end]) {
        let (s, mut e) = (span.start + ms, span.start + me);
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
        last_end = if possessive { span.start + me } else { e };
    }
    out
}

/// `word` in lower case, borrowed when it has no capital letter (most words), so that looking
/// every word up costs no allocation.
///
/// ```
/// use newsgraph::text::lowercase;
/// assert_eq!(lowercase("said"), "said");
/// assert_eq!(lowercase("Said"), "said");
/// assert_eq!(lowercase("ÉTÉ"), "été");
/// ```
pub fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Where each whole-word occurrence of `word` in `text` ends: not inside a longer word
/// ("Kasich" is not in "Kasichs").
///
/// ```
/// use newsgraph::text::word_ends;
/// let text = "Cairn said it would drill. Cairns and Cairn Energy rose.";
/// assert_eq!(word_ends(text, "Cairn").collect::<Vec<_>>(), vec![5, 43]);
/// ```
pub fn word_ends<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(word).filter_map(move |(at, _)| {
        let end = at + word.len();
        (!text[..at].ends_with(char::is_alphanumeric)
            && !text[end..].starts_with(char::is_alphanumeric))
        .then_some(end)
    })
}

/// Whether a word is a generational suffix: "Jr", "Sr.", "III".
///
/// ```
/// use newsgraph::text::generational_suffix;
/// assert!(generational_suffix("Jr.") && generational_suffix("III"));
/// assert!(!generational_suffix("King"));
/// ```
pub fn generational_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches(['.', ',']),
        "Jr" | "Sr" | "II" | "III" | "IV"
    )
}

/// What follows an "ex-" glued to the start of `words`, any case: "ex-minister" gives
/// "minister", "Ex-King" gives "King".
///
/// ```
/// use newsgraph::text::after_ex;
/// assert_eq!(after_ex("ex-minister"), Some("minister"));
/// assert_eq!(after_ex("Ex-King"), Some("King"));
/// assert_eq!(after_ex("ex-"), None);
/// assert_eq!(after_ex("exit"), None);
/// ```
pub fn after_ex(words: &str) -> Option<&str> {
    words
        .get(..3)
        .filter(|ex| ex.eq_ignore_ascii_case("ex-") && words.len() > 3)
        .map(|_| &words[3..])
}

/// Whether `words` open with a question put to someone: "Asked whether …", "When asked about
/// …", "If asked …". Not "asked" after a subject ("who he says asked for his involvement").
///
/// ```
/// use newsgraph::text::question_put;
/// assert!(question_put("Asked whether he would stand, he said no"));
/// assert!(question_put("When asked about it, she smiled"));
/// assert!(!question_put("who he says asked for his involvement"));
/// ```
pub fn question_put(words: &str) -> bool {
    let mut ws = words.split_whitespace();
    let first = ws.next().unwrap_or("");
    first == "Asked"
        || matches!(first, "When" | "when" | "If" | "if" | "Once" | "once")
            && ws.next() == Some("asked")
}
