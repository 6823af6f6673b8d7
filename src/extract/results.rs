//! People named in sports results: goal scorers listed with the minutes of their goals, and
//! the players of cricket scorecards.
//!
//! News agencies file football results as lines of scores with the scorers in brackets,
//! each with the minute of the goal: "Ajax 3 (Litmanen 12th, De Boer 40th pen) PSV 1 (Nilis
//! 63rd)". The scorers are people, named by their surnames alone, with nothing else to
//! introduce them: the minutes are what tells a scorer from a club.
//!
//! ```
//! use newsgraph::extract::results::scorers;
//! let text = "Ajax 3 (Litmanen 12th, De Boer 40th, 81st pen) PSV 1 (Nilis 63rd).";
//! let got: Vec<&str> = scorers(text).iter().map(|s| s.of(text)).collect();
//! assert_eq!(got, ["Litmanen", "De Boer", "Nilis"]);
//! ```

use crate::gazetteer::gazetteer;
use crate::segment::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A scorer in a bracketed list: after "(" or ", ", a name in title case (with particles such
/// as "van" or "de"), then one minute or more, each an ordinal with an optional "minute",
/// "penalty" or "pen", then "," or ")".
static SCORER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:\(|,\ )\s*
        (?P<name>
            \p{Lu}[\p{Ll}\p{Lu}'’.-]*
            (?:\ (?:\p{Lu}[\p{Ll}\p{Lu}'’.-]*|van|de|der|den|da|dos|do|di|el|al|la|le|ter|ten))*
        )
        (?:,?\ (?:and\ )?\d{1,3}(?:st|nd|rd|th)(?:\ (?:minute|min|penalty|pen|og|own\ goal))?)+
        \s*[,)]",
    )
    .expect("valid regex")
});

/// A line of a cricket scorecard: the batsman, how they were out ("c Cork b Croft", "lbw b
/// Croft", "st Foster b Croft", "c and b Croft", "run out", "not out") and the runs.
static BATTING: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{Ll}\p{Lu}'’.-]*(?:\ \p{Lu}[\p{Ll}\p{Lu}'’.-]*){0,2}";
    Regex::new(&format!(
        r"(?mx)
        ^(?P<bat>{name})\ 
        (?:
            (?:c\ (?P<catch>{name})\ |st\ (?P<stump>{name})\ |c\ and\ |lbw\ )?b\ (?P<bowl>{name})
            |run\ out|not\ out
        )
        \ \d{{1,3}}\s*$"
    ))
    .expect("valid regex")
});

/// Whether a results line's words can be a player's name: no country ("Brazil 2nd") and not
/// all in capitals, as teams are written ("USA 3rd").
fn player_name(words: &str) -> bool {
    let g = gazetteer();
    words.split(' ').all(|w| g.country_form(w).is_none()) && words.chars().any(char::is_lowercase)
}

/// The players a cricket scorecard names: batsmen, fielders and bowlers, in text order.
pub fn cricketers(text: &str) -> Vec<Span> {
    if !text.contains(" out ") && !text.contains(" b ") {
        return Vec::new();
    }
    let mut out: Vec<Span> = BATTING
        .captures_iter(text)
        .flat_map(|c| {
            ["bat", "catch", "stump", "bowl"]
                .into_iter()
                .filter_map(move |k| c.name(k))
                .map(|m| Span::new(m.start(), m.end()))
                .collect::<Vec<_>>()
        })
        .filter(|s| player_name(s.of(text)))
        .collect();
    out.sort_unstable();
    out
}

/// The scorers `text` lists with the minutes of their goals, in text order.
pub fn scorers(text: &str) -> Vec<Span> {
    if !text.contains('(') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = 0;
    // Items of one list share their commas: each match ends at the "," that starts the next.
    while let Some(c) = SCORER.captures_at(text, at) {
        let whole = c.get(0).expect("match");
        let name = c.name("name").expect("name group");
        at = whole.end() - 1;
        let inside_brackets = text[..name.start()]
            .rfind(['(', ')'])
            .is_some_and(|i| text[i..].starts_with('('));
        if inside_brackets && player_name(name.as_str()) {
            out.push(Span::new(name.start(), name.end()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cricketers_table() {
        for (text, expected) in [
            (
                "Rahim Qadri c Dawes b Pennock 61\nOlu Brant not out 12\nT. Gale lbw b Pennock 0",
                vec![
                    "Rahim Qadri",
                    "Dawes",
                    "Pennock",
                    "Olu Brant",
                    "T. Gale",
                    "Pennock",
                ],
            ),
            (
                "Ravi-ul-Din st Marr b Okoro 7",
                vec!["Ravi-ul-Din", "Marr", "Okoro"],
            ),
            // Not a scorecard line: words follow the runs, or there are no runs.
            ("Sales b Marketing 12 percent higher", vec![]),
            ("Smith was run out 4 times.", vec![]),
        ] {
            let got: Vec<&str> = cricketers(text).iter().map(|s| s.of(text)).collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn scorers_table() {
        for (text, expected) in [
            (
                "Feyenoord 3 (Sanchez 27th, Taument 44th, 57th) Volendam 0.",
                vec!["Sanchez", "Taument"],
            ),
            (
                "St Pauli 4 (Driller 15th, Springer 64th, Sobotzik 67th penalty) Bochum 4",
                vec!["Driller", "Springer", "Sobotzik"],
            ),
            (
                "Heerenveen 4\n(Korneev 15th, Van der Wouden 70th, 90th).",
                vec!["Korneev", "Van der Wouden"],
            ),
            ("Lens 1 (Smicer 52nd). Halftime 0-0.", vec!["Smicer"]),
            // Minutes outside a bracketed list name no scorer.
            ("He scored in the 85th minute, Smith 2nd.", vec![]),
            ("The club finished 3rd, Ajax 4th.", vec![]),
            // Nor a country or a club in capitals.
            ("(Brazil 2nd, USA 3rd)", vec![]),
        ] {
            let got: Vec<&str> = scorers(text).iter().map(|s| s.of(text)).collect();
            assert_eq!(got, expected, "{text}");
        }
    }
}
