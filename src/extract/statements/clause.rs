//! The small grammar that finding quotes, reported speech and speakers share: the statement
//! types, speech verbs, subjects (after an apposition, a coordination or a participle),
//! prepositions and honorifics before a name, and where a statement was made (medium) and to
//! whom (audience).

use crate::gazetteer::gazetteer;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};
use regex::Regex;
use std::sync::LazyLock;

/// The kind of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuoteKind {
    /// A whole quoted sentence.
    Direct,
    /// Quoted words inside the writer's sentence.
    Partial,
    /// Reported speech.
    Indirect,
}

impl QuoteKind {
    /// "direct", "partial" or "indirect".
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A statement found in the text, before speakers are turned into people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementMention {
    /// The quoted or reported words.
    pub span: Span,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The referent that names the speaker (an index into the referents).
    pub speaker: Option<usize>,
    /// The words naming a speaker that is no person ("the International Monetary Fund",
    /// "police"), when there is no person speaker.
    pub group: Option<Span>,
    /// The speech verb.
    pub cue: Option<Span>,
    /// Where it was said ("a post on X").
    pub medium: Option<String>,
    /// To whom ("the BBC").
    pub audience: Option<String>,
    /// The words the attribution tagger marked as its source, for reported speech it found.
    pub source: Option<Span>,
}

static MEDIUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:in|on|via|during|through)\s+
        (?P<phrase>(?:an?|the|his|her|their|its)\s+
          (?P<words>(?:[\w'’-]+\s+){0,4}?)
          (?P<head>post|posts|tweet|tweets|interview|statement|address|speech|op-ed|letter|briefing|video|
                   broadcast|message|press\s+conference|news\s+conference|column|podcast|email|memo|
                   press\s+release|appearance|remarks|blog)\b
          (?:\s+on\s+(?P<on>\p{Lu}[\w.]*(?:\s+\p{Lu}[\w.]*)*))?)",
    )
    .expect("medium regex compiles")
});

static AUDIENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:told|tells|telling|tell)\s+
        (?P<who>(?:the\s+)?\p{Lu}[\w.&'’-]*(?:\s+\p{Lu}[\w.&'’-]*)*|reporters|journalists|lawmakers|
                 supporters|the\s+crowd|a\s+crowd|an\s+audience|the\s+audience|parliament|MPs)",
    )
    .expect("audience regex compiles")
});

/// The medium named in `sentence`, if any: "a post on X", "a televised address", "Truth Social post".
pub fn medium(sentence: &str) -> Option<String> {
    // Most sentences name no medium: a substring search for the heads rules them out first.
    static HEADS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new([
            "post",
            "tweet",
            "interview",
            "statement",
            "address",
            "speech",
            "op-ed",
            "letter",
            "briefing",
            "video",
            "broadcast",
            "message",
            "conference",
            "column",
            "podcast",
            "email",
            "memo",
            "release",
            "appearance",
            "remarks",
            "blog",
        ])
        .expect("medium heads compile")
    });
    if !HEADS.is_match(sentence) {
        return None;
    }
    let c = MEDIUM.captures(sentence)?;
    let words = c.name("words").map_or("", |m| m.as_str());
    let head = c.name("head").expect("head is required").as_str();
    // "a strongly worded Truth Social post": the proper name and the head.
    if let Some(i) = words.find(|ch: char| ch.is_uppercase()) {
        return Some(format!("{}{}", &words[i..], head));
    }
    let phrase = c.name("phrase").expect("phrase is required").as_str();
    Some(phrase.trim_end_matches('.').to_owned())
}

/// The audience named in `sentence`, if any: "the BBC", "reporters".
pub fn audience(sentence: &str) -> Option<String> {
    if !(sentence.contains("told") || sentence.contains("tell")) {
        return None;
    }
    AUDIENCE
        .captures(sentence)
        .map(|c| c["who"].trim_end_matches('.').to_owned())
}

/// Whether `word` opens a noun phrase for someone not named: "one trader", "an analyst",
/// "another source".
pub(super) fn indefinite(word: &str) -> bool {
    matches!(word, "a" | "an" | "one" | "another")
}

pub(super) fn is_cue(word: &str) -> bool {
    gazetteer().is_cue_verb(&crate::text::lowercase(word))
}

/// Verbs that name what someone is or does: 'called him a "nasty guy"'.
pub(super) const CALLING_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "describing",
    "brand",
    "brands",
    "branded",
    "branding",
    "dub",
    "dubs",
    "dubbed",
    "label",
    "labels",
    "labeled",
    "labelled",
    "term",
    "termed",
    "likened",
    "compared",
    "decried",
    "denounced",
    "condemned",
    "praised",
    "hailed",
    "slammed",
];

/// The words of `sentence` shortly before `pos` (2,000 bytes, a few hundred words at most), where
/// a quote's cue or calling verb stands: a sentence of thousands of quotes then costs no more
/// per quote.
pub(super) fn words_before<'a>(
    seg: &Segments<'a>,
    sentence: Span,
    pos: usize,
) -> Vec<crate::text::Word<'a>> {
    let window = sentence.start.max(pos.saturating_sub(2000));
    seg.words_in(Span::new(window, pos))
}

/// Whether the verb at `cue` asks or tells in the passive voice ('Trump was asked, "…"',
/// "Clinton was told that …", "she was repeatedly pressed"): its subject is the one addressed,
/// and whoever spoke is not named there.
pub(super) fn addressed(text: &str, cue: Span) -> bool {
    if !matches!(
        cue.of(text),
        "asked" | "told" | "questioned" | "pressed" | "informed" | "warned" | "reminded"
    ) {
        return false;
    }
    let mut before = text[..cue.start].split_whitespace().rev();
    let mut w = before.next().unwrap_or("");
    if w.ends_with("ly") {
        w = before.next().unwrap_or(""); // "was repeatedly asked"
    }
    // (Not "was told by Dr Lee", who speaks; nor "after being told of it", a clause before
    // the sentence's own verb.)
    matches!(
        w,
        "was" | "were" | "is" | "are" | "been" | "be" | "get" | "got"
    ) && text[cue.end..].split_whitespace().next() != Some("by")
}

/// The speech verb right after a quotation ending at `quote`, within its sentence.
pub(super) fn verb_after(seg: &Segments, quote: Span) -> Option<Span> {
    let sentence = seg.sentences[seg.sentence_index(quote.end)];
    let from = quote.end.min(sentence.end);
    seg.words_in(Span::new(from, sentence.end))
        .iter()
        .take(8)
        .find(|w| is_cue(w.text) && w.text.starts_with(char::is_lowercase))
        .map(|w| w.span)
}

pub(super) fn trim_span(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}

/// Words that open a subordinate clause at the start of a sentence.
pub(super) const SUBORDINATORS: &[&str] = &[
    "When", "While", "If", "As", "After", "Before", "Although", "Though", "Because", "Since",
];

/// The speech verb before a quotation opening at `quote_start`, in its sentence; for a direct
/// quote, only one that leads into it (`he noted, "…"`, `Peabody said: "…"`).
pub(super) fn cue_before(
    text: &str,
    seg: &Segments,
    quote_start: usize,
    direct: bool,
) -> Option<Span> {
    let sentence = seg.sentences[seg.sentence_index(quote_start)];
    words_before(seg, sentence, quote_start)
        .iter()
        .rev()
        .filter(|w| !seg.in_quote(w.span.start))
        // A partial quote may follow a calling verb ("Buchanan called for a "culture war"").
        .find(|w| is_cue(w.text) || !direct && CALLING_VERBS.contains(&w.text))
        .map(|w| w.span)
        .filter(|c| {
            // A colon may end a clause that holds a quoted phrase of its own ('Axelrod said
            // this was a "fatal miscalculation" and that she had learned: "…"').
            let between = &text[c.end..quote_start];
            let end = between.trim_end();
            !direct
                || !between.contains('.')
                    && (end.ends_with(':')
                        || end.ends_with(',') && !between.contains(['"', '“', '”']))
        })
}

/// Whether the name at `span` can be its sentence's subject: no possessive ("Clinton's
/// remark") and not after a preposition ("a letter to Trump").
pub(super) fn subject_position(text: &str, sentence: Span, span: Span) -> bool {
    !possessive(text, span)
        && !after_preposition(&text[sentence.start..span.start])
        && !attributive(text, sentence, span)
}

/// Whether the name at `span` modifies a noun after an article or a possessive pronoun ("the
/// Clinton campaign", "a Sanders delegate", "his Trump hat"): then the noun is the subject.
pub(super) fn attributive(text: &str, sentence: Span, span: Span) -> bool {
    let before = before_titles(&text[sentence.start..span.start]);
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let determiner = is_determiner(prev);
    let next = text[span.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic() && c != '-').next())
        .unwrap_or("");
    determiner
        && next.starts_with(char::is_lowercase)
        && !is_cue(next)
        && !SUBJECT_VERB_GAP.contains(&next)
        && !matches!(
            next,
            "and"
                | "or"
                | "who"
                | "which"
                | "that"
                | "is"
                | "was"
                | "has"
                | "had"
                | "says"
                | "said"
        )
}

/// Whether a speech verb's form ending in "s" is a noun after a quantifier `before`: "all
/// claims would be processed" (`cue` in lower case). (After an article or a possessive it may
/// still report: "his claims that the vote was rigged".)
pub(super) fn noun_form(before: &str, cue: &str) -> bool {
    cue.ends_with('s')
        && matches!(
            crate::text::lowercase(before).as_ref(),
            "all" | "these" | "those" | "such" | "any" | "no" | "many" | "some"
        )
}

/// Whether `word` is an article or a possessive pronoun ("the", "A", "his").
pub(super) fn is_determiner(word: &str) -> bool {
    matches!(
        crate::text::lowercase(word).as_ref(),
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
    )
}

/// Whether the name at `span` is a possessive ("Clinton's remark"): then it is no speaker.
pub(super) fn possessive(text: &str, span: Span) -> bool {
    text[span.end..].starts_with(['’', '\''])
}

/// Whether the text `before` a name ends in a preposition: the name is then no subject
/// ("speaking of Clinton", "a letter to Trump").
pub(super) fn after_preposition(before: &str) -> bool {
    preposition_before(before).is_some()
}

/// The preposition the text `before` a name ends in, in lower case ([`after_preposition`]).
fn preposition_before(before: &str) -> Option<std::borrow::Cow<'_, str>> {
    // (Past the words of a job before the name, one space apart: "an interview with
    // journalist Matei Rosca", "a letter to Attorney General Loretta Lynch"; not a preposition
    // inside a title, "Minister of State for Finance Tom Hockin".)
    let mut rest = before_titles(before);
    let mut walked = false;
    for _ in 0..4 {
        let Some((head, word)) = rest.rsplit_once(' ') else {
            break;
        };
        let lower = crate::text::lowercase(word);
        let job = word.chars().all(char::is_alphabetic)
            && !matches!(lower.as_ref(), "finance" | "financial")
            && (crate::extract::name_words::job_word(word)
                || matches!(lower.as_ref(), "former" | "fellow" | "then"));
        if !job || head.ends_with([',', ';', ':', '(']) {
            break;
        }
        rest = head;
        walked = true;
    }
    if walked {
        // Past such words, no preposition that may open a clause ("after analyst Tom Hale
        // said"), nor one a capital stands before, unless it opens the sentence: that one is
        // inside a title.
        let mut words = rest.trim_end().rsplit(' ');
        let last = crate::text::lowercase(words.next().unwrap_or(""));
        let before_it = words.next().unwrap_or("");
        let opens = words.next().is_none_or(|w| w.ends_with(['.', '!', '?']));
        if matches!(last.as_ref(), "after" | "before" | "since" | "until")
            || before_it.starts_with(char::is_uppercase) && !opens
        {
            return None;
        }
    }
    let prev = rest
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let prev = crate::text::lowercase(prev);
    matches!(
        prev.as_ref(),
        "of" | "to"
            | "by"
            | "with"
            | "for"
            | "from"
            | "about"
            | "against"
            | "than"
            | "after"
            | "before"
            | "on"
            | "at"
            | "in"
            | "like"
            | "beside"
            | "alongside"
            | "behind"
            | "near"
            | "among"
            | "between"
            | "toward"
            | "towards"
            | "into"
            | "onto"
            | "upon"
            | "through"
            | "during"
            | "without"
            | "within"
            | "despite"
    )
    .then_some(prev)
}

/// The text `before` a name without the honorifics and abbreviated titles standing right before
/// it ("a deal with Mr." → "a deal with", "a letter to Sen." → "a letter to"); a title written
/// out may be part of a longer one and stays ("Secretary of State").
pub(super) fn before_titles(before: &str) -> &str {
    let mut rest = before.trim_end();
    for _ in 0..3 {
        let word_start = rest
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let word = &rest[word_start..];
        let abbreviated = word.ends_with('.') && word.len() <= 5;
        if word_start == 0
            || !word.starts_with(char::is_uppercase)
            || !(abbreviated || crate::gazetteer::HONORIFICS.contains(&word))
        {
            break;
        }
        rest = rest[..word_start].trim_end();
    }
    rest
}

/// Medium and audience: from the sentence of the cue, else from the sentence a pronoun's
/// antecedent stands in.
pub(super) fn setting(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    speaker: usize,
    at: usize,
) -> (Option<String>, Option<String>) {
    let outside = |s: Span| -> String {
        // The sentence without its quotations, so that quoted words name no medium.
        let mut out = String::new();
        let mut pos = s.start;
        for q in seg.quotes.iter().filter(|q| s.covers(q.outer)) {
            out.push_str(&text[pos..q.outer.start]);
            out.push_str(" … ");
            pos = q.outer.end;
        }
        out.push_str(&text[pos.max(s.start)..s.end]);
        out
    };
    let here = outside(seg.sentences[seg.sentence_index(at)]);
    let mut m = medium(&here);
    let a = audience(&here);
    if m.is_none() {
        if let Some(ante) = referents[speaker].antecedent {
            m = medium(&outside(seg.sentences[seg.sentence_index(ante.start)]));
        }
    }
    (m, a)
}

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
    if MEDIUM
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

/// Forms of "be", which make a past participle after them passive.
pub(super) const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "'s", "’s",
];

/// Whether `w` may stand between a subject and `verb`: an adverb, an auxiliary, a time; a form
/// of "be" only before an "-ing" verb ("is suggesting"; "was told" is passive: the subject is
/// the listener).
pub(super) fn gap_word(w: &str, verb: &str) -> bool {
    let w = w.trim_end_matches(',');
    w.ends_with("ly")
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
                && subject_position(text, sentence, span)
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

/// Whether the text `before` a name ends in a comma, or opens a clause ([`opens_clause`]).
fn after_comma(before: &str) -> bool {
    before_titles(before).ends_with(',') || opens_clause(before)
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

/// The indices of the referents (sorted by position) that start in `from..to`: a binary search,
/// so that looking for a speaker costs the same in a long text as in a short one.
pub(super) fn starting_in(
    referents: &[Referent],
    from: usize,
    to: usize,
) -> std::ops::Range<usize> {
    referents.partition_point(|r| r.span.start < from)
        ..referents.partition_point(|r| r.span.start < to)
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
                })
            };
            first(main).or_else(|| first(sentence.start))
        })
}

/// A speech verb outside quotes and no participle: the nearest before `at` in the sentence
/// ([`earlier_cue`]), or the first from `from` on ([`main_cue`]), the verb of a main clause
/// whose content may name others that speak ("Foulkes said North testified …").
fn cues_before<'a>(
    seg: &'a Segments,
    sentence: Span,
    at: usize,
) -> impl DoubleEndedIterator<Item = Span> + 'a {
    words_before(seg, sentence, at)
        .into_iter()
        .filter(|w| {
            !seg.in_quote(w.span.start)
                && w.text.starts_with(char::is_lowercase)
                && !w.text.ends_with("ing")
                && is_cue(w.text)
        })
        .map(|w| w.span)
}

fn earlier_cue(seg: &Segments, sentence: Span, at: usize) -> Option<Span> {
    cues_before(seg, sentence, at).next_back()
}

fn main_cue(seg: &Segments, sentence: Span, from: usize, at: usize) -> Option<Span> {
    cues_before(seg, sentence, at).find(|v| v.start >= from)
}

/// Where the main clause of a sentence starts: after the first comma when a subordinate clause
/// opens the sentence before `limit` ("Although Lee is no candidate, Hale …"), else at its start.
fn main_clause_start(text: &str, sentence: Span, limit: usize) -> usize {
    let head = &text[sentence.start..limit.max(sentence.start)];
    let opener = head.split_whitespace().next().unwrap_or("");
    SUBORDINATORS
        .contains(&opener)
        .then(|| head.find(','))
        .flatten()
        .map_or(sentence.start, |c| sentence.start + c)
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
        let named_after = starting_in(referents, v.end, participle.start).next();
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
    let free = |r: &usize| !after_preposition(&text[sentence.start..referents[*r].span.start]);
    before()
        .filter(|r| referents[*r].span.start >= main)
        .find(free)
        .or_else(|| before().find(free))
        .or_else(|| before().next())
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
                && !after_preposition(&text[sentence.start..span.start])
        })
    };
    let main = main_clause_start(text, sentence, verb.start);
    (main > sentence.start)
        .then(|| first(main))
        .flatten()
        .or_else(|| first(sentence.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributive_names() {
        // (sentence, the name in it, whether the name modifies a noun)
        let cases = [
            ("They met the Brown campaign.", "Brown", true),
            ("A Smith delegate said no.", "Smith", true),
            ("He wore his Brown hat.", "Brown", true),
            ("The Rev. Tom Brown said no.", "Tom Brown", false),
            ("Tom Brown said no.", "Tom Brown", false),
            ("The Brown and Smith teams met.", "Brown", false),
            ("Then the Brown who won spoke.", "Brown", false),
            ("Even the Brown campaign later said no.", "Brown", true),
        ];
        for (sentence, name, expected) in cases {
            let start = sentence.find(name).unwrap();
            let span = Span::new(start, start + name.len());
            let whole = Span::new(0, sentence.len());
            assert_eq!(attributive(sentence, whole, span), expected, "{sentence}");
        }
    }
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
    (2..=4).find_map(|back| {
        let p = i.checked_sub(back)?;
        let subject = &ws[p + 1..i];
        let names = subject.iter().all(|w| w.joined && w.is_capitalized());
        let plain = matches!(subject, [w] if w.joined
            && (super::tagged::is_pronoun(w.text)
                || w.text.len() > 3 && w.text.ends_with('s') && w.text.starts_with(char::is_lowercase)));
        (matches!(ws[p].text, "which" | "that" | "who" | "whom") && (names || plain) && ws[i].joined)
            .then_some(p)
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
    starting_in(referents, sentence.start, who.span.start)
        .rev()
        .find(|&r| {
            let span = referents[r].span;
            span.end <= who.span.start && text[span.end..who.span.start].trim() == ","
        })
}

/// A reported clause that ends inside a quotation (`deserved "to be exonerated`) takes the
/// closing mark that follows it, after a full stop or comma the quotation holds.
pub(super) fn close_quote(text: &str, span: Span) -> Span {
    let words = span.of(text);
    let rest = &text[span.end..];
    let punct = rest.len() - rest.trim_start_matches(['.', ',']).len();
    let after = &rest[punct.min(1)..];
    let open = |o: char, c: char| words.matches(o).count() > words.matches(c).count();
    let mark = if words.matches('"').count() % 2 == 1
        && (rest.starts_with('"') || after.starts_with('"'))
    {
        '"'
    } else if open('“', '”') && (rest.starts_with('”') || after.starts_with('”')) {
        '”'
    } else {
        return span;
    };
    let end = if rest.starts_with(mark) {
        span.end
    } else {
        span.end + punct.min(1)
    };
    Span::new(span.start, end + mark.len_utf8())
}
