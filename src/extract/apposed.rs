//! People named by the apposition after their name: "Kaha Kiknavelidze, analyst at Troika
//! Dialog, said …", "Mari Tamm, a senior economist at Acme, said …". A job that only a person
//! holds, right after the name and a comma, makes a name of two or three words in title case a
//! person's even when its first name is unknown and the tagger reads it otherwise.
//!
//! ```
//! use newsgraph::extract::apposed::apposed_people;
//! use newsgraph::segment::Segments;
//! let text = "Kaha Kiknavelidze, analyst at Troika Dialog, said prices would rise.";
//! let seg = Segments::new(text);
//! let names: Vec<&str> = apposed_people(text, &seg).iter().map(|s| s.of(text)).collect();
//! assert_eq!(names, ["Kaha Kiknavelidze"]);
//! ```

use crate::gazetteer::gazetteer;
use crate::segment::{Segments, Span};

/// Jobs that only a person holds, as the head of an apposition ("analyst at …", "a spokesman
/// for …"; not "producer", "rival" or "leader", which a company may be).
static APPOSED_JOBS: crate::text::WordSet = crate::text::WordSet::new(&[
    "analyst",
    "economist",
    "strategist",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "director",
    "professor",
    "lecturer",
    "correspondent",
    "editor",
    "reporter",
    "columnist",
    "lawyer",
    "attorney",
    "adviser",
    "advisor",
    "researcher",
    "scientist",
    "consultant",
    "founder",
]);

/// Words that may stand before the job: an article, a rank ("a senior economist", "chief
/// analyst", "managing director").
const BEFORE_JOB: &[&str] = &[
    "a",
    "an",
    "the",
    "former",
    "senior",
    "chief",
    "managing",
    "deputy",
    "vice",
    "assistant",
    "associate",
    "lead",
    "executive",
    "political",
    "research",
    "market",
    "investment",
];

/// Whether the words after `name` are an apposition headed by a person's job: a comma, perhaps
/// an article and a rank, the job, then a comma, or "at", "of", "for", "with" or "in" and
/// words to a comma.
///
/// ```
/// use newsgraph::extract::apposed::apposed_job_after;
/// use newsgraph::segment::Span;
/// let text = "Mari Tamm, a senior economist at Acme, said";
/// assert!(apposed_job_after(text, Span::new(0, 9)));
/// let text = "Acme Steel, a leading producer of steel, said";
/// assert!(!apposed_job_after(text, Span::new(0, 10)));
/// ```
pub fn apposed_job_after(text: &str, name: Span) -> bool {
    let Some(after) = text[name.end..].strip_prefix(", ") else {
        return false;
    };
    // (At most a line's worth: an apposition is short.)
    let after = &after[..crate::text::floor_char_boundary(after, 160)];
    // The job: the first of five words that is no article or rank, and where it ends.
    let mut at = 0;
    let mut job = None;
    for w in after.split(' ').take(5) {
        if !BEFORE_JOB.contains(&w) {
            job = Some((w, at + w.len()));
            break;
        }
        at += w.len() + 1;
    }
    let Some((job, end)) = job else {
        return false;
    };
    if let Some(job) = job.strip_suffix(',') {
        return APPOSED_JOBS.contains(job);
    }
    // Then a preposition and words to a comma, within eight words ("…, analyst at Troika
    // Dialog, said"): "Acme Inc, a spokesman for Tom Hale said." is the spokesman's clause.
    let rest = &after[end..];
    let preposition = rest
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "at" | "of" | "for" | "with" | "in"));
    let closed = rest.find(',').is_some_and(|c| {
        !rest[..c].contains(['.', ';', ':', '"', '\u{201c}'])
            && rest[..c].split_whitespace().count() <= 8
    });
    APPOSED_JOBS.contains(job) && preposition && closed
}

/// The names of two or three words in title case that an apposition with a person's job
/// follows ([`apposed_job_after`]), each standing alone: not after another capitalised word,
/// an article or a possessive, and no word of it a title, a country's name or a word that
/// opens sentences.
pub fn apposed_people(text: &str, seg: &Segments) -> Vec<Span> {
    let g = gazetteer();
    let ws = seg.words();
    let mut out = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        if !text[w.span.end..].starts_with(", ") || !apposed_job_after(text, w.span) {
            continue;
        }
        let nameish = |x: &crate::text::Word<'_>| {
            x.is_capitalized()
                && x.text.chars().any(char::is_lowercase)
                && x.text.chars().count() > 1
                && !x.possessive
                && !crate::extract::name_words::never_name(x.text)
                && g.title(x.text).is_none()
                && g.country_form(x.text).is_none()
        };
        // The run of such words ending here, one space apart.
        if !nameish(w) {
            continue;
        }
        let mut first = k;
        while first > 0
            && k - first < 2
            && ws[first].joined
            && &text[ws[first - 1].span.end..ws[first].span.start] == " "
            && nameish(&ws[first - 1])
        {
            first -= 1;
        }
        if first == k {
            continue;
        }
        // Nothing capitalised, no article and no possessive right before it.
        if let Some(prev) = first.checked_sub(1).map(|p| &ws[p]) {
            let same_sentence =
                seg.sentence_index(prev.span.start) == seg.sentence_index(ws[first].span.start);
            let adjacent = text[prev.span.end..ws[first].span.start].trim().is_empty();
            if same_sentence
                && adjacent
                && (prev.is_capitalized()
                    || prev.possessive
                    || matches!(prev.text, "the" | "a" | "an"))
            {
                continue;
            }
        }
        out.push(Span::new(ws[first].span.start, w.span.end));
    }
    out
}
