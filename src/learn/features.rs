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

use crate::gazetteer::{gazetteer, HONORIFICS};
use regex::Regex;
use std::collections::HashSet;
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

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:\p{Lu}\.)+                                  # U.S., and initials: P. Smith
      | (?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St|Gen|Col|Lt|Jr|Sr|Prof|Rev|Sgt|Capt|Mt|Ft)\.
      | \d+(?:[.,:/-]\d+)*                            # 1996-08-22, 3.5, 1,000
      | '(?:s|re|ve|ll|d|m)\b                          # clitics
      | \w+(?:[-'’&]\w+)*                             # words, O'Neill, Jean-Pierre
      | \S                                            # anything else, one character
    ",
    )
    .expect("the token pattern is valid")
});

/// The tokens of `text`.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::new();
    for m in TOKEN.find_iter(text) {
        // "Blair's": the clitic is its own token.
        let t = m.as_str();
        if let Some(stem) = t
            .strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .filter(|s| !s.is_empty())
        {
            out.push(Token {
                text: stem,
                start: m.start(),
                end: m.start() + stem.len(),
            });
            out.push(Token {
                text: &text[m.start() + stem.len()..m.end()],
                start: m.start() + stem.len(),
                end: m.end(),
            });
        } else {
            out.push(Token {
                text: t,
                start: m.start(),
                end: m.end(),
            });
        }
    }
    out
}

/// What the whole article tells about its words: those it writes in lower case somewhere.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Words written in lower case (lower-cased).
    pub lower: HashSet<String>,
}

impl Document {
    /// The document of the tokens of all its sentences.
    pub fn new<'a>(tokens: impl IntoIterator<Item = &'a str>) -> Self {
        let lower = tokens
            .into_iter()
            .filter(|t| t.starts_with(char::is_lowercase))
            .map(str::to_owned)
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

fn affix(w: &str, n: usize, prefix: bool) -> String {
    let chars: Vec<char> = w.chars().collect();
    if chars.len() <= n {
        return w.to_owned();
    }
    if prefix {
        chars[..n].iter().collect()
    } else {
        chars[chars.len() - n..].iter().collect()
    }
}

/// The attributes of each token of one sentence.
pub fn attributes(tokens: &[&str], doc: &Document) -> Vec<Vec<String>> {
    let g = gazetteer();
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    let shapes: Vec<String> = tokens.iter().map(|t| shape(t)).collect();
    let worded: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| t.chars().any(char::is_alphabetic))
        .collect();
    let all_caps = worded.len() > 1 && worded.iter().all(|t| !t.chars().any(char::is_lowercase));
    let at = |i: isize| -> Option<usize> {
        (i >= 0 && (i as usize) < tokens.len()).then_some(i as usize)
    };
    let mut out = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        let mut a: Vec<String> = Vec::with_capacity(32);
        let w = &lower[i];
        a.push("bias".into());
        a.push(format!("w={w}"));
        a.push(format!("shape={}", shapes[i]));
        a.push(format!("p3={}", affix(w, 3, true)));
        a.push(format!("s2={}", affix(w, 2, false)));
        a.push(format!("s3={}", affix(w, 3, false)));
        a.push(format!("s4={}", affix(w, 4, false)));
        if i == 0 {
            a.push("first".into());
        }
        if all_caps {
            a.push("capsline".into());
            a.push(format!("capsline.w={w}"));
        }
        let capital = t.starts_with(char::is_uppercase);
        if capital && doc.lower.contains(w.as_str()) {
            a.push("lower-elsewhere".into());
        }
        if g.is_first_name(t) || (all_caps && g.is_first_name(&crate::text::upper_first(w))) {
            a.push("firstname".into());
        }
        if g.country_form(t).is_some() {
            a.push("country".into());
        }
        if g.title(t).is_some() {
            a.push("title".into());
        }
        if HONORIFICS.contains(t) {
            a.push("hon".into());
        }
        if g.is_cue_verb(w) {
            a.push("cue".into());
        }
        for d in [-2isize, -1, 1, 2] {
            match at(i as isize + d) {
                Some(j) => {
                    a.push(format!("w{d:+}={}", lower[j]));
                    if d.abs() == 1 {
                        a.push(format!("shape{d:+}={}", shapes[j]));
                        if HONORIFICS.contains(&tokens[j]) {
                            a.push(format!("hon{d:+}"));
                        }
                        if g.title(tokens[j]).is_some() {
                            a.push(format!("title{d:+}"));
                        }
                        if g.is_first_name(tokens[j]) {
                            a.push(format!("firstname{d:+}"));
                        }
                        if g.is_cue_verb(&lower[j]) {
                            a.push(format!("cue{d:+}"));
                        }
                    }
                }
                None => a.push(format!("w{d:+}=<none>")),
            }
        }
        if let Some(j) = at(i as isize - 1) {
            a.push(format!("w-1|w={}|{w}", lower[j]));
        }
        if let Some(j) = at(i as isize + 1) {
            a.push(format!("w|w+1={w}|{}", lower[j]));
        }
        out.push(a);
    }
    out
}
