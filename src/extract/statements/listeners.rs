//! Who was told: the listener after a verb of telling ("told reporters", "told BBC Radio 4's
//! Today programme", "told a meeting of the party"), past which the words reported begin.

use super::verbs::*;

/// Whether `ws[k]` goes on with the name of a listener after the verb at `ws[i]`: joined to
/// the word before it, or after a possessive inside the name ("Radio Four's Today", "BBC
/// Radio 4's Today").
pub(super) fn joined_in_name(ws: &[crate::text::Word<'_>], i: usize, k: usize) -> bool {
    ws[k].joined
        || k > i + 1
            && ws[k - 1].possessive
            && (ws[k - 1].is_capitalized() || is_number(ws[k - 1].text))
}

/// Whether a word is a number written in digits ("4" of "Radio 4").
fn is_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
}

/// Where the clause after the cue at `ws[i]` may start: past the listener of a verb of
/// telling ("told reporters he would …", "told the BBC Mr Lee was …"), else right after the
/// verb; none when a verb of telling is followed by no listener this reads.
pub(super) fn after_listener(ws: &[crate::text::Word<'_>], i: usize, lower: &str) -> Option<usize> {
    let mut j = i + 1;
    if TELL_VERBS.contains(&lower) {
        if ws.get(j).is_some_and(|n| n.is_capitalized()) {
            // (A number inside a name: "BBC Radio 4's Today", "Radio 5 Live", "Channel 4".)
            let numbered = |k: usize| {
                is_number(ws[k].text)
                    && ws[k - 1].is_capitalized()
                    && (ws[k].possessive || ws.get(k + 1).is_some_and(|n| n.is_capitalized()))
            };
            let joined = |k: usize| joined_in_name(ws, i, k);
            while ws
                .get(j)
                .is_some_and(|n| (n.is_capitalized() || numbered(j)) && joined(j))
            {
                j += 1;
            }
            // "told BBC Radio Four's Today programme the …", "told Britain's ITV television
            // station …", "told Labour members the …"; past a name's "with" or "of" ("told
            // BBC One's Breakfast with Frost programme there was …").
            if let Some(noun) = (j..(j + 4).min(ws.len()))
                .take_while(|&k| {
                    joined(k)
                        && (ws[k].text.starts_with(char::is_lowercase)
                            && !opens_subject(ws[k].text)
                            || ws[k].is_capitalized() && matches!(ws[k - 1].text, "with" | "of"))
                })
                .find(|&k| {
                    LISTENER_NOUNS.contains(&ws[k].text)
                        || AUDIENCE_NOUNS.contains(&ws[k].text)
                            // (Not the clause's subject: "told Reuters shareholders were …".)
                            && !ws
                                .get(k + 1)
                                .is_some_and(|n| super::reported::auxiliary(n.text))
                })
            {
                j = noun + 1;
            }
        } else if ws.get(j).is_some_and(|n| LISTENERS.contains(&n.text)) {
            j += 1;
        } else if let Some(end) = listener_phrase(ws, j) {
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
            return None;
        }
    }
    Some(j)
}

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
    if end > noun + 1 && subject_next {
        return Some(end);
    }
    // Or "of" and whose it is, when a pronoun follows: "told a meeting of the Metropolitan
    // Police Authority it would …", "a meeting of the party he had …".
    if ws.get(noun + 1).is_some_and(|w| w.joined && w.text == "of") {
        let mut k = noun + 2;
        if ws
            .get(k)
            .is_some_and(|w| w.joined && matches!(w.text, "the" | "his" | "her" | "their" | "its"))
        {
            k += 1;
        }
        let run = ws[k.min(ws.len())..]
            .iter()
            .take_while(|w| w.joined && w.is_capitalized() && !w.possessive)
            .count();
        let after = k + run.max(1);
        let lower_noun = run == 0
            && ws
                .get(k)
                .is_some_and(|w| w.joined && w.text.starts_with(char::is_lowercase));
        let pronoun_next = ws.get(after).is_some_and(|w| {
            w.joined
                && matches!(
                    crate::text::lowercase(w.text).as_ref(),
                    "he" | "she" | "they" | "it" | "we" | "i" | "there"
                )
        });
        if (run > 0 || lower_noun) && pronoun_next {
            return Some(after);
        }
    }
    Some(noun + 1)
}

/// Whether `word` may open a clause's subject: a pronoun ("he'd"), a possessive or a
/// determiner, as the first word after a listener ("told the paper his support …").
pub(super) fn opens_subject(word: &str) -> bool {
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
