//! Demands: what a speaker calls for, named by a noun phrase rather than said in a clause
//! ("Jane Smith called for a ban on imports", "The union is calling for an inquiry into the
//! deal"). The words say what the speaker asked to happen, and both the BBC's and PolNeAR's
//! annotators count them as reported speech. ("Demanded" is left to the clause rules: a
//! demand is as often an act as words, "demanded immediate engagement from Ukraine" in a
//! post.)

use super::bounds::{clause_end, clause_span};
use super::clause::{is_cue, is_determiner};
use super::listeners::opens_subject;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};
use crate::text::Word;

/// Forms of "be", which make "called for" passive ("an election was called for May").
const BE: &[&str] = &["be", "is", "are", "was", "were", "been", "being"];

/// Words before "call" that make it a noun: a determiner of quantity, an adjective of
/// repetition or a preposition ("no call for", "growing calls for", "amid calls for").
const NOUN_BEFORE: &[&str] = &[
    "no",
    "new",
    "growing",
    "renewed",
    "repeated",
    "of",
    "for",
    "amid",
    "despite",
    "following",
    "after",
    "with",
];

/// Words before "call" or "calls" that make it a verb: a subject pronoun or an auxiliary
/// ("they call for", "will call for").
const VERB_AFTER: &[&str] = &[
    "he", "she", "they", "we", "i", "you", "it", "will", "would", "could", "should", "may",
    "might", "must", "also", "now", "still", "did", "do", "does",
];

/// Words that end the phrase called for when a comma stands before them ("called for calm,
/// while …").
const PHRASE_ENDS: &[&str] = &[
    "which", "who", "while", "as", "after", "before", "when", "and", "but", "because", "although",
    "though", "since", "despite", "amid",
];

/// Subordinating conjunctions, which end the phrase called for even without a comma ("called
/// for a boycott after the firm refused").
const SUBORDINATORS: &[&str] = &["after", "because", "while", "although", "though", "since"];

/// The preposition after a verb [`demanded_phrase`] reads, when `word` is one: "for" after
/// "call" ("called for a ban"), "against" after "warn" and "caution" ("warned against reading
/// too much into it", "cautioned against further rises").
fn demand_verb(word: &str) -> Option<&'static str> {
    match crate::text::lowercase(word).as_ref() {
        "call" | "calls" | "called" | "calling" => Some("for"),
        "warn" | "warns" | "warned" | "warning" | "caution" | "cautions" | "cautioned"
        | "cautioning" => Some("against"),
        _ => None,
    }
}

/// Whether the cue at `cue` is one [`demanded_phrase`] reads: "call" before "for", "warn"
/// before "against".
pub(super) fn is_demand(text: &str, cue: Span) -> bool {
    demand_verb(cue.of(text)).is_some_and(|p| {
        text[cue.end..]
            .trim_start()
            .strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// The noun phrase that "call for" at `ws[i]` names ("called for a ban", "is calling for an
/// inquiry"), in the active voice, when it is no infinitive, clause or question ("called for
/// what he named …").
///
/// Not a noun ("the calls for a ban", "growing calls for", "Democratic calls for her to quit",
/// "the Obama/Clinton calls for"): "call" and "calls" are verbs only after a pronoun, an
/// auxiliary, a person or a plural noun in lower case ("critics call for"). Nor the passive
/// ("an election was called for May"), nor a time ("called for an hour").
///
/// The phrase runs to the end of the clause, or to where a new clause begins: a comma before a
/// participle, a relative pronoun, a conjunction, a subject or a verb ("called for calm, saying
/// …", "called for a ban, and …"), a subordinating conjunction ("called for a boycott after
/// the firm refused"), or a participle of speech ("called for tolerance arguing that …").
pub(super) fn demanded_phrase(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[Word<'_>],
    i: usize,
) -> Option<Span> {
    let lower = crate::text::lowercase(ws[i].text);
    // (A word in title case opens the sentence or is a headline's: "Calls For Action".)
    let Some(preposition) = demand_verb(&lower).filter(|_| i > 0 && !ws[i].is_capitalized()) else {
        return None;
    };
    if ws
        .get(i + 1)
        .is_none_or(|w| w.text != preposition || !w.joined)
    {
        return None;
    }
    let prev = crate::text::lowercase(ws[i - 1].text);
    // (The passive past an adverb: "Retaliation was also called for by the industry".)
    let adverb = matches!(
        prev.as_ref(),
        "also" | "now" | "still" | "already" | "again" | "repeatedly" | "previously"
    );
    if adverb && i >= 2 && BE.contains(&crate::text::lowercase(ws[i - 2].text).as_ref()) {
        return None;
    }
    if is_determiner(&prev)
        || prev.ends_with("'s")
        || prev.ends_with('\u{2019}')
        || BE.contains(&prev.as_ref())
        || NOUN_BEFORE.contains(&prev.as_ref())
    {
        return None;
    }
    if matches!(lower.as_ref(), "call" | "calls") {
        // (A determiner before the name that qualifies the noun: "the Obama/Clinton calls".)
        let noun_phrase = ws[i - 1].is_capitalized()
            && (2..=4).any(|back| {
                i >= back
                    && is_determiner(ws[i - back].text)
                    && ws[i - back + 1..i]
                        .iter()
                        .skip(1)
                        .all(|w| w.is_capitalized() || w.text == "/")
            });
        let after_subject = VERB_AFTER.contains(&prev.as_ref())
            || prev.ends_with('s') && !prev.ends_with("ss") && !ws[i - 1].is_capitalized()
            || referents
                .iter()
                .any(|r| r.span.end == ws[i - 1].span.end && !r.people.is_empty());
        if noun_phrase || !after_subject {
            return None;
        }
    }
    let j = i + 2;
    let first = ws.get(j).filter(|w| w.joined)?;
    let first_lower = crate::text::lowercase(first.text);
    // (No infinitive, clause or question: "called for what he named a revolution".)
    if matches!(
        first_lower.as_ref(),
        "to" | "that" | "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "who"
    ) {
        return None;
    }
    // (Not a time: "called for an hour".)
    if ws.get(j + 1).is_some_and(|w| {
        matches!(
            w.text,
            "hour" | "hours" | "minutes" | "days" | "weeks" | "months" | "years"
        )
    }) {
        return None;
    }
    let end = phrase_end(text, seg, referents, sentence, ws, j);
    // (A phrase holding a quotation is the partial quote's, as the tagger's phrases are:
    // 'called for a "cultural war" against them'.)
    // (Nor a pronoun alone: "warned against it".)
    clause_span(text, first.span.start, end)
        .filter(|span| !span.of(text).contains(['"', '\u{201c}', '\u{201d}']))
        .filter(|span| span.of(text).contains(' ') || !opens_subject(span.of(text)))
}

/// Where a noun phrase reported after its verb ends ("called for calm", "showed Mr Hale
/// ahead"), whose first word is `ws[first]`: at the end of the clause ([`clause_end`]), or
/// where a new clause begins among the words after it: a comma before a participle, a
/// relative pronoun, a conjunction, a subject or a verb ("called for calm, saying …", "called
/// for a ban, and …"), a subordinating conjunction ("called for a boycott after the firm
/// refused"), or a participle of speech ("called for tolerance arguing that …").
pub(super) fn phrase_end(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[Word<'_>],
    first: usize,
) -> usize {
    let (after, start) = (&ws[first + 1..], ws[first].span.start);
    let end = clause_end(text, seg, referents, sentence, after, start);
    after
        .iter()
        .take_while(|w| w.span.start < end)
        .find(|w| {
            let lower = crate::text::lowercase(w.text);
            let after_comma = !w.joined && text[..w.span.start].trim_end().ends_with(',');
            after_comma
                && (lower.ends_with("ing")
                    || PHRASE_ENDS.contains(&lower.as_ref())
                    || opens_subject(w.text)
                    || super::tagged::finite_form(&lower))
                || SUBORDINATORS.contains(&lower.as_ref())
                // (Not a preposition's object: "a ban on admitting …".)
                || lower.ends_with("ing")
                    && is_cue(&lower)
                    && !ends_with_preposition(&text[start..w.span.start])
        })
        .map_or(end, |w| {
            let head = text[..w.span.start]
                .trim_end()
                .trim_end_matches(',')
                .trim_end();
            // ("called for his overthrow, even though …")
            head.strip_suffix(" even")
                .map_or(head, |h| h.trim_end().trim_end_matches(','))
                .len()
        })
}

/// Whether `words` end in a preposition ("a ban on").
fn ends_with_preposition(words: &str) -> bool {
    matches!(
        words.split_whitespace().next_back(),
        Some("on" | "of" | "for" | "about" | "from" | "without" | "by" | "in" | "against")
    )
}
