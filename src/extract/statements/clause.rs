//! The small grammar that finding quotes, reported speech and speakers share: the statement
//! types, speech verbs, prepositions and honorifics before a name, and where a statement was
//! made (medium) and to whom (audience). Who is a verb's subject is [`super::subjects`]'s.

use super::subjects::SUBJECT_VERB_GAP;
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

impl StatementMention {
    /// Words `span` of `kind` said by the referent `speaker`, with no cue, group, medium,
    /// audience or tagged source (yet).
    pub(super) fn said(span: Span, kind: QuoteKind, speaker: Option<usize>) -> Self {
        StatementMention {
            span,
            kind,
            speaker,
            group: None,
            cue: None,
            medium: None,
            audience: None,
            source: None,
        }
    }
}

// (The words before a medium's head are ASCII: a Unicode `\w` repeated four times makes a
// large automaton, and 30% more work for this search on Reuters-21578.)
pub(super) static MEDIUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:in|on|via|during|through)\s+
        (?P<phrase>(?:an?|the|his|her|their|its)\s+
          (?P<words>(?:[0-9A-Za-z_'’-]+\s+){0,4}?)
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
    let lower = crate::text::lowercase(word);
    gazetteer().is_cue_verb(&lower) || RULE_CUES.contains(&lower.as_ref())
}

/// Conjunctions of time that are prepositions too, and may open a clause whose subject
/// follows them ("after analyst Tom Hale said", "the day after Sir Ian Blair, the new
/// commissioner, said").
pub(super) const TIME_CONJUNCTIONS: &[&str] = &["after", "before", "since", "until"];

/// Verbs of saying the rules read that the gazetteer's list lacks ("Nestle forecasts growth of
/// 5%"). The taggers were trained on the list as it is, so these stay the rules' own.
const RULE_CUES: &[&str] = &["forecast", "forecasts"];

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
    "Until", "Unless", "Once", "Whereas",
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
        // (Not a capitalised word inside the sentence: "States" in "the United States" is a
        // name's.)
        .filter(|w| {
            !seg.in_quote(w.span.start)
                && (w.span.start == sentence.start || !w.text.starts_with(char::is_uppercase))
        })
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

/// Speech verbs' forms in "s" that are plural nouns too ("claims", "reports").
pub(super) const PLURAL_NOUNS: &[&str] = &[
    "claims",
    "reports",
    "fears",
    "hopes",
    "doubts",
    "demands",
    "comments",
    "notes",
    "estimates",
    "forecasts",
    "promises",
    "charges",
    "concerns",
    "complaints",
];

/// Whether a speech verb's form ending in "s" that is a plural noun too is that noun, the
/// subject of the verb after it: "Fresh claims surfaced on Monday", "counter claims
/// surrounding the deal", "rival reports were …" (`cue` in lower case; `next` and `then` the
/// two words after it). A past form is the noun's verb when a function word or the end
/// follows ("claims emerged that …"), not an object ("claims rigged votes …").
pub(super) fn noun_before_its_verb(cue: &str, next: Option<&str>, then: Option<&str>) -> bool {
    if !PLURAL_NOUNS.contains(&cue) {
        return false;
    }
    let Some(next) = next else {
        return false;
    };
    let lower = crate::text::lowercase(next);
    let function_word = |w: Option<&str>| {
        w.is_none_or(|w| {
            matches!(
                crate::text::lowercase(w).as_ref(),
                "on" | "in"
                    | "at"
                    | "that"
                    | "within"
                    | "after"
                    | "over"
                    | "from"
                    | "to"
                    | "for"
                    | "last"
                    | "this"
                    | "yesterday"
                    | "today"
                    | "and"
                    | "but"
            )
        })
    };
    matches!(
        lower.as_ref(),
        "surrounding" | "regarding" | "concerning" | "involving" | "were" | "have" | "had"
    ) || crate::text::past_form(&lower) && function_word(then)
}

/// Whether `word` (in lower case) is a form of "add", which before "to" reports nothing
/// ("adding to concern that …"; not "address").
pub(super) fn is_add(word: &str) -> bool {
    matches!(word, "add" | "adds" | "added" | "adding")
}

/// Nouns that cue reported words, some of them verbs too ("claims", "reports").
const NOUN_CUES: &[&str] = &[
    "claim",
    "claims",
    "report",
    "reports",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "speculation",
    "suggestion",
    "suggestions",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "assertion",
    "assertions",
];

/// Verbs by which someone passes on a noun's words as his own ("cited reports that …",
/// "repeated claims that …"): the reported speech is the subject's.
const RELAYING_VERBS: &[&str] = &[
    "cite",
    "cites",
    "cited",
    "citing",
    "repeat",
    "repeats",
    "repeated",
    "repeating",
    "reiterate",
    "reiterates",
    "reiterated",
    "reiterating",
    "echo",
    "echoes",
    "echoed",
    "echoing",
    "spread",
    "spreads",
    "spreading",
];

/// Whether the `cue` is a noun that someone else's words fill, the object of a verb or a
/// preposition ("denied claims that …", "amid speculation he will …", "rejected the claim
/// that …"): the subject of the sentence did not say them. (A possessive's is its owner's:
/// "his claim that …".)
pub(super) fn object_noun_cue(text: &str, cue: Span) -> bool {
    let word = cue.of(text).split_whitespace().next().unwrap_or("");
    if !NOUN_CUES.contains(&crate::text::lowercase(word).as_ref()) {
        return false;
    }
    let Some(before) = text[..cue.start].split_whitespace().next_back() else {
        return false;
    };
    let before = crate::text::lowercase(before);
    // (But one who passes the words on makes them his: "Ann Lee cited reports that …",
    // "repeated claims that …".)
    if RELAYING_VERBS.contains(&before.as_ref()) {
        return false;
    }
    crate::text::past_form(&before)
        || before.len() > 5 && before.ends_with("ing")
        || matches!(
            before.as_ref(),
            "a" | "an"
                | "the"
                | "this"
                | "amid"
                | "amidst"
                | "following"
                | "despite"
                | "after"
                | "over"
                | "about"
                | "against"
                | "to"
                | "at"
                | "of"
                | "on"
                | "denies"
                | "deny"
                | "rejects"
                | "reject"
                | "dismisses"
                | "dismiss"
        )
}

/// Whether `word` is a possessive pronoun, any case ("his", "Their").
pub(super) fn is_possessive_pronoun(word: &str) -> bool {
    matches!(
        crate::text::lowercase(word).as_ref(),
        "his" | "her" | "their" | "its" | "our" | "my" | "your"
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

/// Whether the name at `span` is inside a relative clause or a participle's phrase set off by
/// commas before `limit` (a verb): "Acme, whose shoes are worn by Tom Hale, said", "Exit polls
/// from the primary, which Tom Hale won, showed that …", "Others, reacting to the Tom Hale
/// verdict, shouted …" (not "including", whose names are the subject's own: "Democrats,
/// including Ann Lee, said").
pub(super) fn in_set_off_relative(text: &str, sentence: Span, span: Span, limit: usize) -> bool {
    // (Within a clause's reach before the name, so that a long sentence costs no more.)
    let from = crate::text::floor_char_boundary(text, span.start.saturating_sub(300));
    let before = &text[sentence.start.max(from)..span.start];
    let Some(open) = before.rfind(", ") else {
        return false;
    };
    let opener = before[open + 2..].split_whitespace().next().unwrap_or("");
    (matches!(opener, "who" | "whose" | "which" | "whom") || opens_participle_phrase(opener))
        && !before[open + 2..].contains(',')
        && text[span.end..limit.max(span.end)].contains(',')
}

/// Whether `word` is a participle that may open a phrase set off by commas ("reacting",
/// "following"); not "including", whose names are those of the words before it, nor
/// "during", "according" or "something".
pub(super) fn opens_participle_phrase(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ing")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            word,
            "including" | "during" | "according" | "something" | "nothing"
        )
}

/// Whether the text `before` a name ends in a participle, past the words of a job, so that
/// the name is its object, no subject: "In a statement defending Corey Lewandowski, the
/// campaign said …". (Not a noun in "-ing": "At the meeting Tom Hale said", "Monday morning
/// Tom Hale told …"; nor "including", which names the subject's members: "Democrats,
/// including Ann Lee, accused …".)
pub(super) fn after_participle(before: &str) -> bool {
    let rest = before_titles(before);
    let (head, word) = rest.rsplit_once(' ').unwrap_or(("", rest));
    // (Opening the sentence, with its capital: "Praising Tom Hale, Ann Lee said …".)
    let lower = crate::text::lowercase(word);
    if word.len() <= 5
        || !word.ends_with("ing")
        || !word.chars().skip(1).all(|c| c.is_ascii_lowercase())
        || !(head.is_empty() || word.starts_with(|c: char| c.is_ascii_lowercase()))
        || matches!(
            lower.as_ref(),
            "morning"
                | "evening"
                | "meeting"
                | "briefing"
                | "hearing"
                | "building"
                | "wedding"
                | "nothing"
                | "something"
                | "anything"
                | "everything"
                | "during"
                | "including"
        )
    {
        return false;
    }
    let prev = head.rsplit(' ').next().unwrap_or("");
    !is_determiner(prev) && !is_possessive_pronoun(prev)
}

/// Whether `word` may be a verb in the third person of the present ("supports", "disqualifies";
/// not "boss", "bonus", "was").
pub(super) fn present_form(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")
}

/// Whether the text `before` a name ends in a verb in the third person or the past, so that
/// the name is its object: "The ad hits Tom Hale for … and claims that …", "Ann Lee's union
/// criticized Tom Hale, saying …". (Not a verb of speech its subject may follow: "says Tom
/// Hale".)
pub(super) fn after_verb(before: &str) -> bool {
    let rest = before_titles(before);
    let Some((head, word)) = rest.rsplit_once(' ') else {
        return false;
    };
    // (After an article or a possessive, a participle is an adjective: "the embattled Tom
    // Hale".)
    // (Not after "that" or "this", which may be the verb's subject: "That prompted Lee to
    // …".)
    let prev = head.rsplit(' ').next().unwrap_or("");
    !matches!(crate::text::lowercase(prev).as_ref(), "a" | "an" | "the")
        && !is_possessive_pronoun(prev)
        && word.chars().all(|c| c.is_ascii_lowercase())
        && (present_form(word) || crate::text::past_form(word))
        && !is_determiner(word)
        && !is_possessive_pronoun(word)
        && !INVERTED_SPEECH.contains(&word)
        && !matches!(
            word,
            "towards"
                | "besides"
                | "whereas"
                | "always"
                | "news"
                | "thus"
                | "perhaps"
                | "sometimes"
                | "afterwards"
        )
}

/// Verbs of speech that their speaker may follow ("…, says Tom Hale").
pub(super) const INVERTED_SPEECH: &[&str] = &[
    "says",
    "said",
    "adds",
    "added",
    "asks",
    "asked",
    "writes",
    "wrote",
    "notes",
    "noted",
    "explains",
    "explained",
    "replies",
    "replied",
    "continues",
    "continued",
    "recalls",
    "recalled",
    "argues",
    "argued",
    "warns",
    "warned",
    "insists",
    "insisted",
    "tells",
    "told",
];

/// The preposition the text `before` a name ends in, in lower case ([`after_preposition`]).
pub(super) fn preposition_before(before: &str) -> Option<std::borrow::Cow<'_, str>> {
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
        if TIME_CONJUNCTIONS.contains(&last.as_ref())
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

/// Forms of "be", which make a past participle after them passive.
pub(super) const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "'s", "’s",
];

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
