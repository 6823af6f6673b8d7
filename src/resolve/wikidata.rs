//! Wikidata for people of the corpus, offline: the bundled table of heads of state and
//! government, ministers and international posts ([`wikidata_people`]), matched on the name
//! and a post and country an article gives; never on the name alone.

use super::corpus::{has_generational, parts, Appearance, Post};
use crate::gazetteer::{gazetteer, wikidata_people, TitleKind, WikidataPerson, WikidataPost};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The rows of the Wikidata people table by the (first, last) key of each of their names.
fn wikidata_by_name(
) -> &'static HashMap<(String, String), Vec<(&'static WikidataPerson, &'static str)>> {
    static BY: std::sync::LazyLock<
        HashMap<(String, String), Vec<(&'static WikidataPerson, &'static str)>>,
    > = std::sync::LazyLock::new(|| {
        let mut by: HashMap<(String, String), Vec<(&'static WikidataPerson, &'static str)>> =
            HashMap::new();
        for w in wikidata_people() {
            for n in std::iter::once(w.name).chain(w.aliases.iter().copied()) {
                let p = parts(n);
                if !p.first.is_empty() {
                    by.entry((p.first, p.last)).or_default().push((w, n));
                }
            }
        }
        by
    });
    &BY
}

/// The one Wikidata person of the bundled tables whose name is one of `names` and who holds a
/// post one of the appearances gives (the same country, and the same role for heads of state
/// and government, a minister's role for ministers). None when no row or several people fit:
/// never on the name alone.
pub(super) fn wikidata_for(
    appearances: &[Appearance],
    members: &[usize],
    names: &BTreeMap<&str, BTreeSet<&str>>,
) -> Option<(&'static str, &'static str, &'static [&'static str])> {
    let posts: BTreeSet<&Post> = members
        .iter()
        .flat_map(|&m| &appearances[m].posts)
        .collect();
    if posts.is_empty() {
        return None;
    }
    let keys: BTreeSet<(String, String)> = names
        .keys()
        .map(|n| parts(n))
        .filter(|p| !p.first.is_empty())
        .map(|p| (p.first, p.last))
        .collect();
    if keys.is_empty() {
        return None;
    }
    let g = gazetteer();
    let mut found: Vec<&'static WikidataPerson> = Vec::new();
    for key in &keys {
        for &(w, n) in wikidata_by_name().get(key).into_iter().flatten() {
            let fits_post = posts.iter().any(|p| {
                p.country.as_deref() == w.iso
                    && match w.kind {
                        WikidataPost::Head => p.role.eq_ignore_ascii_case(w.post),
                        WikidataPost::Minister => g
                            .title(&p.role)
                            .is_some_and(|t| t.kind == TitleKind::Minister),
                        WikidataPost::International => {
                            w.post.to_lowercase().starts_with(&p.role.to_lowercase())
                        }
                    }
            });
            // "Surangel Whipps Jr." is not his father Surangel Whipps: a generational suffix
            // must be in the articles' names too.
            if fits_post && (!has_generational(n) || names.keys().any(|m| has_generational(m))) {
                found.push(w);
            }
        }
    }
    let qids: BTreeSet<&str> = found.iter().map(|w| w.qid).collect();
    match (qids.len(), found.first()) {
        (1, Some(w)) => Some((w.qid, w.name, w.aliases.as_slice())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::resolve::corpus::resolve;
    use crate::resolve::corpus::tests::app;

    #[test]
    fn wikidata_needs_a_post_and_a_country() {
        // The tables name Volodymyr Zelenskyy (Q3874799) as President of Ukraine.
        let ids = resolve(&[
            app(
                "a",
                "Volodymyr Zelensky",
                None,
                &[("President", Some("UA"))],
            ),
            app("b", "Zelensky", None, &[("President", Some("UA"))]),
        ]);
        assert_eq!(ids.people.len(), 1);
        assert_eq!(ids.people[0].wikidata, Some("Q3874799"));
        assert!(ids.people[0]
            .alternate_names
            .contains("Volodymyr Zelenskyy"));
        // The name alone, or with the post of another country, links nothing.
        // A generational suffix in the tables ("Surangel Whipps Jr.", Q26703072) that the
        // articles do not give: perhaps the father.
        let ids = resolve(&[app(
            "a",
            "Surangel Whipps",
            None,
            &[("President", Some("PW"))],
        )]);
        assert_eq!(ids.people[0].wikidata, None);
        let ids = resolve(&[app(
            "a",
            "Surangel Whipps Jr.",
            None,
            &[("President", Some("PW"))],
        )]);
        assert_eq!(ids.people[0].wikidata, Some("Q26703072"));
        for posts in [&[][..], &[("President", Some("RU"))][..]] {
            let ids = resolve(&[app("a", "Volodymyr Zelensky", None, posts)]);
            assert_eq!(ids.people[0].wikidata, None, "{posts:?}");
        }
    }
}
