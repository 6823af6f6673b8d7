//! Speakers that are no person: the group or organisation whose name stands before the verb
//! ("the IMF said", "police say", "Others, however, say"), after it ("…, say the Tories.",
//! "according to Reuters") or opens a sentence whose verb the speech verb is coordinated with
//! ("AOL backed the price cuts but said …").

use super::clause::*;
use crate::gazetteer::Sex;
use crate::resolve::Referent;
use crate::segment::{Segments, Span};

/// Lower-case nouns for groups that speak ("police said", "officials say").
pub(super) static GROUP_NOUNS: crate::text::WordSet = crate::text::WordSet::new(&[
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
]);

/// Nouns (among [`GROUP_NOUNS`]) for a document that speaks for whoever wrote it ("the report
/// said", "a statement saying"): no organisation by itself.
pub(crate) static DOCUMENT_NOUNS: crate::text::WordSet =
    crate::text::WordSet::new(&["statement", "report", "study", "survey", "poll"]);

/// Verbs for putting out a document: "released a statement saying".
const ISSUING_VERBS: &[&str] = &[
    "released",
    "issued",
    "published",
    "posted",
    "sent",
    "put",
    "produced",
    "circulated",
];

/// Whether the name of a group speaker only names a document ("report", "the new study",
/// "This report"), no organisation: its words are lower case but for a first determiner,
/// and the last is a [`DOCUMENT_NOUNS`] noun.
pub(crate) fn names_a_document(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.last().is_some_and(|w| DOCUMENT_NOUNS.contains(w))
        && words
            .iter()
            .enumerate()
            .all(|(i, w)| !w.starts_with(char::is_uppercase) || i == 0 && is_determiner(w))
}

/// The name of a non-person speaker just before the verb at `cue`, outside `statement`:
/// "The International Monetary Fund said", "Police say".
pub(super) fn group_before(text: &str, seg: &Segments, cue: Span, statement: Span) -> Option<Span> {
    let sentence = seg.sentences[seg.sentence_index(cue.start)];
    let from = if statement.end <= cue.start && statement.end > sentence.start {
        statement.end
    } else {
        sentence.start
    };
    let mut ws = seg.words_in(Span::new(from, cue.start));
    // A sentence adverb set off by commas may stand before the verb: "Others, however, say".
    let last = ws.last()?;
    let adverb = ws.len() > 1
        && !last.joined
        && text[last.span.end..cue.start].trim() == ","
        && matches!(
            crate::text::lowercase(last.text).as_ref(),
            "however" | "meanwhile" | "though" | "too" | "instead" | "also"
        );
    // So may an apposition that opens with an article: "Teck, the Canadian mining company,
    // says …" (not after a person's name the rules left alone: "Sir Ian Blair, the police
    // commissioner,", "Michelle, a mother of twins,").
    let g = crate::gazetteer::gazetteer();
    // So may a relative clause: "The union, which represents 4,000 workers, said …", or a
    // participle's phrase: "Others, reacting to the delay, shouted …".
    let apposition = (!adverb && text[last.span.end..cue.start].trim() == ",")
        .then(|| {
            (1..ws.len()).rev().take(14).find(|&k| {
                // (Not the comma inside a number: "4,000".)
                let gap = &text[ws[k - 1].span.end..ws[k].span.start];
                gap.trim() == "," && gap.len() > 1
            })
        })
        .flatten()
        .filter(|&k| {
            (matches!(ws[k].text, "the" | "a" | "an" | "which" | "who")
                // (The participle's after a name alone, no clause with a verb: not "His
                // campaign sued the party in court, seeking …, claiming …"; nor "including",
                // which names members: "Six newspapers in Ohio, including …".)
                || opens_participle_phrase(ws[k].text)
                    && k <= 6
                    && !super::tagged::has_verb(&text[ws[0].span.start..ws[k - 1].span.end]))
                && !ws[..k].iter().any(|w| {
                    g.is_first_name(w.text) || crate::gazetteer::HONORIFICS.contains(&w.text)
                })
        });
    if adverb {
        ws.pop();
    } else if let Some(k) = apposition {
        ws.truncate(k);
    } else if !text[last.span.end..cue.start].trim().is_empty() {
        return None;
    }
    // Auxiliaries, adverbs and times between: "The city of Phoenix is demanding", "the party
    // has said", "Bloomberg also reported", "The ministry on Monday said" (four words at most).
    let verb = cue.of(text);
    let mut popped = 0;
    while ws.len() > 1
        && popped < 4
        && ws.last().is_some_and(|w| {
            w.joined
                && (matches!(
                    w.text,
                    "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would"
                ) || super::subjects::gap_word(w.text, verb))
        })
    {
        ws.pop();
        popped += 1;
    }
    let last = ws.last()?;
    // A name ends in no function word: "Reid caucused in Nevada on Saturday and says" has none,
    // nor has a headline's "Marco Rubio Responds To Question About Wages By Saying".
    if matches!(
        last.text.to_lowercase().as_str(),
        "of" | "for" | "and" | "on" | "by" | "to" | "about" | "with"
    ) {
        return None;
    }
    let mut k = ws.len();
    while k > 0 {
        let w = &ws[k - 1];
        let lower = w.text.to_lowercase();
        let part = w.is_capitalized()
            && !matches!(
                lower.as_str(),
                "he" | "she" | "they" | "it" | "we" | "i" | "you"
            )
            && !crate::extract::name_words::clause_word(w.text)
            || matches!(lower.as_str(), "of" | "for" | "and" | "on")
            // (An article after "and" joins two names: "Labour and the Conservatives say"; not
            // "Saturday and the sources", "Brisbane and the company".)
            || lower == "the"
                && k >= 3
                && k < ws.len()
                && ws[k - 2].text == "and"
                && ws[k].is_capitalized()
                && ws[k - 3].is_capitalized()
                && !crate::text::WEEKDAYS.contains(&ws[k - 3].text)
                && !crate::text::MONTHS.contains(&ws[k - 3].text)
            || GROUP_NOUNS.contains(lower.as_str());
        // (A post's possessive inside a name: "The U.S. Trade Representative's Office"; not
        // an owner's, "France's Peugeot".)
        let inside = k < ws.len()
            && w.possessive
            && ws[k].is_capitalized()
            && crate::extract::name_words::job_word(w.text);
        // ("&" between words joins them: "the Food & Agriculture Organisation".)
        let ampersand =
            k < ws.len() && text[w.span.end..ws[k].span.start].trim() == "&" && w.is_capitalized();
        if !part || (k < ws.len() && !ws[k].joined && !inside && !ampersand) {
            break;
        }
        k -= 1;
    }
    // A name after "in", "at" or "from" says where the speaker is, not who: "A legal expert in
    // the US said", "Economists at the Bank of England said" are the people described.
    if let Some(j) = described_before_place(&ws, k) {
        k = j;
    } else if k > 0
        && k < ws.len()
        && matches!(
            ws[k - 1].text,
            "with"
                | "into"
                | "to"
                | "about"
                | "against"
                | "over"
                | "by"
                | "than"
                | "toward"
                | "towards"
                | "through"
                | "under"
                | "between"
                | "among"
                | "via"
                | "like"
        )
    {
        // Nor is a name after another preposition, its object: "Critics of the deal with Japan
        // say" are not Japan (but maybe the group noun that opens the sentence, below).
        k = ws.len();
    }
    // Not the conjunction opening a clause ("While Comey said …"), a possessive or
    // demonstrative ("His", "That") nor a participle ("Having announced that …, the judge").
    while k < ws.len()
        && (matches!(
            ws[k].text,
            "of" | "for"
                | "and"
                | "on"
                | "The"
                | "the"
                | "A"
                | "An"
                | "But"
                | "And"
                | "So"
                | "Yet"
                | "Then"
                | "His"
                | "Her"
                | "Its"
                | "Their"
                | "Our"
                | "My"
                | "Your"
                | "This"
                | "That"
                | "These"
                | "Those"
                | "Both"
                | "Either"
                | "Neither"
                | "Having"
                | "Being"
                | "Following"
                | "Addressing"
                | "Speaking"
                | "Responding"
        ) || SUBORDINATORS.contains(&ws[k].text))
    {
        k += 1;
    }
    // One party member after an article ("the Texas Democrat told") is a person described,
    // no group (the party itself is: "amid Tory claims").
    if crate::extract::name_words::party_member(last.text)
        && !last.text.ends_with('s')
        && k > 0
        && matches!(ws[k - 1].text, "the" | "The" | "a" | "A" | "an" | "An")
    {
        return None;
    }
    // A document someone put out speaks for them: "The DNC released a statement Wednesday
    // saying …" is the DNC's.
    if k >= 2
        && k + 1 == ws.len()
        && DOCUMENT_NOUNS.contains(last.text)
        && matches!(ws[k - 1].text, "a" | "an" | "the")
        && ISSUING_VERBS.contains(&ws[k - 2].text)
    {
        return group_before(text, seg, ws[k - 2].span, statement);
    }
    // (Nor an adverb set off at the sentence's start: "Locally, too, say analysts, …".)
    if k + 1 == ws.len()
        && ws[k].span.start == sentence.start
        && last.text.ends_with("ly")
        && text[last.span.end..].starts_with(',')
        && crate::gazetteer::gazetteer()
            .country_form(last.text)
            .is_none()
    {
        return None;
    }
    if k < ws.len() {
        return Some(Span::new(ws[k].span.start, last.span.end));
    }
    // A group noun opening the sentence, a short phrase before the verb: "Protesters marching
    // through the streets chanted".
    let first = ws.first()?;
    (first.span.start == sentence.start
        && ws.len() <= 6
        && GROUP_NOUNS.contains(crate::text::lowercase(first.text).as_ref())
        && !text[first.span.end..cue.start].contains([',', ';', '"', '“', '”']))
    .then_some(first.span)
}

/// Where the description of a speaker starts when the name starting at word `k` follows a
/// preposition of place: the article of "a legal expert in the US", or the first word of
/// "Senior economists at Barclays" when a group's noun is among them, with three lower-case
/// words at most before the preposition. (The article and a conjunction before are dropped
/// after, as for any group: "legal expert in the US".)
fn described_before_place(ws: &[crate::text::Word<'_>], k: usize) -> Option<usize> {
    if k >= ws.len() {
        return None;
    }
    let mut p = k.checked_sub(1)?;
    if matches!(ws[p].text, "the" | "The") {
        p = p.checked_sub(1)?;
    }
    if !matches!(ws[p].text, "in" | "at" | "from") || !ws[p].joined || !ws[p + 1].joined {
        return None;
    }
    // (At the sentence's start, a group's noun must be among the words: "Senior economists".)
    let group = || {
        ws[..p]
            .iter()
            .any(|w| GROUP_NOUNS.contains(crate::text::lowercase(w.text).as_ref()))
    };
    let mut j = p.checked_sub(1)?;
    for _ in 0..4 {
        let w = &ws[j];
        if matches!(w.text, "a" | "A" | "an" | "An" | "the" | "The") {
            return (j + 1 < p).then_some(j);
        }
        let lower = w.text.chars().all(char::is_lowercase) && !is_cue(w.text);
        if j == 0 {
            return (lower || w.is_capitalized())
                .then_some(0)
                .filter(|_| group());
        }
        if !lower || !w.joined {
            return None;
        }
        j -= 1;
    }
    None
}

/// The name of a non-person source after "according to": "according to Politico", "according
/// to the Congressional Budget Office".
pub(super) fn group_after(text: &str, seg: &Segments, according: Span) -> Option<Span> {
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

/// The group that opens the sentence when the verb at `cue` is coordinated with the group's
/// own verb: "The Pentagon told BBC News … and said there was no evidence …", "TheBlaze did
/// the math, and found that …". The group is what [`group_before`] finds before the
/// sentence's first word in lower case, when it starts the sentence.
fn coordinated_group(text: &str, seg: &Segments, cue: Span, statement: Span) -> Option<Span> {
    let sentence = seg.sentences[seg.sentence_index(cue.start)];
    let ws = seg.words_in(Span::new(sentence.start, cue.end));
    let i = ws.iter().rposition(|w| w.span == cue)?;
    let k = super::subjects::verb_gap_start(&ws, i);
    if k == 0 || !matches!(ws[k - 1].text, "and" | "but") || statement.start < cue.end {
        return None;
    }
    let verb = ws[..k - 1].iter().find(|w| {
        w.text.starts_with(char::is_lowercase)
            && !matches!(w.text, "of" | "for" | "and" | "on" | "the")
            && !GROUP_NOUNS.contains(w.text)
    })?;
    // That word a verb in the past or present ("told", "denied", "says"), not a noun of a
    // description ("UK advertising giant WPP", "Monitoring firm Netcraft"); a present-tense cue
    // after a present tense ("Napster claims … and says"), not after a participle ("Sites saved
    // this way … have notes attached"); and the words reported no predicate of a cue that is a
    // noun ("Consumer comments and reviews were …": a clause has its subject first).
    let lower = crate::text::lowercase(verb.text);
    let cue_word = crate::text::lowercase(cue.of(text));
    let content_first = statement.of(text).split_whitespace().next().unwrap_or("");
    let finite =
        (super::tagged::finite_form(&lower) || crate::text::past_form(&lower) || is_cue(&lower))
            && (!cue_word.ends_with('s') || lower.ends_with('s'))
            && !super::tagged::finite_form(&super::tagged::bare_word(content_first));
    let group = group_before(
        text,
        seg,
        verb.span,
        Span::new(sentence.start, sentence.start),
    )?;
    // (After a word that links the sentence to the one before: "But the Conservatives
    // warned … and said …".)
    let opening = text[sentence.start..group.start].trim();
    let opening = ["But", "And", "Yet", "However,", "Meanwhile,", "Now"]
        .iter()
        .find_map(|l| opening.strip_prefix(l).map(str::trim))
        .unwrap_or(opening);
    // A group, not a sentence adverb or a participle ("Even without changes the commission
    // …", "Shivering in a dress, the actress …") nor a person ("Deputy Speaker Sylvia Heal").
    let g = crate::gazetteer::gazetteer();
    let name = group.of(text);
    let first = name.split_whitespace().next().unwrap_or("");
    let no_group = crate::extract::name_words::never_name(first)
        || first.ends_with("ing")
        || matches!(
            first,
            "There" | "Once" | "Despite" | "Some" | "In" | "During" | "After"
        )
        || name.split_whitespace().any(|w| g.is_first_name(w));
    (finite && !no_group && (opening.is_empty() || matches!(opening, "The" | "the")))
        .then_some(group)
}

/// The group named right after a verb that follows the words reported and a comma, up to the
/// sentence's end or a comma: "It would not be means tested, say the Tories, because …",
/// "Sales fell, said Acme Foods." (a capitalised name, or a group's noun after "the").
pub(super) fn group_postposed(
    text: &str,
    seg: &Segments,
    cue: Span,
    statement: Span,
) -> Option<Span> {
    let between = text.get(statement.end..cue.start)?;
    if !between
        .trim_start_matches(['"', '”', '’', '\''])
        .trim()
        .eq(",")
    {
        return None;
    }
    let sentence = seg.sentences[seg.sentence_index(cue.start)];
    let ws = seg.words_in(Span::new(cue.end, sentence.end));
    // (The first word's `joined` looks before the verb's end: the gap is read here.)
    if !text[cue.end..ws.first()?.span.start].trim().is_empty() {
        return None;
    }
    let k = usize::from(ws[0].text == "the");
    let first = ws.get(k).filter(|w| k == 0 || w.joined)?;
    let mut end = k;
    while ws.get(end).is_some_and(|w| {
        w.joined && w.is_capitalized() && !crate::extract::name_words::never_name(w.text)
    }) {
        end += 1;
    }
    if end == k {
        // A group's noun after "the": "said the ministry."
        if k == 1 && GROUP_NOUNS.contains(crate::text::lowercase(first.text).as_ref()) {
            end = k + 1;
        } else {
            return None;
        }
    }
    let last = &ws[end - 1];
    let after = text[last.span.end..sentence.end].trim_start();
    (after.is_empty() || after.starts_with([',', '.']))
        .then(|| Span::new(first.span.start, last.span.end))
}

/// Someone not named after a verb that follows the words it says ("“…,” said a spokesman.",
/// "…, says a top academic."): the noun's words without their article, which no one named
/// elsewhere in the article stands for.
fn unnamed_postposed(text: &str, seg: &Segments, cue: Span, statement: Span) -> Option<Span> {
    let between = text.get(statement.end..cue.start)?;
    // (The comma may stand inside the quotation marks.)
    if !matches!(
        between.trim_start_matches(['"', '”', '’', '\'']).trim(),
        "," | ""
    ) {
        return None;
    }
    let sentence = seg.sentences[seg.sentence_index(cue.start)];
    let words = super::postposed::unnamed_after_verb(text, cue.end, sentence)?;
    let (article, rest) = words.of(text).split_once(' ')?;
    // (Not one a name follows in apposition: "said a trader, Jane Smith".)
    let named_after = text[words.end..sentence.end]
        .strip_prefix(',')
        .is_some_and(|a| a.trim_start().starts_with(char::is_uppercase));
    // ("said the spokesman" is the one of the article who has no name: one named would be a
    // person here, [`super::speakers::unnamed_after`].)
    let the_unnamed = article == "the" && crate::resolve::unnamed_noun(rest).is_some();
    ((indefinite(article) || the_unnamed) && !named_after)
        .then(|| Span::new(words.end - rest.len(), words.end))
}

/// A speaker that is no person, for statements without one: the words before the verb ("the
/// IMF said", "police say") or after "according to".
///
/// The referent of a person of the article whom the words of a group speaker at `g` name, as
/// written there or by surname ("Trump", "Trump's", "Serena"): those words are that person.
pub(super) fn person_named(
    text: &str,
    referents: &[crate::resolve::Referent],
    g: Span,
) -> Option<usize> {
    let name = g
        .of(text)
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s");
    referents.iter().position(|r| {
        let words = r.span.of(text);
        !r.people.is_empty()
            && name.starts_with(char::is_uppercase)
            && (words == name
                || !name.contains(' ')
                    && words.strip_suffix(name).is_some_and(|w| w.ends_with(' ')))
    })
}

/// Words that are a person's name, perhaps behind titles ("President Tom Hale", "Sir Ian
/// Lee", where the rules took the name for no subject: "after President Tom Hale said"), name
/// that person, no group.
pub(super) fn groups(
    text: &str,
    seg: &Segments,
    referents: &[crate::resolve::Referent],
    out: &mut [StatementMention],
) {
    // A quotation that is the whole "that" clause of a speech verb ('The ministry noted that
    // "as a matter of policy, …"'): that verb is its cue.
    let that_cue = |span: Span| -> Option<Span> {
        let q = seg.quote_at(span.start)?;
        let head = text[..q.outer.start]
            .trim_end()
            .strip_suffix(" that")?
            .trim_end();
        let start = head.rfind(char::is_whitespace).map_or(0, |k| k + 1);
        is_cue(&head[start..]).then(|| Span::new(start, head.len()))
    };
    for s in out
        .iter_mut()
        .filter(|s| s.speaker.is_none() && s.group.is_none())
    {
        let that = (s.kind == QuoteKind::Partial && s.cue.is_none())
            .then(|| that_cue(s.span))
            .flatten();
        if s.kind == QuoteKind::Partial && s.cue.is_none() && that.is_none() {
            continue;
        }
        let lead_in = || {
            seg.quote_at(s.span.start)
                .and_then(|q| cue_before(text, seg, q.outer.start, true))
        };
        let Some(cue) = s
            .cue
            .or(that)
            .or_else(lead_in)
            .or_else(|| verb_after(seg, s.span))
        else {
            continue;
        };
        s.cue = Some(cue);
        if addressed(text, cue) {
            continue;
        }
        s.group = if cue.of(text).eq_ignore_ascii_case("according") {
            group_after(text, seg, cue)
        } else {
            group_before(text, seg, cue, s.span)
                .or_else(|| group_postposed(text, seg, cue, s.span))
                .or_else(|| coordinated_group(text, seg, cue, s.span))
                .or_else(|| unnamed_postposed(text, seg, cue, s.span))
        };
        let titled = |r: &crate::resolve::Referent, g: Span| {
            !r.people.is_empty()
                && r.span.end == g.end
                && g.start <= r.span.start
                && text[g.start..r.span.start].split_whitespace().all(|w| {
                    let w = w.trim_end_matches('.');
                    crate::gazetteer::HONORIFICS.contains(&w)
                        || crate::extract::name_words::job_word(w)
                })
        };
        // (Nor do the words of a person named in the article, in a headline or before a
        // possessive: "Trump Says He Never Pledged …", "Donald Trump's assertion that …".)
        if let Some(g) = s.group {
            if let Some(r) = referents
                .iter()
                .position(|r| titled(r, g))
                .or_else(|| person_named(text, referents, g))
            {
                s.speaker = Some(r);
                s.group = None;
            }
        }
    }
}

/// A verb of speech set off as a participle right after the words someone is reported to say
/// is that speaker's next act ("Novartis said it would merge departments, adding that there
/// may be job cuts"): a statement of such a verb without a speaker or group takes the speaker
/// or group of the statement that ends at the comma before it. `out` is in text order.
pub(super) fn participle_continues(text: &str, out: &mut [StatementMention]) {
    for i in 1..out.len() {
        let s = &out[i];
        let Some(cue) = s.cue.filter(|c| c.of(text).ends_with("ing")) else {
            continue;
        };
        if s.speaker.is_some() || s.group.is_some() || cue.start >= s.span.start {
            continue;
        }
        let before = out[..i].iter().rev().find(|t| {
            t.span.end <= cue.start
                && text[t.span.end..cue.start].trim_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{2019}')
                }) == ","
        });
        if let Some((speaker, group)) = before.map(|t| (t.speaker, t.group)) {
            out[i].speaker = speaker;
            out[i].group = group;
        }
    }
}

/// "It said …" right after an organisation's statement is that organisation's ("Acme Corp
/// said it sold its unit. It said the proceeds will cut its debt."): a statement whose verb of
/// saying follows "it" (maybe past an adverb: "It also said", "it added") and that has no
/// speaker takes the group of the statement just before it, within three paragraphs, when that
/// group is one organisation: a name or an organisation's noun ("the company"), not a plural
/// ("analysts", "Officials in Cojedes"), a list ("Earthlink and Webroot") or a person described
/// ("a legal expert in the US"). Not "It is thought", nor "It showed that" (a study's).
/// `out` is in text order.
///
/// So is "the company said" (or "the firm", "the group"): it takes the group of the last
/// statement before it, within six paragraphs, that a name in title case speaks ("Acme Corp
/// said … The company said …").
///
/// And "he said" or "she added" that no one of the article speaks (someone unnamed spoke just
/// before: [`crate::resolve::referents`]) takes the group of the statement before it, in its
/// paragraph or the one before, when that is someone unnamed ("A spokesman said …. But he
/// added: …").
pub(super) fn it_continues(
    text: &str,
    seg: &Segments,
    referents: &[Referent],
    out: &mut [StatementMention],
) {
    let mut last: Option<(usize, Span)> = None;
    let mut last_named: Option<(usize, Span)> = None;
    let mut last_unnamed: Option<(usize, Span)> = None;
    for s in out.iter_mut() {
        let para = seg.paragraph_index(s.span.start);
        // (A partial quote inside the words reported goes on with them; it breaks no chain:
        // 'The IAAF said the excuses were "unacceptable". It added that …'.)
        let partial = s.kind == QuoteKind::Partial;
        let before = if partial { last } else { last.take() };
        let unnamed = if partial {
            last_unnamed
        } else {
            last_unnamed.take()
        };
        if let Some(g) = s.group {
            if unnamed_person(text, g).is_some() {
                last_unnamed = Some((para, g));
            }
            let words = g.of(text);
            let firm = described_firm(text, g);
            if firm {
                if let Some((_, named)) = last_named.filter(|(p, _)| *p <= para && para <= p + 6) {
                    s.group = Some(named);
                    last = Some((para, named));
                    continue;
                }
            }
            let one = organisation(words);
            last = one.then_some((para, g));
            if one && words.starts_with(char::is_uppercase) {
                last_named = Some((para, g));
            }
            continue;
        }
        if let Some(r) = s.speaker {
            let pronoun = referents[r].span.of(text).to_lowercase();
            let Some((_, g)) = unnamed.filter(|(p, _)| *p <= para && para <= p + 1) else {
                continue;
            };
            let fits = match unnamed_person(text, g) {
                Some(Sex::Male) => pronoun == "he",
                Some(Sex::Female) => pronoun == "she",
                _ => matches!(pronoun.as_str(), "he" | "she"),
            };
            if fits && referents[r].people.is_empty() {
                s.speaker = None;
                s.group = Some(g);
                last_unnamed = Some((para, g));
            }
            continue;
        }
        let Some(((p, g), cue)) = before.filter(|(p, _)| para <= p + 3).zip(s.cue) else {
            continue;
        };
        let verb = crate::text::lowercase(cue.of(text));
        let subject = text[..cue.start]
            .split_whitespace()
            .rev()
            .find(|w| !super::subjects::gap_word(w, &verb));
        if matches!(subject, Some("it" | "It")) && SAYING.contains(&verb.as_ref()) && p <= para {
            s.group = Some(g);
            last = Some((para, g));
        }
    }
}

/// The sex of someone unnamed who speaks for others, when the words of `group` end in such a
/// noun ("A spokesman", "The BBC spokeswoman", "a senior official") or follow it and "for" ("a
/// spokesman for Acme"): male or female for a spokesman or spokeswoman, else unknown.
fn unnamed_person(text: &str, group: Span) -> Option<Sex> {
    // (Or the noun before a "for" phrase that names the group: "a spokesman for Acme".)
    let before = text[..group.start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    let noun = match before.strip_suffix(" for") {
        Some(head) => head,
        None => group.of(text),
    };
    crate::resolve::unnamed_noun(noun.rsplit([' ', '\n']).next()?)
}

/// Verbs of saying that an organisation's "it" speaks with.
const SAYING: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "told",
    "tells",
    "stated",
    "states",
    "warned",
    "warns",
    "announced",
    "announces",
    "noted",
    "notes",
    "insisted",
    "insists",
    "explained",
    "explains",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "argued",
    "argues",
    "claimed",
    "claims",
];

/// The nouns of an organisation described ("the company said").
const ORGANISATION_NOUNS: &[&str] = &[
    "company",
    "firm",
    "bank",
    "group",
    "ministry",
    "government",
    "department",
    "agency",
    "council",
    "union",
    "party",
    "commission",
    "committee",
    "board",
    "authority",
    "institute",
    "office",
    "court",
    "corporation",
    "exchange",
    "airline",
    "carrier",
    "maker",
    "producer",
    "retailer",
    "club",
    "newspaper",
    "paper",
    "network",
    "broadcaster",
    "channel",
    "service",
];

/// Whether a group describes a firm without naming it: "the company", "The firm", "the
/// group" (the group's words are the noun; "the" stands before them).
fn described_firm(text: &str, g: Span) -> bool {
    matches!(g.of(text), "company" | "firm" | "group")
        && matches!(
            text[..g.start].split_whitespace().next_back(),
            Some("the" | "The")
        )
}

/// Whether a group's words name one organisation: a name in title case or an organisation's
/// noun, with no plural and no list.
fn organisation(words: &str) -> bool {
    let ws: Vec<&str> = words
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !matches!(*w, "the" | "The"))
        .collect();
    let Some(first) = ws.first() else {
        return false;
    };
    // (A party's members are many: "the Lib Dems", "the Tories".)
    let plural = ws.iter().any(|w| {
        GROUP_NOUNS.contains(crate::text::lowercase(w).as_ref())
            || w.starts_with(char::is_lowercase) && w.ends_with('s') && !w.ends_with("ss")
            || w.ends_with('s')
                && (crate::extract::name_words::party_member(w)
                    || matches!(*w, "Dems" | "Greens" | "Liberals" | "Nationalists"))
    });
    let list = words.contains(" and ") || words.contains(',') || words.contains(" & ");
    let named = first.starts_with(char::is_uppercase)
        || ws
            .last()
            .is_some_and(|w| ORGANISATION_NOUNS.contains(&crate::text::lowercase(w).as_ref()));
    named && !plural && !list
}
