//! Who speaks: the subject of a speech verb, past adverbs, appositions and party tags
//! ([`subject_of`], [`apposition_head`]); that of a verb coordinated with another, of a
//! participle, of a clause further away; relative clauses and the person they are about.

use super::clause::*;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};

/// The marks that end a clause before a participle: a comma or a dash.
const CLAUSE_BREAKS: [char; 3] = [',', '–', '—'];

/// Adverbs and auxiliaries that may stand between a speaker and the verb ("he also said").
pub(super) fn between_subject_and_verb(gap: &str, verb: &str) -> bool {
    let g = gap.trim();
    if g.is_empty() {
        return true;
    }
    // A party tag: "(R-Utah)".
    if g.starts_with('(') && g.ends_with(')') && g.len() < 40 {
        return true;
    }
    // An apposition: ", the chancellor," / ", 70,".
    // (A lone comma closes an apposition the name stands in: "The chairman, Phil Lovas, said";
    // before a participle it ends the clause: "shaming a former Miss Jones, saying".)
    if (g.len() > 1 || !verb.ends_with("ing"))
        && g.starts_with(',')
        && g.ends_with(',')
        && g.len() < 80
        && !g.contains(['"', '“', '”', '.'])
    {
        return true;
    }
    // Words that end in the comma before a participle close the clause: in "Jane Smith
    // criticised Tom Hale on Monday, saying …", Hale is not the one saying.
    if verb.ends_with("ing") && g.ends_with(CLAUSE_BREAKS) {
        return false;
    }
    // An affiliation: "Stephen Jakobi of Fair Trials Abroad said".
    if affiliation(g) {
        return true;
    }
    // A medium: "Jeb Bush in a Medium post said", "the senator in an interview on Fox said".
    // (Only a gap that opens with the pattern's preposition is tried.)
    let opens = |w: &str| matches!(w, "in" | "on" | "via" | "during" | "through");
    if g.split(char::is_whitespace).next().is_some_and(opens)
        && MEDIUM
            .find(g)
            .is_some_and(|m| m.start() == 0 && m.end() == g.len())
    {
        return true;
    }
    g.split_whitespace().count() <= 4 && g.split_whitespace().all(|w| gap_word(w, verb))
}

/// Whether `gap` is an affiliation after a name, "of" and up to six capitalised words ("of
/// Fair Trials Abroad", "of Ohio"; "of the …" is not one).
fn affiliation(gap: &str) -> bool {
    let Some(body) = gap.trim().strip_prefix("of ") else {
        return false;
    };
    let words: Vec<&str> = body.split_whitespace().collect();
    words.len() <= 6
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "the" | "and" | "of"))
}

/// Whether `w` may stand between a subject and `verb`: an adverb, an auxiliary, a time; a form
/// of "be" only before an "-ing" verb ("is suggesting"; "was told" is passive: the subject is
/// the listener).
pub(super) fn gap_word(w: &str, verb: &str) -> bool {
    let w = w.trim_end_matches(',');
    // (An adverb in lower case: "Italy", "Eli Lilly" and "Kelly" are names.)
    w.ends_with("ly") && w.starts_with(char::is_lowercase)
        || SUBJECT_VERB_GAP.contains(&w)
        || crate::text::MONTHS.contains(&w)
        || crate::text::WEEKDAYS.contains(&w)
        || verb.ends_with("ing") && matches!(w, "is" | "was" | "are" | "were" | "been")
}

/// Words that may stand between a speaker and the verb ("Mr Straw last week said").
pub(super) const SUBJECT_VERB_GAP: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "has",
    "had",
    "have",
    "would",
    "will",
    "did",
    "does",
    "once",
    "still",
    "previously",
    "recently",
    "repeatedly",
    "often",
    "last",
    "this",
    "next",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "yesterday",
    "today",
    "earlier",
    "on",
    // "Bob Geldof in July said" (and the days and months: [`gap_word`]).
    "in",
    "however",
    "himself",
    "herself",
    "too",
    "already",
    "now",
    "never",
    "always",
    "since",
    "even",
    "just",
    "first",
    "may",
    "might",
    "could",
    "should",
    "can",
    "must",
];

/// The referent that is the subject of the verb at `verb`: the head of an apposition that ends
/// right before it ([`apposition_head`]), else the nearest before it in the sentence, with
/// nothing but adverbs or an apposition between them.
pub(super) fn subject_of(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    verb: Span,
) -> Option<usize> {
    if let Some(head) = apposition_head(text, seg, referents, sentence, verb) {
        return Some(head);
    }
    // A name after a preposition is no subject ("Mr. Biden, recalling breakfasts with Mrs.
    // Clinton, described …"), but for a participle right after it in a phrase of "with"
    // ("with chairman Tom Hale calling for …").
    let participle = verb
        .of(text)
        .split(' ')
        .next()
        .is_some_and(|w| w.ends_with("ing"));
    // Nor is one after "after" or "before", which may open a clause: "Lee left, hours after
    // Tom Hale said he …" is Hale's when nothing but adverbs stands between them.
    let ri = starting_in(referents, sentence.start, verb.start)
        .rev()
        .find(|&i| {
            let span = referents[i].span;
            let gap = text.get(span.end..verb.start).unwrap_or_default();
            let absolute = participle && gap.trim().is_empty();
            let clause = !participle && !gap.contains([',', '(', '"', '“', '”']);
            span.end <= verb.start
                && !seg.in_quote(span.start)
                && preposition_before(&text[sentence.start..span.start]).is_none_or(|p| {
                    absolute && p == "with" || clause && matches!(p.as_ref(), "after" | "before")
                })
        })?;
    between_subject_and_verb(&text[referents[ri].span.end..verb.start], verb.of(text)).then_some(ri)
}

/// The person an apposition describes when the apposition ends right before `verb`: "Jennifer
/// Palmieri, communications director for the Clinton campaign, said", "Giovanni Vian, the
/// editor of the Vatican's newspaper, L'Osservatore Romano, said" name Palmieri and Vian, not
/// the names inside the apposition. The head is the sentence's first referent in subject
/// position outside quotes, or one after a comma, that a comma follows (after a party tag:
/// "Sen. Claire McCaskill (D-Mo.), a superdelegate, said"), with a comma, and adverbs at most,
/// before the verb. An apposition opening with another name is none ("After meeting Clinton,
/// Sanders, the senator from Vermont, said" is Sanders's), nor is one holding a quotation or a
/// clause break.
pub(super) fn apposition_head(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    verb: Span,
) -> Option<usize> {
    let verb_text = verb.of(text);
    starting_in(referents, sentence.start, verb.start)
        .filter(|&i| {
            let span = referents[i].span;
            span.end < verb.start
                && !seg.in_quote(span.start)
                && (subject_position(text, sentence, span)
                    || !possessive(text, span) && time_clause(&text[sentence.start..span.start]))
        })
        .enumerate()
        // Only the sentence's first subject or one right after a comma, or a comma and a
        // conjunction ("In a statement, Jane Smith, …", "…, while Mike Hale, the former
        // governor, proposed"), not an object ("Beck, who supported Sen. Ted Cruz, R-Texas, …").
        .filter(|&(k, i)| k == 0 || after_comma(&text[sentence.start..referents[i].span.start]))
        .map(|(_, i)| i)
        .find(|&i| {
            let mut gap = text[referents[i].span.end..verb.start].trim_start();
            // A party tag: "(D-Mo.)".
            if gap.starts_with('(') {
                match gap.find(')') {
                    Some(close) if close < 30 => gap = gap[close + 1..].trim_start(),
                    _ => return false,
                }
            }
            // An affiliation: "Gov. John Kasich of Ohio, a Republican who …, said".
            if gap.starts_with("of ") {
                match gap.find(',') {
                    Some(comma) if affiliation(&gap[..comma]) => gap = &gap[comma..],
                    _ => return false,
                }
            }
            let Some(inner) = gap.strip_prefix(',') else {
                return false;
            };
            // The apposition ends at its last comma; after it, adverbs at most ("…, also said").
            let Some(last) = inner.rfind(',') else {
                return false;
            };
            let (apposition, tail) = (&inner[..last], &inner[last + 1..]);
            let opens_subject = {
                let start =
                    verb.start - gap.len() + 1 + (apposition.len() - apposition.trim_start().len());
                starting_in(referents, start, start + 1).any(|r| {
                    let words = referents[r].span.of(text);
                    let first = words.split_whitespace().next().unwrap_or("");
                    !possessive(text, referents[r].span)
                        && first.starts_with(char::is_uppercase)
                        && !is_determiner(first)
                })
            };
            !apposition.trim().is_empty()
                && apposition.len() < 200
                && !apposition.contains(['"', '“', '”', ';', ':', '\n'])
                && acronyms_only(apposition)
                && !opens_subject
                && tail.split_whitespace().count() <= 3
                && tail.split_whitespace().all(|w| gap_word(w, verb_text))
        })
}

/// Whether the text `before` a name ends in a comma, opens a clause ([`opens_clause`]) or a
/// clause of time ([`time_clause`]).
fn after_comma(before: &str) -> bool {
    before_titles(before).ends_with(',') || opens_clause(before) || time_clause(before)
}

/// Whether the text `before` a name ends in a conjunction of time, which may open the
/// clause the name is the subject of: "the day after Sir Ian Blair, the new commissioner,
/// said …".
fn time_clause(before: &str) -> bool {
    before_titles(before)
        .rsplit(' ')
        .next()
        .is_some_and(|w| TIME_CONJUNCTIONS.contains(&w))
}

/// Whether the text `before` a name ends in a comma and a conjunction that opens a clause
/// ("…, while", "…, but"), past honorifics.
pub(super) fn opens_clause(before: &str) -> bool {
    before_titles(before)
        .rsplit_once(' ')
        .is_some_and(|(head, word)| {
            head.ends_with(',') && matches!(word, "while" | "but" | "whereas" | "and")
        })
}

/// Whether every parenthesis in `s` holds an acronym alone ("the Reserve Officers' Training
/// Corps (ROTC) program"), so that an apposition may hold it.
fn acronyms_only(s: &str) -> bool {
    let mut rest = s;
    while let Some(open) = rest.find(['(', ')']) {
        let inner = &rest[open + 1..];
        let close = match inner.find(')') {
            Some(close) if rest[open..].starts_with('(') => close,
            _ => return false,
        };
        let acronym = &inner[..close];
        if !(2..=8).contains(&acronym.len())
            || !acronym
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&')
        {
            return false;
        }
        rest = &inner[close + 1..];
    }
    true
}

/// The subject of a verb coordinated with an earlier one: "Cruz urged Republicans to vote and
/// said he …" — the first person of the sentence who follows no preposition.
pub(super) fn coordinated_subject(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
) -> Option<usize> {
    let verb = ws[i].text;
    // Back over auxiliaries and adverbs: "but has since said".
    let k = verb_gap_start(ws, i);
    let link = k.checked_sub(1).map(|l| &ws[l])?;
    let coordinated = matches!(link.text, "and" | "but");
    // A participle after a comma or a preposition: "Clinton, clearly frustrated, responded,
    // saying …", "Trump told reporters, before insisting he …".
    // (A comma or a dash right before it ends the clause even after a time: "Smith criticised
    // Hale on Monday, saying …", "Rubio changed his pick on the spot – saying …".)
    let comma_before = text[ws[i - 1].span.end..ws[i].span.start].contains(CLAUSE_BREAKS);
    let participle = verb.ends_with("ing")
        && (k == i
            && (text[link.span.end..ws[k].span.start].contains(',')
                || matches!(link.text, "by" | "while" | "before" | "after" | "when"))
            || comma_before);
    if !(coordinated || participle) {
        return None;
    }
    if !coordinated {
        return participle_subject(text, seg, referents, sentence, ws[k].span);
    }
    let limit = link.span.start;
    // The subject of the main clause's first speech verb ("Hale has said he …, and thinks that
    // …"; "Hale said Lee testified …, and suggested …" is Hale's), else the main clause's first
    // person.
    let main = main_clause_start(text, sentence, limit);
    main_cue(seg, sentence, main, limit)
        .and_then(|v| subject_of(text, seg, referents, sentence, v))
        .or_else(|| {
            let first = |from: usize| {
                starting_in(referents, from, limit).find(|&r| {
                    let span = referents[r].span;
                    span.end <= limit
                        && !seg.in_quote(span.start)
                        && !after_preposition(&text[sentence.start..span.start])
                        && !after_verb(&text[sentence.start..span.start])
                })
            };
            first(main).or_else(|| first(sentence.start))
        })
}

/// A speech verb outside quotes and no participle or infinitive: the nearest before `at` in
/// the sentence ([`earlier_cue`]), or the first from `from` on ([`main_cue`]), the verb of a
/// main clause whose content may name others that speak ("Foulkes said North testified …";
/// not "it was wrong to suggest the chancellor would …").
fn cues_before<'a>(
    seg: &'a Segments,
    sentence: Span,
    at: usize,
) -> impl DoubleEndedIterator<Item = Span> + 'a {
    let ws = words_before(seg, sentence, at);
    (0..ws.len())
        .filter(|&k| {
            let w = &ws[k];
            !seg.in_quote(w.span.start)
                && w.text.starts_with(char::is_lowercase)
                && !w.text.ends_with("ing")
                && !(k > 0 && ws[k - 1].text == "to" && w.joined)
                && is_cue(w.text)
        })
        .map(|k| ws[k].span)
        .collect::<Vec<_>>()
        .into_iter()
}

/// The nearest speech verb before `at` in the sentence ([`cues_before`]).
pub(super) fn earlier_cue(seg: &Segments, sentence: Span, at: usize) -> Option<Span> {
    cues_before(seg, sentence, at).next_back()
}

/// The first speech verb of the sentence from `from` on, before `at` ([`cues_before`]).
fn main_cue(seg: &Segments, sentence: Span, from: usize, at: usize) -> Option<Span> {
    cues_before(seg, sentence, at).find(|v| v.start >= from)
}

/// Where the main clause of a sentence starts: after the first comma when a subordinate clause
/// opens the sentence before `limit` ("Although Lee is no candidate, Hale …"), else at its start.
/// (A colon opens a clause too: "But that was notable: Until Mr. Lee spoke, Ann Hale had said
/// …".)
fn main_clause_start(text: &str, sentence: Span, limit: usize) -> usize {
    after_opening(text, sentence, limit, |w| SUBORDINATORS.contains(&w))
}

/// Where a sentence's main clause starts when what opens it before `limit` (or after its last
/// colon) is set off by a comma and its first word is one that `opens` takes: after that
/// comma; else at the sentence's start.
pub(super) fn after_opening(
    text: &str,
    sentence: Span,
    limit: usize,
    opens: impl Fn(&str) -> bool,
) -> usize {
    let head = &text[sentence.start..limit.max(sentence.start)];
    let from = head.rfind(": ").map_or(0, |c| c + 2);
    let opener = head[from..].split_whitespace().next().unwrap_or("");
    opens(opener)
        .then(|| head[from..].find(','))
        .flatten()
        .map_or(sentence.start, |c| sentence.start + from + c)
}

/// Whether the name after `before` (its sentence up to it) stands where an object does: after
/// a preposition, a participle or a verb ([`after_preposition`], [`after_participle`],
/// [`after_verb`]).
fn object_position(before: &str) -> bool {
    after_preposition(before) || after_participle(before) || after_verb(before)
}

/// The subject of a participle after a comma ("Trump attacked Clinton, saying …"): the speaker
/// of the speech verb before it in the sentence when there is one ("Spicer said, adding",
/// "said Caddell, adding"), else the first person of the sentence who is no object or
/// possessive.
pub(super) fn participle_subject(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    participle: Span,
) -> Option<usize> {
    if let Some(v) = earlier_cue(seg, sentence, participle.start) {
        if let Some(r) = subject_of(text, seg, referents, sentence, v) {
            return Some(r);
        }
        // (After a verb its speaker may follow: "said Caddell, adding …", not "criticized
        // Hale, saying …".)
        let inverted = INVERTED_SPEECH.contains(&crate::text::lowercase(v.of(text)).as_ref());
        let named_after = starting_in(referents, v.end, participle.start)
            .next()
            .filter(|_| inverted);
        if let Some(r) = named_after.filter(|&r| {
            referents[r].span.end <= participle.start
                && before_titles(&text[v.end..referents[r].span.start]).is_empty()
        }) {
            return Some(r);
        }
    }
    // Failing that, a name after a preposition may still be the one acting ("it was left to
    // Mr Prescott to produce his card, claiming …").
    let before = || {
        starting_in(referents, sentence.start, participle.start).filter(|&r| {
            let span = referents[r].span;
            span.end <= participle.start && !seg.in_quote(span.start) && !possessive(text, span)
        })
    };
    // After a subordinate clause that opens the sentence, the first of the main clause
    // ("Although Lee is no candidate, Hale sent a jab his way by suggesting …").
    let main = main_clause_start(text, sentence, participle.start);
    // (Nor a name after an auxiliary of the main clause, its object: "The Wisconsin Republican
    // did give Trump some credit, saying …" is not Trump's.)
    let free = |r: &usize| {
        let start = referents[*r].span.start;
        !object_position(&text[sentence.start..start])
            && !text[main.min(start)..start]
                .split_whitespace()
                .any(|w| super::tagged::finite_form(&super::tagged::bare_word(w)))
    };
    // Only when the main clause opens with "it" or "there" is a name after a preposition the
    // one acting; else the subject is something unnamed ("Both parents stiffened their
    // denunciation of Trump, saying …").
    let expletive = text[main..participle.start]
        .trim_start_matches([',', ' '])
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(crate::text::lowercase(w).as_ref(), "it" | "there"));
    before()
        .filter(|r| referents[*r].span.start >= main)
        .find(free)
        .or_else(|| before().find(free))
        .or_else(|| expletive.then(|| before().next()).flatten())
}

/// For "that" clauses whose subject stands further away ("X, who …, said that"): the first
/// referent of the sentence before the verb that is no possessive nor after a preposition;
/// after a subordinate clause that opens the sentence, the first of the main clause
/// ("Although much was said about Ann Lee, Tom Hale took the step of announcing that …" is
/// Hale's).
pub(super) fn near_subject(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    verb: Span,
) -> Option<usize> {
    // (No possessive nor a name after a preposition: "Mr Glazer's backers, including JP
    // Morgan, have said", "A spokesman for Mr Blair, who …, said".)
    let first = |from: usize| {
        starting_in(referents, from, verb.start).find(|&i| {
            let span = referents[i].span;
            span.end <= verb.start
                && !seg.in_quote(span.start)
                && !possessive(text, span)
                && !object_position(&text[sentence.start..span.start])
                && !in_set_off_relative(text, sentence, span, verb.start)
        })
    };
    let main = main_clause_start(text, sentence, verb.start);
    (main > sentence.start)
        .then(|| first(main))
        .flatten()
        .or_else(|| first(sentence.start))
}

/// Where the adverbs and auxiliaries (two at most) right before the verb at `ws[i]` start:
/// "but has since said", "who also said"; `i` when there are none.
pub(super) fn verb_gap_start(ws: &[crate::text::Word<'_>], i: usize) -> usize {
    let verb = ws[i].text;
    let mut k = i;
    while k > 0 && i - k < 3 && ws[k - 1].joined && gap_word(ws[k - 1].text, verb) {
        k -= 1;
    }
    k
}

/// The relative pronoun ("who", "which") that opens the clause of the verb at `ws[i]`, as its
/// index: "the Bankers' Association, which said …", "Ann Cryer, who has argued …" (adverbs and
/// auxiliaries may stand between the pronoun and the verb).
pub(super) fn relative_pronoun(ws: &[crate::text::Word<'_>], i: usize) -> Option<usize> {
    let p = verb_gap_start(ws, i).checked_sub(1)?;
    matches!(ws[p].text, "who" | "which").then_some(p)
}

/// The index of the relative pronoun that opens a relative clause in which the verb at `ws[i]`
/// and its subject of one to three words report the clause's own words: "the emails, which
/// she said represented all her work", "a plan that Mr. Hale says will fail", "the rules,
/// which officials said will apply in May". The words reported are the relative clause's.
pub(super) fn embedded_relative(ws: &[crate::text::Word<'_>], i: usize) -> Option<usize> {
    // (A plural noun in lower case is a group: "officials", "analysts".)
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && w.starts_with(char::is_lowercase);
    (2..=4).find_map(|back| {
        let p = i.checked_sub(back)?;
        let subject = &ws[p + 1..i];
        let names = subject.iter().all(|w| w.joined && w.is_capitalized());
        let plain = match subject {
            [w] => w.joined && (super::tagged::is_pronoun(w.text) || plural(w.text)),
            _ => false,
        };
        let pronoun = matches!(ws[p].text, "which" | "that" | "who" | "whom");
        (pronoun && (names || plain) && ws[i].joined).then_some(p)
    })
}

/// The person a relative clause opening with "who" just before the verb at `ws[i]` is about:
/// "backed by Mr Mandelson, who said …" (see [`relative_pronoun`]).
pub(super) fn relative_antecedent(
    text: &str,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
) -> Option<usize> {
    let who = &ws[relative_pronoun(ws, i)?];
    if who.text != "who" {
        return None;
    }
    // (Or past an apposition that names no one: "backed by David Kahn, a former Yale
    // historian, who has confirmed …".)
    let comma = starting_in(referents, sentence.start, who.span.start)
        .rev()
        .find(|&r| {
            let span = referents[r].span;
            span.end <= who.span.start && text[span.end..who.span.start].trim() == ","
        });
    if comma.is_some() {
        return comma;
    }
    let r = starting_in(referents, sentence.start, who.span.start)
        .rev()
        .find(|&r| referents[r].span.end <= who.span.start)?;
    let gap = text[referents[r].span.end..who.span.start].trim();
    let apposition = gap.strip_prefix(',')?.strip_suffix(',')?.trim();
    let described = apposition.split_whitespace().next().is_some_and(|w| {
        matches!(w, "a" | "an" | "the") || crate::extract::name_words::job_word(w)
    });
    (described
        && apposition.len() < 120
        && !apposition.contains([',', '"', '“', '”', ';', ':', '(']))
    .then_some(r)
}
