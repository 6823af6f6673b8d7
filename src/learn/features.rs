//! Tokens and their features for the name tagger: the words of a sentence split as CoNLL-2003
//! splits them ("Blair's" → "Blair", "'s"; "U.S." stays whole), and for each token the
//! attributes the model weighs: the word, its shape and affixes, its neighbours, gazetteer
//! membership, whether its sentence is all capitals, and whether the article writes the word
//! in lower case elsewhere (a capital then only starts a sentence).
//!
//! ```
//! use newsgraph::learn::features::{tokens, attributes};
//! let toks: Vec<&str> = tokens("Mr Blair's aide P. Jones said.").iter().map(|t| t.text).collect();
//! assert_eq!(toks, ["Mr", "Blair", "'s", "aide", "P.", "Jones", "said", "."]);
//! let attrs = attributes(&toks, &Default::default());
//! assert!(attrs[1].contains(&"w-1=mr".to_owned()));
//! assert!(attrs[1].contains(&"hon-1".to_owned()));
//! ```

use super::crf::Attr;
use crate::gazetteer::{gazetteer, HONORIFICS};
use regex::Regex;
use rustc_hash::FxHashSet;
use std::fmt::Write as _;
use std::sync::LazyLock;

/// A token: its text and byte offsets in the text it was split from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text.
    pub text: &'a str,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
}

/// The abbreviations the token pattern keeps whole with their full stop.
const ABBREVIATIONS: [&str; 19] = [
    "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "St", "Gen", "Col", "Lt", "Jr", "Sr", "Prof",
    "Rev", "Sgt", "Capt", "Mt", "Ft",
];

/// The token pattern, its classes given: capitals, digits, word characters, a word boundary,
/// the marks inside a word, and any other character.
fn token_pattern(
    upper: &str,
    digit: &str,
    word: &str,
    boundary: &str,
    joins: &str,
    other: &str,
) -> Regex {
    let pattern = format!(
        r"(?:{upper}\.)+|(?:{abbreviations})\.|{digit}+(?:[.,:/-]{digit}+)*|'(?:s|re|ve|ll|d|m){boundary}|{word}+(?:[{joins}]{word}+)*|{other}",
        abbreviations = ABBREVIATIONS.join("|"),
    );
    Regex::new(&pattern).expect("the token pattern is valid")
}

/// The tokens: initials and "U.S."; abbreviations; numbers ("1996-08-22", "3.5", "1,000");
/// clitics; words ("O'Neill", "Jean-Pierre"); anything else, one character.
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| token_pattern(r"\p{Lu}", r"\d", r"\w", r"\b", "-'’&", r"\S"));

/// The same pattern for text in ASCII, without Unicode classes: on ASCII it matches what
/// [`TOKEN`] matches (a test compares them), and its automaton is a fraction of the size.
static TOKEN_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    token_pattern(
        "[A-Z]",
        "[0-9]",
        "[0-9A-Za-z_]",
        r"(?-u:\b)",
        "-'&",
        r"[\x00-\x08\x0E-\x1F\x21-\x7F]",
    )
});

/// The tokens of `text`.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::with_capacity(text.len() / 5);
    // No token holds white space, so the text can be split at it first; a chunk of ASCII
    // letters alone is one token (the pattern's word), and only the rest needs the pattern.
    // Byte by byte: a character outside ASCII is decoded only to ask whether it is a space.
    let bytes = text.as_bytes();
    let mut chunk_start = None;
    let mut i = 0;
    while i <= bytes.len() {
        let (space, width) = match bytes.get(i) {
            None => (true, 1),
            Some(&b) if b < 0x80 => (b.is_ascii_whitespace() || b == 0x0B, 1),
            Some(_) => {
                let c = text[i..].chars().next().expect("a character starts here");
                (c.is_whitespace(), c.len_utf8())
            }
        };
        match (space, chunk_start) {
            (false, None) => chunk_start = Some(i),
            (true, Some(s)) => {
                chunk_tokens(text, s, i, &mut out);
                chunk_start = None;
            }
            _ => {}
        }
        i += width;
    }
    out
}

/// The tokens of `text[start..end]`, a chunk without white space, onto `out`.
fn chunk_tokens<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<Token<'a>>) {
    let chunk = &text[start..end];
    // ASCII letters, and at most one mark after them that the pattern splits off ("said,",
    // "talks."): the pattern's word and then one character, unless the word and its full stop
    // are an abbreviation ("Mr.") or an initial ("P.").
    let letters = chunk.bytes().take_while(u8::is_ascii_alphabetic).count();
    let split_off = match chunk.as_bytes().get(letters..) {
        Some([]) => true,
        Some([b',' | b';' | b':' | b'!' | b'?' | b')' | b'"']) => letters > 0,
        Some([b'.']) => letters > 1 && !ABBREVIATIONS.contains(&&chunk[..letters]),
        _ => false,
    };
    if split_off {
        out.push(Token {
            text: &chunk[..letters],
            start,
            end: start + letters,
        });
        if letters < chunk.len() {
            out.push(Token {
                text: &chunk[letters..],
                start: start + letters,
                end,
            });
        }
        return;
    }
    pattern_tokens(text, start, end, out);
}

/// The tokens of `text[start..end]` by the token pattern, onto `out`.
fn pattern_tokens<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<Token<'a>>) {
    let chunk = &text[start..end];
    let pattern = if chunk.is_ascii() {
        &*TOKEN_ASCII
    } else {
        &*TOKEN
    };
    for m in pattern.find_iter(chunk) {
        let (m_start, m_end) = (start + m.start(), start + m.end());
        // "Blair's": the clitic is its own token.
        let t = m.as_str();
        if let Some(stem) = t
            .strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .filter(|s| !s.is_empty())
        {
            out.push(Token {
                text: stem,
                start: m_start,
                end: m_start + stem.len(),
            });
            out.push(Token {
                text: &text[m_start + stem.len()..m_end],
                start: m_start + stem.len(),
                end: m_end,
            });
        } else {
            out.push(Token {
                text: t,
                start: m_start,
                end: m_end,
            });
        }
    }
}

/// What the whole article tells about its words: those it writes in lower case somewhere.
#[derive(Debug, Clone, Default)]
pub struct Document<'a> {
    /// Words written in lower case, as written.
    pub lower: FxHashSet<&'a str>,
}

impl<'a> Document<'a> {
    /// The document of the tokens of all its sentences.
    pub fn new(tokens: impl IntoIterator<Item = &'a str>) -> Self {
        let lower = tokens
            .into_iter()
            .filter(|t| t.starts_with(char::is_lowercase))
            .collect();
        Document { lower }
    }
}

/// "Blair" → "Xx", "U.S." → "X.X.", "1996" → "d": runs of one class written once.
fn shape(w: &str) -> String {
    let mut out = String::new();
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !out.ends_with(k) {
            out.push(k);
        }
    }
    out
}

/// The first (`prefix`) or last `n` characters of `w`, or all of it when it is shorter.
fn affix(w: &str, n: usize, prefix: bool) -> &str {
    if prefix {
        &w[..w.char_indices().nth(n).map_or(w.len(), |(i, _)| i)]
    } else {
        &w[w.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i)..]
    }
}

/// The attributes of each token of one sentence.
pub fn attributes(tokens: &[&str], doc: &Document) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::with_capacity(32); tokens.len()];
    each_attribute(tokens, doc, &mut |i, a| out[i].push(a.to_owned()));
    out
}

/// What the attributes of a word are made of, found once: its lower-case form, its shape and
/// the lists it is on.
pub struct WordFacts {
    lower: String,
    shape: String,
    first_name: bool,
    country: bool,
    title: bool,
    honorific: bool,
    cue: bool,
}

impl WordFacts {
    /// The facts of `word`, the token as written.
    pub fn new(word: &str) -> Self {
        let g = gazetteer();
        let lower = word.to_lowercase();
        WordFacts {
            shape: shape(word),
            first_name: g.is_first_name(word),
            country: g.country_form(word).is_some(),
            title: g.title(word).is_some(),
            honorific: HONORIFICS.contains(&word),
            cue: g.is_cue_verb(&lower),
            lower,
        }
    }

    /// The word lower-cased, given up.
    pub fn into_lower(self) -> String {
        self.lower
    }

    /// The attributes the word gives its own token ([`word_attributes`]).
    pub fn own(&self, emit: &mut dyn FnMut(&str)) {
        let w = self.lower.as_str();
        let mut put = Put::new(emit);
        put.put(&["bias"]);
        put.put(&["w=", w]);
        put.put(&["shape=", &self.shape]);
        put.put(&["p3=", affix(w, 3, true)]);
        put.put(&["s2=", affix(w, 2, false)]);
        put.put(&["s3=", affix(w, 3, false)]);
        put.put(&["s4=", affix(w, 4, false)]);
        let flags = [
            (self.first_name, "firstname"),
            (self.country, "country"),
            (self.title, "title"),
            (self.honorific, "hon"),
            (self.cue, "cue"),
        ];
        for (on, name) in flags {
            if on {
                put.put(&[name]);
            }
        }
    }

    /// The attributes the word gives the token it stands `d` places from
    /// ([`neighbour_attributes`]).
    pub fn as_neighbour(&self, d: isize, emit: &mut dyn FnMut(&str)) {
        let mut put = Put::new(emit);
        let sign = if d < 0 { "-" } else { "+" };
        let k = ["", "1", "2"][d.unsigned_abs().min(2)];
        if d == 0 || d.abs() > 2 {
            // Not a neighbour the features use; written the long way.
            put.put(&[&format!("w{d:+}="), &self.lower]);
            return;
        }
        put.put(&["w", sign, k, "=", &self.lower]);
        if d.abs() == 1 {
            put.put(&["shape", sign, k, "=", &self.shape]);
            let flags = [
                (self.honorific, "hon"),
                (self.title, "title"),
                (self.first_name, "firstname"),
                (self.cue, "cue"),
            ];
            for (on, name) in flags {
                if on {
                    put.put(&[name, sign, k]);
                }
            }
        }
    }
}

/// Writes each attribute from its parts into one buffer, used again for the next, and hands
/// it on.
struct Put<'e> {
    buf: String,
    emit: &'e mut dyn FnMut(&str),
}

impl<'e> Put<'e> {
    fn new(emit: &'e mut dyn FnMut(&str)) -> Self {
        Put {
            buf: String::with_capacity(64),
            emit,
        }
    }

    fn put(&mut self, parts: &[&str]) {
        self.buf.clear();
        parts.iter().for_each(|p| self.buf.push_str(p));
        (self.emit)(&self.buf);
    }
}

/// The attributes of a word that depend on it alone, wherever it stands: its lower-case form,
/// shape and affixes, and the lists it is on. `word` is the token as written.
pub fn word_attributes(word: &str, emit: &mut dyn FnMut(&str)) {
    WordFacts::new(word).own(emit)
}

/// The attributes a word gives the token it stands `d` places from (`d` is -2, -1, 1 or 2:
/// -1 is the word just before the token): its lower-case form and, next to the token, its
/// shape and lists.
pub fn neighbour_attributes(word: &str, d: isize, emit: &mut dyn FnMut(&str)) {
    WordFacts::new(word).as_neighbour(d, emit)
}

/// The offsets of the neighbours whose words are attributes of a token.
pub const NEIGHBOURS: [isize; 4] = [-2, -1, 1, 2];

/// A sentence as the attributes of its tokens see it: its words, lower-cased, and whether
/// they are all in capitals (a headline or a dateline: two words or more, none with a
/// lower-case letter).
#[derive(Debug, Clone)]
pub struct Sentence<'s> {
    /// The tokens.
    pub tokens: &'s [&'s str],
    /// Each token lower-cased.
    pub lower: Vec<&'s str>,
    /// Whether the sentence is in capitals.
    pub all_caps: bool,
}

impl<'s> Sentence<'s> {
    /// The sentence of `tokens`, `lower` their lower-case forms ([`lowercase`]).
    pub fn new(tokens: &'s [&'s str], lower: Vec<&'s str>) -> Self {
        let mut worded = tokens.iter().filter(|t| t.chars().any(char::is_alphabetic));
        let all_caps =
            worded.clone().count() > 1 && worded.all(|t| !t.chars().any(char::is_lowercase));
        Sentence {
            tokens,
            lower,
            all_caps,
        }
    }
}

/// The attribute of a missing neighbour at `d` (`w-2=<none>`).
pub fn missing(d: isize) -> &'static str {
    match d {
        -2 => "w-2=<none>",
        -1 => "w-1=<none>",
        1 => "w+1=<none>",
        _ => "w+2=<none>",
    }
}

/// Each token lower-cased.
pub fn lowercase(tokens: &[&str]) -> Vec<String> {
    tokens.iter().map(|t| t.to_lowercase()).collect()
}

/// The attributes of token `i` that depend on its sentence and article: its place, the case
/// of the sentence and of the word elsewhere, the missing neighbours, and the pairs of words.
/// They are given in parts ([`Attr`]), as they are looked up once per token.
pub fn context_attributes(
    sentence: &Sentence<'_>,
    i: usize,
    doc: &Document,
    emit: &mut dyn FnMut(Attr<'_>),
) {
    let g = gazetteer();
    let (t, w) = (sentence.tokens[i], sentence.lower[i]);
    if i == 0 {
        emit(Attr::Fixed("first"));
    }
    if sentence.all_caps {
        emit(Attr::Fixed("capsline"));
        emit(Attr::Word("capsline.w=", &sentence.lower, i));
        // A first name written in capitals ("JOHN") counts, once.
        if !g.is_first_name(t) && g.is_first_name(&crate::text::upper_first(w)) {
            emit(Attr::Fixed("firstname"));
        }
    }
    if t.starts_with(char::is_uppercase) && doc.lower.contains(w) {
        emit(Attr::Fixed("lower-elsewhere"));
    }
    let n = sentence.tokens.len();
    for d in NEIGHBOURS {
        let j = i as isize + d;
        if j < 0 || j as usize >= n {
            emit(Attr::Fixed(missing(d)));
        }
    }
    if i > 0 {
        emit(Attr::Pair("w-1|w=", &sentence.lower, i - 1, i));
    }
    if i + 1 < n {
        emit(Attr::Pair("w|w+1=", &sentence.lower, i, i + 1));
    }
}

/// Calls `emit(i, attribute)` for each attribute of each token `i` of one sentence, in token
/// order: what [`attributes`] collects, without an allocation per attribute. The attributes of
/// a token are its [`word_attributes`], the [`neighbour_attributes`] of the words around it and
/// its [`context_attributes`].
pub fn each_attribute(tokens: &[&str], doc: &Document, emit: &mut dyn FnMut(usize, &str)) {
    let lower = lowercase(tokens);
    let sentence = Sentence::new(tokens, lower.iter().map(String::as_str).collect());
    let mut buf = String::with_capacity(64);
    for i in 0..tokens.len() {
        word_and_neighbour_attributes(tokens, i, &mut |a| emit(i, a));
        context_attributes(&sentence, i, doc, &mut |a| {
            buf.clear();
            let _ = write!(buf, "{a}");
            emit(i, &buf)
        });
    }
}

/// The [`word_attributes`] of token `i` and the [`neighbour_attributes`] the words around it
/// give it (those of [`NEIGHBOURS`] that are in the sentence).
pub fn word_and_neighbour_attributes(tokens: &[&str], i: usize, emit: &mut dyn FnMut(&str)) {
    word_attributes(tokens[i], emit);
    for d in NEIGHBOURS {
        let j = i as isize + d;
        if j >= 0 && (j as usize) < tokens.len() {
            neighbour_attributes(tokens[j as usize], d, emit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The short ways through a chunk give the tokens the pattern gives.
    #[test]
    fn chunks_split_as_the_pattern_splits_them() {
        let chunks = [
            "said",
            "said,",
            "talks.",
            "Mr.",
            "Mrs.",
            "Sent.",
            "P.",
            "a.",
            "U.S.",
            "U.S.,",
            "Blair's",
            "it's",
            "don't",
            "word)",
            "word\"",
            "(word",
            "end;",
            "Ft.",
            "Str.",
            "Jean-Pierre.",
            "99.",
            "3.5%",
            "1996-08-22",
            "12:30,",
            "(AP)",
            "<Reuter>",
            "--",
            "said.\"",
            "'s",
            "'em",
            "O'Neill's",
            "AT&T",
            "x_y",
            "'re,",
            "a\u{1}b\u{7f}",
            "\u{1c}x",
            "1.5",
            "1,000,",
            "?",
            "ok?!",
            "Capt.",
            "Gen.,",
        ];
        for chunk in chunks {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            chunk_tokens(chunk, 0, chunk.len(), &mut fast);
            pattern_tokens(chunk, 0, chunk.len(), &mut slow);
            assert_eq!(fast, slow, "{chunk}");
            // The ASCII pattern matches what the Unicode one does.
            let unicode: Vec<&str> = TOKEN.find_iter(chunk).map(|m| m.as_str()).collect();
            let ascii: Vec<&str> = TOKEN_ASCII.find_iter(chunk).map(|m| m.as_str()).collect();
            assert_eq!(ascii, unicode, "{chunk}");
        }
        let texts: Vec<&str> = tokens("Mr. Smith said, \"Talks end.\"")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            texts,
            ["Mr.", "Smith", "said", ",", "\"", "Talks", "end", ".", "\""]
        );
    }
}
