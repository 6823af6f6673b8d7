//! The words of people's names and of what stands around them: particles ("von der"),
//! words that open or end no name, verbs and pronouns of a headline in title case, person
//! nouns ("spokeswoman"), job words, party members' nouns, and whether a line is in title
//! case. [`super::people`] reads runs of capitalised words with them.

use crate::gazetteer::gazetteer;

/// Particles that may stand inside a name ("Ursula von der Leyen", "Osama bin Laden").
pub(crate) const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "der", "di", "du", "van", "von", "bin", "ibn", "al", "el", "la",
    "le", "dos", "das", "ter", "ten", "den", "y",
];

/// Whether `word` is a particle of names, in any case ("de", "De", "van").
pub(crate) fn is_particle(word: &str) -> bool {
    PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Whether `word` is a particle joined by a hyphen to a capitalised name ("al-Kabariti",
/// "el-Sisi"), which stands inside a name as a capitalised word does.
pub(crate) fn particle_joined(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        PARTICLES.contains(&particle) && rest.starts_with(char::is_uppercase)
    })
}

/// Last words that make a run an organisation, a place or a thing rather than a person.
pub(crate) static NOT_NAME_WORDS: crate::text::WordSet = crate::text::WordSet::new(&[
    "Secretary",
    "Minister",
    "News",
    "Images",
    "Image",
    "Photo",
    "Photos",
    "Post",
    "Mail",
    // Storms: "Hurricane Ivan".
    "Hurricane",
    "Typhoon",
    "Cyclone",
    "Times",
    "Journal",
    "Social",
    "Media",
    "Party",
    "Street",
    "Road",
    "Avenue",
    "Square",
    "University",
    "College",
    "School",
    "Institute",
    "Foundation",
    "Group",
    "Company",
    "Corp",
    "Inc",
    "Ltd",
    "Bank",
    "Fund",
    "Council",
    "Committee",
    "Commission",
    "Department",
    "Ministry",
    "Office",
    "Agency",
    "Service",
    "Services",
    "Network",
    "Association",
    // Believers ("Roman Catholics").
    "Catholics",
    "Protestants",
    "Anglicans",
    "Christians",
    "Muslims",
    "Jews",
    "Union",
    "Federation",
    "League",
    "Club",
    "Cup",
    "Championship",
    "Airlines",
    "Airways",
    "Motors",
    "Press",
    "Report",
    "Review",
    "Magazine",
    "Television",
    "Radio",
    "TV",
    "Channel",
    "Online",
    "Centre",
    "Center",
    "Hospital",
    "Church",
    "Court",
    "House",
    "Hall",
    "Palace",
    "Park",
    "Stadium",
    "Airport",
    "Station",
    "Bridge",
    "River",
    "Lake",
    "Mountain",
    "Island",
    "Islands",
    "Valley",
    "County",
    "City",
    "State",
    "States",
    "Province",
    "Republic",
    "Kingdom",
    "Empire",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Police",
    "Guard",
    "Council",
    "Senate",
    "Congress",
    "Parliament",
    "Assembly",
    "Government",
    "Administration",
    "Campaign",
    "Program",
    "Programme",
    "Project",
    "Act",
    "Bill",
    "Treaty",
    "Agreement",
    "Accord",
    "Accords",
    "Convention",
    "Plan",
    "Doctrine",
    "Initiative",
    "Scheme",
    "Inquiry",
    "Summit",
    "Conference",
    "Lecture",
    "Memorial",
    "Trust",
    "Day",
    "Week",
    "Year",
    "Games",
    "Award",
    "Awards",
    "Prize",
    "Festival",
    "Show",
    "Series",
    "Museum",
    "Gallery",
    "Theatre",
    "Theater",
    "Hotel",
    "Restaurant",
    "Market",
    "Exchange",
    "Index",
    "Capital",
    "Partners",
    "Holdings",
    "Technologies",
    "Systems",
    "Software",
    "Energy",
    "Oil",
    "Gas",
    "Power",
    "Group",
    "Brothers",
    "Records",
    "Pictures",
    "Studios",
    "Entertainment",
    "Sports",
    "Football",
    "Rugby",
    "Universe",
    "World",
]);

/// A person's relatives, whose nouns introduce a name: "his wife Ffion", "her son Jack".
pub(crate) const RELATIVES: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "widow",
    "fiancee",
    "fiancée",
    "fiance",
    "girlfriend",
    "boyfriend",
];

/// Words that are never part of a name (sentence openers and adverbs, numbers, "Shadow" of a
/// shadow minister's title), besides the days and months ([`never_name`]).
pub(crate) static NEVER_NAME: crate::text::WordSet = crate::text::WordSet::new(&[
    "Shadow",
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Although",
    "Though",
    "Because",
    "Under",
    "Despite",
    "Like",
    "Unlike",
    "With",
    "Without",
    "For",
    "From",
    "Of",
    "To",
    "By",
    "As",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "This",
    "That",
    "These",
    "Those",
    "Now",
    "Then",
    "Only",
    "Back",
    "Here",
    "There",
    "Personally",
    "Meanwhile",
    "However",
    "Yesterday",
    "Today",
    "Tomorrow",
    "Last",
    "Next",
    "Former",
    // Quantifiers opening a sentence: "Both Blocher and the party complained".
    "Both",
    "Either",
    "Neither",
    "Each",
    "Every",
    "Several",
    // Sentence adverbs and conjunctions: "Perhaps Robinson's side …", "Besides Baker, …",
    // "Yet Woodard told Reuters".
    "Perhaps",
    "Besides",
    "Indeed",
    "Instead",
    "Moreover",
    "Furthermore",
    "Nevertheless",
    "Nonetheless",
    "Yet",
    "Overall",
    "Finally",
    "Separately",
    "Additionally",
    "Eventually",
    "Ultimately",
    "Apparently",
    "Clearly",
    "Obviously",
    "Unfortunately",
    "Fortunately",
    "Surprisingly",
    "Similarly",
    "Likewise",
    "Otherwise",
    "Thus",
    "Hence",
    "Therefore",
    // "Even Corey Lewandowski, the campaign manager, …", "Also Ann Lee …".
    "Even",
    "Also",
    "Still",
    "Already",
    "Recently",
    "Earlier",
    "Later",
    "Again",
    "Especially",
    "Including",
    "Among",
    // Numbers: "told Five Live".
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Eleven",
    "Twelve",
    "Twenty",
    "Hundred",
    "Thousand",
]);

/// Words a title-case line writes with a capital that make a clause, not a name of anyone or
/// anything: verbs, adverbs and personal pronouns of a headline or a song's title ("Bernie
/// Sanders Just Got Asked", "I Can't Stop Loving You"). Not words that are also names ("Will",
/// "Said", "Does", "Have", "May"), nor "He" (a surname too: "Agriculture Minister He Kang"),
/// which opens no name ([`never_name`]).
pub(crate) static CLAUSE_WORDS: crate::text::WordSet = crate::text::WordSet::new(&[
    "Is",
    "Isn't",
    "Isn’t",
    "Are",
    "Aren't",
    "Aren’t",
    "Was",
    "Wasn't",
    "Wasn’t",
    "Were",
    "Be",
    "Been",
    "Being",
    "Has",
    "Hasn't",
    "Hasn’t",
    "Had",
    "Did",
    "Got",
    "Gets",
    "Get",
    "Gonna",
    "Just",
    "Also",
    "Not",
    "Never",
    "Ever",
    "Again",
    "Still",
    "Says",
    "Can't",
    "Can’t",
    "Don't",
    "Don’t",
    "Doesn't",
    "Doesn’t",
    "Didn't",
    "Didn’t",
    "Won't",
    "Won’t",
    "Would",
    "Could",
    "Should",
    "You",
    "You're",
    "You’re",
    "Me",
    "We",
    "They",
    "It",
    "It's",
    "It’s",
    "She",
    "Him",
    "I'm",
    "I’m",
    "I've",
    "I’ve",
    "I'll",
    "I’ll",
    "I'd",
    "I’d",
]);

/// Words in title case that a club's, a work's or a company's name may hold but a person's
/// does not: possessives, prepositions, question words ("League Against Cruel Sports", "Stars
/// In Their Eyes", "Doctor Who"). Not "Than" nor "My", which are names too ("Hla Than").
pub(crate) static NOT_IN_PERSON_NAMES: crate::text::WordSet = crate::text::WordSet::new(&[
    "Your", "Our", "Their", "His", "Its", "About", "With", "Into", "Against", "Who", "What", "Why",
    "How",
]);

/// Whether `word` is one of [`CLAUSE_WORDS`]: in title case, a verb, adverb or pronoun that no
/// name holds.
///
/// ```
/// use newsgraph::extract::name_words::clause_word;
/// assert!(clause_word("Just"));
/// assert!(clause_word("I’ve"));
/// assert!(!clause_word("Will"));
/// assert!(!clause_word("Against"));
/// ```
pub fn clause_word(word: &str) -> bool {
    CLAUSE_WORDS.contains(word)
}

/// Whether `word`, in title case, is no part of a person's name: a [`clause_word`], or a
/// possessive, preposition or question word ("Loving You", "Paul Ryan Thinks About").
///
/// ```
/// use newsgraph::extract::name_words::not_in_person_name;
/// assert!(not_in_person_name("You"));
/// assert!(not_in_person_name("About"));
/// assert!(!not_in_person_name("Ryan"));
/// ```
pub fn not_in_person_name(word: &str) -> bool {
    CLAUSE_WORDS.contains(word) || NOT_IN_PERSON_NAMES.contains(word)
}

/// Whether `word` is never part of a name ("While", "Like", "Monday"): it opens a sentence or
/// stands before one.
pub(crate) fn never_name(word: &str) -> bool {
    NEVER_NAME.contains(word)
        || crate::text::WEEKDAYS.contains(&word)
        || word != "May" && crate::text::MONTHS.contains(&word)
}

/// Whether `word` is a compound that describes someone before their name, in title case only
/// because it opens a sentence or a name's run: a capitalised word joined to a lower-case one
/// ("Oscar-winner", "Bafta-nominated", "London-born"). Not a title ("Vice-president") nor an
/// "ex-" one ("Ex-chancellor"), which introduce the name.
pub(crate) fn descriptor(word: &str) -> bool {
    let Some((head, rest)) = word.split_once(['-', '\u{2011}']) else {
        return false;
    };
    let g = gazetteer();
    head.starts_with(char::is_uppercase)
        && rest.starts_with(char::is_lowercase)
        && !head.eq_ignore_ascii_case("ex")
        && g.title(rest).is_none()
        && g.title(word).is_none()
}

/// Whether `word` is the noun of a party's members ("Republican", "Tories").
pub(crate) fn party_member(word: &str) -> bool {
    PARTY_MEMBERS.contains(&word)
}

/// Whether `word` is words run together, as a web page's buttons and bylines come out of its
/// text ("CarterFlagShareLikeReplySara"): a capital after a small letter three times or more
/// (names have one or two: "McDonald", "DiCaprio", "MacArthur-DeLong").
pub(crate) fn glued(word: &str) -> bool {
    let mut joins = 0;
    let mut previous_small = false;
    for c in word.chars() {
        if c.is_uppercase() && previous_small {
            joins += 1;
        }
        previous_small = c.is_lowercase();
    }
    joins >= 3
}

/// Whether `word` names or narrows a job ("Executive", "Director", "General", "Secretary"):
/// a name of such words alone is none ("Chief Executive", "Operating Officer").
pub(crate) fn job_word(word: &str) -> bool {
    let l = crate::text::lowercase(word);
    PERSON_NOUNS.contains(l.as_ref())
        || JOB_MODIFIERS.contains(&l.as_ref())
        || gazetteer().title(word).is_some()
}

/// The nouns of a party's members: a run of capitalised words ending in one is a description,
/// no name ("a North Carolina Republican who …" is no "Carolina Republican").
pub(crate) const PARTY_MEMBERS: &[&str] = &[
    "Republican",
    "Republicans",
    "Democrat",
    "Democrats",
    "Tory",
    "Tories",
    "Conservative",
    "Conservatives",
    "Socialist",
    "Socialists",
    "Unionist",
    "Unionists",
];

/// Words that rank or narrow a job before its noun ("Chief Executive", "Managing Director").
pub(crate) const JOB_MODIFIERS: &[&str] = &[
    "chief",
    "senior",
    "managing",
    "deputy",
    "vice",
    "general",
    "finance",
    "financial",
    "operating",
    "executive",
];

/// Players' positions that are common words or surnames too, so no person nouns: they open a
/// name's run only in title case before a name of two words or more ("Wing Jimmy Marlu", not
/// "Mr Lock").
pub(crate) const POSITIONS: &[&str] = &["Wing", "Centre", "Prop", "Lock", "Hooker"];

/// Lower-case words that, right before a capitalised run, say it names a person
/// ("spokeswoman Melezia Figueroa", "pollster Pat Caddell").
pub(crate) static PERSON_NOUNS: crate::text::WordSet = crate::text::WordSet::new(&[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "pollster",
    "host",
    "aide",
    "adviser",
    "advisor",
    "lawyer",
    "attorney",
    "chairman",
    "chairwoman",
    "director",
    "professor",
    "analyst",
    "author",
    "candidate",
    "nominee",
    "strategist",
    "economist",
    "official",
    "officer",
    "coach",
    "manager",
    "striker",
    "captain",
    "executive",
    "founder",
    "actor",
    "actress",
    "singer",
    "rapper",
    "activist",
    "colleague",
    "counsel",
    "correspondent",
    "reporter",
    "columnist",
    "editor",
    "commentator",
    "chief",
    "deputy",
    "minister",
    "secretary",
    "governor",
    "senator",
    "congressman",
    "congresswoman",
    "mayor",
    "judge",
    "leader",
    "president",
    "premier",
    "chancellor",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "friend",
    "player",
    "midfielder",
    "defender",
    "goalkeeper",
    "forward",
    "batsman",
    "bowler",
    "champion",
    "rival",
    "opponent",
    "veteran",
    "boss",
    "researcher",
    "scientist",
    "historian",
    "writer",
    "journalist",
    "anchor",
    "moderator",
    "pastor",
    "priest",
    "bishop",
    "rabbi",
    "imam",
    "general",
    "colonel",
    "sergeant",
    "lieutenant",
    "commander",
    "agent",
    "detective",
    "prosecutor",
    "investor",
    "banker",
    "trader",
    "entrepreneur",
    "businessman",
    "businesswoman",
    "billionaire",
    "star",
    "comedian",
    "musician",
    "artist",
    "producer",
    "novelist",
    "poet",
    "mp",
    "chair",
    "consultant",
    "organizer",
    "organiser",
    "supporter",
    "voter",
    "resident",
    "student",
    "runner",
    "cyclist",
    "driver",
    "jockey",
    "trainer",
    "skipper",
    "winger",
    "keeper",
    "flanker",
    "fly-half",
    "scrum-half",
    "full-back",
    "fullback",
    "wicketkeeper",
    "hurdler",
    "teammate",
    "accountant",
    "farmer",
    "teacher",
    "doctor",
    "nurse",
    "engineer",
    "pilot",
    "diplomat",
    "envoy",
    "negotiator",
    "lawmaker",
    "legislator",
    "physician",
    "surgeon",
    "lecturer",
    "broker",
    "dealer",
    "treasurer",
    "campaigner",
    "pitcher",
    "outfielder",
    "shortstop",
    "quarterback",
    "opener",
    "sprinter",
    "golfer",
    "swimmer",
    "boxer",
    "referee",
    "umpire",
    // Nationalities as nouns: "Briton Graeme Obree".
    "briton",
    "dane",
    "swede",
    "spaniard",
    "frenchman",
    "englishman",
    "welshman",
    "irishman",
    "scotsman",
    "dutchman",
]);

/// Whether `word`, the last of a name no honorific introduces, makes it an organisation's: a
/// word that ends organisations' names ("Westin Hotels", "De Havilland Aircraft Co"), but not
/// one that is also a common surname ("David Steel", "Frank Church").
pub(crate) fn company_word(word: &str) -> bool {
    const SURNAMES: &[&str] = &[
        "steel",
        "church",
        "court",
        "post",
        "press",
        "city",
        "capital",
        "times",
        "energy",
        "union",
        "league",
        "records",
        "united",
        "international",
    ];
    let lower = word.trim_end_matches('.').to_lowercase();
    (gazetteer().is_org_word(&lower) || matches!(lower.as_str(), "hotels" | "spa" | "l.p"))
        && !SURNAMES.contains(&lower.as_str())
}

/// Words that open the names of places and things in Spanish, Italian or Arabic ("La Paz",
/// "San Diego", "Santa Fe", "El Paso", "Sidi Bouzid"), which the first-name lists hold too:
/// before one word alone they name no person ("Aung San Suu Kyi" is someone).
pub(crate) fn place_article(word: &str) -> bool {
    matches!(word, "La" | "Las" | "Los" | "El" | "San" | "Santa" | "Sidi")
}

/// Whether the word is a capital letter alone, as a middle initial without its full stop ("W"
/// in "George W Bush"); not "A" or "I", which are words.
pub(crate) fn is_bare_initial(t: &str) -> bool {
    t.len() == 1 && t.starts_with(|c: char| c.is_ascii_uppercase()) && !matches!(t, "A" | "I")
}

/// Whether the word is an initial: "M." or "J.".
pub(crate) fn is_initial(t: &str) -> bool {
    t.len() == 2 && t.ends_with('.') && t.starts_with(|c: char| c.is_uppercase())
}

/// Whether `line` is written in title case, as a headline is: five words or more, every word
/// of four letters or more capitalised, and a short function word capitalised after the
/// first ("Ted Cruz Apologizes To Ben Carson For Telling Supporters"); not a sentence, nor a
/// list of names ("Holmes (Ealing), Sotherton (Birchfield)"), nor a line in capitals.
///
/// ```
/// use newsgraph::extract::name_words::title_case_line;
/// assert!(title_case_line("Marco Rubio Responds To Question About Minimum Wage"));
/// assert!(!title_case_line("Marco Rubio responded to a question about the minimum wage."));
/// assert!(!title_case_line("Kelly Holmes (Ealing), Kelly Sotherton (Birchfield)"));
/// assert!(!title_case_line("RUBIO RESPONDS TO QUESTION ABOUT WAGES"));
/// assert!(!title_case_line("of Richard A. Trydahl, Samuel Mineo and Charles E. Flink and"));
/// ```
pub fn title_case_line(line: &str) -> bool {
    title_case_words(line).is_some_and(|(count, joined)| count >= 5 && joined)
}

/// Whether the first line of an article, a paragraph of its own, is written in title case:
/// four words or more, every word of four letters or more capitalised. A title ends with a
/// full stop in some sources ("Hillary Clinton Wins Missouri Democratic Primary.") and needs
/// no function word, as its place tells it from a list of names.
///
/// ```
/// use newsgraph::extract::name_words::title_case_title;
/// assert!(title_case_title("Hillary Clinton Wins Missouri Democratic Primary."));
/// assert!(!title_case_title("Hillary Clinton wins the Missouri primary."));
/// assert!(!title_case_title("Clinton Wins Missouri."));
/// assert!(!title_case_title("CLINTON WINS MISSOURI DEMOCRATIC PRIMARY"));
/// ```
pub fn title_case_title(line: &str) -> bool {
    title_case_words(line).is_some_and(|(count, _)| count >= 4)
}

/// The number of words of `line` and whether a short function word is capitalised after the
/// first, when every word of four letters or more is capitalised; `None` otherwise.
fn title_case_words(line: &str) -> Option<(usize, bool)> {
    // Words without the punctuation around them, but for an initial's full stop ("A.").
    // (Read word by word: a line of prose fails at its first long word in lower case.)
    let words = line
        .split_whitespace()
        .map(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.')
        })
        .filter(|w| w.starts_with(char::is_alphabetic));
    let (mut count, mut joined) = (0, false);
    for w in words {
        if w.chars().count() >= 4
            && !(w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
        {
            return None;
        }
        joined |= count > 0
            && matches!(
                w,
                "To" | "For"
                    | "Of"
                    | "In"
                    | "On"
                    | "At"
                    | "By"
                    | "And"
                    | "The"
                    | "A"
                    | "Is"
                    | "Are"
            );
        count += 1;
    }
    Some((count, joined))
}

/// Lower-case nouns after a name that make it a place's: "Victoria station".
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "station",
    "airport",
    "prison",
    "hospital",
    "road",
    "street",
    "bridge",
    "estate",
    "stadium",
    "barracks",
    "cathedral",
];
