//! Definite descriptions: the words that may stand for a person ("the prime minister", "the
//! Kremlin leader", "Scotland's first minister", "the 27-year-old"), the post they name, and
//! whether they open a clause, so that they may be a verb's subject.

use super::referents::Referent;
use crate::extract::countries::CountryMention;
use crate::extract::offices::OfficeMention;
use crate::gazetteer::FormKind;
use crate::gazetteer::{gazetteer, Sex, TitleKind};
use crate::segment::{Segments, Span};
use crate::text::Word;
use std::collections::BTreeSet;

/// Verbs of believing, hoping, expecting, fearing or suspecting, which a clause follows as it
/// follows a verb of saying ("he believed the prime minister would …").
const THINKING: &[&str] = &[
    "believe",
    "believes",
    "believed",
    "hope",
    "hopes",
    "hoped",
    "expect",
    "expects",
    "expected",
    "fear",
    "fears",
    "feared",
    "suspect",
    "suspects",
    "suspected",
];

/// Whether the word `ws[i]` starts a clause: it starts its sentence, follows a comma, dash,
/// bracket or colon ("In a speech, the prime minister said"), follows a word that opens its
/// sentence ("As the Tory leader said", "But the chancellor said"), or follows "that" or a verb
/// of saying or thinking ("That suggests the Lib Dem leader believes …").
pub(super) fn opens_clause(text: &str, ws: &[Word<'_>], i: usize, seg: &Segments) -> bool {
    let sentence = seg.sentences[seg.sentence_index(ws[i].span.start)];
    let starts = |k: usize| k == 0 || ws[k - 1].span.end <= sentence.start;
    if starts(i) {
        return true;
    }
    let prev = &ws[i - 1];
    let between = &text[prev.span.end..ws[i].span.start];
    let joined = between.trim().is_empty();
    between.contains([',', '-', '–', '—', '(', ':', ';'])
        // A clause reported or thought: "That suggests the Lib Dem leader believes …", "reports
        // that the prime minister favours …".
        || joined
            && (prev.text == "that"
                || crate::gazetteer::gazetteer().is_cue_verb(prev.text)
                || THINKING.contains(&prev.text))
        // A clause after a conjunction of time or reason: "It comes after Pakistan's high
        // commissioner said …", "because the chancellor wants …", "as the prime minister
        // prepares …" (a verb must follow).
        || joined
            && matches!(
                prev.text,
                "after" | "before" | "since" | "because" | "although" | "though" | "when"
                    | "while" | "until" | "unless" | "once" | "if" | "as"
            )
        || starts(i - 1)
            && matches!(
                prev.text.to_lowercase().as_str(),
                "as" | "and" | "but" | "so" | "yet" | "when" | "while"
            )
}

/// "The 27-year-old", "the 34-year-old singer", "the Moroccan", "the Australian star" (`ws[i]`
/// is "the"): a description by age or nationality that refers to someone named before, when
/// it opens its sentence or speaks ("…," the 24-year-old said; "…," said the Scot.); or by
/// what the person heads ([`organisation_head`]: "The Acme boss said …") or once did ("The
/// former teacher confirmed …"), when it opens its sentence before a speech verb. Its words, with a person's noun after the age or
/// nationality.
pub(super) fn person_description(
    text: &str,
    ws: &[Word<'_>],
    i: usize,
    seg: &Segments,
) -> Option<Span> {
    let g = gazetteer();
    let sentence = seg.sentences[seg.sentence_index(ws[i].span.start)];
    let cue = |w: &str| w.starts_with(char::is_lowercase) && g.is_cue_verb(w);
    // The text after the description's `end`, and its first word.
    let after_end = |end: usize| {
        let after = text[end..].trim_start();
        let next = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        (after, next)
    };
    if let Some(end) = organisation_head(ws, i) {
        let verb_after = cue(after_end(end).1);
        return (ws[i].text == "The" && opens_sentence(text, sentence, ws[i].span) && verb_after)
            .then(|| Span::new(ws[i].span.start, end));
    }
    // "The former teacher confirmed …": what the person once did, opening the sentence before
    // a speech verb (not a post: "the former minister" names one).
    if let Some(noun) = ws
        .get(i + 1)
        .filter(|w| w.joined && w.text == "former")
        .and_then(|_| ws.get(i + 2))
        .filter(|w| {
            w.joined
                && crate::extract::name_words::PERSON_NOUNS.contains(w.text)
                && g.title(w.text).is_none()
        })
    {
        let verb_after = cue(after_end(noun.span.end).1);
        return (ws[i].text == "The" && opens_sentence(text, sentence, ws[i].span) && verb_after)
            .then(|| Span::new(ws[i].span.start, noun.span.end));
    }
    let head = ws.get(i + 1).filter(|w| {
        w.joined
            && (w.text.ends_with("-year-old") && w.text.starts_with(|c: char| c.is_ascii_digit())
                || demonym_noun(w.text))
    })?;
    // A person's noun after it ("the 34-year-old singer", "the 27-year-old man").
    let noun = ws.get(i + 2).filter(|w| {
        w.joined
            && (crate::extract::name_words::PERSON_NOUNS.contains(w.text)
                || matches!(w.text, "man" | "woman" | "boy" | "girl"))
    });
    let end = noun.unwrap_or(head).span.end;
    let (after, next) = after_end(end);
    let verb_after = cue(next);
    let verb_before = i > 0
        && ws[i - 1].span.end > sentence.start
        && cue(ws[i - 1].text)
        && after.starts_with(['.', ',']);
    // A nationality stands for a person alone when it is a noun ("the Moroccan", "the Scot"):
    // before a comma, a full stop or a verb ("the American economy" is no one).
    if noun.is_none()
        && !head.text.ends_with("-year-old")
        && !(after.starts_with([',', '.'])
            || verb_after
            || matches!(
                next,
                "has" | "had" | "is" | "was" | "will" | "would" | "also"
            ))
    {
        return None;
    }
    (ws[i].text == "The" && opens_sentence(text, sentence, ws[i].span) || verb_after || verb_before)
        .then(|| Span::new(ws[i].span.start, end))
}

/// "The Ofsted chief", "The Acme boss", "The Acme chief executive" (`ws[i]` is "the"): one to
/// three capitalised words, then the noun for whoever heads them; where the description ends.
fn organisation_head(ws: &[Word<'_>], i: usize) -> Option<usize> {
    let words = ws.get(i + 1..)?;
    let n = words
        .iter()
        .take(3)
        .take_while(|w| w.joined && w.is_capitalized() && !w.possessive)
        .count();
    let noun = words.get(n).filter(|w| w.joined)?;
    // ("The Acme chief executive".)
    let end = match words.get(n + 1) {
        Some(e) if noun.text == "chief" && e.joined && e.text == "executive" => e.span.end,
        _ => noun.span.end,
    };
    (n > 0
        && matches!(
            noun.text,
            "chief" | "boss" | "chairman" | "chairwoman" | "founder"
        ))
    .then_some(end)
}

/// Whether `word` is a nationality that names one person: a demonym in title case that is a
/// noun ("Moroccan", "Scot"), not an adjective only ("French") nor a plural.
fn demonym_noun(word: &str) -> bool {
    let demonym = || {
        gazetteer()
            .country_form(word)
            .is_some_and(|(_, kind)| kind == FormKind::Demonym)
    };
    word.starts_with(char::is_uppercase)
        && (matches!(
            word,
            "Scot" | "Briton" | "Swede" | "Dane" | "Finn" | "Pole" | "Turk" | "Spaniard"
        ) || (word.ends_with("an") || word.ends_with('i')) && demonym())
}

/// Whether `span` opens `sentence`, perhaps after one linking word and an honorific ("But Mr
/// Howard …", "Meanwhile, Mr Brown …").
pub(super) fn opens_sentence(text: &str, sentence: Span, span: Span) -> bool {
    let before = text[sentence.start..span.start].trim();
    let before = crate::gazetteer::HONORIFICS
        .iter()
        .find_map(|h| {
            before
                .strip_suffix(h)
                .filter(|b| b.is_empty() || b.ends_with([' ', ',']))
        })
        .unwrap_or(before)
        .trim()
        .trim_end_matches(',');
    before.is_empty()
        || matches!(
            before,
            "But" | "And" | "So" | "Yet" | "However" | "Meanwhile" | "Now" | "Then" | "Later"
        )
}

/// Whether the words after a description make it the subject of a verb: a lower-case word
/// that is not a preposition, conjunction or relative pronoun ("the chancellor has said", "the
/// prime minister probably hopes"; not "the chancellor of …", "the leader and …").
fn verb_follows(text: &str, ws: &[Word<'_>], end: usize) -> bool {
    let Some(next) = ws.get(end) else {
        return false;
    };
    let last = &ws[end - 1];
    !last.possessive
        && text[last.span.end..next.span.start].trim().is_empty()
        && next.text.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            next.text,
            "of" | "and"
                | "or"
                | "to"
                | "in"
                | "for"
                | "on"
                | "at"
                | "with"
                | "by"
                | "from"
                | "who"
                | "whose"
                | "which"
                | "that"
                | "as"
                | "than"
                | "into"
                | "over"
                | "under"
                | "about"
                | "after"
                | "before"
                | "nor"
        )
}

/// "the Kremlin leader", "the Ukrainian president", "the prime minister", "Scotland's first
/// minister" (`ws` starts at "the" or at the country): the person holding such an office in
/// this article, when there is exactly one. `opens`: whether the description starts a clause,
/// so that it may be the subject of a verb after it.
pub(super) fn description(
    text: &str,
    ws: &[crate::text::Word<'_>],
    offices: &[(usize, &OfficeMention)],
    countries: &[CountryMention],
    opens: bool,
) -> Option<Referent> {
    let g = gazetteer();
    // After "the", or a country's possessive ("Scotland's first minister"; no "former" then).
    let by_country = !ws[0].text.eq_ignore_ascii_case("the");
    let mut j = usize::from(!by_country);
    // "the former home secretary", "the ex-home secretary": who held it.
    let mut former = false;
    if !by_country
        && ws
            .get(1)
            .is_some_and(|w| w.joined && w.text.eq_ignore_ascii_case("former"))
    {
        former = true;
        j = 2;
    }
    let mut iso = None;
    if let Some(c) = ws
        .get(j)
        .and_then(|w| countries.iter().find(|c| c.span.start == w.span.start))
    {
        iso = Some(c.iso);
        while j < ws.len() && ws[j].span.end <= c.span.end {
            j += 1;
        }
    }
    if by_country && !(iso.is_some() && j > 0 && ws[j - 1].possessive) {
        return None;
    }
    // A party's member: "the Labour MP", "the former Tory minister" (the party's, not the
    // portfolio of a "Labour Minister", whose words are capitalised).
    if !by_country && iso.is_none() {
        if let (Some(party), Some(next)) = (ws.get(j), ws.get(j + 1)) {
            // (A party's leader is a title of its own: "the Tory leader".)
            let whole = || g.title(&format!("{} {}", party.text, next.text));
            if party.is_capitalized()
                && next.joined
                && g.is_party(party.text)
                && g.title(next.text).is_some()
                && whole().as_ref().is_none_or(|t| {
                    t.kind != TitleKind::PartyLeader && next.text.starts_with(char::is_lowercase)
                })
            {
                iso = g.party_country(party.text);
                j += 1;
            }
        }
    }
    // A legislator's seat before the title: "the Edinburgh MSP", "the Sedgefield MP" (one or
    // two capitalised words, no party's and no title's).
    let mut seat = false;
    if !by_country && iso.is_none() {
        let seat_word = |w: &crate::text::Word<'_>| {
            w.joined
                && w.is_capitalized()
                && !w.possessive
                && !g.is_party(w.text)
                && g.title(w.text).is_none()
        };
        let mut m = j;
        while m < j + 2 && ws.get(m).is_some_and(seat_word) {
            m += 1;
        }
        if m > j
            && ws.get(m).is_some_and(|w| {
                w.joined
                    && g.title(w.text)
                        .is_some_and(|t| t.kind == TitleKind::Legislator)
            })
        {
            j = m;
            seat = true;
        }
    }
    let max = g.max_title_words().min(ws.len().saturating_sub(j));
    let ex = ws.get(j).and_then(|w| crate::text::after_ex(w.text));
    former |= ex.is_some();
    let (k, title) = (1..=max).rev().find_map(|k| {
        let last = match ex {
            Some(rest) if k == 1 => rest,
            _ => ws[j + k - 1].text,
        };
        if !g.may_end_title(last) {
            return None;
        }
        let mut phrase: Vec<&str> = ws[j..j + k].iter().map(|w| w.text).collect();
        if let Some(rest) = ex {
            phrase[0] = rest;
        }
        let phrase = phrase.join(" ");
        if phrase.eq_ignore_ascii_case("leader") {
            return Some((k, None));
        }
        g.title(&phrase).map(|t| (k, Some(t)))
    })?;
    let role = title.as_ref().map(|t| t.role.clone());
    let mut end = ws[j + k - 1];
    // A legislator's seat: "the Tory MP for Sleaford and North Hykeham" (capitalised words,
    // "and" between two of them), read to its end.
    let mut after = j + k;
    if title
        .as_ref()
        .is_some_and(|t| t.kind == TitleKind::Legislator)
        && ws.get(after).is_some_and(|w| w.joined && w.text == "for")
    {
        let mut m = after + 1;
        while ws.get(m).is_some_and(|w| {
            w.joined && w.is_capitalized() && !w.possessive
                || w.joined
                    && w.text == "and"
                    && ws
                        .get(m + 1)
                        .is_some_and(|n| n.joined && n.is_capitalized())
        }) {
            m += 1;
        }
        if m > after + 1 && ws[m - 1].is_capitalized() {
            end = ws[m - 1];
            after = m;
        }
    }
    // "The European ministers' comments": many people, no one's post.
    if end.text.eq_ignore_ascii_case("ministers") {
        return None;
    }
    // "the leader of the Civil Service Union": a leader of something, no head of a state.
    if title.is_none() && ws.get(after).is_some_and(|w| w.joined && w.text == "of") {
        return None;
    }
    // "the President Donald Trump" is a title before a name, not a description; "The prime
    // minister and chancellor faced …" is two people.
    if ws
        .get(after)
        .is_some_and(|n| n.joined && n.is_capitalized() || n.text == "and")
        || !ws[1..j + k]
            .iter()
            .zip(1..)
            .all(|(w, n)| w.joined || by_country && n == j)
    {
        return None;
    }
    // "the British prime minister": the prime minister of Britain, or the one whose country
    // the article has not said.
    let posts = || {
        offices
            .iter()
            .filter(|(_, o)| iso.is_none_or(|c| o.country.is_none_or(|oc| oc == c)))
            .filter(|(_, o)| o.former == former)
            .filter(|(_, o)| match &role {
                Some(r) => o.role.eq_ignore_ascii_case(r),
                None => matches!(o.kind, TitleKind::HeadOfState | TitleKind::HeadOfGovernment),
            })
    };
    let mut holders: BTreeSet<usize> = posts().map(|(p, _)| *p).collect();
    // ("President Bush … French President Jacques Chirac … The French president said": the
    // one whose post the article gives that country, before one whose country it has not
    // said.)
    if iso.is_some() && holders.len() > 1 {
        let stated: BTreeSet<usize> = posts()
            .filter(|(_, o)| o.country.is_some())
            .map(|(p, _)| *p)
            .collect();
        if stated.len() == 1 {
            holders = stated;
        }
    }
    let span = Span::new(ws[0].span.start, end.span.end);
    if holders.len() == 1 {
        Some(Referent {
            span,
            people: holders.into_iter().collect(),
            antecedent: Some(span),
            office: None,
            country: iso,
            former,
        })
    } else if (holders.is_empty()
        // (When several hold it, "Sen. Chris Murphy … Sen. Jon Tester … Murphy told me. The
        // senator paused": the one of them the sentence before names, see
        // [`super::referents`].)
        || holders.len() > 1 && !former)
        // (A seat names one member among many: "Trump spoke. The Vermont senator said …" is
        // no one the sentence before names.)
        && !seat
        && title
            .as_ref()
            .is_some_and(|t| !matches!(t.kind, TitleKind::Royal | TitleKind::Rank))
        && (ws[0].text == "The" || opens && verb_follows(text, ws, after))
        // "The Scottish Conservative leader, David McLetchie, said": an apposition names the
        // holder, not someone before.
        && !text[end.span.end..]
            .strip_prefix(',')
            .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase))
    {
        // "The prime minister was speaking …", "In a speech, the prime minister said …": the
        // person of the sentence before, who then holds the office.
        Some(Referent {
            span,
            people: vec![],
            antecedent: None,
            office: title,
            country: iso,
            former,
        })
    } else {
        None
    }
}

/// The nouns of someone unnamed who speaks for others or for a market: "A spokesman said",
/// "said a source", "One dealer, who asked not to be named, told Reuters".
const UNNAMED_NOUNS: &str =
    "spokesman|spokeswoman|spokesperson|official|source|aide|insider|dealer|trader|analyst|economist|diplomat";

/// The sex of someone unnamed who speaks for others, by their noun ("spokesman", "official",
/// "source"): male or female for a spokesman or spokeswoman, else unknown; none for any other
/// word.
pub(crate) fn unnamed_noun(word: &str) -> Option<Sex> {
    let lower = crate::text::lowercase(word);
    match lower.as_ref() {
        "spokesman" => Some(Sex::Male),
        "spokeswoman" => Some(Sex::Female),
        w if UNNAMED_NOUNS.split('|').any(|n| n == w) => Some(Sex::Unknown),
        _ => None,
    }
}

/// Where someone unnamed speaks, sentence by sentence, found once per article and only for
/// the sentences asked about ([`UnnamedSpeakers::in_sentence`]).
pub(super) struct UnnamedSpeakers<'t> {
    text: &'t str,
    seg: &'t Segments<'t>,
    found: Vec<std::cell::OnceCell<Option<(usize, Sex)>>>,
    /// Where an unnamed one first speaks with an indefinite article ("A spokeswoman said"),
    /// by noun, in text order: read once, when a definite one asks.
    indefinite: std::cell::OnceCell<Vec<(usize, String)>>,
}

/// The noun, then a verb of speech (after a "for" phrase or an adverb): "A spokesman said",
/// "A spokeswoman for the BBC told", "The BBC spokeswoman said" (`def`).
static NOUN_FIRST: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"\b(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[A-Z][\w'’.&-]*\s+){{0,4}}(?:[a-z]+\s+)?|(?P<def>[Tt]he)\s+(?:[A-Z][\w'’.&-]*\s+){{1,4}}(?:[a-z]+\s+)?)(?P<noun>{UNNAMED_NOUNS})\b(?:\s+for\s+(?:the\s+)?[^,.;:]{{1,40}}?)?(?:,\s+who\s+[^,.;:]{{1,60}},)?,?\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|explained|insisted|stated|confirmed|warned)\b",
    ))
    .expect("the unnamed speaker pattern")
});

/// The nouns of [`UNNAMED_NOUNS`], found anywhere in a sentence at once.
static UNNAMED_NOUN_WORDS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(UNNAMED_NOUNS.split('|')).expect("the unnamed nouns")
    });

/// A verb of speech, then the noun, then the end of the clause or a "for" or "close to"
/// phrase: "“…,” said a spokesman.", "said a source close to him" (not "told an aide he
/// would", "said an official inquiry would").
static VERB_FIRST: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"\b(?:said|says|added|adds)\s+(?:an?|one|another)\s+(?:[A-Z][\w'’.&-]*\s+){{0,4}}(?:[a-z]+\s+)?(?P<noun>{UNNAMED_NOUNS})(?:\s*[,.;]|\s+for\b|\s+close\s+to\b|\s*$)",
    ))
    .expect("the unnamed speaker pattern")
});

impl<'t> UnnamedSpeakers<'t> {
    pub(super) fn new(text: &'t str, seg: &'t Segments<'t>) -> Self {
        UnnamedSpeakers {
            text,
            seg,
            found: (0..seg.sentences.len())
                .map(|_| std::cell::OnceCell::new())
                .collect(),
            indefinite: std::cell::OnceCell::new(),
        }
    }

    /// Where someone unnamed speaks in sentence `s`, the last time, with the sex the noun
    /// says: "A spokesman said …", "A spokeswoman for the BBC told …", "“…,” an official
    /// said", "said a source close to him"; "The BBC spokeswoman said" only after an
    /// unnamed one spoke before ("A spokeswoman said …"), as "The Acme official" may be
    /// someone named before. Not an apposition after a name ("Mike Lake, a spokesman for the
    /// firm, said"). A "he" or "she" after it, before anyone named, is that person's.
    pub(super) fn in_sentence(&self, s: usize) -> Option<(usize, Sex)> {
        *self.found[s].get_or_init(|| self.find(self.seg.sentences[s]))
    }

    fn find(&self, span: Span) -> Option<(usize, Sex)> {
        let hay = span.of(self.text);
        // (Both patterns need one of the nouns as a word of its own after a space: most
        // sentences have none.)
        let noun_word = |m: aho_corasick::Match| {
            hay[..m.start()].ends_with(char::is_whitespace)
                && !hay[m.end()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        };
        if !UNNAMED_NOUN_WORDS.find_iter(hay).any(noun_word) {
            return None;
        }
        let noun_first = NOUN_FIRST.captures_iter(hay).filter(|m| {
            let at = m.get(0).map_or(0, |w| w.start());
            // (A word that opens the sentence is no name: "However, one dealer said".)
            let apposition = hay[..at].trim_end().strip_suffix(',').is_some_and(|b| {
                !b.ends_with(['"', '\u{201d}', '\'', '\u{2019}'])
                    && b.trim().contains(char::is_whitespace)
            });
            !apposition
        });
        let last_noun_first = noun_first
            .filter(|m| {
                m.name("def").is_none()
                    || self.spoke_before(
                        span.start + m.get(0).map_or(0, |w| w.start()),
                        m.name("noun").map_or("", |n| n.as_str()),
                    )
            })
            .last();
        let last_verb_first = VERB_FIRST.captures_iter(hay).last();
        // (The later of the two.)
        let m = [last_noun_first, last_verb_first]
            .into_iter()
            .flatten()
            .max_by_key(|m| m.get(0).map_or(0, |w| w.start()))?;
        let noun = m.name("noun")?;
        Some((span.start + m.get(0)?.start(), unnamed_noun(noun.as_str())?))
    }

    /// Whether an unnamed one with `noun` spoke with an indefinite article within 3,000
    /// bytes before `at`.
    fn spoke_before(&self, at: usize, noun: &str) -> bool {
        let all = self.indefinite.get_or_init(|| {
            NOUN_FIRST
                .captures_iter(self.text)
                .filter(|m| m.name("def").is_none())
                .filter_map(|m| Some((m.get(0)?.start(), m.name("noun")?.as_str().to_owned())))
                .collect()
        });
        let from = at.saturating_sub(3000);
        let k = all.partition_point(|(p, _)| *p < from);
        all[k..]
            .iter()
            .take_while(|(p, _)| *p < at)
            .any(|(_, n)| n == noun)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    /// A description inside a sentence ("In a speech, the prime minister said") stands for the
    /// subject of the nearest sentence before that names someone, when nothing speaks against it.
    #[test]
    fn descriptions_inside_a_sentence_table() {
        for (input, expected) in [
            // After a comma or a word that opens the sentence, before a verb.
            (
                "Tom Hale has backed the plan. In a speech in Leeds, the prime minister said it would work.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            (
                "Tom Hale spoke in Leeds. As the Tory leader declared, taxes must fall.",
                vec![("Tom Hale", "Tory Leader")],
            ),
            (
                "Tom Hale spoke in Leeds. \"We will win,\" the prime minister said.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            (
                "Tom Hale has backed the plan. The call comes as the prime minister prepares to lead the G8.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            // (Not "as" before a noun phrase.)
            (
                "Tom Hale has backed the plan. Voters see Ann Whitby as the prime minister of a lost cause.",
                vec![],
            ),
            // After a verb of saying or thinking, or "that", before a verb: a clause's subject.
            (
                "Mr Tom Hale went on to suggest a deal. That suggests the Lib Dem leader believes he may win.",
                vec![("Tom Hale", "Lib Dem Leader")],
            ),
            (
                "Tom Hale faces a vote. Reports that the prime minister favours May are wrong.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            (
                "Tom Hale spoke in Leeds. Sam Lowe said he believed the prime minister would want allies.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            // The person of the sentence before may follow a linking word and an honorific.
            (
                "But Mr Tom Hale spoke in Leeds. As the Tory leader declared, taxes must fall.",
                vec![("Tom Hale", "Tory Leader")],
            ),
            // A pronoun that speaks there stands for the person its own sentence gave it ...
            (
                "Tom Hale has dismissed reports that he told Ann Whitby to go. \"We do no deals,\" the prime minister said.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            // ... not one its sentence did not give it ("He" of the speaker of a sentence
            // before, who is no one named).
            (
                "Tom Hale spoke in Leeds. A spokesman said yes. He said no more. Later, the prime minister said no.",
                vec![],
            ),
            // Not someone its own sentence names ...
            ("Tom Hale said the prime minister had failed.", vec![]),
            (
                "Tom Hale met Ann Whitby. But the chancellor said Tom Hale was wrong.",
                vec![],
            ),
            // ... nor, for a description that opens its sentence, someone who speaks after it
            // there: the one who speaks of the Tory leader is someone else.
            (
                "Mr Tom Hale will tour Leeds, party chairman Sam Lowe said. The Tory leader wants to meet voters, Mr Lowe said.",
                vec![("Tom Hale", "Tory Leader")],
            ),
            // ... nor an object, nor one who does not start the sentence before ...
            ("Tom Hale spoke. Voters blamed the chancellor for it.", vec![]),
            (
                "The issue came up in Leeds, where Tom Hale spoke. But the chancellor said no.",
                vec![],
            ),
            // ... nor either of two.
            (
                "Tom Hale and Ann Whitby met. Later, the prime minister said no.",
                vec![],
            ),
            // Nor someone in whose words the post is named before.
            (
                "Tom Hale met Ann Whitby. Ann Whitby said the chancellor had failed. The chancellor insisted all was well.",
                vec![("Tom Hale", "Chancellor")],
            ),
            // One description, one person: the second is the first's.
            (
                "Tom Hale has said no. The prime minister was in Leeds. Ann Whitby spoke. Later, the prime minister said yes.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            // A description that opens a sentence, which no one before fits, is the next
            // person to start a sentence: in its paragraph or opening the next, no further.
            (
                "Schools were told to work. The first minister said so.\n\nTom Hale was in Leeds.",
                vec![("Tom Hale", "First Minister")],
            ),
            (
                "The first minister said so.\n\nThe talks went on.\n\nTom Hale was in Leeds.",
                vec![],
            ),
            // A description that speaks inside a sentence, which no one before fits, is the
            // next person who speaks, in reach as above ...
            (
                "Fees must fall, the health secretary has said.\n\nThe cost was too high, Tom Hale told MPs.",
                vec![("Tom Hale", "Health Secretary")],
            ),
            (
                "Fees must fall, the health secretary has said. Tom Hale was in Leeds.",
                vec![("Tom Hale", "Health Secretary")],
            ),
            // ... also after a conjunction that opens its clause.
            (
                "Talks went well. It came after the health secretary said fees must fall. Tom Hale told MPs so.",
                vec![("Tom Hale", "Health Secretary")],
            ),
            // ... not someone who does not speak or start a sentence, nor a description that
            // does not speak.
            (
                "Fees must fall, the health secretary has said. Voters in Leeds met Tom Hale.",
                vec![],
            ),
            (
                "Fees fell after the health secretary acted. The cost was too high, Tom Hale said.",
                vec![],
            ),
            // A king or queen is never someone named before.
            ("Tom Hale arrived. The Queen was in Leeds.", vec![]),
            // Nor is a possessive's holder the subject of the sentence before; it is the
            // person its own sentence names next.
            (
                "Tom Hale has backed the plan. The prime minister's spokesman said so.",
                vec![],
            ),
            (
                "Ann Whitby spoke. The prime minister's spokesman set out Mr Hale's view after Ann Whitby's talk.",
                vec![("Hale", "Prime Minister")],
            ),
            // Ministers are many: no one's post.
            (
                "The European ministers' comments, said Tom Hale of Acme, were weak.",
                vec![],
            ),
            ("Tom Hale spoke. The finance ministers agreed.", vec![]),
            // A head of government is no one the article gives a job that is no office, by a
            // noun before the name or in an apposition after it.
            (
                "Party co-chairman Tom Hale spoke in Leeds on Sunday. The prime minister ratcheted up the campaign.",
                vec![],
            ),
            (
                "The role will be filled by Tom Hale - a key ally of Ann Whitby. The premier insisted the plan would work.",
                vec![],
            ),
            (
                "Tom Hale, ex-head of communications at the ministry, says the plan shows frustration. The prime minister knows the risks.",
                vec![],
            ),
            // A backbencher is an MP: no second post.
            (
                "Labour backbencher Tom Hale spoke in Leeds. The MP for Leeds North said the plan would fail.",
                vec![("Tom Hale", "Backbencher")],
            ),
        ] {
            let x = extract(input);
            let got: Vec<(&str, &str)> = crate::extract::office_rows(&x)
                .into_iter()
                .map(|(name, role, _, _)| (name, role))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    /// A description that names a country, by adjective ("the French president") or possessive
    /// ("France's president"), gives the post that country; it stands for someone only when
    /// nothing else in reach could be meant.
    #[test]
    fn country_descriptions_table() {
        for (input, expected) in [
            (
                "Tom Hale flew to Oslo. The French finance minister said the deal was done.",
                vec![("Tom Hale", "Finance Minister", Some("FR"))],
            ),
            (
                "Tom Hale flew to Oslo. France's finance minister said the deal was done.",
                vec![("Tom Hale", "Finance Minister", Some("FR"))],
            ),
            // Before the person who opens the next sentence, across a paragraph break.
            (
                "Norway's prime minister has told the banks to lend.\n\nTom Hale was speaking in Oslo.",
                vec![("Tom Hale", "Prime Minister", Some("NO"))],
            ),
            // An apposition names the holder; the description is not the person before.
            (
                "Ann Whitby spoke first. The French finance minister, Tom Hale, said no.",
                vec![("Tom Hale", "Finance Minister", Some("FR"))],
            ),
            (
                "Ann Whitby spoke first. The Scottish Conservative leader, Tom Hale, said no.",
                vec![("Tom Hale", "Scottish Conservative Leader", Some("GB"))],
            ),
            // Not one of two people.
            (
                "Tom Hale met Ann Whitby in Oslo. The French finance minister said the deal was done.",
                vec![],
            ),
            // Not someone named before it in its own sentence.
            ("Tom Hale said France's finance minister was wrong.", vec![]),
            // A possessive of a country that is no description.
            ("Tom Hale flew to Oslo. France's banks said no.", vec![]),
        ] {
            let x = extract(input);
            let got: Vec<(&str, &str, Option<&str>)> = crate::extract::office_rows(&x)
                .into_iter()
                .map(|(name, role, country, _)| (name, role, country))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    /// The speakers of the statements of `input`, in order.
    fn speaker_names(input: &str) -> Vec<String> {
        let x = extract(input);
        x.statements
            .iter()
            .flat_map(|s| s.speakers.iter().map(|&p| x.people[p].name.clone()))
            .collect()
    }

    /// A secretary of state is the secretary a description names ("The culture secretary said"
    /// after "The Secretary of State for Culture, Tessa Jowell"); another post is not.
    #[test]
    fn description_of_a_secretary_of_state() {
        for (input, speakers) in [
            (
                "Bill row\n\nThe Secretary of State for Culture, Ann Whitby, spoke today. Ms Whitby complained of the press. The culture secretary said the bill was fair.",
                vec!["Ann Whitby"],
            ),
            (
                "Bill row\n\nHealth Minister Ann Whitby spoke today. Ms Whitby complained of the press. The culture secretary said the bill was fair.",
                vec![],
            ),
        ] {
            assert_eq!(speaker_names(input), speakers, "{input}");
        }
    }

    /// When several people hold the post a description states, it stands for the one of them
    /// the sentence before names, and for no one when that sentence names someone else.
    #[test]
    fn description_of_a_post_several_hold() {
        for (input, speakers) in [
            (
                "Gun vote\n\nSen. Ann Whitby and Sen. Tom Hale voted no. Whitby spoke to me in Hartford. The senator paused and said the vote was a scandal.",
                vec!["Ann Whitby"],
            ),
            (
                "Gun vote\n\nSen. Ann Whitby and Sen. Tom Hale voted no. Jim Lowe spoke to me in Hartford. The senator paused and said the vote was a scandal.",
                vec![],
            ),
            // (One named before it, one after: the one before.)
            (
                "Gun vote\n\nPresident Ann Whitby backed Jim Lowe in Hartford. The president told voters the vote was a scandal. Later, President Tom Hale disagreed.",
                vec!["Ann Whitby"],
            ),
            // (Holders named only after it are no reason.)
            (
                "Gun vote\n\nJim Lowe spoke to me in Hartford. The senator paused and said the vote was a scandal. Sen. Ann Whitby and Sen. Tom Hale disagreed.",
                vec!["Jim Lowe"],
            ),
        ] {
            assert_eq!(speaker_names(input), speakers, "{input}");
        }
    }

    /// A member's seat may stand before the title: the member the article names with that
    /// post, and no one when it names none ("The Vermont senator" is not the person named
    /// before).
    #[test]
    fn description_of_a_members_seat() {
        for (input, speakers) in [
            (
                "Bill row\n\nTom Brown met Ann Whitby MSP on Monday. The Edinburgh MSP said the bill was fair.",
                vec!["Ann Whitby"],
            ),
            (
                "Bill row\n\nTom Brown spoke on Monday. The Vermont senator said the bill was fair.",
                vec![],
            ),
        ] {
            assert_eq!(speaker_names(input), speakers, "{input}");
        }
    }

    /// Nor is a description with a country someone who holds the same post of another country:
    /// the statement has no speaker.
    #[test]
    fn country_description_of_another_country() {
        for (input, speakers) in [
            (
                "German Finance Minister Tom Hale flew to Oslo. France's finance minister said the deal was done.",
                vec![],
            ),
            (
                "Finance Minister Tom Hale flew to Oslo. France's finance minister said the deal was done.",
                vec!["Tom Hale"],
            ),
            // Of two presidents, the one whose post is France's, not one whose country the
            // text does not give.
            (
                "Tom Hale said President Ann Whitby had won the US election. French President Jo Reed reacted coolly. The French president told reporters the deal was done.",
                vec!["Tom Hale", "Jo Reed"],
            ),
            // (Two whose posts are France's: neither.)
            (
                "Tom Hale said President Ann Whitby had won the US election. French President Jo Reed and French President Al Berg reacted coolly. The French president told reporters the deal was done.",
                vec!["Tom Hale"],
            ),
        ] {
            assert_eq!(speaker_names(input), speakers, "{input}");
        }
    }

    /// "The Acme boss said …" opening a sentence is a person described by the organisation
    /// they head, resolved as a pronoun is, no organisation of that name.
    #[test]
    fn head_of_an_organisation_table() {
        for (input, expected) in [
            (
                "\"Sales will rise,\" said Tom Hale. The Acme chief said profits would double.",
                vec!["Tom Hale", "Tom Hale"],
            ),
            (
                "Tom Hale spoke in Leeds. The Acme boss said sales would rise.",
                vec!["Tom Hale"],
            ),
            (
                "Tom Hale spoke in Leeds. The Acme chief executive said sales would rise.",
                vec!["Tom Hale"],
            ),
            // (Not a description that does not speak.)
            (
                "Tom Hale spoke in Leeds. The Acme boss was not there, Ann Lee said.",
                vec!["Ann Lee"],
            ),
        ] {
            assert_eq!(speaker_names(input), expected, "{input}");
        }
    }
}
