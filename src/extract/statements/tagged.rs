//! Reported speech the attribution tagger ([`crate::learn::attribution`]) finds: a content it
//! tags in a sentence with a cue becomes a statement when it is a proposition, said by the
//! person its tagged source names, or by the group the source's words are.

use super::clause::*;
use super::reported::Taken;
use super::subjects::*;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};

/// Who finds reported speech: the rules of [`super::reported::indirect`], the attribution tagger
/// ([`crate::learn::attribution`]), or both (the tagger adds what the rules did not find).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reported {
    /// The rules alone.
    Rules,
    /// The tagger alone.
    Model,
    /// The rules, then the tagger where they found nothing.
    Combined,
}

impl Reported {
    /// The default, or the one `NEWSGRAPH_REPORTED` (`rules`, `model`, `combined`) names.
    pub fn from_env() -> Reported {
        static CHOICE: std::sync::LazyLock<Reported> =
            std::sync::LazyLock::new(|| match std::env::var("NEWSGRAPH_REPORTED").as_deref() {
                Ok("rules") => Reported::Rules,
                Ok("model") => Reported::Model,
                _ => Reported::Combined,
            });
        *CHOICE
    }
}

/// Reported speech the attribution tagger finds: each content span of a sentence that also
/// has a cue, outside the statements found before; its speaker is the person named in the
/// tagged source (else the cue's subject), or the source's words when they name no person.
pub(super) fn learned(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    tagger: &crate::learn::attribution::AttributionTagger,
    out: &mut Vec<StatementMention>,
) {
    use crate::learn::attribution::{sentence_tokens, Role};
    let taken = Taken::new(out);
    let gate = Taken::of(out, |s| {
        !s.cue.is_some_and(|c| super::demands::is_demand(text, c))
    });
    let overlaps = |span: Span| taken.overlaps(span);
    // Partial quotes, by start: a content that is mostly one of them adds nothing ('called
    // Trump a "pathological liar" and worse').
    // (Not a quoted word that no one says yet, which stands only inside words reported:
    // 'many saying it was "unjustified"'.)
    let mut partials: Vec<Span> = out
        .iter()
        .filter(|s| s.kind == QuoteKind::Partial && !super::unsaid_word(text, s))
        .map(|s| s.span)
        .collect();
    partials.sort();
    let mostly_quoted = |span: Span| {
        let quoted: usize = partials[span.overlapping(&partials)]
            .iter()
            .map(|p| p.end.min(span.end) - p.start.max(span.start))
            .sum();
        2 * quoted >= span.end - span.start
    };
    for &sentence in &seg.sentences {
        if seg.headline().is_some_and(|h| h.contains(sentence.start)) {
            continue;
        }
        // A sentence with a statement the rules found: what the tagger adds there is rarely
        // more (PolNeAR train, 5-fold: 1.5% of the statements found), and skipping it saves
        // about a third of the tagger's time. (But for what someone calls for, a phrase in a
        // clause that may stand beside another's words: "Asked about officials calling for a
        // cut, Miyazawa said only …".)
        if gate.overlaps(sentence) {
            continue;
        }
        let (toks, quoted) = sentence_tokens(text, seg, sentence);
        if toks.is_empty() || quoted.iter().all(|&q| q) {
            continue;
        }
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        if !may_state(sentence.of(text), &words) {
            continue;
        }
        // No word that may begin a cue: nothing is attributed (a fifth of Reuters' sentences
        // that reach here).
        let cued = words
            .iter()
            .zip(&quoted)
            .any(|(w, q)| !q && tagger.may_cue(&crate::text::lowercase(w)));
        if !cued {
            continue;
        }
        let labels = tagger.labels(&words, &quoted);
        // The spans of each role, as byte ranges.
        let mut parts: Vec<(Role, Span)> = Vec::new();
        for (i, l) in labels.iter().enumerate() {
            let Some((role, begins)) = Role::from_label(l) else {
                continue;
            };
            match parts.last_mut() {
                Some((r, span)) if *r == role && !begins && span.end <= toks[i].start => {
                    span.end = toks[i].end;
                }
                _ => parts.push((role, Span::new(toks[i].start, toks[i].end))),
            }
        }
        let cues: Vec<Span> = parts
            .iter()
            .filter(|(r, _)| *r == Role::Cue)
            .map(|p| p.1)
            .collect();
        let first_new = out.len();
        for &(_, content) in parts.iter().filter(|(r, _)| *r == Role::Content) {
            let content = trim_span(text, content);
            let words = content.of(text);
            let trimmed = words
                .trim_end_matches(['.', ',', ';', ':', '"', '”', '’'])
                .trim_end();
            let content = Span::new(content.start, content.start + trimmed.len());
            if trimmed.split_whitespace().count() < 3
                || overlaps(content)
                || mostly_quoted(content)
                || seg.in_quote(content.start)
                || out[first_new..].iter().any(|s| s.span.overlaps(content))
            {
                continue;
            }
            // The cue nearest the content.
            let distance = |c: &Span| {
                if c.end <= content.start {
                    content.start - c.end
                } else {
                    c.start.saturating_sub(content.end)
                }
            };
            let Some(&cue) = cues.iter().min_by_key(|c| distance(c)) else {
                continue;
            };
            // "All claims would be processed": a noun, no cue.
            let before_cue = text[sentence.start..cue.start]
                .split_whitespace()
                .next_back();
            let cue_word = cue.of(text).split_whitespace().next().unwrap_or("");
            let cue_lower = crate::text::lowercase(cue_word);
            // (Nor a plural noun before its own verb: "Fresh claims surfaced on Monday".)
            // (Not an owner's: "His comments appeared to serve notice that …".)
            let mut after_cue = text[cue.start..sentence.end]
                .split_whitespace()
                .skip(1)
                .map(|w| w.trim_matches([',', '.', ';', ':', '"', '“', '”', '‘', '’']));
            let owned = before_cue.is_some_and(|b| {
                b.ends_with("'s") || b.ends_with("’s") || is_possessive_pronoun(b)
            });
            if before_cue.is_some_and(|b| noun_form(b, &cue_lower))
                || !owned && noun_before_its_verb(&cue_lower, after_cue.next(), after_cue.next())
            {
                continue;
            }
            if no_speech_cue(before_cue, cue.of(text)) {
                continue;
            }
            // (Nor "add to" and its noun: "adding to concern that …", "added to fears that".)
            let last: Vec<&str> = text[sentence.start..cue.end]
                .split_whitespace()
                .rev()
                .take(4)
                .collect();
            let add_to = last
                .windows(2)
                .any(|p| p[0] == "to" && is_add(&crate::text::lowercase(p[1])));
            if add_to || before_cue == Some("than") {
                continue;
            }
            // "His claims were denied by …": after a determiner, a cue whose content opens with
            // a finite verb is a noun, and the content no clause.
            let content_first = trimmed.split_whitespace().next().unwrap_or("");
            if before_cue.is_some_and(is_determiner)
                && content.start >= cue.end
                && finite_form(&bare_word(content_first))
            {
                continue;
            }
            // PolNeAR attributes beliefs and intentions too ("maintained a hopeful tone",
            // "urging Ukraine to accept talks"); a statement is something said.
            // Or a thing said, named by a verb of speech ("accused the governor of
            // cronyism", "called for a ban on imports").
            let no_clause = !proposition(trimmed);
            let question = asks(cue.of(text), trimmed);
            if no_clause && !said_of(before_cue, cue.of(text), trimmed) {
                continue;
            }
            // The source nearest the cue, and the person it names.
            let source = parts
                .iter()
                .filter(|(r, _)| *r == Role::Source)
                .map(|p| p.1)
                .min_by_key(|s| {
                    if s.end <= cue.start {
                        cue.start - s.end
                    } else {
                        s.start.saturating_sub(cue.end)
                    }
                });
            // In a source with an apposition, the name before it ("Tom Fitton, the president of
            // Judicial Watch"); else the last name ("Trump lawyer Marc Kasowitz", "In a
            // speech about Tom Brown, Bob Lee": a phrase before the name is no apposition).
            let named = source.and_then(|s| {
                // (Not a possessive: "Tom Brown's campaign chairman, Jane Smith".)
                let person_in = |end: usize| {
                    starting_in(referents, s.start, end).rev().find(|&r| {
                        let span = referents[r].span;
                        span.end <= end
                            && !referents[r].people.is_empty()
                            && !possessive(text, span)
                    })
                };
                let opens_with_phrase =
                    after_preposition(s.of(text).split_whitespace().next().unwrap_or(""));
                let head_end = s.of(text).find([',', '(', ';', '—']).map(|k| s.start + k);
                // (But a source that is a person's possessive alone, before the noun that
                // cues a clause, is that person: "Mr Blair's refusal to accept … means".)
                let owner = || {
                    starting_in(referents, s.start, s.end).rev().find(|&r| {
                        let end = referents[r].span.end;
                        !referents[r].people.is_empty()
                            && end <= s.end
                            && matches!(&text[end..s.end], "'s" | "\u{2019}s")
                    })
                };
                // (A source that opens with "who" is the person named right before it: "Ann
                // Lee, who in the past had argued that …".)
                let antecedent = || {
                    let first = s.of(text).split([' ', ',']).next().unwrap_or("");
                    (first == "who").then(|| {
                        starting_in(referents, sentence.start, s.start)
                            .rev()
                            .find(|&r| {
                                let span = referents[r].span;
                                span.end <= s.start
                                    && !referents[r].people.is_empty()
                                    && text[span.end..s.start].trim() == ","
                            })
                    })?
                };
                head_end
                    .filter(|_| !opens_with_phrase)
                    .and_then(person_in)
                    .or_else(|| person_in(s.end))
                    .or_else(|| (!no_clause).then(owner).flatten())
                    .or_else(antecedent)
            });
            // (Or, for a cue coordinated with the sentence's first verb, that verb's subject:
            // [`coordinated_cue`].)
            let speaker = named.or_else(|| {
                source
                    .is_none()
                    .then(|| {
                        subject_of(text, seg, referents, sentence, cue)
                            .or_else(|| coordinated_cue(text, seg, referents, sentence, cue))
                            .or_else(|| participle_cue(text, seg, referents, sentence, cue))
                    })
                    .flatten()
            });
            // (Not one who "denied claims that …": a noun's words are someone else's.)
            let object_noun = object_noun_cue(text, cue);
            let speaker = speaker.filter(|&r| !(object_noun && referents[r].span.end <= cue.start));
            let group = match (speaker, source) {
                (None, Some(s))
                    if names_a_group(text, sentence, s) && !(object_noun && s.end <= cue.start) =>
                {
                    Some(group_words(text, s))
                }
                _ => None,
            };
            // (A group whose words name a person of the article is that person: "Obama's
            // …".)
            let (speaker, group) =
                match group.and_then(|g| super::groups::person_named(text, referents, g)) {
                    Some(r) => (Some(r), None),
                    None => (speaker, group),
                };
            // A thing said without a clause needs someone who said it ("The label warns you
            // of the risks" does not).
            if no_clause && speaker.is_none() && group.is_none() {
                continue;
            }
            // A question is its asker's when the source names one ("Jane Smith asked whether
            // …"), not an interviewer's ("When asked whether …").
            if question && named.is_none() {
                continue;
            }
            let (medium, audience) = match speaker {
                Some(s) => setting(text, seg, referents, s, cue.start),
                None => (None, None),
            };
            out.push(StatementMention {
                span: content,
                kind: QuoteKind::Indirect,
                speaker,
                group,
                cue: Some(cue),
                medium,
                audience,
                source,
            });
        }
    }
}

/// The words of a tagged source that name its group: without a possessive's "'s" ("The Tower
/// Commission's scathing comments on …" are the Tower Commission's), an apposition ("Acme, a
/// Dutch company,"), a relative clause the tagger took in ("the Scottish National Party
/// which accused him of …", "Some bankers, who …") or a day ("The company today").
fn group_words(text: &str, s: Span) -> Span {
    let words = s.of(text);
    let s = match words.strip_suffix("'s").or(words.strip_suffix("\u{2019}s")) {
        // (Not a name that ends so before its verb: "Moody's said".)
        Some(w)
            if text[s.end..].starts_with(' ')
                && !text[s.end..]
                    .split_whitespace()
                    .next()
                    .map(|n| n.trim_matches(|c: char| !c.is_alphanumeric()))
                    .is_some_and(|n| is_cue(n) || crate::text::past_form(n)) =>
        {
            Span::new(s.start, s.start + w.len())
        }
        _ => s,
    };
    let words = s.of(text);
    let s = match words.find(", ") {
        Some(c)
            if words[c + 2..].starts_with("the ")
                || words[c + 2..].starts_with("a ")
                || words[c + 2..].starts_with("an ") =>
        {
            Span::new(s.start, s.start + c)
        }
        _ => s,
    };
    // Up to a relative pronoun or a participle's phrase ("Some bankers, who …", "The
    // newspaper, quoting official sources,").
    let words = s.of(text);
    let mut end = words.len();
    for (i, w) in words.match_indices(|c: char| c.is_whitespace()) {
        let next = words[i + w.len()..]
            .split([' ', '\n', ','])
            .next()
            .unwrap_or("");
        let comma = words[..i].ends_with(',');
        if matches!(next, "which" | "who" | "whose" | "that")
            || comma && matches!(next, "quoting" | "citing")
        {
            end = i - usize::from(comma);
            break;
        }
    }
    // Without a time or an adverb after the name ("The company today", "The committee this
    // week", "The White House on Monday", "The director further").
    let mut head = words[..end].trim_end();
    loop {
        let Some((h, last)) = head.rsplit_once([' ', '\n']) else {
            break;
        };
        let h = h.trim_end();
        if TRAILING_ADVERBS.contains(&last) {
            head = h;
            continue;
        }
        let time = crate::text::TIME_NOUNS.contains(&last) || crate::text::WEEKDAYS.contains(&last);
        match h.rsplit_once([' ', '\n']) {
            Some((hh, "this" | "last" | "next" | "on" | "early" | "late")) if time => {
                head = hh.trim_end();
            }
            _ => break,
        }
    }
    Span::new(s.start, s.start + head.len())
}

/// Adverbs a tagged source may end in that are no part of its name.
const TRAILING_ADVERBS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "further",
    "also",
    "then",
    "now",
    "again",
    "meanwhile",
    "however",
    "still",
    "too",
    "recently",
    "later",
    "earlier",
    "previously",
    "already",
];

/// The words of `sentence` up to the end of the tagged `cue`, and the index of the cue's first.
fn cue_words<'a>(
    seg: &Segments<'a>,
    sentence: Span,
    cue: Span,
) -> Option<(Vec<crate::text::Word<'a>>, usize)> {
    let ws = words_before(seg, sentence, cue.end);
    let i = ws.iter().position(|w| w.span.start == cue.start)?;
    Some((ws, i))
}

/// The subject of the sentence's first verb when the tagged `cue` is coordinated with it by
/// "and" or "but" ("Mr Blair signed the constitution …, but had already made it clear …"). Not
/// a participle's ("after declaring" may be a group's), and a verb's, not a noun's
/// ("intervention from allies and suspicion that …"): the cue's first word or the word after
/// the conjunction is a speech verb, a past form or an auxiliary.
fn coordinated_cue(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    cue: Span,
) -> Option<usize> {
    let (ws, i) = cue_words(seg, sentence, cue)?;
    let link = verb_gap_start(&ws, i).checked_sub(1)?;
    let verb = |w: &str| {
        crate::gazetteer::gazetteer().is_cue_verb(w)
            || w.ends_with("ed")
            || matches!(w, "has" | "had" | "have")
    };
    (matches!(ws[link].text, "and" | "but") && (verb(ws[i].text) || verb(ws[link + 1].text)))
        .then(|| coordinated_subject(text, seg, referents, sentence, &ws, i))
        .flatten()
}

/// The subject of a participle after a comma when the tagged `cue` is that participle or its
/// infinitive ("Trump stood by his comment, refusing to acknowledge that …"), by
/// [`participle_subject`], when that subject is the sentence's first name.
fn participle_cue(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    sentence: Span,
    cue: Span,
) -> Option<usize> {
    let (ws, i) = cue_words(seg, sentence, cue)?;
    // (The tagger may take the participle into the cue: "refusing to concede".)
    let p = if ws[i].text.ends_with("ing") {
        i
    } else {
        (ws.get(i.checked_sub(1)?)?.text == "to" && ws[i].joined && ws[i - 1].joined)
            .then_some(i.checked_sub(2)?)?
    };
    let participle = &ws[p];
    // (An act that is no speech, "sparking speculation that", "believing he would", "doing
    // all they could", is not the subject's words.)
    if !participle.text.ends_with("ing")
        || !participle.text.starts_with(char::is_lowercase)
        || !text[..participle.span.start].trim_end().ends_with(',')
        || NOT_SPEECH_PARTICIPLES.contains(&participle.text)
    {
        return None;
    }
    // The subject must open the sentence's names, as a subject: not an object named before
    // ("Each faction projected its worldview onto Obama, believing …"), nor "they".
    let r = participle_subject(text, seg, referents, sentence, participle.span)?;
    let span = referents[r].span;
    let first = starting_in(referents, sentence.start, span.start).is_empty();
    (first && subject_position(text, sentence, span) && !span.of(text).eq_ignore_ascii_case("they"))
        .then_some(r)
}

/// Participles of acts, not speech, before a content the tagger found.
const NOT_SPEECH_PARTICIPLES: &[&str] = &[
    "believing",
    "sparking",
    "prompting",
    "causing",
    "doing",
    "seeking",
    "hoping",
    "thinking",
    "making",
    "raising",
    "fuelling",
    "fueling",
    "leading",
    "leaving",
    "giving",
    "trying",
];

/// Whether a tagged source names a speaker that is no person: words of more than one word
/// ("The government", "Social workers"), a group noun ("police"), or a capitalised name inside
/// the sentence ("Reuters"); not a pronoun, nor a single capitalised word opening the sentence
/// ("This", "Much"), nor words the tagger cut after a preposition, article or conjunction
/// ("Secretary of", "Kazakhstan and").
fn names_a_group(text: &str, sentence: Span, source: Span) -> bool {
    let words = source.of(text).trim();
    if is_pronoun(words) {
        return false;
    }
    // Nor a relative clause or a negation the tagger took for one ("who in the past", "whose
    // new book", "None of the scholars I").
    let first = words.split([' ', ',', '\n']).next().unwrap_or("");
    if matches!(
        first,
        "who" | "whose" | "which" | "that" | "Who" | "Whose" | "Which"
    ) || first.eq_ignore_ascii_case("none")
    {
        return false;
    }
    // Nor what opens a list ("The following were filed").
    if words.eq_ignore_ascii_case("the following") {
        return false;
    }
    let last = words.split_whitespace().next_back().unwrap_or("");
    if matches!(
        crate::text::lowercase(last).as_ref(),
        "of" | "and"
            | "or"
            | "the"
            | "a"
            | "an"
            | "to"
            | "for"
            | "on"
            | "in"
            | "at"
            | "with"
            | "by"
            | "from"
    ) {
        return false;
    }
    if words.split_whitespace().count() > 1 {
        return true;
    }
    let lower = crate::text::lowercase(words);
    super::groups::GROUP_NOUNS.contains(lower.as_ref())
        || source.start > sentence.start && words.starts_with(char::is_uppercase)
}

/// Whether a content the tagger found is a proposition: it has a finite verb, and it is no
/// infinitive ("to stand as a candidate": an intention) or embedded question ("whether he
/// would remain").
fn proposition(words: &str) -> bool {
    has_verb(words)
        && !relative_only(words)
        && !proposition_opener(words.split_whitespace().next().unwrap_or(""))
}

/// Whether every finite verb of `words` opens a relative clause inside them: "a security
/// bulletin that patched eight holes", "viruses which can spread faster" (a noun phrase, no
/// clause; not "that was wrong", whose "that" is the subject).
fn relative_only(words: &str) -> bool {
    let ws: Vec<std::borrow::Cow<'_, str>> = words.split_whitespace().map(bare_word).collect();
    (0..ws.len()).all(|i| {
        !verb_at(&ws, i) || i > 1 && matches!(ws[i - 1].as_ref(), "that" | "which" | "who")
    })
}

/// Whether a content's first word makes it an infinitive or an embedded question.
fn proposition_opener(first: &str) -> bool {
    matches!(
        crate::text::lowercase(first).as_ref(),
        "to" | "whether"
            | "how"
            | "if"
            | "what"
            | "why"
            | "which"
            | "when"
            | "who"
            | "whom"
            | "whose"
            | "where"
    )
}

/// Whether a content without a verb is something said: a verb of speech in the active voice
/// names it ("criticized the new tax plans", "called for a ban on imports", "talked about
/// his record"; not "the police were called", "the nominees are announced"). Verbs of
/// wanting, believing or doing ("wants the row to stop", "signed a motion", "pledged £76m")
/// name no words said, and "call" says something only with "for" or "on", or naming
/// something as something ("called the plan an insult"; not "a company called Akamai",
/// "called a witness"). The content is a whole phrase: it opens with no infinitive (but after
/// a promise or a threat: "vowed to stay in the race"), question word, preposition or
/// conjunction ("on 25 January", "but the attacker") and ends in no word that needs another
/// ("the industry during", "it of misusing its").
fn said_of(before_cue: Option<&str>, cue: &str, content: &str) -> bool {
    let words: Vec<std::borrow::Cow<'_, str>> = content.split_whitespace().map(bare_word).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let opens_phrase = |w: &str| after_preposition(w) || CONJUNCTIONS.contains(&w);
    let cue_words: Vec<std::borrow::Cow<'_, str>> = before_cue
        .into_iter()
        .chain(cue.split_whitespace())
        .map(bare_word)
        .collect();
    // A promise or a threat says what its infinitive does ("vowed to stay in the race").
    let promise = first == "to" && cue_words.iter().any(|w| verb_form_of(w, COMMISSIVES));
    // (Nor does it hold a quotation: 'called it a "farce"' is the partial quote's.)
    if !promise && (proposition_opener(first) || opens_phrase(first))
        || opens_phrase(last)
        || is_determiner(last)
        || content.contains(['"', '“', '”'])
    {
        return false;
    }
    // "called Mr Trump a liar", "called the plan an insult".
    let names_as = words
        .iter()
        .skip(1)
        .take(3)
        .any(|w| matches!(w.as_ref(), "a" | "an"));
    // A directive says what its object is to do: "warned the rival camps to stop …".
    let directive = words.iter().skip(1).take(5).any(|w| w == "to")
        && cue_words.iter().any(|w| verb_form_of(w, DIRECTIVES));
    promise
        || directive
        || cue_words.iter().enumerate().any(|(i, w)| {
            let prev = i.checked_sub(1).map(|k| cue_words[k].as_ref());
            let passive = !w.ends_with("ing") && prev.is_some_and(|p| BE.contains(&p));
            // A participle as an adjective: "Smith's proposed move", "the promised cuts".
            let adjective =
                prev.is_some_and(|p| is_determiner(p) || p.ends_with("'s") || p.ends_with("’s"));
            let calls = verb_form_of(w, &["call"]);
            // ("Promising" is mostly an adjective: "squandered promising spells".)
            verb_form_of(w, SPEECH_ACTS)
                && w != "promising"
                && !passive
                && !adjective
                && (!calls
                    || cue_words[i + 1..]
                        .iter()
                        .any(|n| matches!(n.as_ref(), "for" | "on"))
                    || names_as)
        })
}

/// Conjunctions, which open or close no phrase.
const CONJUNCTIONS: &[&str] = &["and", "or", "but", "nor", "that", "as", "than", "so", "yet"];

/// Verbs that commit or threaten the speaker to do what their infinitive says.
const COMMISSIVES: &[&str] = &["promise", "vow", "pledge", "threaten", "swear"];

/// Whether `word` is a form of one of the verbs `list` gives in the base form.
fn verb_form_of(word: &str, list: &[&str]) -> bool {
    let listed = |stem: &str| list.contains(&stem);
    let suffixed = |suffix: &str| word.strip_suffix(suffix);
    listed(word)
        || ["s", "es", "d", "ed", "ing"]
            .iter()
            .filter_map(|&x| suffixed(x))
            .any(|stem| {
                listed(stem)
                    // "slammed", "slamming": the doubled consonant.
                    || stem.len() > 2
                        && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2]
                        && listed(&stem[..stem.len() - 1])
            })
        // "decried", "denies"; "denouncing".
        || suffixed("ied")
            .or_else(|| suffixed("ies"))
            .is_some_and(|stem| listed(&format!("{stem}y")))
        || suffixed("ing").is_some_and(|stem| listed(&format!("{stem}e")))
}

/// Verbs of speech whose object is what was said, in the base form ([`verb_form_of`] reads
/// "urged", "criticises", "denouncing", "slammed").
#[rustfmt::skip]
const SPEECH_ACTS: &[&str] = &[
    "accuse", "acknowledge", "admit", "announce", "applaud", "argue", "blame", "blast", "boast",
    "call", "chide", "cite", "claim", "commend", "complain", "concede", "condemn", "criticise",
    "criticize", "decry", "defend", "denounce", "deny", "describe", "dismiss", "echo", "express",
    "hail", "insist", "lambast", "lambaste", "lament", "mention", "mock", "praise", "predict",
    "promise", "propose", "question", "rail", "rebuke", "recall", "recommend", "reiterate",
    "repeat", "ridicule", "scold", "slam", "speak", "suggest", "talk", "threaten", "tout", "urge",
    "voice", "vow",
];

/// Verbs of speech whose object is told to do what its infinitive says ("warned the rival
/// camps to stop …"), in the base form; with no infinitive they report nothing ("does warn
/// you of the risks").
const DIRECTIVES: &[&str] = &["warn", "advise", "instruct", "implore"];

/// Whether a cue and its content put a question ("asked Tom Hale whether he would resign"):
/// a statement only when its source names the asker.
fn asks(cue: &str, content: &str) -> bool {
    let cue = crate::text::lowercase(cue);
    cue.starts_with("ask")
        || cue.starts_with("wonder")
        || cue.starts_with("inquir")
        || content
            .split_whitespace()
            .take(5)
            .any(|w| w.eq_ignore_ascii_case("whether"))
}

/// Whether `words` are a personal pronoun ("he", "They").
pub(super) fn is_pronoun(words: &str) -> bool {
    matches!(
        crate::text::lowercase(words.trim()).as_ref(),
        "he" | "she" | "they" | "i" | "we" | "you" | "it"
    )
}

/// Whether a sentence may hold a content [`proposition`] takes: four tokens or more (a cue
/// and three words), one of them or of its words a finite verb by [`has_verb`]'s test without
/// its look at the word before. A sentence that fails cannot give a statement, and is not
/// tagged: most lines of figures, datelines and headings.
fn may_state(sentence: &str, tokens: &[&str]) -> bool {
    let verb_like = |w: &str| {
        let w = bare_word(w);
        finite_form(&w) || crate::text::past_form(&w)
    };
    tokens.len() >= 4
        && (tokens.iter().any(|t| verb_like(t)) || sentence.split_whitespace().any(verb_like))
}

/// Whether `words` hold a finite verb (an auxiliary, a modal, a past tense, a negation), so
/// that they say something, not only name it: "taxes would rise" does, "a hopeful tone" and
/// "immediate engagement from Ukraine" do not.
pub(super) fn has_verb(words: &str) -> bool {
    let ws: Vec<std::borrow::Cow<'_, str>> = words.split_whitespace().map(bare_word).collect();
    (0..ws.len()).any(|i| verb_at(&ws, i))
}

/// Whether the bare word `ws[i]` is a finite verb: [`finite_form`], or a past tense, not a
/// participle used as an adjective ("of renewed talks").
fn verb_at(ws: &[std::borrow::Cow<'_, str>], i: usize) -> bool {
    finite_form(&ws[i])
        || crate::text::past_form(&ws[i]) && i > 0 && !NOT_BEFORE_PAST.contains(&ws[i - 1].as_ref())
}

/// A word as [`has_verb`] reads it: lower-cased, without the marks around it.
pub(super) fn bare_word(w: &str) -> std::borrow::Cow<'_, str> {
    crate::text::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
}

/// Whether a bare word is a finite verb whatever stands before it: an auxiliary, a modal, a
/// common finite verb or a negation ("won't", "didn't").
pub(super) fn finite_form(w: &str) -> bool {
    FINITE.contains(w) || w.ends_with("n't") || w.ends_with("n’t")
}

/// Words after which an "-ed" word is an adjective or a participle, not a past tense.
const NOT_BEFORE_PAST: &[&str] = &[
    "of", "the", "a", "an", "for", "with", "by", "in", "on", "at", "from", "to", "his", "her",
    "their", "its", "our", "my", "your", "this", "these", "those", "and", "or", "more", "most",
    "newly", "very", "so", "as", "be", "been", "being", "get", "got",
];

/// Auxiliaries, modals and common verbs in a finite form (none that is also a common noun:
/// "plans", "hopes").
static FINITE: crate::text::WordSet = crate::text::WordSet::new(&[
    "is", "are", "was", "were", "am", "be", "been", "will", "would", "could", "should", "can",
    "cannot", "may", "might", "must", "shall", "has", "have", "had", "do", "does", "did", "won't",
    "says", "said", "thinks", "knows", "believes", "wants", "seems", "became", "came", "went",
    "made", "took", "gave", "told", "knew", "thought", "he's", "she's", "it's", "they're", "we're",
    "i'm", "there's", "that's", "we'll", "i'll", "he'll", "she'll", "they'll", "it'll",
]);

/// Whether the tagger's cue (after the word `before`) says nothing of speech, belief or
/// perception: a modal alone ("I would take £50m if …"), "ensure" ("a bill which would ensure
/// that …"), an adverb ("Mr Blair simply ends up …", but "reportedly"), or a participle that
/// describes a noun after a determiner ("The proposed scheme would mean …").
fn no_speech_cue(before: Option<&str>, cue: &str) -> bool {
    let mut words = cue.split_whitespace().map(crate::text::lowercase);
    // The first word past a determiner, and whether it is the only one.
    let Some(mut w) = words.next() else {
        return true;
    };
    let determined = is_determiner(&w);
    if determined {
        let Some(next) = words.next() else {
            return true;
        };
        w = next;
    }
    let alone = words.next().is_none();
    let after_determiner = determined || before.is_some_and(is_determiner);
    alone
        && (matches!(
            w.as_ref(),
            "would" | "could" | "will" | "may" | "might" | "should" | "can" | "must"
        ) || w.ends_with("ly")
            && !is_cue(&w)
            && !matches!(
                w.as_ref(),
                "reportedly"
                    | "allegedly"
                    | "apparently"
                    | "reputedly"
                    | "seemingly"
                    | "purportedly"
                    | "supposedly"
            )
            || after_determiner && w.ends_with("ed"))
        || w.starts_with("ensur")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A source the tagger cut after a preposition or conjunction names no group.
    #[test]
    fn cut_sources_name_no_group() {
        let table = [
            (
                "Officials at the bank said it would fall.",
                "Officials at the bank",
                true,
            ),
            (
                "The Secretary of said it would fall.",
                "Secretary of",
                false,
            ),
            (
                "Kazakhstan and China said it would fall.",
                "Kazakhstan and",
                false,
            ),
            ("He said it would fall.", "He", false),
            // Nor a relative clause or a negation.
            (
                "The bank, whose new chief said it would fall, closed.",
                "whose new chief",
                false,
            ),
            (
                "None of the brokers I asked said it would fall.",
                "None of the brokers I",
                false,
            ),
            (
                "The following said they would sell.",
                "The following",
                false,
            ),
        ];
        for (text, source, want) in table {
            let start = text.find(source).expect("the source is in the text");
            let source = Span::new(start, start + source.len());
            let sentence = Span::new(0, text.len());
            assert_eq!(names_a_group(text, sentence, source), want, "{text}");
        }
    }

    /// A group is named by its source's words without a possessive, an apposition or a relative
    /// pronoun: (sentence, tagged source, group).
    #[test]
    fn group_words_leave_out_what_is_no_name() {
        let table = [
            (
                "It was criticised by the Farmers Union which accused him of lying.",
                "the Farmers Union which",
                "the Farmers Union",
            ),
            (
                "Critics who said it would fall were wrong.",
                "Critics who",
                "Critics",
            ),
            (
                "The Tower Commission's scathing comments on the aides stood.",
                "The Tower Commission's",
                "The Tower Commission",
            ),
            (
                "Moody's said it would cut the rating.",
                "Moody's",
                "Moody's",
            ),
            (
                "Acme, a Dutch company, said it would sell.",
                "Acme, a Dutch company",
                "Acme",
            ),
            (
                "Republican lawmakers, who are close to the industries that lobby, said no.",
                "Republican lawmakers, who are close to the industries that",
                "Republican lawmakers",
            ),
            (
                "The newspaper, quoting official sources, said the talks failed.",
                "The newspaper, quoting official sources,",
                "The newspaper",
            ),
            (
                "The company today said it had a loss.",
                "The company today",
                "The company",
            ),
            (
                "The Republican National Committee this week announced a step.",
                "The Republican National Committee this week",
                "The Republican National Committee",
            ),
            (
                "The White House on Monday also urged the industry to do more.",
                "The White House on Monday also",
                "The White House",
            ),
            (
                "The director further stated that she was careless.",
                "The director further",
                "The director",
            ),
            (
                "The Teachers Union said it would strike.",
                "The Teachers Union",
                "The Teachers Union",
            ),
        ];
        for (text, source, want) in table {
            let start = text.find(source).expect("the source is in the text");
            let got = group_words(text, Span::new(start, start + source.len()));
            assert_eq!(got.of(text), want, "{text}");
        }
    }

    /// A content without a verb is something said only when a verb of speech in the active
    /// voice names it and the content is a whole phrase: (word before the cue, cue, content,
    /// said).
    #[test]
    fn said_of_takes_what_speech_verbs_name() {
        let table = [
            (Some("Smith"), "criticised", "the new tax plans", true),
            (Some("Hale"), "called for", "a ban on imports", true),
            (
                Some("Hale"),
                "has called on",
                "the minister to resign",
                true,
            ),
            (Some("Hale"), "called", "the plan an insult to voters", true),
            (Some("Lee"), "accused", "the minister of neglect", true),
            (Some("Lee"), "talked about", "his record in office", true),
            (
                Some("Lee"),
                "repeatedly denied",
                "all charges of fraud",
                true,
            ),
            (Some("Lee"), "slammed", "the rival bid", true),
            (Some("Lee"), "decried", "the cost of the war", true),
            // What someone is told or warned to do.
            (
                Some("Reid"),
                "has warned",
                "the rival camps to stop spreading the poison",
                true,
            ),
            // (Not "tell", which as often tells a story: "tells the story of a girl".)
            (Some("Hale"), "told", "the story of a girl", false),
            // ... nor a warning with no infinitive.
            (Some("does"), "warn", "you of the risks of the game", false),
            // Verbs of wanting, doing or giving say nothing.
            (Some("Lee"), "wants", "the row to end", false),
            (Some("Lee"), "signed", "a motion against the plan", false),
            (Some("Lee"), "pledged", "ten million pounds in aid", false),
            // "Call" names or summons without "for", "on" or an "as".
            (Some("company"), "called", "Acme Widgets Limited", false),
            (Some("Lee"), "called", "his first witness today", false),
            // The passive: the one who said it is elsewhere, or nobody.
            (Some("was"), "criticised", "last week by ministers", false),
            // A participle as an adjective.
            (Some("Hale's"), "proposed", "move to the club", false),
            (Some("squandered"), "promising", "spells of play", false),
            // Not a whole phrase: a preposition or conjunction first, a word wanting another
            // last.
            (Some("Lee"), "announced", "on Monday in Leeds", false),
            (
                Some("Lee"),
                "criticised",
                "and then praised the plan",
                false,
            ),
            (Some("Lee"), "accused", "the industry during", false),
            (Some("Lee"), "accused", "his rival of misusing its", false),
            // A promise or a threat says what its infinitive does; other verbs' infinitives
            // are intentions.
            (Some("Lee"), "has vowed", "to stay in the race", true),
            (Some("Lee"), "pledged", "to cut taxes by a penny", true),
            (Some("Lee"), "wants", "to cut taxes by a penny", false),
            (Some("Lee"), "declined", "to comment on the claims", false),
            // A quotation in it is the partial quote's.
            (Some("Lee"), "called", "it a \"farce\" again", false),
        ];
        for (before, cue, content, want) in table {
            assert_eq!(
                said_of(before, cue, content),
                want,
                "{before:?} {cue} {content}"
            );
        }
    }

    /// Sentences the tagger is spared, and sentences it reads; a spared sentence has no run of
    /// words that [`proposition`] takes, so sparing it loses nothing.
    #[test]
    fn may_state_spares_sentences_without_a_verb() {
        let table = [
            ("Shr 1.42 dlrs vs 1.10 dlrs", false),
            ("Net profit 12.4 mln vs 9.8 mln", false),
            ("LONDON, March 3 -", false),
            ("Analysts in Oslo", false),
            ("Results of the quarterly meeting of the board", false),
            ("Gold rises", false),
            ("Analysts expect prices will rise.", true),
            ("The minister insisted taxes rose.", true),
            ("Traders don't expect a cut in rates", true),
            ("Officials there say it's over now", true),
            ("He wanted changes to the plan", true),
        ];
        for (sentence, want) in table {
            let tokens: Vec<&str> = crate::learn::features::tokens(sentence)
                .iter()
                .map(|t| t.text)
                .collect();
            assert_eq!(may_state(sentence, &tokens), want, "{sentence}");
            if !want {
                let words: Vec<&str> = sentence.split_whitespace().collect();
                for i in 0..words.len() {
                    for j in i + 1..=words.len() {
                        let run = words[i..j].join(" ");
                        assert!(!proposition(&run), "{run:?} in {sentence:?}");
                    }
                }
            }
        }
    }
}
