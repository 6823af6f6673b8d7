//! Quotation marks to statements: direct and partial quotes, block quotations after a lead-in
//! ending in a colon, and the turns of interview transcripts ("PENCE: …").

use super::clause::*;
use super::groups::group_before;
use super::speakers::*;
use super::subjects::*;
use crate::resolve::{Person, Referent};
use crate::segment::{Quote, Segments, Span};

/// The statements that quotation marks enclose, appended to `out` (which holds the transcript
/// turns found before, in text order): each quote's kind, words and speaker.
pub(super) fn quotations(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    out: &mut Vec<StatementMention>,
) {
    // Transcript paragraphs, in text order (the quotes found below come after them in `out`).
    let transcripts: Vec<usize> = out.iter().map(|s| s.span.start).collect();
    let mut last_quote: Option<(usize, Option<usize>)> = None; // (quote index, statement index)
    for (qi, q) in seg.quotes.iter().enumerate() {
        let inner = trim_span(text, q.inner);
        if inner.start >= inner.end {
            continue;
        }
        let inner_text = inner.of(text);
        let next_transcript = transcripts.partition_point(|&t| t < inner.start);
        if transcripts
            .get(next_transcript)
            .is_some_and(|&t| inner.contains(t) && t - inner.start < 40)
        {
            continue; // a transcript paragraph, found as such
        }
        let n_words = inner_text.split_whitespace().count();
        let sentence = seg.sentences[seg.sentence_index(q.outer.start)];
        let before = text[sentence.start..q.outer.start].trim_end();
        let direct = inner_text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && (before.is_empty() || before.ends_with([',', ':', '-', '—', '–']) || !q.closed);
        if seg.headline().is_some_and(|h| h.contains(q.outer.start)) {
            continue;
        }
        if named_in_quotes(before) {
            continue;
        }
        // A single quoted word is mostly a scare quote ("the nuclear option"), not a statement,
        // unless a speech or calling verb before it in its sentence gives it to someone ('he
        // called the plan "disgraceful"', 'said he was "delighted"'), or one after the words
        // around it reports them ('Mr Lee had been "hurt", he added').
        let one_word = !direct && n_words < 2;
        // (Read once a quotation: whether a verb of speech after it ends its sentence.)
        let said_after = std::cell::OnceCell::new();
        let postposed =
            || *said_after.get_or_init(|| postposed_cue_after(text, seg, sentence, q.outer.end));
        if one_word && cue_before(text, seg, q.outer.start, false).is_none() && !postposed() {
            continue;
        }
        // "Miss Piggy", "Fox News Sunday": a name or title in quotation marks, not a statement.
        let title_case = inner_text
            .split_whitespace()
            .filter(|w| {
                !matches!(
                    *w,
                    "of" | "the"
                        | "and"
                        | "a"
                        | "an"
                        | "in"
                        | "on"
                        | "for"
                        | "to"
                        | "with"
                        | "from"
                        | "at"
                        | "by"
                        | "or"
                        | "vs."
                )
            })
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        // A title in a writer's sentence; a direct quote of several words ends like a sentence
        // ("Make Your Kid a Millionaire," is a book).
        let sentence_end = inner_text
            .trim_end()
            .ends_with(['.', '!', '?', '—', '-', '…']);
        // Opening a sentence, with a person and a speech verb right after, they are words, not
        // a title: '"Like Oakland," Trump said.' (not 'In his book, "Make Your Kid a
        // Millionaire," Mr. Lee suggested').
        if title_case
            && (!direct || n_words > 1 && !sentence_end)
            && !(direct
                && before.is_empty()
                && inner_text.ends_with(',')
                && after_quote(text, seg, q, referents)
                    .is_some_and(|(r, _)| !referents[r].people.is_empty()))
        {
            continue;
        }
        let kind = if direct {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        };
        // 'Clinton called his supporters "deplorables"': what was said is the whole object.
        let inner = match kind {
            // (With its closing mark, as the opening one is inside: 'him a "loser."'.)
            QuoteKind::Partial => called_object(text, seg, sentence, q).map_or(inner, |start| {
                let end = if seg.in_quote(start) {
                    inner.end
                } else {
                    q.outer.end
                };
                Span::new(start, end)
            }),
            _ => inner,
        };
        // (For a partial quote: no speech verb before it in its sentence.)
        let uncued = !direct && cue_before(text, seg, q.outer.start, false).is_none();
        let mut found = if direct {
            before_quote(text, seg, q, referents, true)
                .or_else(|| after_quote(text, seg, q, referents))
                .or_else(|| lead_in(text, seg, q, referents))
        } else if uncued && (inner_text.ends_with(',') || text[q.outer.end..].starts_with(',')) {
            // 'Clinton "is the only candidate …," said Gen. Newton': the verb after the comma
            // names the speaker, not the subject inside the sentence.
            after_quote(text, seg, q, referents)
                .or_else(|| before_quote(text, seg, q, referents, false))
        } else if uncued && postposed() {
            // 'Mr Blair has "the same passion" as in 1997, he said.': the speaker of the words
            // around it, not the subject inside them ([`super::speakers::inherit_reported`]).
            None
        } else {
            before_quote(text, seg, q, referents, false)
                .or_else(|| after_quote(text, seg, q, referents))
        };
        // 'Trump was asked, "What …?"': the question is put to him by someone unnamed.
        let asked = direct
            .then(|| {
                words_before(seg, sentence, q.outer.start)
                    .last()
                    .map(|w| w.span)
            })
            .flatten()
            .filter(|&w| text[w.end..q.outer.start].trim().len() <= 1 && addressed(text, w));
        if asked.is_some() {
            found = None;
        }
        // (Nor a person found for it: then a verb of speech before it may report words around
        // it, which keep it, or not ([`super::one_word_alone`]).)
        // (Likewise a verb of speech after the words around it: 'Mr Lee had been "hurt", he
        // added.')
        if one_word
            && found.is_none_or(|(r, _)| referents[r].people.is_empty())
            && cue_before(text, seg, q.outer.start, false).is_none_or(|c| !is_cue(c.of(text)))
            && !(uncued && postposed())
        {
            continue;
        }
        // A quote that an organisation or group speaks ("“…,” Zero Hedge said") keeps its verb
        // for the group found below.
        // So does one a group introduces ('Mr Blair's official spokesman said: "…"').
        let group_cue = if asked.is_some() {
            asked
        } else if found.is_none() && direct {
            verb_after(seg, q.outer)
                .filter(|&v| {
                    !text[q.outer.end..v.start].contains(['.', ';', '"', '“', '”', '\n'])
                        && seg.sentence_index(v.start) == seg.sentence_index(q.outer.end - 1)
                        && group_before(text, seg, v, inner).is_some()
                })
                .or_else(|| {
                    cue_before(text, seg, q.outer.start, true).filter(|&c| {
                        group_before(text, seg, c, inner).is_some() || thing_speaks(text, seg, c)
                    })
                })
                .or_else(|| according_after(text, seg, q.outer))
                // ('"…," said one trader': someone unnamed, not the person named before.)
                .or_else(|| unnamed_after(text, seg, q, referents))
        } else if found.is_none() {
            // 'Protesters chanted "What curfew?"': the verb right before a partial quote.
            cue_before(text, seg, q.outer.start, false)
                .filter(|c| text[c.end..q.outer.start].trim().is_empty())
                .or_else(|| according_after(text, seg, q.outer))
        } else {
            None
        };
        // A quote with no speaker of its own continues the one before it (not a partial quote
        // after a speech verb in its sentence, whose subject is someone unnamed: 'One dealer
        // told Reuters sales were "not what people had hoped for"').
        let mut inherited = None;
        if found.is_none() && group_cue.is_none() && (direct || uncued) {
            if let Some((pq, Some(ps))) = last_quote {
                if continues(text, seg, &seg.quotes[pq], q, referents, out[ps].speaker) {
                    inherited = Some(ps);
                }
            }
        }
        // Any other direct quote takes the person named last before it.
        if found.is_none() && inherited.is_none() && group_cue.is_none() && direct {
            // (A description of someone: the person who opens a sentence before, in the
            // paragraph: "Gardener clocked 6.56 seconds, ahead of Marc Blume, who … The world
            // indoor champion said: …" is Gardener.)
            let cue = cue_before(text, seg, q.outer.start, true).filter(|&c| described(seg, c));
            found = match cue {
                Some(c) => {
                    let para = seg.paragraphs[seg.paragraph_index(c.start)];
                    starting_in(referents, para.start, c.start)
                        .rev()
                        .find(|&r| {
                            let span = referents[r].span;
                            let s = seg.sentences[seg.sentence_index(span.start)];
                            !referents[r].people.is_empty()
                                && !seg.in_quote(span.start)
                                && before_titles(&text[s.start..span.start]).trim().is_empty()
                        })
                        .map(|r| (r, Some(c)))
                }
                None => nearest_before(text, seg, q.outer.start, referents).map(|r| (r, None)),
            };
        }
        let st = match (found, inherited) {
            (Some((speaker, cue)), _) => {
                let (medium, audience) = setting(
                    text,
                    seg,
                    referents,
                    speaker,
                    cue.map_or(q.outer.start, |c| c.start),
                );
                StatementMention {
                    span: inner,
                    kind,
                    speaker: Some(speaker),
                    group: None,
                    cue,
                    medium,
                    audience,
                    source: None,
                }
            }
            (None, Some(ps)) => StatementMention {
                span: inner,
                kind,
                ..out[ps].clone()
            },
            (None, None) => StatementMention {
                cue: group_cue,
                ..StatementMention::said(inner, kind, None)
            },
        };
        let has_speaker = st.speaker.is_some() || st.cue.is_some();
        out.push(st);
        last_quote = Some((qi, has_speaker.then_some(out.len() - 1)));
    }
}

/// Whether the verb at `cue` has a subject that is no person: "it" or a common noun right
/// before it ('In a statement, it said: "…"', 'her birth mother told her: "…"', 'The
/// communiqué stressed: "…"'), adverbs and auxiliaries aside.
fn thing_speaks(text: &str, seg: &Segments, cue: Span) -> bool {
    let Some((ws, k)) = subject_words(seg, cue) else {
        return false;
    };
    let Some(w) = k.checked_sub(1).map(|k| &ws[k]) else {
        return false;
    };
    let next = ws[k].span.start;
    text[w.span.end..next].trim().is_empty()
        && w.text.chars().all(|c| c.is_lowercase())
        && !described_in(&ws, k)
        && !matches!(
            w.text,
            "he" | "she" | "they" | "we" | "i" | "you" | "who" | "and" | "but" | "or" | "then"
        )
}

/// The words of the sentence up to the verb at `cue`, and where the adverbs and auxiliaries
/// before the verb start (the subject ends right before).
fn subject_words<'a>(seg: &'a Segments, cue: Span) -> Option<(Vec<crate::text::Word<'a>>, usize)> {
    let sentence = seg.sentences[seg.sentence_index(cue.start)];
    let ws = seg.words_in(Span::new(sentence.start, cue.end));
    let i = ws.iter().rposition(|w| w.span.start == cue.start)?;
    let k = verb_gap_start(&ws, i);
    Some((ws, k))
}

/// Whether the subject of the verb at `cue` is a description opening its sentence that ends
/// in a noun for what a person is ("The double Olympic champion said: …"): someone the article
/// has named, as "The 34-year-old said" is.
fn described(seg: &Segments, cue: Span) -> bool {
    subject_words(seg, cue).is_some_and(|(ws, k)| described_in(&ws, k))
}

/// [`described`] for the sentence's words `ws`, the subject ending before `ws[k]`.
fn described_in(ws: &[crate::text::Word<'_>], k: usize) -> bool {
    k.checked_sub(1).is_some_and(|n| {
        ROLE_NOUNS.contains(ws[n].text)
            && ws.first().is_some_and(|f| f.text == "The")
            && ws[1..n].iter().all(|w| w.joined)
    })
}

/// Nouns for what a person named in the article is, that a description opening a sentence
/// ends in ("The double Olympic champion", "The England striker"): sportspeople and
/// performers, whom news describes so after naming them.
static ROLE_NOUNS: crate::text::WordSet = crate::text::WordSet::new(&[
    "champion",
    "striker",
    "midfielder",
    "defender",
    "winger",
    "goalkeeper",
    "keeper",
    "captain",
    "forward",
    "batsman",
    "bowler",
    "sprinter",
    "athlete",
    "player",
    "star",
    "singer",
    "actor",
    "actress",
    "rapper",
    "veteran",
    "youngster",
    "winner",
    "runner",
    "boxer",
    "golfer",
    "skipper",
]);

/// For a short partial quote after a calling verb in its sentence ('called half of his
/// supporters "deplorables"'), where the verb's object starts: the statement is the whole
/// object, as the quoted words alone say little.
pub(super) fn called_object(
    text: &str,
    seg: &Segments,
    sentence: Span,
    q: &Quote,
) -> Option<usize> {
    // A longer quotation stands on its own: 'called for peace "in the air, at sea"'.
    if q.inner.of(text).split_whitespace().count() > 3 {
        return None;
    }
    let ws = words_before(seg, sentence, q.outer.start);
    let n = ws.len();
    let from = n.saturating_sub(30);
    let v = (from..n)
        .rev()
        .find(|&i| CALLING_VERBS.contains(&ws[i].text))?;
    // Quotations in between must form a list with this one ('a "liar" who is "amoral," a
    // "bully" and a "narcissist"'); words outside them may not break the clause.
    let after_verb = seg
        .quotes
        .partition_point(|o| o.outer.start <= ws[v].span.end);
    let between: Vec<&Quote> = seg.quotes[after_verb..]
        .iter()
        .take_while(|o| o.outer.start < q.outer.start)
        .filter(|o| o.outer.end <= q.outer.start)
        .collect();
    let list_glue = |gap: &str| {
        gap.split(|c: char| c.is_whitespace() || c == ',').all(|w| {
            matches!(
                w,
                "" | "a" | "an" | "and" | "or" | "who" | "is" | "was" | "as"
            )
        })
    };
    let gaps_ok = between
        .windows(2)
        .map(|p| (p[0].outer.end, p[1].outer.start))
        .chain(between.last().map(|l| (l.outer.end, q.outer.start)))
        .all(|(a, b)| list_glue(&text[a..b]));
    let words_before_list = between.first().map_or(q.outer.start, |f| f.outer.start);
    let object: Vec<_> = ws[v + 1..]
        .iter()
        .filter(|w| w.span.end <= words_before_list)
        .collect();
    // Not a call for something ('rejected calls to "pause" it', 'called for a "new deal"'),
    // nor a reason after the object ('praised his minister for an "excellent job"'): the
    // quotation alone.
    let calling_for = ws[v].text.starts_with("call")
        && object
            .first()
            .is_some_and(|w| matches!(w.text, "to" | "for" | "on"));
    let reason = object
        .iter()
        .skip(1)
        .any(|w| matches!(w.text, "for" | "over" | "on" | "about" | "with" | "in"));
    if !gaps_ok
        || calling_for
        || reason
        || object.len() > 10
        || object
            .iter()
            .any(|w| matches!(w.text, "and" | "but" | "said" | "says" | "who" | "which"))
    {
        return None;
    }
    let mut first = v + 1;
    if ws
        .get(first)
        .is_some_and(|w| matches!(w.text, "as" | "to" | "for"))
        && first + 1 < n
    {
        first += 1;
    }
    Some(ws.get(first).map_or(q.inner.start, |w| w.span.start))
}

/// Whether the words `before` a quotation (its sentence up to the opening mark) give it as a
/// name, not as words said: "The chosen name, "Brightfizz", …", "known as 'the iron lady'",
/// "Dubbed 'le cost killer'", "the so-called "dodgy dossier"", "the slogan "Forward"". (Not a
/// name someone gives: 'Lee dubbed the plan "a farce"' is Lee's.)
fn named_in_quotes(before: &str) -> bool {
    let mut words = before
        .trim_end_matches([',', ' '])
        .rsplit(|c: char| c.is_whitespace())
        .map(crate::text::lowercase);
    let Some(last) = words.next() else {
        return false;
    };
    let previous = words.next();
    match last.as_ref() {
        // (Not "the term": 'used the term "superpredator"' gives someone's words.)
        "name" | "nicknamed" | "codenamed" | "code-named" | "entitled" | "titled" | "slogan"
        | "motto" | "so-called" => true,
        "as" => previous.as_deref() == Some("known"),
        // A participle opening the sentence or after a verb "be": passive, no one's words.
        "dubbed" => previous
            .is_none_or(|p| matches!(p.as_ref(), "is" | "was" | "are" | "were" | "been" | "being")),
        _ => false,
    }
}

/// Interview transcripts: a paragraph "PENCE: Gennifer Flowers will not be attending …" is a
/// direct statement by the person whose name the label spells.
pub(super) fn transcript(
    text: &str,
    seg: &Segments,
    people: &[Person],
    referents: &[Referent],
) -> Vec<StatementMention> {
    let mut out = Vec::new();
    let labels = &seg.labels;
    for (li, l) in labels.iter().enumerate() {
        let label = crate::text::fold(l.label.of(text));
        let Some(person) = people.iter().position(|x| {
            let name = crate::text::fold(&x.name);
            name == label || name.rsplit(' ').next() == Some(label.as_str())
        }) else {
            continue;
        };
        // The label itself, else any mention of the person.
        let Some(ri) = referents
            .iter()
            .position(|r| r.span == l.label)
            .or_else(|| referents.iter().position(|r| r.people == [person]))
        else {
            continue;
        };
        let mut turn = |start: usize, end: usize| {
            // The turn's words without quotation marks around them (`PENCE: “No.”`).
            let opened = &text[start..end];
            let start = end - opened.trim_start_matches(['"', '“', ' ']).len();
            let body = &text[start..end];
            let end = end - (body.len() - body.trim_end_matches(['"', '”', ' ', '\u{a0}']).len());
            if start < end {
                out.push(StatementMention::said(
                    Span::new(start, end),
                    QuoteKind::Direct,
                    Some(ri),
                ));
            }
        };
        turn(l.said.start, seg.paragraphs[l.paragraph].end);
        // A turn over several paragraphs: each opens with a quotation mark and no label, up to
        // the next label ('"PENCE: Well, …' then '"But the truth is …').
        let next_label = labels
            .get(li + 1)
            .map_or(seg.paragraphs.len(), |n| n.paragraph);
        let opened = |p: Span| text[p.start..p.end].starts_with(['"', '“']);
        if !opened(seg.paragraphs[l.paragraph]) {
            continue;
        }
        for p in &seg.paragraphs[l.paragraph + 1..next_label] {
            let body = p.of(text);
            let inner = body.trim_start_matches(['"', '“']).trim_start();
            if !opened(*p) || inner.starts_with('(') {
                break;
            }
            turn(p.end - inner.len(), p.end);
        }
    }
    out
}

/// A headline that names its speaker before a colon ("Issa: Hillary Clinton's ‘Honesty Is
/// In Question.’", "Bill Clinton: Hillary ‘Better Qualified …’"): the words after the colon
/// are that person's, a direct statement when they are one quotation, else reported. The
/// headline is the article's first paragraph, one line of at most 30 words before more
/// paragraphs; the label ends with a person's name ("Former AG Mukasey:"), not a word of the
/// news desk ("The Latest:", "Poll:"), a group or someone the article does not name.
pub(super) fn headline_label(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    out: &mut Vec<StatementMention>,
) {
    let Some(&first) = seg.paragraphs.first() else {
        return;
    };
    let line = first.of(text);
    if seg.paragraphs.len() < 2 || line.contains('\n') || line.split_whitespace().count() > 30 {
        return;
    }
    let Some(colon) = line.find(": ") else {
        return;
    };
    let label_end = first.start + colon;
    if line[..colon].contains(['"', '“', '”', '‘']) {
        return;
    }
    // (The name may have its audience or place after it, up to three capitalised words:
    // "Clinton to Planned Parenthood:", "Former AG Mukasey at RNC:".)
    let ends_label = |r: &Referent| {
        r.span.end == label_end
            || text[r.span.end..label_end]
                .trim_start()
                .split_once(' ')
                .is_some_and(|(p, rest)| {
                    matches!(p, "to" | "at")
                        && (1..=3).contains(&rest.split_whitespace().count())
                        && rest
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))
                })
    };
    let Some(ri) = referents.iter().position(|r| {
        first.contains(r.span.start)
            && r.span.end <= label_end
            && ends_label(r)
            && r.people.len() == 1
    }) else {
        finding_label(text, seg, first, colon, out);
        return;
    };
    // The name, perhaps after up to three words of its titles ("Former AG Mukasey", "Dr. Ben
    // Carson"; not "Donald Trump Praises Breitbart's Political Editor Matthew Boyle:"): no one else
    // ("Carly Fiorina Endorses Ted Cruz:"), no preposition or conjunction ("CNN President On
    // Trump:"), and someone the article names again below the headline ("Tuesday's Morning
    // Email:" is no one).
    let person = &referents[ri].people;
    let before = &text[first.start..referents[ri].span.start];
    if referents
        .iter()
        .any(|r| r.span.end <= referents[ri].span.start && first.contains(r.span.start))
        || before.split_whitespace().count() > 3
        || before
            .split_whitespace()
            .any(|w| NOT_IN_LABEL.contains(&crate::text::lowercase(w).as_ref()))
        || !referents
            .iter()
            .any(|r| r.people == *person && r.span.start >= first.end)
    {
        return;
    }
    let span = trim_span(text, Span::new(label_end + 2, first.end));
    if span.start == span.end {
        return;
    }
    // What someone says: a quotation or a clause ("Ted Cruz: Constitutional conservative or
    // another typical career politician?", "Arthur Hailey: King of the bestsellers" name
    // whom the article is about).
    let words = span.of(text);
    let quoted =
        words.contains(['"', '“', '”', '‘']) || words.starts_with('\'') || words.contains(" '");
    if !quoted && !headline_clause(words) {
        return;
    }
    // A quotation that is all the headline says: its words, direct.
    let whole = seg
        .quotes
        .iter()
        .find(|q| q.outer.start == span.start && text[q.outer.end..span.end].trim().len() <= 1);
    if let Some(q) = whole {
        if let Some(s) = out.iter_mut().find(|s| s.span == q.inner) {
            s.kind = QuoteKind::Direct;
            s.speaker = Some(ri);
            s.group = None;
            return;
        }
    }
    out.retain(|s| !(s.kind == QuoteKind::Indirect && span.contains(s.span.start)));
    let kind = if whole.is_some() {
        QuoteKind::Direct
    } else {
        QuoteKind::Indirect
    };
    out.push(StatementMention::said(
        whole.map_or(span, |q| q.inner),
        kind,
        Some(ri),
    ));
}

/// Whether a headline's words hold a verb: one [`super::tagged::has_verb`] knows, or a word in
/// "-s" after a noun or a name, a verb in the present as headlines write it ("Clinton email
/// scandal disqualifies her", "Trump Ties Clinton"; not "King of the bestsellers").
fn headline_clause(words: &str) -> bool {
    use super::tagged::bare_word;
    if super::tagged::has_verb(words) {
        return true;
    }
    let ws: Vec<std::borrow::Cow<'_, str>> = words.split_whitespace().map(bare_word).collect();
    ws.windows(2).any(|p| {
        let (before, w) = (p[0].as_ref(), p[1].as_ref());
        present_form(w)
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && !is_determiner(before)
            && !after_preposition(before)
            && !before.chars().all(|c| c.is_ascii_digit())
    })
}

/// A headline whose label before the colon is a poll, a survey, a study or a report ("Poll:
/// Trump and Clinton hold narrow leads in Pennsylvania", "IG report: …"): the words after it
/// are its finding ([`super::findings`]), reported with the label for its group.
fn finding_label(
    text: &str,
    seg: &Segments,
    first: Span,
    colon: usize,
    out: &mut Vec<StatementMention>,
) {
    let label = Span::new(first.start, first.start + colon);
    let words: Vec<&str> = label.of(text).split_whitespace().collect();
    let noun = words.last().map(|w| crate::text::lowercase(w));
    // (Not a genre's label: "Analysis: No pain, no gain?".)
    if words.len() > 3
        || !noun
            .is_some_and(|n| matches!(n.as_ref(), "poll" | "polls" | "survey" | "study" | "report"))
    {
        return;
    }
    let span = trim_span(text, Span::new(label.end + 2, first.end));
    let said = span.of(text);
    if span.start == span.end
        || said.split_whitespace().count() < 3
        || seg.quotes.iter().any(|q| span.contains(q.outer.start))
    {
        return;
    }
    out.retain(|s| !(s.kind == QuoteKind::Indirect && span.contains(s.span.start)));
    out.push(StatementMention {
        group: Some(label),
        ..StatementMention::said(span, QuoteKind::Indirect, None)
    });
}

/// Words that tell a headline's label is no speaker's name and titles: prepositions and
/// conjunctions ("CNN President On Trump:", "Clinton and Sanders:").
const NOT_IN_LABEL: &[&str] = &[
    "on", "to", "at", "for", "with", "about", "against", "of", "by", "from", "in", "over", "after",
    "and", "or", "vs", "vs.",
];

/// A paragraph without quotation marks after a lead-in paragraph ending in a colon
/// (`Limbaugh added:` then the words on their own): a block quotation, the lead-in's speaker's.
pub(super) fn block_quotes(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    out: &mut Vec<StatementMention>,
) {
    for (i, para) in seg.paragraphs.iter().enumerate().skip(1) {
        let words = para.of(text).trim();
        let previous = seg.paragraphs[i - 1].of(text).trim_end();
        if !previous.ends_with(':')
            || words.is_empty()
            || words.ends_with(':')
            || words.starts_with(['"', '“', '‘', '\'', '«', '„'])
            || seg
                .labels
                .iter()
                .any(|l| l.paragraph == i || l.paragraph == i - 1)
            || out.iter().any(|s| para.contains(s.span.start))
        {
            continue;
        }
        // Words of a sentence or more ("6:01 p.m." or a bare link is none).
        let prose = words.split_whitespace().count() >= 6
            && words.ends_with(['.', '!', '?', '…', '”', '"'])
            && !words.contains(['<', '@']);
        if !prose {
            continue;
        }
        let Some((speaker, cue)) = lead_in_speaker(text, seg, i, referents) else {
            continue;
        };
        // The verb closes the lead-in ("Limbaugh added:", "he said in a statement:").
        let Some(cue) = cue.filter(|c| {
            text[c.end..]
                .split(':')
                .next()
                .is_some_and(|rest| rest.split_whitespace().count() <= 4)
        }) else {
            continue;
        };
        let (medium, audience) = setting(text, seg, referents, speaker, cue.start);
        out.push(StatementMention {
            span: trim_span(text, *para),
            kind: QuoteKind::Direct,
            speaker: Some(speaker),
            group: None,
            cue: Some(cue),
            medium,
            audience,
            source: None,
        });
    }
}

/// Whether a speech verb after a comma follows byte `at` in `sentence`, near its end, after
/// the words it reports: "…, he said.", "…, Mr Lee told the BBC.". (None follows a quotation
/// that runs past its sentence's end.)
fn postposed_cue_after(text: &str, seg: &Segments, sentence: Span, at: usize) -> bool {
    let Some(comma) = text.get(at..sentence.end).and_then(|t| t.rfind(", ")) else {
        return false;
    };
    let tail = seg.words_in(Span::new(at + comma, sentence.end));
    tail.len() <= 8
        && tail
            .iter()
            .take(4)
            .any(|w| w.text.starts_with(char::is_lowercase) && is_cue(w.text))
}
