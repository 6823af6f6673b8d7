//! Places named like people: streets, a town's parts and constituencies ("Bristol West",
//! "Manchester Gorton"), which the name rules and the tagger would otherwise read as a first
//! name and a surname.
//!
//! ```
//! use newsgraph::extract::places::in_place_list;
//! use newsgraph::segment::Span;
//! let text = "The marginals are Cardiff Central, Manchester Gorton and Perth.";
//! let at = text.find("Manchester").unwrap();
//! assert!(in_place_list(text, Span::new(at, at + "Manchester Gorton".len())));
//! let text = "Winners were Kanye West, Alicia Keys and Usher.";
//! let at = text.find("Alicia").unwrap();
//! assert!(!in_place_list(text, Span::new(at, at + "Alicia Keys".len())));
//! ```

use crate::gazetteer::gazetteer;
use crate::segment::Span;
use std::sync::LazyLock;

/// The words that end a town's part or a constituency's name ("Leeds North West").
const PARTS: &[&str] = &["North", "South", "East", "West", "Central"];

/// Whether `words` name a place: a street ("Downing St"), or a town's part or constituency
/// ("Bristol West", "Leeds North East") whose first word is no first name ("Fred West" is a
/// person).
pub fn place_shaped<S: AsRef<str>>(words: &[S]) -> bool {
    const STREETS: &[&str] = &["St", "St.", "Rd", "Rd.", "Ave", "Ave."];
    let last = words.last().map_or("", AsRef::as_ref);
    STREETS.contains(&last)
        || PARTS.contains(&last) && !gazetteer().is_first_name(words[0].as_ref())
}

/// Whether `words`, the name at `span`, name a town's part or constituency before a member's
/// letters: "Bolton West MP" is the member for Bolton West, whatever "Bolton" may be besides.
///
/// ```
/// use newsgraph::extract::places::seat_before_letters;
/// use newsgraph::segment::Span;
/// let text = "Ms Kelly, Bolton West MP, arrived.";
/// let words = ["Bolton".to_owned(), "West".to_owned()];
/// let at = text.find("Bolton").unwrap();
/// assert!(seat_before_letters(text, Span::new(at, at + 11), &words));
/// ```
pub fn seat_before_letters(text: &str, span: Span, words: &[String]) -> bool {
    let letters = text[span.end..].strip_prefix(' ').map(|rest| {
        rest.split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
    });
    words.len() > 1
        && words.last().is_some_and(|w| PARTS.contains(&w.as_str()))
        && matches!(letters, Some("MP" | "MSP" | "AM" | "MEP"))
}

/// Whether the name at `span` follows words that make it a seat: "entered Parliament for
/// Sheffield Brightside", "the MP for Bristol West", "the seat of Aberdeen South" (not a
/// possessive: "the seat of Tom Hale's rival").
///
/// ```
/// use newsgraph::extract::places::seat_after;
/// use newsgraph::segment::Span;
/// let text = "He entered Parliament for Sheffield Brightside in 1987.";
/// let at = text.find("Sheffield").unwrap();
/// assert!(seat_after(text, Span::new(at, at + "Sheffield Brightside".len())));
/// ```
pub fn seat_after(text: &str, span: Span) -> bool {
    static BEFORE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"\b(?:(?:MPs?|MSPs?|AMs?|MEPs?|Parliament|[Mm]ember|[Cc]andidate) for|(?:[Ss]eat|[Cc]onstituency) of)(?: the)? $",
        )
        .expect("a valid pattern")
    });
    let from = crate::text::floor_char_boundary(text, span.start.saturating_sub(40));
    BEFORE.is_match(&text[from..span.start]) && !text[span.end..].starts_with(['\'', '’'])
}

/// Whether the name at `span` is one item of a list that also holds a town's part or a
/// constituency of two words or more ([`place_shaped`]): "… are Bristol West, Cardiff Central,
/// Leeds North West, Manchester Gorton …" lists seats, not people, even where a seat's first
/// word is also a first name ("Bristol", "Aberdeen"). The list's items are runs of
/// capitalised words, apart by a comma or "and" (or "or"); it has three at least, and three on
/// either side are read.
pub fn in_place_list(text: &str, span: Span) -> bool {
    // A run of capitalised words ("Newcastle-upon-Tyne Central", "St Ives"), which a full
    // stop ends ("… featuring Lil Jon and Ludacris. Kanye West …").
    const ITEM: &str = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*";
    static NEXT: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(&format!(r"^(?:,? (?:and|or) |, )({ITEM})")).expect("a valid pattern")
    });
    static PREVIOUS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(&format!(r"(?:^|[^\w'’-])({ITEM})(?:,? (?:and|or) |, )$"))
            .expect("a valid pattern")
    });
    let place = |item: &str| {
        let words: Vec<&str> = item.split(' ').collect();
        words.len() > 1 && place_shaped(&words)
    };
    let mut items = Vec::new();
    let mut at = span.end;
    while items.len() < 3 {
        let Some(c) = NEXT.captures(&text[at..]) else {
            break;
        };
        let item = c.get(1).expect("a group");
        items.push(item.as_str());
        at += item.end();
    }
    let after = items.len();
    let mut at = span.start;
    while items.len() < after + 3 {
        // (The last 200 bytes are enough for three items and their commas.)
        let from = crate::text::floor_char_boundary(text, at.saturating_sub(200));
        let Some(c) = PREVIOUS.captures(&text[from..at]) else {
            break;
        };
        let item = c.get(1).expect("a group");
        items.push(item.as_str());
        at = from + item.start();
    }
    // A list of three at least: "… against Griqualand West, Eric Rush is favourite" is two
    // clauses.
    items.len() >= 2 && items.iter().any(|i| place(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seat_after_table() {
        // (text, the name, whether words before it make it a seat)
        let rows = [
            (
                "He entered Parliament for Sheffield Brightside in 1987.",
                "Sheffield Brightside",
                true,
            ),
            (
                "She is the Labour MP for Bristol West.",
                "Bristol West",
                true,
            ),
            (
                "The Tories hold the seat of Aberdeen South.",
                "Aberdeen South",
                true,
            ),
            (
                "He was the candidate for Tom Hale's old seat.",
                "Tom Hale",
                false,
            ),
            ("He voted for Tom Hale in the end.", "Tom Hale", false),
        ];
        for (text, name, want) in rows {
            let at = text.find(name).unwrap();
            assert_eq!(
                seat_after(text, Span::new(at, at + name.len())),
                want,
                "{text:?}"
            );
        }
    }

    #[test]
    fn in_place_list_table() {
        // (text, the name, whether it is one of a list of places)
        let rows = [
            // Constituencies, one of whose first words is a first name ("Bristol").
            (
                "The seats are Bristol West, Cardiff Central and Leeds North West.",
                "Bristol West",
                true,
            ),
            (
                "Targets include Oxford East, Manchester Gorton and Bath.",
                "Manchester Gorton",
                true,
            ),
            (
                "Targets include Manchester Gorton, Bath or Oxford East.",
                "Manchester Gorton",
                true,
            ),
            (
                "The marginals are Aberdeen South, Dumfriesshire, Dundee East and West.",
                "Aberdeen South",
                true,
            ),
            // People in a list with no place in it, nor one after a first name.
            (
                "Winners were Kanye West, Alicia Keys and Usher.",
                "Alicia Keys",
                false,
            ),
            (
                "Winners were Kanye West, Alicia Keys and Usher.",
                "Kanye West",
                false,
            ),
            (
                "He met Fred West and Rose West in Gloucester.",
                "Rose West",
                false,
            ),
            // A place alone, not in a list, is no list's.
            (
                "Peter Hain visited Leeds North West on Friday.",
                "Peter Hain",
                false,
            ),
            // A one-word item is no place by its shape ("and West" ends "Dundee East and West").
            (
                "She thanked Sam Hale and West, the agent.",
                "Sam Hale",
                false,
            ),
            // Two are no list: a clause may follow a place.
            (
                "They drew with Leeds North West, Tom Hale said.",
                "Tom Hale",
                false,
            ),
            // A full stop ends the list: "Usher. Kanye West" is no item.
            (
                "It features Lil Jon and Usher. Kanye West won.",
                "Lil Jon",
                false,
            ),
        ];
        for (text, name, want) in rows {
            let at = text.find(name).unwrap();
            let got = in_place_list(text, Span::new(at, at + name.len()));
            assert_eq!(got, want, "{text:?} / {name:?}");
        }
    }
}
