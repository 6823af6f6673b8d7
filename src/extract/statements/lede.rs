//! The person an article's first sentence describes without naming, named by the next
//! paragraph: "The government is being naive, a senior EU politician says. ¶ Javier Solana, EU
//! foreign policy chief, says …" (a lede's cataphora, as news writes it).

use super::clause::{QuoteKind, StatementMention};
use crate::gazetteer::gazetteer;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};

/// The nouns a lede describes a person by whom the next paragraph names ("a senior EU
/// politician", "a Labour backbencher", "Chancellor Gordon Brown's closest ally"). Not a
/// spokesman, an official or a source, whom articles seldom name, nor a document or a group.
const DESCRIBED: &[&str] = &[
    "politician",
    "backbencher",
    "mp",
    "msp",
    "mep",
    "am",
    "peer",
    "minister",
    "ally",
    "aide",
    "adviser",
    "advisor",
    "campaigner",
    "economist",
    "expert",
    "analyst",
    "leader",
    "figure",
    "chief",
    "boss",
    "executive",
    "chairman",
    "chairwoman",
    "judge",
    "lawyer",
    "academic",
    "professor",
    "scientist",
    "doctor",
    "diplomat",
    "envoy",
    "commissioner",
    "historian",
];

/// Gives the statements of the lede (the first sentence after the headline, a paragraph of its
/// own) that have no speaker the person the next paragraph's first sentence names first and
/// gives words of their own, when:
/// - the lede's speaker is a description: an indefinite one ("a senior EU politician says") or
///   a person's ("Chancellor Gordon Brown's closest ally has denied"), ending in one of
///   [`DESCRIBED`];
/// - no earlier sentence but the headline names that person;
/// - no party in the description differs from one before the name ("…, a Labour MP said. ¶
///   Tory leader Tom Hale said …" are two people).
pub(super) fn lede_description(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    out: &mut [StatementMention],
) {
    let headline = seg.headline();
    let in_headline = |at: usize| headline.is_some_and(|h| h.contains(at));
    let Some(p1) = seg
        .paragraphs
        .iter()
        .position(|p| !in_headline(p.start) && !p.of(text).trim().is_empty())
    else {
        return;
    };
    let (para, Some(&next)) = (seg.paragraphs[p1], seg.paragraphs.get(p1 + 1)) else {
        return;
    };
    let sentences_in = |p: Span| seg.sentences.iter().filter(move |s| p.covers(**s));
    let (Some(&lede), 1) = (sentences_in(para).next(), sentences_in(para).count()) else {
        return;
    };
    let Some(&second) = sentences_in(next).next() else {
        return;
    };
    // The lede's speaker: the words before its verb of saying, without the content; no one,
    // or the person whose ally or aide they describe ("Tom Hale's closest ally").
    let owner = |s: &StatementMention, words: Span| {
        s.speaker.is_some_and(|r| {
            let at = referents[r].span;
            words.covers(at) && text[at.end..].starts_with(['\'', '’'])
        })
    };
    let Some((description, owned)) = out
        .iter()
        .filter(|s| s.kind == QuoteKind::Indirect && lede.covers(s.span))
        .find_map(|s| {
            let cue = s.cue?;
            let words = if cue.start >= s.span.end {
                Span::new(s.span.end, cue.start)
            } else {
                Span::new(lede.start, cue.start.max(lede.start))
            };
            let owned = owner(s, words);
            (described(words.of(text)) && (s.speaker.is_none() || owned))
                .then(|| (words.of(text), s.speaker.filter(|_| owned)))
        })
    else {
        return;
    };
    // The first person the next paragraph names, new to the article, with words of their own.
    let Some(r) = referents
        .iter()
        .position(|r| second.contains(r.span.start) && r.people.len() == 1)
    else {
        return;
    };
    let person = referents[r].people[0];
    let named_before = referents.iter().any(|q| {
        q.people.contains(&person) && q.span.start < second.start && !in_headline(q.span.start)
    });
    let speaks = out
        .iter()
        .any(|s| s.speaker == Some(r) && s.kind != QuoteKind::Partial);
    let party = |words: &str| {
        words
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty() && gazetteer().is_party(w))
            .map(str::to_owned)
    };
    let parties = (
        party(description),
        party(&text[second.start..referents[r].span.start]),
    );
    let other_party = matches!(&parties, (Some(a), Some(b)) if a != b);
    if named_before || !speaks || other_party {
        return;
    }
    for s in out
        .iter_mut()
        .filter(|s| lede.covers(s.span) && (s.speaker.is_none() || s.speaker == owned))
    {
        s.speaker = Some(r);
        s.group = None;
    }
}

/// Whether the words before a verb of saying describe a person without naming them: "a
/// senior EU politician", "an economist", "Chancellor Gordon Brown's closest ally" (with a
/// comma, "has" or "have" around them).
fn described(words: &str) -> bool {
    let words: Vec<&str> = words
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.as_slice() {
        [rest @ .., "has" | "have" | "had"] => rest,
        all => all,
    };
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let indefinite = matches!(*first, "a" | "an" | "A" | "An");
    let owned = words[..words.len() - 1]
        .iter()
        .any(|w| w.ends_with("'s") || w.ends_with("’s"));
    (indefinite || owned) && DESCRIBED.contains(&last.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (words before the verb, whether they describe a person the next paragraph may name)
    #[test]
    fn described_table() {
        for (words, expected) in [
            (", a senior EU politician ", true),
            (", a Labour backbencher has ", true),
            ("Chancellor Tom Hale's closest ally has ", true),
            (", an economist ", true),
            (", a spokesman ", false),
            (", the minister ", false),
            (", officials ", false),
            ("A report ", false),
            ("Tom Hale ", false),
        ] {
            assert_eq!(described(words), expected, "{words:?}");
        }
    }
}
