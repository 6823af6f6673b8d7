//! Extraction: the people, countries, offices and statements of one article.
//!
//! [`extract`] runs the whole pipeline on a text: segment → names → countries → offices →
//! resolve (aliases, pronouns, descriptions) → statements. Spans are byte ranges of the text
//! given; [`crate::mint`] turns them into character offsets.
//!
//! ```
//! use newsgraph::extract::{extract, QuoteKind};
//! let text = "\"This is not optional,\" UK Prime Minister Sir Keir Starmer told the BBC.";
//! let x = extract(text);
//! assert_eq!(x.people[0].name, "Keir Starmer");
//! assert_eq!((x.offices[0].role.as_str(), x.offices[0].country), ("Prime Minister", Some("GB")));
//! let s = &x.statements[0];
//! assert_eq!((s.span.of(text), s.kind), ("This is not optional,", QuoteKind::Direct));
//! assert_eq!((s.cue.as_deref(), s.audience.as_deref()), (Some("told"), Some("the BBC")));
//! ```

pub mod apposed;
pub mod countries;
pub mod name_words;
pub mod names;
pub mod offices;
pub mod organisations;
pub mod people;
pub mod places;
pub mod results;
pub mod statements;

pub use crate::resolve::Person;
pub use countries::CountryMention;
pub use statements::QuoteKind;

use crate::gazetteer::{gazetteer, TitleKind};
use crate::segment::{Segments, Span};
use std::collections::BTreeSet;

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The people named.
    pub people: Vec<Person>,
    /// Every reference to a country, in text order.
    pub countries: Vec<CountryMention>,
    /// The offices the article says people hold.
    pub offices: Vec<Office>,
    /// Direct, partial and reported statements, in text order.
    pub statements: Vec<Statement>,
}

/// A person holding an office, as the article states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    /// The holder (an index into [`Extraction::people`]).
    pub person: usize,
    /// The bare title in Title Case: "Prime Minister".
    pub role: String,
    /// The kind of title.
    pub kind: TitleKind,
    /// ISO code of the country whose office it is: as the article states it, or from its
    /// national context ([`offices::infer_country`]).
    pub country: Option<&'static str>,
    /// ISO code of the country an envoy is sent to.
    pub to_country: Option<&'static str>,
    /// Whether the article calls it a former post.
    pub former: bool,
    /// The words that state it ("UK Prime Minister").
    pub span: Span,
    /// The holder's Wikidata QID when the bundled office-holder table names them.
    pub wikidata: Option<&'static str>,
}

/// A statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The quoted or reported words.
    pub span: Span,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who made it (indexes into [`Extraction::people`]; several for "they").
    pub speakers: Vec<usize>,
    /// The words that name the speaker ("he", "Zelensky").
    pub speaker_span: Option<Span>,
    /// A speaker that is no person, as named: "International Monetary Fund", "police".
    pub group: Option<String>,
    /// The speech verb ("declared").
    pub cue: Option<String>,
    /// Where it was made ("a post on X").
    pub medium: Option<String>,
    /// To whom ("the BBC").
    pub audience: Option<String>,
    /// People named inside it.
    pub people: Vec<usize>,
    /// Countries referred to inside it.
    pub countries: Vec<&'static str>,
}

/// Extracts the facts of one article's text.
pub fn extract(text: &str) -> Extraction {
    extract_with(text, statements::chooser_from_env())
}

/// Extracts the facts of one article's text, with `speakers` choosing each statement's
/// speaker (the rules, [`statements::RuleSpeakers`], or the learned ranker,
/// [`statements::RankedSpeakers`]).
pub fn extract_with(text: &str, speakers: &dyn statements::SpeakerChooser) -> Extraction {
    let seg = Segments::new(text);
    // Every country word, and those that may be words of another name, for the tagger to
    // read too.
    let mut countries = countries::find_countries(text, &[]);
    let doubtful = countries::doubtful(text, &countries);
    let (names, tagged) = names::find_tagged(text, &seg, names::Names::from_env(), &doubtful);
    let all_words = seg.words();
    let (people, mentions, name_person) = crate::resolve::people(text, all_words, &names);
    // A person's name is no country, even when it spells one ("Neil Jordan … Jordan said").
    let name_spans: Vec<Span> = names
        .iter()
        .map(|n| n.full)
        .chain(mentions.iter().map(|m| m.span))
        .collect();
    countries.retain(|c| !name_spans.iter().any(|x| x.overlaps(c.span)));
    let mut office_mentions = offices::find_offices(text, &seg, &names);
    // The national context is read from the whole text, and only when a post needs it.
    let titled: Vec<&'static str> = office_mentions
        .iter()
        .filter_map(|o| o.title_country)
        .collect();
    let national = std::cell::OnceCell::new();
    let context = || *national.get_or_init(|| offices::national_context(text, &countries, &titled));
    for o in &mut office_mentions {
        o.country = offices::infer_country(text, o, Some(names[o.name].full), &countries, context);
    }
    let g = gazetteer();
    let mut offices: Vec<Office> = Vec::new();
    for o in &office_mentions {
        let person = name_person[o.name];
        let office = Office {
            person,
            role: o.role.clone(),
            kind: o.kind,
            country: o.country,
            to_country: o.to_country,
            former: o.former,
            span: o.span,
            wikidata: o.country.and_then(|iso| {
                let name = &people[person].name;
                let surname = name.rsplit(' ').next().unwrap_or_default();
                // A first name the article gives must be the holder's too: "Ferdinand Marcos"
                // in 1987 is not Bongbong Marcos.
                let first = name.split_once(' ').map(|(f, _)| f);
                g.holder(iso, &o.role, surname)
                    .filter(|h| {
                        first.is_none_or(|f| {
                            h.person
                                .split(' ')
                                .next()
                                .is_some_and(|hf| crate::text::fold(hf) == crate::text::fold(f))
                        })
                    })
                    .map(|h| h.wikidata)
            }),
        };
        // "Vice-President" and "Vice President" are one post.
        let spelling = |role: &str| role.replace('-', " ").to_lowercase();
        if !offices.iter().any(|x| {
            (x.person, x.country, x.to_country) == (person, o.country, o.to_country)
                && spelling(&x.role) == spelling(&o.role)
        }) {
            offices.push(office);
        }
    }
    // "UK Prime Minister Tony Blair … Prime Minister Tony Blair": one post, the stated country's.
    let stated: Vec<(usize, String)> = offices
        .iter()
        .filter(|o| o.country.is_some())
        .map(|o| (o.person, o.role.to_lowercase()))
        .collect();
    offices.retain(|o| o.country.is_some() || !stated.contains(&(o.person, o.role.to_lowercase())));
    let held: Vec<(usize, &offices::OfficeMention)> = office_mentions
        .iter()
        .map(|o| (name_person[o.name], o))
        .collect();
    let referents =
        crate::resolve::referents(text, all_words, &seg, &people, &mentions, &held, &countries);
    // "Prime Minister Tony Blair … the British prime minister": the post is Britain's.
    for r in &referents {
        let (Some(iso), [person]) = (r.country, r.people.as_slice()) else {
            continue;
        };
        let words = r.span.of(text).to_lowercase();
        for o in offices
            .iter_mut()
            .filter(|o| o.person == *person && o.country.is_none())
        {
            if words.ends_with(&o.role.to_lowercase()) {
                o.country = Some(iso);
            }
        }
    }
    // A post the text tells of someone without a title before their name: its country is the
    // one stated with the same title, else inferred as for titles.
    let told = |title: &crate::gazetteer::Title, span: Span, former: bool| {
        let mention = offices::OfficeMention::new(0, title.clone(), span, former);
        offices::infer_country(text, &mention, None, &countries, context)
    };
    // Offices stated by a description that refers back: "Tony Blair … The prime minister said".
    for r in &referents {
        let (Some(title), [person]) = (&r.office, r.people.as_slice()) else {
            continue;
        };
        let stated = r
            .country
            .or_else(|| offices::stated_country(text, &title.role, &countries, r.span.start));
        add_told_post(
            &mut offices,
            *person,
            title,
            r.span,
            r.former,
            stated,
            &told,
        );
    }
    // Posts that clauses tell: "As home secretary he …", "when he was home secretary".
    for post in offices::clause_posts(text, all_words) {
        let at = post.holder_at;
        // The holder's referent, or the name that starts just after the word found, an
        // honorific ("As home secretary, Mr Howard …", "Lord Hale …": the mention may start
        // at "Howard").
        let Some(r) = referents.iter().find(|r| {
            r.people.len() == 1
                && (r.span.contains(at)
                    || at <= r.span.start
                        && (r.span.start - at <= 4
                            || crate::gazetteer::HONORIFICS
                                .contains(&text[at..r.span.start].trim_end())))
        }) else {
            continue;
        };
        add_told_post(
            &mut offices,
            r.people[0],
            &post.title,
            post.span,
            post.former,
            None,
            &told,
        );
    }
    // A country named inside another name is no reference to it ("the Bank of France", "the
    // American League"), nor is a city that is its seat ("a Washington church"), an
    // adjective compound ("Russian-made") or a currency's sign ("US$"), though the posts
    // above may take their country from them ("U.S. Treasury Secretary").
    countries.retain(|c| {
        (c.span.overlapping(&doubtful).is_empty() || !countries::inside_name(c, &tagged))
            && !countries::city_not_state(text, c)
            && !countries::compound_or_currency(text, c)
    });
    // Mentions and countries by position, so that those inside a statement are a binary
    // search away (a scan per statement would be quadratic on long texts).
    let mut by_start: Vec<(Span, usize)> = mentions.iter().map(|m| (m.span, m.person)).collect();
    by_start.sort_unstable();
    let mut countries_by_start: Vec<&CountryMention> = countries.iter().collect();
    countries_by_start.sort_unstable_by_key(|c| c.span);
    let statements = statements::find_statements(text, &seg, &people, &referents, speakers)
        .into_iter()
        .map(|s| {
            let speaker = s.speaker.map(|r| &referents[r]);
            let inside = |span: Span| s.span.covers(span);
            let m_from = by_start.partition_point(|(m, _)| m.start < s.span.start);
            let m_to = by_start.partition_point(|(m, _)| m.start < s.span.end);
            let c_from = countries_by_start.partition_point(|c| c.span.start < s.span.start);
            let c_to = countries_by_start.partition_point(|c| c.span.start < s.span.end);
            Statement {
                span: s.span,
                kind: s.kind,
                speakers: speaker.map(|r| r.people.clone()).unwrap_or_default(),
                speaker_span: speaker.map(|r| r.span).or(s.group),
                // (A document alone, "the report", is no organisation: its words stay the
                // speaker's.)
                group: s
                    .group
                    .map(|g| g.of(text).to_owned())
                    .filter(|g| !statements::names_a_document(g)),
                cue: s.cue.map(|c| c.of(text).to_lowercase()),
                medium: s.medium,
                audience: s.audience,
                people: by_start[m_from..m_to]
                    .iter()
                    .filter(|(m, _)| inside(*m))
                    .map(|&(_, person)| person)
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect(),
                countries: countries_by_start[c_from..c_to]
                    .iter()
                    .filter(|c| inside(c.span))
                    .map(|c| c.iso)
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect(),
            }
        })
        .collect();
    Extraction {
        people,
        countries,
        offices,
        statements,
    }
}

/// Adds the post `title` to `person`'s offices, told at `span` (by a description or a clause),
/// unless they hold it already; its country is `stated`, else what `infer` gives.
fn add_told_post(
    offices: &mut Vec<Office>,
    person: usize,
    title: &crate::gazetteer::Title,
    span: Span,
    former: bool,
    stated: Option<&'static str>,
    infer: &dyn Fn(&crate::gazetteer::Title, Span, bool) -> Option<&'static str>,
) {
    if offices
        .iter()
        .any(|o| o.person == person && crate::resolve::post_covers(&o.role, o.kind, &title.role))
    {
        return;
    }
    offices.push(Office {
        person,
        role: title.role.clone(),
        kind: title.kind,
        country: stated.or_else(|| infer(title, span, former)),
        to_country: None,
        former,
        span,
        wikidata: None,
    });
}

/// Each office of `x` as (holder's name, role, country, former), for table tests.
#[cfg(test)]
pub(crate) fn office_rows(x: &Extraction) -> Vec<(&str, &str, Option<&'static str>, bool)> {
    x.offices
        .iter()
        .map(|o| {
            (
                x.people[o.person].name.as_str(),
                o.role.as_str(),
                o.country,
                o.former,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{extract, office_rows};

    /// A country named inside another name is no reference to the country: (text, the
    /// countries' words and codes).
    #[test]
    fn countries_inside_names_table() {
        for (text, expected) in [
            (
                "Shares of Bank of Norway rose while Norway's krone fell.",
                vec![("Norway", "NO")],
            ),
            ("The Canadian Open ended in Toronto.", vec![]),
            ("Radio New Zealand reported it.", vec![]),
            // A place a nationality names is in another country; a region keeps its own.
            ("Loggers in British Columbia cut more trees.", vec![]),
            (
                "Farmers in Western Australia and in Brazil harvested early.",
                vec![("Australia", "AU"), ("Brazil", "BR")],
            ),
            ("Analyst Alexander Paris said shares rose.", vec![]),
            (
                "Ajax 2 (Olsen 4th, Kluivert 80th) Monaco 1 (Ikpeba 33rd)",
                vec![],
            ),
            // A nationality before a title stays; "U.S. Treasury" is an organisation's name,
            // whose post is still the country's (below).
            (
                "Dutch Prime Minister Wim Kok met U.S. Treasury Secretary Robert Rubin.",
                vec![("Dutch", "NL")],
            ),
            (
                "Brazil's Ronaldo scored against the French in Paris.",
                vec![("Brazil", "BR"), ("French", "FR")],
            ),
            // A seat of government that is the capital city names the state only when it
            // acts; an adjective compound or a currency's sign names no country.
            ("She prayed at a Washington church.", vec![]),
            (
                "Washington warned Oslo, and Oslo argued back.",
                vec![("Washington", "US"), ("Oslo", "NO")],
            ),
            (
                "A Swiss-based firm paid US$40 for Dutch-made tiles.",
                vec![],
            ),
            (
                "U.S.-Canada talks ended.",
                vec![("U.S.", "US"), ("Canada", "CA")],
            ),
        ] {
            let x = extract(text);
            let got: Vec<(&str, &str)> = x
                .countries
                .iter()
                .map(|c| (c.span.of(text), c.iso))
                .collect();
            assert_eq!(got, expected, "{text}");
        }
        // The posts keep their country: (text, the posts' roles and countries).
        for (text, expected) in [
            (
                "U.S. Treasury Secretary Robert Rubin spoke.",
                ("Treasury Secretary", Some("US")),
            ),
            // A compound that is no reference to the country still gives the post its own.
            (
                "The U.S.-based Commerce Secretary Ann Whitby spoke.",
                ("Commerce Secretary", Some("US")),
            ),
        ] {
            let x = extract(text);
            assert!(x.countries.is_empty(), "{text}");
            let posts: Vec<(&str, Option<&str>)> = x
                .offices
                .iter()
                .map(|o| (o.role.as_str(), o.country))
                .collect();
            assert_eq!(posts, [expected], "{text}");
        }
    }

    /// The office-holder table links a person only when the first name agrees too.
    #[test]
    fn wikidata_of_office_holders_table() {
        for (text, wikidata) in [
            (
                "Ukrainian President Volodymyr Zelensky spoke.",
                Some("Q3874799"),
            ),
            (
                "Philippine President Bongbong Marcos spoke.",
                Some("Q983324"),
            ),
            // Another man of that surname in that post, before the table's time.
            ("Former Philippine President Ferdinand Marcos spoke.", None),
            ("Russian President Ivan Putin spoke.", None),
        ] {
            let x = extract(text);
            assert_eq!(
                x.offices.first().and_then(|o| o.wikidata),
                wikidata,
                "{text}: {:?}",
                x.offices
            );
        }
    }

    /// Posts left, posts of another country, members, peers and leaders, and what is no post:
    /// (text, (person, role, country, former) of each office).
    #[test]
    fn posts_told_table() {
        type Row<'a> = (&'a str, &'a str, Option<&'a str>, bool);
        let table: [(&str, Vec<Row<'_>>); 25] = [
            // A post left: "quit as", "resigned as", "stepped down as".
            (
                "Labour was hit. Mr Alan Pryce quit as home secretary on Friday.",
                vec![("Alan Pryce", "Home Secretary", Some("GB"), true)],
            ),
            (
                "Labour and Downing Street met. Jo Burton has resigned as health secretary.",
                vec![("Jo Burton", "Health Secretary", Some("GB"), true)],
            ),
            // A post to be left is still held.
            (
                "Labour and Downing Street were stung. Tom Hale spoke. He is to stand down as an MP in May.",
                vec![("Tom Hale", "MP", Some("GB"), false)],
            ),
            (
                "Labour and Downing Street were stung. Ann Whitby will quit as home secretary in May.",
                vec![("Ann Whitby", "Home Secretary", Some("GB"), false)],
            ),
            // "stood as" is standing for election, not leaving.
            ("Labour met. Jo Burton stood as MP for Leeds.", vec![]),
            // A description of a post held before: "the ex-…", "the former …".
            (
                "Labour was hit. Alan Pryce spoke in Leeds. The ex-home secretary said the party would win.",
                vec![("Alan Pryce", "Home Secretary", Some("GB"), true)],
            ),
            (
                "Labour was hit. Alan Pryce spoke in Leeds. The former home secretary said the party would win.",
                vec![("Alan Pryce", "Home Secretary", Some("GB"), true)],
            ),
            // A post the article's country has not is the other named country's.
            (
                "Labour and Downing Street were pleased. Tony Blair met senator Ray Dunmore to talk about the US.",
                vec![("Ray Dunmore", "Senator", Some("US"), false)],
            ),
            // ... when only one other country is named.
            (
                "Labour and Downing Street were pleased. Tony Blair met senator Ray Dunmore to talk about the US and Brazil.",
                vec![("Ray Dunmore", "Senator", None, false)],
            ),
            // A rank is no post.
            ("Princess Mara of Molvania met Labour leaders in London.", vec![]),
            // A member and a constituency: "became an MP", "is the MP for", "has been MP for",
            // "the newly elected MP for Place, Name".
            (
                "Labour and Downing Street were pleased. Mr Dunmore became an MP at 27.",
                vec![("Dunmore", "MP", Some("GB"), false)],
            ),
            (
                "Labour and Downing Street were pleased. Ray Dunmore is the MP for Bath.",
                vec![("Ray Dunmore", "MP", Some("GB"), false)],
            ),
            (
                "Labour and Downing Street were pleased. Mr Dunmore has been MP for Mid-Avon since 1997.",
                vec![("Dunmore", "MP", Some("GB"), false)],
            ),
            (
                "Labour and Downing Street were pleased. He met the newly elected MP for Avon North, Ray Dunmore, in 1983.",
                vec![("Ray Dunmore", "MP", Some("GB"), false)],
            ),
            // A post to come is none yet.
            (
                "Labour and Downing Street were stung. Polls ask what happens after Ray Dunmore becomes chancellor.",
                vec![],
            ),
            // A peer; a party leader whose party the article tells; a nation's leader.
            (
                "Labour and Downing Street were stung. Labour peer Lord Amberley spoke.",
                vec![("Lord Amberley", "Peer", Some("GB"), false)],
            ),
            (
                "Downing Street was stung. UKIP party leader Ray Dunmore spoke.",
                vec![("Ray Dunmore", "UKIP Party Leader", Some("GB"), false)],
            ),
            (
                "Palestinian leader Omar Haddad met officials in Cairo.",
                vec![("Omar Haddad", "Leader", Some("PS"), false)],
            ),
            // A country right after the holder's name is the post's, whatever the article's.
            (
                "Labour and Downing Street were stung. Tony Blair met King Omar of Jordan in London.",
                vec![("Omar", "King", Some("JO"), false)],
            ),
            (
                "French officials met President Ray Dunmore of Brazil.",
                vec![("Ray Dunmore", "President", Some("BR"), false)],
            ),
            // Titles of junior ministers.
            (
                "Talks in Washington. US Undersecretary of State Ray Dunmore met officials.",
                vec![("Ray Dunmore", "Undersecretary of State", Some("US"), false)],
            ),
            (
                "Labour and Downing Street were stung. Minister of State for Energy Ann Whitby spoke.",
                vec![("Ann Whitby", "Minister of State for Energy", Some("GB"), false)],
            ),
            // "the then …" is a post held no longer.
            (
                "Labour and Downing Street were stung. The then Lord Chancellor, Lord Amberley, spoke.",
                vec![("Lord Amberley", "Lord Chancellor", Some("GB"), true)],
            ),
            // No post: a name that opens the clause telling who spoke, a title after "a".
            (
                "Labour and Downing Street were stung. He did not trust the prime minister, Mr Dunmore replied.",
                vec![],
            ),
            (
                "Labour and Downing Street were stung. Voters ask how good a prime minister Ray Dunmore will make.",
                vec![],
            ),
        ];
        for (text, expected) in table {
            let x = extract(text);
            assert_eq!(office_rows(&x), expected, "{text}");
        }
    }
}
