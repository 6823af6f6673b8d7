//! Reported speech around its cue: the words before a verb and its speaker ("…, Smith
//! said.", "…, said Smith, an analyst at Acme."), the words a speaker and verb set off by
//! commas stand inside ("The plan, Tom Hale said, would cost too much"), and "according to".

use super::bounds::*;
use super::clause::*;
use super::listeners::opens_subject;
use super::reported::*;
use super::subjects::*;
use super::verbs::*;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};
/// The words reported around a speaker and verb (`ws[i]`) set off by commas: "The plan, Tom
/// Hale said, would cost too much" (`subject` is the speaker's words, a person's or a group's).
/// The span runs from the sentence's start to the clause's end; the words before the speaker
/// are no clause of their own (that is "CLAUSE, SPEAKER said").
pub(super) fn parenthetical(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
    subject: Span,
) -> Option<Span> {
    let next = ws.get(i + 1)?;
    // (Past the speaker's title or article: "That, Mr. Lee said, …", "That, RNC Chief of Staff
    // Ann Lee explained, …", "The plan, an inside source said, …".)
    let before = before_titles(&text[sentence.start..subject.start]);
    let head = before.strip_suffix(',').or_else(|| {
        let (head, title) = before.rsplit_once(',')?;
        let mut title = title.split_whitespace();
        (title.clone().count() <= 5
            && title.all(|w| w.starts_with(char::is_uppercase) || w == "of" || is_determiner(w)))
        .then_some(head)
    })?;
    let words = head.split_whitespace().count();
    let opener = head.split_whitespace().next()?;
    let verb_next = auxiliary(&crate::text::lowercase(next.text));
    if text[ws[i].span.end..next.span.start].trim() != ","
        || !text[subject.end..ws[i].span.start].trim().is_empty()
    {
        return None;
    }
    let end = clause_end(
        text,
        seg,
        referents,
        sentence,
        &ws[i + 2..],
        next.span.start,
    );
    // A sentence adverb is no part of the words: "But, he said, …", "Currently, he said, …";
    // the clause after the verb is. So is a short phrase of a preposition: "In Miami, Mr. Lee
    // said, the mayor is seen as a bully". (A word that a verb follows is the subject: "Time,
    // he added, was on their side".)
    let marks = head.contains(['"', '“', '”', ',', ';', ':', '(']);
    let adverb =
        words == 1 && (crate::extract::name_words::never_name(opener) || opener.ends_with("ly"));
    let phrase = LEADING_PREPOSITIONS.contains(&opener)
        && words <= 6
        && !marks
        && !super::tagged::has_verb(head);
    if (adverb || phrase) && !verb_next {
        return clause_span(text, next.span.start, end)
            .filter(|span| span.of(text).split_whitespace().count() >= 4);
    }
    if !(1..=8).contains(&words)
        || marks
        || LEADING_PREPOSITIONS.contains(&opener)
        || SUBORDINATORS.contains(&opener)
    {
        return None;
    }
    // A head with a verb is a clause of its own, unless the words after the verb go on with
    // its verb ("The main problem they have faced, Ann Lee says, is money"): the speaker's
    // words are that clause ("It was impossible, Ann Lee said, so the leaders …").
    // (Not a condition, "But if measured at 65, the PPI said, …", nor a verb that goes on
    // after the speaker: "The minister is also expected, officials say, to …".)
    if super::tagged::has_verb(head) && !verb_next {
        let condition = head.split_whitespace().take(2).any(|w| {
            matches!(
                crate::text::lowercase(w).as_ref(),
                "if" | "when" | "as" | "because" | "although" | "though" | "while" | "unless"
            )
        });
        // (Nor words that a "that" after the speaker goes on from, "It is no surprise, Ann
        // Lee said, that …", nor a head with a relative clause: "But the years that followed,
        // he said, brought …".)
        let relative = head
            .split_whitespace()
            .any(|w| matches!(w, "that" | "which" | "who"));
        if condition || relative || matches!(next.text, "to" | "that") {
            return None;
        }
        return clause_span(text, sentence.start, sentence.start + head.len())
            .filter(|span| span.of(text).split_whitespace().count() >= 3);
    }
    if NOT_CLAUSE_STARTS.contains(&next.text.to_lowercase().as_str()) && !verb_next {
        return None;
    }
    clause_span(text, sentence.start, end)
}

/// Whether the comma before a postposed speaker is one of a direct quote's words, found as
/// such. Not the comma that closes a partial quote at the end of the reported clause, inside
/// the marks by American usage: in 'The council will raise "taxes and fees on the poor," Jane
/// Lee said', the clause is Jane Lee's.
fn quoted_comma(text: &str, seg: &Segments, sentence: Span, comma_pos: usize) -> bool {
    let Some(q) = seg.quote_at(comma_pos) else {
        return false;
    };
    let closes = q.closed
        && text[comma_pos + 1..q.outer.end]
            .chars()
            .all(|c| matches!(c, '"' | '”' | '’' | '\''));
    let before = text[sentence.start.min(q.outer.start)..q.outer.start].trim_end();
    let partial = before.split_whitespace().count() >= 2
        && !before.ends_with([',', ':', '-', '—', '–', '.', '!', '?'])
        && !seg.in_quote(sentence.start);
    !(closes && partial)
}

/// "CLAUSE, SPEAKER said." — the verb's phrase closes the sentence after a comma.
pub(super) fn clause_before(
    text: &str,
    seg: &Segments,
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
) -> Option<Span> {
    // At most six words after the verb ("told reporters on Tuesday"), then the end, a
    // subordinate clause ("…, Graham said, since most young voters …") or, right after the
    // verb, a speech verb's participle ("…, he said, urging voters to …").
    let after = &text[ws[i].span.end..sentence.end];
    let tail = after.find(',').filter(|&c| {
        let next = after[c + 1..].split_whitespace().next().unwrap_or("");
        matches!(
            next,
            "since" | "because" | "although" | "though" | "while" | "as" | "adding"
        ) || c == 0 && next.ends_with("ing") && is_cue(next)
    });
    let end = ws[i].span.end + tail.unwrap_or(after.len());
    let words_after = ws[i + 1..]
        .iter()
        .take_while(|w| w.span.start < end)
        .count();
    if words_after > 6 || text[ws[i].span.end..end].contains([',', '"', '“', '”', ';']) {
        return None;
    }
    // What follows the verb is a phrase of time, place or medium ("said on Tuesday", "said
    // in a statement") or the speaker ("said the trade publication"), not a clause with a
    // verb of its own ("…, Bob Lee said taxes would rise": the clause is what he said).
    if ws[i + 1..]
        .iter()
        .take_while(|w| w.span.start < end)
        .any(|w| {
            matches!(
                w.text,
                "would"
                    | "will"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
            )
        })
    {
        return None;
    }
    // (Nor a clause that opens with a personal pronoun: "Despite the bad press, officials
    // said they welcome the attention" reports what follows the verb.)
    if ws.get(i + 1).is_some_and(|w| {
        w.joined
            && w.span.start < end
            && matches!(
                crate::text::lowercase(w.text).as_ref(),
                "he" | "she" | "they" | "we" | "i" | "you"
            )
    }) {
        return None;
    }
    // The comma before the speaker phrase: at most six words before the verb.
    let from = i.saturating_sub(7);
    let comma = (from..i).rev().find(|&k| {
        let gap = &text[if k == 0 {
            sentence.start
        } else {
            ws[k - 1].span.end
        }..ws[k].span.start];
        gap.contains(',')
    })?;
    // The words between the comma and the verb's own auxiliaries and adverbs ("has also
    // said") name the speaker, with no verb of their own (but in a relative clause: "…, a
    // person who has seen the report said"): in "Jane Lee, an analyst at Acme, said the firm
    // must rebut the claims", "rebut" is "the firm"'s.
    let finite_word =
        |w: &crate::text::Word<'_>| super::tagged::finite_form(&super::tagged::bare_word(w.text));
    let group = ws[comma..i]
        .iter()
        .rposition(|w| !(finite_word(w) || w.text.ends_with("ly") || w.text == "also"))
        .map_or(comma, |k| comma + k + 1);
    let phrase = &ws[comma..group];
    let finite = phrase.iter().position(finite_word);
    if finite.is_some_and(|f| {
        !phrase[..f]
            .iter()
            .any(|w| matches!(w.text, "who" | "that" | "which"))
    }) {
        return None;
    }
    let comma_pos = text[..ws[comma].span.start].rfind(',')?;
    if comma_pos <= sentence.start || quoted_comma(text, seg, sentence, comma_pos) {
        return None;
    }
    // "CLAUSE, while X said …": a clause of its own opens after the comma, and X's words are
    // what follows the verb.
    let opener = crate::text::upper_first(&crate::text::lowercase(ws[comma].text));
    if SUBORDINATORS.contains(&opener.as_str())
        || matches!(ws[comma].text, "and" | "but" | "whereas" | "yet")
    {
        return None;
    }
    let start = sentence.start;
    let first = text[start..].chars().next()?;
    if matches!(first, '"' | '“' | '‘' | '\'') {
        return None; // a direct quote, found as such
    }
    let span = clause_span(text, start, comma_pos)?;
    // (Four words or more, and no phrase of a preposition alone: "On an annual basis, the data
    // suggests …" reports nothing before the comma.)
    let words = span.of(text).split_whitespace().count();
    let opener = span.of(text).split_whitespace().next()?;
    (words >= 4 && !(words <= 6 && LEADING_PREPOSITIONS.contains(&opener))).then_some(span)
}

/// Words that may follow a postposed speaker: a phrase of time, place or medium ("said Smith
/// on Tuesday", "said Smith in a statement"), or of whom the speaker speaks for ("said John
/// Smith of Harlow Securities", "said a spokesman for the company").
pub(super) const AFTER_POSTPOSED_SPEAKER: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "last",
    "yesterday",
    "today",
    "tonight",
    "this",
    "earlier",
    "later",
    "after",
    "before",
    "from",
    "by",
    "recently",
    "late",
    "early",
    "of",
    "for",
    "with",
];

/// "CLAUSE, said SPEAKER." — the verb `ws[i]` right after a comma, and its speaker right
/// after the verb (behind titles or an article: "said Sen. Ted Cruz", "said the minister"),
/// then the end of the sentence, a few words ("on Tuesday", "of Harlow Securities"), or an
/// apposition ("…, an analyst at Harlow Securities"): the clause from the sentence's start to
/// the comma, and the speaker's referent (none for a group, "…, say the Tories.", which
/// [`super::groups::groups`] names). Not when a verb follows the apposition ("The plan,
/// said Smith, would fail": the verb is inside the clause).
pub(super) fn clause_before_postposed(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
) -> Option<(Span, Option<usize>)> {
    let comma_pos =
        ws[i.checked_sub(1)?].span.end + text[ws[i - 1].span.end..ws[i].span.start].find(',')?;
    if quoted_comma(text, seg, sentence, comma_pos)
        || matches!(
            text[sentence.start..].chars().next()?,
            '"' | '“' | '‘' | '\''
        )
    {
        return None; // a direct quote, found as such
    }
    // Not a participle: "…, saying he would …".
    if crate::text::lowercase(ws[i].text).ends_with("ing") {
        return None;
    }
    let verb_end = ws[i].span.end;
    // The person named after the verb, else a group ("…, say the Tories, because …").
    let person = starting_in(referents, verb_end, sentence.end).next();
    let group =
        super::groups::group_postposed(text, seg, ws[i].span, Span::new(sentence.start, comma_pos));
    let (r, speaker) = match (person, group) {
        (_, Some(g)) if person.is_none_or(|r| referents[r].span.start >= g.end) => (None, g),
        (Some(r), _) => (Some(r), referents[r].span),
        // Someone not named: "…, says a top academic."
        (None, _) => (None, unnamed_after_verb(text, verb_end, sentence)?),
    };
    // "…, said he would run": a pronoun after the verb is its clause's subject.
    if super::tagged::is_pronoun(speaker.of(text)) {
        return None;
    }
    // Between the verb and the speaker, titles, an organisation's name, a job's words or an
    // article only ("said GM Europe president Carl Forster"), and the words of a portfolio
    // before a job ("said work and pensions minister Alan Johnson").
    let between = &text[verb_end..speaker.start];
    let words: Vec<&str> = between.split_whitespace().collect();
    let job = words
        .iter()
        .rposition(|w| crate::extract::name_words::job_word(w));
    let titles = words.iter().enumerate().all(|(k, w)| {
        matches!(*w, "the" | "a" | "an")
            || w.starts_with(char::is_uppercase)
            || crate::extract::name_words::job_word(w)
            || job.is_some_and(|j| k < j) && w.chars().all(char::is_alphabetic)
    });
    // Or a description set off before the name: "…, said a former spokesman for the
    // ministry, Tom Hale." (an article or a possessive, a person's noun, one comma).
    let described = r.is_some()
        && between.trim_end().strip_suffix(',').is_some_and(|d| {
            let ws: Vec<&str> = d.split_whitespace().collect();
            (2..=10).contains(&ws.len())
                && !d.contains([',', ';', '"', '“', '”', '(', ')'])
                && (matches!(ws[0], "the" | "a" | "an" | "his" | "her" | "its" | "their")
                    || ws[0].ends_with("'s")
                    || ws[0].ends_with("’s"))
                && ws[1..].iter().any(|w| {
                    w.starts_with(char::is_lowercase)
                        && crate::extract::name_words::job_word(&super::tagged::bare_word(w))
                })
        });
    if !described && (between.contains([',', ';', '"', '“', '”']) || words.len() > 5 || !titles)
    {
        return None;
    }
    // After the speaker: at most six words to the end or to an apposition's comma, and no
    // verb right after that comma.
    let rest = &text[speaker.end.min(sentence.end)..sentence.end];
    if rest.contains(['"', '“', '”', ';']) {
        return None;
    }
    let bare = super::tagged::bare_word;
    let mut parts = rest.split(',');
    let head = parts.next().unwrap_or("");
    // Right after the speaker: the end, a comma, or a phrase of time or place ("on
    // Tuesday", "in a statement"), not a verb ("said Smith would …").
    let first = head.split_whitespace().next().map(bare);
    if head.split_whitespace().count() > 6
        || first.is_some_and(|w| !w.is_empty() && !AFTER_POSTPOSED_SPEAKER.contains(&w.as_ref()))
    {
        return None;
    }
    // No part after a comma opens with a verb ("X, said Smith, an adviser, would fail") or a
    // conjunction ("It means that in an attack, said Smith, even if …"), nor a part after the
    // apposition with a capitalised word: the sentence's own subject comes back ("Rather
    // than …, said Smith, a vice president, Teck wants …"). The sentence goes on after the
    // speaker, and the clause before is only part of what is said.
    if parts.enumerate().any(|(k, p)| {
        p.split_whitespace().next().is_some_and(|w| {
            let lower = bare(w);
            super::tagged::finite_form(&lower)
                || matches!(
                    lower.as_ref(),
                    "that" | "even" | "so" | "and" | "or" | "then"
                )
                || SUBORDINATORS.contains(&crate::text::upper_first(&lower).as_str())
                || k > 0 && w.starts_with(char::is_uppercase)
        })
    }) {
        return None;
    }
    let span = clause_span(text, sentence.start, comma_pos)?;
    // Not words that go on after the speaker ("… seriously because, said Mr Lee, they …"),
    // nor a subject whose relative clause the comma closes ("The official, who asked not to
    // be named, said …": the verb is the subject's).
    let words = span.of(text);
    let last = words.split_whitespace().next_back().unwrap_or("");
    let relative = words.split_once(',').is_some_and(|(subject, part)| {
        subject.split_whitespace().count() <= 4
            && !part.contains(',')
            && matches!(
                part.split_whitespace().next(),
                Some("who" | "which" | "whose")
            )
    });
    if relative
        || matches!(
            last,
            "because" | "and" | "but" | "or" | "if" | "when" | "while" | "since" | "although"
        )
    {
        return None;
    }
    // A subordinate clause or a phrase alone ("Although prices will fall, said Smith, …", "On
    // a larger scale, said Smith, …"): the main clause comes after the speaker.
    let opener = words.split_whitespace().next().unwrap_or("");
    if !words.contains(',')
        && (SUBORDINATORS.contains(&opener) || LEADING_PREPOSITIONS.contains(&opener))
    {
        return None;
    }
    (words.split_whitespace().count() >= 4).then_some((span, r))
}

/// [`clause_before_postposed`] for the word at `k` when it is a speech verb that reports a
/// clause without "that", in lower case, outside a relative clause.
pub(super) fn postposed_verb(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    k: usize,
) -> Option<(Span, Option<usize>)> {
    let w = &ws[k];
    if !w.text.starts_with(char::is_lowercase) || !text[..w.span.start].trim_end().ends_with(',') {
        return None;
    }
    let lower = crate::text::lowercase(w.text);
    let bare_clause = is_cue(&lower)
        && BARE_CLAUSE_VERBS.contains(lower.as_ref())
        && !STRICT_CLAUSE_VERBS.contains(lower.as_ref())
        && !BELIEF_VERBS.contains(lower.as_ref());
    (bare_clause && !seg.in_quote(w.span.start) && relative_pronoun(ws, k).is_none())
        .then(|| clause_before_postposed(text, seg, referents, sentence, ws, k))
        .flatten()
}

/// The words after a speech verb ending at `verb_end` that name someone without a name, in
/// `sentence`: an article and up to four words ending in a person's or a source's noun in lower
/// case, to a mark or a phrase of time or place ("says a top academic.", "said one analyst in
/// London", "said a Fifa spokesman", "predicts the report by …"); none when a name follows the
/// noun ("said analyst Jane Smith" is hers).
pub(super) fn unnamed_after_verb(text: &str, verb_end: usize, sentence: Span) -> Option<Span> {
    // (Six words at most: a line's worth of text.)
    let end = crate::text::floor_char_boundary(text, (verb_end + 120).min(sentence.end));
    let ws = crate::text::words(text, Span::new(verb_end, end));
    let first = ws.first()?;
    if !(indefinite(first.text) || first.text == "the") {
        return None;
    }
    // Its noun a person's or a source's ("a top academic", "a study"; not "claims an
    // audience of …", "wrote an account of …").
    let groups = &super::groups::GROUP_NOUNS;
    let source = |w: &str| {
        let noun = crate::text::lowercase(w);
        // (A rank is no noun: "a senior U.S. trade official".)
        crate::extract::name_words::job_word(&noun)
            && !crate::extract::name_words::JOB_MODIFIERS.contains(&noun.as_ref())
            || groups.contains(noun.as_ref())
            || groups.contains(&format!("{noun}s"))
    };
    // The words to a mark or a phrase after the speaker, the noun the last in lower case, or
    // the one a participle or a preposition follows ("said one analyst quoted by …", "said a
    // longtime adviser to both …"; but "a former campaign staffer" is no campaign).
    let mut at = first.span.end;
    let mut noun_end = None;
    for w in ws[1..].iter().take(4) {
        if AFTER_POSTPOSED_SPEAKER.contains(&w.text) || !text[at..w.span.start].trim().is_empty() {
            break;
        }
        // (A capital after a person's noun opens a name: "said an analyst Jane Smith".)
        let capital = w.text.starts_with(char::is_uppercase);
        if capital && noun_end == Some(at) {
            return None;
        }
        let phrase = w.text.ends_with("ed")
            || w.text.ends_with("ing")
            || matches!(w.text, "to" | "who" | "close" | "familiar" | "and");
        if noun_end == Some(at) && phrase {
            break;
        }
        at = w.span.end;
        noun_end = (!capital && source(w.text)).then_some(at);
    }
    noun_end.map(|end| Span::new(first.span.start, end))
}

/// The words of `sentence` before `at` when they end with a comma and could open the sentence
/// before a verb and its speaker: at most ten words, without a verb, a subordinator or marks
/// inside ("The problem,", "For instance,"; not "If it rains,").
fn head_before_comma(text: &str, sentence: Span, at: usize) -> Option<&str> {
    let head = text[sentence.start..at].trim_end().strip_suffix(',')?;
    let opener = head.split_whitespace().next()?;
    ((1..=10).contains(&head.split_whitespace().count())
        && !head.contains(['"', '“', '”', ',', ';', ':', '(', ')'])
        && !SUBORDINATORS.contains(&opener)
        && !super::tagged::has_verb(head))
    .then_some(head)
}

/// Whether `head` is a phrase that opens a sentence before its main clause ("For instance",
/// "In Britain", "Currently"), not its subject.
fn opening_phrase(head: &str) -> bool {
    let mut words = head.split_whitespace();
    let opener = words.next().unwrap_or("");
    LEADING_PREPOSITIONS.contains(&opener)
        || words.next().is_none()
            && (crate::extract::name_words::never_name(opener) || opener.ends_with("ly"))
}

/// Whether the words of `sentence` before `at` are a subject and a comma ("The problem,"; not
/// "For instance,", "Currently,", "If it rains,").
fn noun_phrase_before(text: &str, sentence: Span, at: usize) -> bool {
    head_before_comma(text, sentence, at).is_some_and(|head| !opening_phrase(head))
}

/// The words reported around a verb (`ws[i]`) and its speaker after it, set off by commas
/// inside them, as (words, the speaker's referent): "The plan, said Tom Hale of Acme, would
/// cost too much" (from the sentence's start: the subject before, its verb after), and "For
/// instance, said Tom Hale, filtering would not help" (a phrase before: the clause after).
///
/// The speaker is a person named right after the verb (titles before the name allowed),
/// perhaps with an apposition ("of Acme in Tokyo", ", an analyst,"); the words before the
/// first comma have no verb, and the words after the speaker go on with a verb ("would", "is")
/// or, after a phrase, open a clause.
pub(super) fn interposed(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
) -> Option<(Span, usize)> {
    let bare = super::tagged::bare_word;
    if i == 0
        || text[ws[i - 1].span.end..ws[i].span.start].trim() != ","
        || crate::text::lowercase(ws[i].text).ends_with("ing")
        || matches!(
            text[sentence.start..].chars().next()?,
            '"' | '“' | '‘' | '\''
        )
        || seg.in_quote(ws[i].span.start)
    {
        return None;
    }
    // A phrase before the main clause ("For instance", "In Britain", "Currently"), else the
    // subject.
    let phrase = opening_phrase(head_before_comma(text, sentence, ws[i].span.start)?);
    // The person right after the verb, titles or a job's words between.
    let r = starting_in(referents, ws[i].span.end, sentence.end).next()?;
    let speaker = referents[r].span;
    let between = &text[ws[i].span.end..speaker.start];
    if speaker.end > sentence.end
        || between.contains([',', ';', '"', '“', '”'])
        || between.split_whitespace().count() > 4
        || !between.split_whitespace().all(|w| {
            matches!(w, "the" | "a" | "an")
                || w.starts_with(char::is_uppercase)
                || crate::extract::name_words::job_word(w)
        })
        || super::tagged::is_pronoun(speaker.of(text))
    {
        return None;
    }
    // After the speaker: up to two parts (a phrase of place, an apposition), at most eight
    // words each, then the words that go on.
    let rest = &text[speaker.end..sentence.end];
    let mut at = speaker.end;
    for (k, part) in rest.split(',').enumerate() {
        let first = part.split_whitespace().next().map(bare);
        if k > 0 {
            let Some(first) = first else { return None };
            let verb = super::tagged::finite_form(&first);
            if verb && !phrase {
                // "The plan, said Tom Hale, would cost …": from the sentence's start.
                let end = clause_end(text, seg, referents, sentence, &[], at);
                return clause_span(text, sentence.start, end)
                    .filter(|s| s.of(text).split_whitespace().count() >= 6)
                    .map(|s| (s, r));
            }
            // (A part without a verb is an apposition: ", senior vice-president of Acme,".)
            if phrase
                && !verb
                && !matches!(first.as_ref(), "who" | "which" | "whose")
                && super::tagged::has_verb(part)
            {
                // "For instance, said Tom Hale, filtering would not help": the clause after.
                let start = at + (part.len() - part.trim_start().len());
                let end = clause_end(text, seg, referents, sentence, &[], start);
                return clause_span(text, start, end)
                    .filter(|s| {
                        let words = s.of(text);
                        words.split_whitespace().count() >= 4 && super::tagged::has_verb(words)
                    })
                    .map(|s| (s, r));
            }
        }
        if k >= 2
            || part.split_whitespace().count() > 8
            || part.contains(['"', '“', '”', ';', ':'])
            || super::tagged::has_verb(part)
        {
            return None;
        }
        at += part.len() + 1;
    }
    None
}

/// Prepositions that open a phrase before a sentence's main clause ("On a larger scale, …").
const LEADING_PREPOSITIONS: &[&str] = &[
    "On", "In", "At", "For", "With", "By", "From", "Under", "Over", "During", "Despite", "Unlike",
    "Like", "Rather", "Instead", "Given", "Until", "Unless",
];

/// "according to X, CLAUSE" / "CLAUSE, according to X."
pub(super) fn according_to(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
    emit: &mut dyn FnMut(Span, Option<usize>),
) {
    let at = ws[i].span.start;
    // The first person named after it in its sentence ("… according to the EOC.\n\nThe
    // minister told …" is the EOC's, not the minister's).
    let speaker = super::speakers::named_after(seg, referents, at, sentence);
    let after = &text[ws[i + 1].span.end..sentence.end];
    if let Some(c) = after.find(',') {
        // "according to X, CLAUSE"
        let mut start = ws[i + 1].span.end + c + 1;
        start += text[start..].len() - text[start..].trim_start().len();
        // Past an apposition to X: words without a verb after "a" or "an", then a comma
        // ("according to Ann Lee, an analyst at Acme, the plan …").
        let apposition = |words: &str| {
            words
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "a" | "an"))
                && !super::tagged::has_verb(words)
        };
        // (The sentence may end at the comma: "according to🙂Jane Smith,".)
        if let Some(c) = text.get(start..sentence.end).and_then(|t| t.find(", ")) {
            if apposition(&text[start..start + c]) {
                start += c + 1;
                start += text[start..].len() - text[start..].trim_start().len();
            }
        }
        // An apposition that ends the sentence is no clause: "…, according to Ann Lee, an
        // analyst at Acme." is the clause before's; nor is a verb coordinated with the one
        // before ("…, according to the code, and demanded an inquiry").
        // Past a relative clause about X set off by commas ("according to the WSJ, which cites
        // people close to the case, the directors …"); one that ends the sentence is no clause
        // ("…, according to Jim Lee, who advised the campaign.").
        let relative = |from: usize| {
            text[from..]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "who" | "whose" | "whom" | "which"))
        };
        let mut about_x = false;
        if relative(start) {
            match text.get(start..sentence.end).and_then(|t| t.find(", ")) {
                Some(c) => {
                    start += c + 1;
                    start += text[start..].len() - text[start..].trim_start().len();
                }
                None => about_x = true,
            }
        }
        let coordinated = about_x
            || text[start..]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "and" | "but" | "or"));
        // "The problem, according to X, is …": the subject before goes with the verb after.
        let verb_after = text[start..]
            .split_whitespace()
            .next()
            .is_some_and(|w| super::tagged::finite_form(&super::tagged::bare_word(w)));
        if verb_after && noun_phrase_before(text, sentence, at) {
            start = sentence.start;
        }
        // (Nor, after a clause, is a noun phrase without an article that ends it: "The price
        // is fair, according to Ann Lee, director of the survey center.")
        // (Not "…, and, according to X, contain few surprises": that goes on with the clause.)
        let clause_first = {
            let head = text[sentence.start..at].trim_end();
            let last = head.trim_end_matches(',').split_whitespace().next_back();
            head.ends_with(',')
                && head.split_whitespace().count() >= 4
                && !matches!(last, Some("and" | "but" | "or" | "which" | "who" | "that"))
        };
        let bare_apposition = |words: &str| {
            clause_first
                && words
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && !opens_subject(w))
                && !super::tagged::has_verb(words)
        };
        if let Some(span) = clause_span(text, start, sentence.end)
            .filter(|s| !coordinated && !apposition(s.of(text)) && !bare_apposition(s.of(text)))
        {
            if span.of(text).split_whitespace().count() >= 4 {
                emit(span, speaker);
                return;
            }
        }
    }
    // "CLAUSE, according to X."
    // (The comma may stand inside a quotation that ends the clause: 'The visit became "the
    // high point," according to X.')
    let before = text[sentence.start..at].trim_end();
    let closed = before.trim_end_matches(['"', '”', '\'', '’']);
    let clause = before
        .strip_suffix(',')
        .or_else(|| (closed.len() < before.len() && closed.ends_with(',')).then_some(before));
    if let Some(clause) = clause {
        if let Some(span) = clause_span(text, sentence.start, sentence.start + clause.len()) {
            if span.of(text).split_whitespace().count() >= 4
                && !matches!(text[span.start..].chars().next(), Some('"' | '“'))
            {
                emit(span, speaker);
            }
        }
    }
}
