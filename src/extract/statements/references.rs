//! References: what a speaker was talking about, told after their words by "referring to"
//! ('"We need steady hands," Clinton told the group, referring to the business mogul.'). The
//! phrase is the speaker's, as PolNeAR's annotators count it: it says whom or what their
//! words were about.

use super::bounds::{clause_span, referring_from};
use super::clause::{QuoteKind, StatementMention};
use super::demands::phrase_end;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};
use crate::text::Word;

/// The phrase "referring to" at `ws[i]` names, when it follows a speaker's words: after a
/// comma, maybe past an adverb ("…, he said, referring to Russia's gas giant", "…, Henry said,
/// likely referring to …"), or right after a verb of saying ("Williams said referring to her
/// match"). The phrase runs to the end of its clause ([`phrase_end`]). Who said the words
/// before it is settled later ([`inherit_speaker`]).
pub(super) fn referred_phrase(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[Word<'_>],
    i: usize,
) -> Option<Span> {
    // (Words must stand before it: "Apparently referring to the mayor, he said …" opens its
    // sentence.)
    let k = referring_from(ws, i).filter(|&k| k > 0)?;
    ws.get(i + 1).filter(|w| w.joined)?;
    let first = ws.get(i + 2).filter(|w| w.joined)?;
    // (Not a question or a clause: "referring to what he called …".)
    if matches!(
        crate::text::lowercase(first.text).as_ref(),
        "what" | "whether" | "how" | "why" | "when" | "where" | "who" | "it" | "them" | "this"
    ) {
        return None;
    }
    // Set off after the speaker's words: a comma before, past an adverb in "-ly", or a verb
    // of saying right before.
    let set_off = !ws[k].joined && text[ws[k - 1].span.end..ws[k].span.start].trim() == ",";
    let after_verb = ws[k].joined && super::clause::is_cue(ws[k - 1].text);
    if !(set_off || after_verb) {
        return None;
    }
    let end = phrase_end(text, seg, referents, sentence, ws, i + 2);
    clause_span(text, first.span.start, end)
}

/// Gives each phrase that "referring to" names ([`referred_phrase`]) the speaker of the
/// statement just before it in its sentence, and drops it when there is none or that one has
/// no speaker: the phrase says what someone's words were about. `out` is in text order.
pub(super) fn inherit_speaker(text: &str, seg: &Segments, out: &mut Vec<StatementMention>) {
    let referring = |s: &StatementMention| {
        s.kind == QuoteKind::Indirect && s.cue.is_some_and(|c| c.of(text) == "referring")
    };
    let mut drop = vec![false; out.len()];
    for p in 0..out.len() {
        if !referring(&out[p]) {
            continue;
        }
        let cue = out[p].cue.map_or(out[p].span.start, |c| c.start);
        // (The words before end in its sentence, or a quotation ends where the sentence with
        // its verb begins: '"We need steady hands," Clinton told them, referring to …'.)
        let sentence = seg.sentences[seg.sentence_index(cue)];
        let before = (0..p).rev().find(|&q| {
            let s = &out[q];
            let between = &text[s.span.end.min(cue)..cue];
            s.span.end <= cue
                && !referring(s)
                && (s.span.end > sentence.start || !between.contains(['.', '?', '!']))
                && seg.paragraph_index(s.span.start) == seg.paragraph_index(cue)
        });
        match before.map(|q| (out[q].speaker, out[q].group)) {
            Some((speaker, group)) if speaker.is_some() || group.is_some() => {
                out[p].speaker = speaker;
                out[p].group = group;
            }
            _ => drop[p] = true,
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}
