//! Who said it: the speaker of a quote (the name before or after it, a lead-in paragraph, the
//! quote it continues, the person named last). Speakers that are no person ("the IMF said",
//! "police say") are [`super::groups`]'.

use super::clause::*;
use super::groups::group_before;
use super::subjects::*;
use crate::resolve::Referent;
use crate::segment::{Quote, Segments, Span};

/// `"…," Zelensky declared` / `"…," said Trump` / `"…," Trump lawyer Marc Kasowitz said` /
/// `"…," Rep. John Mica (R-Fla.) said` / `"…" ― Sonya Herridge`.
pub(super) fn after_quote(
    text: &str,
    seg: &Segments,
    q: &Quote,
    referents: &[Referent],
) -> Option<(usize, Option<Span>)> {
    let para = seg.paragraphs[q.paragraph];
    let rest = &text[q.outer.end..para.end];
    let skipped = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    let at = q.outer.end + skipped;
    // A signature: "…" ― Name, at the end of its line, or opening the next paragraph when the
    // quotation ends its own ("“…” ¶ -Jane Smith, Ohio.").
    let signed = match seg.paragraphs.get(q.paragraph + 1) {
        Some(&next) if text[at..para.end].trim().is_empty() && q.outer.end <= para.end => {
            signature(text, referents, next.start, next)
        }
        _ => signature(text, referents, at, para),
    };
    if let Some(ri) = signed {
        return Some((ri, None));
    }
    let window_end = text.floor_char_boundary(para.end.min(at + 240));
    let ws = seg.words_in(Span::new(at, window_end));
    // '"…," according to Ann Lee': the first person named after it in its sentence; none when
    // a group or a document is named there ("according to the report").
    if let Some(according) = according_after(text, seg, q.outer) {
        let sentence = seg.sentences[seg.sentence_index(according.start)];
        return named_after(seg, referents, according.end, sentence).map(|r| (r, Some(according)));
    }
    // The verb within the next ten words, before any quotation mark or clause break.
    let mut cue = None;
    for (k, w) in ws.iter().enumerate().take(10) {
        let before = &text[if k == 0 { at } else { ws[k - 1].span.end }..w.span.start];
        if before.contains(['"', '“', '”', ';', ':'])
            || k > 0 && before.contains(',') && !before.contains(')')
        {
            break;
        }
        if k > 0 && seg.sentence_index(w.span.start) != seg.sentence_index(at) {
            break;
        }
        if (is_cue(w.text) || retort(&ws, k) || AFTER_QUOTE_VERBS.contains(&w.text))
            && w.text.starts_with(char::is_lowercase)
        {
            cue = Some((k, w.span));
            break;
        }
        // A new clause: "…," though he added.
        if matches!(
            w.text,
            "though"
                | "although"
                | "but"
                | "while"
                | "and"
                | "as"
                | "because"
                | "which"
                | "who"
                | "when"
                | "after"
                | "before"
                | "if"
        ) {
            break;
        }
    }
    // Whether the quotation ends with a full stop, as a sentence of its own.
    let inner = q.inner.of(text).trim();
    let full_stop = inner.ends_with('.');
    let Some((k, cue)) = cue else {
        // A name and its apposition between quote and verb: `"…," Jeff Weaver, Sanders’
        // campaign manager, said`. Not after a quotation that ends with a full stop: the
        // next sentence is about someone else ('"We need reform." Ann Lee, a delegate,
        // criticized the law.').
        if full_stop {
            return None;
        }
        let sentence = seg.sentences[seg.sentence_index(at)];
        // (Not a noun that is a verb's form too, inside the apposition: "the Ohio state
        // firefighters union", "its report".)
        let determiner = |w: &crate::text::Word<'_>| w.possessive || is_determiner(w.text);
        let noun_before = |k: usize| {
            k > 0
                && ws[k].joined
                && (determiner(&ws[k - 1])
                    || k > 1
                        && ws[k - 1].joined
                        && ws[k - 1].is_capitalized()
                        && determiner(&ws[k - 2]))
        };
        let (_, verb) = ws.iter().enumerate().take(40).find(|&(k, w)| {
            w.span.end <= sentence.end
                && is_cue(w.text)
                && w.text.starts_with(char::is_lowercase)
                && !text[at..w.span.start].contains(['"', '“', '”', ';', ':'])
                && !noun_before(k)
        })?;
        // Or the name an apposition gives for the words before it: `"…," Rep. Tom Brown’s
        // chief of staff, Jane Smith, told`.
        let named = || {
            starting_in(referents, at, verb.span.start)
                .rev()
                .find(|&r| {
                    let span = referents[r].span;
                    text[span.end..verb.span.start].trim() == ","
                        && before_titles(&text[at..span.start]).ends_with(',')
                })
        };
        // Or the words after the quotation go on and a postposed verb names the speaker:
        // '"Many would call that a defeat" if she lost, said Ann Lee, an analyst.'
        if text[..verb.span.start].trim_end().ends_with(',')
            && ws
                .first()
                .is_some_and(|w| w.text.starts_with(char::is_lowercase))
            && starting_in(referents, at, verb.span.start)
                .all(|r| super::tagged::is_pronoun(referents[r].span.of(text)))
        {
            if let Some(ri) = speaker_after_verb(text, seg, referents, verb.span) {
                return Some((ri, Some(verb.span)));
            }
        }
        let Some(head) = apposition_head(text, seg, referents, sentence, verb.span) else {
            return named().map(|r| (r, Some(verb.span)));
        };
        let start = referents[head].span.start;
        return (start >= at
            && text[at..start]
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with(',')))
        .then_some((head, Some(verb.span)));
    };
    // The speaker between quote and verb: the last person named there ("Trump lawyer Marc
    // Kasowitz said" names Kasowitz).
    if k > 0 {
        // After a quoted sentence that ends with a full stop, a name and verb that go on are
        // the next sentence's ('"We need reform." Jane Smith said the law …'). (After a
        // partial quote that ends the writer's sentence, the next mostly goes on about its
        // speaker: 'he would be "talking to them." He noted …'.)
        // A verb that ends its sentence in a few words ('" Jane Smith said in a
        // statement.') still gives the quote before, punctuated as a sentence.
        let rest = &text[cue.end..seg.sentences[seg.sentence_index(cue.start)].end];
        let mut after = rest.split_whitespace();
        let ends_soon = after.clone().count() <= 4
            && !rest.contains([':', '"', '“', '”'])
            && after.next().is_none_or(|w| {
                let w = w.trim_end_matches(['.', ',']);
                w.is_empty() || w == "to" || super::postposed::AFTER_POSTPOSED_SPEAKER.contains(&w)
            });
        if full_stop && inner.starts_with(char::is_uppercase) && !ends_soon {
            return None;
        }
        if let Some(ri) = referents.iter().rposition(|r| {
            r.span.start >= at
                && r.span.end <= cue.start
                && !after_preposition(&text[at..r.span.start])
        }) {
            return Some((ri, Some(cue)));
        }
        // Something that is not a person stands there ("the campaign said").
        return None;
    }
    // A participle right after the quotation takes the subject of the sentence, not a name
    // after it: 'Lee blamed the delay on a "bad contract," claiming he had warned Hale' is
    // Lee's.
    if cue.of(text).ends_with("ing") {
        let sentence = seg.sentences[seg.sentence_index(q.outer.start)];
        return participle_subject(text, seg, referents, sentence, cue).map(|ri| (ri, Some(cue)));
    }
    speaker_after_verb(text, seg, referents, cue).map(|ri| (ri, Some(cue)))
}

/// The verb right after a quotation whose speaker it names without a name: `"…," said one
/// trader`, `"…," said an agency statement`, `"…," one delegate said`, `"…," it said`, in
/// the quotation's sentence and with no person named between.
/// (Asked when no one was found: a person named there speaks.)
pub(super) fn unnamed_after(
    text: &str,
    seg: &Segments,
    q: &Quote,
    referents: &[Referent],
) -> Option<Span> {
    let verb = verb_after(seg, q.outer)?;
    // Who is not named ([`indefinite`]). (Not "the …": "the
    // Frenchman said" mostly stands for the person named before.)
    let before =
        text[q.outer.end..verb.start].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let unnamed = match before.split_whitespace().next() {
        // "said one trader", "said an agency statement", "said a Fifa spokesman"; "said the
        // spokesman." when no one named has that job (else the words name them).
        None => {
            let mut after = text[verb.end..].split_whitespace();
            let sentence = seg.sentences[seg.sentence_index(verb.start)];
            let first = after.next();
            let the_unnamed = || {
                let mut rest = text[verb.end..sentence.end].split_whitespace();
                rest.next() == Some("the")
                    && rest.next().is_some_and(|n| {
                        crate::resolve::unnamed_noun(n.trim_end_matches(['.', ','])).is_some()
                            && n.ends_with(['.', ','])
                    })
                    && starting_in(referents, verb.end, sentence.end)
                        .all(|r| referents[r].people.is_empty())
            };
            first.is_some_and(indefinite)
                && (after
                    .next()
                    .is_some_and(|n| n.starts_with(char::is_lowercase))
                    || super::postposed::unnamed_after_verb(text, verb.end, sentence).is_some())
                || the_unnamed()
        }
        // "one delegate said", "it said".
        Some(first) => {
            (indefinite(first) || first == "it") && !before.contains([',', ';', ':', '"', '”'])
        }
    };
    (unnamed
        && starting_in(referents, q.outer.end, verb.start).all(|r| referents[r].people.is_empty()))
    .then_some(verb)
}

/// Verbs that tell who spoke only right after a quotation and its speaker's name ('"…," Ann
/// Lee answered'), and are no speech verbs elsewhere ("answered the door", "pressed the
/// button"): the name-tagging and attribution models do not read them as cues.
const AFTER_QUOTE_VERBS: &[&str] = &[
    "answered",
    "pressed",
    "deadpanned",
    "laughed",
    "sighed",
    "muttered",
    "snapped",
    "gushed",
    "teased",
    "repeated",
    "questioned",
    "chuckled",
    "smiled",
    "grinned",
    "shrugged",
    "chided",
    "scolded",
    "huffed",
    "griped",
    "mocked",
    "groaned",
    "reasoned",
    "reflected",
    "intoned",
    "ventured",
];

/// Whether the word at `k` is a verb of hitting with "back", a retort: `"…," Trump shot back`,
/// `fired back`, `hit back`.
fn retort(ws: &[crate::text::Word<'_>], k: usize) -> bool {
    matches!(
        ws[k].text,
        "shot" | "shoots" | "fired" | "fires" | "hit" | "hits" | "snapped" | "snaps" | "struck"
    ) && ws.get(k + 1).is_some_and(|w| w.text == "back")
}

/// The speaker named right after a speech verb: "said Trump", "said Del. Stacey Plaskett of
/// the Virgin Islands".
fn speaker_after_verb(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    cue: Span,
) -> Option<usize> {
    let si = seg.sentence_index(cue.start);
    let here = |r: &Referent, reach: usize| {
        r.span.start > cue.end
            && r.span.start < cue.end + reach
            && seg.sentence_index(r.span.start) == si
    };
    // "said its chairman, Sir Anthony Greener", "said the chairman of the committee, Labour MP
    // Barry Sheerman": a description, then the name in apposition, ending it.
    let apposed = |r: &Referent| {
        let gap = &text[cue.end..r.span.start];
        let Some((description, between)) = gap.split_once(',') else {
            return false;
        };
        let opener = description.split_whitespace().next().unwrap_or("");
        !gap.contains([';', '"', '“', '”', '('])
            && !between.contains(',')
            && (matches!(opener, "the" | "its" | "his" | "her" | "their")
                || opener.ends_with("'s")
                || opener.ends_with("’s"))
            && between
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && (text[r.span.end..].starts_with([',', '.', ';']) || r.span.end == text.len())
    };
    let mut ri = referents
        .iter()
        .position(|r| {
            here(r, 80) && !text[cue.end..r.span.start].contains([',', ';', '"', '“', '”'])
        })
        .or_else(|| referents.iter().position(|r| here(r, 160) && apposed(r)))?;
    // "said Cruz constituent Dan Golvach": the last name of the phrase; "said Clinton's
    // introducer, actress Jamie Lee Curtis": the name the possessive's noun stands for.
    while let Some(next) = referents.get(ri + 1) {
        let this = referents[ri].span;
        let gap = &text[this.end..next.span.start];
        let ok = if possessive(text, this) {
            gap.len() < 60
                && !gap.contains([';', '"', '“', '”', '.'])
                && gap.matches(',').count() <= 1
        } else {
            gap.len() < 40
                && !gap.contains([',', ';', '"', '“', '”', '(', '.'])
                && !gap.trim().is_empty()
                && gap.split_whitespace().all(|w| {
                    w.starts_with(char::is_alphabetic)
                        && !after_preposition(w)
                        && !matches!(w, "and" | "or" | "who" | "that" | "as" | "said" | "says")
                })
        };
        if !ok || seg.sentence_index(next.span.start) != si || seg.in_quote(next.span.start) {
            break;
        }
        ri += 1;
    }
    Some(ri)
}

/// The first referent after `at` (the words "according to") in `sentence`, within 80 bytes
/// and outside quotations: "according to Ann Lee", "according to the EOC.\n\nThe minister
/// told …" is the EOC's, not the minister's.
pub(super) fn named_after(
    seg: &Segments,
    referents: &[Referent],
    at: usize,
    sentence: Span,
) -> Option<usize> {
    referents.iter().position(|r| {
        r.span.start > at
            && r.span.start < (at + 80).min(sentence.end)
            && !seg.in_quote(r.span.start)
    })
}

/// The word "according" of "according to" right after a quotation and its comma, in the
/// sentence the quotation ends ('"…," according to Ann Lee.').
pub(super) fn according_after(text: &str, seg: &Segments, quote: Span) -> Option<Span> {
    let rest = &text[quote.end..];
    let at = quote.end + rest.len() - rest.trim_start_matches([',', ' ']).len();
    let ws = seg.words_in(Span::new(
        at,
        text.floor_char_boundary(text.len().min(at + 20)),
    ));
    (ws.len() >= 2
        && ws[0].span.start == at
        && ws[0].text == "according"
        && ws[1].text == "to"
        && seg.sentence_index(at) == seg.sentence_index(quote.end - 1))
    .then(|| ws[0].span)
}

/// The person signing at `at` in `para`: a dash, maybe other capitalised words of the
/// signature, then the name, alone on its line or with a place or description after a comma
/// ("― Jane Smith", "— Jane Smith, Ohio.").
fn signature(text: &str, referents: &[Referent], at: usize, para: Span) -> Option<usize> {
    let dashed = text[at..para.end].trim_start_matches(['―', '—', '–', '-', ' ', '\u{a0}']);
    if dashed.len() == text[at..para.end].len() {
        return None;
    }
    let sig = para.end - dashed.len();
    // The name may follow other capitalised words of the signature ("― Christina N Luis
    // Olidem" when only "Luis Olidem" is known as a name).
    let signed = |r: &Referent| {
        r.span.start >= sig
            && r.span.start < sig + 40
            && r.span.end <= para.end
            && text[sig..r.span.start]
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with([',', '.']))
    };
    let ri = starting_in(referents, sig, sig + 40).find(|&i| signed(&referents[i]))?;
    let after = text[referents[ri].span.end..para.end]
        .split('\n')
        .next()
        .unwrap_or("");
    (after.trim().trim_matches(['.', ',', '\u{a0}']).is_empty() || after.starts_with(','))
        .then_some(ri)
}

/// `He noted, "…"` / `…, telling ABC News, "…"`; for partial quotes, the subject before it.
pub(super) fn before_quote(
    text: &str,
    seg: &Segments,
    q: &Quote,
    referents: &[Referent],
    direct: bool,
) -> Option<(usize, Option<Span>)> {
    let sentence = seg.sentences[seg.sentence_index(q.outer.start)];
    let cue = cue_before(text, seg, q.outer.start, direct);
    if direct && cue.is_none() {
        return None;
    }
    let limit = cue.map_or(q.outer.start, |c| c.start);
    // "Mr Blair's official spokesman said", "A spokesman for Tom Hale said": the noun speaks,
    // not the person.
    // (Looked for once, when a candidate needs it.)
    let group = std::cell::OnceCell::new();
    let group = || *group.get_or_init(|| cue.and_then(|c| group_before(text, seg, c, q.inner)));
    let owns_subject = |span: Span| {
        cue.is_some()
            && (possessive(text, span)
                && !text[span.end..limit].contains([',', ';', '(', '—', '–'])
                && !text[span.end..limit].contains(" - ")
                || group().is_some_and(|g| {
                    g.covers(span)
                        && text[g.start..span.start]
                            .split_whitespace()
                            .any(|w| matches!(w, "for" | "of" | "to"))
                }))
    };
    // (Not someone inside a relative clause set off by commas before the verb: "Acme, whose
    // shoes are worn by Tom Hale, said" is Acme's.)
    let in_relative = |span: Span| in_set_off_relative(text, sentence, span, limit);
    let candidates = || {
        starting_in(referents, sentence.start, limit)
            .map(|i| (i, &referents[i]))
            .filter(move |(_, r)| {
                r.span.end <= limit && !seg.in_quote(r.span.start) && !in_relative(r.span)
            })
    };
    // A participle after a comma takes the sentence's subject: "Trump attacked Clinton for her
    // record, saying, "…"" is Trump's.
    // (The comma may close a quotation: 'that Tom Brown "had a plan," adding, "…"'.)
    let participle = cue.is_some_and(|c| {
        c.of(text).ends_with("ing")
            && text[..c.start]
                .trim_end()
                .trim_end_matches(['"', '\u{201d}'])
                .ends_with(',')
    });
    // A verb coordinated with the sentence's first ("Clinton stressed her support of the raid
    // that killed bin Laden and said: "…"") is its subject's.
    let coordinated = cue.is_some_and(|c| {
        let before = text[sentence.start..c.start].trim_end();
        before.ends_with(" and") || before.ends_with(" but")
    });
    // A participle after "and" and a participle of speech takes that one's subject: 'with
    // Tom Hale tweeting that it was a "disaster" and asking, "…?"' is Hale's.
    let and_participle = cue
        .filter(|c| {
            c.of(text).ends_with("ing")
                && text[sentence.start..c.start].trim_end().ends_with(" and")
        })
        .and_then(|c| {
            words_before(seg, sentence, c.start)
                .iter()
                .rev()
                .find(|w| {
                    !seg.in_quote(w.span.start)
                        && w.text.starts_with(char::is_lowercase)
                        && w.text.ends_with("ing")
                        && is_cue(w.text)
                })
                .map(|w| w.span)
        });
    if let Some(v) = and_participle.filter(|_| direct) {
        // (The name right before it, "with Tom Hale tweeting", else its sentence's subject.)
        let named = starting_in(referents, sentence.start, v.start)
            .filter(|&r| {
                !seg.in_quote(referents[r].span.start)
                    && text[referents[r].span.end.min(v.start)..v.start]
                        .trim()
                        .is_empty()
            })
            .next_back();
        if let Some(ri) = named.or_else(|| participle_subject(text, seg, referents, sentence, v)) {
            return Some((ri, cue));
        }
    }
    if direct && coordinated {
        // Past a clause opening the sentence ("When asked whom she supported, Ms. Sherry
        // smiled and said").
        let first_word = text[sentence.start..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let main = if SUBORDINATORS.contains(&first_word) {
            text[sentence.start..limit]
                .find(',')
                .map_or(limit, |c| sentence.start + c)
        } else {
            sentence.start
        };
        let subject = candidates()
            .find(|(_, r)| r.span.start >= main && subject_position(text, sentence, r.span));
        if let Some((ri, _)) = subject {
            return Some((ri, cue));
        }
    }
    // (A partial quote too, when a speech verb comes before the participle: 'Mr Blair has
    // failed, he claimed, saying he has the "wrong solution"' is the claimant's.)
    let reported = || cue.is_some_and(|c| earlier_cue(seg, sentence, c.start).is_some());
    if let (true, Some(c)) = (participle && (direct || reported()), cue) {
        if let Some(ri) = participle_subject(text, seg, referents, sentence, c) {
            return Some((ri, cue));
        }
    }
    if direct {
        // The person an apposition before the verb describes ('Jennifer Palmieri,
        // communications director for the Clinton campaign, said: "…"').
        if let Some(ri) = cue
            .and_then(|c| apposition_head(text, seg, referents, sentence, c))
            .filter(|&ri| !in_relative(referents[ri].span))
        {
            return Some((ri, cue));
        }
        // The last person before the verb who is no possessive or object ('Mr. Trump,
        // treating Mrs. Clinton's remark as a compliment, asserting, "…"').
        let subject = candidates()
            .rev()
            .find(|(_, r)| subject_position(text, sentence, r.span) && !owns_subject(r.span));
        // (Not the last person named when a group or someone unnamed is the verb's subject:
        // 'Asked about Sir Ian's comments, the prime minister's official spokesman said: "…"'
        // is the spokesman's.)
        let group_subject = || {
            cue.is_some_and(|c| {
                group().is_some_and(|g| {
                    g.end <= c.start
                        && matches!(text[g.end..c.start].trim(), "" | "has" | "had" | "have")
                })
            })
        };
        // (Nor, failing a subject, a name in a clause or a participle's phrase that opens
        // the sentence: 'Although there is no overlap with Tom Hale's team, an official said,
        // "…"', 'Commenting on Tom Hale, a banker told Reuters, "…"'.)
        let main = after_opening(text, sentence, limit, |w| {
            SUBORDINATORS.contains(&w) || w.len() > 5 && w.ends_with("ing")
        });
        return subject
            .or_else(|| {
                candidates().next_back().filter(|(_, r)| {
                    !owns_subject(r.span) && !group_subject() && r.span.start >= main
                })
            })
            .map(|(ri, _)| (ri, cue));
    }
    // A partial quote is the subject's: the own subject of the speech or calling verb before it
    // ('they said Mr. Buchanan called for a "culture war"', 'In South Carolina, Cruz said that
    // only one conservative "is in a position to win"'), else the first person of the sentence
    // who does not follow a preposition ('Cruz called Trump a "pathological liar"') and is no
    // possessive ('Mr. Trump's campaign chairman, Paul Manafort, dismissed it as "talking
    // points"').
    if let Some(ri) = cue.and_then(|c| subject_of(text, seg, referents, sentence, c)) {
        return Some((ri, cue));
    }
    // (The subject of a clause after ", while" or ", but" when the quote is in it: 'Lee
    // signed an order, while Hale proposed we "wake up"'.)
    let subject = candidates()
        .rev()
        .find(|(_, r)| opens_clause(&text[sentence.start..r.span.start]) && !owns_subject(r.span))
        .or_else(|| {
            candidates()
                .find(|(_, r)| subject_position(text, sentence, r.span) && !owns_subject(r.span))
        });
    subject
        .or_else(|| {
            candidates()
                .next_back()
                .filter(|(_, r)| !owns_subject(r.span))
        })
        .map(|(ri, _)| (ri, cue))
}

/// A quote that opens its paragraph after a lead-in paragraph ending in a colon:
/// `Caddell continued:` / `said the senator:` then `"…"` on its own.
pub(super) fn lead_in(
    text: &str,
    seg: &Segments,
    q: &Quote,
    referents: &[Referent],
) -> Option<(usize, Option<Span>)> {
    if seg.paragraphs[q.paragraph].start != q.outer.start {
        return None;
    }
    lead_in_speaker(text, seg, q.paragraph, referents)
}

/// The speaker of a lead-in paragraph ending in a colon before paragraph `para`, and its verb.
pub(super) fn lead_in_speaker(
    text: &str,
    seg: &Segments,
    para: usize,
    referents: &[Referent],
) -> Option<(usize, Option<Span>)> {
    let prev = seg.paragraphs[para.checked_sub(1)?];
    if !prev.of(text).trim_end().ends_with(':') {
        return None;
    }
    let sentence = seg.sentences[seg.sentence_index(prev.end.saturating_sub(1).max(prev.start))];
    let ws = seg.words_in(sentence);
    let outside = |i: &usize| !seg.in_quote(referents[*i].span.start);
    let Some(cue) = ws
        .iter()
        .rev()
        .find(|w| !seg.in_quote(w.span.start) && is_cue(w.text))
        .map(|w| w.span)
    else {
        // Without a speech verb, the one person the lead-in has for its subject, a verb
        // after the name: "When the moderators turned to snark, Cruz called them on it:".
        // (Not a name after a preposition or with "'s": "The statement from Ann Lee:",
        // "Tom Hale's reply:".)
        let mut people = starting_in(referents, sentence.start, sentence.end).filter(|&i| {
            let r = &referents[i];
            outside(&i)
                && !r.people.is_empty()
                && !possessive(text, r.span)
                && !after_preposition(&text[sentence.start..r.span.start])
        });
        let first = people.next()?;
        if people.any(|i| referents[i].people != referents[first].people) {
            return None;
        }
        let next = text
            .get(referents[first].span.end..prev.end)?
            .split_whitespace()
            .next()?;
        return next
            .starts_with(char::is_lowercase)
            .then_some((first, None));
    };
    starting_in(referents, sentence.start, cue.start)
        .rev()
        .find(outside)
        .or_else(|| starting_in(referents, cue.end, sentence.end).find(outside))
        .map(|ri| (ri, Some(cue)))
}

/// Whether quote `q` continues `prev` (said by `speaker`, or by a group when `None`): same
/// speaker, nobody else named in between, at most
/// the attribution sentence between them (or `q` opens the paragraph after `prev`'s).
pub(super) fn continues(
    text: &str,
    seg: &Segments,
    prev: &Quote,
    q: &Quote,
    referents: &[Referent],
    speaker: Option<usize>,
) -> bool {
    let between = Span::new(prev.outer.end, q.outer.start);
    // Another person named in between takes over, unless only as an object or possessive
    // ('said Caddell, speaking of Clinton’s health. "It is …"'), or after the speaker in the
    // sentence that gives the quote before to them, with no speech verb of their own ('said
    // Dave Lee, a one-time Cruz backer. "…"', '…," Lee said, suggesting it could help defeat
    // Donald Trump. "…"').
    let attribution = seg.sentences[seg.sentence_index(prev.outer.end - 1)];
    let speaker_named = speaker.and_then(|s| {
        starting_in(referents, between.start, between.end)
            .find(|&i| {
                attribution.contains(referents[i].span.start)
                    && referents[i].people == referents[s].people
            })
            .map(|i| referents[i].span.end)
    });
    let others = starting_in(referents, between.start, between.end)
        .map(|i| &referents[i])
        .filter(|r| {
            let line_start = text[..r.span.start].rfind('\n').map_or(0, |n| n + 1);
            !after_preposition(&text[line_start.max(between.start)..r.span.start])
                && !possessive(text, r.span)
                && !(speaker_named
                    .is_some_and(|end| r.span.start >= end && apart(&text[end..r.span.start]))
                    && attribution.contains(r.span.start)
                    && !text[r.span.end..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| is_cue(w.trim_end_matches([',', '.', ':']))))
        })
        .any(|r| speaker.is_none_or(|s| r.people != referents[s].people));
    if others {
        return false;
    }
    let sentences_between =
        seg.sentence_index(q.outer.start) - seg.sentence_index(prev.outer.start);
    let same_para = prev.paragraph == q.paragraph;
    let next_para = q.paragraph == prev.paragraph + 1
        && seg.paragraphs[q.paragraph].start == q.outer.start
        && text[prev.outer.end..seg.paragraphs[prev.paragraph].end]
            .trim()
            .len()
            < 80;
    (same_para && sentences_between <= 1) || next_para
}

/// Whether the words between a speaker and a later name set the name apart from the
/// speaker's own: a comma or dash ("Ann Lee, a one-time Brown backer"), a preposition ("Ann
/// Lee of brokers Brown & Co") or a speech verb ("Lee told radio host Tom Brown"); not "Acme
/// Ltd analyst Ann Lee", where a name the rules took for a person's runs on into the speaker's.
fn apart(gap: &str) -> bool {
    gap.contains([',', '—', '–'])
        || gap
            .split_whitespace()
            .any(|w| after_preposition(w) || is_cue(w))
}

/// The nearest resolved speaker before `pos` in its paragraph, outside quotes.
/// A subject is preferred to a possessive or an object ("Mr. Trump hardly clarified the
/// matter, treating Mrs. Clinton's remark as a compliment -- "…"").
pub(super) fn nearest_before(
    text: &str,
    seg: &Segments,
    pos: usize,
    referents: &[Referent],
) -> Option<usize> {
    let para = seg.paragraphs[seg.paragraph_index(pos)];
    let mut in_para = starting_in(referents, para.start, pos)
        .filter(|&i| referents[i].span.end <= pos && !referents[i].people.is_empty());
    // Not the subject of a clause inside the sentence ("Dr Fox was asked if he would say yes
    // if Lord Archer applied to rejoin. "I'm sure …"" is Fox's), nor someone told something
    // ("Ann Lee tells Tom Hale that she despaired. "…"" is Lee's): by the word before them.
    let subordinate_or_told = |span: Span| {
        before_titles(&text[..span.start])
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| {
                matches!(w, "if" | "whether" | "unless" | "because" | "although")
                    || super::verbs::TELL_VERBS.contains(&w)
            })
    };
    // (Nor the object of a verb: "Ann Lee supports Democrat Tom Hale in the race. "…"" is
    // Lee's.)
    let subject = in_para.clone().rev().find(|&i| {
        let span = referents[i].span;
        let sentence = seg.sentences[seg.sentence_index(span.start)];
        subject_position(text, sentence, span)
            && !subordinate_or_told(span)
            && !after_verb(&text[sentence.start..span.start])
    });
    subject.or_else(|| in_para.next_back())
}

/// A quotation that makes up a paragraph with nobody named for it, after a paragraph that
/// ends in someone's statement, is theirs: "Ann Lee said that the region mattered.", then
/// "“That is because it holds half the world.”" on its own. Sorted statements in, speakers
/// filled in place.
pub(super) fn continue_paragraph(text: &str, seg: &Segments, out: &mut [StatementMention]) {
    for k in 0..out.len() {
        let s = &out[k];
        if s.kind != QuoteKind::Direct
            || s.speaker.is_some()
            || s.group.is_some()
            || s.cue.is_some()
        {
            continue;
        }
        let p = seg.paragraph_index(s.span.start);
        let para = seg.paragraphs[p];
        let Some(q) = seg.quote_at(s.span.start) else {
            continue;
        };
        // The quotation opens its paragraph and runs to its end.
        if !text[para.start..q.outer.start].trim().is_empty()
            || !text[q.outer.end.min(para.end)..para.end].trim().is_empty()
            || p == 0
        {
            continue;
        }
        let previous = seg.paragraphs[p - 1];
        let last_sentence = seg.sentences[seg.sentence_index(previous.end.saturating_sub(1))];
        let before = out[..k]
            .iter()
            .rev()
            .take_while(|o| o.span.start >= previous.start)
            .find(|o| o.span.end <= previous.end);
        if let Some(b) = before.filter(|b| b.speaker.is_some() && b.span.end > last_sentence.start)
        {
            out[k].speaker = b.speaker;
        }
    }
}

/// A quotation that makes up a sentence with no verb of its own, right after a sentence of its
/// paragraph that ends in a person's reported speech, is that person's, not the one named
/// last: "Ann Lee tells Tom Hale that she despaired at his image. \"I used to sit on my
/// hands.\"" is Lee's. Sorted statements in, speakers set in place.
pub(super) fn continue_sentence(text: &str, seg: &Segments, out: &mut [StatementMention]) {
    for k in 0..out.len() {
        let s = &out[k];
        if s.kind != QuoteKind::Direct || s.group.is_some() || s.cue.is_some() {
            continue;
        }
        let Some(q) = seg.quote_at(s.span.start) else {
            continue;
        };
        let si = seg.sentence_index(q.outer.start);
        let sentence = seg.sentences[si];
        let last = seg.sentences[seg.sentence_index(q.outer.end.saturating_sub(1))];
        if si == 0
            || !text[sentence.start..q.outer.start].trim().is_empty()
            || !text[q.outer.end.min(last.end)..last.end].trim().is_empty()
        {
            continue;
        }
        let previous = seg.sentences[si - 1];
        if seg.paragraph_index(previous.start) != seg.paragraph_index(q.outer.start) {
            continue;
        }
        let before = out[..k]
            .iter()
            .rev()
            .take_while(|o| o.span.end > previous.start)
            .find(|o| {
                o.kind == QuoteKind::Indirect
                    && previous.contains(o.span.start)
                    && text[o.span.end..previous.end]
                        .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                        .is_empty()
            });
        if let Some(speaker) = before.and_then(|b| b.speaker) {
            out[k].speaker = Some(speaker);
        }
    }
}

/// Nouns for what someone says, proposes or decides, that a reported clause may follow:
/// "Trump's claim that …", "Mr. Obama's pledge to …".
static SAYING_NOUNS: crate::text::WordSet = crate::text::WordSet::new(&[
    "claim",
    "claims",
    "pledge",
    "assertion",
    "concern",
    "statement",
    "promise",
    "promises",
    "argument",
    "view",
    "belief",
    "insistence",
    "suggestion",
    "warning",
    "call",
    "proposal",
    "vow",
    "comments",
    "remarks",
    "contention",
    "prediction",
    "threat",
    "demand",
    "decision",
    "plan",
    "accusation",
    "allegation",
    "admission",
    "denial",
    "refusal",
    "announcement",
]);

/// Reported speech right after a person's noun of saying is that person's, whoever the
/// sentence's subject: "Pence blamed the media for Donald Trump's claim that Obama founded
/// ISIS", "the concerns go beyond Trump's pledge to be neutral". Sorted statements in,
/// speakers set in place.
pub(super) fn possessive_noun(
    seg: &Segments,
    referents: &[Referent],
    out: &mut [StatementMention],
) {
    for s in out.iter_mut().filter(|s| s.kind == QuoteKind::Indirect) {
        let sentence = seg.sentences[seg.sentence_index(s.span.start)];
        let ws = words_before(seg, sentence, s.span.start);
        let mut k = ws.len();
        // "that", "to", "for", "of" may open the clause or stand before it.
        if k > 0 && matches!(ws[k - 1].text, "that" | "to" | "for" | "of") {
            k -= 1;
        }
        let Some(noun) = k
            .checked_sub(1)
            .filter(|&n| SAYING_NOUNS.contains(ws[n].text))
        else {
            continue;
        };
        // Up to two words between the possessive and its noun: "Trump's controversial pledge".
        let Some(owner) = (noun.saturating_sub(3)..noun)
            .rev()
            .find(|&i| ws[i].possessive)
        else {
            continue;
        };
        // (The first word after the possessive follows its "'s", not white space alone.)
        if ws[owner + 1..noun]
            .iter()
            .any(|w| !w.text.starts_with(char::is_lowercase))
            || ws[owner + 2..=noun].iter().any(|w| !w.joined)
        {
            continue;
        }
        let end = ws[owner].span.end;
        if let Some(r) = starting_in(referents, sentence.start, end)
            .rev()
            .find(|&r| referents[r].span.end == end && !referents[r].people.is_empty())
        {
            s.speaker = Some(r);
            s.group = None;
        }
    }
}

/// A partial quote with no speaker of its own inside reported speech is the reporter's
/// speaker's: 'Demonstrators said they want "justice for Terrence"'.
pub(super) fn inherit_reported(out: &mut [StatementMention]) {
    let mut reported: Vec<usize> = (0..out.len())
        .filter(|&i| {
            out[i].kind == QuoteKind::Indirect
                && (out[i].speaker.is_some() || out[i].group.is_some())
        })
        .collect();
    reported.sort_by_key(|&i| out[i].span.start);
    for p in 0..out.len() {
        if out[p].kind != QuoteKind::Partial || out[p].speaker.is_some() || out[p].group.is_some() {
            continue;
        }
        let k = reported.partition_point(|&i| out[i].span.start <= out[p].span.start);
        if let Some(&r) = k.checked_sub(1).map(|k| &reported[k]) {
            if out[p].span.start < out[r].span.end {
                out[p] = StatementMention {
                    span: out[p].span,
                    kind: QuoteKind::Partial,
                    ..out[r].clone()
                };
            }
        }
    }
}
