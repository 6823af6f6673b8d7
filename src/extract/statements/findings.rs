//! Findings: what a poll, a study or figures show, named by a phrase rather than a "that"
//! clause ("A poll last week showed Mr Hale ahead in Ohio", "Figures showed house prices are
//! still rising"). PolNeAR's annotators count them as reported speech (the poll is the
//! source), and so do the BBC's where the text gives the finding as a fact of the news. A
//! "that" clause after the verb ("Figures show that …") is the clause rules'; a picture
//! ("the video shows …") is no finding.

use super::bounds::clause_span;
use super::clause::is_cue;
use super::demands::phrase_end;
use super::postposed::clause_before_postposed;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};
use crate::text::Word;

/// The nouns of what finds: polls, studies, figures, documents.
const FINDING_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "study",
    "studies",
    "figures",
    "data",
    "statistics",
    "numbers",
    "findings",
    "research",
    "results",
    "report",
    "reports",
    "analysis",
    "records",
    "documents",
    "files",
    "census",
    "estimates",
    "projections",
];

/// Words of the noun's phrase that may stand between it and its verb, besides names: a source
/// ("Audit files from NGP VAN show"), a time ("a poll last week showed", "figures on Friday
/// showed") or an adverb ("Polls there show", "The figures also showed").
const BETWEEN: &[&str] = &[
    "from",
    "of",
    "by",
    "for",
    "on",
    "in",
    "last",
    "this",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "released",
    "published",
    "issued",
    "out",
    "there",
    "also",
    "now",
    "still",
    "finally",
    "consistently",
    "again",
    "only",
    "alone",
];

/// Words that open no finding: "that" (a clause, the clause rules'), a particle ("showed
/// up"), a question ("shows how …"), an infinitive, a time ("showed last year"); a verb opens
/// none either (the finding is a relative clause's: "the party a survey showed was gaining").
const NOT_FIRST: &[&str] = &[
    "that",
    "up",
    "off",
    "how",
    "what",
    "why",
    "whether",
    "if",
    "where",
    "when",
    "who",
    "which",
    "to",
    "last",
    "this",
    "on",
    "yesterday",
    "earlier",
    "today",
    "in",
    "at",
    "during",
    "over",
];

/// The words the finding verb at `ws[i]` ("show", "shows", "showed") reports, when a finding
/// noun is its subject, at most four words before it in the same clause ("Polls there show",
/// "a WBUR poll last week showed", "Audit files from NGP VAN show"), and no "that" clause
/// follows: from the word after the verb to the end of the phrase ([`phrase_end`]). Not
/// "showed up" nor a question ("shows how …"), nor words that hold a quotation (the partial
/// quote's).
///
/// ```text
/// "A Tribune poll showed Mr Hale ahead in Ohio, with 45 percent to 39."
///                        └──────────────── the finding ───────────────┘
/// ```
pub(super) fn shown_phrase(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[Word<'_>],
    i: usize,
) -> Option<Span> {
    if !matches!(ws[i].text, "show" | "shows" | "showed") || i == 0 {
        return None;
    }
    let first = ws.get(i + 1).filter(|w| w.joined)?;
    let first_lower = crate::text::lowercase(first.text);
    if NOT_FIRST.contains(&first_lower.as_ref()) || super::tagged::finite_form(&first_lower) {
        return None;
    }
    // The subject: a finding noun close before, with only words of its phrase between (a
    // name, a source, a time, an adverb; not "the Paris air show").
    let mut k = i;
    let found = loop {
        if k == 0 || i - k >= 5 || !ws[k].joined {
            break false;
        }
        k -= 1;
        let lower = crate::text::lowercase(ws[k].text);
        if FINDING_NOUNS.contains(&lower.as_ref()) {
            break true;
        }
        let name_or_number =
            ws[k].is_capitalized() || ws[k].text.starts_with(|c: char| c.is_ascii_digit());
        if !(name_or_number || BETWEEN.contains(&lower.as_ref())) {
            break false;
        }
    };
    if !found {
        return None;
    }
    let end = phrase_end(text, seg, referents, sentence, ws, i + 1);
    // In a clause set before the main one ("Even as polls show Mr Hale ahead, his rivals
    // …"), the finding ends at the comma.
    let subordinate = ws[..k].iter().any(|w| {
        matches!(
            crate::text::lowercase(w.text).as_ref(),
            "as" | "while"
                | "when"
                | "if"
                | "although"
                | "though"
                | "because"
                | "since"
                | "after"
                | "before"
                | "whereas"
                | "unless"
        )
    });
    let end = match text[first.span.start..end].find(',') {
        Some(c) if subordinate => first.span.start + c,
        _ => end,
    };
    // (Another's words after "and" or "but": "figures showed growth of 9% and experts say
    // …".)
    let end = ws[i + 2..]
        .iter()
        .take_while(|w| w.span.start < end)
        .enumerate()
        .find(|(j, w)| {
            matches!(w.text, "and" | "but")
                && ws[i + 3 + j..]
                    .iter()
                    .take(4)
                    .any(|v| v.text.starts_with(char::is_lowercase) && is_cue(v.text))
        })
        .map_or(end, |(_, w)| {
            text[..w.span.start].trim_end().trim_end_matches(',').len()
        });
    // (The finding may be reported whole: "Recent figures showed exports rose, he said." is
    // his.)
    let reported_whole = || {
        (i + 2..ws.len()).any(|k| {
            is_cue(ws[k].text)
                && clause_before_postposed(text, seg, referents, sentence, ws, k)
                    .is_some_and(|(clause, _)| clause.contains(ws[i].span.start))
        })
    };
    // (Or "…, he said.", "…, analysts said on Friday.": a short tail after the sentence's
    // last comma with a verb of saying.)
    let rest = &text[ws[i].span.end..sentence.end];
    let said_after = rest.rfind(',').is_some_and(|c| {
        let tail: Vec<&str> = rest[c + 1..]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        tail.len() <= 7 && tail.iter().any(|w| !w.ends_with("ing") && is_cue(w))
            || tail.first() == Some(&"according")
    });
    // (Nor a finding that holds another's words: "A poll shows 68% of voters say gun policy
    // will matter" is the voters' clause, found from its own verb.)
    let holds_speech = ws[i + 2..]
        .iter()
        .take_while(|w| w.span.start < end)
        .zip(&ws[i + 1..])
        .any(|(w, before)| {
            w.text.starts_with(char::is_lowercase)
                && !w.text.ends_with("ing")
                && before.text != "to"
                && is_cue(w.text)
        });
    if said_after || holds_speech || reported_whole() {
        return None;
    }
    clause_span(text, first.span.start, end)
        .filter(|span| !span.of(text).contains(['"', '\u{201c}', '\u{201d}']))
}
