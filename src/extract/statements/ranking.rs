//! A speaker for the statements the rules leave without one (no person, no group): the
//! people named, the pronouns and the descriptions around the statement are its candidates,
//! each described by features (side, distance, the cue between them, subject position, the
//! previous statement's speaker, the source the attribution tagger marked), and so is "no
//! person". A [`SpeakerChooser`] picks one: [`RuleSpeakers`] keeps no person, as the rules
//! do; [`RankedSpeakers`] lets the learned ranker of `models/speakers.tsv` decide.
//!
//! The ranker names a speaker the rules missed and never replaces one they found: on PolNeAR
//! train, letting it replace the rules' picks too won little and undid speakers that the
//! rules' table tests keep ("…, Ann Lee said, adding, "…"").
//!
//! ```
//! use newsgraph::extract::{extract_with, statements::RuleSpeakers};
//! let text = "Jane Smith met Tom Brown. \"We agreed on nothing,\" she said.";
//! let x = extract_with(text, &RuleSpeakers);
//! assert_eq!(x.people[x.statements[0].speakers[0]].name, "Jane Smith");
//! ```

use super::clause::*;
use super::subjects::*;
use super::StatementMention;
use crate::learn::ranker::Ranker;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A possible speaker of a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Its words ("she", "Jane Smith", "the senator").
    pub span: Span,
    /// The people it stands for (indexes into the article's people); empty for the candidate
    /// that stands for no person speaker.
    pub people: Vec<usize>,
    /// What the ranker sees.
    pub features: Vec<String>,
}

/// What picks a statement's speaker among its candidates, so that the rules and the learned
/// ranker can be swapped and compared.
pub trait SpeakerChooser: Sync {
    /// The index of the chosen candidate, or `None` for no person. `statement` is the
    /// statement's words in `text`.
    fn choose(
        &self,
        text: &str,
        statement: &StatementMention,
        candidates: &[Candidate],
    ) -> Option<usize>;
}

/// No person, as the rules have it.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleSpeakers;

impl SpeakerChooser for RuleSpeakers {
    fn choose(&self, _: &str, _: &StatementMention, candidates: &[Candidate]) -> Option<usize> {
        let _ = candidates;
        None
    }
}

/// The learned ranker's pick.
#[derive(Debug, Clone)]
pub struct RankedSpeakers {
    ranker: Ranker,
}

impl RankedSpeakers {
    /// A chooser with the weights of `ranker`.
    pub fn new(ranker: Ranker) -> Self {
        RankedSpeakers { ranker }
    }

    /// The bundled model (`models/speakers.tsv`), or the file `NEWSGRAPH_SPEAKER_MODEL` names;
    /// read once. An unreadable file is an error the first time it is asked for.
    pub fn bundled() -> Result<&'static RankedSpeakers, String> {
        static MODEL: LazyLock<Result<RankedSpeakers, String>> = LazyLock::new(|| {
            let text = match std::env::var_os("NEWSGRAPH_SPEAKER_MODEL") {
                Some(path) => std::fs::read_to_string(&path).map_err(|e| {
                    format!(
                        "cannot read the speaker model {}: {e}",
                        path.to_string_lossy()
                    )
                })?,
                None => include_str!("../../../models/speakers.tsv").to_owned(),
            };
            Ranker::from_tsv(&text)
                .map(RankedSpeakers::new)
                .map_err(|e| format!("the speaker model: {e}"))
        });
        MODEL.as_ref().map_err(Clone::clone)
    }
}

impl SpeakerChooser for RankedSpeakers {
    fn choose(&self, _: &str, _: &StatementMention, candidates: &[Candidate]) -> Option<usize> {
        let mut best: Option<(usize, f64)> = None;
        for (i, c) in candidates.iter().enumerate() {
            let s = self.ranker.score(&c.features);
            // Ties go to no person.
            if best.is_none_or(|(b, bs)| {
                s > bs
                    || s == bs
                        && candidates[i].people.is_empty()
                        && !candidates[b].people.is_empty()
            }) {
                best = Some((i, s));
            }
        }
        best.map(|(i, _)| i)
            .filter(|&i| !candidates[i].people.is_empty())
    }
}

/// The chooser `NEWSGRAPH_SPEAKERS` names (`rules` or `model`); the default is `model` when
/// the bundled model reads, else `rules`. Read once.
pub fn chooser_from_env() -> &'static dyn SpeakerChooser {
    static RULES: RuleSpeakers = RuleSpeakers;
    static CHOICE: LazyLock<&'static dyn SpeakerChooser> =
        LazyLock::new(|| match std::env::var("NEWSGRAPH_SPEAKERS").as_deref() {
            Ok("rules") => &RULES,
            _ => match RankedSpeakers::bundled() {
                Ok(m) => m,
                Err(_) => &RULES,
            },
        });
    *CHOICE
}

/// How far before a statement candidates are looked for: its paragraph and the one before.
const PARAGRAPHS_BEFORE: usize = 1;
/// At most this many candidates on each side, the nearest.
const MAX_BEFORE: usize = 8;
const MAX_AFTER: usize = 4;

/// Gives a speaker, with `chooser`, to each statement of `out` (in text order) that has no
/// person and no group speaker.
pub(super) fn choose_missing(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    out: &mut [StatementMention],
    chooser: &dyn SpeakerChooser,
) {
    // How often the article refers to each person (or group of people).
    let mut salience: FxHashMap<&[usize], usize> = FxHashMap::default();
    for r in referents {
        *salience.entry(r.people.as_slice()).or_default() += 1;
    }
    let mut previous: Option<usize> = None;
    for st in out.iter_mut() {
        // (No one is chosen for what was asked of or told to the one named: 'Trump was asked,
        // "…"'.)
        // (Nor for the words of a noun someone "denied": "Hale denied claims that …".)
        let addressed = st.cue.is_some_and(|c| {
            super::clause::addressed(text, c) || super::clause::object_noun_cue(text, c)
        });
        if st.speaker.is_none() && st.group.is_none() && !addressed {
            let (ids, cands) = candidates(text, seg, referents, &salience, st, previous);
            st.speaker = chooser.choose(text, st, &cands).and_then(|k| ids[k]);
        }
        if st.speaker.is_some() {
            previous = st.speaker;
        }
    }
}

/// The candidates of `statement`, after a statement said by referent `previous`: their
/// referent indexes and the candidates, the last of which is no person.
#[allow(clippy::too_many_arguments)]
pub(super) fn candidates(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    salience: &FxHashMap<&[usize], usize>,
    statement: &StatementMention,
    previous: Option<usize>,
) -> (Vec<Option<usize>>, Vec<Candidate>) {
    let s = statement.span;
    let para = seg.paragraph_index(s.start);
    let from = seg.paragraphs[para.saturating_sub(PARAGRAPHS_BEFORE)].start;
    let end_sentence = seg.sentence_index(s.end.saturating_sub(1).max(s.start));
    let to = seg
        .sentences
        .get(end_sentence + 1)
        .map_or(seg.sentences[end_sentence].end, |n| n.end);
    let usable = |i: usize| {
        let r = &referents[i];
        !r.people.is_empty() && !seg.in_quote(r.span.start) && !s.covers(r.span)
    };
    let mut before: Vec<usize> = starting_in(referents, from, s.start)
        .filter(|&i| usable(i) && referents[i].span.end <= s.start)
        .collect();
    before.reverse();
    before.truncate(MAX_BEFORE);
    let after: Vec<usize> = starting_in(referents, s.end, to)
        .filter(|&i| usable(i))
        .take(MAX_AFTER)
        .collect();
    let ids: Vec<usize> = before.iter().chain(&after).copied().collect();
    let words = seg.words();
    let word_at = |pos: usize| words.partition_point(|w| w.span.start < pos);
    let kind = statement.kind.as_str();
    let mut cands = ids
        .iter()
        .map(|&i| {
            let r = &referents[i];
            let mut f: Vec<String> = Vec::new();
            let side = if r.span.end <= s.start {
                "before"
            } else {
                "after"
            };
            let ctype = candidate_type(r.span.of(text));
            let (near, far) = if side == "before" {
                (r.span.end, s.start)
            } else {
                (s.end, r.span.start)
            };
            let gap_words = word_at(far).saturating_sub(word_at(near));
            let dist = match gap_words {
                0..=2 => "0-2",
                3..=6 => "3-6",
                7..=15 => "7-15",
                16..=40 => "16-40",
                _ => "41+",
            };
            let sd = seg.sentence_index(r.span.start) as i64
                - if side == "before" {
                    seg.sentence_index(s.start) as i64
                } else {
                    end_sentence as i64
                };
            let sd = ["-3", "-2", "-1", "0", "1", "2"][(sd.clamp(-3, 2) + 3) as usize];
            let rank = if side == "before" {
                before.iter().position(|&b| b == i)
            } else {
                after.iter().position(|&a| a == i)
            }
            .map_or("far", |k| ["0", "1", "2", "3"][k.min(3)]);
            let sentence = seg.sentences[seg.sentence_index(r.span.start)];
            let mut base: Vec<String> = vec![
                ["type=", ctype].concat(),
                ["side=", side].concat(),
                ["dist=", side, dist].concat(),
                ["sent=", sd].concat(),
                ["rank=", side, rank].concat(),
                ["type-side-sent=", ctype, side, sd].concat(),
                ["rank-type=", side, rank, ctype].concat(),
            ];
            if seg.paragraph_index(r.span.start) == para {
                base.push("same-para".into());
            }
            if possessive(text, r.span) {
                base.push("possessive".into());
            }
            if after_preposition(&text[sentence.start..r.span.start]) {
                base.push("after-prep".into());
            }
            // (A bounded look, so that a sentence of thousands of names costs no more.)
            if starting_in(referents, sentence.start, r.span.start)
                .take(20)
                .all(|k| seg.in_quote(referents[k].span.start))
            {
                base.push("first-in-sentence".into());
            }
            if previous.is_some_and(|p| referents[p].people == r.people) {
                base.push("previous-speaker".into());
            }
            let sal = match salience.get(r.people.as_slice()).copied().unwrap_or(0) {
                1 => "1",
                2..=3 => "2-3",
                4..=9 => "4-9",
                _ => "10+",
            };
            base.push(["salience=", sal].concat());
            // The tagger's source: the candidate inside it, or none when nothing was tagged.
            match statement.source {
                Some(src) if src.overlaps(r.span) => {
                    base.push("in-source".into());
                }
                Some(_) => base.push("outside-source".into()),
                None => {}
            }
            if let Some(cue) = statement.cue {
                let cue_side = if cue.end <= s.start {
                    "before"
                } else {
                    "after"
                };
                base.push(["cue=", cue_side].concat());
                if r.span.end <= cue.start {
                    let gap = &text[r.span.end..cue.start];
                    if between_subject_and_verb(gap, cue.of(text)) {
                        base.push("subject-of-cue".into());
                    } else if seg.sentence_index(r.span.start) == seg.sentence_index(cue.start) {
                        base.push("before-cue-same-sentence".into());
                    }
                } else if r.span.start >= cue.end {
                    let gap = before_titles(&text[cue.end..r.span.start]);
                    if gap.trim().is_empty() {
                        base.push("right-after-cue".into());
                    } else if seg.sentence_index(r.span.start) == seg.sentence_index(cue.start) {
                        base.push("after-cue-same-sentence".into());
                    }
                }
            } else {
                base.push("no-cue".into());
            }
            f.reserve(2 * base.len());
            for b in &base {
                f.push([b, "|", kind].concat());
            }
            f.extend(base);
            Candidate {
                span: r.span,
                people: r.people.clone(),
                features: f,
            }
        })
        .collect::<Vec<Candidate>>();
    let mut ids: Vec<Option<usize>> = ids.into_iter().map(Some).collect();
    // No person: a group speaks, or nobody near is the speaker.
    let mut none: Vec<String> = vec![
        "none".into(),
        format!("none|{kind}"),
        format!("none-candidates={}", cands.len().min(4)),
    ];
    if let Some(src) = statement.source {
        none.push("none-tagged-source".into());
        if !cands.iter().any(|c| src.overlaps(c.span)) {
            none.push("none-source-names-nobody".into());
        }
    }
    none.push(
        if statement.cue.is_some() {
            "none-cue"
        } else {
            "none-no-cue"
        }
        .into(),
    );
    cands.push(Candidate {
        span: Span::new(s.start, s.start),
        people: Vec::new(),
        features: none,
    });
    ids.push(None);
    (ids, cands)
}

/// "pronoun", "description" or "name", by the words.
fn candidate_type(words: &str) -> &'static str {
    let first = words.split_whitespace().next().unwrap_or("");
    match crate::text::lowercase(first).as_ref() {
        "he" | "she" | "they" | "him" | "her" | "them" | "i" | "we" | "you" | "it" => "pronoun",
        "the" | "a" | "an" | "his" | "their" | "its" => "description",
        _ if first.starts_with(char::is_lowercase) => "description",
        _ => "name",
    }
}
