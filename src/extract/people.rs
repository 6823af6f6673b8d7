//! People: runs of capitalised words that look like a person's name.
//!
//! A run is accepted as a name when a title or honorific stands before it ("Ukrainian
//! President Volodymyr Zelensky", "Sir Keir Starmer") or when it has two or more words and the
//! first is a known first name ("Emmanuel Macron"). Country words and titles at the start of a
//! run are peeled off; organisations ("ABC News") and all-capital words are rejected. Single
//! words ("Zelensky") become mentions later, when they match a name's last word
//! ([`crate::resolve`]).
//!
//! ```
//! use newsgraph::extract::people::find_names;
//! use newsgraph::segment::Segments;
//! let text = "UK Prime Minister Sir Keir Starmer met France's Emmanuel Macron and ABC News.";
//! let names: Vec<String> = find_names(text, &Segments::new(text)).iter().map(|n| n.name()).collect();
//! assert_eq!(names, ["Keir Starmer", "Emmanuel Macron"]);
//! ```

use super::name_words::{
    company_word, descriptor, glued, is_bare_initial, is_initial, is_particle, job_word,
    never_name, not_in_person_name, particle_joined, party_member, place_article, title_case_line,
    title_case_title, JOB_MODIFIERS, NOT_NAME_WORDS, PARTICLES, PERSON_NOUNS, PLACE_NOUNS,
    POSITIONS,
};
use crate::gazetteer::{gazetteer, HONORIFICS};
use crate::segment::{Segments, Span};
use crate::text::Word;

/// A name found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    /// The name's words ("Keir Starmer"), without title or honorific.
    pub span: Span,
    /// The name with its honorific ("Sir Keir Starmer").
    pub full: Span,
    /// "Sir", "Dr", when one stands before the name.
    pub honorific: Option<String>,
    /// The name's words.
    pub words: Vec<String>,
    /// Whether a title, or a job's noun after other words with a name of two words or more,
    /// stood before it in the same run ("President Zelensky", "RNC Chairman Reince Priebus").
    pub titled: bool,
}

impl NameMention {
    /// The words joined by single spaces.
    pub fn name(&self) -> String {
        self.words.join(" ")
    }
}

/// The place of a peer's title at the start of `rest` (the text after "Lord Nicholls"): " of "
/// and one or two capitalised words, "Birkenhead" in "Lord Nicholls of Birkenhead, in his
/// ruling" (not "of the Lords").
fn peer_place(rest: &str) -> Option<&str> {
    static PLACE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^ of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b").expect("a valid pattern")
    });
    let place = PLACE.captures(rest)?.get(1)?.as_str();
    // (A country is the peer's nation, not a place of the title: "Lord Hale of England".)
    gazetteer().country_form(place).is_none().then_some(place)
}

/// Splits the words of `text` into runs of capitalised words joined by white space only.
pub(crate) fn capitalized_runs<'a>(seg: &Segments<'a>) -> Vec<Vec<Word<'a>>> {
    let mut runs: Vec<Vec<Word<'a>>> = Vec::new();
    for sentence in &seg.sentences {
        let ws = seg.words_in(*sentence);
        let mut run: Vec<Word<'a>> = Vec::new();
        for (i, w) in ws.iter().enumerate() {
            // A particle inside a name: more particles, then a capitalised word ("von der Leyen").
            // (Only inside a run: most words are not looked up.)
            let particle = !run.is_empty()
                && (PARTICLES.contains(&w.text)
                    && ws[i + 1..]
                        .iter()
                        .take_while(|n| n.joined)
                        .find(|n| !PARTICLES.contains(&n.text))
                        .is_some_and(|n| n.is_capitalized() || particle_joined(n.text))
                    || particle_joined(w.text));
            let continues = w.joined && !run.is_empty();
            // "Tim Allen Just Got Asked About Donald Trump": a verb or pronoun in title case
            // ends a run and starts none.
            let capitalized = w.is_capitalized() && !not_in_person_name(w.text);
            if (capitalized || particle) && (continues || run.is_empty()) {
                run.push(*w);
            } else {
                if !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
                if capitalized {
                    run.push(*w);
                }
            }
            if w.possessive && !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
    }
    runs
}

/// Military and police ranks as British news abbreviates them, without a full stop; they
/// stand before a name as a title does. (Not "Pte", as in "Pte Ltd".)
pub(crate) const ABBREVIATED_RANKS: &[&str] = &[
    "Gen", "Lt", "Col", "Maj", "Brig", "Capt", "Sgt", "Cpl", "Adm", "Cdr", "Cmdr", "Supt", "Insp",
];

/// How many abbreviated ranks ([`ABBREVIATED_RANKS`]) start at `ws[i]`: "Lt Col", "Maj Gen",
/// "Det Ch Supt" ("Det" and "Ch" only before another rank).
fn abbreviated_ranks(ws: &[Word<'_>], i: usize) -> usize {
    let rank = |k: usize| {
        ws.get(k)
            .is_some_and(|w| ABBREVIATED_RANKS.contains(&w.text))
    };
    let mut k = i;
    loop {
        let qualifiers = ws[k..]
            .iter()
            .take_while(|w| matches!(w.text, "Det" | "Ch"))
            .count();
        if !rank(k + qualifiers) {
            return k - i;
        }
        k += qualifiers + 1;
    }
}

/// The longest title or country form starting at `ws[i]`, as its number of words.
pub(crate) fn prefix_len(ws: &[Word<'_>], i: usize) -> Option<(usize, bool)> {
    let g = gazetteer();
    let max = g.max_title_words().max(4).min(ws.len() - i);
    for k in (1..=max).rev() {
        let last = ws[i + k - 1].text;
        let (title, form) = (g.may_end_title(last), g.may_end_form(last));
        if !title && !form {
            continue;
        }
        let joined: Vec<&str> = ws[i..i + k].iter().map(|w| w.text).collect();
        let phrase = joined.join(" ");
        if title && ws[i + k - 1].is_capitalized() && g.title(&phrase).is_some() {
            return Some((k, true));
        }
        if form && g.country_form(&phrase).is_some() {
            return Some((k, false));
        }
    }
    None
}

fn name_shaped(w: &Word<'_>) -> bool {
    let t = w.text;
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let upper = t.chars().filter(|c| c.is_uppercase()).count();
    // "P.", and initials together: "F.W.", "J.R.R.".
    let initial = t.len() >= 2
        && t.len() <= 8
        && t.as_bytes()
            .chunks(2)
            .all(|c| matches!(c, [l, b'.'] if l.is_ascii_uppercase()));
    (initial || letters > 1 && upper < letters || PARTICLES.contains(&t))
        && !never_name(t)
        && !glued(t)
        && !t.chars().any(|c| c.is_ascii_digit())
}

/// A country's name or capital that is also a first name, before a surname and nothing else:
/// "Chad Curtis", "Jordan Henderson", "Douglas Hogg" (not "Jordan Valley", "Chad Government",
/// "German Cup").
fn country_first_name(ws: &[Word<'_>], i: usize) -> bool {
    let g = gazetteer();
    let (Some(first), Some(last)) = (ws.get(i), ws.get(i + 1)) else {
        return false;
    };
    ws.len() == i + 2
        && last.joined
        && g.is_first_name(first.text)
        && g.country_form(first.text).is_some_and(|(_, kind)| {
            matches!(
                kind,
                crate::gazetteer::FormKind::Name | crate::gazetteer::FormKind::Capital
            )
        })
        && name_shaped(last)
        && !last.text.chars().all(|c| c.is_uppercase())
        && g.country_form(last.text).is_none()
        && g.title(last.text).is_none()
        && !NOT_NAME_WORDS.contains(last.text)
}

/// Finds the names of `text`.
pub fn find_names(text: &str, seg: &Segments) -> Vec<NameMention> {
    let g = gazetteer();
    let mut out = Vec::new();
    // A one-line headline is written in title case: a name there is at most its first two
    // words ("Donald Trump Is Right"). So is a line of title case elsewhere ("Marco Rubio
    // Responds To Question About Wages", a link to another story).
    // (And a first line of its own in title case that ends with a full stop, as some sources
    // write the title: "Hillary Clinton Wins Missouri Democratic Primary.")
    let headline = seg.headline().or_else(|| {
        seg.first_line()
            .filter(|p| title_case_title(p.of(text).trim_end()))
    });
    let lower_words = LowerWords::new(seg);
    // The line of the current run: its end (a line break's offset or the text's length) and
    // whether it is in title case. Runs come in text order, so each line is found and read
    // once, searching back no further than the line before (a text of one long line stays
    // linear).
    let mut line: Option<(usize, bool)> = None;
    for run in capitalized_runs(seg) {
        let at = run[0].span.start;
        if !line.is_some_and(|(end, _)| at < end) {
            let from = line.map_or(0, |(end, _)| (end + 1).min(at));
            let start = text[from..at].rfind('\n').map_or(from, |i| from + i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            line = Some((end, title_case_line(&text[start..end])));
        }
        let in_headline =
            headline.is_some_and(|h| h.contains(at)) || line.is_some_and(|(_, title)| title);
        // The word before the run: "spokeswoman Melezia Figueroa".
        let before = text[..run[0].span.start].trim_end();
        let noun_before = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| PERSON_NOUNS.contains(crate::text::lowercase(w).as_ref()));
        // Sentence openers and other words that start no name ("Despite Donald Trump").
        // So are words that describe the person ("Oscar-winner Andrea Arnold").
        let mut start = run
            .iter()
            .take_while(|w| never_name(w.text) || descriptor(w.text))
            .count();
        let first_word = start;
        // A player's position that is also a common word or a surname, in title case before a
        // name of two words or more: "Wing Jimmy Marlu" (not "Mr Lock", "Centre Point").
        if run.len() >= start + 3 && POSITIONS.contains(&run[start].text) {
            start += 1;
        }

        // A title glued to "ex-" before the run introduces the name as the title would
        // inside it: "ex-King Michael", "the ex-Chancellor Lamont".
        let ex_title = before
            .rsplit(char::is_whitespace)
            .next()
            .and_then(crate::text::after_ex)
            .is_some_and(|t| g.title(t).is_some());
        // The same noun opening a sentence: "Reporter Jomana Karadsheh says".
        let mut noun_before = noun_before;
        // So does where someone was born: "South Korean-born Monte Haines".
        let born = |w: &Word<'_>| {
            descriptor(w.text) && w.text.rsplit(['-', '\u{2011}']).next() == Some("born")
        };
        let mut born_before = false;
        if let Some(k) = run[..run.len() - 1].iter().rposition(born) {
            if k + 1 >= start {
                start = k + 1;
                noun_before = true;
                born_before = true;
            }
        }
        // With words before it that rank or narrow it: "Chief Executive Martin Sorrell",
        // "Managing Director Ann Whitby".
        let plain = |k: usize| prefix_len(&run, k).is_none();
        let lower = |k: usize| crate::text::lowercase(run[k].text);
        let noun = |k: usize| PERSON_NOUNS.contains(lower(k).as_ref());
        let job = (start..run.len() - 1)
            .take_while(|&k| plain(k) && (noun(k) || JOB_MODIFIERS.contains(&lower(k).as_ref())))
            .filter(|&k| noun(k))
            .last();
        // (Two words that end the run after word `k`, the first no title.)
        let unknown_name = |k: usize| {
            k + 3 == run.len()
                && run[k + 1..]
                    .iter()
                    .all(|w| name_shaped(w) && !lower_words.written_lower(w.text))
                && !company_word(run[k + 2].text)
                && g.title(run[k + 1].text).is_none()
        };
        // Or further in, after words no list knows, before a known first name and a surname:
        // "White House Press Secretary Mike McCurry", "Hong Kong Financial Secretary Donald
        // Tsang".
        // Or before two words that end the run, neither of which the article writes in lower
        // case, with a first name no list knows: "Republican National Committee Chairman
        // Reince Priebus".
        let job = job.or_else(|| {
            (start + 1..run.len().saturating_sub(2)).rev().find(|&k| {
                plain(k)
                    && noun(k)
                    && run[k].is_capitalized()
                    && (g.is_first_name(run[k + 1].text) || unknown_name(k))
                    && name_shaped(&run[k + 2])
            })
        });
        if let Some(k) = job {
            start = k + 1;
            noun_before = true;
        }
        let noun_in_run = job.is_some();
        // (A job's noun after other words of the run: "RNC Chairman Reince Priebus", not
        // "Economist Intelligence Unit" or "Star Wars Episode".)
        let noun_further_in = job.is_some_and(|k| k > first_word);
        // A portfolio after "for" (or "for the"), then the name: "Minister for Sport Richard
        // Caborn", "Shadow Secretary for the Family Theresa May" (the name starts at the first
        // known first name followed by a surname); so after a title and "to": "Chief
        // Secretary to the Treasury Paul Boateng".
        let bare = before
            .strip_suffix("the")
            .filter(|b| b.ends_with(char::is_whitespace))
            .map_or(before, str::trim_end);
        let word_ends = |b: &&str| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric());
        let before_for = bare
            .strip_suffix("for")
            .filter(word_ends)
            .map(str::trim_end)
            .or_else(|| {
                let b = bare.strip_suffix("to").filter(word_ends)?.trim_end();
                let last = b.rsplit(|c: char| !c.is_alphanumeric()).next()?;
                (g.title(last).is_some() || last == "Secretary").then_some(b)
            });
        // The title before "for" introduces the name as a title before it would.
        let mut portfolio_title = false;
        if let Some(before_for) =
            before_for.filter(|_| run.get(start).is_some_and(|w| !g.is_first_name(w.text)))
        {
            if let Some(k) = (start + 1..run.len().saturating_sub(1))
                .find(|&k| g.is_first_name(run[k].text) && name_shaped(&run[k + 1]))
            {
                start = k;
                portfolio_title = before_for
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .is_some_and(|w| g.title(w).is_some() || w == "Secretary");
            }
        }
        // A title with "of" in it, whose capitalised run starts after "of": "Secretary of
        // State Strobe Talbott", "Chancellor of the Exchequer Ken Clarke".
        let mut of_title = false;
        if before.ends_with(" of") || before.ends_with(" of the") {
            let head: Vec<&str> = before.split_whitespace().rev().take(4).collect();
            let of_at = head.iter().position(|w| *w == "of").unwrap_or(0);
            // The title's words before "of": one or two ("Under Secretary of").
            let found = (of_at + 1..head.len().min(of_at + 3))
                .flat_map(|h| (1..=2).rev().map(move |k| (h, k)))
                .find(|&(h, k)| {
                    start + k < run.len() && {
                        let mut words: Vec<&str> = head[..=h].iter().rev().copied().collect();
                        words.extend(run[start..start + k].iter().map(|w| w.text));
                        g.title(&words.join(" ")).is_some()
                    }
                });
            // (Then a name of two words, or a surname, ending the run: not "Secretary of State
            // George Shultz China's", nor a first name cut off by a line break.)
            let name_after = |k: usize| match run.len() - (start + k) {
                2 => true,
                1 => !g.is_first_name(run[start + k].text),
                _ => false,
            };
            if let Some((_, k)) = found.filter(|&(_, k)| name_after(k)) {
                start += k;
                of_title = true;
            }
        }
        // A title or honorific further in wins: "Massachusetts Sen. Elizabeth Warren".
        // (Not a rank after a first name, a surname there: "John Pope Jr", "Ann Bishop".)
        let surname_rank = |k: usize, n: usize| {
            looks_like_first_name(run[k - 1].text) && {
                let words: Vec<&str> = run[k..k + n].iter().map(|w| w.text).collect();
                g.is_rank(&words.join(" "))
            }
        };
        // (Nor a title before a generational suffix alone: "Martin Luther King Jr.".)
        let suffix_only = |k: usize| {
            run[k..]
                .iter()
                .all(|w| crate::text::generational_suffix(w.text))
        };
        let restart = (start + 1..run.len().saturating_sub(1)).rev().find(|&k| {
            HONORIFICS.contains(&run[k].text)
                || prefix_len(&run, k).is_some_and(|(n, t)| {
                    t && k + n < run.len() && !surname_rank(k, n) && !suffix_only(k + n)
                })
        });
        let Some(mut m) = parse_run(&run, restart.unwrap_or(start)) else {
            continue;
        };
        m.titled |= (portfolio_title || ex_title || of_title) && restart.is_none();
        // A first name alone that speaks: "“I would,” Melanie said".
        let first_name_speaks = run.len() - start == 1 && m.name.len() == 1 && {
            let w = m.name[0];
            let after = text[w.span.end..].trim_start_matches([' ', '\u{a0}']);
            let verb = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            g.is_first_name(w.text)
                && g.country_form(w.text).is_none()
                && !NOT_NAME_WORDS.contains(w.text)
                && after.len() < text.len() - w.span.end
                && matches!(
                    verb,
                    "said" | "says" | "asked" | "added" | "recalled" | "told"
                )
                && !named_as_organisation(text, w.text)
        };
        let noun_before = noun_before || first_name_speaks;
        if !(m.titled || m.known_first || noun_before) {
            // Not introduced by anything: the name starts at its first name ("Families Margaret Hodge").
            let Some(k) = (start + 1..run.len().saturating_sub(1))
                .find(|&k| looks_like_first_name(run[k].text))
            else {
                continue;
            };
            match parse_run(&run, k) {
                Some(m2) if m2.known_first => m = m2,
                _ => continue,
            }
        }
        let mut name = m.name;
        // "David Rose, Chief Executive of Hereford": a job's words alone are no name.
        if name.iter().all(|w| job_word(w.text)) {
            continue;
        }
        if in_headline && !m.titled {
            // Two words, and the initials and particles among them ("Charles E. Flink",
            // "Marine Le Pen Backs Trump").
            let mut words = 0;
            let keep = name
                .iter()
                .enumerate()
                .take_while(|(i, w)| {
                    words += usize::from(!is_initial(w.text) && (*i == 0 || !is_particle(w.text)));
                    words <= 2
                })
                .count();
            name.truncate(keep);
        }
        let first = name[0];
        // (The word before a regnal number: "Street Associates II" is a company's.)
        let last = *name
            .iter()
            .rev()
            .find(|w| !regnal_number(w.text))
            .unwrap_or(&name[name.len() - 1]);
        let whole: Vec<&str> = name.iter().map(|w| w.text).collect();
        // A surname that is a country word or a seat of government is still a surname after a
        // first name ("Michael Jordan", "Dawn French", "Leonard Burman", "Denzel Washington"); a
        // capital is not ("Real Madrid", "Morgan Stanley"), unless an honorific, a title or a
        // person's noun introduces the name ("spokesman Bob Wellington").
        // (So does a party's word: "Tory Neil Hamilton".)
        let party_before = text[..first.span.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| g.is_party(w));
        let introduced = m.titled || m.honorific.is_some() || noun_before || party_before;
        let country_surname_ok = name.len() >= 2
            && g.is_first_name(first.text)
            && g.country_form(first.text).is_none()
            && !last.text.ends_with('s')
            && g.country_form(last.text).is_some_and(|(_, kind)| {
                matches!(
                    kind,
                    crate::gazetteer::FormKind::Name
                        | crate::gazetteer::FormKind::Demonym
                        | crate::gazetteer::FormKind::Seat
                ) || introduced && kind == crate::gazetteer::FormKind::Capital
            });
        // A peer's title is often a place's name: "Baroness Scotland", "Lord Liverpool".
        let peer = name.len() == 1
            && matches!(
                m.honorific.as_ref().map(|(h, _)| h.as_str()),
                Some("Lord" | "Lady" | "Baroness" | "Baron")
            );
        // (Without a regnal number: "Daniel Porter Jordan III".)
        let core = &name[..name.len() - usize::from(regnal_number(name[name.len() - 1].text))];
        let mut country_words = if country_surname_ok || peer {
            &core[..core.len().saturating_sub(1)]
        } else {
            core
        };
        // A capital between a first name and a surname is a middle name: "Robert Stanley
        // Stufflebeam".
        let middle_capital = |w: &Word<'_>| {
            name.len() >= 3
                && g.is_first_name(first.text)
                && w.span != first.span
                && w.span != last.span
                && g.country_form(last.text).is_none()
                && g.country_form(w.text)
                    .is_some_and(|(_, kind)| kind == crate::gazetteer::FormKind::Capital)
        };
        // (Only where the run starts: "Agence France Presse" is no one.)
        if (m.titled || name[0].span == run[start].span) && country_first_name(&name, 0) {
            country_words = &country_words[1..];
        }
        // A place's word that is a surname too, after a first name that an honorific, a title
        // or a person's noun introduces: "correspondent Simon Hall", "Mr Tom Church" (not "the
        // Albert Hall").
        let surname_place = introduced
            && name.len() >= 2
            && name[..name.len() - 1]
                .iter()
                .all(|w| g.is_first_name(w.text) || is_initial(w.text))
            && matches!(
                last.text,
                "Hall" | "Church" | "House" | "Court" | "Park" | "Lake" | "Street" | "Bridge"
            );
        if NOT_NAME_WORDS.contains(last.text) && !surname_place
            // "Westin Hotels", "Baldwin Associates": an organisation's, unless an honorific
            // introduces it; so is one a title introduces ("the Family Justice Division").
            || m.honorific.is_none() && company_word(last.text)
            // A title after an honorific is no name: "Lord Chief Justice, Lord Woolf".
            || g.title(&whole.join(" ")).is_some()
            || country_words
                .iter()
                .any(|w| g.country_form(w.text).is_some() && !middle_capital(w))
            || !peer && g.country_form(&whole.join(" ")).is_some()
            || name.iter().all(|w| is_initial(w.text))
        {
            continue;
        }
        if !(m.titled || noun_before) && name.len() < 2 {
            continue;
        }
        // "King Cross station", "Whitemoor prison": a place.
        let next = text[last.span.end..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        if PLACE_NOUNS.contains(&next.trim_end_matches(|c: char| !c.is_alphabetic())) {
            continue;
        }
        // "the General Election fund … the election": one word after a title or a person's
        // noun in the run that the article also writes in lower case is a common noun.
        if name.len() == 1 && (m.titled || noun_in_run) && lower_words.written_lower(first.text) {
            continue;
        }
        let mut span = Span::new(first.span.start, last.span.end);
        let mut words: Vec<String> = whole.iter().map(|w| (*w).to_owned()).collect();
        // A peer's territorial designation is part of the name: "Lord Nicholls of Birkenhead"
        // (whom "Lord Nicholls" names too, [`crate::resolve`] joining them by "Nicholls").
        if name.len() == 1
            && m.honorific
                .as_ref()
                .is_some_and(|h| matches!(h.0.as_str(), "Lord" | "Baroness" | "Lady"))
        {
            if let Some(place) = peer_place(&text[span.end..]) {
                words.push("of".to_owned());
                words.extend(place.split(' ').map(str::to_owned));
                span = Span::new(span.start, span.end + " of ".len() + place.len());
            }
        }
        out.push(NameMention {
            span,
            full: Span::new(m.honorific.as_ref().map_or(span.start, |h| h.1), span.end),
            honorific: m.honorific.map(|h| h.0),
            words,
            // A job's noun inside the run introduces the name as a title does: the tagger,
            // which may read "RNC Chairman Reince Priebus" as one organisation, keeps it.
            titled: m.titled || (noun_further_in || born_before) && name.len() >= 2,
        });
    }
    let labels = label_names(text, seg);
    // Players in sports results: goal scorers by the minutes of their goals ("(Nilis 63rd)"),
    // cricketers by their scorecard lines.
    let mut spans = super::results::scorers(text);
    spans.extend(super::results::cricketers(text));
    let players: Vec<NameMention> = spans
        .into_iter()
        .filter(|s| !out.iter().any(|n: &NameMention| n.full.overlaps(*s)))
        .map(|span| NameMention {
            span,
            full: span,
            honorific: None,
            words: span.of(text).split(' ').map(str::to_owned).collect(),
            titled: true,
        })
        .collect();
    if !labels.is_empty() || !players.is_empty() {
        out.extend(labels);
        out.extend(players);
        out.sort_by_key(|n| n.full);
    }
    out
}

/// The words an article writes in lower case, read once, on the first question.
struct LowerWords<'s, 'a> {
    seg: &'s Segments<'a>,
    words: std::cell::OnceCell<rustc_hash::FxHashSet<&'a str>>,
}

impl<'s, 'a> LowerWords<'s, 'a> {
    fn new(seg: &'s Segments<'a>) -> Self {
        LowerWords {
            seg,
            words: std::cell::OnceCell::new(),
        }
    }

    /// Whether `word` (capitalised) stands in the article in lower case too, as a word of its
    /// own.
    fn written_lower(&self, word: &str) -> bool {
        let lower = crate::text::lowercase(word);
        lower != word
            && self
                .words
                .get_or_init(|| {
                    self.seg
                        .words()
                        .iter()
                        .map(|w| w.text)
                        .filter(|w| w.starts_with(char::is_lowercase))
                        .collect()
                })
                .contains(lower.as_ref())
    }
}

/// Transcript labels that name no one: "UPDATE:", "UNIDENTIFIED MALE:", "CROWD:".
const NOT_SPEAKER_LABELS: &[&str] = &[
    "Update",
    "Note",
    "Correction",
    "Video",
    "Watch",
    "Related",
    "Read",
    "More",
    "Source",
    "Audience",
    "Announcer",
    "Narrator",
    "Crowd",
    "Protesters",
    "Unidentified",
    "Male",
    "Female",
    "Voice",
    "Speaker",
    "All",
    "Both",
    "Operator",
    "Editor's",
    "Editor’s",
    "Transcript",
    "Caption",
    "Credit",
    "Breaking",
    "Live",
    "Question",
    "Answer",
    "Q",
    "A",
];

/// The speakers of an interview transcript, named only by their labels ("WALLACE: …"): a
/// dialogue has at least two speakers and three turns. A label that is a known place,
/// organisation or country word is no name ("WASHINGTON:", "UPDATE:" stay out).
/// Whether the article writes `word` as an organisation's: at the head of a name that ends
/// in an organisation's word ("Shares in Cairn Energy", "Shanda Interactive Entertainment"), or
/// speaking as "it" ("Shanda said that it may …"). A company named like a first name is then no
/// person when it speaks alone ("Cairn said").
fn named_as_organisation(text: &str, word: &str) -> bool {
    let g = gazetteer();
    crate::text::word_ends(text, word).any(|end| {
        let mut after = text[end..].split(' ').skip(1).take(4);
        let heads = after
            .clone()
            .take(3)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .any(|w| {
                g.is_org_word(&crate::text::lowercase(
                    w.trim_end_matches(|c: char| !c.is_alphanumeric()),
                ))
            });
        let said = after
            .next()
            .is_some_and(|v| matches!(v, "said" | "says" | "added" | "told"));
        let it = after
            .find(|w| *w != "that")
            .is_some_and(|w| matches!(w, "it" | "its"));
        heads || said && it
    })
}

fn label_names(text: &str, seg: &Segments) -> Vec<NameMention> {
    let labels = &seg.labels;
    let mut distinct: Vec<&str> = labels.iter().map(|l| l.label.of(text)).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if labels.len() < 3 || distinct.len() < 2 {
        return Vec::new();
    }
    let g = gazetteer();
    labels
        .iter()
        .filter_map(|l| {
            let words: Vec<String> = l
                .label
                .of(text)
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next().map_or(String::new(), |c| {
                        c.to_uppercase()
                            .chain(cs.flat_map(char::to_lowercase))
                            .collect()
                    })
                })
                .collect();
            let not_name = words.iter().any(|w| {
                NOT_NAME_WORDS.contains(w.as_str())
                    || never_name(w)
                    || g.country_form(w).is_some()
                    || g.title(w).is_some()
                    || PERSON_NOUNS.contains(w.to_lowercase().as_str())
                    || NOT_SPEAKER_LABELS.contains(&w.as_str())
                    || g.is_cue_verb(&w.to_lowercase())
            });
            (!not_name).then_some(NameMention {
                span: l.label,
                full: l.label,
                honorific: None,
                words,
                titled: false,
            })
        })
        .collect()
}

struct ParsedRun<'a> {
    /// The name's words.
    name: Vec<Word<'a>>,
    /// Whether a title or honorific stood before the name.
    titled: bool,
    /// Whether the name has two or more words and starts with a known first name or initial.
    known_first: bool,
    honorific: Option<(String, usize)>,
}

/// Whether `word` is a Roman numeral from II to XXXIX but V and X, as in a regnal name
/// ("Edward III").
pub(crate) fn regnal_number(word: &str) -> bool {
    static ROMAN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^X{0,3}(?:IX|IV|V?I{0,3})$").expect("a valid pattern")
    });
    word.len() > 1 && ROMAN.is_match(word)
}

fn looks_like_first_name(t: &str) -> bool {
    let g = gazetteer();
    g.is_first_name(t) || g.is_first_name(t.split('-').next().unwrap_or(t)) || is_initial(t)
}

/// Peels titles, country words and an honorific off the run from `i`, and cuts the name at
/// the first word that cannot belong to one.
fn parse_run<'a>(run: &[Word<'a>], mut i: usize) -> Option<ParsedRun<'a>> {
    let mut titled = false;
    let mut honorific: Option<(String, usize)> = None;
    while i < run.len() {
        // "Lord Chancellor", "Lord Mayor": a title that starts with an honorific is a title.
        if honorific.is_none() && HONORIFICS.contains(&run[i].text) {
            if let Some((k, true)) = prefix_len(run, i).filter(|&(k, _)| k >= 2) {
                if i + k == run.len() {
                    return None;
                }
                titled = true;
                i += k;
                continue;
            }
        }
        if let Some(h) = HONORIFICS.iter().find(|h| **h == run[i].text) {
            honorific = Some((h.trim_end_matches('.').to_owned(), run[i].span.start));
            i += 1;
            continue;
        }
        if honorific.is_some() {
            break;
        }
        if country_first_name(run, i) {
            break;
        }
        // Ranks abbreviated without a full stop: "Gen Pervez Musharraf", "Lt Col Tim
        // Collins". (After a title and before a surname alone, a first name: "Defence
        // Minister Gen Tanaka".)
        let ranks = abbreviated_ranks(run, i);
        if ranks > 0 && i + ranks < run.len() && !(titled && i + ranks + 1 == run.len()) {
            titled = true;
            i += ranks;
            continue;
        }
        match prefix_len(run, i) {
            Some((k, is_title)) if i + k < run.len() => {
                titled |= is_title;
                i += k;
            }
            // A party's word before a name of two words or more ("Tory Dominic Grieve").
            None if i + 3 <= run.len() && gazetteer().is_party(run[i].text) => i += 1,
            _ => break,
        }
    }
    let mut name = &run[i..];
    // A middle initial may come without its full stop, right before the surname: "George W
    // Bush", "John Q Adler" (not "Maria N Luis Olidem").
    // (And "A" after a known first name: "Charles A Blixt".)
    let shaped = |k: usize| {
        name_shaped(&name[k])
            || (k > 0
                && k + 2 == name.len()
                && (is_bare_initial(name[k].text)
                    || name[k].text == "A" && gazetteer().is_first_name(name[k - 1].text))
                && name_shaped(&name[k + 1]))
    };
    if let Some(stop) = (0..name.len()).position(|k| !shaped(k)) {
        // A regnal number ends a monarch's or pope's name: "King Edward III", "Pope John Paul
        // II" (not "I", a pronoun, nor a product's "Titan III"). A family number ("Joe Manchin
        // III") stays out: the name is known without it, "Manchin", "Bozell".
        let regnal = stop > 0
            && regnal_number(name[stop].text)
            && i > 0
            && matches!(
                crate::text::after_ex(run[i - 1].text).unwrap_or(run[i - 1].text),
                "King" | "Queen" | "Pope" | "Emperor" | "Empress" | "Tsar" | "Czar" | "Kaiser"
            );
        name = &name[..stop + usize::from(regnal)];
    }
    while name.last().is_some_and(|w| PARTICLES.contains(&w.text)) {
        name = &name[..name.len() - 1];
    }
    // "a Texas Democrat", "Latino Republicans": a description, whatever stands before.
    if name.last().is_some_and(|w| party_member(w.text)) {
        return None;
    }
    let first = name.first()?.text;
    let mut name = name.to_vec();
    // "a George Bush-style tax cut", "the Thatcher-era rules": the name without the suffix
    // that makes it a modifier.
    if let Some(last) = name.last_mut() {
        if let Some((head, suffix)) = last.text.rsplit_once('-') {
            if !head.is_empty()
                && matches!(
                    suffix,
                    "style" | "era" | "led" | "backed" | "like" | "inspired" | "type" | "esque"
                )
            {
                last.text = head;
                last.span = Span::new(last.span.start, last.span.start + head.len());
                last.possessive = false;
            }
        }
    }
    Some(ParsedRun {
        known_first: name.len() >= 2
            && looks_like_first_name(first)
            && !(name.len() == 2 && place_article(first))
            && !is_initial(name[name.len() - 1].text),
        titled: titled || honorific.is_some(),
        name,
        honorific,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compounds that describe someone; titles, "ex-" titles and names are not.
    #[test]
    fn descriptor_table() {
        for (word, expected) in [
            ("Grammy-winner", true),
            ("Leeds-born", true),
            ("Man-of-the-match", true),
            ("Vice-president", false),
            ("Ex-chancellor", false),
            ("Jean-Pierre", false),
            ("al-Assad", false),
            ("Whitby", false),
        ] {
            assert_eq!(descriptor(word), expected, "{word}");
        }
    }

    #[test]
    fn name_table() {
        for (input, expected) in [
            // Believers are no one; one word after a title that the text also writes in
            // lower case is a common noun ("General Election").
            ("Roman Catholics were divided on the issue.", vec![]),
            (
                "Its General Election fund grew before the election.",
                vec![],
            ),
            ("General Dannatt spoke before the election.", vec!["Dannatt"]),
            // A word that describes a person introduces the name after it.
            (
                "South Korean-born Morde Hanske holds little hope.",
                vec!["Morde Hanske"],
            ),
            // Ranks abbreviated without a full stop stand before the name.
            (
                "Gen Tomas Varga met Lt Col Ann Hale and Det Ch Supt Bob Lowe.",
                vec!["Tomas Varga", "Ann Hale", "Bob Lowe"],
            ),
            ("Talks with Gen Varga went well.", vec!["Varga"]),
            ("Maj Gen Jim Dutton spoke.", vec!["Jim Dutton"]),
            (
                "President Gen Omar Varga met Defence Minister Gen Tanaka.",
                vec!["Omar Varga", "Gen Tanaka"],
            ),
            ("Acme Pte Ltd and Det Ltd grew.", vec![]),
            // A regnal number ends a monarch's name; not a family number, nor a product's.
            ("It was set up in 1337 by King Xavo III.", vec!["Xavo III"]),
            ("Sen. Joe Whitby III spoke.", vec!["Joe Whitby"]),
            ("The Titan III rocket flew.", vec![]),
            // A letter garbled by decoding UTF-8 as Latin-1, composed or not, cuts no name.
            (
                "President Xavo PeÃ±a Talbott spoke.",
                vec!["Xavo PeÃ±a Talbott"],
            ),
            (
                "President Xavo PeA\u{303}\u{b1}a Talbott spoke.",
                vec!["Xavo PeA\u{303}\u{b1}a Talbott"],
            ),
            // A peer's title may be a place's name; a country alone is no one.
            (
                "Home Office minister Baroness Scotland said no.",
                vec!["Scotland"],
            ),
            ("Scotland said no to the plan.", vec![]),
            // A title with "of" in it introduces a name no list knows.
            (
                "Deputy Secretary of State Xavo Talbott flew to Ottawa.",
                vec!["Xavo Talbott"],
            ),
            (
                "Chancellor of the Exchequer Xavo Talbott spoke.",
                vec!["Xavo Talbott"],
            ),
            // Nor a newspaper's or postal service's.
            ("Royal Mail said the papers were late.", vec![]),
            // A first name alone that speaks is a person, unless the article writes it as an
            // organisation's name or it speaks as "it".
            ("\"I would,\" Melanie said.", vec!["Melanie"]),
            (
                "Shares in Melanie Energy rose. Melanie said output was up.",
                vec![],
            ),
            ("Melanie said that it would sell the mine.", vec![]),
            // Nor a company's, unless a title or honorific introduces the name, or its last
            // word is a common surname too.
            ("Baldwin Associates said it bought Westin Hotels.", vec![]),
            ("Shares of Howard Aircraft Co rose.", vec![]),
            ("Sir Howard Associates spoke.", vec!["Howard Associates"]),
            ("David Steel spoke.", vec!["David Steel"]),
            // ... nor a company's word alone after a title.
            ("She heads the Family Justice Division.", vec![]),
            ("It built the County Justice Information System.", vec![]),
            // A title, rank or position before the name is no part of it.
            ("Mr Justice Hale ruled.", vec!["Hale"]),
            ("Chief Constable Ann Whitby spoke.", vec!["Ann Whitby"]),
            // A name made a modifier by a suffix is the name alone.
            ("He fought a Tom Hale-style tax cut.", vec!["Tom Hale"]),
            ("Lieutenant-Colonel Tom Hale spoke.", vec!["Tom Hale"]),
            ("Archbishop Xavo Talbott spoke.", vec!["Xavo Talbott"]),
            // (A rank after a first name is a surname.)
            ("Acme said John Pope Jr was elected.", vec!["John Pope Jr"]),
            // (Nor is a title before a generational suffix alone: the title is a surname.)
            ("Tom King Jr. spoke.", vec!["Tom King Jr."]),
            (
                "The school honours Tom Anthony King Jr. every year.",
                vec!["Tom Anthony King Jr."],
            ),
            ("Wing Tom Hale scored twice.", vec!["Tom Hale"]),
            ("Mr Lock said no.", vec!["Lock"]),
            ("RNC Chairman Reince Priebus said no.", vec!["Reince Priebus"]),
            ("RNC Chairman Reince Priebus said the vote was close.", vec!["Reince Priebus"]),
            // A plan, an inquiry, a lecture or a summit named after someone is no one.
            ("He wants a new Morgan Plan for Africa.", vec![]),
            ("The Tom Hale Inquiry reported on Monday.", vec![]),
            ("She gave the annual Ann Lee Lecture.", vec![]),
            // A name before a place's noun is the place's.
            ("Trains at King Cross station were late.", vec![]),
            ("He was moved to Frank Whitemoor prison last year.", vec![]),
            // A party's word is no first name.
            (
                "but Tory Graham Pellow branded it a farce",
                vec!["Graham Pellow"],
            ),
            ("Labour Party members met", vec![]),
            // Nor does a party member's noun end a name: "a North Carolina Republican" is a
            // description, whatever stands before the noun.
            (
                "Sen. Ann Lee, a North Carolina Republican who backed him, agreed.",
                vec!["Ann Lee"],
            ),
            ("Asked again, the Virginia Democrat said no.", vec![]),
            ("Latino Republicans met in Reno.", vec![]),
            ("Ruth Mason, a Christian Democrat, spoke.", vec!["Ruth Mason"]),
            // Words run together on a web page are no name: buttons between two bylines.
            (
                "Posted by Zach CarterFlagShareLikeReplySara Bondioli 5pts",
                vec![],
            ),
            ("Nora McDonald-DiCaprio met MacArthur.", vec!["Nora McDonald-DiCaprio"]),
            (
                "Ukrainian President Volodymyr Zelensky said",
                vec!["Volodymyr Zelensky"],
            ),
            ("U.S. President Donald Trump urged", vec!["Donald Trump"]),
            // A middle initial without its full stop is part of the name.
            ("US Senator John Q Adler said", vec!["John Q Adler"]),
            // "A" too, after a known first name.
            (
                "Charles A Whitby, a vice-president of Acme, said no.",
                vec!["Charles A Whitby"],
            ),
            ("A Whitby report said no.", vec![]),
            (
                "President Harold K Vance and I spoke",
                vec!["Harold K Vance"],
            ),
            ("Senator Mary Lowe A spokesman said", vec!["Mary Lowe"]),
            (
                "UK Prime Minister Sir Keir Starmer and France's Emmanuel Macron",
                vec!["Keir Starmer", "Emmanuel Macron"],
            ),
            (
                "Ukrainian Ambassador to the U.S. Oksana Markarova",
                vec!["Oksana Markarova"],
            ),
            // A capital that is also a first name, before a surname.
            ("Tory ex-minister Douglas Hogg said", vec!["Douglas Hogg"]),
            // A job before a name, with words that rank it, is no part of the name.
            (
                "Chief Executive Ann Whitby and Managing Director Tom Hale said",
                vec!["Ann Whitby", "Tom Hale"],
            ),
            // A job's words alone are no name.
            (
                "Ann Whitby, Chief Executive of Acme, and Tom Hale, Vice Chairman, said",
                vec!["Ann Whitby", "Tom Hale"],
            ),
            // A nationality as a noun opening the sentence.
            ("Briton Zvenka Oradu won.", vec!["Zvenka Oradu"]),
            // A job noun opening the sentence.
            (
                "Accountant Zvenka Oradu and opener Tarkan Ulvi said",
                vec!["Zvenka Oradu", "Tarkan Ulvi"],
            ),
            // A title after an honorific is no name.
            ("Lord Chief Justice, Lord Hale, ruled", vec!["Hale"]),
            // Words no list knows before the job do not stop it: the name starts after it.
            (
                "Port Authority Press Secretary Ruth Okafor and Kowloon Financial Secretary \
                 Peter Lam said",
                vec!["Ruth Okafor", "Peter Lam"],
            ),
            // A title that starts with an honorific is no one's name.
            (
                "Lord Hale, the Lord Chancellor, met Lord Mayor Ann Whitby",
                vec!["Hale", "Ann Whitby"],
            ),
            // A country word as a surname after a first name; not a capital or a plural.
            (
                "Michael Jordan and Leonard Burman met Real Madrid and the Cleveland Indians",
                vec!["Michael Jordan", "Leonard Burman"],
            ),
            // ... a capital only where an honorific, a title, a person's noun or a party's
            // word introduces it.
            (
                "Shares in Morgan Stanley rose, said spokesman Bob Wellington.",
                vec!["Bob Wellington"],
            ),
            ("Tory Neil Kingston agreed", vec!["Neil Kingston"]),
            // A place's word as a surname after an introduced first name.
            (
                "correspondent Simon Hall said it was at the Albert Hall",
                vec!["Simon Hall"],
            ),
            ("pastor of Solomon Missionary Baptist Church", vec![]),
            // A place's article before one word is no first name; before two it may be.
            ("Wheat from La Pampa and Santa Fe", vec![]),
            (
                "Opposition leader Aung San Kyaw said",
                vec!["Aung San Kyaw"],
            ),
            // A capital as a middle name; not as a first word.
            (
                "Corporal Ann Paris Whitby and Paris Whitby Partners",
                vec!["Ann Paris Whitby"],
            ),
            // A title glued to "ex-" introduces a name of one word.
            (
                "a daughter of ex-King Tomas of Ruritania",
                vec!["Tomas"],
            ),
            // A seat of government as a surname after a first name; alone, the government.
            (
                "2. Anthony Washington (U.S.) 66.72, as Washington and Morgan Stanley noted",
                vec!["Anthony Washington"],
            ),
            // A shadow minister's title is no one ("The Shadow Secretary of State, Theresa
            // May, said"; "Shadow Europe Minister Mark Lane").
            (
                "The Shadow Secretary of State for the Family, Theresa May, said",
                vec!["Theresa May"],
            ),
            (
                "Shadow Europe Minister Mark Lane and the Shadow Treasury team",
                vec!["Mark Lane"],
            ),
            // A country's name as a first name, at the start of a run.
            (
                "off Chad Curtis in the first, reported Agence France Presse",
                vec!["Chad Curtis"],
            ),
            // A person noun opening the sentence introduces a name it does not belong to.
            (
                "Reporter Jomana Karadsheh says so.",
                vec!["Jomana Karadsheh"],
            ),
            // A portfolio after "for" before the name; a name after "for" keeps its first word.
            (
                "Minister for Arts Helen Varga opened it, with the minister for Fisheries Tom Reid.",
                vec!["Helen Varga", "Tom Reid"],
            ),
            (
                "Shadow Secretary for the Family Anne Lyle spoke.",
                vec!["Anne Lyle"],
            ),
            ("a prize for Christian Lowe", vec!["Christian Lowe"]),
            // Nothing after "for" but a word that starts no name.
            ("ready for Tuesday", vec![]),
            ("Photo Credit: Getty Images", vec![]),
            ("in a Truth Social post, telling ABC News", vec![]),
            (
                "Mr Blair met Chancellor Gordon Brown",
                vec!["Blair", "Gordon Brown"],
            ),
            (
                "Jean-Claude Juncker and Ursula von der Leyen",
                vec!["Jean-Claude Juncker", "Ursula von der Leyen"],
            ),
            ("On Thursday, Michael Howard spoke", vec!["Michael Howard"]),
            ("John Smith Street is long", vec![]),
            ("Despite Donald Trump's call", vec!["Donald Trump"]),
            (
                "Stein spokeswoman Melezia Figueroa said",
                vec!["Melezia Figueroa"],
            ),
            (
                "Massachusetts Sen. Elizabeth Warren grilled",
                vec!["Elizabeth Warren"],
            ),
            (
                "Minister for Children Margaret Hodge said",
                vec!["Margaret Hodge"],
            ),
            (
                "Goran Ivanisevic beat A. Smith",
                vec!["Goran Ivanisevic", "A. Smith"],
            ),
            ("Hong Kong shares fell", vec![]),
            // A quotation opening right after the name.
            (
                "He said that Lena Ostrova \u{201c}had a plan.\u{201d}",
                vec!["Lena Ostrova"],
            ),
            ("Lena Ostrova \"had a plan.\"", vec!["Lena Ostrova"]),
            // A headline's verb, adverb or pronoun in title case ends the name; a song's
            // title of such words is no one's.
            (
                "Lena Ostrova Just Got Asked About Piet Maas\n\nShe smiled.",
                vec!["Lena Ostrova", "Piet Maas"],
            ),
            ("He sang I Can't Stop Needing You again.", vec![]),
            // A title on the first line that ends with a full stop, with no short word.
            (
                "Lena Ostrova Wins Missouri Democratic Primary.\n\nShe smiled.",
                vec!["Lena Ostrova"],
            ),
            // A line in title case elsewhere than the first is a headline too: a name there
            // is at most two words, with their initials and particles.
            (
                "Rain fell.\n\nLena Ostrova Scolds Board Over Pay Of Piet Maas\n\nShe left.",
                vec!["Lena Ostrova"],
            ),
            (
                "Rain fell.\n\nLena K. Ostrova Scolds Board Over Pay Of Staff\n\nShe left.",
                vec!["Lena K. Ostrova"],
            ),
            (
                "Rain fell.\n\nLena de Ostrova Scolds Board Over Pay Of Staff\n\nShe left.",
                vec!["Lena de Ostrova"],
            ),
            // A number opens no name.
            ("He told Five Live the team would win.", vec![]),
            // Not a line of names.
            (
                "Lena Ostrova (Oslo), Piet Maas Vandermolen (Breda)",
                vec!["Lena Ostrova", "Piet Maas Vandermolen"],
            ),
        ] {
            let seg = Segments::new(input);
            let got: Vec<String> = find_names(input, &seg)
                .iter()
                .map(NameMention::name)
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    #[test]
    fn honorific_is_kept_apart() {
        let text = "Sir Keir Starmer spoke.";
        let n = &find_names(text, &Segments::new(text))[0];
        assert_eq!(
            (n.honorific.as_deref(), n.full.of(text), n.span.of(text)),
            (Some("Sir"), "Sir Keir Starmer", "Keir Starmer")
        );
    }
}
