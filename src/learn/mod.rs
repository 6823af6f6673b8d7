//! Learned models: a named-entity tagger (people, places, organisations, other names) trained
//! on CoNLL-2003 train with a linear-chain CRF ([`crfs`]), committed under `models/` and
//! compiled into the binary, loaded once.
//!
//! The tagger sits behind [`NameTagger`], so that the rules and the model can be swapped and
//! compared (see [`crate::extract::people::Names`]).
//!
//! ```
//! use newsgraph::learn::{ner, Entity, NameTagger};
//! let tags = ner().expect("a bundled model").tag_text("Qaddour Belhadj scored twice for Leeds United.");
//! let found: Vec<(Entity, &str)> = tags.iter().map(|e| (e.kind, e.text)).collect();
//! assert_eq!(found, [(Entity::Person, "Qaddour Belhadj"), (Entity::Organisation, "Leeds United")]);
//! ```

pub mod attribution;
pub mod crf;
pub mod features;
#[cfg(feature = "train")]
pub mod polnear;
pub mod ranker;

use crf::{add, WordEntry};
use features::{context_attributes, tokens, WordFacts};
use features::{Document, Sentence, NEIGHBOURS};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::LazyLock;
use std::sync::{PoisonError, RwLock};

/// The kind of a name the tagger finds (CoNLL-2003's four).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    /// PER.
    Person,
    /// LOC.
    Location,
    /// ORG.
    Organisation,
    /// MISC: events, nationalities, works, other names.
    Other,
}

impl Entity {
    fn from_label(label: &str) -> Option<Entity> {
        Some(match label.get(2..)? {
            "PER" => Entity::Person,
            "LOC" => Entity::Location,
            "ORG" => Entity::Organisation,
            "MISC" => Entity::Other,
            _ => return None,
        })
    }
}

/// A name the tagger found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tagged<'a> {
    /// Its kind.
    pub kind: Entity,
    /// Its words, as in the text.
    pub text: &'a str,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
}

/// What finds names in a text: the learned model, or a stand-in.
pub trait NameTagger: Sync {
    /// The names of `text`, in text order; a sentence is a line or ends with . ! ? before a
    /// space.
    fn tag_text<'a>(&self, text: &'a str) -> Vec<Tagged<'a>>;
}

/// The model file, compiled into the binary as it is (read in place: nothing to inflate or
/// copy at start-up).
const MODEL: &[u8] = include_bytes!("../../models/ner.crfsuite");

/// The CRF tagger.
pub struct CrfTagger {
    weights: crf::Weights,
    /// A number no other tagger of the process has (each thread keeps the scores of a
    /// tagger's fixed attributes).
    id: u64,
    /// The words seen so far.
    words: WordScores,
}

impl CrfTagger {
    /// A tagger of the model in `bytes` (a CRFsuite model file).
    pub fn new(bytes: &'static [u8]) -> std::io::Result<Self> {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Ok(CrfTagger {
            weights: crf::Weights::new(bytes)?,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            words: WordScores::new(NER_KEYS),
        })
    }

    /// The labels (B-PER, I-LOC, O, …) of the tokens of one sentence.
    ///
    /// Most attributes of a token come from one word alone (its own, or a neighbour's), so
    /// each word's scores are computed once and kept; only the attributes of the sentence
    /// and the article are looked up for every token.
    pub fn labels(&self, tokens: &[&str], doc: &Document) -> Vec<&str> {
        let l = self.weights.num_labels();
        let mut state = vec![0.0; tokens.len() * l];
        self.words.with_rows(&self.weights, tokens, |words| {
            let sentence = Sentence::new(tokens, words.iter().map(|w| &*w.lower).collect());
            with_lookup(&LOOKUP, self.id, NER_KEYS, |lookup| {
                for (i, row) in state.chunks_mut(l).enumerate() {
                    add_word_rows(row, words, i, l);
                    context_attributes(&sentence, i, doc, &mut |a| {
                        lookup.add(&self.weights, words, a, row)
                    });
                }
            })
        });
        self.weights.decode(&state)
    }

    /// The model as `crfs` reads it.
    pub fn model(&self) -> &crfs::Model<'static> {
        self.weights.model()
    }
}

/// The keys of [`crf::Attr::Word`] the name tagger's word entries hold.
const NER_KEYS: &[&str] = &["capsline.w="];

thread_local! {
    /// The scores of the name tagger's fixed attributes, and the tagger they are of.
    static LOOKUP: RefCell<(u64, crf::Lookup)> = RefCell::default();
}

/// Runs `f` with this thread's [`crf::Lookup`] in `local` for the tagger numbered `owner`
/// (emptied first when it was another tagger's), whose word entries hold `keys`.
pub(crate) fn with_lookup<R>(
    local: &'static std::thread::LocalKey<RefCell<(u64, crf::Lookup)>>,
    owner: u64,
    keys: &'static [&'static str],
    f: impl FnOnce(&mut crf::Lookup) -> R,
) -> R {
    local.with(|cell| {
        let mut cell = cell.borrow_mut();
        let (id, lookup) = &mut *cell;
        if *id != owner {
            lookup.clear();
            lookup.keys = keys;
            *id = owner;
        }
        f(lookup)
    })
}

/// Adds to `row`, the scores of token `i`, what the words give it: its own word, and its
/// neighbours at each of [`NEIGHBOURS`] (`l` labels).
fn add_word_rows(row: &mut [f64], words: &[&WordEntry], i: usize, l: usize) {
    add(row, &words[i].row[..l]);
    for (k, d) in NEIGHBOURS.into_iter().enumerate() {
        let j = i as isize + d;
        if let Some(w) = usize::try_from(j).ok().and_then(|j| words.get(j)) {
            add(row, &w.row[(k + 1) * l..(k + 2) * l]);
        }
    }
}

/// Words seen before and what a tagger knows of them ([`WordEntry`]): the scores of their
/// attributes per label, as the token itself, then as its neighbour at each of
/// [`NEIGHBOURS`]. One per tagger, shared by the threads; it keeps the first
/// [`WordScores::MAX`] words met, and an entry once kept stays.
///
/// The entries sit in an append-only vector that is read without a lock; only the index from
/// word to entry is behind one, held while a sentence's words are looked up or new ones
/// added, so that no thread waits while another decodes a sentence.
pub(crate) struct WordScores {
    /// The keys of [`crf::Attr::Word`] whose scores each entry holds.
    keys: &'static [&'static str],
    /// The entries kept, in the order they were added.
    entries: boxcar::Vec<WordEntry>,
    /// The place in `entries` of each word kept.
    index: RwLock<FxHashMap<Box<str>, usize>>,
}

impl WordScores {
    /// About 550 bytes each: at most 55 MB per tagger.
    const MAX: usize = 100_000;

    /// No word yet; entries will hold the scores of `keys`.
    pub(crate) fn new(keys: &'static [&'static str]) -> Self {
        WordScores {
            keys,
            entries: boxcar::Vec::new(),
            index: RwLock::default(),
        }
    }

    /// The entry of `word` in `weights`, computed.
    fn entry(&self, weights: &crf::Weights, word: &str) -> WordEntry {
        let l = weights.num_labels();
        let mut row = vec![0.0; l * (NEIGHBOURS.len() + 1)];
        let facts = WordFacts::new(word);
        facts.own(&mut |a| weights.add_state(a, &mut row[..l]));
        for (k, d) in NEIGHBOURS.into_iter().enumerate() {
            let part = &mut row[(k + 1) * l..(k + 2) * l];
            facts.as_neighbour(d, &mut |a| weights.add_state(a, part));
        }
        WordEntry::new(weights, facts.into_lower(), row.into(), self.keys)
    }

    /// Runs `f` with the entry of each word of `tokens` in `weights`, those not known
    /// computed (and kept while there is room).
    pub(crate) fn with_rows<R>(
        &self,
        weights: &crf::Weights,
        tokens: &[&str],
        f: impl FnOnce(&[&WordEntry]) -> R,
    ) -> R {
        // Where each token's entry is: in `entries`, or among the new ones.
        let mut places: Vec<Option<usize>> = {
            let index = self.index.read().unwrap_or_else(PoisonError::into_inner);
            tokens.iter().map(|t| index.get(*t).copied()).collect()
        };
        // By word, so that a long sentence with many new words stays linear.
        let mut new: FxHashMap<&str, WordEntry> = FxHashMap::default();
        for (t, place) in tokens.iter().zip(&places) {
            if place.is_none() && !new.contains_key(t) {
                new.insert(t, self.entry(weights, t));
            }
        }
        if !new.is_empty() {
            // Kept while there is room; a word another thread has kept meanwhile is read
            // from there, and one left out (no room) from `new`.
            let mut kept: FxHashMap<&str, usize> = FxHashMap::default();
            {
                let mut index = self.index.write().unwrap_or_else(PoisonError::into_inner);
                let words: Vec<&str> = new.keys().copied().collect();
                for w in words {
                    if let Some(&at) = index.get(w) {
                        kept.insert(w, at);
                    } else if index.len() < Self::MAX {
                        let entry = new.remove(w).expect("a new word has its entry");
                        let at = self.entries.push(entry);
                        index.insert(w.into(), at);
                        kept.insert(w, at);
                    }
                }
            }
            for (t, place) in tokens.iter().zip(&mut places) {
                if place.is_none() {
                    *place = kept.get(t).copied();
                }
            }
        }
        let rows: Vec<&WordEntry> = tokens
            .iter()
            .zip(&places)
            .map(|(t, place)| match place {
                Some(at) => &self.entries[*at],
                None => &new[t],
            })
            .collect();
        f(&rows)
    }
}

/// The sentences of `text` as token ranges: a line break or a full stop (! ?) ends one.
fn sentences(toks: &[features::Token<'_>], text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        let next_line = toks
            .get(i + 1)
            .is_some_and(|n| text[t.end..n.start].contains('\n'));
        if next_line || (matches!(t.text, "." | "!" | "?") && i > start) {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

impl NameTagger for CrfTagger {
    fn tag_text<'a>(&self, text: &'a str) -> Vec<Tagged<'a>> {
        self.tag_sentences(text, &|_| true).0
    }
}

impl CrfTagger {
    /// The names of the sentences of `text` that `wanted` picks from their tokens (tagging is
    /// the costly part, and most sentences need none), and what the article tells about its
    /// words.
    pub fn tag_sentences<'a>(
        &self,
        text: &'a str,
        wanted: &dyn Fn(&[features::Token<'_>]) -> bool,
    ) -> (Vec<Tagged<'a>>, Document<'a>) {
        let toks = tokens(text);
        let doc = Document::new(toks.iter().map(|t| t.text));
        let mut out = Vec::new();
        for range in sentences(&toks, text) {
            let sent = &toks[range];
            if !wanted(sent) {
                continue;
            }
            let words: Vec<&str> = sent.iter().map(|t| t.text).collect();
            let labels = self.labels(&words, &doc);
            let mut open: Option<(Entity, usize, usize)> = None;
            for (t, label) in sent.iter().zip(&labels) {
                // A quotation mark is no part of a name: "Mitt Romney “had …”".
                let kind = Entity::from_label(label).filter(|_| !is_double_quote(t.text));
                let continues =
                    label.starts_with("I-") && open.is_some_and(|(k, _, _)| Some(k) == kind);
                if continues {
                    if let Some(o) = open.as_mut() {
                        o.2 = t.end;
                    }
                    continue;
                }
                if let Some((k, s, e)) = open.take() {
                    out.push(Tagged {
                        kind: k,
                        text: &text[s..e],
                        start: s,
                        end: e,
                    });
                }
                if let Some(k) = kind {
                    open = Some((k, t.start, t.end));
                }
            }
            if let Some((k, s, e)) = open {
                out.push(Tagged {
                    kind: k,
                    text: &text[s..e],
                    start: s,
                    end: e,
                });
            }
        }
        (out, doc)
    }
}

/// Whether a token is a double quotation mark, straight or typographic.
fn is_double_quote(token: &str) -> bool {
    matches!(
        token,
        "\"" | "\u{201c}" | "\u{201d}" | "\u{201e}" | "\u{ab}" | "\u{bb}"
    )
}

/// The bundled model, loaded on first use; `None` when none is bundled (an empty
/// `models/ner.crfsuite`, while a first model is trained). `NEWSGRAPH_NER_MODEL=FILE` loads
/// another model file instead (to score a model trained on part of the data against the rest).
pub fn ner() -> Option<&'static CrfTagger> {
    static TAGGER: LazyLock<Option<CrfTagger>> = LazyLock::new(|| {
        let given = std::env::var_os("NEWSGRAPH_NER_MODEL")
            .and_then(|path| std::fs::read(path).ok())
            .map(|b| &*Box::leak(b.into_boxed_slice()));
        given
            .and_then(|bytes| CrfTagger::new(bytes).ok())
            .or_else(|| CrfTagger::new(MODEL).ok())
    });
    TAGGER.as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table decoder gives the labels `crfs` gives from owned attribute strings.
    #[test]
    fn same_labels_as_crfs() {
        let Some(tagger) = ner() else {
            eprintln!("skipped: no bundled model");
            return;
        };
        let reference = tagger.model().tagger().expect("a crfs tagger");
        let text = "Qaddour Belhadj scored twice for Leeds United on Saturday.\n\
            SOCCER - BLINKER BANNED AFTER ROW WITH REFEREE .\n\
            Mr Okonjo-Iweala, the finance minister, told Reuters in Abuja that the Nigerian \
            central bank would act.\nShares of Brenholt Fenwick rose 3 percent in London.\n\
            P. Jones and H.D. Thoreau met Jean-Pierre Lefèvre's aide at the U.S. embassy.";
        let toks = features::tokens(text);
        let doc = Document::new(toks.iter().map(|t| t.text));
        let mut tagged_names = 0;
        for range in sentences(&toks, text) {
            let words: Vec<&str> = toks[range].iter().map(|t| t.text).collect();
            let xseq = crf::crfs_items(features::attributes(&words, &doc));
            let want = reference.tag(&xseq).expect("crfs tags");
            let got = tagger.labels(&words, &doc);
            assert_eq!(got, want, "{words:?}");
            tagged_names += got.iter().filter(|l| l.starts_with("B-")).count();
        }
        assert!(
            tagged_names >= 5,
            "the sentences have names: {tagged_names}"
        );
    }

    /// A quotation mark next to a name is no part of it, straight or typographic.
    #[test]
    fn names_end_before_quotation_marks() {
        let Some(tagger) = ner() else {
            eprintln!("skipped: no bundled model");
            return;
        };
        for (text, expected) in [
            (
                "He said that Mitt Romney \u{201c}had a plan.\u{201d}",
                "Mitt Romney",
            ),
            ("\"It failed,\" Mitt Romney told reporters.", "Mitt Romney"),
            (
                "\u{201c}It failed,\u{201d} Mitt Romney told reporters.",
                "Mitt Romney",
            ),
        ] {
            let (tagged, _) = tagger.tag_sentences(text, &|_| true);
            let people: Vec<&str> = tagged
                .iter()
                .filter(|t| t.kind == Entity::Person)
                .map(|t| t.text)
                .collect();
            assert_eq!(people, [expected], "{text}");
        }
    }
}
