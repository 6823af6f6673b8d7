//! The country of a post: the article's national context (seats of government, parties,
//! titles of one country), the countries that have a post, and the country a post whose words
//! name none takes from the article.

use super::OfficeMention;
use crate::extract::countries::CountryMention;
use crate::gazetteer::{gazetteer, FormKind};
use crate::segment::Span;

/// The country whose domestic politics an article is about, when its own words say so: seats
/// of government ("Downing Street", "the White House"), parties ("Labour", "Republicans"),
/// institutions of one country ("the Home Office", "the Welsh Assembly") and titles that belong to one
/// country ("Home Secretary", given as `title_countries`, the country of each such title the
/// article holds): two of them, or one and the country's
/// name, and twice as many for that country as for any other; else the one country the article names, when it names
/// only one. A country the article merely names most (an article about Iraq that also names
/// Britain) is no such context.
///
/// ```
/// use newsgraph::extract::{countries::find_countries, offices::national_context};
/// let uk = "Labour said Downing Street would reply. Iraq, Iraq and Iraq were named.";
/// assert_eq!(national_context(uk, &find_countries(uk, &[]), &[]), Some("GB"));
/// let iraq = "Iraq, Iraq and Iraq were named, and Britain.";
/// assert_eq!(national_context(iraq, &find_countries(iraq, &[]), &[]), None);
/// ```
pub fn national_context(
    text: &str,
    countries: &[CountryMention],
    title_countries: &[&'static str],
) -> Option<&'static str> {
    let g = gazetteer();
    let mut cues: std::collections::BTreeMap<&'static str, usize> = Default::default();
    for c in countries.iter().filter(|c| c.kind == FormKind::Seat) {
        *cues.entry(c.iso).or_default() += 1;
    }
    for iso in title_countries {
        *cues.entry(iso).or_default() += 1;
    }
    // Parties of one word or two ("Labour", "Lib Dems"), capitalised.
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    let mut two = String::new();
    while let Some(w) = words.next() {
        if !capital(w) {
            continue;
        }
        if let Some(&n) = words.peek().filter(|n| capital(n)) {
            two.clear();
            two.extend([w, " ", n]);
            if let Some(iso) = g.party_country(&two) {
                *cues.entry(iso).or_default() += 1;
                words.next();
                continue;
            }
        }
        if let Some(iso) = g.party_country(w) {
            *cues.entry(iso).or_default() += 1;
        }
    }
    // Institutions of one country ("the Home Office"), as whole words, in one pass.
    static FORMS: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(INSTITUTIONS.iter().map(|(form, _)| form))
            .expect("institutions make an automaton")
    });
    for m in FORMS.find_overlapping_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            *cues
                .entry(INSTITUTIONS[m.pattern().as_usize()].1)
                .or_default() += 1;
        }
    }
    let named: std::collections::BTreeSet<&str> = countries
        .iter()
        .filter(|c| matches!(c.kind, FormKind::Name | FormKind::Demonym))
        .map(|c| c.iso)
        .collect();
    let mut ranked: Vec<(usize, &'static str)> = cues.into_iter().map(|(c, n)| (n, c)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        [(n, iso), rest @ ..]
            if (*n >= 2 || named.contains(iso))
                && rest.first().is_none_or(|(m, _)| 2 * m <= *n) =>
        {
            Some(iso)
        }
        // An article that names one country only is about that country.
        _ => match countries.first() {
            Some(first) if countries.iter().all(|c| c.iso == first.iso) => Some(first.iso),
            _ => None,
        },
    }
}

/// Institutions that only one country has, as its national context's cues: "the Home Office",
/// and the UK's devolved parliaments and governments ("the Welsh Assembly", "Stormont"), which
/// also make an article about Wales or Scotland one about the UK's politics. (Not "the
/// Commons": Canada has one too.)
const INSTITUTIONS: &[(&str, &str)] = &[
    ("Home Office", "GB"),
    ("Foreign Office", "GB"),
    ("House of Lords", "GB"),
    ("Holyrood", "GB"),
    ("Scottish Parliament", "GB"),
    ("Scottish Executive", "GB"),
    ("Welsh Assembly", "GB"),
    ("National Assembly for Wales", "GB"),
    ("Stormont", "GB"),
    ("Northern Ireland Assembly", "GB"),
    ("Bundestag", "DE"),
    ("Duma", "RU"),
    ("Dail", "IE"),
    ("Lok Sabha", "IN"),
];

/// Words that name an international body, or one of the European Union's institutions.
const INTERNATIONAL: &[&str] = &[
    "EU", "EC", "European", "UN", "U.N", "Nato", "NATO", "Opec", "OPEC", "IMF", "OSCE", "Interpol",
    "WTO", "OAS",
];

/// Posts a country's constitution has no place for: the UK parliament has no senators or
/// congressmen.
const NO_SUCH_POST: &[(&str, &str)] = &[
    ("GB", "Senator"),
    ("GB", "Congressman"),
    ("GB", "Congresswoman"),
];

/// Whether `iso` has an office called `role`, as far as the gazetteer knows: a country whose
/// heads of state and government it lists has a president or a prime minister (premier) only
/// when it lists one; the UK has no senators or congressmen ([`NO_SUCH_POST`]). Other roles
/// are not checked.
pub fn has_office(iso: &str, role: &str) -> bool {
    let role = holder_role(role);
    if NO_SUCH_POST
        .iter()
        .any(|(c, r)| *c == iso && r.eq_ignore_ascii_case(role))
    {
        return false;
    }
    if !["President", "Prime Minister"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(role))
    {
        return true;
    }
    let mut roles = gazetteer().holder_roles(iso).peekable();
    roles.peek().is_none() || roles.any(|r| r.eq_ignore_ascii_case(role))
}

/// The country of an office whose words name none, when the article says it: the title's own
/// country ("Home Secretary"), else a country named right after the name of its `holder` when
/// the title stands before that name ("King Abdullah of Jordan", "President Ouattara of Ivory
/// Coast"), else the country of a seat of government after the holder's possessive
/// ("President Carter's White House"), else a country named just before the title with no
/// other title between ("Chinese counterpart Minister Li", not "the Pakistani president met
/// Prime Minister Tony Blair"), else the article's national context ([`national_context`])
/// when the country has such an office ([`has_office`]). Otherwise none: the country an
/// article names most is not a reason.
pub fn infer_country(
    text: &str,
    office: &OfficeMention,
    holder: Option<Span>,
    countries: &[CountryMention],
    context: impl FnOnce() -> Option<&'static str>,
) -> Option<&'static str> {
    if office.country.is_some() {
        return office.country;
    }
    if office.title_country.is_some() {
        return office.title_country;
    }
    if let Some(h) = holder.filter(|h| office.span.end <= h.start) {
        if let Some(c) = countries
            .iter()
            .find(|c| c.kind == FormKind::Name && text.get(h.end..c.span.start) == Some(" of "))
        {
            return Some(c.iso);
        }
    }
    // The holder's seat of government: "President Carter's White House".
    if let Some(h) = holder {
        if let Some(c) = countries.iter().find(|c| {
            c.kind == FormKind::Seat
                && matches!(
                    text.get(h.end..c.span.start),
                    Some("'s " | "’s " | "'s the " | "’s the ")
                )
        }) {
            return Some(c.iso);
        }
    }
    // A secretary general is an international body's, a union's or a party's ("Opec
    // secretary general Adnan Shihab-Eldin", "UN Secretary General Kofi Annan"), a European
    // commissioner the European Union's: no state's unless the words say so.
    if [
        "secretary general",
        "secretary-general",
        "eu commissioner",
        "european commissioner",
    ]
    .iter()
    .any(|r| office.role.eq_ignore_ascii_case(r))
    {
        return None;
    }
    // Nor is a post of an international body named just before the title ("EC Trade
    // Commissioner Willy De Clercq", "Nato commander", "UN envoy"), unless a country is
    // named there too ("French EC affairs minister", "U.S. IMF Representative").
    // (A full stop ends the clause after a small letter, not in "U.S."; four words are read,
    // so the clause is looked for in the 160 bytes before the title only.)
    let from = crate::text::floor_char_boundary(text, office.span.start.saturating_sub(160));
    let clause = text[from..office.span.start]
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '\n' | ',' | ';' | '"' | '(')
                || c == '.' && text[..from + i].ends_with(|p: char| p.is_lowercase())
        })
        .map_or(from, |(i, _)| from + i + 1);
    // (Or further, where a portfolio in title case stands between: "European Justice and Home
    // Affairs Commissioner Franco Frattini".)
    let international = |w: &str| {
        let body = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
        INTERNATIONAL.contains(&body.unwrap_or(w))
    };
    let words = || text[clause..office.span.start].split_whitespace().rev();
    let portfolio = words()
        .take_while(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "&"))
        .last();
    if (words().take(4).any(international) || portfolio.is_some_and(international))
        && !countries
            .iter()
            .any(|c| c.span.start >= clause && c.span.end <= office.span.start)
    {
        return None;
    }
    let near = countries.iter().rev().find(|c| {
        c.span.end <= office.span.start && office.span.start - c.span.end <= 30 && {
            let between = &text[c.span.end..office.span.start];
            // (Nor across a paragraph: "Short attacks US over aid\n\nFormer Cabinet minister
            // Clare Short"; Reuters indents its paragraphs.)
            !between.contains(['.', ';', '"', '“', '”'])
                && !between.contains("\n\n")
                && !between.contains("\n ")
                && !holds_title(between)
                // (Nor the country of a noun whose phrase the title's is part of: "land owned
                // by a British company as part of President Chavez's reform" is no British
                // post; "Japanese officials travelling with Finance Minister …" is Japanese.)
                && !between.split_whitespace().any(|w| w == "of")
        }
    });
    if let Some(c) = near {
        return Some(c.iso);
    }
    // A head of state or government the gazetteer knows by this post and surname in one of
    // the countries the article names, and in one only: "President Putin" in an article on
    // Russia that names the US too.
    if let Some(iso) = holder.and_then(|h| known_holder(text, h, &office.role, countries)) {
        return Some(iso);
    }
    // With no national context, the one country its sentence names before the title, if that
    // country has the post: "Thailand may lose 30bn baht, according to tourism minister …".
    // (A title before the name only: in "Belgium failed …, said Ralf Jäger, the minister" the
    // country is what was said.)
    let Some(context) = context() else {
        if holder.is_none_or(|h| h.start < office.span.end) {
            return None;
        }
        let from = text[..office.span.start]
            .rfind(['.', '!', '?', '\n'])
            .map_or(0, |k| k + 1);
        // (Its name, with no title between: "The Pakistani president met Prime Minister …"
        // is no Pakistani's post.)
        let mut before = countries
            .iter()
            .filter(|c| c.span.start >= from && c.span.end <= office.span.start)
            .filter(|c| c.kind == FormKind::Name)
            .filter(|c| !holds_title(&text[c.span.end..office.span.start]))
            .map(|c| c.iso);
        let first = before.next()?;
        return (before.all(|c| c == first) && has_office(first, &office.role)).then_some(first);
    };
    if has_office(context, &office.role) {
        return Some(context);
    }
    // A post the article's country has not is of the one other country it names that has it
    // ("senator John McCain", "President Bush" in a British article that names the US).
    let mut others = countries
        .iter()
        .filter(|c| matches!(c.kind, FormKind::Name | FormKind::Demonym) && c.iso != context)
        .filter(|c| has_office(c.iso, &office.role))
        .map(|c| c.iso);
    let first = others.next()?;
    others.all(|c| c == first).then_some(first)
}

/// `role` as the gazetteer's office holders name it: a premier is a prime minister.
fn holder_role(role: &str) -> &str {
    if role.eq_ignore_ascii_case("premier") {
        "Prime Minister"
    } else {
        role
    }
}

/// The one country among those the article names whose holder of `role`, as the gazetteer
/// lists them, has the surname of the name at `holder`.
fn known_holder(
    text: &str,
    holder: Span,
    role: &str,
    countries: &[CountryMention],
) -> Option<&'static str> {
    let role = holder_role(role);
    let surname = holder.of(text).rsplit(' ').next()?;
    let mut named: Vec<&'static str> = countries.iter().map(|c| c.iso).collect();
    named.sort_unstable();
    named.dedup();
    let mut known = named
        .into_iter()
        .filter(|iso| gazetteer().holder(iso, role, surname).is_some());
    let first = known.next()?;
    known.next().is_none().then_some(first)
}

/// Whether the words `between` a country and a title hold another title, whose country it
/// is ("The Pakistani president met Prime Minister …").
fn holds_title(between: &str) -> bool {
    between
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| !w.is_empty() && gazetteer().title(w).is_some())
}

/// The country of a description's office ("the president") that the article states with the
/// same title before `at`: "… his second term as US President … The president said" gives US.
pub fn stated_country(
    text: &str,
    role: &str,
    countries: &[CountryMention],
    at: usize,
) -> Option<&'static str> {
    countries
        .iter()
        .rev()
        .filter(|c| c.span.end <= at)
        .find(|c| {
            let after = text[c.span.end..].trim_start_matches("'s").trim_start();
            after
                .get(..role.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(role))
                && !after[role.len()..].starts_with(char::is_alphanumeric)
        })
        .map(|c| c.iso)
}
