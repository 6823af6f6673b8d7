//! Reported speech: the clause after a speech verb ("he added that …", "she said it was …"),
//! the clause before one ("…, Smith said."), and "according to".

use super::clause::*;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};

/// Verbs that report a clause without "that" ("Clinton said she was awake").
pub(super) const BARE_CLAUSE_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "telling",
    "claimed",
    "claims",
    "argued",
    "argues",
    "insisted",
    "insists",
    "added",
    "adds",
    "warned",
    "warns",
    "noted",
    "notes",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "predicted",
    "predicts",
    "believes",
    "believed",
    "thinks",
    "explained",
    "explains",
    "stressed",
    "stresses",
    "wrote",
    "writes",
    "complained",
    "complains",
    "conceded",
    "concedes",
    "contended",
    "contends",
    "reiterated",
    "suggested",
    "suggests",
    "confirmed",
    "confirms",
    "asserted",
    "asserts",
    "maintained",
    "maintains",
    "insisting",
    "arguing",
    "claiming",
    "suggesting",
    "noting",
    "adding",
    "warning",
];

/// Verbs of belief and finding that attribute a "that" clause to someone ("a poll found that",
/// "Clinton believes that").
pub(super) const BELIEF_VERBS: &[&str] = &[
    "found",
    "finds",
    "shows",
    "showed",
    "shown",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "hope",
    "hopes",
    "hoped",
    "expect",
    "expects",
    "expected",
    "fear",
    "fears",
    "feared",
    "worry",
    "worries",
    "worried",
    "feel",
    "feels",
    "felt",
    "know",
    "knows",
    "knew",
    "agree",
    "agrees",
    "agreed",
    "concluded",
    "determined",
    "learned",
    "realized",
    "recognized",
    "understands",
    "argue",
    "suspect",
    "suspects",
    "suspected",
    "doubt",
    "doubts",
    "accepted",
];

/// Verbs whose listener stands between verb and clause ("told reporters he would …").
pub(super) const TELL_VERBS: &[&str] = &[
    "told", "tells", "tell", "telling", "informed", "assured", "reminded", "warned", "warns",
];

/// Listeners that are not capitalised names.
pub(super) const LISTENERS: &[&str] = &[
    "him",
    "her",
    "them",
    "me",
    "us",
    "you",
    "reporters",
    "journalists",
    "lawmakers",
    "supporters",
    "voters",
    "viewers",
    "listeners",
    "donors",
    "students",
    "members",
    "senators",
    "colleagues",
    "investors",
    "analysts",
    "delegates",
    "officials",
    "residents",
    "workers",
    "people",
    "audiences",
];

/// Words a reported clause does not start with: after "said" they begin an adverbial
/// ("said on Tuesday", "said in a statement") or another construction.
pub(super) const NOT_CLAUSE_STARTS: &[&str] = &[
    "in",
    "on",
    "at",
    "for",
    "with",
    "to",
    "of",
    "by",
    "from",
    "about",
    "as",
    "after",
    "before",
    "during",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "last",
    "earlier",
    "later",
    "so",
    "yes",
    "goodbye",
    "hello",
    "and",
    "or",
    "but",
    "nothing",
    "something",
    "anything",
    "little",
    "much",
    "otherwise",
    "publicly",
    "privately",
    "recently",
    "again",
    "repeatedly",
    "previously",
    "once",
    "too",
    "not",
    "instead",
    "through",
    "via",
    "while",
    "over",
    "under",
    "since",
    "until",
    "amid",
    "without",
    "into",
    "upon",
    "than",
    "thanks",
    "sorry",
    "please",
    "what",
    "why",
    "how",
    "whether",
    "where",
    "who",
    "which",
    "if",
    "when",
    "twice",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "this",
    "next",
    "late",
    "early",
    "separately",
    "also",
    "only",
];

/// The end of a reported clause starting at `start`: the sentence end, a dash or a semicolon.
/// The longest clause of reported speech, in bytes: a longer one (a run-on "sentence" of a
/// whole page, without a full stop) is no statement, and bounding it keeps the work per cue
/// constant, so extraction stays linear in the text's length.
pub(super) const MAX_CLAUSE: usize = 4096;

pub(super) fn clause_span(text: &str, start: usize, end: usize) -> Option<Span> {
    // "according to🙂Jane Smith," gives a clause that would end before it starts.
    if start >= end {
        return None;
    }
    if end.saturating_sub(start) > MAX_CLAUSE {
        let mut cut = start + MAX_CLAUSE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &text[start..cut];
        let stop = head
            .find(['—', ';'])
            .or_else(|| head.find(" – "))
            .or_else(|| head.find(" -- "))?;
        return clause_span(text, start, start + stop);
    }
    let rest = &text[start..end];
    let stop = rest
        .find(['—', ';'])
        .or_else(|| rest.find(" – "))
        .or_else(|| rest.find(" -- "))
        .unwrap_or(rest.len());
    let clause = rest[..stop]
        .trim_end()
        .trim_end_matches(['.', ',', ':', '!', '?'])
        .trim_end();
    let clause = clause
        .trim_end_matches(['"', '”', '’'])
        .trim_end_matches(['.', ','])
        .trim_end();
    (!clause.is_empty()).then(|| Span::new(start, start + clause.len()))
}

/// The spans of the statements found before, other than partial quotes, by start, with the
/// greatest end so far: whether a span overlaps one of them is a binary search.
struct Taken {
    spans: Vec<Span>,
    max_end: Vec<usize>,
}

impl Taken {
    fn new(out: &[StatementMention]) -> Self {
        let mut spans: Vec<Span> = out
            .iter()
            .filter(|s| s.kind != QuoteKind::Partial)
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

    fn overlaps(&self, span: Span) -> bool {
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
    let push = |span: Span,
                cue: Span,
                speaker: Option<usize>,
                sentence_first: usize,
                out: &mut Vec<StatementMention>| {
        if seg.in_quote(span.start)
            || seg.headline().is_some_and(|h| h.contains(span.start))
            || before.overlaps(span)
            || out[sentence_first..]
                .iter()
                .any(|s| s.span.start < span.end && span.start < s.span.end)
        {
            return;
        }
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
    for sentence in &seg.sentences {
        sentence_first = out.len();
        let ws = seg.words_in(*sentence);
        for (i, w) in ws.iter().enumerate() {
            if seg.in_quote(w.span.start) {
                continue;
            }
            let lower = crate::text::lowercase(w.text);
            if lower == "according" && ws.get(i + 1).is_some_and(|n| n.text == "to") {
                according_to(text, seg, referents, *sentence, &ws, i, &mut |sp, sk| {
                    push(sp, w.span, sk, sentence_first, out)
                });
                continue;
            }
            let belief = BELIEF_VERBS.contains(&lower.as_ref());
            // A capital inside the sentence makes a name ("the United States pledged"), unless
            // the line is in title case ("Sanders Says He Has Started").
            let in_name = w.is_capitalized()
                && !ws
                    .get(i + 1)
                    .is_some_and(|n| n.is_capitalized() && n.joined);
            if !(is_cue(&lower) || belief) || (i > 0 && (ws[i - 1].text == "to" || in_name)) {
                continue;
            }
            // "… that CLAUSE" within a few words (right after the verb for belief verbs).
            let reach = if belief { 2 } else { 7 };
            if let Some(t) = (i + 1..(i + reach).min(ws.len())).find(|&t| ws[t].text == "that") {
                if ws[i + 1..=t].iter().all(|x| x.joined) {
                    if let Some(span) = ws
                        .get(t + 1)
                        .and_then(|n| clause_span(text, n.span.start, sentence.end))
                    {
                        if span.of(text).split_whitespace().count() >= 3 {
                            let speaker = subject_of(text, seg, referents, *sentence, w.span)
                                .or_else(|| {
                                    coordinated_subject(text, seg, referents, *sentence, &ws, i)
                                })
                                .or_else(|| near_subject(seg, referents, *sentence, w.span));
                            push(span, w.span, speaker, sentence_first, out);
                        }
                    }
                    continue;
                }
            }
            if belief || !BARE_CLAUSE_VERBS.contains(&lower.as_ref()) {
                continue;
            }
            let speaker = subject_of(text, seg, referents, *sentence, w.span)
                .or_else(|| coordinated_subject(text, seg, referents, *sentence, &ws, i));
            // The clause before: "CLAUSE, SPEAKER said." / "CLAUSE, said SPEAKER." (never a
            // participle's: "X, clearly frustrated, responded, saying …").
            if let Some(span) = (!lower.ends_with("ing"))
                .then(|| clause_before(text, seg, *sentence, &ws, i))
                .flatten()
            {
                let speaker = speaker.or_else(|| {
                    starting_in(referents, w.span.start + 1, sentence.end)
                        .find(|&i| referents[i].span.end <= sentence.end)
                });
                push(span, w.span, speaker, sentence_first, out);
                continue;
            }
            // The clause after, maybe behind a listener: "told reporters he would …".
            let mut j = i + 1;
            if TELL_VERBS.contains(&lower.as_ref()) {
                if ws.get(j).is_some_and(|n| n.is_capitalized()) {
                    while ws.get(j).is_some_and(|n| n.is_capitalized() && n.joined) {
                        j += 1;
                    }
                } else if ws.get(j).is_some_and(|n| LISTENERS.contains(&n.text)) {
                    j += 1;
                } else if ws.get(j).is_some_and(|n| n.text == "the") && ws.get(j + 1).is_some() {
                    j += 2;
                } else {
                    continue;
                }
            }
            let Some(first) = ws.get(j) else { continue };
            let starts_clause = first.joined
                && !first.text.ends_with("ly")
                && !NOT_CLAUSE_STARTS.contains(&first.text.to_lowercase().as_str());
            // ", said X" is the postposed form, handled above.
            let after_comma = i > 0 && text[ws[i - 1].span.end..w.span.start].contains(',');
            if !starts_clause || after_comma && speaker.is_none() {
                continue;
            }
            // A participle opening the sentence ("Claiming the debate is rigged, Trump told Fox
            // that …"): the clause ends at the comma before the main clause, whose subject
            // speaks.
            if i == 0 && lower.ends_with("ing") {
                let main = starting_in(referents, first.span.start, sentence.end).find(|&r| {
                    !seg.in_quote(referents[r].span.start)
                        && before_titles(&text[first.span.start..referents[r].span.start])
                            .ends_with(',')
                });
                if let Some(r) = main {
                    let head = before_titles(&text[first.span.start..referents[r].span.start]);
                    let end = first.span.start + head.len() - 1;
                    if let Some(span) = clause_span(text, first.span.start, end) {
                        if span.of(text).split_whitespace().count() >= 4 {
                            push(span, w.span, Some(r), sentence_first, out);
                        }
                    }
                    continue;
                }
            }
            // The clause stops before another speaker's verb: in "when he wrote his book,
            // McKinley said that …" what follows "wrote" is no clause of its own.
            let end = ws[j + 1..]
                .iter()
                .filter(|v| is_cue(v.text) && !seg.in_quote(v.span.start))
                .find_map(|v| {
                    subject_of(text, seg, referents, *sentence, v.span)
                        .filter(|&r| referents[r].span.start > first.span.start)
                })
                .and_then(|r| {
                    let head = &text[first.span.start..referents[r].span.start];
                    head.rfind([',', ';'])
                        .or_else(|| head.rfind(" and "))
                        .or_else(|| head.rfind(" but "))
                        .map(|c| first.span.start + c)
                })
                .unwrap_or(sentence.end);
            if let Some(span) = clause_span(text, first.span.start, end) {
                if span.of(text).split_whitespace().count() >= 4 {
                    push(span, w.span, speaker, sentence_first, out);
                }
            }
        }
    }
}

/// "CLAUSE, SPEAKER said." — the verb's phrase closes the sentence after a comma.
pub(super) fn clause_before(
    text: &str,
    seg: &Segments,
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
) -> Option<Span> {
    // At most six words after the verb ("told reporters on Tuesday"), then the end or a
    // subordinate clause ("…, Graham said, since most young voters …").
    let after = &text[ws[i].span.end..sentence.end];
    let tail = after.find(',').filter(|&c| {
        let next = after[c + 1..].split_whitespace().next().unwrap_or("");
        matches!(
            next,
            "since" | "because" | "although" | "though" | "while" | "as" | "adding"
        )
    });
    let end = ws[i].span.end + tail.unwrap_or(after.len());
    let words_after = ws[i + 1..]
        .iter()
        .take_while(|w| w.span.start < end)
        .count();
    if words_after > 6 || text[ws[i].span.end..end].contains([',', '"', '“', '”', ';']) {
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
    let comma_pos = text[..ws[comma].span.start].rfind(',')?;
    if comma_pos <= sentence.start || seg.in_quote(comma_pos) {
        return None;
    }
    let start = sentence.start;
    let first = text[start..].chars().next()?;
    if matches!(first, '"' | '“' | '‘' | '\'') {
        return None; // a direct quote, found as such
    }
    let span = clause_span(text, start, comma_pos)?;
    (span.of(text).split_whitespace().count() >= 4).then_some(span)
}

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
    let speaker = referents
        .iter()
        .position(|r| r.span.start > at && r.span.start < at + 80 && !seg.in_quote(r.span.start));
    let after = &text[ws[i + 1].span.end..sentence.end];
    if let Some(c) = after.find(',') {
        // "according to X, CLAUSE"
        let start = ws[i + 1].span.end + c + 1;
        let start = start + (text[start..].len() - text[start..].trim_start().len());
        if let Some(span) = clause_span(text, start, sentence.end) {
            if span.of(text).split_whitespace().count() >= 4 {
                emit(span, speaker);
                return;
            }
        }
    }
    // "CLAUSE, according to X."
    let before = text[sentence.start..at].trim_end();
    if let Some(clause) = before.strip_suffix(',') {
        if let Some(span) = clause_span(text, sentence.start, sentence.start + clause.len()) {
            if span.of(text).split_whitespace().count() >= 4
                && !matches!(text[span.start..].chars().next(), Some('"' | '“'))
            {
                emit(span, speaker);
            }
        }
    }
}

/// Who finds reported speech: the rules of [`indirect`], the attribution tagger
/// ([`crate::learn::attribution`]), or both (the tagger adds what the rules did not find).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reported {
    /// The rules alone.
    Rules,
    /// The tagger alone.
    Model,
    /// The rules, then the tagger where they found nothing.
    Combined,
}

impl Reported {
    /// The default, or the one `NEWSGRAPH_REPORTED` (`rules`, `model`, `combined`) names.
    pub fn from_env() -> Reported {
        static CHOICE: std::sync::LazyLock<Reported> =
            std::sync::LazyLock::new(|| match std::env::var("NEWSGRAPH_REPORTED").as_deref() {
                Ok("rules") => Reported::Rules,
                Ok("model") => Reported::Model,
                _ => Reported::Combined,
            });
        *CHOICE
    }
}

/// Reported speech the attribution tagger finds: each content span of a sentence that also
/// has a cue, outside the statements found before; its speaker is the person named in the
/// tagged source (else the cue's subject), or the source's words when they name no person.
pub(super) fn learned(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    tagger: &crate::learn::attribution::AttributionTagger,
    out: &mut Vec<StatementMention>,
) {
    use crate::learn::attribution::{sentence_tokens, Role};
    let taken = Taken::new(out);
    let overlaps = |span: Span| taken.overlaps(span);
    // Partial quotes, by start: a content that is mostly one of them adds nothing ('called
    // Trump a "pathological liar" and worse').
    let mut partials: Vec<Span> = out
        .iter()
        .filter(|s| s.kind == QuoteKind::Partial)
        .map(|s| s.span)
        .collect();
    partials.sort();
    let mostly_quoted = |span: Span| {
        let from = partials.partition_point(|p| p.end <= span.start);
        let quoted: usize = partials[from..]
            .iter()
            .take_while(|p| p.start < span.end)
            .map(|p| p.end.min(span.end).saturating_sub(p.start.max(span.start)))
            .sum();
        2 * quoted >= span.end - span.start
    };
    for &sentence in &seg.sentences {
        if seg.headline().is_some_and(|h| h.contains(sentence.start)) {
            continue;
        }
        let (toks, quoted) = sentence_tokens(text, seg, sentence);
        if toks.is_empty() || quoted.iter().all(|&q| q) {
            continue;
        }
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        let labels = tagger.labels(&words, &quoted);
        // The spans of each role, as byte ranges.
        let mut parts: Vec<(Role, Span)> = Vec::new();
        for (i, l) in labels.iter().enumerate() {
            let Some((role, begins)) = Role::from_label(l) else {
                continue;
            };
            match parts.last_mut() {
                Some((r, span)) if *r == role && !begins && span.end <= toks[i].start => {
                    span.end = toks[i].end;
                }
                _ => parts.push((role, Span::new(toks[i].start, toks[i].end))),
            }
        }
        let cues: Vec<Span> = parts
            .iter()
            .filter(|(r, _)| *r == Role::Cue)
            .map(|p| p.1)
            .collect();
        let first_new = out.len();
        for &(_, content) in parts.iter().filter(|(r, _)| *r == Role::Content) {
            let content = trim_span(text, content);
            let words = content.of(text);
            let trimmed = words
                .trim_end_matches(['.', ',', ';', ':', '"', '”', '’'])
                .trim_end();
            let content = Span::new(content.start, content.start + trimmed.len());
            if trimmed.split_whitespace().count() < 3
                || overlaps(content)
                || mostly_quoted(content)
                || seg.in_quote(content.start)
                || out[first_new..]
                    .iter()
                    .any(|s| s.span.start < content.end && content.start < s.span.end)
            {
                continue;
            }
            // The cue nearest the content.
            let distance = |c: &Span| {
                if c.end <= content.start {
                    content.start - c.end
                } else {
                    c.start.saturating_sub(content.end)
                }
            };
            let Some(&cue) = cues.iter().min_by_key(|c| distance(c)) else {
                continue;
            };
            // PolNeAR attributes beliefs and intentions too ("maintained a hopeful tone",
            // "urging Ukraine to accept talks"); a statement is something said.
            if !proposition(trimmed) || asks(cue.of(text), trimmed) {
                continue;
            }
            // The source nearest the cue, and the person it names.
            let source = parts
                .iter()
                .filter(|(r, _)| *r == Role::Source)
                .map(|p| p.1)
                .min_by_key(|s| {
                    if s.end <= cue.start {
                        cue.start - s.end
                    } else {
                        s.start.saturating_sub(cue.end)
                    }
                });
            let named = source.and_then(|s| {
                starting_in(referents, s.start, s.end)
                    .rev()
                    .find(|&r| referents[r].span.end <= s.end && !referents[r].people.is_empty())
            });
            let speaker = named.or_else(|| {
                source
                    .is_none()
                    .then(|| subject_of(text, seg, referents, sentence, cue))
                    .flatten()
            });
            let group = match (speaker, source) {
                (None, Some(s)) if names_a_group(text, sentence, s) => Some(s),
                _ => None,
            };
            let (medium, audience) = match speaker {
                Some(s) => setting(text, seg, referents, s, cue.start),
                None => (None, None),
            };
            out.push(StatementMention {
                span: content,
                kind: QuoteKind::Indirect,
                speaker,
                group,
                cue: Some(cue),
                medium,
                audience,
                source,
            });
        }
    }
}

/// Whether a tagged source names a speaker that is no person: words of more than one word
/// ("The government", "Social workers"), a group noun ("police"), or a capitalised name inside
/// the sentence ("Reuters"); not a pronoun, nor a single capitalised word opening the sentence
/// ("This", "Much").
fn names_a_group(text: &str, sentence: Span, source: Span) -> bool {
    let words = source.of(text).trim();
    if is_pronoun(words) {
        return false;
    }
    if words.split_whitespace().count() > 1 {
        return true;
    }
    let lower = crate::text::lowercase(words);
    super::speakers::GROUP_NOUNS.contains(&lower.as_ref())
        || source.start > sentence.start && words.starts_with(char::is_uppercase)
}

/// Whether a content the tagger found is a proposition: it has a finite verb, and it is no
/// infinitive ("to stand as a candidate": an intention) or embedded question ("whether he
/// would remain").
fn proposition(words: &str) -> bool {
    let first = words.split_whitespace().next().unwrap_or("");
    has_verb(words)
        && !matches!(
            crate::text::lowercase(first).as_ref(),
            "to" | "whether"
                | "how"
                | "if"
                | "what"
                | "why"
                | "which"
                | "when"
                | "who"
                | "whom"
                | "whose"
                | "where"
        )
}

/// Whether a cue and its content put a question ("asked Tom Hale whether he would resign"):
/// the asker states nothing.
fn asks(cue: &str, content: &str) -> bool {
    let cue = crate::text::lowercase(cue);
    cue.starts_with("ask")
        || cue.starts_with("wonder")
        || cue.starts_with("inquir")
        || content
            .split_whitespace()
            .take(5)
            .any(|w| w.eq_ignore_ascii_case("whether"))
}

/// Whether `words` are a personal pronoun ("he", "They").
fn is_pronoun(words: &str) -> bool {
    matches!(
        crate::text::lowercase(words.trim()).as_ref(),
        "he" | "she" | "they" | "i" | "we" | "you" | "it"
    )
}

/// Whether `words` hold a finite verb (an auxiliary, a modal, a past tense, a negation), so
/// that they say something, not only name it: "taxes would rise" does, "a hopeful tone" and
/// "immediate engagement from Ukraine" do not.
fn has_verb(words: &str) -> bool {
    let ws: Vec<String> = words
        .split_whitespace()
        .map(|w| {
            crate::text::lowercase(
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'),
            )
            .into_owned()
        })
        .collect();
    ws.iter().enumerate().any(|(i, w)| {
        FINITE.contains(&w.as_str())
            || w.ends_with("n't")
            || w.ends_with("n’t")
            // A past tense, not a participle used as an adjective ("of renewed talks").
            || w.len() > 4
                && w.ends_with("ed")
                && i > 0
                && !NOT_BEFORE_PAST.contains(&ws[i - 1].as_str())
    })
}

/// Words after which an "-ed" word is an adjective or a participle, not a past tense.
const NOT_BEFORE_PAST: &[&str] = &[
    "of", "the", "a", "an", "for", "with", "by", "in", "on", "at", "from", "to", "his", "her",
    "their", "its", "our", "my", "your", "this", "these", "those", "and", "or", "more", "most",
    "newly", "very", "so", "as", "be", "been", "being", "get", "got",
];

/// Auxiliaries, modals and common verbs in a finite form (none that is also a common noun:
/// "plans", "hopes").
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "am", "be", "been", "will", "would", "could", "should", "can",
    "cannot", "may", "might", "must", "shall", "has", "have", "had", "do", "does", "did", "won't",
    "says", "said", "thinks", "knows", "believes", "wants", "seems", "became", "came", "went",
    "made", "took", "gave", "told", "knew", "thought", "he's", "she's", "it's", "they're", "we're",
    "i'm", "there's", "that's", "we'll", "i'll", "he'll", "she'll", "they'll", "it'll",
];
