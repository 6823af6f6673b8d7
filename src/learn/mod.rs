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

pub mod features;

use features::{attributes, tokens, Document};
use std::sync::LazyLock;

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

/// The model file compiled into the binary.
const MODEL: &[u8] = include_bytes!("../../models/ner.crfsuite");

/// The CRF tagger.
pub struct CrfTagger {
    model: crfs::Model<'static>,
}

impl CrfTagger {
    /// A tagger of the model in `bytes` (a CRFsuite model file).
    pub fn new(bytes: &'static [u8]) -> std::io::Result<Self> {
        Ok(CrfTagger {
            model: crfs::Model::new(bytes)?,
        })
    }

    /// The labels (B-PER, I-LOC, O, …) of the tokens of one sentence.
    pub fn labels(&self, tokens: &[&str], doc: &Document) -> Vec<String> {
        let xseq: Vec<Vec<crfs::Attribute>> = attributes(tokens, doc)
            .into_iter()
            .map(|a| {
                a.into_iter()
                    .map(|f| crfs::Attribute::new(f, 1.0))
                    .collect()
            })
            .collect();
        match self.model.tagger().and_then(|t| {
            t.tag(&xseq)
                .map(|l| l.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        }) {
            Ok(labels) => labels,
            Err(_) => vec!["O".to_owned(); tokens.len()],
        }
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
        self.tag_sentences(text, &|_| true)
    }
}

impl CrfTagger {
    /// The names of the sentences of `text` that `wanted` picks from their tokens: tagging is
    /// the costly part, and most sentences need none.
    pub fn tag_sentences<'a>(
        &self,
        text: &'a str,
        wanted: &dyn Fn(&[features::Token<'_>]) -> bool,
    ) -> Vec<Tagged<'a>> {
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
                let kind = Entity::from_label(label);
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
        out
    }
}

/// The bundled model, loaded on first use; `None` when none is bundled (an empty
/// `models/ner.crfsuite`, while a first model is trained). `NEWSGRAPH_NER_MODEL=FILE` loads
/// another model file instead (to score a model trained on part of the data against the rest).
pub fn ner() -> Option<&'static CrfTagger> {
    static TAGGER: LazyLock<Option<CrfTagger>> = LazyLock::new(|| {
        let bytes: &'static [u8] = match std::env::var_os("NEWSGRAPH_NER_MODEL") {
            Some(path) => std::fs::read(&path)
                .map(|b| &*Box::leak(b.into_boxed_slice()))
                .unwrap_or(MODEL),
            None => MODEL,
        };
        CrfTagger::new(bytes)
            .or_else(|_| CrfTagger::new(MODEL))
            .ok()
    });
    TAGGER.as_ref()
}
