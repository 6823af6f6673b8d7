//! Statements: direct quotes, partial quotes and reported speech, each with its speaker.
//!
//! - A quotation that starts a sentence, or follows a comma or colon, with a capital letter is a
//!   **direct** quote; one inside the writer's own sentence is a **partial** quote.
//! - A direct quote's speaker stands after it (`"…," Zelensky declared`, `"…," said Trump`),
//!   before it (`He noted, "…"`, `…, telling ABC News, "…"`), or it continues the quote before
//!   it in the paragraph. A partial quote's speaker is the subject before it in its sentence.
//! - **Indirect** speech is the clause after a speech verb and "that" (`he added that …`),
//!   up to the end of the sentence, a dash or a semicolon.
//!
//! ```
//! use newsgraph::extract::{extract, QuoteKind};
//! let text = "\"We will win,\" Jane Smith said. She added that the war would end soon.";
//! let x = extract(text);
//! let got: Vec<(&str, QuoteKind, &str)> = x.statements.iter()
//!     .map(|s| (s.span.of(text), s.kind, x.people[s.speakers[0]].name.as_str())).collect();
//! assert_eq!(got, [("We will win,", QuoteKind::Direct, "Jane Smith"),
//!                  ("the war would end soon", QuoteKind::Indirect, "Jane Smith")]);
//! ```

use crate::gazetteer::gazetteer;
use crate::resolve::{Person, Referent};
use crate::segment::{Quote, Segments, Span};
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

fn is_cue(word: &str) -> bool {
    gazetteer().is_cue_verb(&crate::text::lowercase(word))
}

/// Finds the statements of `text`; `referents` are the possible speakers, in text order.
pub fn find_statements(
    text: &str,
    seg: &Segments,
    people: &[Person],
    referents: &[Referent],
) -> Vec<StatementMention> {
    let mut out: Vec<StatementMention> = transcript(text, seg, people, referents);
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
        // A single quoted word is mostly a scare quote ("the nuclear option"), not a statement.
        if !direct && n_words < 2 {
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
        if title_case && (!direct || n_words > 1 && !sentence_end) {
            continue;
        }
        let kind = if direct {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        };
        // 'Clinton called his supporters "deplorables"': what was said is the whole object.
        let inner = match kind {
            QuoteKind::Partial => called_object(text, seg, sentence, q)
                .map_or(inner, |start| Span::new(start, inner.end)),
            _ => inner,
        };
        let mut found = if direct {
            before_quote(text, seg, q, referents, true)
                .or_else(|| after_quote(text, seg, q, referents))
                .or_else(|| lead_in(text, seg, q, referents))
        } else if (inner_text.ends_with(',') || text[q.outer.end..].starts_with(','))
            && cue_before(text, seg, q.outer.start, false).is_none()
        {
            // 'Clinton "is the only candidate …," said Gen. Newton': the verb after the comma
            // names the speaker, not the subject inside the sentence.
            after_quote(text, seg, q, referents)
                .or_else(|| before_quote(text, seg, q, referents, false))
        } else {
            before_quote(text, seg, q, referents, false)
                .or_else(|| after_quote(text, seg, q, referents))
        };
        // A quote that an organisation or group speaks ("“…,” Zero Hedge said") keeps its verb
        // for the group found below.
        let group_cue = if found.is_none() && direct {
            verb_after(seg, q.outer).filter(|&v| {
                !text[q.outer.end..v.start].contains(['.', ';', '"', '“', '”', '\n'])
                    && seg.sentence_index(v.start) == seg.sentence_index(q.outer.end - 1)
                    && group_before(text, seg, v, inner).is_some()
            })
        } else if found.is_none() {
            // 'Protesters chanted "What curfew?"': the verb right before a partial quote.
            cue_before(text, seg, q.outer.start, false)
                .filter(|c| text[c.end..q.outer.start].trim().is_empty())
        } else {
            None
        };
        // A quote with no speaker of its own continues the one before it.
        let mut inherited = None;
        if found.is_none() && group_cue.is_none() {
            if let Some((pq, Some(ps))) = last_quote {
                if continues(text, seg, &seg.quotes[pq], q, referents, out[ps].speaker) {
                    inherited = Some(ps);
                }
            }
        }
        // Any other direct quote takes the person named last before it.
        if found.is_none() && inherited.is_none() && group_cue.is_none() && direct {
            found = nearest_before(text, seg, q.outer.start, referents).map(|r| (r, None));
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
                }
            }
            (None, Some(ps)) => StatementMention {
                span: inner,
                kind,
                ..out[ps].clone()
            },
            (None, None) => StatementMention {
                span: inner,
                kind,
                speaker: None,
                group: None,
                cue: group_cue,
                medium: None,
                audience: None,
            },
        };
        let has_speaker = st.speaker.is_some() || st.cue.is_some();
        out.push(st);
        last_quote = Some((qi, has_speaker.then_some(out.len() - 1)));
    }
    block_quotes(text, seg, referents, &mut out);
    indirect(text, seg, referents, &mut out);
    // A quoted word or two inside reported speech ('he had been "intimately involved"') stays a
    // statement of its own: the quoted words are the speaker's, the clause around is not.
    // A speaker that is no person: the words before the verb ("the IMF said", "police say").
    for s in out
        .iter_mut()
        .filter(|s| s.speaker.is_none() && (s.kind != QuoteKind::Partial || s.cue.is_some()))
    {
        let lead_in = || {
            seg.quote_at(s.span.start)
                .and_then(|q| cue_before(text, seg, q.outer.start, true))
        };
        let Some(cue) = s.cue.or_else(lead_in).or_else(|| verb_after(seg, s.span)) else {
            continue;
        };
        s.cue = Some(cue);
        s.group = if cue.of(text).eq_ignore_ascii_case("according") {
            group_after(text, seg, cue)
        } else {
            group_before(text, seg, cue, s.span)
        };
    }
    // A partial quote with no speaker of its own inside reported speech is the reporter's
    // speaker's: 'Demonstrators said they want "justice for Terrence"'.
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
    // One statement for a list of quotes after a calling verb: the pieces share their start.
    out.sort_by_key(|s| (s.span.start, std::cmp::Reverse(s.span.end)));
    out.dedup_by(|later, kept| {
        later.kind == QuoteKind::Partial
            && kept.kind == QuoteKind::Partial
            && later.span.start == kept.span.start
    });
    // 'a "half-way house"', 'the "Buffett rule"': a term in quotation marks after an article,
    // with nobody saying it, is the writer's phrase, not a statement.
    out.retain(|s| {
        s.kind != QuoteKind::Partial
            || s.speaker.is_some()
            || !text[..s.span.start]
                .trim_end_matches(['"', '“', '‘', '\'', '«', '„'])
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| matches!(w, "a" | "an" | "the" | "A" | "An" | "The"))
    });
    out.sort_by_key(|s| s.span);
    out
}

/// Verbs that name what someone is or does: 'called him a "nasty guy"'.
const CALLING_VERBS: &[&str] = &[
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

/// For a short partial quote after a calling verb in its sentence ('called half of his
/// supporters "deplorables"'), where the verb's object starts: the statement is the whole
/// object, as the quoted words alone say little.
fn called_object(text: &str, seg: &Segments, sentence: Span, q: &Quote) -> Option<usize> {
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
    if !gaps_ok
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

/// The words of `sentence` shortly before `pos` (2,000 bytes, a few hundred words at most), where
/// a quote's cue or calling verb stands: a sentence of thousands of quotes then costs no more
/// per quote.
fn words_before<'a>(seg: &Segments<'a>, sentence: Span, pos: usize) -> Vec<crate::text::Word<'a>> {
    let window = sentence.start.max(pos.saturating_sub(2000));
    seg.words_in(Span::new(window, pos))
}

/// The speech verb right after a quotation ending at `quote`, within its sentence.
fn verb_after(seg: &Segments, quote: Span) -> Option<Span> {
    let sentence = seg.sentences[seg.sentence_index(quote.end)];
    let from = quote.end.min(sentence.end);
    seg.words_in(Span::new(from, sentence.end))
        .iter()
        .take(8)
        .find(|w| is_cue(w.text) && w.text.starts_with(char::is_lowercase))
        .map(|w| w.span)
}

/// Lower-case nouns for groups that speak ("police said", "officials say").
const GROUP_NOUNS: &[&str] = &[
    "police",
    "officials",
    "protesters",
    "demonstrators",
    "analysts",
    "experts",
    "critics",
    "polls",
    "sources",
    "aides",
    "advisers",
    "researchers",
    "economists",
    "lawmakers",
    "prosecutors",
    "investigators",
    "authorities",
    "organizers",
    "organisers",
    "residents",
    "witnesses",
    "doctors",
    "scientists",
    "democrats",
    "republicans",
    "campaign",
    "administration",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "statement",
    "report",
    "study",
    "survey",
    "poll",
    "government",
    "ministry",
    "department",
    "company",
    "agency",
    "committee",
    "court",
    "union",
    "party",
];

/// The name of a non-person speaker just before the verb at `cue`, outside `statement`:
/// "The International Monetary Fund said", "Police say".
fn group_before(text: &str, seg: &Segments, cue: Span, statement: Span) -> Option<Span> {
    let sentence = seg.sentences[seg.sentence_index(cue.start)];
    let from = if statement.end <= cue.start && statement.end > sentence.start {
        statement.end
    } else {
        sentence.start
    };
    let mut ws = seg.words_in(Span::new(from, cue.start));
    if !text[ws.last()?.span.end..cue.start].trim().is_empty() {
        return None;
    }
    // Auxiliaries between: "The city of Phoenix is demanding", "the party has said".
    while ws.len() > 1
        && ws.last().is_some_and(|w| {
            w.joined
                && matches!(
                    w.text,
                    "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would"
                )
        })
    {
        ws.pop();
    }
    let last = ws.last()?;
    let mut k = ws.len();
    while k > 0 {
        let w = &ws[k - 1];
        let lower = w.text.to_lowercase();
        let part = w.is_capitalized()
            && !matches!(
                lower.as_str(),
                "he" | "she" | "they" | "it" | "we" | "i" | "you"
            )
            || matches!(lower.as_str(), "of" | "for" | "and" | "on")
            || GROUP_NOUNS.contains(&lower.as_str());
        if !part || (k < ws.len() && !ws[k].joined) {
            break;
        }
        k -= 1;
    }
    // Not the conjunction opening a clause: "While Comey said …".
    while k < ws.len()
        && (matches!(
            ws[k].text,
            "of" | "for" | "and" | "on" | "The" | "the" | "But" | "And" | "So" | "Yet" | "Then"
        ) || SUBORDINATORS.contains(&ws[k].text))
    {
        k += 1;
    }
    if k < ws.len() {
        return Some(Span::new(ws[k].span.start, last.span.end));
    }
    // A group noun opening the sentence, a short phrase before the verb: "Protesters marching
    // through the streets chanted".
    let first = ws.first()?;
    (first.span.start == sentence.start
        && ws.len() <= 6
        && GROUP_NOUNS.contains(&crate::text::lowercase(first.text).as_ref())
        && !text[first.span.end..cue.start].contains([',', ';', '"', '“', '”']))
    .then_some(first.span)
}

/// The name of a non-person source after "according to": "according to Politico", "according
/// to the Congressional Budget Office".
fn group_after(text: &str, seg: &Segments, according: Span) -> Option<Span> {
    let sentence = seg.sentences[seg.sentence_index(according.start)];
    let ws = seg.words_in(Span::new(according.end, sentence.end));
    let mut k = usize::from(ws.first()?.text == "to");
    if ws.get(k).is_some_and(|w| w.text == "the") {
        k += 1;
    }
    let first = ws.get(k).filter(|w| w.is_capitalized() && w.joined)?;
    let mut end = first.span.end;
    for w in &ws[k + 1..] {
        if !w.joined || !(w.is_capitalized() || matches!(w.text, "of" | "for" | "and")) {
            break;
        }
        end = w.span.end;
    }
    let name = text[first.span.start..end]
        .trim_end_matches(" of")
        .trim_end_matches(" for")
        .trim_end_matches(" and");
    Some(Span::new(first.span.start, first.span.start + name.len()))
}

/// Interview transcripts: a paragraph "PENCE: Gennifer Flowers will not be attending …" is a
/// direct statement by the person whose name the label spells.
fn transcript(
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
                out.push(StatementMention {
                    span: Span::new(start, end),
                    kind: QuoteKind::Direct,
                    speaker: Some(ri),
                    group: None,
                    cue: None,
                    medium: None,
                    audience: None,
                });
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

fn trim_span(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}

/// `"…," Zelensky declared` / `"…," said Trump` / `"…," Trump lawyer Marc Kasowitz said` /
/// `"…," Rep. John Mica (R-Fla.) said` / `"…" ― Sonya Herridge`.
fn after_quote(
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
    // A signature: "…" ― Name, at the end of its line.
    let dashed = text[at..para.end].trim_start_matches(['―', '—', '–', '-', ' ', '\u{a0}']);
    if dashed.len() < text[at..para.end].len() {
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
        if let Some(ri) = starting_in(referents, sig, sig + 40).find(|&i| signed(&referents[i])) {
            let after = text[referents[ri].span.end..para.end]
                .split('\n')
                .next()
                .unwrap_or("");
            if after.trim().trim_matches(['.', ',', '\u{a0}']).is_empty() {
                return Some((ri, None));
            }
        }
    }
    let window_end = text.floor_char_boundary(para.end.min(at + 240));
    let ws = seg.words_in(Span::new(at, window_end));
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
        if is_cue(w.text) && w.text.chars().next().is_some_and(char::is_lowercase) {
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
    let (k, cue) = cue?;
    // The speaker between quote and verb: the last person named there ("Trump lawyer Marc
    // Kasowitz said" names Kasowitz).
    if k > 0 {
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
    // "said Trump", "said Del. Stacey Plaskett of the Virgin Islands".
    let si = seg.sentence_index(cue.start);
    let ri = referents.iter().position(|r| {
        r.span.start > cue.end
            && r.span.start < cue.end + 80
            && seg.sentence_index(r.span.start) == si
            && !text[cue.end..r.span.start].contains([',', ';', '"', '“', '”'])
    })?;
    Some((ri, Some(cue)))
}

/// Words that open a subordinate clause at the start of a sentence.
const SUBORDINATORS: &[&str] = &[
    "When", "While", "If", "As", "After", "Before", "Although", "Though", "Because", "Since",
];

/// `He noted, "…"` / `…, telling ABC News, "…"`; for partial quotes, the subject before it.
fn before_quote(
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
    let candidates = || {
        starting_in(referents, sentence.start, limit)
            .map(|i| (i, &referents[i]))
            .filter(move |(_, r)| r.span.end <= limit && !seg.in_quote(r.span.start))
    };
    // A participle after a comma takes the sentence's subject: "Trump attacked Clinton for her
    // record, saying, "…"" is Trump's.
    let participle = cue
        .is_some_and(|c| c.of(text).ends_with("ing") && text[..c.start].trim_end().ends_with(','));
    // A verb coordinated with the sentence's first ("Clinton stressed her support of the raid
    // that killed bin Laden and said: "…"") is its subject's.
    let coordinated = cue.is_some_and(|c| {
        let before = text[sentence.start..c.start].trim_end();
        before.ends_with(" and") || before.ends_with(" but")
    });
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
    if let (true, Some(c)) = (direct && participle, cue) {
        if let Some(ri) = participle_subject(text, seg, referents, sentence, c) {
            return Some((ri, cue));
        }
    }
    if direct {
        // The last person before the verb who is no possessive or object ('Mr. Trump,
        // treating Mrs. Clinton's remark as a compliment, asserting, "…"').
        let subject = candidates()
            .rev()
            .find(|(_, r)| subject_position(text, sentence, r.span));
        return subject
            .or_else(|| candidates().next_back())
            .map(|(ri, _)| (ri, cue));
    }
    // A partial quote is the subject's: a calling verb's own subject ('they said Mr. Buchanan
    // called for a "culture war"'), else the first person of the sentence who does not follow a
    // preposition ('Cruz called Trump a "pathological liar"').
    let calling = cue.filter(|c| CALLING_VERBS.contains(&c.of(text)));
    if let Some(ri) = calling.and_then(|c| subject_of(text, seg, referents, sentence, c)) {
        return Some((ri, cue));
    }
    let subject =
        candidates().find(|(_, r)| !after_preposition(&text[sentence.start..r.span.start]));
    subject
        .or_else(|| candidates().next_back())
        .map(|(ri, _)| (ri, cue))
}

/// The speech verb before a quotation opening at `quote_start`, in its sentence; for a direct
/// quote, only one that leads into it (`he noted, "…"`, `Peabody said: "…"`).
fn cue_before(text: &str, seg: &Segments, quote_start: usize, direct: bool) -> Option<Span> {
    let sentence = seg.sentences[seg.sentence_index(quote_start)];
    words_before(seg, sentence, quote_start)
        .iter()
        .rev()
        .filter(|w| !seg.in_quote(w.span.start))
        // A partial quote may follow a calling verb ("Buchanan called for a "culture war"").
        .find(|w| is_cue(w.text) || !direct && CALLING_VERBS.contains(&w.text))
        .map(|w| w.span)
        .filter(|c| {
            let between = &text[c.end..quote_start];
            !direct
                || between.trim_end().ends_with([',', ':'])
                    && !between.contains(['.', '"', '“', '”'])
        })
}

/// Whether the name at `span` can be its sentence's subject: no possessive ("Clinton's
/// remark") and not after a preposition ("a letter to Trump").
fn subject_position(text: &str, sentence: Span, span: Span) -> bool {
    !possessive(text, span) && !after_preposition(&text[sentence.start..span.start])
}

/// Whether the name at `span` is a possessive ("Clinton's remark"): then it is no speaker.
fn possessive(text: &str, span: Span) -> bool {
    text[span.end..].starts_with(['’', '\''])
}

/// Whether the text `before` a name ends in a preposition: the name is then no subject
/// ("speaking of Clinton", "a letter to Trump").
fn after_preposition(before: &str) -> bool {
    let prev = before_titles(before)
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        crate::text::lowercase(prev).as_ref(),
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
    )
}

/// The text `before` a name without the honorifics and abbreviated titles standing right before
/// it ("a deal with Mr." → "a deal with", "a letter to Sen." → "a letter to"); a title written
/// out may be part of a longer one and stays ("Secretary of State").
fn before_titles(before: &str) -> &str {
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

/// A quote that opens its paragraph after a lead-in paragraph ending in a colon:
/// `Caddell continued:` / `said the senator:` then `"…"` on its own.
fn lead_in(
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
fn lead_in_speaker(
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
    let cue = ws
        .iter()
        .rev()
        .find(|w| !seg.in_quote(w.span.start) && is_cue(w.text))?
        .span;
    let outside = |i: &usize| !seg.in_quote(referents[*i].span.start);
    starting_in(referents, sentence.start, cue.start)
        .rev()
        .find(outside)
        .or_else(|| starting_in(referents, cue.end, sentence.end).find(outside))
        .map(|ri| (ri, Some(cue)))
}

/// A paragraph without quotation marks after a lead-in paragraph ending in a colon
/// (`Limbaugh added:` then the words on their own): a block quotation, the lead-in's speaker's.
fn block_quotes(
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
        });
    }
}

/// Whether quote `q` continues `prev` (said by `speaker`, or by a group when `None`): same
/// speaker, nobody else named in between, at most
/// the attribution sentence between them (or `q` opens the paragraph after `prev`'s).
fn continues(
    text: &str,
    seg: &Segments,
    prev: &Quote,
    q: &Quote,
    referents: &[Referent],
    speaker: Option<usize>,
) -> bool {
    let between = Span::new(prev.outer.end, q.outer.start);
    // Another person named in between takes over, unless only as an object or possessive
    // ('said Caddell, speaking of Clinton’s health. "It is …"').
    let others = starting_in(referents, between.start, between.end)
        .map(|i| &referents[i])
        .filter(|r| {
            let line_start = text[..r.span.start].rfind('\n').map_or(0, |n| n + 1);
            !after_preposition(&text[line_start.max(between.start)..r.span.start])
                && !possessive(text, r.span)
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

/// The nearest resolved speaker before `pos` in its paragraph, outside quotes.
/// A subject is preferred to a possessive or an object ("Mr. Trump hardly clarified the
/// matter, treating Mrs. Clinton's remark as a compliment -- "…"").
fn nearest_before(text: &str, seg: &Segments, pos: usize, referents: &[Referent]) -> Option<usize> {
    let para = seg.paragraphs[seg.paragraph_index(pos)];
    let sentence = seg.sentences[seg.sentence_index(pos)];
    let mut in_para = starting_in(referents, para.start, pos)
        .filter(|&i| referents[i].span.end <= pos && !referents[i].people.is_empty());
    let subject = in_para.clone().rev().find(|&i| {
        let span = referents[i].span;
        if span.start >= sentence.start {
            subject_position(text, sentence, span)
        } else {
            !possessive(text, span)
        }
    });
    subject.or_else(|| in_para.next_back())
}

/// Medium and audience: from the sentence of the cue, else from the sentence a pronoun's
/// antecedent stands in.
fn setting(
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

/// Verbs that report a clause without "that" ("Clinton said she was awake").
const BARE_CLAUSE_VERBS: &[&str] = &[
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
];

/// Verbs of belief and finding that attribute a "that" clause to someone ("a poll found that",
/// "Clinton believes that").
const BELIEF_VERBS: &[&str] = &[
    "found",
    "finds",
    "shows",
    "showed",
    "shown",
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
];

/// Verbs whose listener stands between verb and clause ("told reporters he would …").
const TELL_VERBS: &[&str] = &[
    "told", "tells", "tell", "telling", "informed", "assured", "reminded", "warned", "warns",
];

/// Listeners that are not capitalised names.
const LISTENERS: &[&str] = &[
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

/// Words a reported clause does not start with: after "said" they begin an adverbial
/// ("said on Tuesday", "said in a statement") or another construction.
const NOT_CLAUSE_STARTS: &[&str] = &[
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

/// Adverbs and auxiliaries that may stand between a speaker and the verb ("he also said").
fn between_subject_and_verb(gap: &str, verb: &str) -> bool {
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
    g.split_whitespace().count() <= 4 && g.split_whitespace().all(|w| gap_word(w, verb))
}

/// Whether `w` may stand between a subject and `verb`: an adverb, an auxiliary, a time; a form
/// of "be" only before an "-ing" verb ("is suggesting"; "was told" is passive: the subject is
/// the listener).
fn gap_word(w: &str, verb: &str) -> bool {
    let w = w.trim_end_matches(',');
    w.ends_with("ly")
        || SUBJECT_VERB_GAP.contains(&w)
        || verb.ends_with("ing") && matches!(w, "is" | "was" | "are" | "were" | "been")
}

/// Words that may stand between a speaker and the verb ("Mr Straw last week said").
const SUBJECT_VERB_GAP: &[&str] = &[
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
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
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

/// The referent that is the subject of the verb at `verb`: the nearest before it in the
/// sentence, with nothing but adverbs or an apposition between them.
fn subject_of(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    verb: Span,
) -> Option<usize> {
    // A name after a preposition is no subject ("Mr. Biden, recalling breakfasts with Mrs.
    // Clinton, described …").
    let ri = starting_in(referents, sentence.start, verb.start)
        .rev()
        .find(|&i| {
            let span = referents[i].span;
            span.end <= verb.start
                && !seg.in_quote(span.start)
                && !after_preposition(&text[sentence.start..span.start])
        })?;
    between_subject_and_verb(&text[referents[ri].span.end..verb.start], verb.of(text)).then_some(ri)
}

/// The indices of the referents (sorted by position) that start in `from..to`: a binary search,
/// so that looking for a speaker costs the same in a long text as in a short one.
fn starting_in(referents: &[Referent], from: usize, to: usize) -> std::ops::Range<usize> {
    referents.partition_point(|r| r.span.start < from)
        ..referents.partition_point(|r| r.span.start < to)
}

/// The end of a reported clause starting at `start`: the sentence end, a dash or a semicolon.
/// The longest clause of reported speech, in bytes: a longer one (a run-on "sentence" of a
/// whole page, without a full stop) is no statement, and bounding it keeps the work per cue
/// constant, so extraction stays linear in the text's length.
const MAX_CLAUSE: usize = 4096;

fn clause_span(text: &str, start: usize, end: usize) -> Option<Span> {
    // "according to🙂Jane Smith," gives a clause that would end before it starts.
    if start >= end {
        return None;
    }
    if end.saturating_sub(start) > MAX_CLAUSE {
        let mut cut = start + MAX_CLAUSE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &text[start..cut];
        let stop = head
            .find(['—', ';'])
            .or_else(|| head.find(" – "))
            .or_else(|| head.find(" -- "))?;
        return clause_span(text, start, start + stop);
    }
    let rest = &text[start..end];
    let stop = rest
        .find(['—', ';'])
        .or_else(|| rest.find(" – "))
        .or_else(|| rest.find(" -- "))
        .unwrap_or(rest.len());
    let clause = rest[..stop]
        .trim_end()
        .trim_end_matches(['.', ',', ':', '!', '?'])
        .trim_end();
    let clause = clause
        .trim_end_matches(['"', '”', '’'])
        .trim_end_matches(['.', ','])
        .trim_end();
    (!clause.is_empty()).then(|| Span::new(start, start + clause.len()))
}

/// Reported speech:
/// - `SPEAKER CUE [LISTENER] that CLAUSE` and, for say-like verbs, the same without "that";
/// - `CLAUSE, SPEAKER said.` with the clause before;
/// - `according to SPEAKER, CLAUSE` and `CLAUSE, according to SPEAKER.`
fn indirect(text: &str, seg: &Segments, referents: &[Referent], out: &mut Vec<StatementMention>) {
    // The statements found before (quotes, transcripts), by start, with the greatest end so far:
    // whether a clause overlaps one of them is a binary search.
    let mut before: Vec<Span> = out
        .iter()
        .filter(|s| s.kind != QuoteKind::Partial)
        .map(|s| s.span)
        .collect();
    before.sort();
    let max_end: Vec<usize> = before
        .iter()
        .scan(0, |m, s| {
            *m = s.end.max(*m);
            Some(*m)
        })
        .collect();
    // Reported clauses stay inside their sentence, so only this sentence's can overlap.
    let mut sentence_first;
    let push = |span: Span,
                cue: Span,
                speaker: Option<usize>,
                sentence_first: usize,
                out: &mut Vec<StatementMention>| {
        let k = before.partition_point(|s| s.start < span.end);
        if seg.in_quote(span.start)
            || seg.headline().is_some_and(|h| h.contains(span.start))
            || k > 0 && max_end[k - 1] > span.start
            || out[sentence_first..]
                .iter()
                .any(|s| s.span.start < span.end && span.start < s.span.end)
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
        });
    };
    for sentence in &seg.sentences {
        sentence_first = out.len();
        let ws = seg.words_in(*sentence);
        for (i, w) in ws.iter().enumerate() {
            if seg.in_quote(w.span.start) {
                continue;
            }
            let lower = crate::text::lowercase(w.text);
            if lower == "according" && ws.get(i + 1).is_some_and(|n| n.text == "to") {
                according_to(text, seg, referents, *sentence, &ws, i, &mut |sp, sk| {
                    push(sp, w.span, sk, sentence_first, out)
                });
                continue;
            }
            let belief = BELIEF_VERBS.contains(&lower.as_ref());
            // A capital inside the sentence makes a name ("the United States pledged"), unless
            // the line is in title case ("Sanders Says He Has Started").
            let in_name = w.is_capitalized()
                && !ws
                    .get(i + 1)
                    .is_some_and(|n| n.is_capitalized() && n.joined);
            if !(is_cue(&lower) || belief) || (i > 0 && (ws[i - 1].text == "to" || in_name)) {
                continue;
            }
            // "… that CLAUSE" within a few words (right after the verb for belief verbs).
            let reach = if belief { 2 } else { 7 };
            if let Some(t) = (i + 1..(i + reach).min(ws.len())).find(|&t| ws[t].text == "that") {
                if ws[i + 1..=t].iter().all(|x| x.joined) {
                    if let Some(span) = ws
                        .get(t + 1)
                        .and_then(|n| clause_span(text, n.span.start, sentence.end))
                    {
                        if span.of(text).split_whitespace().count() >= 3 {
                            let speaker = subject_of(text, seg, referents, *sentence, w.span)
                                .or_else(|| {
                                    coordinated_subject(text, seg, referents, *sentence, &ws, i)
                                })
                                .or_else(|| near_subject(seg, referents, *sentence, w.span));
                            push(span, w.span, speaker, sentence_first, out);
                        }
                    }
                    continue;
                }
            }
            if belief || !BARE_CLAUSE_VERBS.contains(&lower.as_ref()) {
                continue;
            }
            let speaker = subject_of(text, seg, referents, *sentence, w.span)
                .or_else(|| coordinated_subject(text, seg, referents, *sentence, &ws, i));
            // The clause before: "CLAUSE, SPEAKER said." / "CLAUSE, said SPEAKER." (never a
            // participle's: "X, clearly frustrated, responded, saying …").
            if let Some(span) = (!lower.ends_with("ing"))
                .then(|| clause_before(text, seg, *sentence, &ws, i))
                .flatten()
            {
                let speaker = speaker.or_else(|| {
                    starting_in(referents, w.span.start + 1, sentence.end)
                        .find(|&i| referents[i].span.end <= sentence.end)
                });
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
                } else if ws.get(j).is_some_and(|n| LISTENERS.contains(&n.text)) {
                    j += 1;
                } else if ws.get(j).is_some_and(|n| n.text == "the") && ws.get(j + 1).is_some() {
                    j += 2;
                } else {
                    continue;
                }
            }
            let Some(first) = ws.get(j) else { continue };
            let starts_clause = first.joined
                && !first.text.ends_with("ly")
                && !NOT_CLAUSE_STARTS.contains(&first.text.to_lowercase().as_str());
            // ", said X" is the postposed form, handled above.
            let after_comma = i > 0 && text[ws[i - 1].span.end..w.span.start].contains(',');
            if !starts_clause || after_comma && speaker.is_none() {
                continue;
            }
            // A participle opening the sentence ("Claiming the debate is rigged, Trump told Fox
            // that …"): the clause ends at the comma before the main clause, whose subject
            // speaks.
            if i == 0 && lower.ends_with("ing") {
                let main = starting_in(referents, first.span.start, sentence.end).find(|&r| {
                    !seg.in_quote(referents[r].span.start)
                        && before_titles(&text[first.span.start..referents[r].span.start])
                            .ends_with(',')
                });
                if let Some(r) = main {
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
            let end = ws[j + 1..]
                .iter()
                .filter(|v| is_cue(v.text) && !seg.in_quote(v.span.start))
                .find_map(|v| {
                    subject_of(text, seg, referents, *sentence, v.span)
                        .filter(|&r| referents[r].span.start > first.span.start)
                })
                .and_then(|r| {
                    let head = &text[first.span.start..referents[r].span.start];
                    head.rfind([',', ';'])
                        .or_else(|| head.rfind(" and "))
                        .or_else(|| head.rfind(" but "))
                        .map(|c| first.span.start + c)
                })
                .unwrap_or(sentence.end);
            if let Some(span) = clause_span(text, first.span.start, end) {
                if span.of(text).split_whitespace().count() >= 4 {
                    push(span, w.span, speaker, sentence_first, out);
                }
            }
        }
    }
}

/// The subject of a verb coordinated with an earlier one: "Cruz urged Republicans to vote and
/// said he …" — the first person of the sentence who follows no preposition.
fn coordinated_subject(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
) -> Option<usize> {
    let verb = ws[i].text;
    // Back over auxiliaries and adverbs: "but has since said".
    let mut k = i;
    while k > 0 && i - k < 3 && ws[k - 1].joined && gap_word(ws[k - 1].text, verb) {
        k -= 1;
    }
    let link = k.checked_sub(1).map(|l| &ws[l])?;
    let coordinated = matches!(link.text, "and" | "but");
    // A participle after a comma or a preposition: "Clinton, clearly frustrated, responded,
    // saying …", "Trump told reporters, before insisting he …".
    let participle = verb.ends_with("ing")
        && k == i
        && (text[link.span.end..ws[k].span.start].contains(',')
            || matches!(link.text, "by" | "while" | "before" | "after" | "when"));
    if !(coordinated || participle) {
        return None;
    }
    if !coordinated {
        return participle_subject(text, seg, referents, sentence, ws[k].span);
    }
    let limit = link.span.start;
    starting_in(referents, sentence.start, limit).find(|&r| {
        let span = referents[r].span;
        span.end <= limit
            && !seg.in_quote(span.start)
            && !after_preposition(&text[sentence.start..span.start])
    })
}

/// The subject of a participle after a comma ("Trump attacked Clinton, saying …"): the speaker
/// of the speech verb before it in the sentence when there is one ("Spicer said, adding",
/// "said Caddell, adding"), else the first person of the sentence who is no object or
/// possessive.
fn participle_subject(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    participle: Span,
) -> Option<usize> {
    let ws = words_before(seg, sentence, participle.start);
    let verb = ws.iter().rev().find(|w| {
        !seg.in_quote(w.span.start)
            && w.text.starts_with(char::is_lowercase)
            && !w.text.ends_with("ing")
            && is_cue(w.text)
    });
    if let Some(v) = verb {
        if let Some(r) = subject_of(text, seg, referents, sentence, v.span) {
            return Some(r);
        }
        let named_after = starting_in(referents, v.span.end, participle.start).next();
        if let Some(r) = named_after.filter(|&r| {
            referents[r].span.end <= participle.start
                && before_titles(&text[v.span.end..referents[r].span.start]).is_empty()
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
    before()
        .find(|&r| !after_preposition(&text[sentence.start..referents[r].span.start]))
        .or_else(|| before().next())
}

/// For "that" clauses whose subject stands further away ("X, who …, said that"): the first
/// referent of the sentence before the verb.
fn near_subject(
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    verb: Span,
) -> Option<usize> {
    starting_in(referents, sentence.start, verb.start)
        .find(|&i| referents[i].span.end <= verb.start && !seg.in_quote(referents[i].span.start))
}

/// "CLAUSE, SPEAKER said." — the verb's phrase closes the sentence after a comma.
fn clause_before(
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
    let start = sentence.start;
    let first = text[start..].chars().next()?;
    if matches!(first, '"' | '“' | '‘' | '\'') {
        return None; // a direct quote, found as such
    }
    let span = clause_span(text, start, comma_pos)?;
    (span.of(text).split_whitespace().count() >= 4).then_some(span)
}

/// "according to X, CLAUSE" / "CLAUSE, according to X."
fn according_to(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    ws: &[crate::text::Word<'_>],
    i: usize,
    emit: &mut dyn FnMut(Span, Option<usize>),
) {
    let at = ws[i].span.start;
    let speaker = referents
        .iter()
        .position(|r| r.span.start > at && r.span.start < at + 80 && !seg.in_quote(r.span.start));
    let after = &text[ws[i + 1].span.end..sentence.end];
    if let Some(c) = after.find(',') {
        // "according to X, CLAUSE"
        let start = ws[i + 1].span.end + c + 1;
        let start = start + (text[start..].len() - text[start..].trim_start().len());
        if let Some(span) = clause_span(text, start, sentence.end) {
            if span.of(text).split_whitespace().count() >= 4 {
                emit(span, speaker);
                return;
            }
        }
    }
    // "CLAUSE, according to X."
    let before = text[sentence.start..at].trim_end();
    if let Some(clause) = before.strip_suffix(',') {
        if let Some(span) = clause_span(text, sentence.start, sentence.start + clause.len()) {
            if span.of(text).split_whitespace().count() >= 4
                && !matches!(text[span.start..].chars().next(), Some('"' | '“'))
            {
                emit(span, speaker);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    /// A statement expected: its words, kind and speaker name.
    type Expected<'a> = (&'a str, QuoteKind, Option<&'a str>);

    /// (text, [(statement, kind, speaker name)])
    fn check(cases: &[(&str, &[Expected])]) {
        for (input, expected) in cases {
            let x = extract(input);
            let got: Vec<(&str, QuoteKind, Option<&str>)> = x
                .statements
                .iter()
                .map(|s| {
                    (
                        s.span.of(input),
                        s.kind,
                        s.speakers.first().map(|&p| x.people[p].name.as_str()),
                    )
                })
                .collect();
            assert_eq!(&got, expected, "{input}");
        }
    }

    #[test]
    fn speaker_positions() {
        use QuoteKind::*;
        check(&[
            (
                "\"No point,\" Jane Smith declared.",
                &[("No point,", Direct, Some("Jane Smith"))],
            ),
            (
                "\"No point,\" said Jane Smith.",
                &[("No point,", Direct, Some("Jane Smith"))],
            ),
            (
                "Jane Smith noted, \"This is the first step.\"",
                &[("This is the first step.", Direct, Some("Jane Smith"))],
            ),
            (
                "Jane Smith kept calm, telling ABC News, \"We will focus.\"",
                &[("We will focus.", Direct, Some("Jane Smith"))],
            ),
            (
                "\"One,\" Jane Smith said. \"Two.\" Then she left.",
                &[
                    ("One,", Direct, Some("Jane Smith")),
                    ("Two.", Direct, Some("Jane Smith")),
                ],
            ),
            (
                "Jane Smith spoke. \"Maybe,\" she wrote.",
                &[("Maybe,", Direct, Some("Jane Smith"))],
            ),
            // A person named only as an object or possessive does not take the next quote.
            (
                "\"It matters,\" said Jane Smith, speaking of Tom Brown's health. \"It is real.\"",
                &[
                    ("It matters,", Direct, Some("Jane Smith")),
                    ("It is real.", Direct, Some("Jane Smith")),
                ],
            ),
            // The subject before the verb, not a possessive in between.
            (
                "Tom Brown, treating Jane Smith's remark as praise, asserted, \"Of course I pay.\"",
                &[("Of course I pay.", Direct, Some("Tom Brown"))],
            ),
            // A lead-in paragraph ending in a colon.
            (
                "Tom Brown left early.\n\nJane Smith continued:\n\n\"We will stay here.\"",
                &[("We will stay here.", Direct, Some("Jane Smith"))],
            ),
            // "Del." does not end the sentence before the name.
            (
                "\"It is a waste,\" said Del. Jane Smith of Guam.",
                &[("It is a waste,", Direct, Some("Jane Smith"))],
            ),
            // A participle after a comma is the sentence subject's, not its object's.
            (
                "At a rally in Ohio, Tom Brown attacked Jane Smith over her plan, saying, \"She has no idea.\"",
                &[("She has no idea.", Direct, Some("Tom Brown"))],
            ),
            // ... and after a speech verb, that verb's speaker.
            (
                "Tom Brown and Jane Smith meet next week, Ann Lee said, adding, \"They must talk.\"",
                &[("They must talk.", Direct, Some("Ann Lee"))],
            ),
            // A verb coordinated with the first is the sentence subject's.
            (
                "Jane Smith praised the raid that caught Tom Brown and said: \"It was right.\"",
                &[("It was right.", Direct, Some("Jane Smith"))],
            ),
            (
                "When asked whom she backed, Jane Smith smiled and said, \"Nobody yet.\"",
                &[("Nobody yet.", Direct, Some("Jane Smith"))],
            ),
            // A no-break space before a title (this once cut a character in two).
            (
                "On Sunday, the nominee\u{a0}Gov. Jane Smith said, \"No.\"",
                &[("No.", Direct, Some("Jane Smith"))],
            ),
            // A signature may start with words that are not part of the known name.
            (
                "Luis Olidem wrote to us.\n\n\"We are tired of it.\" ― Maria N Luis Olidem",
                &[("We are tired of it.", Direct, Some("Luis Olidem"))],
            ),
            // A direct quote between dashes after a name.
            (
                "Tom Brown mocked Jane Smith's plan as a fantasy -- \"It will never work\" -- on Monday.",
                &[("It will never work", Direct, Some("Tom Brown"))],
            ),
            // An organisation speaks; the quote after it is the organisation's too, and the
            // next paragraph's quote is not taken by the person named earlier.
            (
                "Tom Brown spoke first. \"On this basis,\" Zero Hedge said, \"the rate is higher.\"",
                &[
                    ("On this basis,", Direct, None),
                    ("the rate is higher.", Partial, None),
                ],
            ),
        ]);
    }

    #[test]
    fn partial_and_group_speakers() {
        use QuoteKind::*;
        check(&[
            (
                "Jane Smith expressed openness to \"serious negotiations.\"",
                &[("serious negotiations.", Partial, Some("Jane Smith"))],
            ),
            (
                "Jane Smith met John Brown. They called for peace \"in the air, at sea\".",
                &[("in the air, at sea", Partial, Some("Jane Smith"))],
            ),
            ("He called it a \"farce\".", &[]),
            // After a calling verb the statement is the whole object, a list of quotes one.
            (
                "Ted Cruz called Donald Trump a \"pathological liar\" in May.",
                &[("Donald Trump a \"pathological liar", Partial, Some("Ted Cruz"))],
            ),
            (
                "Ted Cruz called Donald Trump a \"pathological liar\" who is \"utterly amoral,\" a \"serial philanderer\" and worse.",
                &[(
                    "Donald Trump a \"pathological liar\" who is \"utterly amoral,\" a \"serial philanderer",
                    Partial,
                    Some("Ted Cruz"),
                )],
            ),
            (
                "Jane Smith described the plan as \"deeply flawed\" on Monday.",
                &[("the plan as \"deeply flawed", Partial, Some("Jane Smith"))],
            ),
            // A term after an article that nobody says is the writer's.
            ("The town built a \"half-way house\" for the elderly.", &[]),
            // A few quoted words inside reported speech are a statement of their own too.
            (
                "Jane Smith said the plan was 'a big mistake' for the town.",
                &[
                    ("the plan was 'a big mistake' for the town", Indirect, Some("Jane Smith")),
                    ("a big mistake", Partial, Some("Jane Smith")),
                ],
            ),
            // A partial quote before ", said X" is X's, not the sentence subject's.
            (
                "Jane Smith \"is the only one who can win,\" said Tom Brown.",
                &[("is the only one who can win,", Partial, Some("Tom Brown"))],
            ),
            // A calling verb's own subject, past a name after a preposition.
            (
                "Some voters feared a rerun of Tom Brown's speech, when Mr. Brown, speaking with Jane Smith, called for a \"cultural war\" against them.",
                &[("a \"cultural war", Partial, Some("Tom Brown"))],
            ),
            // A sentence-opening participle is the main clause subject's.
            (
                "Claiming the debate was rigged against him, Tom Brown told Fox that \"they want me out.\"",
                &[
                    ("the debate was rigged against him", Indirect, Some("Tom Brown")),
                    ("they want me out.", Partial, Some("Tom Brown")),
                ],
            ),
            // A clause before "X said" may go on after it with a subordinate clause.
            (
                "The plan has badly hurt the party with young voters, Tom Brown said, since most of them care about it.",
                &[(
                    "The plan has badly hurt the party with young voters",
                    Indirect,
                    Some("Tom Brown"),
                )],
            ),
            // A paragraph without quotation marks after a lead-in ending in a colon.
            (
                "Tom Brown spoke at length.\n\nBrown added:\n\nAnd this is the worst plan I have ever seen in my life.",
                &[(
                    "And this is the worst plan I have ever seen in my life.",
                    Direct,
                    Some("Tom Brown"),
                )],
            ),
            // Song lines are sung.
            (
                "\"Keep your hands in sight,\" Jane Smith sings to the crowd.",
                &[("Keep your hands in sight,", Direct, Some("Jane Smith"))],
            ),
            // Typewriter double marks.
            (
                "''We will win,'' Jane Smith said. ''Nobody doubts it.''",
                &[
                    ("We will win,", Direct, Some("Jane Smith")),
                    ("Nobody doubts it.", Direct, Some("Jane Smith")),
                ],
            ),
        ]);
    }

    #[test]
    fn reported_speech() {
        use QuoteKind::*;
        check(&[
            (
                "Jane Smith told reporters that the plan had failed badly.",
                &[("the plan had failed badly", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith added that the West must halt aid—a sticking point.",
                &[("the West must halt aid", Indirect, Some("Jane Smith"))],
            ),
            ("It is so big that nobody can lift it.", &[]),
            (
                "\"He said that it was over,\" she recalled.",
                &[("He said that it was over,", Direct, None)],
            ),
        ]);
    }

    #[test]
    fn reported_speech_without_that() {
        use QuoteKind::*;
        check(&[
            (
                "Jane Smith said she was awake all night.",
                &[("she was awake all night", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told USA Today the campaign planned a protest.",
                &[(
                    "the campaign planned a protest",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "The talks collapsed last week, Jane Smith said.",
                &[(
                    "The talks collapsed last week",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "According to Jane Smith, the talks collapsed last week.",
                &[(
                    "the talks collapsed last week",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "The talks collapsed last week, according to Jane Smith.",
                &[(
                    "The talks collapsed last week",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            ("Jane Smith refused to say whether she would stay.", &[]),
            (
                "Jane Smith believes that the vote was rigged.",
                &[("the vote was rigged", Indirect, Some("Jane Smith"))],
            ),
            ("Jane Smith knows the man that runs the shop.", &[]),
            ("Jane Smith said on Tuesday.", &[]),
            // The subject of a coordinated verb.
            (
                "Jane Smith urged voters to stay home and said she was tired of the race.",
                &[("she was tired of the race", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith has supported the plan but has since said it must change first.",
                &[("it must change first", Indirect, Some("Jane Smith"))],
            ),
            // A participle after a comma, with the sentence's subject.
            (
                "Jane Smith, clearly frustrated, responded, saying the campaign was lying.",
                &[("the campaign was lying", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith is suggesting she beat expectations in the state.",
                &[(
                    "she beat expectations in the state",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "Jane Smith defended her posts shaming a former Miss Universe, saying it shows she is awake.",
                &[("it shows she is awake", Indirect, Some("Jane Smith"))],
            ),
            (
                "The chairman, Tom Brown, said he cannot comment on the letter.",
                &[("he cannot comment on the letter", Indirect, Some("Tom Brown"))],
            ),
            // A bare clause stops before another speaker's verb.
            (
                "When he wrote his book, Tom Brown said that he considered debt a last resort.",
                &[(
                    "he considered debt a last resort",
                    Indirect,
                    Some("Tom Brown"),
                )],
            ),
        ]);
    }

    #[test]
    fn transcripts_signatures_and_titles_before_the_verb() {
        use QuoteKind::*;
        check(&[
            (
                "Host Chris Wallace met Gov. Mike Pence.\n\nPENCE: We will win this race.",
                &[("We will win this race.", Direct, Some("Mike Pence"))],
            ),
            // A speaker named only by labels; a turn over paragraphs that open with a mark.
            (
                "Gov. Mike Pence spoke.\n\n\"HOLT: Will she come?\n\n\"PENCE: No, she won't.\n\n\"But we are ready.\n\n\"HOLT: Thank you.",
                &[
                    ("Will she come?", Direct, Some("Holt")),
                    ("No, she won't.", Direct, Some("Mike Pence")),
                    ("But we are ready.", Direct, Some("Mike Pence")),
                    ("Thank you.", Direct, Some("Holt")),
                ],
            ),
            // A turn in quotation marks after its label.
            (
                "Gov. Mike Pence spoke.\n\nHOLT: “Will she come?”\n\nPENCE: “No.”\n\nHOLT: Thanks.",
                &[
                    ("Will she come?", Direct, Some("Holt")),
                    ("No.", Direct, Some("Mike Pence")),
                    ("Thanks.", Direct, Some("Holt")),
                ],
            ),
            // Labels that name no one.
            (
                "Jane Smith spoke.\n\nUPDATE: It rained.\n\nNOTE: It stopped.\n\nUPDATE: Again.",
                &[],
            ),
            (
                "Jane Smith spoke.\n\n“We are tired of this.” ― Jane Smith\n\nEnd.",
                &[("We are tired of this.", Direct, Some("Jane Smith"))],
            ),
            (
                "Donald Trump sued.\n\n\"We are pleased,\" Trump lawyer Marc Kasowitz said.",
                &[("We are pleased,", Direct, Some("Marc Kasowitz"))],
            ),
            (
                "\"Subpoenas are not optional,\" panel Chairman Rep. Jason Chaffetz (R-Utah) said.",
                &[(
                    "Subpoenas are not optional,",
                    Direct,
                    Some("Jason Chaffetz"),
                )],
            ),
        ]);
    }

    #[test]
    fn organisations_speak_too() {
        for (input, group) in [
            (
                "The International Monetary Fund said growth would slow this year.",
                "International Monetary Fund",
            ),
            ("\"We are ready,\" police said.", "police"),
            (
                "Growth will slow this year, the Bank of England said.",
                "Bank of England",
            ),
            (
                "In a statement, Acme said: \"The plant was a success,\" adding more.",
                "Acme",
            ),
            (
                "According to Politico, both areas are home to many black voters.",
                "Politico",
            ),
            (
                "The deficit will rise sharply next year, according to the Congressional Budget Office.",
                "Congressional Budget Office",
            ),
            // A group noun opening the sentence, a short phrase before its verb.
            ("Protesters marching through town chanted \"No more!\"", "Protesters"),
            // Auxiliaries between the organisation and its verb.
            (
                "The city of Springfield is demanding that the campaign stop using its logo.",
                "Springfield",
            ),
            // Not the conjunction that opens the clause.
            (
                "While Acme said sales would grow this year, Tom Brown said they would not.",
                "Acme",
            ),
            // Quoted words inside a group's reported speech are the group's.
            (
                "Demonstrators said they want \"justice for all of us\" in the city.",
                "Demonstrators",
            ),
            // "States" in a name is no speech verb.
            (
                "The United States pledged that it would lift the limits.",
                "United States",
            ),
        ] {
            let x = extract(input);
            let s = &x.statements[0];
            assert!(s.speakers.is_empty(), "{input}");
            assert_eq!(s.group.as_deref(), Some(group), "{input}");
        }
    }

    #[test]
    fn medium_and_audience_table() {
        for (sentence, m, a) in [
            (
                "Zelensky declared in a post on X.",
                Some("a post on X"),
                None,
            ),
            (
                "Trump, in a strongly worded Truth Social post, demanded",
                Some("Truth Social post"),
                None,
            ),
            (
                "Putin, in a televised address Saturday night, stopped",
                Some("a televised address"),
                None,
            ),
            ("Starmer told the BBC.", None, Some("the BBC")),
            ("she said, telling ABC News,", None, Some("ABC News")),
        ] {
            assert_eq!(
                (medium(sentence).as_deref(), audience(sentence).as_deref()),
                (m, a),
                "{sentence}"
            );
        }
    }
}
