//! Reported speech: the clause after a speech verb ("he added that …", "she said it was …");
//! the words before a verb and its speaker ("…, Smith said.") and "according to" are read by
//! [`super::postposed`], where a clause ends by [`super::bounds`].

use super::bounds::*;
use super::clause::*;
use super::listeners::{after_listener, joined_in_name, opens_subject};
use super::postposed::{
    according_to, clause_before, clause_before_postposed, interposed, parenthetical, postposed_verb,
};
use super::subjects::*;
use super::verbs::*;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};

/// Whether the words at `ws[j]` open a clause a verb of [`STRICT_CLAUSE_VERBS`] or of belief
/// at `ws[i]` reports: a personal pronoun, which "it" and "you" are only before a verb or "to"
/// ("expects it to be", but "warn you of the risk" names whom), after a verb, not a noun ("has
/// no doubt it is", "following fears it would").
fn strict_clause(ws: &[crate::text::Word<'_>], i: usize, j: usize) -> bool {
    let Some(first) = ws.get(j) else {
        return false;
    };
    let noun = i > 0
        && (is_determiner(ws[i - 1].text) && ws[i - 1].text != "that"
            || matches!(
                crate::text::lowercase(ws[i - 1].text).as_ref(),
                "no" | "some" | "any" | "following" | "amid"
            ));
    let verb_next = ws.get(j + 1).is_some_and(|n| {
        let w = super::tagged::bare_word(n.text);
        super::tagged::finite_form(&w)
            || crate::text::past_form(&w)
            || w.ends_with('s')
            || w == "to"
    });
    let lower = crate::text::lowercase(first.text);
    !noun
        && match lower.as_ref() {
            "he" | "she" | "they" | "i" | "we" | "there" => true,
            "it" | "you" => verb_next,
            _ => false,
        }
}

/// The spans of the statements found before, other than partial quotes, by start, with the
/// greatest end so far: whether a span overlaps one of them is a binary search.
pub(super) struct Taken {
    spans: Vec<Span>,
    max_end: Vec<usize>,
}

impl Taken {
    pub(super) fn new(out: &[StatementMention]) -> Self {
        Self::of(out, |_| true)
    }

    /// The spans of the statements of `out` that `keep` keeps, other than partial quotes.
    pub(super) fn of(out: &[StatementMention], keep: impl Fn(&StatementMention) -> bool) -> Self {
        let mut spans: Vec<Span> = out
            .iter()
            .filter(|s| s.kind != QuoteKind::Partial && keep(s))
            .map(|s| s.span)
            .collect();
        spans.sort();
        let max_end = spans
            .iter()
            .scan(0, |m, s| {
                *m = s.end.max(*m);
                Some(*m)
            })
            .collect();
        Taken { spans, max_end }
    }

    pub(super) fn overlaps(&self, span: Span) -> bool {
        let k = self.spans.partition_point(|s| s.start < span.end);
        k > 0 && self.max_end[k - 1] > span.start
    }
}

/// Reported speech:
/// - `SPEAKER CUE [LISTENER] that CLAUSE` and, for say-like verbs, the same without "that";
/// - `CLAUSE, SPEAKER said.` with the clause before;
/// - `according to SPEAKER, CLAUSE` and `CLAUSE, according to SPEAKER.`
pub(super) fn indirect(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    out: &mut Vec<StatementMention>,
) {
    // The statements found before (quotes, transcripts).
    let before = Taken::new(out);
    // Reported clauses stay inside their sentence, so only this sentence's can overlap.
    let mut sentence_first;
    // (`nested`: the span may hold the sentence's statements found before, as the sentence
    // "according to" a source holds the words someone in it said.)
    let push_as = |span: Span,
                   cue: Span,
                   speaker: Option<usize>,
                   sentence_first: usize,
                   out: &mut Vec<StatementMention>,
                   nested: bool| {
        if seg.in_quote(span.start)
            || seg.headline().is_some_and(|h| h.contains(span.start))
            || before.overlaps(span)
            || out[sentence_first..]
                .iter()
                .any(|s| s.span.overlaps(span) && !(nested && span.covers(s.span)))
        {
            return;
        }
        // ("Ann Lee was told that …": she did not say it; nor did she when she "denied
        // claims that …".)
        let speaker = speaker.filter(|&r| {
            !addressed(text, cue)
                && !(referents[r].span.end <= cue.start && object_noun_cue(text, cue))
        });
        let (medium, audience) = match speaker {
            Some(s) => setting(text, seg, referents, s, cue.start),
            None => (None, None),
        };
        out.push(StatementMention {
            span,
            kind: QuoteKind::Indirect,
            speaker,
            group: None,
            cue: Some(cue),
            medium,
            audience,
            source: None,
        });
    };
    let push = |span: Span,
                cue: Span,
                speaker: Option<usize>,
                sentence_first: usize,
                out: &mut Vec<StatementMention>| {
        push_as(span, cue, speaker, sentence_first, out, false)
    };
    for sentence in &seg.sentences {
        sentence_first = out.len();
        let ws = seg.words_in(*sentence);
        // Read once a sentence, and only when needed: a long sentence of names would otherwise
        // be counted again at each of them.
        let title_line = std::cell::OnceCell::new();
        // The verbs after the words they report ([`postposed_verb`]) and those words.
        let postposed_spans = std::cell::OnceCell::new();
        // The index of a speech verb that ends the sentence after its subject and a comma.
        let said_at_end = std::cell::OnceCell::new();
        // Words a verb after a relative pronoun set off by a comma reports run to the comma
        // before the main clause's verb ([`relative_clause_end`]): "Mr. Lee, who said that the
        // judge was biased, issued a statement".
        let close_relative = |span: Span, pronoun: Option<usize>| {
            let set_off = pronoun
                .is_some_and(|p| p > 0 && text[ws[p - 1].span.end..ws[p].span.start].contains(','));
            if set_off {
                relative_clause_end(text, span)
            } else {
                span
            }
        };
        for (i, w) in ws.iter().enumerate() {
            if seg.in_quote(w.span.start) {
                continue;
            }
            if w.text.eq_ignore_ascii_case("according")
                && ws.get(i + 1).is_some_and(|n| n.text == "to")
            {
                according_to(text, seg, referents, *sentence, &ws, i, &mut |sp, sk| {
                    push_as(sp, w.span, sk, sentence_first, out, true)
                });
                continue;
            }
            // A capital inside the sentence makes a name ("the United States pledged", "The
            // State Tobacco Administration said"), unless the line is in title case ("Sanders
            // Says He Has Started": the words around it are capitalised too).
            let in_name = w.is_capitalized()
                && !(ws
                    .get(i + 1)
                    .is_some_and(|n| n.is_capitalized() && n.joined)
                    && *title_line.get_or_init(|| title_case(&ws)));
            // (An infinitive is no speech, but for "went on to say": the speaker goes on.)
            let goes_on = i >= 3
                && ws[i - 2].text == "on"
                && matches!(ws[i - 3].text, "went" | "goes" | "go");
            if i > 0 && (ws[i - 1].text == "to" && !goes_on || in_name) {
                continue;
            }
            // What the speaker calls for ("called for a ban on imports").
            if let Some(span) =
                super::demands::demanded_phrase(text, seg, referents, *sentence, &ws, i)
            {
                let speaker = relative_antecedent(text, referents, *sentence, &ws, i)
                    .or_else(|| subject_of(text, seg, referents, *sentence, w.span))
                    .or_else(|| coordinated_subject(text, seg, referents, *sentence, &ws, i));
                // (A person or a group calls for something; "the situation calls for calm"
                // reports nothing.)
                let group = || {
                    let at = Span::new(w.span.end, w.span.end);
                    super::groups::group_before(text, seg, w.span, at).is_some()
                };
                if speaker.is_some() || group() {
                    push(span, w.span, speaker, sentence_first, out);
                }
                continue;
            }
            // What a speaker's words were about ("…, he said, referring to the mayor").
            if let Some(span) =
                super::references::referred_phrase(text, seg, referents, *sentence, &ws, i)
            {
                push(span, w.span, None, sentence_first, out);
                continue;
            }
            let lower = crate::text::lowercase(w.text);
            let belief = BELIEF_VERBS.contains(lower.as_ref());
            if !(is_cue(&lower) || belief) {
                continue;
            }
            // (The two words after it, past quotation marks: "claims affirmed “the …”".)
            let after = |k: usize| {
                ws.get(k).filter(|n| {
                    text[ws[k - 1].span.end..n.span.start]
                        .chars()
                        .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '‘' | '’'))
                })
            };
            // (An owner's noun reports their words: "His comments appeared to serve notice that …".)
            let owned = i > 0 && (ws[i - 1].possessive || is_possessive_pronoun(ws[i - 1].text));
            if i > 0 && noun_form(ws[i - 1].text, &lower)
                || !owned
                    && noun_before_its_verb(
                        &lower,
                        after(i + 1).map(|n| n.text),
                        after(i + 2).map(|n| n.text),
                    )
            {
                continue;
            }
            if lower.starts_with("forecast") && forecast_noun(text, &ws, i) {
                continue;
            }
            // No one's words: a comparison ("faster than predicted", "as expected") or "add
            // to" ("adding to concern that …").
            let compared = i > 0
                && (ws[i - 1].text == "than"
                    || ws[i - 1].text == "as"
                        && matches!(
                            lower.as_ref(),
                            "predicted"
                                | "expected"
                                | "forecast"
                                | "anticipated"
                                | "estimated"
                                | "feared"
                                | "hoped"
                                | "thought"
                        ));
            let add_to = is_add(&lower) && ws.get(i + 1).is_some_and(|n| n.text == "to");
            if compared || add_to {
                continue;
            }
            // The object of a participle, not followed by what it says: "prompting claims of a
            // shambles", "doping claims against …" (but "Addressing claims that …" reports).
            if i > 0
                && matches!(lower.as_ref(), "claims" | "reports" | "allegations")
                && ws[i - 1].text.len() > 4
                && ws[i - 1].text.ends_with("ing")
                && ws.get(i + 1).is_none_or(|n| n.text != "that")
            {
                continue;
            }
            // A cue inside the words that a verb after them says ("It was no use Mr Lee
            // claiming the plan was sound, argued Mr Hale."): those words are its speaker's.
            let postposed = postposed_spans.get_or_init(|| {
                (0..ws.len())
                    .filter_map(|k| {
                        postposed_verb(text, seg, referents, *sentence, &ws, k).map(|p| (k, p.0))
                    })
                    .collect::<Vec<_>>()
            });
            if postposed
                .iter()
                .any(|&(k, span)| k >= i + 2 && span.contains(w.span.start))
            {
                continue;
            }
            // So is a cue inside the words before "…, he said." at the sentence's end
            // ("Opinion polls suggested that voters were unhappy, he said."): the clause
            // before is the speaker's, verb and all. (But for a verb of saying, which mostly
            // reports on its own: "Delegates said Lee had not presented the plan, and it was
            // unlikely he would, they said.")
            if !matches!(
                w.text,
                "said" | "says" | "say" | "told" | "tells" | "added" | "adds"
            ) && *said_at_end.get_or_init(|| said_at_end_of(text, referents, &ws)) > i + 1
            {
                continue;
            }
            // What a poll or figures show ("A poll showed Mr Hale ahead").
            // (Not inside words reported before it: "Aides point out that polls show …".)
            let inside_reported = || {
                out[sentence_first..]
                    .iter()
                    .any(|s| s.span.contains(w.span.start))
            };
            if let Some(span) =
                super::findings::shown_phrase(text, seg, referents, *sentence, &ws, i)
                    .filter(|_| !inside_reported())
            {
                push(span, w.span, None, sentence_first, out);
                continue;
            }
            // "show" follows a plural ("Figures show that"); else it is a noun ("a weekend
            // show that plays …").
            if lower == "show" && !(i > 0 && ws[i - 1].text.ends_with('s')) {
                continue;
            }
            match that_clause(text, seg, referents, *sentence, &ws, i, &lower, belief) {
                That::Clause(span, speaker) => {
                    let span = close_relative(span, relative_pronoun(&ws, i));
                    push(span, w.span, speaker, sentence_first, out);
                    continue;
                }
                That::Nothing => continue,
                That::Absent => {}
            }
            // A verb of belief or announcement without "that" ("Many think he will run",
            // "announced he would resign") reports only a clause after it that opens with a
            // personal pronoun and has a finite verb.
            // (Not a group's verb set against words reported before it: "said the changes
            // were fair but some MPs argue the situation is unclear" reports both.)
            // (After a clause reported before the conjunction, by a verb of speech; not
            // "reported", which mostly names figures: "Texas and Oklahoma reported gains", nor
            // a verb of belief: "but analysts think …" reports no words.)
            let cognition = matches!(
                lower.as_ref(),
                "think"
                    | "thinks"
                    | "thought"
                    | "believe"
                    | "believes"
                    | "believed"
                    | "feel"
                    | "feels"
                    | "felt"
                    | "fear"
                    | "fears"
                    | "feared"
            );
            let group_clause = lower != "reported"
                && !cognition
                && (i.saturating_sub(7)..i).any(|k| {
                    super::bounds::group_clause_verb(seg, &ws, k) == Some(i)
                        && k > 0
                        && !ws[k - 1].is_capitalized()
                        && ws[..k].iter().any(|v| is_cue(v.text))
                        && ws.get(i + 2).is_some()
                });
            let strict = (belief || STRICT_CLAUSE_VERBS.contains(lower.as_ref())) && !group_clause;
            // ("reported" or "reports" also at the clause's end, a time aside: "…, the Post
            // reported on Friday."; not "the reported changes", "reported a profit", "reports
            // of poor sales", "reports show".)
            let reports = CLAUSE_BEFORE_VERBS.contains(&lower.as_ref());
            let bare = BARE_CLAUSE_VERBS.contains(lower.as_ref());
            if !strict && !bare && !reports && !group_clause {
                continue;
            }
            // A relative clause: "backed by Mr Mandelson, who said it would create jobs" is
            // Mandelson's, and says what follows the verb.
            let relative = relative_antecedent(text, referents, *sentence, &ws, i);
            // (With "which", an organisation's: "the Bankers' Association, which said …".)
            let in_relative = relative_pronoun(&ws, i).is_some();
            // (A relative clause whose own words the verb reports: "the emails, which she said
            // represented all her work, …" reports what follows the verb, to the comma that
            // closes the relative clause.)
            let embedded = embedded_relative(&ws, i);
            // The words around the verb (before it, or set off by commas with it) are a say-like
            // verb's, outside a relative clause.
            let around = !in_relative && !strict && bare && embedded.is_none() && !group_clause;
            // ("reported" or "reports" at the clause's end report the clause before: "reports"
            // after a name alone, "the Daily Caller reports", not "environmental reports" nor
            // "say reports".)
            let before_verb = !group_clause
                && !lower.ends_with("ing")
                && !in_relative
                && embedded.is_none()
                && if reports {
                    past_time(&ws, i + 1) == ws.len()
                        && (lower == "reported" || i > 0 && ws[i - 1].is_capitalized())
                } else {
                    !strict
                };
            let speaker = relative.or_else(|| {
                subject_of(text, seg, referents, *sentence, w.span)
                    .or_else(|| coordinated_subject(text, seg, referents, *sentence, &ws, i))
                    .filter(|&r| !group_between(text, seg, referents, r, w.span))
            });
            // The clause before a postposed verb and its speaker: "CLAUSE, said SPEAKER." and
            // "CLAUSE, said SPEAKER, an analyst at …".
            if around {
                if let Some((span, r)) =
                    clause_before_postposed(text, seg, referents, *sentence, &ws, i)
                {
                    push(span, w.span, r, sentence_first, out);
                    continue;
                }
            }
            // The verb and speaker set off by commas inside the words reported: "The plan,
            // said Tom Hale, would cost too much."
            if around {
                if let Some((span, r)) = interposed(text, seg, referents, *sentence, &ws, i) {
                    push(span, w.span, Some(r), sentence_first, out);
                    continue;
                }
            }
            // The clause before: "CLAUSE, SPEAKER said." (never a
            // participle's: "X, clearly frustrated, responded, saying …"; nor one holding the
            // speaker: "X, an aide to the governor, Y, said …").
            if let Some(span) = before_verb
                .then(|| clause_before(text, seg, *sentence, &ws, i))
                .flatten()
                .filter(|span| !speaker.is_some_and(|r| span.covers(referents[r].span)))
            {
                let speaker = speaker.or_else(|| {
                    starting_in(referents, w.span.start + 1, sentence.end)
                        .find(|&i| referents[i].span.end <= sentence.end)
                });
                push(span, w.span, speaker, sentence_first, out);
                continue;
            }
            // The speaker and verb set off by commas inside the words reported, which run
            // from the sentence's start: "The plan, Tom Hale said, would cost too much."
            // (A group's words as well: "Whatever progress was made, officials said, could be
            // undone".)
            let subject = || {
                speaker.map(|r| referents[r].span).or_else(|| {
                    let at = Span::new(w.span.end, w.span.end);
                    super::groups::group_before(text, seg, w.span, at)
                })
            };
            if let Some(span) = (around && !lower.ends_with("ing"))
                .then(subject)
                .flatten()
                .and_then(|s| parenthetical(text, seg, referents, *sentence, &ws, i, s))
            {
                push(span, w.span, speaker, sentence_first, out);
                continue;
            }
            // ("reports" reports no clause after it: "reports it may be sold" is a noun's.)
            if !strict && !bare && !group_clause {
                continue;
            }
            let cue = Cue {
                i,
                lower: &lower,
                speaker,
                in_relative,
                strict,
            };
            if let Some((span, speaker)) = clause_after(text, seg, referents, *sentence, &ws, &cue)
                // (A group's verb read so must report a clause with a verb: not "while others
                // predict a sharp drop in values".)
                .filter(|(span, _)| {
                    let words = span.of(text);
                    !group_clause
                        || words.split_whitespace().count() >= 3
                            && (super::tagged::has_verb(words)
                                || super::tagged::is_pronoun(
                                    words.split_whitespace().next().unwrap_or(""),
                                ))
                })
            {
                // (So does a verb right after a relative pronoun set off by a comma.)
                let span = close_relative(span, embedded.or_else(|| relative_pronoun(&ws, i)));
                // (A forecast's figures end where another clause joins them: "growth of 5%,
                // although it warned that …", "gains in 2004, predicting that …".)
                let span = if lower.starts_with("forecast") {
                    forecast_end(text, span)
                } else {
                    span
                };
                push(span, w.span, speaker, sentence_first, out);
            }
        }
    }
}

/// Whether "forecast" or "forecasts" at `ws[i]` is a noun or says nothing: "The forecast
/// rise", "its forecasts", "growth forecasts slipping", "in line with forecasts", "CBO
/// forecasts said", "less than previously forecast", "had forecast ahead of …"; at the clause's
/// end it reports only after a pronoun ("…, it forecast."; not "ahead of IMF forecasts,", "the
/// figure economists had forecast.").
fn forecast_noun(text: &str, ws: &[crate::text::Word<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| ws[k].text) else {
        return true;
    };
    let verb_before = matches!(
        prev,
        "had" | "has" | "have" | "also" | "now" | "recently" | "still" | "previously" | "earlier"
    );
    let pronoun = matches!(prev, "it" | "he" | "she" | "they" | "we" | "which" | "who");
    is_determiner(prev)
        || prev.starts_with(char::is_lowercase) && !verb_before && !pronoun
        || ws.get(i + 1).is_some_and(|n| {
            matches!(n.text, "ahead" | "in" | "for" | "by" | "on" | "at" | "of") || is_cue(n.text)
        })
        || ws[i.saturating_sub(2)..i].iter().any(|w| w.text == "than")
        || text[ws[i].span.end..]
            .trim_start()
            .starts_with([',', '.', ';', ')'])
            && !matches!(prev, "it" | "he" | "she" | "they" | "we")
}

/// The words a forecast gives, `span`, up to a comma before a conjunction, a relative pronoun
/// or a participle, which join another clause to them.
fn forecast_end(text: &str, span: Span) -> Span {
    let words = span.of(text);
    let cut = words.match_indices(", ").map(|(at, _)| at).find(|&at| {
        let next = words[at + 2..].split_whitespace().next().unwrap_or("");
        matches!(
            next,
            "although"
                | "though"
                | "while"
                | "whereas"
                | "but"
                | "and"
                | "which"
                | "as"
                | "after"
                | "before"
                | "with"
        ) || next.len() > 4 && next.ends_with("ing")
    });
    match cut {
        Some(at) => Span::new(span.start, span.start + at),
        None => span,
    }
}

/// The index of a say-like verb that ends the sentence of `ws` after its subject, set off by
/// a comma ("…, he said.", "…, Lord Holme said on Monday."), else 0.
fn said_at_end_of(text: &str, referents: &[Referent], ws: &[crate::text::Word<'_>]) -> usize {
    let Some(k) = (2..ws.len()).rev().find(|&k| {
        let lower = crate::text::lowercase(ws[k].text);
        is_cue(&lower) && BARE_CLAUSE_VERBS.contains(lower.as_ref())
    }) else {
        return 0;
    };
    if past_time(ws, k + 1) != ws.len() || !ws[k].text.starts_with(char::is_lowercase) {
        return 0;
    }
    let subject = starting_in(referents, ws[0].span.start, ws[k].span.start)
        .rev()
        .map(|r| referents[r].span)
        .find(|r| r.end <= ws[k].span.start && text[r.end..ws[k].span.start].trim().is_empty());
    match subject {
        Some(r)
            if before_titles(&text[ws[0].span.start..r.start])
                .trim_end()
                .ends_with(',') =>
        {
            k
        }
        _ => 0,
    }
}

/// A speech verb read in its sentence: its index among the sentence's words, its lower-case
/// form, the speaker found before it, and whether it stands in a relative clause ("…, who
/// said") or reports a clause only after a pronoun ([`STRICT_CLAUSE_VERBS`], belief).
struct Cue<'w> {
    i: usize,
    lower: &'w str,
    speaker: Option<usize>,
    in_relative: bool,
    strict: bool,
}

/// The clause after the cue, maybe behind a listener or a time ("told reporters on Sunday he
/// would …"), and its speaker: the cue's, else the subject further away; none when the words
/// after the cue open no clause.
fn clause_after(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    cue: &Cue<'_>,
) -> Option<(Span, Option<usize>)> {
    let Cue {
        i,
        lower,
        speaker,
        in_relative,
        strict,
    } = *cue;
    let w = &ws[i];
    // The clause after, maybe behind a listener: "told reporters he would …".
    let j = after_listener(ws, i, lower)?;
    // A time after the verb or listener: "said on Sunday he could not confirm …".
    let j = past_time(ws, j);
    // Or a place: "told reporters in Washington he would …".
    let j = past_place(ws, j);
    let first = ws.get(j)?;
    // (Nor an auxiliary after the cue's word as a noun: "The claims were denied"; a
    // relative clause's verb follows its speaker: "which he says is needed".)
    let noun_cue = i > 0 && is_determiner(ws[i - 1].text);
    let starts_clause = first.joined
        && !first.text.ends_with("ly")
        && !NOT_CLAUSE_STARTS.contains(&first.text.to_lowercase().as_str())
        && !(noun_cue && auxiliary(first.text));
    // ", said X" is the postposed form, handled above; so is '"…!" said X'.
    let postposed = i > 0 && !in_relative && {
        let between = &text[ws[i - 1].span.end..w.span.start];
        between.contains(',')
            || between.starts_with(['!', '?']) && between.contains(['"', '\u{201d}', '\u{2019}'])
    };
    // A condition, then the main clause after a comma: "said if the bill was passed,
    // he would oppose it" (not a question: "asked if …").
    let passive = i > 0 && BE.contains(&ws[i - 1].text);
    if !lower.starts_with("ask") && !postposed && !passive && !strict {
        if let Some(k) = conditional_main(text, ws, j) {
            let end = clause_end(
                text,
                seg,
                referents,
                sentence,
                &ws[k + 1..],
                ws[k].span.start,
            );
            if let Some(span) = clause_span(text, first.span.start, end) {
                return Some((span, speaker));
            }
            return None;
        }
    }
    // (After an apposition to a group, a pronoun opens the clause: "American, the
    // biggest airline, said it expected …".)
    // (Nor after an apposition to a group: "Acme, which makes parts, said the plant
    // will close.")
    let group = || {
        super::groups::group_before(text, seg, w.span, Span::new(w.span.end, w.span.end)).is_some()
    };
    // (Then the words after a verb other than "say" must have a verb of their own:
    // "Acme Radio, the biggest station, claims an audience of millions" reports
    // nothing.)
    let after_group = postposed && speaker.is_none() && !super::tagged::is_pronoun(first.text);
    if !starts_clause || after_group && !group() || strict && !strict_clause(ws, i, j) {
        return None;
    }
    // A participle opening the sentence ("Claiming the debate is rigged, Trump told Fox
    // that …"): the clause ends at the comma before the main clause, whose subject
    // speaks.
    // (Not after a preposition: "After claiming their first title, Wood …".)
    if i == 0 && lower.ends_with("ing") {
        if let Some(r) = main_subject(text, seg, referents, first.span.start, sentence) {
            let head = before_titles(&text[first.span.start..referents[r].span.start]);
            let end = first.span.start + head.len() - 1;
            if let Some(span) = clause_span(text, first.span.start, end) {
                if span.of(text).split_whitespace().count() >= 4 {
                    return Some((span, Some(r)));
                }
            }
            return None;
        }
    }
    // The clause stops before another speaker's verb: in "when he wrote his book,
    // McKinley said that …" what follows "wrote" is no clause of its own.
    let end = clause_end(
        text,
        seg,
        referents,
        sentence,
        &ws[j + 1..],
        first.span.start,
    );
    // (After a listener, words without a verb are no clause: "told the joint committee
    // on Export Controls" names the listener.)
    if let Some(span) = clause_span(text, first.span.start, end) {
        let words = span.of(text);
        // (Three words are a clause too when a pronoun is their subject: "said it would
        // work", "said he was innocent".)
        let count = words.split_whitespace().count();
        let pronoun_clause = || {
            super::tagged::is_pronoun(words.split_whitespace().next().unwrap_or(""))
                && super::tagged::has_verb(words)
        };
        if (count >= 4 || count == 3 && pronoun_clause())
            && (j == i + 1 && !strict && !after_group
                || super::tagged::has_verb(words)
                || after_group
                    && (matches!(lower, "said" | "says" | "say" | "added" | "adds")
                        || words
                            .split_whitespace()
                            .any(|w| IRREGULAR_PAST.contains(&w)))
                || opens_subject(first.text) && !strict && !after_group)
        {
            // A subject further away, as for a "that" clause ("Tom Hale, who now
            // plays in Qatar, says there is …").
            let near = speaker.or_else(|| {
                near_subject(text, seg, referents, sentence, w.span)
                    .filter(|&r| !group_between(text, seg, referents, r, w.span))
            });
            return Some((span, near));
        }
    }
    None
}

/// What a "that" after the cue at `ws[i]` gives.
enum That {
    /// The clause reported and its speaker.
    Clause(Span, Option<usize>),
    /// Nothing: the "that" opens no clause reported (a question about something, a clause too
    /// short).
    Nothing,
    /// No "that" that opens a clause: the words after the verb are read without it.
    Absent,
}

/// The clause after a "that" near the cue at `ws[i]` (right after it for a verb of belief)
/// and its speaker: "told reporters during a visit on Friday that …".
#[allow(clippy::too_many_arguments)]
fn that_clause(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
    lower: &str,
    belief: bool,
) -> That {
    let w = &ws[i];
    // "… that CLAUSE" within nine words ("told reporters during a visit on Friday
    // that"; right after the verb for belief verbs), or within twelve after a listener or a
    // phrase of a preposition when a subject opens the clause and no verb stands before it
    // ("told The Post and Courier newspaper of Charleston on Saturday that he cast …", "said in
    // a filing with the Securities and Exchange Commission that it …"; not "says Clinton ran a
    // campaign in Nevada that led to …", "said the ministry sent a proposal today to the
    // cabinet that …").
    // (Not a "that" after an auxiliary: in "said the group could come back with that
    // request" the clause has begun before it; "All I am asking is that" is no clause.)
    let reach = if belief { 2 } else { 13 };
    if let Some(t) = (i + 1..(i + reach).min(ws.len()))
        .find(|&t| ws[t].text == "that")
        .filter(|&t| {
            let phrase = TELL_VERBS.contains(&lower)
                || matches!(
                    ws[i + 1].text,
                    "in" | "at" | "on" | "to" | "during" | "after" | "before" | "for" | "with"
                );
            t < i + 10
                || phrase
                    && ws
                        .get(t + 1)
                        .is_some_and(|n| n.is_capitalized() || opens_subject(n.text))
                    && !ws[i + 1..t].iter().any(|x| {
                        let x = crate::text::lowercase(x.text);
                        super::tagged::finite_form(&x) || crate::text::past_form(&x) || is_cue(&x)
                    })
        })
        .filter(|&t| {
            let copula = t == i + 2 && matches!(ws[i + 1].text, "is" | "was");
            copula || !ws[i + 1..t].iter().any(|x| auxiliary(x.text))
        })
        // (Nor a "that" after a subject and its verb: in "denied Mr Brown made that quote" the
        // clause has begun before it.)
        .filter(|&t| {
            !(i + 2..t).any(|k| {
                let x = crate::text::lowercase(ws[k].text);
                (ws[k - 1].is_capitalized() && k - 1 > i
                    || matches!(ws[k - 1].text, "he" | "she" | "they" | "we" | "I"))
                    && ws[k].text.starts_with(char::is_lowercase)
                    && (super::tagged::finite_form(&x) || crate::text::past_form(&x))
            })
        })
        // (Not another speech verb's "that": "said prices rose and Labour says that …".)
        // (Not after a determiner, a noun's; "claims" and "warns" are left out, as nouns too:
        // "reiterated claims that …".)
        .filter(|&t| {
            !(i + 1..t).any(|k| {
                matches!(
                    ws[k].text,
                    "said"
                        | "says"
                        | "say"
                        | "told"
                        | "tells"
                        | "added"
                        | "adds"
                        | "claimed"
                        | "argued"
                        | "argues"
                        | "insisted"
                        | "insists"
                        | "warned"
                ) && !is_determiner(ws[k - 1].text)
            })
        })
    {
        // A question about something: "Asked about criticism that he stayed away, …"
        // puts a question, and the "that" clause tells what the criticism says.
        if lower.starts_with("ask")
            && ws[i + 1..t]
                .iter()
                .any(|x| matches!(x.text, "about" | "over" | "on" | "of"))
        {
            return That::Nothing;
        }
        // "released a bulletin that patched eight holes", "data about the chip that
        // will …": a "that" after a noun, then a verb, opens a relative clause.
        let verb_next = ws.get(t + 1).is_some_and(|n| {
            let n = crate::text::lowercase(n.text);
            super::tagged::finite_form(&n) || crate::text::past_form(&n)
        });
        // (Read as a verb without "that".)
        let relative = t > i + 1 && verb_next;
        // (A possessive inside a listener's name joins: "told Radio 4's Today programme
        // that …"; so does a day's or a name's in a phrase of time: "said before attending
        // Wednesday's town hall that …"; and a year's apostrophe: "said in '08 that …".)
        let tell = TELL_VERBS.contains(&lower);
        let year = |k: usize| {
            ws[k].text.len() == 2
                && ws[k].text.bytes().all(|b| b.is_ascii_digit())
                && matches!(
                    text[ws[k - 1].span.end..ws[k].span.start].trim_start(),
                    "'" | "’"
                )
        };
        let phrase = matches!(
            ws[i + 1].text,
            "in" | "at" | "on" | "during" | "after" | "before" | "for"
        );
        if !relative
            && (i + 1..=t).all(|k| {
                ws[k].joined || (tell || phrase) && joined_in_name(ws, i, k) || phrase && year(k)
            })
        {
            // (It stops before another speaker's clause: "X contends that it is on
            // track, and Y, an adviser, said …".)
            // A participle opening the sentence ("Promising that his book would …,
            // Bolton said …", "After suggesting that he regretted it, Rubio
            // disagreed"): the clause ends before the main clause, whose subject speaks.
            let main = opening_participle(ws, i)
                .then(|| ws.get(t + 1))
                .flatten()
                .and_then(|n| main_subject(text, seg, referents, n.span.start, sentence));
            if let Some(span) = ws.get(t + 1).and_then(|n| {
                let mut end =
                    clause_end(text, seg, referents, sentence, &ws[t + 2..], n.span.start);
                if let Some(r) = main {
                    let head = before_titles(&text[..referents[r].span.start]);
                    end = end.min(head.len().saturating_sub(1));
                }
                clause_span(text, n.span.start, end)
            }) {
                if span.of(text).split_whitespace().count() >= 3 {
                    // A person after "from" or "by" says it ("rejected claims from Tom Hale
                    // that he had lied" are Hale's).
                    // ("the claims made on Monday by Tom Hale that …")
                    let agent = ws[i + 1..t]
                        .iter()
                        .position(|x| matches!(x.text, "from" | "by"))
                        .filter(|&k| k < 4)
                        .and_then(|k| {
                            let (from, to) = (ws[i + 1 + k].span.end, ws[t].span.start);
                            starting_in(referents, from, to).rev().find(|&r| {
                                !referents[r].people.is_empty() && referents[r].span.end <= to
                            })
                        });
                    let speaker = agent
                        .or_else(|| subject_of(text, seg, referents, sentence, w.span))
                        .or_else(|| coordinated_subject(text, seg, referents, sentence, ws, i))
                        .or_else(|| near_subject(text, seg, referents, sentence, w.span))
                        .or(main)
                        .filter(|&r| !group_between(text, seg, referents, r, w.span));
                    return That::Clause(span, speaker);
                }
            }
            return That::Nothing;
        }
    }
    That::Absent
}

/// Whether a group stands between the person `r` and the `verb` as the verb's own subject:
/// "Tom Hale said prices rose and Labour says they will rise again" is Labour's, which the
/// groups give it ([`super::groups`]).
fn group_between(text: &str, seg: &Segments, referents: &[Referent], r: usize, verb: Span) -> bool {
    let Some(g) = super::groups::group_before(text, seg, verb, Span::new(verb.end, verb.end))
        .filter(|g| g.start >= referents[r].span.end)
    else {
        return false;
    };
    // A clause of its own: after a conjunction or a relative pronoun ("… and Labour says",
    // "which the Foreign Office says", "as the police said"), or after a comma and an article
    // (", the government said"); not a place or body after a preposition or apposition ("Ann
    // Lee of the CMF said", "Ann Lee, spokeswoman for the DEC said").
    let mut before = text[referents[r].span.end..g.start]
        .split_whitespace()
        .rev();
    let mut word = before.next().unwrap_or("");
    let article = matches!(
        word,
        "the" | "The" | "a" | "an" | "some" | "many" | "most" | "other" | "several"
    );
    if article {
        word = before.next().unwrap_or("");
    }
    matches!(
        word.trim_start_matches(',').to_lowercase().as_str(),
        "and"
            | "but"
            | "while"
            | "whereas"
            | "although"
            | "though"
            | "as"
            | "because"
            | "since"
            | "after"
            | "before"
            | "when"
            | "which"
            | "that"
            | "amid"
            | "so"
            | "yet"
    ) || article && word.ends_with(',')
}

/// Whether the verb `ws[i]` is a participle that opens its sentence, alone or after a
/// preposition ("Promising that his book would …, Bolton said", "After suggesting that …,
/// Rubio …"): the subject of its "that" clause is the main clause's.
fn opening_participle(ws: &[crate::text::Word<'_>], i: usize) -> bool {
    ws[i].text.ends_with("ing")
        && (i == 0
            || i == 1
                && matches!(
                    ws[0].text,
                    "After" | "Before" | "While" | "Since" | "By" | "Upon" | "On" | "When"
                ))
}

/// After a participle opening `sentence` ("Claiming the debate is rigged, Trump told …"), the
/// subject of the main clause: the first person after `from` that a comma comes before
/// (titles aside), outside quotes.
fn main_subject(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    from: usize,
    sentence: Span,
) -> Option<usize> {
    starting_in(referents, from, sentence.end).find(|&r| {
        !seg.in_quote(referents[r].span.start)
            && before_titles(&text[from..referents[r].span.start]).ends_with(',')
    })
}

/// Whether most words of a sentence are capitalised, as in a headline ("Sanders Says He Has
/// Started Writing"): a capitalised speech verb may still be one there.
fn title_case(ws: &[crate::text::Word<'_>]) -> bool {
    let capitalised = ws.iter().filter(|w| w.is_capitalized()).count();
    ws.len() >= 3 && capitalised * 3 >= ws.len() * 2
}

/// Whether `word` is an auxiliary or a modal ("could", "was", "hasn't"): a finite verb that
/// shows a clause has begun.
pub(super) fn auxiliary(word: &str) -> bool {
    let w = super::tagged::bare_word(word);
    matches!(
        w.as_ref(),
        "is" | "are"
            | "was"
            | "were"
            | "am"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "cannot"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "has"
            | "have"
            | "had"
            | "does"
            | "did"
    ) || w.ends_with("n't")
        || w.ends_with("n’t")
}
