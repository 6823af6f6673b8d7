//! People's names: the rules of [`super::people`] (titles, honorifics, known first names) and
//! the learned tagger of [`crate::learn`], combined. Which finds them is a [`Names`] choice, so
//! that the two can be compared on the same articles.
//!
//! With [`Names::Combined`] (the default): a name the rules found after a title or an
//! honorific stays ("President Zelensky"); any other name the rules found stays unless the
//! tagger reads it as an organisation, a place or another name, and not as a person ("Real
//! Madrid"); and the people of two words or more that the tagger finds and the rules missed
//! ("Chryste Gaines won") are added when their words look like a name on their own.
//! [`Names::Model`] keeps the rules' introduced names and otherwise takes the tagger's people
//! as they are.
//!
//! ```
//! use newsgraph::extract::names::{find, Names};
//! use newsgraph::segment::Segments;
//! let text = "Peter Blackburn met Jerome Moreau of Credit Lyonnais in Paris.";
//! let seg = Segments::new(text);
//! let got: Vec<String> = find(text, &seg, Names::Combined).iter().map(|n| n.name()).collect();
//! assert_eq!(got, ["Peter Blackburn", "Jerome Moreau"]);
//! ```

use super::name_words::{NOT_NAME_WORDS, PERSON_NOUNS, RELATIVES};
use super::organisations::{
    after_the, before_legal_form, heads_organisation, named_as_things, organisations_headed,
    quoted_title, thing_before,
};
use super::people::{find_names, NameMention};
use super::places::{in_place_list, place_shaped, seat_after, seat_before_letters};
use crate::gazetteer::{gazetteer, HONORIFICS};
use crate::learn::features::Document;
use crate::learn::{ner, Entity, Tagged};
use crate::segment::{Segments, Span};
use std::sync::LazyLock;

/// Who finds people's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    /// The rules alone.
    Rules,
    /// The tagger alone (titles and honorifics still come from the rules, for the offices).
    Model,
    /// The rules checked and completed by the tagger.
    Combined,
}

impl Names {
    /// The default, or the one `NEWSGRAPH_NAMES` (`rules`, `model`, `combined`) names, to
    /// compare them with the same binary.
    pub fn from_env() -> Names {
        static CHOICE: LazyLock<Names> =
            LazyLock::new(|| match std::env::var("NEWSGRAPH_NAMES").as_deref() {
                Ok("rules") => Names::Rules,
                Ok("model") => Names::Model,
                _ => Names::Combined,
            });
        *CHOICE
    }
}

/// The names of people in `text`, in text order.
pub fn find(text: &str, seg: &Segments, how: Names) -> Vec<NameMention> {
    find_tagged(text, seg, how, &[]).0
}

/// Function words that open sentences in title case ("The Bank", "In Washington"): two words
/// in title case in a row with one of them name no one, so they do not send the sentence to
/// the name tagger.
static GATE_FUNCTION_WORDS: crate::text::WordSet = crate::text::WordSet::new(&[
    "A",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "But",
    "By",
    "For",
    "From",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Of",
    "On",
    "Or",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "Under",
    "We",
    "When",
    "While",
    "With",
]);

/// The names of people in `text`, in text order, and the tagger's names (of every kind) in
/// the sentences it read: those where it can change a person, and those that hold one of the
/// sorted spans `also` (none when `how` is [`Names::Rules`]).
pub fn find_tagged<'a>(
    text: &'a str,
    seg: &Segments,
    how: Names,
    also: &[Span],
) -> (Vec<NameMention>, Vec<Tagged<'a>>) {
    // "Harris Trust and Savings Bank": a name that heads an organisation's is no person's, nor
    // are the tagger's names inside it.
    // Nor is a name in a list of constituencies ("Bristol West, Cardiff Central").
    let (rules, in_organisations): (Vec<NameMention>, Vec<NameMention>) = find_names(text, seg)
        .into_iter()
        .filter(|n| n.titled || n.honorific.is_some() || !in_place_list(text, n.full))
        // Nor a seat before a member's letters: "Ms Kelly, a Cabinet Office minister and
        // Bolton West MP".
        .filter(|n| {
            n.honorific.is_some()
                || !seat_before_letters(text, n.full, &n.words) && !seat_after(text, n.full)
        })
        .partition(|n| {
            n.titled || n.honorific.is_some() || !heads_organisation(text, n.full, false)
        });
    let (Some(tagger), false) = (ner(), how == Names::Rules) else {
        return (rules, Vec::new());
    };
    // Only sentences where the tagger can change something: with a name the rules found
    // unintroduced, two words in title case in a row, or one next to a speech verb.
    // (One word after a rank is the tagger's to read too: "Cardinal Health".)
    let rank_word = |n: &NameMention| {
        n.words.len() == 1 && n.honorific.is_none() && n.titled && after_rank(text, n.full)
    };
    let (introduced_spans, unintroduced): (Vec<&NameMention>, Vec<&NameMention>) = rules
        .iter()
        .partition(|n| (n.titled || n.honorific.is_some()) && !rank_word(n));
    let mut unintroduced: Vec<Span> = unintroduced.iter().map(|n| n.span).collect();
    unintroduced.sort_unstable();
    // The words of names already found after a title: nothing for the tagger to add there.
    let mut settled: Vec<Span> = introduced_spans.iter().map(|n| n.full).collect();
    settled.sort_unstable();
    let g = gazetteer();
    let title_case = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
            || w.ends_with('.') && w.starts_with(char::is_uppercase)
    };
    // Whether the article calls a word "he" or "she" ([`referred_to_as_person`]), looked up
    // once a word for the gate and for [`speaks`].
    let referred: std::cell::RefCell<rustc_hash::FxHashMap<&str, bool>> = Default::default();
    let wanted = |toks: &[crate::learn::features::Token<'_>]| {
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return false;
        };
        let open = |t: &crate::learn::features::Token<'_>| {
            let here = Span::new(t.start, t.end);
            title_case(t.text)
                && !GATE_FUNCTION_WORDS.contains(t.text)
                && g.title(t.text).is_none()
                && g.country_form(t.text).is_none()
                && !settled[here.overlapping(&settled)]
                    .iter()
                    .any(|n| n.covers(here))
        };
        let here = Span::new(first.start, last.end);
        // A word in title case right before or after a speech verb: "Kasich said", "said
        // Kasich", a surname the article may never introduce.
        let cue = |t: &crate::learn::features::Token<'_>| {
            t.text.starts_with(char::is_lowercase) && g.is_cue_verb(t.text)
        };
        // (Only a word the article calls "he" or "she" somewhere: [`speaks`] keeps no other.)
        let by_speech = |w: &[crate::learn::features::Token<'_>]| {
            let person = |t: &crate::learn::features::Token<'_>| {
                *referred
                    .borrow_mut()
                    .entry(&text[t.start..t.end])
                    .or_insert_with(|| referred_to_as_person(text, t.text))
            };
            (open(&w[0]) && cue(&w[1]) && person(&w[0]))
                || (cue(&w[0]) && open(&w[1]) && person(&w[1]))
        };
        // (A capital after a first name may be a surname: "Ann Kingston", "Jack Paris".)
        let capital_surname = |w: &[crate::learn::features::Token<'_>]| {
            g.is_first_name(w[0].text) && capital_word(w[1].text)
        };
        toks.windows(2)
            .any(|w| open(&w[0]) && (open(&w[1]) || capital_surname(w)) || by_speech(w))
            || !here.overlapping(&unintroduced).is_empty()
            || !here.overlapping(also).is_empty()
    };
    let (tagged, doc) = tagger.tag_sentences(text, &wanted);
    let spans: Vec<Span> = tagged.iter().map(|t| Span::new(t.start, t.end)).collect();
    let person = |s: Span| {
        tagged[s.overlapping(&spans)]
            .iter()
            .any(|t| t.kind == Entity::Person)
    };
    let other = |s: Span| {
        tagged[s.overlapping(&spans)]
            .iter()
            .any(|t| t.kind != Entity::Person)
    };
    // (A relative's noun introduces a name as a title does: "with his wife Ffion"; not after
    // an article: "the sister Xiluodu dam".)
    // (But not one word after a rank that the tagger reads as something else: "Cardinal
    // Health", "Captain Morgan rum", not "Captain Mainwaring"; after a rank abbreviated
    // without a full stop, one it reads as a person's and the article names without that
    // rank too: "Gen Musharraf … President Musharraf", not "Gen Term Corp … Gen Term said"
    // nor "a Sgt Pepper jacket".)
    let after_abbreviated_rank = |n: &NameMention| {
        rank_word(n)
            && text[..n.full.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| super::people::ABBREVIATED_RANKS.contains(&w))
    };
    let without_rank = |w: &str| {
        crate::text::word_ends(text, w).any(|end| {
            !text[..end - w.len()]
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|p| super::people::ABBREVIATED_RANKS.contains(&p))
        })
    };
    let introduced = |n: &NameMention| {
        let mut before = text[..n.full.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty());
        n.titled
            && !(rank_word(n)
                && (other(n.span) && !person(n.span)
                    || after_abbreviated_rank(n) && !person(n.span)
                    || crate::extract::name_words::company_word(&n.words[0])))
            || n.honorific.is_some()
            || super::apposed::apposed_job_after(text, n.span)
            || before.next().is_some_and(|w| RELATIVES.contains(&w))
                && !before
                    .next()
                    .is_some_and(|w| matches!(w, "the" | "a" | "an" | "The" | "A" | "An"))
    };
    let wrapped = std::cell::OnceCell::new();
    let mut out: Vec<NameMention> = rules
        .into_iter()
        .filter(|n| !(after_abbreviated_rank(n) && !without_rank(&n.words[0])))
        .filter(|n| {
            introduced(n)
                || match how {
                    // The tagger vetoes a name it reads as a club, company or place; a
                    // word alone it must read as a person ("analyst Datamonitor", "sitcom
                    // Friends" are no one).
                    // (A transcript's label "HOLT:" names its speaker.)
                    Names::Combined => {
                        person(n.span)
                            || !other(n.span)
                                && (n.words.len() > 1
                                    || seg.labels.iter().any(|l| l.label == n.span))
                    }
                    _ => person(n.span),
                }
        })
        .map(|n| {
            if introduced(&n) || how != Names::Combined {
                return n;
            }
            ended_with_line(text, n, &tagged, &wrapped)
        })
        .collect();
    // The tagger's people do not overlap one another: only the rules' names can be in the way.
    let mut kept: Vec<Span> = out.iter().map(|n| n.full).collect();
    kept.extend(in_organisations.iter().map(|n| n.full));
    kept.sort_unstable();
    // The surnames alone that speak ([`speaks`]), and the words read for "he" or "she".
    let mut speaking: rustc_hash::FxHashSet<&str> = Default::default();
    let addressed = std::cell::OnceCell::new();
    let mut referred = referred.into_inner();
    for (_, &p) in tagged
        .iter()
        .zip(&spans)
        .filter(|(t, _)| t.kind == Entity::Person)
    {
        // Within one sentence as the rest of the pipeline splits them, and not overlapping a
        // name found already.
        let sentence = seg.sentences[seg.sentence_index(p.start)];
        if p.end > sentence.end || !p.overlapping(&kept).is_empty() {
            continue;
        }
        // Without a sentence opener the tagger took in ("While Sanders", "Like Corker").
        let inside = p.of(text);
        let Some(first) = inside.split_whitespace().find(|w| {
            !crate::extract::name_words::never_name(w) && !crate::extract::name_words::descriptor(w)
        }) else {
            continue;
        };
        let p = Span::new(
            p.start + (first.as_ptr() as usize - inside.as_ptr() as usize),
            p.end,
        );
        let words: Vec<String> = p.of(text).split_whitespace().map(str::to_owned).collect();
        // A party's name of two words or more is no one's ("Lib Dem officials say"); one
        // word may be a surname too ("Green").
        if words.len() > 1 && g.is_party(&words.join(" ")) {
            continue;
        }
        let shaped = name_shaped(&words, &doc);
        // A capital as the surname needs more than the tagger's reading ("Morgan Stanley",
        // "Real Madrid" are no one): a job in apposition, "he" or "she" after the name, or
        // the surname after an honorific somewhere in the article.
        if words.len() >= 2
            && words.last().is_some_and(|w| capital_word(w))
            && !(super::apposed::apposed_job_after(text, p)
                || referred_to_as_person(text, p.of(text))
                || words.last().is_some_and(|w| {
                    addressed
                        .get_or_init(|| honorific_surnames(seg))
                        .contains(w.as_str())
                }))
        {
            continue;
        }
        if how == Names::Combined
            && (after_the(text, p.start)
                || quoted_title(text, p)
                || !(shaped || speaks(text, p, &words, &doc, &mut referred))
                || heads_organisation(text, p, true)
                || in_place_list(text, p)
                || seat_before_letters(text, p, &words)
                || seat_after(text, p))
        {
            continue;
        }
        if !shaped {
            speaking.insert(p.of(text));
        }
        out.push(NameMention {
            span: p,
            full: p,
            honorific: None,
            words,
            titled: false,
        });
    }
    // (Nor a business's name, where the article writes it after a preposition: "analysts at
    // Merrill Lynch".)
    // A name of two or three words that ends in a surname the article gives an honorific
    // ("Sundar Katwala said … Mr Katwala added"), whatever the tagger read it as: that
    // person's full name (not after "the": "the Katwala Trust").
    // So does a known first name and a surname that speaks alone elsewhere ("CNN's Gloria
    // Borkin … \"…,\" Borkin said").
    if how == Names::Combined {
        let addressed: rustc_hash::FxHashSet<&str> = out
            .iter()
            .filter(|n| n.honorific.is_some() && n.words.len() == 1)
            .map(|n| n.words[0].as_str())
            .collect();
        // (Read only when a name could use it: most articles have none.)
        let spoken = std::cell::OnceCell::new();
        let may_speak = tagged.iter().any(|t| {
            t.kind != Entity::Person
                && t.text
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| g.is_first_name(w))
        });
        if !addressed.is_empty() || may_speak {
            let mut taken: Vec<Span> = out.iter().map(|n| n.full).collect();
            taken.extend(in_organisations.iter().map(|n| n.full));
            taken.sort_unstable();
            let mut found = Vec::new();
            for t in tagged.iter().filter(|t| t.kind != Entity::Person) {
                let p = Span::new(t.start, t.end);
                let words: Vec<&str> = p.of(text).split_whitespace().collect();
                let sentence = seg.sentences[seg.sentence_index(p.start)];
                if !(2..=3).contains(&words.len())
                    || !words.last().is_some_and(|l| {
                        addressed.contains(l)
                            || g.is_first_name(words[0])
                                && spoken.get_or_init(|| surnames_that_speak(seg)).contains(l)
                    })
                    || !words.iter().all(|w| title_case(w))
                    || p.end > sentence.end
                    || !p.overlapping(&taken).is_empty()
                    || after_the(text, p.start)
                    || heads_organisation(text, p, true)
                    || text
                        .match_indices(p.of(text))
                        .any(|(k, _)| after_preposition(text, k))
                        // (A known first name before an owner's "'s" is a person's:
                        // "talks at Jack Straw's country residence".)
                        && !(g.is_first_name(words[0])
                            && (text[p.end..].starts_with("'s ")
                                || text[p.end..].starts_with("\u{2019}s ")))
                    || words[..words.len() - 1].iter().any(|w| {
                        g.title(w).is_some()
                            || g.country_form(w).is_some()
                            || crate::extract::name_words::never_name(w)
                    })
                {
                    continue;
                }
                found.push(NameMention {
                    span: p,
                    full: p,
                    honorific: None,
                    words: words.iter().map(|w| (*w).to_owned()).collect(),
                    titled: false,
                });
            }
            out.extend(found);
        }
    }
    // A name that an apposition calls a person's job ("Kaha Kiknavelidze, analyst at Troika
    // Dialog, said"), whatever its first name and whatever the tagger read.
    if how == Names::Combined {
        let mut taken: Vec<Span> = out.iter().map(|n| n.full).collect();
        taken.sort_unstable();
        for p in super::apposed::apposed_people(text, seg) {
            if p.overlapping(&taken).is_empty() && !heads_organisation(text, p, true) {
                out.push(NameMention {
                    span: p,
                    full: p,
                    honorific: None,
                    words: p.of(text).split_whitespace().map(str::to_owned).collect(),
                    titled: false,
                });
            }
        }
    }
    // A surname alone that speaks is that person wherever else the article writes it alone
    // ("Trump gestured, then boomed: …"): not in another name ("Trump Tower") nor after an
    // article ("the Trump campaign").
    if how == Names::Combined && !speaking.is_empty() {
        let mut taken: Vec<Span> = out.iter().map(|n| n.full).collect();
        taken.sort_unstable();
        let ws = seg.words();
        let more: Vec<NameMention> = ws
            .iter()
            .enumerate()
            .filter(|(_, w)| speaking.contains(w.text))
            .filter(|(i, w)| {
                let next = ws.get(i + 1).filter(|n| n.joined);
                let prev = i.checked_sub(1).map(|k| &ws[k]).filter(|_| w.joined);
                w.span.overlapping(&taken).is_empty()
                    && !next.is_some_and(|n| n.is_capitalized())
                    && !after_the(text, w.span.start)
                    && !prev.is_some_and(|p| {
                        p.is_capitalized() && !GATE_FUNCTION_WORDS.contains(p.text)
                            || matches!(p.text, "a" | "an" | "A" | "An")
                    })
            })
            .map(|(_, w)| NameMention {
                span: w.span,
                full: w.span,
                honorific: None,
                words: vec![w.text.to_owned()],
                titled: false,
            })
            .collect();
        out.extend(more);
    }
    // "accounting errors at Fannie Mae, which supplies funds", "a bond strategist at Miller
    // Tabak": names the article shows are things' or organisations' everywhere
    // ([`named_as_things`]).
    let unintroduced: rustc_hash::FxHashSet<&str> = out
        .iter()
        .filter(|n| !introduced(n))
        .map(|n| n.span.of(text))
        .collect();
    let things = named_as_things(text, &unintroduced);
    if !things.is_empty() {
        out.retain(|n| introduced(n) || !things.contains(n.span.of(text)));
    }
    // "Gordon Lishman, director general of Age Concern England": a name the article gives an
    // organisation's head is an organisation's everywhere ("But Age Concern said").
    // (Each organisation's name and the runs of its first words: "Age Concern England" holds
    // "Age Concern".)
    let heads: rustc_hash::FxHashSet<&str> = organisations_headed(text)
        .into_iter()
        .flat_map(|h| {
            h.match_indices(' ')
                .map(move |(at, _)| &h[..at])
                .chain(std::iter::once(h))
        })
        .collect();
    if !heads.is_empty() {
        out.retain(|n| introduced(n) || !heads.contains(n.span.of(text)));
    }
    // "Holly Sugar Corp … Holly Sugar said it": a name the article writes before a company's
    // legal form somewhere is the company's everywhere; unless a person's noun stands before it
    // ("analyst Ann Whitby of Ann Whitby and Associates") or the article calls it "he" or
    // "she".
    // (The names before a legal form, read once: an article may hold thousands of names.)
    let before_form: rustc_hash::FxHashSet<&str> = {
        let ws = seg.words();
        let mut found = rustc_hash::FxHashSet::default();
        for (i, w) in ws.iter().enumerate() {
            if !w.is_capitalized() || !before_legal_form(text, w.span) {
                continue;
            }
            let mut k = i;
            while k + 4 > i && k > 0 && ws[k].joined && ws[k - 1].is_capitalized() {
                k -= 1;
            }
            for j in k..=i {
                found.insert(&text[ws[j].span.start..w.span.end]);
            }
        }
        found
    };
    let person_noun_before = |at: usize| {
        text[..at]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| PERSON_NOUNS.contains(w.to_lowercase().as_str()))
    };
    let companies: rustc_hash::FxHashSet<&str> = unintroduced
        .iter()
        .copied()
        .filter(|name| {
            before_form.contains(name)
                && !out
                    .iter()
                    .any(|n| n.span.of(text) == *name && person_noun_before(n.span.start))
                && !referred_to_as_person(text, name)
        })
        .collect();
    if !companies.is_empty() {
        out.retain(|n| introduced(n) || !companies.contains(n.span.of(text)));
    }
    // "the Catholic movement Opus Dei", "the band Snow Patrol", "the film Saving Private
    // Ryan": a name the word before calls a thing or a group is no person's, and nor are its
    // other mentions when that is how the article first names it ("the drama Maria Full of
    // Grace … the award went to Maria Full").
    out.sort_by_key(|n| n.full.start);
    let thing: Vec<bool> = out
        .iter()
        .map(|n| !introduced(n) && thing_before(&text[..n.full.start]))
        .collect();
    let mut first_named: rustc_hash::FxHashMap<&str, bool> = Default::default();
    for (n, &t) in out.iter().zip(&thing) {
        first_named.entry(n.span.of(text)).or_insert(t);
    }
    let mut k = 0;
    out.retain(|n| {
        let t = thing[k];
        k += 1;
        introduced(n) || !t && first_named.get(n.span.of(text)) != Some(&true)
    });
    (out, tagged)
}

/// Whether the words right before `name` are a rank that is no office ("Captain", "Air
/// Marshal", "Cardinal"): a title that organisations' names may also start with ("Cardinal
/// Health", "Captain Morgan").
fn after_rank(text: &str, name: Span) -> bool {
    let before = &text[..name.start];
    if !before.ends_with(' ') {
        return false;
    }
    let words: Vec<&str> = before.split(' ').rev().skip(1).take(3).collect();
    // (Or one abbreviated without a full stop: "Gen Term Corp" is a company's.)
    if words
        .first()
        .is_some_and(|w| super::people::ABBREVIATED_RANKS.contains(w))
    {
        return true;
    }
    (1..=words.len()).any(|k| {
        let phrase: Vec<&str> = words[..k].iter().rev().copied().collect();
        gazetteer().is_rank(&phrase.join(" "))
    })
}

/// Whether the word before `at` is a preposition that a business's or a place's name follows
/// ("at", "of", "from", "for", "with", "by", "to", "in", "on").
fn after_preposition(text: &str, at: usize) -> bool {
    matches!(
        text[..at].split_whitespace().next_back(),
        Some("at" | "of" | "from" | "for" | "with" | "by" | "to" | "in" | "on")
    )
}

/// `name` (the rules', unintroduced) as it runs on over a line break ("Christian Ziege" /
/// "Forwards - …"), ended with the line when the tagger's person of two words or more ends
/// there; as it is in a text wrapped at a width (its lines break sentences anywhere: "Alan H." /
/// "Marcove said"), or when the tagger's person ends with an initial or a particle ("Asher B."
/// / "Edelman"). `wrapped` keeps whether the text is.
fn ended_with_line(
    text: &str,
    name: NameMention,
    tagged: &[Tagged<'_>],
    wrapped: &std::cell::OnceCell<bool>,
) -> NameMention {
    let Some(line_end) = name.span.of(text).find('\n').map(|k| name.span.start + k) else {
        return name;
    };
    if *wrapped.get_or_init(|| hard_wrapped(text)) {
        return name;
    }
    let last_word_ends = |t: &Tagged<'_>| {
        t.text.rsplit(' ').next().is_some_and(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !crate::extract::name_words::is_particle(w)
        })
    };
    let person = tagged.iter().find(|t| {
        t.kind == Entity::Person
            && t.start == name.span.start
            && t.end <= line_end
            && text[t.end..line_end].trim().is_empty()
            && t.text.split_whitespace().count() >= 2
            && last_word_ends(t)
    });
    match person {
        Some(t) => NameMention {
            span: Span::new(t.start, t.end),
            full: Span::new(name.full.start, t.end),
            words: t.text.split_whitespace().map(str::to_owned).collect(),
            ..name
        },
        None => name,
    }
}

/// Whether `text` is wrapped at a width, its line breaks falling inside sentences: one line in
/// five or more goes on with a word in lower case.
///
/// ```text
/// Showers continued throughout the week in
/// the Bahia cocoa zone, alleviating the drought
/// ```
fn hard_wrapped(text: &str) -> bool {
    let (mut breaks, mut inside) = (0, 0);
    for next in text.split('\n').skip(1) {
        breaks += 1;
        if next.trim_start().starts_with(char::is_lowercase) {
            inside += 1;
        }
    }
    inside >= 1 && inside * 5 >= breaks
}

/// Abbreviated military ranks, which stand before a name rather than in it ("Sgt Pepper" is
/// no one's full name).
const RANKS: &[&str] = &[
    "Sgt", "Cpl", "Capt", "Lt", "Col", "Gen", "Maj", "Adm", "Cmdr", "Pte",
];

/// Whether the tagger's words look like a person's name on their own, for the names the rules
/// did not find: two words or more, each in title case or an initial ("H.D.") but for
/// particles inside ("Mariaan de Swardt"), none a word the article also writes in lower case
/// ("Budget"), a country, a title, a party or a word that ends or heads organisations' names
/// ("Motors", "Bank"); nor all of them a country ("El Salvador"), a title ("Supreme
/// Leader") or a job's words ("Chief Executive"), nor a place ([`place_shaped`]).
fn name_shaped(words: &[String], doc: &Document<'_>) -> bool {
    let g = gazetteer();
    let last = words.len().saturating_sub(1);
    words.len() >= 2
        && !(words.len() == 2 && crate::extract::name_words::place_article(&words[0]))
        && g.country_form(&words.join(" ")).is_none()
        && g.title(&words.join(" ")).is_none()
        && !words
            .iter()
            .all(|w| crate::extract::name_words::job_word(w))
        && !place_shaped(words)
        && words.iter().enumerate().all(|(i, w)| {
            // A particle inside the name ("Mariaan de Swardt").
            if i > 0 && i < last && crate::extract::name_words::is_particle(w) {
                return w.starts_with(char::is_lowercase);
            }
            // A capital as the surname after a first name: "Ann Kingston" (the tagger has
            // read the words as a person's).
            if i == last && i > 0 && g.is_first_name(&words[0]) && capital_word(w) {
                return !doc.lower.contains(w.to_lowercase().as_str());
            }
            name_word(w, doc)
        })
}

/// The words the article writes alone, capitalised, right before a speech verb: "Borkin" for
/// "\"…,\" Borkin said" (not after a capitalised word: "Gloria Borkin said").
fn surnames_that_speak<'a>(seg: &Segments<'a>) -> rustc_hash::FxHashSet<&'a str> {
    let g = gazetteer();
    let ws = seg.words();
    let mut out = rustc_hash::FxHashSet::default();
    for (i, pair) in ws.windows(2).enumerate() {
        let (w, verb) = (&pair[0], &pair[1]);
        // (Not an organisation's word, "Corp said", nor a noun after an article, "the Court
        // said".)
        let alone = w.is_capitalized()
            && !w.possessive
            && w.text.chars().skip(1).all(char::is_lowercase)
            && !g.is_org_word(&crate::text::lowercase(w.text))
            && !crate::extract::name_words::never_name(w.text)
            && (i == 0
                || !(ws[i - 1].is_capitalized() || ws[i - 1].possessive)
                    && !matches!(ws[i - 1].text, "the" | "a" | "an" | "its" | "their"));
        if alone
            && verb.joined
            && verb.text.starts_with(char::is_lowercase)
            && g.is_cue_verb(verb.text)
        {
            out.insert(w.text);
        }
    }
    out
}

/// The words the article writes right after an honorific: "Kingston" for "Mr Kingston",
/// "Paris" for "Dr. Paris".
fn honorific_surnames<'a>(seg: &Segments<'a>) -> rustc_hash::FxHashSet<&'a str> {
    seg.words()
        .windows(2)
        .filter(|p| p[1].joined && HONORIFICS.contains(&p[0].text.trim_end_matches('.')))
        .map(|p| p[1].text)
        .collect()
}

/// Whether `w` is a capital city's name, in title case: "Kingston", "Paris".
fn capital_word(w: &str) -> bool {
    w.chars().nth(1).is_some_and(char::is_lowercase)
        && gazetteer()
            .country_form(w)
            .is_some_and(|(_, kind)| kind == crate::gazetteer::FormKind::Capital)
}

/// [`name_shaped`]'s test of each word of a name: in title case or an initial, and none of the
/// words it lists.
fn name_word(w: &str, doc: &Document<'_>) -> bool {
    let g = gazetteer();
    let mut cs = w.chars();
    let title_case =
        cs.next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase);
    let initials = w.ends_with('.') && w.chars().filter(|c| c.is_uppercase()).count() >= 1;
    (title_case || initials)
        && !doc.lower.contains(w.to_lowercase().as_str())
        && g.country_form(w).is_none()
        && g.title(w).is_none()
        && !g.is_party(w)
        && !HONORIFICS.contains(&w)
        && !RANKS.contains(&w.trim_end_matches('.'))
        && !NOT_NAME_WORDS.contains(w)
        && !crate::extract::name_words::not_in_person_name(w)
        && !crate::extract::name_words::glued(w)
        && !g.is_org_word(&w.to_lowercase())
        && !(w.contains('-') && w.split('-').enumerate().any(|(k, p)| compound_part(k, p)))
}

/// Whether the tagger's person of one word at `span` speaks, a surname the article may
/// never introduce with a first name: a speech verb in a finite form right after it, or
/// "said", "says", "added" or "asked" right before it ("Kasich said", "“…,” said Kasich"),
/// and no article before it ("a Twitter comment"); the word could be a surname by
/// [`name_shaped`]'s tests, is no first name, and the article refers to it as "he" or "she"
/// ([`referred_to_as_person`], looked up in `referred` once a word).
fn speaks<'a>(
    text: &'a str,
    span: Span,
    words: &[String],
    doc: &Document<'_>,
    referred: &mut rustc_hash::FxHashMap<&'a str, bool>,
) -> bool {
    let g = gazetteer();
    let [word] = words else {
        return false;
    };
    let cue =
        |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_lowercase) && g.is_cue_verb(w));
    let after = text[span.end..]
        .trim_start_matches([' ', '\u{a0}'])
        .split(|c: char| !c.is_alphabetic())
        .next();
    let before = text[..span.start]
        .trim_end_matches([' ', '\u{a0}'])
        .rsplit(|c: char| !c.is_alphabetic())
        .next();
    let said = |w: Option<&str>| matches!(w, Some("said" | "says" | "added" | "asked"));
    // A finite verb after ("Twitter comment" is a noun's), no article before ("a Twitter").
    let finite = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.ends_with("ed") || w.ends_with('s') || matches!(w, "said" | "told" | "wrote")
        })
    };
    let article = matches!(before, Some("a" | "an" | "A" | "An")) || after_the(text, span.start);
    !article
        && (cue(after) && finite(after) || said(before))
        && !crate::extract::name_words::job_word(word)
        && !place_shaped(std::slice::from_ref(word))
        && name_word(word, doc)
        && !g.is_first_name(word)
        // (Read once a word: an article may give one surname's words many times.)
        && *referred
            .entry(span.of(text))
            .or_insert_with(|| referred_to_as_person(text, word))
}

/// Whether the article follows `word` with "he" or "she" (or "his", "her") within four words
/// and no punctuation somewhere ("Kasich said he …", "Trump told his …"): a company that
/// speaks is "it" ("Sophos said it …").
pub(super) fn referred_to_as_person(text: &str, word: &str) -> bool {
    crate::text::word_ends(text, word).any(|end| {
        // (A word of its own: not "Dubai Championship trophy to his …".)
        let alone = !text[end..].trim_start().starts_with(char::is_uppercase);
        alone
            && text[end..]
                .split_terminator(['.', '!', '?', ';', '\n', ',', '"', '\u{201c}', '\u{201d}'])
                .next()
                .unwrap_or("")
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .take(4)
                .any(|w| {
                    matches!(
                        w,
                        "he" | "she" | "his" | "her" | "He" | "She" | "His" | "Her"
                    )
                })
    })
}

/// Whether `part`, the `k`th part of a hyphenated word, makes the word no part of a name: after
/// the first, a word that makes an adjective of what stands before it ("Bracknell-based",
/// "London-born", "Kremlin-backed"); any word that ends or heads organisations' names ("Soros
/// Foundation-Kazakhstan").
fn compound_part(k: usize, part: &str) -> bool {
    const ADJECTIVE_MAKERS: &[&str] = &[
        "based",
        "born",
        "bred",
        "owned",
        "led",
        "run",
        "backed",
        "made",
        "style",
        "controlled",
        "listed",
        "funded",
        "owner",
        "registered",
        "educated",
        "trained",
        "sized",
        "era",
        "free",
    ];
    let lower = part.to_lowercase();
    k > 0 && ADJECTIVE_MAKERS.contains(&lower.as_str()) || gazetteer().is_org_word(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words written alone before a speech verb, which confirm a known first name and
    /// that surname as a person's, whatever the tagger read.
    #[test]
    fn surnames_that_speak_table() {
        for (input, expected) in [
            (
                "\"We agreed,\" Borkin said. Kelby asked why.",
                vec!["Borkin", "Kelby"],
            ),
            // Not inside a run of capitalised words, nor an organisation's word, nor a noun
            // after an article, nor a word in capitals.
            ("Gloria Borkin said no.", vec![]),
            (
                "The bank, Acme Corp said, was sold. Lloyd's Corp said no.",
                vec![],
            ),
            ("The Court said no. ACME said yes.", vec![]),
            // Nor before a verb that is no speech verb.
            ("Borkin walked out.", vec![]),
        ] {
            let seg = Segments::new(input);
            let mut got: Vec<&str> = surnames_that_speak(&seg).into_iter().collect();
            got.sort_unstable();
            assert_eq!(got, expected, "{input}");
        }
    }

    /// Which of the tagger's people look like names on their own.

    #[test]
    fn name_shaped_table() {
        let doc = Document::new(["the", "budget", "rose"]);
        for (words, expected) in [
            (vec!["Chryste", "Gaines"], true),
            (vec!["Chryste"], false),
            (vec!["Aravinda", "de", "Silva"], true),
            (vec!["Harwell", "St"], false),
            (vec!["Hurricane", "Ivan"], false),
            (vec!["Dunmore", "West"], false),
            (vec!["Fred", "West"], true),
            // A place's article before one word ("La Pampa", "San Luis"), not before two.
            (vec!["La", "Pampa"], false),
            (vec!["Aung", "San", "Kyi"], true),
            // A capital as a surname after a first name, not after another word.
            (vec!["Ann", "Kingston"], true),
            (vec!["Harwell", "Kingston"], false),
            (vec!["de", "Silva"], false),
            (vec!["Aravinda", "de"], false),
            (vec!["Budget", "Gaines"], false),
            (vec!["El", "Salvador"], false),
            (vec!["Yangtze", "Electric"], false),
            (vec!["Skyward", "International"], false),
            // A club's, a company's, a regiment's or a document's last word.
            (vec!["Harwell", "Athletic"], false),
            (vec!["Harwell", "Utd"], false),
            (vec!["Chryste", "Labs"], false),
            (vec!["Amber", "Consortium"], false),
            (vec!["Green", "Paper"], false),
            (vec!["Gold", "Watch"], false),
            (vec!["Harwell", "Telephone"], false),
            (vec!["Amber", "Savings"], false),
            (vec!["Valley", "National"], false),
            // A hyphen's part that makes an adjective or an organisation's name.
            (vec!["Harwell-based", "Gaines"], false),
            (vec!["Smoke-Free", "Gaines"], false),
            (vec!["Gull", "Air"], false),
            // A job's words alone.
            (vec!["Chief", "Executive"], false),
            (vec!["Skyward", "Trust-Kenya"], false),
            (vec!["Chryste", "Gaines-Lowe"], true),
            // A verb, adverb or pronoun in title case: a song's or a headline's words.
            (vec!["Needing", "You"], false),
            (vec!["Chryste", "Gaines", "Again"], false),
            (vec!["Chryste", "Abish-uly", "Gaines"], true),
        ] {
            let words: Vec<String> = words.into_iter().map(str::to_owned).collect();
            assert_eq!(name_shaped(&words, &doc), expected, "{words:?}");
        }
    }

    /// (text, the rules' people, the combined people).
    #[test]
    fn rules_and_tagger_table() {
        for (text, rules, combined) in [
            // A sentence adverb is no part of a name the tagger finds.
            ("Rain fell. Perhaps Klebb's side will win.", vec![], vec![]),
            // A capital after a first name is a surname where the tagger reads a person.
            (
                "Rain fell. Ann Kingston, a spokeswoman for the club, said it was wet.",
                vec![],
                vec!["Ann Kingston"],
            ),
            (
                "Rain fell. Ann Kingston said she was wet.",
                vec![],
                vec!["Ann Kingston"],
            ),
            (
                "Rain fell. Jack Paris told reporters he would not play.",
                vec![],
                vec!["Jack Paris"],
            ),
            (
                "Rain fell. Analysts at Morgan Stanley said the match was off.",
                vec![],
                vec![],
            ),
            (
                "Rain fell. Morgan Stanley said it would not play.",
                vec![],
                vec![],
            ),
            // A name the article writes before a company's ending is the company's everywhere.
            (
                "Rain fell. Jenny Walbrook Corp lost money. Jenny Walbrook said it would cut jobs.",
                vec!["Jenny Walbrook"],
                vec![],
            ),
            // ... not before a word that ends other names too.
            (
                "Rain fell. The Jenny Walbrook Show ended. Jenny Walbrook said she was sad.",
                vec!["Jenny Walbrook"],
                vec!["Jenny Walbrook"],
            ),
            // A company's ending the article's other words use, in any language.
            (
                "Rain fell. Shares of Novo Walbrook A/S rose. Hanna Re said they fell.",
                vec![],
                vec![],
            ),
            (
                "Rain fell. Even Ann Klebb, the coach, was wet.",
                vec!["Ann Klebb"],
                vec!["Ann Klebb"],
            ),
            (
                "Ann Klebb spoke on Monday. Yet Klebb told Reuters it was hard.",
                vec!["Ann Klebb"],
                vec!["Ann Klebb"],
            ),
            // A word alone after a person's noun is a person only when the tagger reads it as
            // one.
            (
                "Sales rose, said market analyst Shopwise.",
                vec!["Shopwise"],
                vec![],
            ),
            // ... or after a relative's noun, not after an article.
            (
                "He hopes to start a family with wife Ffion.",
                vec!["Ffion"],
                vec!["Ffion"],
            ),
            (
                "Work goes on at the sister Xiluodu dam.",
                vec!["Xiluodu"],
                vec![],
            ),
            // A name whose apposition is a person's job, whatever its first name.
            (
                "Prices fell. Kaha Kiknavelidze, analyst at Troika Dialog, said the deal was done.",
                vec![],
                vec!["Kaha Kiknavelidze"],
            ),
            (
                "Sales rose. Quillon Vardé, a senior economist at Acme, said so.",
                vec![],
                vec!["Quillon Vardé"],
            ),
            // (Not when the job's phrase runs on to a verb: its own clause.)
            (
                "Sales rose at Vexmoor Trading, a spokesman for the bank said.",
                vec![],
                vec![],
            ),
            // A person with a first name no list knows, introduced by nothing.
            (
                "Qaddour Belhadj scored twice as the visitors won 3-1.",
                vec![],
                vec!["Qaddour Belhadj"],
            ),
            // A name that heads an organisation's.
            (
                "\"Rates will rise,\" said Earl Hale of Harris Trust and Savings Bank.",
                vec!["Earl Hale"],
                vec!["Earl Hale"],
            ),
            // A name the article gives someone to head is an organisation's everywhere (the
            // rules alone keep it; "Mark Hallam" is shaped like a person's name).
            (
                "But Mark Hallam said no. \"No,\" said Ann Whitby, director general of Mark Hallam Trust.",
                vec!["Mark Hallam", "Ann Whitby"],
                vec!["Ann Whitby"],
            ),
            // A name after a business's noun anywhere is a business's everywhere.
            (
                "Orders fell at crane maker Vandermolen Itrec. Vandermolen Itrec builds cranes for oil rigs.",
                vec![],
                vec![],
            ),
            (
                "Rivals eyed the household products group Kessock Brenner. Kessock Brenner was at the centre of a row last year.",
                vec![],
                vec![],
            ),
            // ... but not a person whose campaign someone heads.
            (
                "Ann Whitby spoke. \"No,\" said Tom Hale, head of the Ann Whitby campaign.",
                vec!["Ann Whitby", "Tom Hale", "Ann Whitby"],
                vec!["Ann Whitby", "Tom Hale"],
            ),
            // A list of constituencies: no one's names, though "Bristol" is a first name.
            (
                "Seats at risk are Bristol West, Leeds North West and Manchester Gorton.",
                vec![],
                vec![],
            ),
            // Nor is a seat before a member's letters, though "Bolton" is a first name.
            (
                "The attack came as Ms Whitby, a Cabinet Office minister and Bolton West MP, arrived.",
                vec!["Whitby"],
                vec!["Whitby"],
            ),
            // A name that "which" follows is a thing's, everywhere in the article ...
            (
                "Errors were found at Nora Vale, which lends money. Nora Vale denied it.",
                vec!["Nora Vale", "Nora Vale"],
                vec![],
            ),
            // ... not after a person's noun, where "which" is the noun's before.
            (
                "It cites a book by historian Nora Vale, which sold well.",
                vec!["Nora Vale"],
                vec!["Nora Vale"],
            ),
            // A name where someone works is an organisation's, everywhere in the article ...
            (
                "\"Rates will rise,\" said Tom Hale, an analyst at Nora Vale. Nora Vale agreed.",
                vec!["Tom Hale", "Nora Vale", "Nora Vale"],
                vec!["Tom Hale"],
            ),
            // ... not a possessive's ("officials with Nora Vale's campaign").
            (
                "He met officials with Nora Vale's campaign.",
                vec!["Nora Vale"],
                vec!["Nora Vale"],
            ),
            // A club named like a person: the tagger vetoes it.
            (
                "Aston Villa beat Derby County 2-0 on Saturday.",
                vec!["Aston Villa"],
                vec![],
            ),
            // A name the article first calls a thing is a thing's everywhere ...
            (
                "The drama Nora Vale opened in May. Critics loved Nora Vale.",
                vec!["Nora Vale", "Nora Vale"],
                vec![],
            ),
            // ... not when it first names a person.
            (
                "Tom Hale spoke on Monday. The organisation Tom Hale founded grew.",
                vec!["Tom Hale", "Tom Hale"],
                vec!["Tom Hale"],
            ),
            // A surname alone that speaks and that the article calls "he" or "she" ...
            (
                "The rally was loud. Kasich said he would stay in the race.",
                vec![],
                vec!["Kasich"],
            ),
            // ... and it is that person where the article writes it alone again.
            (
                "Kasich said he would stay. Kasich then left for Ohio.",
                vec![],
                vec!["Kasich", "Kasich"],
            ),
            // ... not a company that speaks, which is "it".
            (
                "The market was flat. Sophos said it would hire more staff.",
                vec![],
                vec![],
            ),
            // A title still introduces a name, whatever the tagger says.
            (
                "President Zelensky spoke.",
                vec!["Zelensky"],
                vec!["Zelensky"],
            ),
            // So does a military or religious rank, which is no part of the name ...
            (
                "Rain fell. Cardinal Basil Hume and Tom Brown spoke.",
                vec!["Basil Hume", "Tom Brown"],
                vec!["Basil Hume", "Tom Brown"],
            ),
            (
                "Rain fell. Major-General Utomo said troops had entered the town.",
                vec!["Utomo"],
                vec!["Utomo"],
            ),
            (
                "Rain fell. Air Marshal Brian Burridge spoke to the troops.",
                vec!["Brian Burridge"],
                vec!["Brian Burridge"],
            ),
            // ... but one word after it that the tagger reads as a company's is no one.
            (
                "Rain fell. Shares of Cardinal Health rose on Monday.",
                vec!["Health"],
                vec![],
            ),
            // After a rank abbreviated without a full stop, a name of one word needs the
            // tagger's reading as a person's.
            (
                "Rain fell. Gen Term Corp grew. Gen Term also bought a store.",
                vec!["Term"],
                vec![],
            ),
            (
                "Rain fell. Gen Tomas Varga met Lt Col Ann Hale.",
                vec!["Tomas Varga", "Ann Hale"],
                vec!["Tomas Varga", "Ann Hale"],
            ),
            (
                "Rain fell. Students wore a Beatle wig and Sgt Pepper jacket to the rally.",
                vec!["Pepper"],
                vec![],
            ),
            (
                "Rain fell. Gen Varga met the envoy. President Varga said the talks went well.",
                vec!["Varga", "Varga"],
                vec!["Varga", "Varga"],
            ),
            // A title's words are no name the tagger adds.
            (
                "Rain fell. He met the current Supreme Leader Ayatollah Ali Khamenei.",
                vec!["Ali Khamenei"],
                vec!["Ali Khamenei"],
            ),
            // A sentence opener is no first name: one word is left, no name on its own.
            ("Like Corker, Menendez also rejected the notion.", vec![], vec![]),
            // Nor a quantifier: "Both Hale" is no one.
            ("Both Hale and the party complained.", vec![], vec![]),
            (
                "While Sanders, the independent senator from Vermont, has set records, Clinton has not.",
                vec![],
                vec![],
            ),
            // A name ends with its line when the tagger's person does ...
            (
                "Squad:\nDefenders - Tomas Brenner, Lukas Hollweg\nForwards - Jonas Kreutzer.",
                vec!["Tomas Brenner", "Lukas Hollweg Forwards", "Jonas Kreutzer"],
                vec!["Tomas Brenner", "Lukas Hollweg", "Jonas Kreutzer"],
            ),
            // ... but not in a text wrapped at a width, nor after an initial.
            (
                "The board named Lukas Hollweg\nDirector on Monday, and he\nsaid prices rose.",
                vec!["Lukas Hollweg Director"],
                vec!["Lukas Hollweg Director"],
            ),
            (
                "Squad:\nDefenders - Tomas J.\nBrenner, Lukas Hollweg.",
                vec!["Tomas J. Brenner", "Lukas Hollweg"],
                vec!["Tomas J. Brenner", "Lukas Hollweg"],
            ),
            // A compound that describes the person is no part of the name ("Oscar-winner").
            (
                "The award went to Oscar-winner Dana Kell on Friday.",
                vec!["Dana Kell"],
                vec!["Dana Kell"],
            ),
            // Nor a name the word before calls a work or a group (the rules alone keep it).
            (
                "Tickets for the band Dana Kell sold out, as did the musical Ray Dunmore.",
                vec!["Dana Kell", "Ray Dunmore"],
                vec![],
            ),
            // Nor a party's name, which the tagger may read as a person's.
            (
                "But Lib Dem officials say Mr Hale was speaking when an inquiry was under way.",
                vec!["Hale"],
                vec!["Hale"],
            ),
            // A company is no one, to either.
            ("Shares of Brenholt Fenwick rose 3 percent.", vec![], vec![]),
            // A firm where an analyst works is no one to the tagger's reading, but for one of
            // the analyst's own name.
            (
                "Analyst Tom Hale of Barney Whitby said prices would rise.",
                vec!["Tom Hale", "Barney Whitby"],
                vec!["Tom Hale"],
            ),
            (
                "Prices will rise, Barney Whitby analyst Tom Hale said.",
                vec!["Barney Whitby", "Tom Hale"],
                vec!["Tom Hale"],
            ),
            (
                "Analyst Ann Whitby of Ann Whitby and Associates said prices would rise.",
                vec!["Ann Whitby"],
                vec!["Ann Whitby"],
            ),
            // Nor a country of two words, nor a name with an organisation's word.
            (
                "Exports rose in Romania, Egypt and El Salvador.",
                vec![],
                vec![],
            ),
            // A name that ends in a surname the article gives an honorific is that person's
            // full name, however the tagger reads it; not after "the".
            (
                "Rain fell. The Fabian Society's Sundar Katwala said the change was overdue. Mr Katwala added more.",
                vec!["Katwala"],
                vec!["Sundar Katwala", "Katwala"],
            ),
            // ... also after a preposition, where a known first name owns something.
            (
                "Rain fell. Talks begin at Jack Straw's country residence. Mr Straw spoke.",
                vec!["Jack Straw", "Straw"],
                vec!["Jack Straw", "Straw"],
            ),
            (
                "Rain fell. Analysts at Merrill Lynch expect a cut. Mr Lynch said the change was overdue.",
                vec!["Merrill Lynch", "Lynch"],
                vec!["Lynch"],
            ),
        ] {
            let seg = Segments::new(text);
            let names =
                |how| -> Vec<String> { find(text, &seg, how).iter().map(|n| n.name()).collect() };
            assert_eq!(names(Names::Rules), rules, "rules: {text}");
            assert_eq!(names(Names::Combined), combined, "combined: {text}");
        }
    }
}
