//! Whom a pronoun or a definite description stands for: every possible speaker of an article
//! (people's mentions, pronouns, descriptions), each resolved by looking back from where it
//! stands ("Mr Balls … said. He added …"), and the posts descriptions give the people they
//! resolve to.

use super::descriptions::{
    description, opens_clause, opens_sentence, person_description, UnnamedSpeakers,
};
use super::{sex, Person, PersonMention};
use crate::extract::countries::CountryMention;
use crate::extract::offices::OfficeMention;
use crate::gazetteer::FormKind;
use crate::gazetteer::{gazetteer, Sex, TitleKind};
use crate::segment::{Segments, Span};
use crate::text::Word;
use std::collections::BTreeSet;

/// What a speaker mention stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referent {
    /// The words ("he", "Zelensky", "the Kremlin leader").
    pub span: Span,
    /// The people they stand for (several for "they"); empty when unresolved.
    pub people: Vec<usize>,
    /// Where the antecedent stands, for a pronoun or description that was resolved.
    pub antecedent: Option<Span>,
    /// For a description whose office nobody holds yet in the article ("The prime minister
    /// was speaking …" after "Tony Blair has predicted …"): the title, which the person it
    /// resolves to then holds.
    pub office: Option<crate::gazetteer::Title>,
    /// For a description that names a country ("the British prime minister"): the country,
    /// which the post of the person it resolves to then has.
    pub country: Option<&'static str>,
    /// For a description of a former post ("the former home secretary", "the ex-minister"):
    /// the person it resolves to held it.
    pub former: bool,
}

impl Referent {
    /// Words that stand for someone not yet known: a pronoun or a description before it is
    /// resolved.
    pub(super) fn unresolved(span: Span) -> Self {
        Referent {
            span,
            people: vec![],
            antecedent: None,
            office: None,
            country: None,
            former: false,
        }
    }
}

/// Every possible speaker outside quotations, in text order: people's mentions, pronouns and
/// definite descriptions, each resolved.
pub fn referents(
    text: &str,
    ws: &[Word<'_>],
    seg: &Segments,
    people: &[Person],
    mentions: &[PersonMention],
    offices: &[(usize, &OfficeMention)],
    countries: &[CountryMention],
) -> Vec<Referent> {
    // A transcript label ("\"WALLACE: …") names the speaker even inside a quotation.
    let label = |span: Span| {
        let i = seg.labels.partition_point(|l| l.label.start < span.start);
        seg.labels.get(i).is_some_and(|l| l.label == span)
    };
    let mut out: Vec<Referent> = mentions
        .iter()
        .filter(|m| !seg.in_quote(m.span.start) || label(m.span))
        .map(|m| Referent {
            people: vec![m.person],
            ..Referent::unresolved(m.span)
        })
        .collect();
    let mut extra = Vec::new();
    let jobs = job_titles(ws, seg, mentions);
    // Descriptions of posts, whether or not they refer to anyone: (words, role).
    let mut named_posts: Vec<(Span, String)> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if seg.in_quote(w.span.start) {
            continue;
        }
        match w.text {
            "he" | "He" | "she" | "She" | "they" | "They" => {
                extra.push(Referent::unresolved(w.span))
            }
            "the" | "The" => {
                if let Some(r) = job_description(ws, i, &jobs) {
                    extra.push(r);
                    continue;
                }
                if let Some(span) = person_description(text, ws, i, seg) {
                    extra.push(Referent::unresolved(span));
                    continue;
                }
                let opens = w.text == "The" || opens_clause(text, ws, i, seg);
                // Read as if it opened a clause: a post nobody holds yet is then named, and
                // refers back only if it does open one ("said the chancellor had failed"
                // names a post and refers to no one).
                if let Some(r) = description(text, &ws[i..], offices, countries, true) {
                    if let Some(t) = &r.office {
                        named_posts.push((r.span, t.role.clone()));
                    }
                    if opens || r.office.is_none() {
                        extra.push(r);
                    }
                }
            }
            // "Scotland's first minister has told …": a country's possessive before a title.
            _ if w.possessive => {
                let Some(c) = countries
                    .iter()
                    .find(|c| c.span.end == w.span.end && c.kind == FormKind::Name)
                else {
                    continue;
                };
                let first = ws[..=i].partition_point(|x| x.span.start < c.span.start);
                if ws[first].span.start != c.span.start {
                    continue;
                }
                let opens = opens_clause(text, ws, first, seg);
                if let Some(r) = description(text, &ws[first..], offices, countries, opens) {
                    extra.push(r);
                }
            }
            _ => {}
        }
    }
    out.extend(extra);
    out.sort_by_key(|r| r.span);
    // People the article gives a job that is no office ("Tory co-chairman Liam Fox", "James
    // Humphreys, ex-head of communications at Number 10,"): a description of a head of
    // government or state is none of theirs.
    let jobbed: BTreeSet<usize> = out
        .iter()
        .filter(|r| r.antecedent.is_none() && r.people.len() == 1)
        .filter(|r| !offices.iter().any(|(q, _)| *q == r.people[0]))
        .filter(|r| job_before(text, r.span) || job_after(text, r.span))
        .map(|r| r.people[0])
        .collect();
    // Resolve pronouns in text order, each from the referents before it.
    let mut gained: Vec<(usize, String, TitleKind, Span)> = Vec::new();
    // Posts that a description inside someone's words shows are not theirs: "Vince Cable said
    // the chancellor had failed" (person, role).
    let mut denied: BTreeSet<(usize, String)> = BTreeSet::new();
    let mut next_post = 0;
    let unnamed_speakers = UnnamedSpeakers::new(text, seg);
    for i in 0..out.len() {
        if !out[i].people.is_empty() || out[i].antecedent.is_some() {
            continue;
        }
        let word = out[i].span.of(text).to_lowercase();
        let here = out[i].span.start;
        let para = seg.paragraph_index(here);
        // Posts named before here in someone's words: "Vince Cable said the chancellor had
        // failed" (not Cable's, whoever the chancellor is).
        while let Some((at, role)) = named_posts.get(next_post).filter(|(at, _)| at.start < here) {
            let sentence = seg.sentences[seg.sentence_index(at.start)];
            let from = out[..i].partition_point(|r| r.span.start < sentence.start);
            denied.extend(
                out[from..i]
                    .iter()
                    .filter(|r| sentence.contains(r.span.start) && r.span.end <= at.start)
                    .filter(|r| r.people.len() == 1 && speaks(text, r.span))
                    .map(|r| (r.people[0], role.clone())),
            );
            next_post += 1;
        }
        let resolved = if word == "they" {
            group_before(seg, &out[..i], here)
        } else {
            let wanted = match word.as_str() {
                "she" => Sex::Female,
                "he" => Sex::Male,
                // A description, by its noun ("the 60-year-old actor").
                _ => match word.rsplit(' ').next().unwrap_or("") {
                    "actor" | "man" | "father" | "husband" | "brother" | "son" | "boy" => Sex::Male,
                    "actress" | "woman" | "mother" | "wife" | "sister" | "daughter" | "girl" => {
                        Sex::Female
                    }
                    _ => Sex::Unknown,
                },
            };
            // A description that states an office ("The president said") goes to someone only
            // when their offices agree with it: not the prime minister of the article.
            let title = out[i].office.clone();
            let former = out[i].former;
            let country = out[i].country.filter(|_| title.is_some());
            // When several people hold the post the description states (see
            // [`super::descriptions::description`]), it is one of those named before it, if any
            // are.
            let holders: Vec<usize> = match &title {
                Some(t) if !former => {
                    let mut h: Vec<usize> = offices
                        .iter()
                        .filter(|(_, o)| {
                            !o.former
                                && o.span.start < here
                                && o.role.eq_ignore_ascii_case(&t.role)
                                && country.is_none_or(|c| o.country.is_none_or(|oc| oc == c))
                        })
                        .map(|(p, _)| *p)
                        .collect();
                    h.sort_unstable();
                    h.dedup();
                    h
                }
                _ => Vec::new(),
            };
            // (A "he" or "she" is no one of unknown sex named after a preposition: "Her attack
            // on Sanders … was a stretch. On Tuesday she doubled down" is not Sanders.)
            let fits = |r: &Referent| {
                r.people.len() == 1
                    && (holders.is_empty() || holders.contains(&r.people[0]))
                    && (wanted == Sex::Unknown || sex(&people[r.people[0]]) != wanted.opposite())
                    && !(wanted != Sex::Unknown
                        && sex(&people[r.people[0]]) == Sex::Unknown
                        && after_preposition(text, r.span))
                    && title.as_ref().is_none_or(|t| {
                        let p = r.people[0];
                        if denied
                            .range((p, String::new())..(p + 1, String::new()))
                            .any(|(_, role)| same_post(role, &t.role))
                        {
                            return false;
                        }
                        // (A former post says nothing of the present one: "Former Cabinet
                        // minister Tom Hale said … But the Tory MP admitted …".)
                        offices
                            .iter()
                            .filter(|(q, o)| *q == p && (former || !o.former))
                            .all(|(_, o)| post_covers(&o.role, o.kind, &t.role))
                            && gained
                                .iter()
                                .filter(|(q, ..)| *q == p)
                                .all(|(_, role, kind, _)| post_covers(role, *kind, &t.role))
                    })
                    // "The French president said": not someone holding another country's post.
                    && country.is_none_or(|c| {
                        offices
                            .iter()
                            .filter(|(q, o)| *q == r.people[0] && o.country.is_some())
                            .all(|(_, o)| o.country == Some(c))
                    })
            };
            // The subject of this sentence before the pronoun, else of the nearest sentence
            // before that names someone who fits ("Mr Balls … said. He added …").
            let si = seg.sentence_index(here);
            // A description inside a sentence ("Blair has backed the report. In a speech, the
            // prime minister said …") never stands for someone its own sentence names before
            // it ("Mr Howard said the prime minister …" is not Howard), and it looks back no
            // further than the nearest sentence that names someone: the one who speaks there,
            // else the first named, if they fit.
            let opener = {
                let said = out[i].span.of(text);
                said.starts_with("The")
                    || !said.starts_with("the")
                        && text[seg.sentences[si].start..here].trim().is_empty()
            };
            let inner = title.is_some() && !opener;
            // A possessive ("The prime minister's official spokesman said") is no subject: the
            // person of the sentences before is no reason; the first person its own sentence
            // names after it is ("The prime minister's spokesman set out Mr Blair's view"), as
            // are a post given before and the person who starts the next sentence.
            let owner = title.is_some() && text[out[i].span.end..].starts_with(['\'', '’']);
            // One description, one person: a post that an earlier description of the article
            // gave someone stays theirs ("The prime minister said … Later, the prime minister
            // said …").
            let mut found = title.as_ref().filter(|_| !out[i].former).and_then(|t| {
                gained
                    .iter()
                    .find(|(_, role, ..)| same_post(role, &t.role))
                    .map(|(p, .., at)| (vec![*p], *at))
            });
            let own = seg.sentences[si];
            if owner && found.is_none() {
                found = out[i + 1..]
                    .iter()
                    .take_while(|r| r.span.start < own.end)
                    .find(|r| r.antecedent.is_none() && r.people.len() == 1)
                    .filter(|r| fits(r))
                    .map(|r| (r.people.clone(), r.span));
            }
            // A pronoun that speaks after the words it said ("Tony Blair would lead the
            // campaign, he said."): not someone those words name.
            // (Unless its sentence opens by introducing the person by their full name, who
            // then mostly speaks of themselves: "Former Rep. Chris Shays was pro John Kasich
            // while …, he said"; not a name further in: "… they could see Tory leader Michael
            // Howard win, he added".)
            let full_name = |r: &Referent| {
                r.span
                    .of(text)
                    .split_whitespace()
                    .filter(|w| !crate::gazetteer::HONORIFICS.contains(&w.trim_end_matches('.')))
                    .count()
                    >= 2
                    && text[own.start..r.span.start].split_whitespace().all(|w| {
                        !w.starts_with(char::is_lowercase)
                            || matches!(w, "the" | "former")
                            || crate::extract::name_words::job_word(w)
                            || gazetteer().title(w).is_some()
                    })
            };
            let postposed = !owner && postposed_speaker(text, seg, &out[i], &word) && {
                let from = out[..i].partition_point(|r| r.span.start < own.start);
                !out[from..i].iter().any(|r| {
                    fits(r) && full_name(r) && !out[..from].iter().any(|e| e.people == r.people)
                })
            };
            let named_here = |p: usize| {
                out.iter()
                    .any(|r| r.people == [p] && own.contains(r.span.start) && r.span != out[i].span)
            };
            // A pronoun after a question put to it ("Asked if Mr Hale could return, he
            // replied …") is no one the question names.
            let asked = {
                let before = text[own.start..here].trim_end();
                before.ends_with(',') && crate::text::question_put(before)
            };
            // (The object a postposed pronoun passed over, in case no one spoke before it.)
            let mut passed: Option<(Vec<usize>, Span)> = None;
            for s in (0..=si).rev() {
                if found.is_some() || owner {
                    break;
                }
                let sentence = seg.sentences[s];
                if seg.paragraph_index(sentence.start) + 3 < para {
                    break;
                }
                if (inner || postposed || asked) && s == si {
                    continue;
                }
                if inner {
                    // (A sentence where someone unnamed speaks, or a "he" that is theirs, names
                    // someone too: "A spokesman said yes. He said no more. Later, the prime
                    // minister said …" is neither.)
                    let unnamed = out[..i].iter().any(|r| {
                        sentence.contains(r.span.start)
                            && r.people.is_empty()
                            && r.antecedent.is_none()
                            && matches!(r.span.of(text), "he" | "He" | "she" | "She")
                    });
                    if unnamed || unnamed_speakers.in_sentence(s).is_some() {
                        break;
                    }
                    let named = || {
                        out[..i]
                            .iter()
                            .filter(|r| sentence.contains(r.span.start) && r.people.len() == 1)
                    };
                    if let Some(r) = named()
                        .find(|r| speaks(text, r.span))
                        .or_else(|| named().next())
                    {
                        let subject =
                            speaks(text, r.span) || opens_sentence(text, sentence, r.span);
                        // "Mr Brown and Mr Blair staged …": either of them.
                        let paired = named().any(|o| {
                            o.span != r.span
                                && (text.get(r.span.end..o.span.start) == Some(" and ")
                                    || text.get(o.span.end..r.span.start) == Some(" and "))
                        });
                        // (A pronoun resolved in its own sentence counts as its person: "Tony
                        // Blair has dismissed reports he told Gordon Brown … \"…,\" the prime
                        // minister told …".)
                        let near = |at: Span| sentence.contains(at.start);
                        found = (r.antecedent.is_none()
                            || pronoun(text, r) && r.antecedent.is_some_and(near))
                        .then_some(r)
                        .filter(|r| subject && !paired && fits(r) && !named_here(r.people[0]))
                        .map(|r| (r.people.clone(), r.antecedent.unwrap_or(r.span)));
                        break;
                    }
                    continue;
                }
                // (Nor, for a description, someone who speaks after it in its own sentence:
                // "The Tory leader wants to meet voters, Mr Fox said" is not Fox.)
                let speaks_after = |p: usize| {
                    title.is_some()
                        && out[i + 1..]
                            .iter()
                            .take_while(|r| r.span.start < own.end)
                            .any(|r| r.people == [p] && speaks(text, r.span))
                };
                let candidates = || {
                    out[..i]
                        .iter()
                        .filter(|r| sentence.contains(r.span.start) && r.span.start < here)
                        .filter(|r| fits(r) && !speaks_after(r.people[0]))
                };
                // A post several hold is one of theirs only when the nearest sentence that
                // names someone names them ("Sen. Lee and Sen. Hale voted. Tom Brown spoke to
                // me. The senator paused" is neither senator).
                if !holders.is_empty()
                    && candidates().next().is_none()
                    && out[..i].iter().any(|r| {
                        sentence.contains(r.span.start)
                            && r.span.start < here
                            && r.people.len() == 1
                    })
                {
                    break;
                }
                // A post goes to the one who speaks in that sentence, if anyone does ("George
                // W Bush will … as US President, Tony Blair has said. The prime minister
                // said …": Blair), else to its first person.
                // A description with a country ("The French president said") is no one's when
                // that sentence names two who fit: either may be of another country.
                if country.is_some()
                    && candidates()
                        .map(|r| r.people[0])
                        .collect::<BTreeSet<_>>()
                        .len()
                        > 1
                {
                    break;
                }
                // So does a pronoun ("In a speech on the re-election of George W Bush, Mr
                // Kennedy said … He wants …": Kennedy, not the first person named).
                // (First one who speaks after the words they said: "It was no good Mr Blair
                // claiming …, argued Mr Howard" is Howard's.)
                // (In its own sentence, a pronoun is the nearest who speaks before it: "He
                // alleges that Mr Hale told Mr Lee he would step down" is Hale.)
                let speaker = candidates()
                    .find(|r| speaks_after_words(text, sentence, r.span))
                    .or_else(|| {
                        if s == si && title.is_none() {
                            candidates().filter(|r| speaks(text, r.span)).last()
                        } else {
                            candidates().find(|r| speaks(text, r.span))
                        }
                    });
                // Else its first person, unless that is a possessive and someone after is a
                // verb's subject, in its noun phrase or after "and" ("Fowler's double strike
                // helped City …, and Keegan sympathised …": Keegan).
                let possessive = |r: &Referent| text[r.span.end..].starts_with(['\'', '\u{2019}']);
                let subject = |r: &&Referent| {
                    let before = text[..r.span.start].trim_end();
                    let after = text[r.span.end..].trim_start();
                    let next = after
                        .split(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    !possessive(r)
                        && !matches!(
                            before.rsplit(|c: char| !c.is_alphabetic()).next(),
                            Some("in" | "at" | "of" | "for" | "with" | "by" | "to" | "from" | "on")
                        )
                        && next.starts_with(char::is_lowercase)
                        && !matches!(next, "to" | "of" | "in" | "at" | "and" | "or" | "for")
                };
                // (The head of the possessive's noun phrase, "Jaynes' lawyer David Oblon", or
                // the subject of a clause after "and".)
                let near = |o: &Referent, r: &Referent| {
                    let gap = text.get(o.span.end..r.span.start).unwrap_or(",");
                    !gap.contains([',', ';', '(', '"', '\u{201c}', '\u{2013}', '\u{2014}'])
                        && !gap.contains(" - ")
                        && gap.split_whitespace().count() <= 5
                        || text[..r.span.start].trim_end().ends_with(" and")
                };
                // "A spokesman said …. \"…,\" he added": someone unnamed speaks in a sentence
                // before, and no one named speaks after them there; the pronoun is theirs, no
                // one's of the article (nor whoever was named before, nor whoever their words
                // name: "A BBC spokeswoman said Andi Peters would stay on. She said that …" is
                // the spokeswoman's, as news mostly goes on).
                if s < si && matches!(word.as_str(), "he" | "she") {
                    let unnamed = unnamed_speakers
                        .in_sentence(s)
                        .filter(|&(_, sx)| sx == Sex::Unknown || sx == wanted);
                    if let Some((at, _)) = unnamed {
                        if !speaker.is_some_and(|r| r.span.start > at) {
                            passed = None;
                            break;
                        }
                    }
                }
                let first = candidates().next();
                let chosen = speaker
                    .or_else(|| {
                        let o = first.filter(|r| possessive(r))?;
                        candidates().find(|r| subject(r) && near(o, r))
                    })
                    .or(first);
                // A pronoun that speaks after its words goes on from whoever spoke before,
                // past sentences that name people only as objects ("Nobody, he claimed, could
                // picture Ann Lee … They could picture Tom Hale doing it. And Jim Black would
                // lead, he said." is the claimer); else it is that object.
                if postposed && title.is_none() && speaker.is_none() {
                    if passed.is_some() {
                        continue;
                    }
                    if chosen.is_some_and(|r| object(text, r.span)) {
                        passed = chosen.map(|r| (r.people.clone(), r.antecedent.unwrap_or(r.span)));
                        continue;
                    }
                }
                found = chosen.map(|r| (r.people.clone(), r.antecedent.unwrap_or(r.span)));
                if found.is_some() {
                    break;
                }
            }
            if found.is_none() {
                found = passed;
            }
            // "The first minister's statement was cautious. Jack McConnell's comment …": a
            // description that starts a sentence, which no one before fits, may name the next
            // person, in its sentence or the next (in its paragraph, or opening the next one:
            // news often gives each sentence a paragraph), when that person starts a sentence.
            // So may a description that speaks, inside a sentence, name the next person who
            // speaks ("… needs to be exploded, the pensions minister has said. This was why …,
            // Alan Johnson said.").
            let speaking = title.is_some() && speaks(text, out[i].span);
            if found.is_none() && title.is_some() && (opener || speaking) {
                let until = seg
                    .sentences
                    .get(si + 1)
                    .filter(|s| seg.paragraph_index(s.start) <= para + 1)
                    .map_or(seg.sentences[si].end, |s| s.end);
                // The person must start a sentence, perhaps after an honorific ("Lord
                // Falconer insists"): its subject.
                let starts_sentence = |r: &Referent| {
                    let s = seg.sentences[seg.sentence_index(r.span.start)];
                    let before = text[s.start..r.span.start].trim();
                    before.is_empty() || crate::gazetteer::HONORIFICS.contains(&before)
                };
                // The people fit for it up to there, in text order.
                let ahead = || {
                    out[i + 1..]
                        .iter()
                        .take_while(|r| r.span.start < until)
                        .filter(|r| r.antecedent.is_none() && fits(r))
                };
                // A possessive description is the person named in the possessive there ("The
                // first minister's statement … Jack Law, of Alcohol Focus Scotland, said Jack
                // McConnell's comment …"), before the one who starts a sentence.
                let parallel = owner
                    .then(|| ahead().find(|r| text[r.span.end..].starts_with(['\'', '’'])))
                    .flatten();
                found = parallel
                    .or_else(|| {
                        ahead()
                            .next()
                            .filter(|r| starts_sentence(r) || speaking && speaks(text, r.span))
                    })
                    .map(|r| (r.people.clone(), r.span));
            }
            found
        };
        // A head of government or state is no one the article gives a job that is no office:
        // the description then names no one ("Tory co-chairman Liam Fox was speaking after Mr
        // Blair told … The prime minister ratcheted up …").
        let head = out[i].office.as_ref().is_some_and(|t| {
            matches!(t.kind, TitleKind::HeadOfGovernment | TitleKind::HeadOfState)
        });
        let resolved = resolved.filter(|(people, _)| {
            !(head && matches!(people.as_slice(), [p] if jobbed.contains(p)))
        });
        if let Some((people, at)) = resolved {
            if let (Some(t), [p], false) = (&out[i].office, people.as_slice(), out[i].former) {
                gained.push((*p, t.role.clone(), t.kind, at));
            }
            out[i].people = people;
            out[i].antecedent = Some(at);
        }
    }
    out
}

/// Whether a job's noun in lower case stands right before the name at `span` ("co-chairman
/// Liam Fox", "spokesman Tom Hale"): a job, as no title is written so.
fn job_before(text: &str, span: Span) -> bool {
    text[..span.start]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(|w| w.starts_with(char::is_lowercase) && job_noun(w))
}

/// A job the article gives someone in a title before their name that is no office's: "Lib
/// Dem spokesman Vince Cable" ([`job_titles`]).
struct JobTitle {
    /// The title's words, in lower case ("lib", "dem", "spokesman").
    words: Vec<String>,
    /// The person.
    person: usize,
    /// Where the name stands.
    name: Span,
}

/// The jobs the article gives people in a title before their name that is no office's ("Lib
/// Dem spokesman Vince Cable", "Tory co-chairman Liam Fox"): the words before the name down to
/// a job's noun, at most four, each joined to the next.
fn job_titles(ws: &[Word<'_>], seg: &Segments, mentions: &[PersonMention]) -> Vec<JobTitle> {
    let mut out = Vec::new();
    for m in mentions {
        if seg.in_quote(m.span.start) {
            continue;
        }
        let first = ws.partition_point(|w| w.span.start < m.span.start);
        if first == 0 || ws.get(first).is_none_or(|w| w.span.start != m.span.start) {
            continue;
        }
        let noun = &ws[first - 1];
        if !ws[first].joined || !noun.text.starts_with(char::is_lowercase) || !job_noun(noun.text) {
            continue;
        }
        let mut k = first - 1;
        while k > 0
            && first - k < 4
            && ws[k].joined
            && ws[k - 1]
                .text
                .chars()
                .all(|c| c.is_alphabetic() || c == '-')
            && !matches!(
                crate::text::lowercase(ws[k - 1].text).as_ref(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "and"
            )
            && seg.sentence_index(ws[k - 1].span.start) == seg.sentence_index(ws[k].span.start)
        {
            k -= 1;
        }
        // (No post: "Home Secretary", "Tory leader" are offices, described by their title.)
        let title: Vec<&str> = ws[k..first].iter().map(|w| w.text).collect();
        if gazetteer().title(&title.join(" ")).is_none() {
            let words = title.iter().map(|w| crate::text::lowercase(w).into_owned());
            out.push(JobTitle {
                words: words.collect(),
                person: m.person,
                name: m.span,
            });
        }
    }
    out
}

/// "The Lib Dem spokesman questioned …" after "Lib Dem spokesman Vince Cable": a description
/// (`ws[i]` is "the") by the whole of a job the article gave one person before, in a title
/// before their name ([`job_titles`]), is that person.
fn job_description(ws: &[Word<'_>], i: usize, jobs: &[JobTitle]) -> Option<Referent> {
    let at = ws[i].span.start;
    let mut found: Option<(&JobTitle, usize)> = None;
    for job in jobs.iter().filter(|j| j.name.end <= at) {
        let n = job.words.len();
        let Some(said) = ws.get(i + 1..i + 1 + n) else {
            continue;
        };
        let same = said
            .iter()
            .zip(&job.words)
            .all(|(w, x)| w.joined && crate::text::lowercase(w.text) == x.as_str());
        // (Not the start of a longer title or a name: "the Lib Dem spokesman for health".)
        if same
            && ws
                .get(i + 1 + n)
                .is_none_or(|w| !w.joined || !w.is_capitalized())
        {
            match found {
                Some((f, _)) if f.person != job.person => return None,
                _ => found = Some((job, i + n)),
            }
        }
    }
    // Else the job's noun alone, when one person has it: "the spokesman" after "Home Office
    // spokesman Tom Hale" (not before a name or a phrase of its own: "the spokesman for …").
    let found = found.or_else(|| {
        let noun = ws.get(i + 1).filter(|w| w.joined)?;
        if ws
            .get(i + 2)
            .is_some_and(|n| n.joined && (n.is_capitalized() || matches!(n.text, "of" | "for")))
        {
            return None;
        }
        // (A post's title is a description of its own: "the chancellor" is no "shadow
        // chancellor".)
        let lower = crate::text::lowercase(noun.text);
        if gazetteer().title(&lower).is_some() {
            return None;
        }
        let mut held = jobs
            .iter()
            .filter(|j| j.name.end <= at && j.words.last().is_some_and(|w| *w == lower));
        let job = held.next()?;
        // (Nor after someone else with that noun: "A Labour spokesman said … The spokesman
        // said …".)
        let from = ws.partition_point(|w| w.span.start < job.name.end);
        let again = ws[from..i]
            .iter()
            .any(|w| crate::text::lowercase(w.text) == lower);
        (!again && held.all(|j| j.person == job.person)).then_some((job, i + 1))
    });
    let (job, last) = found?;
    Some(Referent {
        people: vec![job.person],
        antecedent: Some(job.name),
        ..Referent::unresolved(Span::new(at, ws[last].span.end))
    })
}

/// Whether an apposition after the name at `span` gives a job ("James Humphreys, ex-head of
/// corporate communications", "Alan Milburn - a key ally of Tony Blair"): within its first
/// four words, after a comma or a dash, a job's noun.
fn job_after(text: &str, span: Span) -> bool {
    let rest = &text[span.end..];
    let Some(rest) = rest
        .strip_prefix(", ")
        .or_else(|| rest.strip_prefix(" - "))
        .or_else(|| rest.strip_prefix(" \u{2013} "))
    else {
        return false;
    };
    rest.split(' ')
        .take(4)
        .take_while(|w| w.starts_with(char::is_lowercase))
        .any(|w| job_noun(w.trim_end_matches([',', '.'])))
}

/// A person's job noun, past a prefix ("co-chairman", "ex-head", "ally").
fn job_noun(word: &str) -> bool {
    let bare = word.rsplit(['-', '\u{2010}']).next().unwrap_or(word);
    crate::extract::name_words::PERSON_NOUNS.contains(bare) || matches!(bare, "ally" | "head")
}

/// Whether the name at `span` follows a preposition ("an attack on Sanders", "a letter to Mr
/// Lee"), past an honorific; not "by", whose name may be the one acting.
fn after_preposition(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let before = before
        .rsplit_once(' ')
        .filter(|(_, w)| crate::gazetteer::HONORIFICS.contains(&w.trim_end_matches('.')))
        .map_or(before, |(b, _)| b.trim_end());
    // (Not "according to", which names a speaker.)
    match before.rsplit(|c: char| !c.is_alphabetic()).next() {
        Some("to") => !before.to_lowercase().ends_with("according to"),
        Some("on" | "of" | "with" | "against" | "about" | "at" | "for" | "from") => true,
        _ => false,
    }
}

/// Whether the name at `span` stands as an object: right after a lower-case verb or
/// preposition ("picture Michael Howard", "a letter to Tom Hale"), not after a conjunction or
/// a job ("Band Aid founder Bob Geldof").
fn object(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches(' ');
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // (Of a whole word: "Scrum-half Tom Hale" is no object of "half".)
    let token = before.rsplit(char::is_whitespace).next().unwrap_or("");
    before.ends_with(|c: char| c.is_alphabetic())
        && word.starts_with(char::is_lowercase)
        && token.starts_with(char::is_lowercase)
        && !matches!(word, "and" | "but" | "or" | "while" | "as" | "when")
        && !crate::extract::name_words::job_word(word)
}

/// Whether `r` is a pronoun ("he", "she").
fn pronoun(text: &str, r: &Referent) -> bool {
    matches!(r.span.of(text), "he" | "He" | "she" | "She")
}

/// Whether the pronoun `r` ("he", "she") speaks after what it said, at its sentence's end
/// ("…, he said.", "…, she told the BBC.", '…a "bossy government," he added.'): a comma before
/// it, a speech verb after it and few words after that, none of them a clause's subject
/// ("while he tipped Swank, he predicted it would be close" is no such). A participle's
/// phrase after the verb and a comma is no part of it ("…, he claimed, saying he has …").
fn postposed_speaker(text: &str, seg: &Segments, r: &Referent, word: &str) -> bool {
    let sentence = seg.sentences[seg.sentence_index(r.span.start)];
    let before = text[sentence.start..r.span.start].trim_end();
    // (After a quotation that does not open the sentence nor follow a colon: one that does is
    // one the words before introduce, 'Lee saw it differently: "…," he said.')
    let before = before
        .strip_suffix(['"', '\u{201d}'])
        .filter(|b| b.ends_with(',') && !b.starts_with(['"', '\u{201c}']) && !b.contains(':'))
        .unwrap_or(before);
    let rest = &text[r.span.end..sentence.end];
    let rest = match rest.split_once(", ") {
        Some((verb, phrase))
            if phrase.split_whitespace().next().is_some_and(|w| {
                w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_lowercase)
            }) =>
        {
            verb
        }
        _ => rest,
    };
    let mut after = rest.split_whitespace().skip(1);
    let opens = before
        .split_whitespace()
        .find(|w| !matches!(*w, "But" | "And" | "So" | "Yet"))
        .map(|w| crate::text::lowercase(w));
    matches!(word, "he" | "she")
        && r.office.is_none()
        && before.ends_with(',')
        && speaks(text, r.span)
        // (Unless the verb ends the sentence: "If voters stay at home they could see Tom
        // Hale win, he added.")
        && !(opens.is_some_and(|w| SUBORDINATORS.contains(&w.as_ref()))
            && rest.split_whitespace().count() > 2)
        && rest.split_whitespace().count() <= 8
        && !after.any(|w| {
            matches!(
                crate::text::lowercase(w).as_ref(),
                "that" | "it" | "he" | "she" | "they" | "we" | "i" | "there" | "this"
            )
        })
}

/// Words that open a subordinate clause, before a main clause's subject.
const SUBORDINATORS: &[&str] = &[
    "while", "when", "whilst", "as", "although", "though", "if", "because", "after", "before",
    "since", "once", "unless", "despite", "whether",
];

/// Whether the words after `span` are a speech verb, perhaps after an auxiliary: "Tony Blair
/// has said", "Mr Blunkett told".
fn speaks(text: &str, span: Span) -> bool {
    verb_of_saying_at(text, span.end) || {
        // Past a relative clause set off by commas: "Tom Hale, whose father served as lord
        // chancellor, said …".
        let rest = &text[span.end..text.floor_char_boundary((span.end + 200).min(text.len()))];
        let rest = rest.split(['.', ';', '"', '\u{201c}']).next().unwrap_or("");
        (rest.starts_with(", who ") || rest.starts_with(", whose "))
            && rest[2..]
                .find(", ")
                .is_some_and(|c| verb_of_saying_at(rest, 2 + c + 1))
    }
}

/// Whether the words from byte `at` of `text` are a speech verb, perhaps after an auxiliary.
fn verb_of_saying_at(text: &str, at: usize) -> bool {
    text[at..]
        .split_whitespace()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .find(|w| {
            !matches!(
                w.as_str(),
                "has" | "had" | "have" | "also" | "later" | "then"
            )
        })
        .is_some_and(|w| gazetteer().is_cue_verb(&w))
}

/// Whether `span` names who speaks after the words they said, behind the verb and perhaps a
/// title: "…, argued Mr Howard.", "…, said Tory leader Michael Howard." (a comma or a closing
/// quotation mark before the verb).
fn speaks_after_words(text: &str, sentence: Span, span: Span) -> bool {
    let before = &text[sentence.start..span.start];
    let mut words = before.split_whitespace().rev();
    let verb = words
        .by_ref()
        .take(4)
        .find(|w| !w.starts_with(char::is_uppercase) && !crate::extract::name_words::job_word(w));
    let Some(verb) = verb else {
        return false;
    };
    // Then the end of the sentence, an apposition, or a phrase of place or time ("said Mr
    // Howard on Monday"), not a verb ("…, said Mr Lee had won": his words).
    let after = text.get(span.end..sentence.end).unwrap_or("").trim_start();
    let next = after.split_whitespace().next().unwrap_or("");
    let ends = after.is_empty()
        || after.starts_with(['.', ',', ';', '!', '?'])
        || matches!(
            next,
            "on" | "in" | "at" | "of" | "yesterday" | "today" | "last"
        );
    ends && gazetteer().is_cue_verb(&crate::text::lowercase(verb))
        && words
            .next()
            .is_some_and(|w| w.ends_with([',', '"', '\u{201d}']))
}

/// Whether two titles can name one post: the same words, one inside the other ("Chancellor",
/// "Chancellor of the Exchequer"), or "Premier" for "Prime Minister".
///
/// ```
/// use newsgraph::resolve::same_post;
/// assert!(same_post("Chancellor", "chancellor of the exchequer"));
/// assert!(same_post("Premier", "Prime Minister"));
/// assert!(!same_post("Prime Minister", "President"));
/// assert!(!same_post("Prime Minister", "Deputy Prime Minister"));
/// ```
pub fn same_post(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let s = s.to_lowercase();
        if s == "premier" {
            "prime minister".to_owned()
        } else {
            s
        }
    };
    let (a, b) = (norm(a), norm(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long == short || long.starts_with(&format!("{short} "))
}

/// Whether a post held (`role`, of `kind`) is what a description's `described` role names:
/// the same post ([`same_post`]), any minister's for "the minister" ("The minister told
/// delegates" after "Trade and Industry Secretary Patricia Hewitt"), a secretary of state's
/// for any secretary ("the culture secretary"), or a backbencher's for "the MP".
///
/// ```
/// use newsgraph::gazetteer::TitleKind;
/// use newsgraph::resolve::post_covers;
/// assert!(post_covers("Trade and Industry Secretary", TitleKind::Minister, "minister"));
/// assert!(post_covers("Chancellor", TitleKind::Minister, "Chancellor"));
/// assert!(!post_covers("Prime Minister", TitleKind::HeadOfGovernment, "Minister"));
/// assert!(post_covers("Secretary of State", TitleKind::Minister, "Culture Secretary"));
/// assert!(post_covers("Secretary of State for Culture", TitleKind::Minister, "culture secretary"));
/// assert!(!post_covers("Secretary of State for Health", TitleKind::Minister, "Culture Secretary"));
/// assert!(post_covers("Backbencher", TitleKind::Legislator, "MP"));
/// ```
pub fn post_covers(role: &str, kind: TitleKind, described: &str) -> bool {
    same_post(role, described)
        || kind == TitleKind::Minister && described.eq_ignore_ascii_case("minister")
        // A backbencher is a member of parliament ("Labour backbencher Stephen Pound … The MP
        // said").
        || role.eq_ignore_ascii_case("backbencher")
            && (described.eq_ignore_ascii_case("mp")
                || described.eq_ignore_ascii_case("member of parliament"))
        // "The Secretary of State for Culture, Media and Sport, Tessa Jowell, …": her post is
        // a secretary's ("The culture secretary said …"), of that department when it is given.
        || {
            let (role, described) = (role.to_lowercase(), described.to_lowercase());
            let department = role
                .strip_prefix("secretary of state")
                .map(|rest| rest.trim_start().trim_start_matches("for").trim_start());
            match (department, described.strip_suffix(" secretary")) {
                (Some(held), Some(named)) => held.is_empty() || held.starts_with(named),
                _ => false,
            }
        }
}

/// The people "they" stands for: two or more named in the sentence before (or earlier in this one).
fn group_before(seg: &Segments, before: &[Referent], here: usize) -> Option<(Vec<usize>, Span)> {
    let si = seg.sentence_index(here);
    for s in [si, si.saturating_sub(1)] {
        let sentence = seg.sentences[s];
        let group: BTreeSet<usize> = before
            .iter()
            .filter(|r| {
                sentence.contains(r.span.start) && r.span.start < here && r.antecedent.is_none()
            })
            .flat_map(|r| r.people.iter().copied())
            .collect();
        if group.len() >= 2 {
            let mut ordered: Vec<usize> = Vec::new();
            for r in before.iter().filter(|r| sentence.contains(r.span.start)) {
                for p in &r.people {
                    if !ordered.contains(p) {
                        ordered.push(*p);
                    }
                }
            }
            return Some((ordered, sentence));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    /// A pronoun is the nearest person before it in its own sentence who speaks, not the
    /// sentence's first speaker: the words of "he" are often reported by someone else.
    #[test]
    fn pronoun_is_the_nearest_speaker_table() {
        for (input, expected) in [
            (
                "A book by Sam Lowe came out. In it he alleges that Mr Tom Hale told Mr Jim Black he would step down as prime minister.",
                vec![("Tom Hale", "Prime Minister")],
            ),
            (
                "Sam Lowe wrote a book. He claims that Tom Hale told aides that he would step down as chancellor.",
                vec![("Tom Hale", "Chancellor")],
            ),
            // (Alone, the speaker is the one.)
            (
                "Tom Hale told reporters he would step down as chancellor.",
                vec![("Tom Hale", "Chancellor")],
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

    /// A pronoun that speaks after its words goes on from whoever spoke before, past a
    /// sentence that names people only as objects; else it is that object.
    #[test]
    fn postposed_pronoun_passes_objects_table() {
        for (input, expected) in [
            (
                "Tom Hale spoke in Leeds. Nobody, he claimed, could beat Sam Lowe. Voters could picture Jim Black in the job. The plan would work, he said.",
                vec!["Tom Hale", "Tom Hale"],
            ),
            (
                "Tom Hale said the vote was close. Voters could picture Jim Black or Sam Lowe in the job. The plan would work, he said.",
                vec!["Tom Hale", "Tom Hale"],
            ),
            // No one spoke before: the object.
            (
                "Police arrested Jim Black in Leeds. The charges were false, he said.",
                vec!["Jim Black"],
            ),
            // A subject, or a name after a job, is no object.
            (
                "Tom Hale said the vote was close. Jim Black visited the town. The plan would work, he said.",
                vec!["Tom Hale", "Jim Black"],
            ),
            (
                "Tom Hale said the vote was close. Band Aid founder Jim Black visited the town. The plan would work, he said.",
                vec!["Tom Hale", "Jim Black"],
            ),
        ] {
            let x = extract(input);
            let got: Vec<&str> = x
                .statements
                .iter()
                .filter(|s| s.speakers.len() == 1)
                .map(|s| x.people[s.speakers[0]].name.as_str())
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }
}
