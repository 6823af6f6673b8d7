//! Reported speech: the clause after a speech verb ("he added that …", "she said it was …"),
//! the clause before one ("…, Smith said."), and "according to".

use super::clause::*;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};

/// Verbs that report a clause without "that" ("Clinton said she was awake").
pub(super) static BARE_CLAUSE_VERBS: crate::text::WordSet = crate::text::WordSet::new(&[
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
]);

/// Verbs of belief and finding that attribute a "that" clause to someone ("a poll found that",
/// "Clinton believes that").
pub(super) static BELIEF_VERBS: crate::text::WordSet = crate::text::WordSet::new(&[
    "found",
    "finds",
    "show",
    "shows",
    "showed",
    "shown",
    "ruled",
    "noticed",
    "recognize",
    "recognizes",
    "calculated",
    "calculates",
    "estimated",
    "estimates",
    "projected",
    "anticipated",
    "anticipates",
    "assume",
    "assumes",
    "assumed",
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
]);

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

/// Verbs that report a clause without "that" only when it opens with a personal pronoun and
/// has a finite verb ("announced he would resign"; "announced the plan on Monday" names
/// what was announced), as the verbs of belief do ("Many think he will run").
static STRICT_CLAUSE_VERBS: crate::text::WordSet = crate::text::WordSet::new(&[
    "announced",
    "announces",
    "insist",
    "indicated",
    "indicates",
    "claim",
    "warn",
    "promise",
    "promised",
    "promises",
    "predict",
    "estimate",
    "suggest",
    "learned",
    "agreed",
]);

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

/// Nouns that end a listener's phrase after a verb of telling: "told a news conference",
/// "told his monthly press conference", "told the BBC's Today programme".
pub(super) const LISTENER_NOUNS: &[&str] = &[
    "conference",
    "programme",
    "program",
    "show",
    "committee",
    "paper",
    "newspaper",
    "magazine",
    "audience",
    "meeting",
    "rally",
    "crowd",
    "station",
    "website",
    "agency",
    "channel",
    "hearing",
    "inquiry",
    "court",
    "jury",
    "trial",
    "summit",
    "forum",
    "gathering",
    "convention",
];

/// The end of a listener's phrase at `ws[j]` that opens with an article or a possessive and
/// ends, within five words, at one of [`LISTENER_NOUNS`] ("a news conference", "his monthly
/// press conference", "the BBC's Talking Point programme").
fn listener_phrase(ws: &[crate::text::Word<'_>], j: usize) -> Option<usize> {
    let first = ws.get(j)?;
    if !matches!(
        first.text,
        "the" | "a" | "an" | "his" | "her" | "their" | "its"
    ) {
        return None;
    }
    let noun = (j + 1..(j + 6).min(ws.len()))
        .take_while(|&k| ws[k].joined)
        .find(|&k| LISTENER_NOUNS.contains(&ws[k].text))?;
    // And the listener's name after its noun, when a subject's first word follows: "told the
    // Argentine newspaper Clarin it would …", "the BBC programme Go Digital how …".
    let mut end = noun + 1;
    while ws
        .get(end)
        .is_some_and(|w| w.joined && w.is_capitalized() && !w.possessive)
    {
        end += 1;
    }
    let subject_next = ws.get(end).is_some_and(|w| {
        w.joined && (opens_subject(w.text) || matches!(w.text, "how" | "what" | "why" | "that"))
    });
    Some(if end > noun + 1 && subject_next {
        end
    } else {
        noun + 1
    })
}

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

/// The longest clause of reported speech, in bytes: a longer one (a run-on "sentence" of a
/// whole page, without a full stop) is no statement, and bounding it keeps the work per cue
/// constant, so extraction stays linear in the text's length.
pub(super) const MAX_CLAUSE: usize = 4096;

/// ", and he …", ", but she …": a clause of its own about a person.
static NEW_SUBJECT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r", (?:and|but) (?:he|she) ").expect("the clause regex compiles")
});

/// The end of a reported clause starting at `start`: the sentence end, a dash, a semicolon, or
/// a new clause about a person (", and he …").
pub(super) fn clause_span(text: &str, start: usize, end: usize) -> Option<Span> {
    // "according to🙂Jane Smith," gives a clause that would end before it starts.
    if start >= end {
        return None;
    }
    if end.saturating_sub(start) > MAX_CLAUSE {
        let cut = crate::text::floor_char_boundary(text, start + MAX_CLAUSE);
        let head = &text[start..cut];
        let stop = head
            .find(['—', ';'])
            .or_else(|| head.find(" – "))
            .or_else(|| head.find(" -- "))?;
        return clause_span(text, start, start + stop);
    }
    let rest = &text[start..end];
    // A new clause with a person as its subject is the writer's again: "Rubio said the real
    // extremist is Clinton, and he railed against the moderators".
    let new_subject = NEW_SUBJECT.find(rest).map(|m| m.start());
    let stop = rest
        .find(['—', ';'])
        .or_else(|| rest.find(" – "))
        .or_else(|| rest.find(" -- "))
        .into_iter()
        .chain(new_subject)
        .min()
        .unwrap_or(rest.len());
    let clause = rest[..stop]
        .trim_end()
        .trim_end_matches(['.', ',', ':', '!', '?', '-', '–'])
        .trim_end();
    let clause = clause
        .trim_end_matches(['"', '”', '’'])
        .trim_end_matches(['.', ','])
        .trim_end();
    (!clause.is_empty()).then(|| Span::new(start, start + clause.len()))
}

/// The spans of the statements found before, other than partial quotes, by start, with the
/// greatest end so far: whether a span overlaps one of them is a binary search.
pub(super) struct Taken {
    spans: Vec<Span>,
    max_end: Vec<usize>,
}

impl Taken {
    pub(super) fn new(out: &[StatementMention]) -> Self {
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
    let push = |span: Span,
                cue: Span,
                speaker: Option<usize>,
                sentence_first: usize,
                out: &mut Vec<StatementMention>| {
        if seg.in_quote(span.start)
            || seg.headline().is_some_and(|h| h.contains(span.start))
            || before.overlaps(span)
            || out[sentence_first..].iter().any(|s| s.span.overlaps(span))
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
        // Read once a sentence, and only when needed: a long sentence of names would otherwise
        // be counted again at each of them.
        let title_line = std::cell::OnceCell::new();
        // The verbs after the words they report ([`postposed_verb`]) and those words.
        let postposed_spans = std::cell::OnceCell::new();
        for (i, w) in ws.iter().enumerate() {
            if seg.in_quote(w.span.start) {
                continue;
            }
            if w.text.eq_ignore_ascii_case("according")
                && ws.get(i + 1).is_some_and(|n| n.text == "to")
            {
                according_to(text, seg, referents, *sentence, &ws, i, &mut |sp, sk| {
                    push(sp, w.span, sk, sentence_first, out)
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
            if i > 0 && (ws[i - 1].text == "to" || in_name) {
                continue;
            }
            let lower = crate::text::lowercase(w.text);
            let belief = BELIEF_VERBS.contains(lower.as_ref());
            if !(is_cue(&lower) || belief) {
                continue;
            }
            if i > 0 && noun_form(ws[i - 1].text, &lower) {
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
            // "show" follows a plural ("Figures show that"); else it is a noun ("a weekend
            // show that plays …").
            if lower == "show" && !(i > 0 && ws[i - 1].text.ends_with('s')) {
                continue;
            }
            // "… that CLAUSE" within nine words ("told reporters during a visit on Friday
            // that"; right after the verb for belief verbs).
            // (Not a "that" after an auxiliary: in "said the group could come back with that
            // request" the clause has begun before it; "All I am asking is that" is no clause.)
            let reach = if belief { 2 } else { 10 };
            if let Some(t) = (i + 1..(i + reach).min(ws.len()))
                .find(|&t| ws[t].text == "that")
                .filter(|&t| {
                    let copula = t == i + 2 && matches!(ws[i + 1].text, "is" | "was");
                    copula || !ws[i + 1..t].iter().any(|x| auxiliary(x.text))
                })
            {
                // A question about something: "Asked about criticism that he stayed away, …"
                // puts a question, and the "that" clause tells what the criticism says.
                if lower.starts_with("ask")
                    && ws[i + 1..t]
                        .iter()
                        .any(|x| matches!(x.text, "about" | "over" | "on" | "of"))
                {
                    continue;
                }
                // "released a bulletin that patched eight holes", "data about the chip that
                // will …": a "that" after a noun, then a verb, opens a relative clause.
                let verb_next = ws.get(t + 1).is_some_and(|n| {
                    let n = crate::text::lowercase(n.text);
                    super::tagged::finite_form(&n) || crate::text::past_form(&n)
                });
                // (Read as a verb without "that".)
                let relative = t > i + 1 && verb_next;
                if !relative && ws[i + 1..=t].iter().all(|x| x.joined) {
                    // (It stops before another speaker's clause: "X contends that it is on
                    // track, and Y, an adviser, said …".)
                    // A participle opening the sentence ("Promising that his book would …,
                    // Bolton said …", "After suggesting that he regretted it, Rubio
                    // disagreed"): the clause ends before the main clause, whose subject speaks.
                    let main = opening_participle(&ws, i)
                        .then(|| ws.get(t + 1))
                        .flatten()
                        .and_then(|n| main_subject(text, seg, referents, n.span.start, *sentence));
                    if let Some(span) = ws.get(t + 1).and_then(|n| {
                        let mut end =
                            clause_end(text, seg, referents, *sentence, &ws[t + 2..], n.span.start);
                        if let Some(r) = main {
                            let head = before_titles(&text[..referents[r].span.start]);
                            end = end.min(head.len().saturating_sub(1));
                        }
                        clause_span(text, n.span.start, end)
                    }) {
                        if span.of(text).split_whitespace().count() >= 3 {
                            let speaker = subject_of(text, seg, referents, *sentence, w.span)
                                .or_else(|| {
                                    coordinated_subject(text, seg, referents, *sentence, &ws, i)
                                })
                                .or_else(|| near_subject(text, seg, referents, *sentence, w.span))
                                .or(main);
                            push(span, w.span, speaker, sentence_first, out);
                        }
                    }
                    continue;
                }
            }
            // A verb of belief or announcement without "that" ("Many think he will run",
            // "announced he would resign") reports only a clause after it that opens with a
            // personal pronoun and has a finite verb.
            let strict = belief || STRICT_CLAUSE_VERBS.contains(lower.as_ref());
            if !strict && !BARE_CLAUSE_VERBS.contains(lower.as_ref()) {
                continue;
            }
            // A relative clause: "backed by Mr Mandelson, who said it would create jobs" is
            // Mandelson's, and says what follows the verb.
            let relative = relative_antecedent(text, referents, *sentence, &ws, i);
            // (With "which", an organisation's: "the Bankers' Association, which said …".)
            let in_relative = relative_pronoun(&ws, i).is_some();
            let speaker = relative
                .or_else(|| subject_of(text, seg, referents, *sentence, w.span))
                .or_else(|| coordinated_subject(text, seg, referents, *sentence, &ws, i));
            // The clause before a postposed verb and its speaker: "CLAUSE, said SPEAKER." and
            // "CLAUSE, said SPEAKER, an analyst at …".
            if !in_relative && !strict {
                if let Some((span, r)) =
                    clause_before_postposed(text, seg, referents, *sentence, &ws, i)
                {
                    push(span, w.span, r, sentence_first, out);
                    continue;
                }
            }
            // The verb and speaker set off by commas inside the words reported: "The plan,
            // said Tom Hale, would cost too much."
            if !in_relative && !strict {
                if let Some((span, r)) = interposed(text, seg, referents, *sentence, &ws, i) {
                    push(span, w.span, Some(r), sentence_first, out);
                    continue;
                }
            }
            // The clause before: "CLAUSE, SPEAKER said." (never a
            // participle's: "X, clearly frustrated, responded, saying …"; nor one holding the
            // speaker: "X, an aide to the governor, Y, said …").
            if let Some(span) = (!lower.ends_with("ing") && !in_relative && !strict)
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
            if let Some(span) = speaker
                .filter(|_| !in_relative && !strict && !lower.ends_with("ing"))
                .and_then(|r| parenthetical(text, seg, referents, *sentence, &ws, i, r))
            {
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
                    // "told BBC Radio Four's Today programme the …".
                    if ws
                        .get(j)
                        .is_some_and(|n| n.joined && LISTENER_NOUNS.contains(&n.text))
                    {
                        j += 1;
                    }
                } else if ws.get(j).is_some_and(|n| LISTENERS.contains(&n.text)) {
                    j += 1;
                } else if let Some(end) = listener_phrase(&ws, j) {
                    j = end;
                } else if ws.get(j).is_some_and(|n| n.text == "the") && ws.get(j + 1).is_some() {
                    // "told the committee …", "told the Daily Record he …" (a name of its own,
                    // up to a person's: "told the BBC Mr Lee was …").
                    j += 2;
                    let g = crate::gazetteer::gazetteer();
                    while ws[j - 1].is_capitalized()
                        && ws.get(j).is_some_and(|n| {
                            n.is_capitalized()
                                && n.joined
                                && !crate::gazetteer::HONORIFICS.contains(&n.text)
                                && !g.is_first_name(n.text)
                        })
                    {
                        j += 1;
                    }
                } else {
                    continue;
                }
            }
            // A time after the verb or listener: "said on Sunday he could not confirm …".
            let j = past_time(&ws, j);
            let Some(first) = ws.get(j) else { continue };
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
                    || between.starts_with(['!', '?'])
                        && between.contains(['"', '\u{201d}', '\u{2019}'])
            };
            // A condition, then the main clause after a comma: "said if the bill was passed,
            // he would oppose it" (not a question: "asked if …").
            let passive = i > 0 && BE.contains(&ws[i - 1].text);
            if !lower.starts_with("ask") && !postposed && !passive && !strict {
                if let Some(k) = conditional_main(text, &ws, j) {
                    let end = clause_end(
                        text,
                        seg,
                        referents,
                        *sentence,
                        &ws[k + 1..],
                        ws[k].span.start,
                    );
                    if let Some(span) = clause_span(text, first.span.start, end) {
                        push(span, w.span, speaker, sentence_first, out);
                    }
                    continue;
                }
            }
            // (After an apposition to a group, a pronoun opens the clause: "American, the
            // biggest airline, said it expected …".)
            if !starts_clause
                || postposed && speaker.is_none() && !super::tagged::is_pronoun(first.text)
                || strict && !strict_clause(&ws, i, j)
            {
                continue;
            }
            // A participle opening the sentence ("Claiming the debate is rigged, Trump told Fox
            // that …"): the clause ends at the comma before the main clause, whose subject
            // speaks.
            // (Not after a preposition: "After claiming their first title, Wood …".)
            if i == 0 && lower.ends_with("ing") {
                if let Some(r) = main_subject(text, seg, referents, first.span.start, *sentence) {
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
            let end = clause_end(
                text,
                seg,
                referents,
                *sentence,
                &ws[j + 1..],
                first.span.start,
            );
            // (After a listener, words without a verb are no clause: "told the joint committee
            // on Export Controls" names the listener.)
            if let Some(span) = clause_span(text, first.span.start, end) {
                if span.of(text).split_whitespace().count() >= 4
                    && (j == i + 1 && !strict
                        || super::tagged::has_verb(span.of(text))
                        || opens_subject(first.text) && !strict)
                {
                    // A subject further away, as for a "that" clause ("Tom Hale, who now
                    // plays in Qatar, says there is …").
                    let speaker =
                        speaker.or_else(|| near_subject(text, seg, referents, *sentence, w.span));
                    push(span, w.span, speaker, sentence_first, out);
                }
            }
        }
    }
}

/// The words reported around a speaker and verb (`ws[i]`) set off by commas: "The plan, Tom
/// Hale said, would cost too much" (the referent `r` is the speaker). The span runs from the
/// sentence's start to the clause's end; the words before the speaker are no clause of their
/// own (that is "CLAUSE, SPEAKER said").
fn parenthetical(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
    r: usize,
) -> Option<Span> {
    let subject = referents[r].span;
    let next = ws.get(i + 1)?;
    let head = text[sentence.start..subject.start]
        .trim_end()
        .strip_suffix(',')?;
    let words = head.split_whitespace().count();
    let opener = head.split_whitespace().next()?;
    if text[ws[i].span.end..next.span.start].trim() != ","
        || !text[subject.end..ws[i].span.start].trim().is_empty()
        || !(1..=8).contains(&words)
        // (A sentence adverb is no part of the words: "But, he said, …", "Currently, he said,
        // …"; the clause after the verb is.)
        || words == 1
            && (crate::extract::name_words::never_name(opener) || opener.ends_with("ly"))
        || head.contains(['"', '“', '”', ',', ';', ':', '('])
        || LEADING_PREPOSITIONS.contains(&opener)
        || SUBORDINATORS.contains(&opener)
        || NOT_CLAUSE_STARTS.contains(&next.text.to_lowercase().as_str())
        || super::tagged::has_verb(head)
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
    clause_span(text, sentence.start, end)
}

/// The index of the word after a time at `ws[j]` ("on Sunday", "last week", "yesterday",
/// "on Wednesday night"), or `j` when no time stands there.
fn past_time(ws: &[crate::text::Word<'_>], j: usize) -> usize {
    let mut k = j;
    let mut timed = false;
    // (Only lower-case words besides the days: "told BBC Radio Four's Today programme".)
    while let Some(w) = ws.get(k).filter(|w| k == j || w.joined) {
        if crate::text::WEEKDAYS.contains(&w.text)
            || matches!(w.text, "yesterday" | "today" | "tonight" | "overnight")
            || k > j
                && matches!(
                    w.text,
                    "night"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "week"
                        | "weekend"
                        | "month"
                        | "year"
                )
        {
            timed = true;
        } else if !matches!(w.text, "on" | "last" | "this" | "late" | "early") {
            break;
        }
        k += 1;
    }
    if timed {
        k
    } else {
        j
    }
}

/// For a clause that opens with a condition at `ws[j]` ("if the bill was passed, he would
/// …"), the index of the main clause's first word: after the condition's comma, within twenty
/// words, a subject's first word ([`opens_subject`]).
fn conditional_main(text: &str, ws: &[crate::text::Word<'_>], j: usize) -> Option<usize> {
    let first = ws.get(j)?;
    if !first.joined || !matches!(first.text, "if" | "unless" | "when" | "once") {
        return None;
    }
    let k = (j + 2..(j + 20).min(ws.len())).find(|&k| !ws[k].joined)?;
    (text[ws[k - 1].span.end..ws[k].span.start].trim() == "," && opens_subject(ws[k].text))
        .then_some(k)
}

/// Whether `word` may open a clause's subject: a pronoun ("he'd"), a possessive or a
/// determiner, as the first word after a listener ("told the paper his support …").
fn opens_subject(word: &str) -> bool {
    let lower = crate::text::lowercase(word);
    let bare = lower.split(['\'', '’']).next().unwrap_or("");
    matches!(
        bare,
        "he" | "she"
            | "they"
            | "i"
            | "we"
            | "you"
            | "it"
            | "his"
            | "her"
            | "their"
            | "its"
            | "my"
            | "our"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "there"
            | "these"
            | "those"
            | "some"
            | "no"
            | "all"
            | "many"
            | "most"
    )
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
    (span.of(text).split_whitespace().count() >= 4).then_some(span)
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
    if seg.in_quote(comma_pos)
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
    // article only ("said GM Europe president Carl Forster").
    let between = &text[verb_end..speaker.start];
    let titles = between.split_whitespace().all(|w| {
        matches!(w, "the" | "a" | "an")
            || w.starts_with(char::is_uppercase)
            || crate::extract::name_words::job_word(w)
    });
    if between.contains([',', ';', '"', '“', '”'])
        || between.split_whitespace().count() > 5
        || !titles
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
fn postposed_verb(
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
/// `sentence`: an article and up to four lower-case words ending in a person's or a source's
/// noun, to a mark or a phrase of time or place ("says a top academic.", "said one analyst in
/// London", "predicts the report by …").
fn unnamed_after_verb(text: &str, verb_end: usize, sentence: Span) -> Option<Span> {
    // (Six words at most: a line's worth of text.)
    let end = crate::text::floor_char_boundary(text, (verb_end + 120).min(sentence.end));
    let ws = crate::text::words(text, Span::new(verb_end, end));
    let first = ws.first()?;
    if !(indefinite(first.text) || first.text == "the") {
        return None;
    }
    let mut end = first.span.end;
    for w in ws[1..].iter().take(4) {
        if !w.text.starts_with(char::is_lowercase)
            || AFTER_POSTPOSED_SPEAKER.contains(&w.text)
            || !text[end..w.span.start].trim().is_empty()
        {
            break;
        }
        end = w.span.end;
    }
    // Its noun a person's or a source's ("a top academic", "a study"; not "claims an
    // audience of …", "wrote an account of …").
    let noun = crate::text::lowercase(&text[first.span.end..end].split_whitespace().next_back()?)
        .into_owned();
    let groups = &super::groups::GROUP_NOUNS;
    let source = crate::extract::name_words::job_word(&noun)
        || groups.contains(&noun)
        || groups.contains(&format!("{noun}s"));
    (end > first.span.end && source).then(|| Span::new(first.span.start, end))
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
fn interposed(
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
        let coordinated = text[start..]
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
        if let Some(span) = clause_span(text, start, sentence.end)
            .filter(|s| !coordinated && !apposition(s.of(text)))
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

/// Where a reported clause opening at `start` ends: before the comma, semicolon, "and" or
/// "but" that opens another speaker's clause among `after` (the words after its first), or at
/// the end of the sentence.
fn clause_end(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    after: &[crate::text::Word<'_>],
    start: usize,
) -> usize {
    let other = after
        .iter()
        .filter(|v| is_cue(v.text) && !seg.in_quote(v.span.start))
        .find_map(|v| {
            subject_of(text, seg, referents, sentence, v.span)
                .filter(|&r| referents[r].span.start > start)
        })
        .and_then(|r| {
            let head = &text[start..referents[r].span.start];
            head.rfind([',', ';'])
                .or_else(|| head.rfind(" and "))
                .or_else(|| head.rfind(" but "))
                .map(|c| start + c)
        })
        .unwrap_or(sentence.end);
    // The speaker's second verb: "He said the base went into collect mode and said his rescue
    // was a priority" reports two clauses.
    let again = after
        .windows(2)
        .find(|p| {
            matches!(p[0].text, "and" | "but")
                && p[1].joined
                && said_again(p[1].text)
                && !seg.in_quote(p[1].span.start)
        })
        .map_or(sentence.end, |p| p[0].span.start);
    other.min(again)
}

/// Whether `verb`, after "and" or "but" in a reported clause, begins the speaker's next clause
/// rather than goes on with the words reported: "said", "says", "added", "adds", "told",
/// "tells", or a speech verb's past form ("said the figures were disappointing but
/// argued that …", "said she regretted her remarks and promised to stay out of it").
fn said_again(verb: &str) -> bool {
    matches!(verb, "said" | "says" | "added" | "adds" | "told" | "tells")
        || crate::text::past_form(verb) && is_cue(verb)
}

/// Whether most words of a sentence are capitalised, as in a headline ("Sanders Says He Has
/// Started Writing"): a capitalised speech verb may still be one there.
fn title_case(ws: &[crate::text::Word<'_>]) -> bool {
    let capitalised = ws.iter().filter(|w| w.is_capitalized()).count();
    ws.len() >= 3 && capitalised * 3 >= ws.len() * 2
}

/// Whether `word` is an auxiliary or a modal ("could", "was", "hasn't"): a finite verb that
/// shows a clause has begun.
fn auxiliary(word: &str) -> bool {
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
