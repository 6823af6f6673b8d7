//! Bundled gazetteers: countries, office titles, first names and speech verbs.
//!
//! The data files in `src/gazetteer/data/` are compiled into the binary and parsed once, on
//! first use. Most are generated from `../shared/gazetteers` by `src/gazetteer/generate.py`;
//! each names its sources and licences in its header.
//!
//! ```
//! use newsgraph::gazetteer::{gazetteer, FormKind};
//! let g = gazetteer();
//! let (country, kind) = g.country_form("Ukrainian").unwrap();
//! assert_eq!((country.iso, kind), ("UA", FormKind::Demonym));
//! assert_eq!(g.country("GB").unwrap().name_with_article(), "the United Kingdom");
//! assert!(g.is_cue_verb("declared"));
//! assert!(g.is_first_name("Emmanuel"));
//! ```

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

const COUNTRIES: &str = include_str!("data/countries.tsv");
const FIRST_NAMES: &str = include_str!("data/first_names.txt");
const FIRST_NAMES_INTL: &str = include_str!("data/first_names_intl.txt");
const CUE_VERBS: &str = include_str!("data/cue_verbs.txt");
const ORG_WORDS: &str = include_str!("data/org_words.txt");
const TITLES: &str = include_str!("data/titles.tsv");
const HOLDERS: &str = include_str!("data/office_holders.tsv");
const WIKIDATA_PEOPLE: &str = include_str!("data/wikidata_people.tsv");

/// Country names and nationalities that are also common words, not matched when written in
/// capitals.
const AMBIGUOUS_IN_CAPITALS: &[&str] = &[
    "Chad", "Jordan", "Turkey", "Georgia", "Guinea", "Jersey", "Niger", "Oman", "Guernsey",
    "Wallis", "Victoria", "China", "Polish",
];

/// Phrases that contain a country word but name no country: they win over the shorter form
/// ("West Indian" is not "Indian").
const NOT_COUNTRIES: &[&str] = &[
    "West Indian",
    "West Indians",
    "West Indies",
    "Native American",
    "Native Americans",
    "American Indian",
    "American Indians",
    "Indian Ocean",
    "Latin America",
    "Latin American",
    "Latin Americans",
    "South America",
    "North America",
    "Central America",
    "South American",
    "North American",
    "Central American",
    "Arab American",
    "African American",
    "African Americans",
    "Asian American",
    "Asian Americans",
    "Mexican American",
    "New Mexico",
    "New England",
    "New Jersey",
    "New Guinea",
    "Guinea pig",
    "Turkey Point",
    "China Sea",
    "Georgia Tech",
];

/// Honorifics that may stand before a name ("Sir Keir Starmer", "Mr Brown").
pub const HONORIFICS: &[&str] = &[
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Dr",
    "Dr.",
    "Prof",
    "Prof.",
    "Professor",
    "Rev",
    "Rev.",
    "Baroness",
    "Baron",
];

/// A country of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, "UA".
    pub iso: &'static str,
    /// Wikidata QID, "Q212", or "" when unknown.
    pub wikidata: &'static str,
    /// Common English name, "Ukraine".
    pub name: &'static str,
    /// Whether the name is written with "the" ("the United Kingdom").
    pub with_article: bool,
}

impl Country {
    /// The name as it reads inside a sentence: "the United States", "Ukraine".
    pub fn name_with_article(&self) -> String {
        if self.with_article {
            format!("the {}", self.name)
        } else {
            self.name.to_owned()
        }
    }
}

/// How a country is referred to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormKind {
    /// "Ukraine", "U.S.", "Britain".
    Name,
    /// "Ukrainian", "Americans".
    Demonym,
    /// "Kyiv".
    Capital,
    /// A seat of government used for the state: "the Kremlin", "Downing Street".
    Seat,
}

/// The sex a first name suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sex {
    /// 90% or more of those given the name are male.
    Male,
    /// 90% or more are female.
    Female,
    /// Mixed or unknown.
    Unknown,
}

impl Sex {
    /// Male for female and female for male.
    pub fn opposite(self) -> Sex {
        match self {
            Sex::Male => Sex::Female,
            Sex::Female => Sex::Male,
            Sex::Unknown => Sex::Unknown,
        }
    }
}

/// The sex an honorific tells: "Mrs" female, "Sir" male, "Dr" nothing.
///
/// ```
/// use newsgraph::gazetteer::{honorific_sex, Sex};
/// assert_eq!(honorific_sex("Mrs."), Sex::Female);
/// assert_eq!(honorific_sex("Lord"), Sex::Male);
/// assert_eq!(honorific_sex("Dr"), Sex::Unknown);
/// ```
pub fn honorific_sex(h: &str) -> Sex {
    match h.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" | "Baron" => Sex::Male,
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Baroness" => Sex::Female,
        _ => Sex::Unknown,
    }
}

/// What kind of office a title names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TitleKind {
    /// President, Vice President.
    HeadOfState,
    /// Prime Minister, Chancellor.
    HeadOfGovernment,
    /// Ministers and secretaries.
    Minister,
    /// Ambassadors and envoys: they are sent *to* a country.
    Envoy,
    /// Senators, representatives.
    Legislator,
    /// Governors.
    Governor,
    /// Mayors.
    Mayor,
    /// Judges.
    Judge,
    /// Kings, queens.
    Royal,
    /// Ranks that introduce a name but are no public office: princes, princesses, sheikhs.
    Rank,
    /// Leaders of political parties ("Tory leader").
    PartyLeader,
    /// Other public officials (Auditor General, councillors).
    Official,
}

/// An office title recognised in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// The bare title in Title Case: "Prime Minister", "Shadow Home Secretary", "Tory Leader".
    pub role: String,
    /// What kind of office it is.
    pub kind: TitleKind,
    /// The country the title itself belongs to ("Home Secretary", "Tory Leader": GB), if any.
    pub country: Option<&'static str>,
}

/// A person the office-holder table names as holding a head-of-state or head-of-government post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// The country of the post.
    pub iso: &'static str,
    /// "President".
    pub role: &'static str,
    /// "Vladimir Putin".
    pub person: &'static str,
    /// The person's Wikidata QID.
    pub wikidata: &'static str,
}

/// What kind of post a row of the Wikidata people table gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WikidataPost {
    /// Head of state or government ("President", "Prime Minister").
    Head,
    /// A minister's post ("Minister of Foreign Affairs").
    Minister,
    /// An international post, of no country ("Secretary-General of the United Nations").
    International,
}

/// A person the bundled Wikidata tables name, with a post they hold or held: heads of state and
/// government, ministers and their predecessors, international posts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WikidataPerson {
    /// The country of the post, none for an international post.
    pub iso: Option<&'static str>,
    /// "President", "Minister of Foreign Affairs".
    pub post: &'static str,
    /// The kind of post.
    pub kind: WikidataPost,
    /// The person's Wikidata label ("Volodymyr Zelenskyy").
    pub name: &'static str,
    /// The person's QID.
    pub qid: &'static str,
    /// Other names the tables give the person.
    pub aliases: Vec<&'static str>,
}

/// The Wikidata people table, parsed on first use (only resolution across the corpus needs it).
///
/// ```
/// use newsgraph::gazetteer::wikidata_people;
/// let z = wikidata_people().iter().find(|p| p.qid == "Q3874799").unwrap();
/// assert_eq!((z.iso, z.post, z.name), (Some("UA"), "President", "Volodymyr Zelenskyy"));
/// ```
pub fn wikidata_people() -> &'static [WikidataPerson] {
    static P: LazyLock<Vec<WikidataPerson>> = LazyLock::new(|| {
        data_lines(WIKIDATA_PEOPLE)
            .filter_map(|l| {
                let c: Vec<&'static str> = l.split('\t').collect();
                Some(WikidataPerson {
                    iso: Some(*c.first()?).filter(|i| !i.is_empty()),
                    post: c.get(1)?,
                    name: c.get(2)?,
                    qid: c.get(3)?,
                    kind: match *c.get(4)? {
                        "head" => WikidataPost::Head,
                        "minister" => WikidataPost::Minister,
                        _ => WikidataPost::International,
                    },
                    aliases: c
                        .get(5)
                        .map(|a| a.split('|').filter(|a| !a.is_empty()).collect())
                        .unwrap_or_default(),
                })
            })
            .collect()
    });
    &P
}

/// All bundled gazetteers, parsed.
pub struct Gazetteer {
    countries: Vec<Country>,
    by_iso: HashMap<&'static str, usize>,
    forms: HashMap<&'static str, (usize, FormKind)>,
    form_list: Vec<(Cow<'static, str>, usize, FormKind)>,
    matcher: AhoCorasick,
    first_names: HashMap<&'static str, Sex>,
    cue_verbs: crate::text::QuickSet,
    org_words: FxHashSet<&'static str>,
    titles: HashMap<String, (&'static str, TitleKind, Option<&'static str>)>,
    departments: HashMap<String, Option<&'static str>>,
    parties: HashMap<String, &'static str>,
    max_title_words: usize,
    /// The last word of each title, lower-cased, and of each country form, as written: a
    /// phrase that ends with no such word is neither ([`Gazetteer::may_end_title`],
    /// [`Gazetteer::may_end_form`]).
    title_ends: FxHashSet<String>,
    form_ends: FxHashSet<&'static str>,
    holders: Vec<Holder>,
    /// The seats of government that are also the capital city ("Washington", of "Washington
    /// D.C."), as written.
    city_seats: FxHashSet<&'static str>,
}

/// The gazetteers, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);
    &G
}

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

impl Gazetteer {
    fn load() -> Self {
        let mut countries = Vec::new();
        let mut forms: HashMap<&'static str, (usize, FormKind)> = HashMap::default();
        let mut form_list = Vec::new();
        let mut city_seats = FxHashSet::default();
        for line in data_lines(COUNTRIES) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let idx = countries.len();
            let capitals = cols.get(6).copied().unwrap_or("");
            city_seats.extend(
                cols.get(7)
                    .copied()
                    .unwrap_or("")
                    .split('|')
                    .filter(|seat| {
                        !seat.is_empty()
                            && capitals.split('|').any(|c| {
                                c == *seat
                                    || c.strip_prefix(*seat).is_some_and(|r| r.starts_with(' '))
                            })
                    }),
            );
            countries.push(Country {
                iso: cols[0],
                wikidata: cols[1],
                name: cols[2],
                with_article: cols[3] == "1",
            });
            let kinds = [
                FormKind::Name,
                FormKind::Demonym,
                FormKind::Capital,
                FormKind::Seat,
            ];
            for (col, kind) in cols[4..].iter().zip(kinds) {
                for form in col.split('|').filter(|f| f.chars().count() > 1) {
                    // The first country to claim a form keeps it (names before demonyms).
                    if !forms.contains_key(form) {
                        forms.insert(form, (idx, kind));
                        form_list.push((Cow::Borrowed(form), idx, kind));
                    }
                }
            }
        }
        // Names and demonyms in capitals, as datelines and wire headings write them ("GERMANY
        // - Bunds fell", "ITALIAN FIRST DIVISION"), unless the word is also a common one
        // ("TURKEY", "CHAD", "POLISH"); and capitals of several words, so that "MEXICO CITY"
        // is the city, as "Mexico City" is, and not Mexico.
        let upper: Vec<(Cow<'static, str>, usize, FormKind)> = form_list
            .iter()
            .filter(|(f, _, kind)| {
                (matches!(kind, FormKind::Name | FormKind::Demonym)
                    || *kind == FormKind::Capital && f.contains(' '))
                    && f.chars().count() >= 4
                    && f.chars().any(char::is_lowercase)
                    && !AMBIGUOUS_IN_CAPITALS.contains(&f.as_ref())
            })
            .map(|(f, idx, kind)| (Cow::<str>::Owned(f.to_uppercase()), *idx, *kind))
            .filter(|(f, _, _)| !forms.contains_key(f.as_ref()))
            .collect();
        form_list.extend(upper);
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(
                form_list
                    .iter()
                    .map(|(f, _, _)| f.to_string())
                    .chain(NOT_COUNTRIES.iter().map(|n| n.to_string()))
                    // "SOUTH AMERICA" in a wire heading is no more the US than "South America".
                    .chain(NOT_COUNTRIES.iter().map(|n| n.to_uppercase())),
            )
            .expect("the country gazetteer builds an automaton");
        let by_iso = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.iso, i))
            .collect();
        let mut titles = HashMap::default();
        let mut departments = HashMap::default();
        let mut parties = HashMap::default();
        for l in data_lines(TITLES) {
            let cols: Vec<&'static str> = l.split('\t').collect();
            let country = cols.get(2).copied().filter(|c| !c.is_empty());
            match cols[1] {
                "department" => {
                    departments.insert(cols[0].to_lowercase(), country);
                }
                "party" => {
                    parties.insert(cols[0].to_lowercase(), country.unwrap_or(""));
                }
                kind => {
                    // (An abbreviation's role is the title it stands for: "Sen." is "Senator".)
                    let role = cols.get(3).copied().filter(|r| !r.is_empty());
                    titles.insert(
                        cols[0].to_lowercase(),
                        (role.unwrap_or(cols[0]), parse_title_kind(kind), country),
                    );
                }
            }
        }
        let max_title_words = titles
            .keys()
            .map(|t| t.split(' ').count())
            .max()
            .unwrap_or(1)
            .max(6);
        let title_ends = titles
            .keys()
            .filter_map(|t| t.rsplit(' ').next())
            .chain(["secretary", "minister", "ministers", "leader"])
            .map(str::to_owned)
            .collect();
        let form_ends = forms.keys().filter_map(|f| f.rsplit(' ').next()).collect();
        let holders = data_lines(HOLDERS)
            .map(|l| {
                let c: Vec<&'static str> = l.split('\t').collect();
                Holder {
                    iso: c[0],
                    role: c[1],
                    person: c[2],
                    wikidata: c[3],
                }
            })
            .collect();
        Gazetteer {
            countries,
            by_iso,
            forms,
            form_list,
            matcher,
            first_names: data_lines(FIRST_NAMES)
                .chain(data_lines(FIRST_NAMES_INTL))
                .map(|l| {
                    let (name, sex) = l.split_once('\t').unwrap_or((l, "U"));
                    (
                        name,
                        match sex {
                            "M" => Sex::Male,
                            "F" => Sex::Female,
                            _ => Sex::Unknown,
                        },
                    )
                })
                .collect(),
            cue_verbs: data_lines(CUE_VERBS).collect(),
            org_words: data_lines(ORG_WORDS).collect(),
            titles,
            departments,
            parties,
            max_title_words,
            title_ends,
            form_ends,
            holders,
            city_seats,
        }
    }

    /// The country with this ISO 3166-1 alpha-2 code.
    pub fn country(&self, iso: &str) -> Option<&Country> {
        self.by_iso.get(iso).map(|&i| &self.countries[i])
    }

    /// Whether `form` is a seat of government that is also the capital city: "Washington" (of
    /// "Washington D.C."), not "the Kremlin". The city is meant as often as the state.
    ///
    /// ```
    /// let g = newsgraph::gazetteer::gazetteer();
    /// assert!(g.is_city_seat("Washington"));
    /// assert!(!g.is_city_seat("Kremlin"));
    /// ```
    pub fn is_city_seat(&self, form: &str) -> bool {
        self.city_seats.contains(form)
    }

    /// The country a form names exactly ("Ukrainian", "U.S.", "Kremlin"), with the kind of form.
    pub fn country_form(&self, form: &str) -> Option<(&Country, FormKind)> {
        self.forms.get(form).map(|&(i, k)| (&self.countries[i], k))
    }

    /// Every country form in `text`, leftmost-longest, on word boundaries, as
    /// (byte start, byte end, country, kind).
    pub fn find_countries<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, &'a Country, FormKind)> + 'a {
        self.matcher.find_iter(text).filter_map(move |m| {
            let (s, e) = (m.start(), m.end());
            let before_ok = text[..s]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[e..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if !(before_ok && after_ok) {
                return None;
            }
            let (_, idx, kind) = *self.form_list.get(m.pattern().as_usize())?;
            Some((s, e, &self.countries[idx], kind))
        })
    }

    /// Whether `word` is a known first name ("Emmanuel"); case-sensitive.
    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains_key(word)
    }

    /// The sex most people given this first name have (US SSA records), for "he" and "she".
    pub fn first_name_sex(&self, word: &str) -> Sex {
        self.first_names.get(word).copied().unwrap_or(Sex::Unknown)
    }

    /// Whether `word` ends or heads organisations' names ("Motors", "Bank", "United"); give it
    /// in lower case.
    pub fn is_org_word(&self, word: &str) -> bool {
        self.org_words.contains(word)
    }

    /// Whether `word` is a speech verb form ("said", "telling"); give it in lower case.
    pub fn is_cue_verb(&self, word: &str) -> bool {
        self.cue_verbs.contains(word)
    }

    /// The office title `words` spells (case-insensitive): a listed title ("Prime Minister"),
    /// a department's secretary or minister ("Education Secretary", "Home Office minister"),
    /// a shadow post ("shadow home secretary") or a party leader ("Tory leader").
    ///
    /// ```
    /// use newsgraph::gazetteer::{gazetteer, TitleKind};
    /// let g = gazetteer();
    /// let t = g.title("shadow education secretary").unwrap();
    /// assert_eq!((t.role.as_str(), t.kind, t.country), ("Shadow Education Secretary", TitleKind::Minister, Some("GB")));
    /// assert_eq!(g.title("Tory leader").unwrap().role, "Tory Leader");
    /// assert!(g.title("general secretary").is_none());
    /// assert_eq!(g.title("Welsh Secretary").unwrap().role, "Welsh Secretary");
    /// assert!(g.title("Welsh Health Minister").is_none());
    /// // A party leader whose party the article tells; "leader" alone is no title.
    /// assert_eq!(g.title("party leader").unwrap().kind, TitleKind::PartyLeader);
    /// assert!(g.title("leader").is_none());
    /// // A compound whose last part is a department.
    /// assert_eq!(g.title("e-commerce minister").unwrap().role, "E-commerce Minister");
    /// ```
    pub fn title(&self, words: &str) -> Option<Title> {
        let lower = crate::text::lowercase(words);
        if let Some(&(role, kind, country)) = self.titles.get(lower.as_ref()) {
            return Some(Title {
                role: role.to_owned(),
                kind,
                country,
            });
        }
        // Only department ministers and party leaders are made up of parts.
        let head = lower.rsplit(' ').next()?;
        if !matches!(head, "secretary" | "minister" | "ministers" | "leader") {
            return None;
        }
        let ws: Vec<&str> = lower.split(' ').collect();
        let (head, body) = ws.split_last()?;
        let shadow = body.first() == Some(&"shadow");
        let body = if shadow { &body[1..] } else { body };
        let (kind, country) = match *head {
            "secretary" | "minister" | "ministers" => {
                // "e-commerce minister": a compound whose last part is a department.
                let department = |w: &str| {
                    self.departments.contains_key(w)
                        || w.rsplit_once('-').is_some_and(|(first, last)| {
                            !first.is_empty() && self.departments.contains_key(last)
                        })
                };
                let dept_ok = !body.is_empty()
                    && body
                        .iter()
                        .all(|w| department(w) || matches!(*w, "and" | "of" | "for"))
                    && !matches!(body.first(), Some(&"and") | Some(&"of") | Some(&"for"));
                // "Welsh Health Minister": the nation is the post's country, not its
                // department ("Welsh Secretary" alone is one).
                let nation_first = body.len() > 1 && matches!(body[0], "welsh" | "scottish");
                if !dept_ok || nation_first {
                    return None;
                }
                // A department title that only one country uses ("Home Secretary") carries it.
                let inherent = body
                    .iter()
                    .find_map(|w| self.departments.get(*w).copied().flatten());
                (
                    TitleKind::Minister,
                    if shadow { Some("GB") } else { inherent },
                )
            }
            "leader" => {
                let mut party: Vec<&str> = body.iter().copied().filter(|w| *w != "party").collect();
                // "SNP Holyrood leader", "Democratic Senate leader": a party's leader in one
                // chamber.
                if party.len() > 1
                    && party.last().is_some_and(|w| {
                        matches!(
                            *w,
                            "holyrood" | "westminster" | "senate" | "assembly" | "stormont"
                        )
                    })
                {
                    party.pop();
                }
                // "party leader Roger Knapman": the article tells which party.
                if party.is_empty() && body == ["party"] {
                    return Some(Title {
                        role: title_case(words),
                        kind: TitleKind::PartyLeader,
                        country: None,
                    });
                }
                // "Scottish National Party leader"; else "Scottish Labour leader" is Labour's.
                let iso = self.parties.get(&party.join(" ")).or_else(|| {
                    let party = party
                        .strip_prefix(&["scottish"])
                        .or_else(|| party.strip_prefix(&["welsh"]))?;
                    self.parties.get(&party.join(" "))
                })?;
                (TitleKind::PartyLeader, Some(*iso).filter(|c| !c.is_empty()))
            }
            _ => return None,
        };
        Some(Title {
            role: title_case(words),
            kind,
            country,
        })
    }

    /// Whether `word` names a political party ("Conservative", "Labour"); any case.
    pub fn is_party(&self, word: &str) -> bool {
        self.parties.contains_key(&word.to_lowercase())
    }

    /// The country of a political party named by `word` ("Labour", "Tories": GB), when the
    /// gazetteer gives it one.
    pub fn party_country(&self, word: &str) -> Option<&'static str> {
        self.parties
            .get(&word.to_lowercase())
            .copied()
            .filter(|c| !c.is_empty())
    }

    /// Whether `words` are a rank that introduces a name and holds no post ("Princess",
    /// "Major-General", "Air Marshal", "Cardinal").
    ///
    /// ```
    /// let g = newsgraph::gazetteer::gazetteer();
    /// assert!(g.is_rank("Air Marshal"));
    /// assert!(!g.is_rank("Prime Minister"));
    /// ```
    pub fn is_rank(&self, words: &str) -> bool {
        self.title(words).is_some_and(|t| t.kind == TitleKind::Rank)
    }

    /// Whether `word` names a department in ministers' titles ("Health", "Culture").
    pub fn is_department(&self, word: &str) -> bool {
        self.departments.contains_key(&word.to_lowercase())
    }

    /// The roles of the heads of state and government the gazetteer lists for `iso`.
    pub fn holder_roles<'a>(&'a self, iso: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        self.holders
            .iter()
            .filter(move |h| h.iso == iso)
            .map(|h| h.role)
    }

    /// Whether a title ([`Gazetteer::title`]) can end with `word`: a cheap test before
    /// looking up the phrases that end with it.
    ///
    /// ```
    /// let g = newsgraph::gazetteer::gazetteer();
    /// assert!(g.may_end_title("Minister") && g.may_end_title("secretary"));
    /// assert!(!g.may_end_title("Brown"));
    /// ```
    pub fn may_end_title(&self, word: &str) -> bool {
        self.title_ends
            .contains(crate::text::lowercase(word).as_ref())
    }

    /// Whether a country form ([`Gazetteer::country_form`]) can end with `word` ("States"
    /// ends "United States").
    pub fn may_end_form(&self, word: &str) -> bool {
        self.form_ends.contains(word)
    }

    /// The most words a title has ("Chancellor of the Exchequer": 4).
    pub fn max_title_words(&self) -> usize {
        self.max_title_words
    }

    /// The office holder the table names for this country and role whose name ends with `surname`.
    pub fn holder(&self, iso: &str, role: &str, surname: &str) -> Option<&Holder> {
        let key = crate::text::fold(surname);
        self.holders.iter().find(|h| {
            h.iso == iso
                && h.role.eq_ignore_ascii_case(role)
                && h.person
                    .rsplit(' ')
                    .next()
                    .map(crate::text::fold)
                    .is_some_and(|last| last.starts_with(&key) && last.len() <= key.len() + 1)
        })
    }
}

/// "shadow home secretary" → "Shadow Home Secretary" (small words stay lower case).
pub fn title_case(words: &str) -> String {
    words
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && matches!(w.to_lowercase().as_str(), "and" | "of" | "for" | "the") {
                w.to_lowercase()
            } else {
                crate::text::upper_first(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn parse_title_kind(kind: &str) -> TitleKind {
    match kind {
        "head_of_state" => TitleKind::HeadOfState,
        "head_of_government" => TitleKind::HeadOfGovernment,
        "minister" => TitleKind::Minister,
        "envoy" => TitleKind::Envoy,
        "legislator" => TitleKind::Legislator,
        "governor" => TitleKind::Governor,
        "mayor" => TitleKind::Mayor,
        "judge" => TitleKind::Judge,
        "royal" => TitleKind::Royal,
        "rank" => TitleKind::Rank,
        "party_leader" => TitleKind::PartyLeader,
        "official" => TitleKind::Official,
        other => panic!("titles.tsv: unknown kind {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_forms_table() {
        let g = gazetteer();
        for (form, iso, kind) in [
            ("Ukraine", "UA", FormKind::Name),
            ("U.S.", "US", FormKind::Name),
            ("UK", "GB", FormKind::Name),
            ("Türkiye", "TR", FormKind::Name),
            ("Turkey", "TR", FormKind::Name),
            ("Russian", "RU", FormKind::Demonym),
            ("Kremlin", "RU", FormKind::Seat),
            ("Kyiv", "UA", FormKind::Capital),
            ("France", "FR", FormKind::Name),
        ] {
            let (c, k) = g
                .country_form(form)
                .unwrap_or_else(|| panic!("{form} is missing"));
            assert_eq!((c.iso, k), (iso, kind), "{form}");
        }
        assert!(g.country_form("European").is_none());
    }

    #[test]
    fn find_countries_respects_word_boundaries() {
        let g = gazetteer();
        let found: Vec<_> = g
            .find_countries("Russians in Kyiv, not Russiagate; the U.S. and Frances.")
            .map(|(s, e, c, _)| (s, e, c.iso))
            .collect();
        assert_eq!(found, vec![(0, 8, "RU"), (12, 16, "UA"), (38, 42, "US")]);
    }

    #[test]
    fn country_names_in_capitals() {
        let g = gazetteer();
        let found: Vec<_> = g
            .find_countries("GERMANY - Bunds fell. SOUTH KOREA rose; TURKEY and CHAD did not.")
            .map(|(_, _, c, _)| c.iso)
            .collect();
        assert_eq!(found, ["DE", "KR"]);
    }

    /// The countries `find_countries` reads in `text`, as ISO codes.
    fn isos(text: &str) -> Vec<&'static str> {
        gazetteer()
            .find_countries(text)
            .map(|(_, _, c, _)| c.iso)
            .collect()
    }

    #[test]
    fn demonyms_in_capitals() {
        for (text, want) in [
            ("SOCCER - ITALIAN FIRST DIVISION RESULTS.", vec!["IT"]),
            ("DIRECT TRADES ON THE CZECH BOURSE - AUG 27", vec!["CZ"]),
            ("HOW TO POLISH A CAR", vec![]),
            ("Danish and SWEDISH shares fell.", vec!["DK", "SE"]),
        ] {
            assert_eq!(isos(text), want, "{text}");
        }
    }

    #[test]
    fn regions_named_after_a_country_are_no_country() {
        for (text, want) in [
            ("Exports to South America and Asia rose.", vec![]),
            ("Its North America unit lost money in America.", vec!["US"]),
            (
                "Leaders from Latin America and Central America met.",
                vec![],
            ),
            ("SOUTH AMERICA - Brazil led the gains.", vec!["BR"]),
            ("The company sells in America and Mexico.", vec!["US", "MX"]),
            ("Snow fell across New England and in England.", vec!["GB"]),
        ] {
            assert_eq!(isos(text), want, "{text}");
        }
    }

    #[test]
    fn titles_and_verbs() {
        let g = gazetteer();
        for (words, role, kind, country) in [
            (
                "prime minister",
                "Prime Minister",
                TitleKind::HeadOfGovernment,
                None,
            ),
            ("Ambassador", "Ambassador", TitleKind::Envoy, None),
            (
                "Home Secretary",
                "Home Secretary",
                TitleKind::Minister,
                Some("GB"),
            ),
            (
                "Education minister",
                "Education Minister",
                TitleKind::Minister,
                None,
            ),
            (
                "Home Office minister",
                "Home Office Minister",
                TitleKind::Minister,
                Some("GB"),
            ),
            (
                "International Development Secretary",
                "International Development Secretary",
                TitleKind::Minister,
                None,
            ),
            (
                "Scottish Conservative Party leader",
                "Scottish Conservative Party Leader",
                TitleKind::PartyLeader,
                Some("GB"),
            ),
            (
                "Republican leader",
                "Republican Leader",
                TitleKind::PartyLeader,
                Some("US"),
            ),
        ] {
            let t = g
                .title(words)
                .unwrap_or_else(|| panic!("{words} is no title"));
            assert_eq!(
                (t.role.as_str(), t.kind, t.country),
                (role, kind, country),
                "{words}"
            );
        }
        for not in [
            "general secretary",
            "press secretary",
            "leader",
            "and minister",
            "Gordon Brown",
        ] {
            assert!(g.title(not).is_none(), "{not}");
        }
        assert!(g.is_cue_verb("wrote") && g.is_cue_verb("emphasizing") && !g.is_cue_verb("table"));
        assert!(!g.is_first_name("Truth") && !g.is_first_name("The"));
    }

    #[test]
    fn holders_link_by_surname() {
        let g = gazetteer();
        assert_eq!(
            g.holder("RU", "President", "Putin").map(|h| h.wikidata),
            Some("Q7747")
        );
        assert_eq!(
            g.holder("UA", "President", "Zelensky").map(|h| h.wikidata),
            Some("Q3874799")
        );
        assert!(g.holder("FR", "President", "Putin").is_none());
    }
}
