//! Where a reported clause starts and ends: past a time after the verb, after a condition,
//! before another speaker's clause or the speaker's next verb, at the comma that closes a
//! relative clause; and the longest clause there is.

use super::clause::*;
use super::listeners::opens_subject;
use super::reported::auxiliary;
use super::subjects::*;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};

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
    // So is a quotation after a colon: "He said the plan was sound: \"It will work.\"" reports
    // the plan, then quotes.
    let colon_quote = rest.match_indices(':').map(|(c, _)| c).find(|&c| {
        rest[c + 1..]
            .trim_start()
            .starts_with(['"', '\u{201c}', '\u{2018}'])
    });
    let stop = rest
        .find(['—', ';'])
        .or_else(|| rest.find(" – "))
        .or_else(|| rest.find(" -- "))
        .into_iter()
        .chain(new_subject)
        .chain(colon_quote)
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

/// The words a relative clause set off by commas reports, up to the comma before the main
/// clause's verb: "The rules, which officials said [will apply in May], will not cover …"; a
/// comma before other words stays inside ("which he said were closed, and costly").
pub(super) fn relative_clause_end(text: &str, span: Span) -> Span {
    let words = span.of(text);
    // (Not the comma that closes a phrase set off inside the words, after an odd number of
    // commas: "the two men, and Mr. Lee in particular, must do more", "Mr. Hale, under fire
    // for it, would do better".)
    let main_verb = words
        .match_indices(", ")
        .enumerate()
        .find(|&(k, (comma, _))| {
            // (`k` commas stand before this one.)
            if k % 2 == 1 {
                return false;
            }
            let mut after = words[comma + 2..].split_whitespace();
            let next = crate::text::lowercase(after.next().unwrap_or(""));
            // (Not a participle with its agent: "the plan, approved by Congress, was …".)
            auxiliary(&next)
                || super::tagged::finite_form(&next)
                || crate::text::past_form(&next) && after.next() != Some("by")
        });
    match main_verb {
        Some((_, (comma, _))) => trim_span(text, Span::new(span.start, span.start + comma)),
        None => span,
    }
}

/// Reported words that open inside a listener's or a body's name, its last capitalised words
/// before the clause's pronoun ("told the Securities and Exchange Commission he had raised his
/// stake": the words open at "he"); `span` as it is otherwise.
pub(super) fn past_name_tail(text: &str, span: Span) -> Span {
    let words = span.of(text);
    let before = text[..span.start].trim_end_matches(' ');
    // (Right after a capitalised word of the same name, one space apart, no stop between.)
    let inside_name = before.len() + 1 == span.start
        && before.rsplit(' ').next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) && w.ends_with(|c: char| c.is_alphanumeric())
        });
    if !inside_name {
        return span;
    }
    let mut at = 0;
    for (n, w) in words.split(' ').enumerate() {
        if n > 0 && matches!(w, "he" | "she" | "it" | "they" | "we" | "I") {
            return Span::new(span.start + at, span.end);
        }
        if n >= 4 || !w.starts_with(char::is_uppercase) {
            break;
        }
        at += w.len() + 1;
    }
    span
}

/// The index of the word after a time at `ws[j]` ("on Sunday", "last week", "yesterday",
/// "on Wednesday night"), or `j` when no time stands there.
pub(super) fn past_time(ws: &[crate::text::Word<'_>], j: usize) -> usize {
    let mut k = j;
    let mut timed = false;
    // (Only lower-case words besides the days: "told BBC Radio Four's Today programme".)
    while let Some(w) = ws.get(k).filter(|w| k == j || w.joined) {
        if crate::text::WEEKDAYS.contains(&w.text)
            || matches!(w.text, "yesterday" | "today" | "tonight" | "overnight")
            || k > j && crate::text::TIME_NOUNS.contains(&w.text)
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

/// The index of the word after a place at `ws[j]` ("in Washington", "at the White House"),
/// and any time after it ("in Ohio on Monday"), when the words after them open a clause's
/// subject ("told reporters in Washington he would …", "said at the White House the talks
/// …"); else `j`. The place is "in" or "at", perhaps "the", and up to four words in title
/// case.
pub(super) fn past_place(ws: &[crate::text::Word<'_>], j: usize) -> usize {
    let Some(w) = ws.get(j).filter(|w| matches!(w.text, "in" | "at")) else {
        return j;
    };
    let mut k = j + 1;
    if ws.get(k).is_some_and(|n| n.joined && n.text == "the") {
        k += 1;
    }
    let name = k;
    while k < name + 4
        && ws.get(k).is_some_and(|n| {
            n.joined && n.is_capitalized() && !n.possessive && !opens_subject(n.text)
        })
    {
        k += 1;
    }
    if k == name || !w.joined {
        return j;
    }
    let k = past_time(ws, k);
    if ws.get(k).is_some_and(|n| {
        n.joined && n.text.starts_with(char::is_lowercase) && opens_subject(n.text)
    }) {
        k
    } else {
        j
    }
}

/// For a clause that opens with a condition or another subordinate clause at `ws[j]` ("if the
/// bill was passed, he would …", "while the mill was old, it would …", "by the time …"), the
/// index of the main clause's first word: after a comma, within twenty words, a subject's
/// first word ([`opens_subject`]), maybe past a phrase between commas.
pub(super) fn conditional_main(
    text: &str,
    ws: &[crate::text::Word<'_>],
    j: usize,
) -> Option<usize> {
    let first = ws.get(j)?;
    let opens = match first.text {
        "if" | "unless" | "when" | "once" | "because" | "although" | "though" | "whatever" => true,
        // (Not before a participle, which tells when the words were said: "said after
        // inspecting the damage in Napo, the hardest-hit province".)
        "while" | "after" | "before" | "since" | "until" => {
            ws.get(j + 1).is_some_and(|w| !w.text.ends_with("ing"))
        }
        // "by the time …", "even if …"
        "by" => {
            ws.get(j + 1).is_some_and(|w| w.text == "the")
                && ws.get(j + 2).is_some_and(|w| w.text == "time")
        }
        "even" => ws
            .get(j + 1)
            .is_some_and(|w| matches!(w.text, "if" | "though")),
        _ => false,
    };
    if !first.joined || !opens {
        return None;
    }
    // Without a comma, a personal pronoun and its finite verb open the main clause: "said if
    // elected president he could work with the party". (Only after a condition or a time
    // when: "said after the hearing he was called to …" holds a relative clause; nor a pronoun
    // inside a clause with "that".)
    let condition = matches!(first.text, "if" | "unless" | "when" | "once" | "even");
    // (Past a phrase between commas: "by the time they reach us, at 16 or 18, it is …".)
    for k in j + 2..(j + 20).min(ws.len()) {
        if ws[k].joined {
            let pronoun = matches!(ws[k].text, "he" | "she" | "they" | "we" | "I");
            if pronoun
                && condition
                && !ws[j + 1..k].iter().any(|w| w.text == "that")
                && ws.get(k + 1).is_some_and(|v| {
                    v.joined
                        && super::tagged::finite_form(v.text)
                        && !matches!(v.text, "said" | "says" | "told" | "thinks" | "knows")
                })
            {
                return Some(k);
            }
            continue;
        }
        if text[ws[k - 1].span.end..ws[k].span.start].trim() != "," {
            return None;
        }
        if opens_subject(ws[k].text) {
            return Some(k);
        }
    }
    None
}

/// Where a reported clause opening at `start` ends: before the comma, semicolon, "and" or
/// "but" that opens another speaker's clause among `after` (the words after its first), or at
/// the end of the sentence.
pub(super) fn clause_end(
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
                // (A clause of time goes on with the words reported: "reports that the party
                // repaid £5,000 to Lord Lee after he said it could not win".)
                .filter(|&r| {
                    let before = before_titles(&text[sentence.start..referents[r].span.start]);
                    !matches!(
                        before
                            .trim_end()
                            .rsplit(' ')
                            .next()
                            .map(str::to_lowercase)
                            .as_deref(),
                        Some("after" | "before")
                    )
                })
        })
        .and_then(|r| {
            let head = &text[start..referents[r].span.start];
            head.rfind([',', ';'])
                .or_else(|| {
                    [" and ", " but "]
                        .iter()
                        .chain(CONCESSIVE)
                        .filter_map(|c| head.rfind(c))
                        .max()
                })
                .map(|c| start + c)
        })
        .unwrap_or(sentence.end)
        .min(group_clause(text, seg, after).unwrap_or(sentence.end));
    // The speaker's second verb: "He said the base went into collect mode and said his rescue
    // was a priority" reports two clauses.
    // (So does "but then said", "and later told", "but went on to say"; not "and also agreed",
    // which mostly goes on with the words reported: "said it agreed to …, and also agreed to
    // buy …".)
    let again = (0..after.len())
        .find(|&i| {
            if !matches!(after[i].text, "and" | "but") || seg.in_quote(after[i].span.start) {
                return false;
            }
            let mut j = i + 1;
            if after
                .get(j)
                .is_some_and(|w| matches!(w.text, "then" | "later"))
            {
                j += 1;
            }
            let went_on = after.get(j..j + 4).is_some_and(|w| {
                w[0].text == "went" && w[1].text == "on" && w[2].text == "to" && is_cue(w[3].text)
            });
            // (A verb of speech in the present as well, when a clause follows it: "says he
            // respects her and calls her …", "but insists that …"; not a noun: "and claims
            // of fraud", "cash and notes", "and charges that …".)
            let present = |k: usize| {
                let (w, next) = (&after[k], after.get(k + 1));
                w.text.ends_with('s')
                    && !w.text.ends_with("ss")
                    && is_cue(w.text)
                    && next.is_some_and(|n| {
                        n.joined
                            && (n.is_capitalized()
                                || n.text == "that" && !PLURAL_NOUNS.contains(&w.text)
                                || super::tagged::is_pronoun(n.text)
                                || is_possessive_pronoun(n.text))
                    })
            };
            went_on
                || after
                    .get(j)
                    .is_some_and(|w| w.joined && (said_again(w.text) || present(j)))
        })
        .map_or(sentence.end, |i| after[i].span.start);
    // What the words were about, set off after them: "…, referring to the mayor" (maybe past
    // an adverb: "…, apparently referring to …") is no part of them.
    let refers = (0..after.len())
        .find_map(|i| {
            let k = referring_from(after, i)?;
            let head = &text[start..after[k].span.start];
            (!after[k].joined && head.trim_end().ends_with(','))
                .then(|| start + head.trim_end().len() - 1)
        })
        .unwrap_or(sentence.end);
    // A verb of speech set off after them as a participle, the speaker's next act: "…,
    // adding that taxes would rise", "…, calling them a farce" (maybe past an adverb: "…,
    // effectively saying …").
    let next_act = (0..after.len())
        .find_map(|i| {
            let w = &after[i];
            if !w.text.ends_with("ing")
                || !w.text.starts_with(char::is_lowercase)
                || seg.in_quote(w.span.start)
                || !(is_cue(w.text) || CALLING_VERBS.contains(&w.text))
                // (Not a cue that mostly tells an act here: "…, continuing the buyback it
                // began last year", "…, reporting to the chairman".)
                || matches!(
                    w.text,
                    "continuing" | "reporting" | "finding" | "releasing" | "demonstrating"
                )
            {
                return None;
            }
            let k = with_adverb(after, i);
            let head = text[start..after[k].span.start].trim_end();
            (!after[k].joined)
                .then(|| set_off(head))
                .flatten()
                .map(|end| start + end)
        })
        .unwrap_or(sentence.end);
    // A noun of speech set off after them, with what someone did to it: "…, a claim denied by
    // the chancellor" (not "…, a claim that his office disputes", whose "that" the rules would
    // read as a clause's).
    let apposed = (0..after.len().saturating_sub(2))
        .find_map(|i| {
            let (a, noun, next) = (&after[i], &after[i + 1], &after[i + 2]);
            let head = text[start..a.span.start].trim_end();
            (!a.joined
                && matches!(a.text, "a" | "an")
                && noun.joined
                && matches!(
                    noun.text,
                    "claim" | "charge" | "allegation" | "accusation" | "assertion" | "suggestion"
                )
                && next.joined
                && crate::text::past_form(next.text)
                && head.ends_with(','))
            .then(|| start + head.len() - 1)
        })
        .unwrap_or(sentence.end);
    // The source of the whole sentence set off after the words at its end: "… and told
    // aides that he saw Ann Lee as a threat, according to someone in attendance" (the
    // sentence is the source's, [`super::postposed::according_to`]). (Not one the sentence
    // goes on after, but for an apposition: "…, according to the rules, and demanded an
    // inquiry" may be part of the words.)
    let according = (0..after.len().saturating_sub(1))
        .find_map(|i| {
            let (a, to) = (&after[i], &after[i + 1]);
            if a.joined || a.text != "according" || to.text != "to" {
                return None;
            }
            let head = text[start..a.span.start].trim_end();
            // (The rest of the sentence is read only here: read at every word, it made a
            // sentence of thousands of words quadratic.)
            let rest = &text[to.span.end..sentence.end];
            let last = rest
                .split_once(',')
                .is_none_or(|(_, more)| matches!(more.split_whitespace().next(), Some("a" | "an")));
            (head.ends_with(',') && last).then(|| start + head.len() - 1)
        })
        .unwrap_or(sentence.end);
    other
        .min(again)
        .min(refers)
        .min(next_act)
        .min(apposed)
        .min(according)
}

/// Where words reported end before a phrase set off by a comma, as a length of `head` (the
/// words up to the phrase): before the comma, or after the closing mark of a partial quote
/// that holds it by American usage ('… that Obama "founded ISIS," saying …').
fn set_off(head: &str) -> Option<usize> {
    if head.ends_with(',') {
        return Some(head.len() - 1);
    }
    let unquoted = head.trim_end_matches(['"', '”', '’']);
    (unquoted.len() < head.len() && unquoted.ends_with(',')).then_some(head.len())
}

/// Verbs of speech or thinking that a group's clause set against the words reported opens
/// with ("… and the Liberal Democrats claim …", "…, although others feel …"); not nouns as
/// well ("… about Labour and Conservative promises on tax").
const GROUP_SPEECH: &[&str] = &[
    "say",
    "says",
    "said",
    "claim",
    "claims",
    "claimed",
    "argue",
    "argues",
    "argued",
    "insist",
    "insists",
    "insisted",
    "warn",
    "warns",
    "warned",
    "predict",
    "predicts",
    "predicted",
    "suggest",
    "suggests",
    "suggested",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "feel",
    "feels",
    "felt",
    "fear",
    "fears",
    "feared",
    "maintain",
    "maintains",
    "maintained",
    "contend",
    "contends",
    "contended",
    "counter",
    "counters",
    "countered",
    "stress",
    "stresses",
    "stressed",
    "complain",
    "complains",
    "complained",
    "accept",
    "accepts",
    "accepted",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "reported",
];

/// Conjunctions that set a clause with its own subject against the words reported: "said he
/// had done no deals while Mr Lee says …".
const CONCESSIVE: &[&str] = &[" while ", " whereas ", " although ", " though "];

/// Where a group's clause of speech begins among `after`, after a conjunction: "… and the
/// Liberal Democrats claim …", "…, although others feel …", "… while ministers insist …": the
/// conjunction ("and", "but", "while", "whereas", "although", "though", or the comma before
/// it), then "the" and up to four capitalised words, or a group's noun ("others", "critics"),
/// then a verb of speech in the present or past. Not a person's (see [`clause_end`]'s
/// subjects), nor "and employers agreed" after lower-case words of the clause.
fn group_clause(text: &str, seg: &Segments, after: &[crate::text::Word<'_>]) -> Option<usize> {
    (0..after.len()).find_map(|i| {
        let conj = &after[i];
        group_clause_verb(seg, after, i)?;
        // (The words before must hold a verb of their own: "said talks between Israel and the
        // Palestinians suggested …" is one subject.)
        // (Or a verb in "-s" after a pronoun: "he prefers to wait …, but the officials said".)
        let own_verb = after[..i].iter().enumerate().any(|(k, w)| {
            let lower = crate::text::lowercase(w.text);
            super::tagged::finite_form(&lower)
                || crate::text::past_form(&lower)
                || super::verbs::IRREGULAR_PAST.contains(&lower.as_ref())
                || auxiliary(&lower)
                || lower.ends_with('s')
                    && matches!(
                        match k {
                            0 => text[..w.span.start].split_whitespace().next_back(),
                            _ => Some(after[k - 1].text),
                        },
                        Some("he" | "she" | "it" | "He" | "She" | "It")
                    )
        });
        if !own_verb {
            return None;
        }
        let head = text[..conj.span.start].trim_end();
        Some(head.strip_suffix(',').unwrap_or(head).len())
    })
}

/// The index of the verb of speech of a group's clause that opens at the conjunction `ws[i]`:
/// "and", "but", "while", "whereas", "although" or "though", then "the" and up to four
/// capitalised words, or a group's noun ("others", "critics"), maybe after a quantifier ("but
/// some MPs argue", "while many economists fear"), then a verb of [`GROUP_SPEECH`].
pub(super) fn group_clause_verb(
    seg: &Segments,
    ws: &[crate::text::Word<'_>],
    i: usize,
) -> Option<usize> {
    let conj = &ws[i];
    if !matches!(
        conj.text,
        "and" | "but" | "while" | "whereas" | "although" | "though"
    ) || seg.in_quote(conj.span.start)
    {
        return None;
    }
    let mut j = i + 1;
    let the = ws
        .get(j)
        .is_some_and(|w| w.joined && w.text.eq_ignore_ascii_case("the"));
    j += usize::from(the);
    // ("some MPs", "many economists".)
    if !the
        && ws.get(j).is_some_and(|w| {
            w.joined && matches!(w.text, "some" | "many" | "most" | "several" | "other")
        })
    {
        j += 1;
    }
    let first = j;
    while j < ws.len()
        && j < first + 4
        && ws[j].joined
        && ws[j].is_capitalized()
        && !ws[j].possessive
    {
        j += 1;
    }
    let group = if j > first {
        true
    } else {
        let noun = ws.get(j)?;
        let lower = crate::text::lowercase(noun.text);
        let group = noun.joined
            && (matches!(
                lower.as_ref(),
                "others" | "opponents" | "supporters" | "rivals"
            ) || super::groups::GROUP_NOUNS.contains(lower.as_ref()) && lower.ends_with('s'));
        j += 1;
        group
    };
    let verb = ws.get(j)?;
    (group && verb.joined && GROUP_SPEECH.contains(&verb.text)).then_some(j)
}

/// Where "referring to" at `ws[i]` begins, with the adverb before it ("apparently referring
/// to …"): the index of its first word. The words before it are someone's, and what it names
/// says what they were about ([`super::references`]).
pub(super) fn referring_from(ws: &[crate::text::Word<'_>], i: usize) -> Option<usize> {
    if ws[i].text != "referring" || ws.get(i + 1).is_none_or(|w| w.text != "to") {
        return None;
    }
    Some(with_adverb(ws, i))
}

/// Where the word at `ws[i]` begins with an adverb in "-ly" right before it ("apparently
/// referring to", "effectively saying"): that adverb's index, else `i`.
fn with_adverb(ws: &[crate::text::Word<'_>], i: usize) -> usize {
    if i > 0 && ws[i - 1].text.ends_with("ly") && ws[i].joined {
        i - 1
    } else {
        i
    }
}

/// Whether `verb`, after "and" or "but" in a reported clause, begins the speaker's next clause
/// rather than goes on with the words reported: "said", "says", "added", "adds", "told",
/// "tells", or a speech verb's past form ("said the figures were disappointing but
/// argued that …", "said she regretted her remarks and promised to stay out of it"), or a
/// verb of asking, whose question is no part of the words before ("said he makes $41,000 a
/// year and questioned how the plan would help him").
pub(super) fn said_again(verb: &str) -> bool {
    matches!(
        verb,
        "said" | "says" | "added" | "adds" | "told" | "tells" | "asked" | "questioned" | "wondered"
    ) || crate::text::past_form(verb) && is_cue(verb)
}
