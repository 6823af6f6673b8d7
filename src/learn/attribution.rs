//! The attribution tagger: marks, in one sentence, who is the source of an attribution, its
//! cue (the verb or phrase that attributes: "said", "according to", "criticized") and its
//! content (what is attributed), as PolNeAR annotates them. A linear-chain CRF trained on
//! PolNeAR train (`models/attribution.crfsuite`), loaded once.
//!
//! Labels are BIO over [`crate::learn::features::tokens`]: `B-SOURCE`, `I-SOURCE`, `B-CUE`,
//! `I-CUE`, `B-CONTENT`, `I-CONTENT` and `O`.
//!
//! ```
//! use newsgraph::learn::attribution::{attributes, Role};
//! let toks = ["The", "mayor", "said", "that", "taxes", "would", "rise", "."];
//! let quoted = [false; 8];
//! let attrs = attributes(&toks, &quoted);
//! assert!(attrs[2].contains(&"cue".to_owned()));
//! assert!(attrs[4].contains(&"cue-left=2".to_owned()));
//! assert!(attrs[4].contains(&"that-between".to_owned()));
//! assert_eq!(Role::from_label("I-CONTENT"), Some((Role::Content, false)));
//! ```

use super::crf::{Attr, Weights};
use super::features::{lowercase, missing, word_and_neighbour_attributes, NEIGHBOURS};
use crate::gazetteer::gazetteer;
use std::cell::RefCell;
use std::fmt::Write as _;
use std::sync::LazyLock;

/// A part of an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Who it is attributed to.
    Source,
    /// The words that attribute it.
    Cue,
    /// What is attributed.
    Content,
}

impl Role {
    /// The role and whether it begins a span, from a label (`B-CUE` → `(Cue, true)`);
    /// `None` for `O`.
    pub fn from_label(label: &str) -> Option<(Role, bool)> {
        let (bio, kind) = label.split_once('-')?;
        let role = match kind {
            "SOURCE" => Role::Source,
            "CUE" => Role::Cue,
            "CONTENT" => Role::Content,
            _ => return None,
        };
        Some((role, bio == "B"))
    }

    /// `SOURCE`, `CUE` or `CONTENT`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Source => "SOURCE",
            Role::Cue => "CUE",
            Role::Content => "CONTENT",
        }
    }
}

/// The attributes of a distance `d` to the nearest cue verb, in buckets: the cue on the
/// left, and on the right.
fn bucket(d: usize) -> (&'static str, &'static str) {
    match d {
        1 => ("cue-left=1", "cue-right=1"),
        2 => ("cue-left=2", "cue-right=2"),
        3..=5 => ("cue-left=3-5", "cue-right=3-5"),
        6..=10 => ("cue-left=6-10", "cue-right=6-10"),
        11..=20 => ("cue-left=11-20", "cue-right=11-20"),
        _ => ("cue-left=21+", "cue-right=21+"),
    }
}

/// Calls `emit(i, attribute)` for each attribute of each token `i` of one sentence.
/// `quoted[i]` tells whether token `i` stands inside quotation marks. A token's attributes
/// are its own word's ([`word_attributes`]), its neighbours' ([`neighbour_attributes`], two
/// on each side) and those of its place in the sentence ([`context_attributes`]).
pub fn each_attribute(tokens: &[&str], quoted: &[bool], emit: &mut dyn FnMut(usize, &str)) {
    for i in 0..tokens.len() {
        word_and_neighbour_attributes(tokens, i, &mut |a| emit(i, a));
    }
    let mut buf = String::with_capacity(64);
    let lower = lowercase(tokens);
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    context_attributes(tokens, &lower, quoted, &mut |i, a| {
        buf.clear();
        let _ = write!(buf, "{a}");
        emit(i, &buf)
    });
}

/// The attributes of each token that depend on its place in the sentence: missing
/// neighbours, pairs of words, quotation, position, and the nearest cue verbs around it. They
/// are given in parts ([`Attr`]), as they are looked up once per token.
pub fn context_attributes(
    tokens: &[&str],
    lower: &[&str],
    quoted: &[bool],
    emit: &mut dyn FnMut(usize, Attr<'_>),
) {
    let g = gazetteer();
    let n = tokens.len();
    let cue: Vec<bool> = lower
        .iter()
        .enumerate()
        .map(|(i, w)| {
            !quoted[i]
                && (g.is_cue_verb(w)
                    || *w == "according" && lower.get(i + 1).is_some_and(|n| *n == "to"))
        })
        .collect();
    let mut put = |i: usize, a: Attr<'_>| emit(i, a);
    // The next cue verb after each token, and whether a comma stands before it.
    let mut next_cue: Vec<Option<(usize, bool)>> = vec![None; n];
    let mut ahead: Option<(usize, bool)> = None;
    for i in (0..n).rev() {
        next_cue[i] = ahead;
        if cue[i] {
            ahead = Some((i, false));
        } else if tokens[i] == "," {
            ahead = ahead.map(|(c, _)| (c, true));
        }
    }
    let mut last_cue: Option<usize> = None;
    let mut that_since = false;
    let mut comma_since = false;
    for i in 0..n {
        for d in NEIGHBOURS {
            let j = i as isize + d;
            if j < 0 || j as usize >= n {
                put(i, Attr::Fixed(missing(d)));
            }
        }
        if i >= 3 {
            put(i, Attr::Word("w-3=", lower, i - 3));
        }
        if i > 0 {
            put(i, Attr::Pair("w-1|w=", lower, i - 1, i));
        }
        if i + 1 < n {
            put(i, Attr::Pair("w|w+1=", lower, i, i + 1));
        }
        if quoted[i] {
            put(i, Attr::Fixed("quoted"));
        }
        if i == 0 {
            put(i, Attr::Fixed("first"));
        }
        if i + 1 == n {
            put(i, Attr::Fixed("last"));
        }
        put(
            i,
            Attr::Fixed(["part=0", "part=1", "part=2", "part=3"][i * 4 / n.max(1)]),
        );
        match last_cue {
            Some(c) => {
                put(i, Attr::Fixed(bucket(i - c).0));
                if that_since {
                    put(i, Attr::Fixed("that-between"));
                }
                if comma_since {
                    put(i, Attr::Fixed("comma-between"));
                }
            }
            None => put(i, Attr::Fixed("cue-left=none")),
        }
        if let Some((c, comma)) = next_cue[i] {
            put(i, Attr::Fixed(bucket(c - i).1));
            if comma {
                put(i, Attr::Fixed("comma-before-cue"));
            }
        } else {
            put(i, Attr::Fixed("cue-right=none"));
        }
        if cue[i] {
            last_cue = Some(i);
            that_since = false;
            comma_since = false;
        } else if lower[i] == "that" {
            that_since = true;
        } else if tokens[i] == "," {
            comma_since = true;
        }
    }
}

/// The attributes of each token of one sentence (see [`each_attribute`]).
pub fn attributes(tokens: &[&str], quoted: &[bool]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new(); tokens.len()];
    each_attribute(tokens, quoted, &mut |i, a| out[i].push(a.to_owned()));
    out
}

/// The model file, compiled into the binary as it is.
const MODEL: &[u8] = include_bytes!("../../models/attribution.crfsuite");

/// The attribution tagger.
pub struct AttributionTagger {
    weights: Weights,
    /// A number no other attribution tagger of the process has (each thread keeps the
    /// scores of a tagger's fixed attributes).
    id: u64,
    /// The words seen so far.
    words: super::WordScores,
    /// The words (lower case) the model leans to take for the start of a cue by themselves
    /// ([`CUE_LEAN`]).
    cue_words: rustc_hash::FxHashSet<&'static str>,
}

/// How much more a word's own attribute (`w=said`) must weigh for `B-CUE` than for `O` for
/// the word to be one of [`AttributionTagger::may_cue`]'s. At 10, on PolNeAR train (5-fold,
/// each fold's own model), a sentence with none of them gives 5 of 10,580 right statements
/// and 1 of 1,638 wrong ones; it is a fifth of the sentences the tagger would read in
/// Reuters-21578 (2026-12-04).
const CUE_LEAN: f64 = 10.0;

thread_local! {
    /// The scores of the attribution tagger's fixed attributes, beside the name tagger's.
    static LOOKUP: RefCell<(u64, super::crf::Lookup)> = RefCell::default();
}

/// The keys of [`Attr::Word`] the tagger's word entries hold.
const KEYS: &[&str] = &["w-3="];

impl AttributionTagger {
    /// A tagger of the model in `bytes` (a CRFsuite model file).
    pub fn new(bytes: &'static [u8]) -> std::io::Result<Self> {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let weights = Weights::new(bytes)?;
        let cue_words = weights
            .values_favouring("w=", "B-CUE", CUE_LEAN)
            .into_iter()
            .collect();
        Ok(AttributionTagger {
            weights,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            words: super::WordScores::new(KEYS),
            cue_words,
        })
    }

    /// Whether the word `lower` (in lower case) may begin a cue: a verb of saying the
    /// gazetteer lists, "according", or a word the model leans to take for a cue's start by
    /// itself. A sentence without one outside quotation marks is not worth tagging.
    ///
    /// ```
    /// let tagger = newsgraph::learn::attribution::attribution().unwrap();
    /// assert!(tagger.may_cue("said"));
    /// assert!(tagger.may_cue("according"));
    /// assert!(!tagger.may_cue("wheat"));
    /// ```
    pub fn may_cue(&self, lower: &str) -> bool {
        lower == "according" || gazetteer().is_cue_verb(lower) || self.cue_words.contains(lower)
    }

    /// The label of each token of one sentence: the same as scoring every attribute of
    /// [`each_attribute`], with each word's own and neighbour scores computed once.
    pub fn labels(&self, tokens: &[&str], quoted: &[bool]) -> Vec<&str> {
        let l = self.weights.num_labels();
        let mut state = vec![0.0; tokens.len() * l];
        self.words.with_rows(&self.weights, tokens, |words| {
            for (i, row) in state.chunks_mut(l).enumerate() {
                super::add_word_rows(row, words, i, l);
            }
            let lower: Vec<&str> = words.iter().map(|w| &*w.lower).collect();
            super::with_lookup(&LOOKUP, self.id, KEYS, |lookup| {
                context_attributes(tokens, &lower, quoted, &mut |i, a| {
                    lookup.add(&self.weights, words, a, &mut state[i * l..(i + 1) * l]);
                })
            })
        });
        self.weights.decode(&state)
    }

    /// The model as `crfs` reads it.
    pub fn model(&self) -> &crfs::Model<'static> {
        self.weights.model()
    }
}

/// The bundled attribution tagger, or the model `NEWSGRAPH_ATTRIBUTION_MODEL` names; `None`
/// when it cannot be read (an empty file: no model).
pub fn attribution() -> Option<&'static AttributionTagger> {
    static TAGGER: LazyLock<Option<AttributionTagger>> = LazyLock::new(|| {
        let bytes: &'static [u8] = match std::env::var_os("NEWSGRAPH_ATTRIBUTION_MODEL") {
            Some(path) => Box::leak(std::fs::read(path).ok()?.into_boxed_slice()),
            None => MODEL,
        };
        AttributionTagger::new(bytes).ok()
    });
    TAGGER.as_ref()
}

/// The tokens of one sentence of a segmented text (offsets into the text) and whether each
/// stands inside quotation marks: what the tagger reads.
pub fn sentence_tokens<'a>(
    text: &'a str,
    seg: &crate::segment::Segments,
    sentence: crate::segment::Span,
) -> (Vec<super::features::Token<'a>>, Vec<bool>) {
    let mut toks = super::features::tokens(sentence.of(text));
    for t in &mut toks {
        t.start += sentence.start;
        t.end += sentence.start;
    }
    let quoted = toks.iter().map(|t| seg.in_quote(t.start)).collect();
    (toks, quoted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segments;

    /// The words that may begin a cue: the gazetteer's verbs of saying, "according", and
    /// the words the model itself leans to take for a cue ("reportedly", "citing" are on no
    /// list); not words that never attribute.
    #[test]
    fn words_that_may_begin_a_cue() {
        let Some(tagger) = attribution() else {
            eprintln!("skipped: no bundled attribution model");
            return;
        };
        let table = [
            ("said", true),
            ("told", true),
            ("according", true),
            ("reportedly", true),
            ("citing", true),
            ("wheat", false),
            ("tonnes", false),
            ("quarter", false),
        ];
        for (word, want) in table {
            assert_eq!(tagger.may_cue(word), want, "{word}");
        }
        for word in ["reportedly", "citing"] {
            assert!(
                !gazetteer().is_cue_verb(word),
                "{word} is the model's, not the list's"
            );
        }
    }

    /// The tagger, with its word scores kept per thread, gives the labels `crfs` gives from
    /// the attribute strings, sentence after sentence (words seen before included).
    #[test]
    fn same_labels_as_crfs() {
        let Some(tagger) = attribution() else {
            eprintln!("skipped: no bundled attribution model");
            return;
        };
        let reference = tagger.model().tagger().expect("a crfs tagger");
        let text = "Analysts fear the merger will raise prices for consumers. Senator Mary \
            Okafor said on Monday that the budget would hurt rural schools, and her aides \
            argued the cuts were \"reckless\". The bridge will open in May, the governor \
            announced. According to the report, prices rose 3 percent.";
        let seg = Segments::new(text);
        let mut tagged = 0;
        for &sentence in &seg.sentences {
            let (toks, quoted) = sentence_tokens(text, &seg, sentence);
            let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
            let xseq = crate::learn::crf::crfs_items(attributes(&words, &quoted));
            let want = reference.tag(&xseq).expect("crfs tags");
            let got = tagger.labels(&words, &quoted);
            assert_eq!(got, want, "{words:?}");
            tagged += got.iter().filter(|l| l.ends_with("CONTENT")).count();
        }
        assert!(
            tagged >= 10,
            "the sentences report speech: {tagged} content tokens"
        );
    }
}
