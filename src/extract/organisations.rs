//! Names shaped like people's that are organisations' or things': a name that heads a
//! company's ("Harris Trust and Savings Bank"), that the article says someone heads ("director
//! general of Age Concern England") or works at ("an analyst with Jupiter Research"), that
//! "which" follows, that "the" or a thing's noun stands before ("the band Snow Patrol"), or
//! that opens a quoted title. [`super::names`] reads them to drop such names.
//!
//! ```
//! use newsgraph::extract::names::{find, Names};
//! use newsgraph::segment::Segments;
//! let text = "\"Rates will rise,\" said Ann Cole, an analyst at Harold Benz. Harold Benz agreed.";
//! let seg = Segments::new(text);
//! let got: Vec<String> = find(text, &seg, Names::Combined).iter().map(|n| n.name()).collect();
//! assert_eq!(got, ["Ann Cole"]);
//! ```

use super::name_words::NOT_NAME_WORDS;
use super::names::referred_to_as_person;
use crate::gazetteer::gazetteer;
use crate::segment::Span;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// The names of `unintroduced` (names no title or honorific introduces) that the article shows
/// are things' or organisations', wherever it writes them: a name that ", which" follows
/// ("accounting errors at Fannie Mae, which supplies funds"), a name where someone works (a
/// job's noun, then "at" or "with": "a bond strategist at Miller Tabak"), and a name after a
/// business's noun ("crane maker Huisman Itrec").
pub(super) fn named_as_things<'t>(
    text: &'t str,
    unintroduced: &HashSet<&'t str>,
) -> HashSet<&'t str> {
    // Before "which", a name after a person's noun, "with", "to" or "by" may not be what
    // "which" stands for ("journalist Robert Peston, which suggested", "a trumpet which belonged
    // to Dizzy Gillespie, which is"), nor one after a capitalised word, whose name may be longer
    // ("Beach Boy Bruce Johnston").
    let by_noun = |start: usize| {
        word_before(&text[..start]).is_some_and(|w| {
            matches!(w, "with" | "to" | "by")
                || w.starts_with(char::is_uppercase)
                || w.starts_with(char::is_lowercase) && crate::extract::name_words::job_word(w)
        })
    };
    let mut things: HashSet<&str> = HashSet::default();
    // Where someone works: up to four words after "at", "with" or "of" ([`works_at`]); not a
    // possessive ("officials with Nora Vale's campaign").
    for (at, link) in text
        .match_indices(" at ")
        .chain(text.match_indices(" with "))
        .chain(text.match_indices(" of "))
    {
        let from = at + link.len();
        if !works_at(&text[..from]) {
            continue;
        }
        let rest = &text[from..];
        let ends = rest
            .match_indices(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '-' | '\''))
            .map(|(k, _)| k)
            .take(4);
        for end in ends {
            // (Without a full stop after it: "… at Nora Vale. Nora Vale agreed.")
            let name = rest[..end].strip_suffix('.').unwrap_or(&rest[..end]);
            // (Not a firm of the person's own name: "analyst Arvid Jauppi of Arvid Jauppi and
            // Associates".)
            let own = text[..at].ends_with(name);
            if unintroduced.contains(name) && !rest[end..].starts_with(['\'', '’']) && !own {
                things.insert(name);
            }
        }
    }
    // Before a market job and a name: "Smith Barney analyst Craig Sloane said" (not a
    // spokesman's or adviser's, who work for people: "Palin spokesman Tom Hale").
    for (at, job) in [" analyst ", " economist ", " strategist "]
        .into_iter()
        .flat_map(|job| text.match_indices(job))
    {
        if !text[at + job.len()..].starts_with(char::is_uppercase) {
            continue;
        }
        let before = &text[..at];
        for start in name_starts(before) {
            let name = &before[start..];
            if unintroduced.contains(name) {
                things.insert(name);
            }
        }
    }
    // Before "which": up to four words; not a name the article calls "he" or "she".
    for (at, _) in text.match_indices(", which ") {
        let before = &text[..at];
        for start in name_starts(before) {
            let name = &before[start..];
            if unintroduced.contains(name)
                && !by_noun(start)
                && !referred_to_as_person(text, name.rsplit(' ').next().unwrap_or(name))
            {
                things.insert(name);
            }
        }
    }
    // After a business's noun anywhere: "household products group Reckitt Benckiser" (not a
    // name that opens with a known first name: "publisher Robert Maxwell", unless a trade
    // stands before the noun: "drugs group Eli Lilly").
    for &name in unintroduced {
        let first = name.split(' ').next().unwrap_or(name);
        let first_name = gazetteer().is_first_name(first);
        if !things.contains(name)
            && text.match_indices(name).any(|(at, _)| {
                after_business_noun(text, at) && (!first_name || after_trade(text, at))
            })
            && !referred_to_as_person(text, name.rsplit(' ').next().unwrap_or(name))
        {
            things.insert(name);
        }
    }
    things
}

/// Where the names of up to four words that end `before` start, shortest first.
fn name_starts(before: &str) -> impl Iterator<Item = usize> + '_ {
    before
        .rmatch_indices(char::is_whitespace)
        .map(|(k, w)| k + w.len())
        .chain(std::iter::once(0))
        .take(4)
}

/// Whether `before` (the text before a name) ends with a job's noun and "at" or "with", or
/// with a job's noun, a person's name and "of" or "at": the name is where that person works
/// ("chief economist at Fannie Mae", "an analyst with Jupiter Research", "analyst Tom Hale of
/// Acme"), an organisation.
fn works_at(before: &str) -> bool {
    const JOBS: &[&str] = &[
        "analyst",
        "analysts",
        "economist",
        "economists",
        "strategist",
        "strategists",
        "director",
        "executive",
        "chairman",
        "spokesman",
        "spokeswoman",
        "manager",
        "editor",
        "researcher",
        "consultant",
        "dealer",
        "dealers",
        "trader",
        "traders",
        "official",
        "officials",
    ];
    let job = |rest: &str| {
        // (A word of its own: not "head-to-head with".)
        let word = rest
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
            .next();
        word.is_some_and(|w| JOBS.contains(&crate::text::lowercase(w).as_ref()))
    };
    // "analyst at Acme", or "analyst Tom Hale of Acme" (one to three capitalised words, the
    // person's name, between the job and "of" or "at").
    if let Some(rest) = before
        .strip_suffix(" at ")
        .or_else(|| before.strip_suffix(" with "))
    {
        if job(rest) {
            return true;
        }
    }
    let Some(rest) = before
        .strip_suffix(" of ")
        .or_else(|| before.strip_suffix(" at "))
    else {
        return false;
    };
    let mut rest = rest;
    for _ in 0..3 {
        let Some((head, word)) = rest.rsplit_once(' ') else {
            return false;
        };
        if !word.starts_with(char::is_uppercase)
            || !word.chars().all(|c| c.is_alphabetic() || c == '.')
        {
            return false;
        }
        if job(head) {
            return true;
        }
        rest = head;
    }
    false
}

/// Nouns for things and groups that, just before a name, say it is theirs ("the movement
/// Opus Dei", "the band Snow Patrol"); none that is also a verb ("play", "show") or names a
/// person's post ("firm", "group": "chairman of the firm Gordon Wu").
static THINGS: crate::text::WordSet = crate::text::WordSet::new(&[
    "movement",
    "charity",
    "band",
    "film",
    "movie",
    "comedy",
    "drama",
    "thriller",
    "documentary",
    "book",
    "novel",
    "album",
    "song",
    "programme",
    "series",
    "sitcom",
    "magazine",
    "newspaper",
    "organisation",
    "organization",
    "website",
    "brand",
    "festival",
    "musical",
    "opera",
]);

/// Whether `before` (the text before a name) ends with one of [`THINGS`] and one space.
pub(super) fn thing_before(before: &str) -> bool {
    word_before(before).is_some_and(|w| THINGS.contains(w))
}

/// The word that ends `before` (the text before a name) and one space after it: its letters
/// after the last other character ("band" in "the band ", "" in "Elvis' ").
fn word_before(before: &str) -> Option<&str> {
    before
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next())
}

/// Whether the words at `start` follow "the" and one space: a name there is a thing's or a
/// group's ("the Royal Prerogative", "in favour of the Beastie Boys"), not a person's (which
/// the tagger's names must be; titles and honorifics introduce the rules' own).
pub(super) fn after_the(text: &str, start: usize) -> bool {
    word_before(&text[..start]).is_some_and(|w| w == "the" || w == "The")
}

/// Nouns of businesses and their trades that, right before a name, make it a business's:
/// "household products group Reckitt Benckiser", "crane maker Huisman Itrec", "auditors
/// Grant Thornton".
const BUSINESS_NOUNS: &[&str] = &[
    "group",
    "maker",
    "makers",
    "firm",
    "company",
    "auditors",
    "auditor",
    "carmaker",
    "retailer",
    "insurer",
    "reinsurer",
    "carrier",
    "brewer",
    "airline",
    "chain",
    "supermarket",
    "conglomerate",
    "manufacturer",
    "distributor",
    "broker",
    "brokerage",
    "lender",
    "bookmaker",
    "chipmaker",
    "drugmaker",
    "broadcaster",
];

/// Whether the name starting at `start` follows a business's noun in lower case ("crane maker
/// Huisman Itrec"; not "maker of …").
fn after_business_noun(text: &str, start: usize) -> bool {
    word_before(&text[..start]).is_some_and(|w| {
        // (A whole word: not "film-maker Spike Lee".)
        let at = start - 1 - w.len();
        BUSINESS_NOUNS.contains(&w) && !text[..at].ends_with(['-', '\u{2010}'])
    })
}

/// Whether the business's noun before `start` follows its trade ("drugs group", "US
/// manufacturer"), not an article, a possessive or another determiner ("the firm Tom Hale
/// founded", "its new company") nor a verb or a preposition ("was insurer Thierry Dehaan"); and
/// is no noun a person's trade may be ("wine maker Robert
/// Mondavi", "fellow broadcaster Michael Pointon", "brewer Alan Bond").
fn after_trade(text: &str, start: usize) -> bool {
    let mut before = text[..start].split_whitespace().rev();
    let person_trade = before.next().is_some_and(|noun| {
        matches!(
            noun,
            "maker" | "makers" | "brewer" | "distributor" | "broadcaster" | "broker" | "auditor"
        )
    });
    !person_trade
        && before.next().is_some_and(|trade| {
            trade.chars().all(|c| c.is_alphabetic() || c == '-')
                && !matches!(
                    crate::text::lowercase(trade).as_ref(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "my"
                        | "your"
                        | "this"
                        | "that"
                        | "whose"
                        | "which"
                        | "new"
                        | "former"
                        | "own"
                        | "same"
                        | "one"
                        | "every"
                        | "each"
                        | "any"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "be"
                        | "been"
                        | "became"
                        | "as"
                        | "and"
                        | "or"
                        | "of"
                        | "for"
                        | "with"
                        | "by"
                        | "to"
                )
        })
}

/// Whether the name at `span` opens a quotation of capitalised words alone: the title of a
/// work, not a person ("the ad, entitled “Nuestra Historia (Our History),”").
pub(super) fn quoted_title(text: &str, span: Span) -> bool {
    if !text[..span.start].ends_with(['"', '\u{201c}']) {
        return false;
    }
    let rest = &text[span.start..];
    let Some(close) = rest.find(['"', '\u{201d}', '\n']).filter(|&c| c < 160) else {
        return false;
    };
    if !rest[close..].starts_with(['"', '\u{201d}']) {
        return false;
    }
    rest[..close]
        .split_whitespace()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// The capitalised names after "director general of", "chairman of", "founder of", "head
/// at" …: organisations, which the article says someone heads or runs. (Not after "manager
/// of", which may be a singer's; a name before a noun is an attribute: "members of the Reagan
/// administration", "head of the Ann Whitby campaign".)
pub(super) fn organisations_headed(text: &str) -> Vec<&str> {
    static HEADED: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"\b(?:chairman|chairwoman|chair|director|general|executive|founder|head|boss|president|spokesman|spokeswoman|member|members|leader|officer)\s+(?:of|at)\s+(?:the\s+)?([A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*)",
        )
        .expect("a valid pattern")
    });
    HEADED
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        // Not a name before a noun ("members of the Reagan administration").
        .filter(|m| {
            let mut after = text[m.end()..].chars();
            !(after.next() == Some(' ') && after.next().is_some_and(char::is_lowercase))
        })
        .map(|m| m.as_str().trim_end_matches(['.', '\'', '’']))
        .collect()
}

/// Companies' legal forms, in lower case: "Inc", "Plc", "A/S", "SpA".
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "cos",
    "plc",
    "ltd",
    "llc",
    "gmbh",
    "sa",
    "ag",
    "nv",
    "bv",
    "a/s",
    "asa",
    "ab",
    "oyj",
    "spa",
    "bhd",
    "pty",
];

/// Whether a company's legal form follows the name at `span` on its line: "Holly Sugar Corp",
/// "Novo Industri A/S", "Jardine Matheson and Co" (not a word that may end other names too:
/// "the Muhammad Ali Center", "The Catherine Tate Show").
pub(super) fn before_legal_form(text: &str, span: Span) -> bool {
    let rest = &text[span.end..];
    // (The next words only, on the same line: a text of one long line stays linear.)
    let rest = &rest[..crate::text::floor_char_boundary(rest, 40)];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let mut words = line.split_whitespace();
    let form = |w: Option<&str>| {
        w.is_some_and(|w| {
            let bare = w.trim_end_matches([',', '.', ';', ':', ')', '>']);
            bare.starts_with(char::is_uppercase)
                && LEGAL_FORMS.contains(&bare.trim_end_matches('.').to_lowercase().as_str())
        })
    };
    rest.starts_with(' ')
        && match words.next() {
            Some("and" | "&") => form(words.next()),
            w => form(w),
        }
}

/// Whether the words right after the name at `span` make it the head of an organisation's
/// name: one that ends or heads organisations' names ("Abbott Laboratories Inc", "Scientific
/// Micro Systems"), or "and" (or "&") and one or two capitalised words that end in a
/// company's ("Harris Trust and Savings Bank", "Robert C. Brown and Co"; not "Emily Hale and
/// Nathalie Press"). Only white space may stand between, with one line break at most. With
/// `wrapped` (for the tagger's names, which may end where a line cuts a company's name: "Guy
/// F." / "Atkinson Co"), also one or two capitalised words on the next line, then such a word.
pub(super) fn heads_organisation(text: &str, span: Span, wrapped: bool) -> bool {
    let g = gazetteer();
    let rest = &text[span.end..];
    let gap = rest.len() - rest.trim_start().len();
    if gap == 0 || rest[..gap].matches('\n').count() > 1 {
        return false;
    }
    // (A bank, a group or a firm's partners end companies' names too.)
    const OTHER_ENDS: &[&str] = &[
        "group",
        "bank",
        "associates",
        "partners",
        "sons",
        "brothers",
        "bros",
        "trust",
        "securities",
    ];
    // A word without the marks after it: "Co>", "Associates'".
    fn bare(w: &str) -> &str {
        w.trim_end_matches([',', '.', ';', ':', ')', '>'])
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches(['\'', '’'])
    }
    let company_end = |w: &str| {
        let w = bare(w).to_lowercase();
        LEGAL_FORMS.contains(&w.as_str()) || OTHER_ENDS.contains(&w.as_str())
    };
    // A word in capitals only as a company's ending ("PLC"): "Evelyn Hale" / "UNITED
    // NATIONS" is a byline and a dateline.
    let org = |w: &str| {
        let w = bare(w);
        if !w.chars().any(char::is_lowercase) {
            return w.len() > 1 && company_end(&w);
        }
        w.starts_with(char::is_uppercase)
            && (g.is_org_word(&w.to_lowercase()) || NOT_NAME_WORDS.contains(w))
    };
    let mut words = rest.split_whitespace();
    match words.next() {
        // "and" + one or two capitalised words, ending in a company's and not repeating the
        // name ("Jerome Hale and Hale Partners" are two).
        Some("and" | "&") => {
            let run: Vec<&str> = words
                .take(3)
                .take_while(|w| w.starts_with(char::is_uppercase) && !w.contains(['\'', '’']))
                .collect();
            let name = span.of(text);
            run.len() <= 2
                && !run.iter().any(|w| name.split_whitespace().any(|n| n == *w))
                && run.last().is_some_and(|w| company_end(w))
        }
        // With `wrapped` (the tagger's names, which may end with a line in the middle of a
        // company's: "Guy F." / "Atkinson Co"): one or two capitalised words on the next line
        // and a company's.
        Some(w) if wrapped && !org(w) && rest[..gap].contains('\n') => {
            let run: Vec<&str> = std::iter::once(w)
                .chain(words.take(2))
                .take_while(|w| w.starts_with(char::is_uppercase))
                .collect();
            run.len() >= 2 && run[1..].iter().any(|w| org(w))
        }
        Some(w) => org(w),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name after "the" and one space is a thing's or a group's.
    #[test]
    fn after_business_noun_table() {
        for (text, start, expected) in [
            ("the household products group Reckitt Benckiser", 29, true),
            ("specialist crane maker Huisman Itrec", 23, true),
            ("It has also gone after auditors Grant Thornton.", 32, true),
            ("said group chairman Tom Hale", 20, false),
            ("the film-maker Tom Hale", 14, false),
            ("said Tom Hale", 5, false),
        ] {
            assert_eq!(after_business_noun(text, start), expected, "{text}");
        }
    }

    /// A name after a business's noun is the business's everywhere, and one that opens with
    /// a first name only after a trade: (text, name, is a thing).
    #[test]
    fn names_after_business_nouns_table() {
        for (text, name, expected) in [
            (
                "Shares in US drugs group Eli Lilly rose. Eli Lilly said so.",
                "Eli Lilly",
                true,
            ),
            ("Mortgage firm Freddie Mac rose.", "Freddie Mac", true),
            ("Crane maker Huisman Itrec grew.", "Huisman Itrec", true),
            ("The firm Tom Hale founded grew.", "Tom Hale", false),
            ("Its new company Tom Hale runs grew.", "Tom Hale", false),
            ("Publisher Robert Maxwell said so.", "Robert Maxwell", false),
            (
                "Wine maker Robert Mondavi was sold.",
                "Robert Mondavi",
                false,
            ),
            ("Record company boss Tom Hale quit.", "Tom Hale", false),
            (
                "The other was insurer Thierry Dehaan.",
                "Thierry Dehaan",
                false,
            ),
        ] {
            let unintroduced: HashSet<&str> = [name].into_iter().collect();
            let things = named_as_things(text, &unintroduced);
            assert_eq!(things.contains(name), expected, "{text}");
        }
    }

    #[test]
    fn after_the_table() {
        for (text, start, expected) in [
            ("use of the Royal Prerogative", 11, true),
            ("The Pied Piper left", 4, true),
            ("said Tom Hale", 5, false),
            ("bathe Tom Hale", 6, false),
            ("the  Tom Hale", 5, false),
            ("Tom Hale", 0, false),
        ] {
            assert_eq!(after_the(text, start), expected, "{text}");
        }
    }

    /// A name that opens a quotation of capitalised words alone is a work's title.
    #[test]
    fn quoted_title_table() {
        for (text, name, expected) in [
            (
                "The ad, entitled “Nuestra Historia (Our History),” ran.",
                "Nuestra Historia",
                true,
            ),
            (
                "He sang \"Maria Callas Blues\" twice.",
                "Maria Callas",
                true,
            ),
            ("“Dana Kell is wrong,” he said.", "Dana Kell", false),
            ("He met Dana Kell “at noon.”", "Dana Kell", false),
        ] {
            let start = text.find(name).expect("the name is in the text");
            let span = Span::new(start, start + name.len());
            assert_eq!(quoted_title(text, span), expected, "{text}");
        }
    }

    /// Names that head an organisation's name are no one's; the same names alone are.
    #[test]
    fn heads_organisation_table() {
        for (text, expected) in [
            ("Shares of Harold Benz Systems Inc rose.", true),
            ("A unit of Kevin Lowe Trust and Savings Bank said so.", true),
            ("A unit of Kevin Lowe & Sons Group said so.", true),
            ("A unit of Kevin Lowe Partners\nLtd said so.", true),
            ("Kevin Lowe and Harold Benz met.", false),
            ("Kevin Lowe and Harold Press were named.", false),
            ("Kevin Lowe and Harold Benz's Channel 4 show.", false),
            ("Harold Benz and Co said so.", true),
            ("Shares of Harold Benz\nAssociates' review rose.", true),
            ("Shares of Harold B.\nBenz Co rose.", true),
            ("Shares of <Harold B.\nBenz Co> rose.", true),
            ("Shares of Harold B. Benz Co rose.", false),
            ("Talks with Harold Benz\nMonday were cut short.", false),
            ("Shares of Harold Benz Group PLC rose.", true),
            ("Shares of Harold Benz PLC rose.", true),
            (
                "By Kevin Lowe\nUNITED NATIONS, May 3 - The council met.",
                false,
            ),
            ("Harold Benz and Benz Partners said so.", false),
            (
                "Harold Benz and Deputy Central Bank Governor Ann Lyle met.",
                false,
            ),
            ("Harold Benz and Dominion Textiles Inc agreed.", false),
            ("Kevin Lowe, Group chairman, spoke.", false),
            ("Kevin Lowe said so.", false),
            ("A unit of Kevin Lowe\n\nGroup results rose.", false),
        ] {
            let start = text.find(['H', 'K']).unwrap();
            let end = start + text[start..].find(' ').unwrap();
            let end = end + 1 + text[end + 1..].find([' ', ',', '\n']).unwrap();
            assert_eq!(
                heads_organisation(text, Span::new(start, end), true),
                expected,
                "{text}"
            );
        }
        // A line that goes on with a company's is one only for the tagger's names.
        let text = "Peter Hale\nBritish Steel chairman, spoke.";
        assert!(heads_organisation(text, Span::new(0, 10), true));
        assert!(!heads_organisation(text, Span::new(0, 10), false));
    }
}
