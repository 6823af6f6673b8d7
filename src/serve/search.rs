//! The search box: every name of the people, countries and posts of the store, matched as the
//! user types (case and accents folded; whole name, then word starts, then anywhere).

use super::explore::{page_of, select};
use super::ServeError;

/// One name the search box knows.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    /// The name as written.
    pub label: String,
    /// The canonical name, when `label` is an alias.
    pub name: String,
    /// person, country or post.
    pub kind: &'static str,
    /// The page.
    pub href: String,
    #[serde(skip)]
    folded: String,
}

/// Every name of the people, countries and posts of the store, for the search box.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// Lowercase, without accents, for matching "Zelenskyy" and "zelenskyy", "Türkiye" and
/// "turkiye".
fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

impl SearchIndex {
    /// Reads every name from the store.
    pub fn load(store: &crate::store::NewsStore) -> Result<SearchIndex, ServeError> {
        let identity = crate::mint::IDENTITY_GRAPH.as_str();
        let rows = select(
            store,
            &format!(
                "SELECT DISTINCT ?x ?label ?kind ?name WHERE {{
                   {{ {{ SELECT DISTINCT ?x WHERE {{ GRAPH <{identity}> {{ ?ap ng:corpusPerson ?x }} }} }}
                      ?x schema:name|schema:alternateName ?label . BIND ('person' AS ?kind)
                      OPTIONAL {{ ?x schema:name ?name }} }}
                   UNION {{ ?x a schema:Person ; schema:name|schema:alternateName ?label .
                            FILTER NOT EXISTS {{ GRAPH <{identity}> {{ ?any ng:corpusPerson ?y }} }}
                            BIND ('person' AS ?kind) OPTIONAL {{ ?x schema:name ?name }} }}
                   UNION {{ ?x a schema:Country ; schema:name|ng:isoCode ?label . BIND ('country' AS ?kind)
                            OPTIONAL {{ ?x schema:name ?name }} }}
                   UNION {{ ?x a org:Post ; rdfs:label ?label . BIND ('post' AS ?kind) BIND (?label AS ?name) }}
                 }}"
            ),
        )?;
        let mut entries: Vec<Entry> = rows
            .into_iter()
            .filter_map(|r| {
                let x = r.str("x")?;
                let label = r.str("label")?;
                let kind = match r.str("kind")?.as_str() {
                    "person" => "person",
                    "country" => "country",
                    _ => "post",
                };
                Some(Entry {
                    folded: fold(&label),
                    name: r.str("name").unwrap_or_else(|| label.clone()),
                    label,
                    kind,
                    href: page_of(&x)?,
                })
            })
            .collect();
        entries.sort_by(|a, b| {
            a.href
                .cmp(&b.href)
                .then(a.label.cmp(&b.label))
                .then(a.name.cmp(&b.name))
        });
        entries.dedup_by(|a, b| a.href == b.href && a.label == b.label);
        Ok(SearchIndex { entries })
    }

    /// How many names it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds no name.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` pages for `q`: a name that is `q` first, then names with a word that
    /// starts with it, then names that hold it; one entry per page; shorter names first.
    ///
    /// ```
    /// use newsgraph::serve::search::SearchIndex;
    /// use newsgraph::{extract::extract, mint::mint, read::Article, store::NewsStore};
    /// let store = NewsStore::in_memory()?;
    /// let a = Article::from_text("a.txt", "Ukrainian President Volodymyr Zelensky spoke.".to_owned());
    /// store.replace_article(&a.id, &mint(&a, &extract(&a.text)))?;
    /// let index = SearchIndex::load(&store)?;
    /// let found = index.search("zelen", 5);
    /// assert_eq!(found[0].name, "Volodymyr Zelensky");
    /// assert_eq!(found[0].href, "/person/volodymyr-zelensky");
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn search(&self, q: &str, limit: usize) -> Vec<&Entry> {
        let q = fold(q.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(u8, usize, &Entry)> = self
            .entries
            .iter()
            .filter_map(|e| {
                let rank = if e.folded == q {
                    0
                } else if e.folded.starts_with(&q)
                    || e.folded
                        .match_indices(&q)
                        .any(|(i, _)| e.folded[..i].ends_with(|c: char| !c.is_alphanumeric()))
                {
                    1
                } else if e.folded.contains(&q) {
                    2
                } else {
                    return None;
                };
                Some((rank, e.name.chars().count(), e))
            })
            .collect();
        hits.sort_by(|a, b| {
            (a.0, a.1, &a.2.name, &a.2.href).cmp(&(b.0, b.1, &b.2.name, &b.2.href))
        });
        let mut seen = std::collections::HashSet::new();
        hits.into_iter()
            .map(|(_, _, e)| e)
            .filter(|e| seen.insert(e.href.as_str()))
            .take(limit)
            .collect()
    }
}
