//! Keeping the identity graph ([`crate::identity`]) in step with the article graphs.

use super::load::REMOVE_BATCH;
use super::{NewsStore, StoreError};
use crate::identity::{identity_triples, People, IDENTITY_GRAPH, READS};
use oxigraph::model::{GraphNameRef, NamedNode, Quad};
use std::collections::HashSet;

/// What [`NewsStore::resolve_people`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Resolution {
    /// People as the articles name them (one per article and person).
    pub appearances: usize,
    /// People of the corpus.
    pub people: usize,
    /// People of the corpus linked to Wikidata.
    pub wikidata: usize,
}

/// How the identity graph changes: the quads to remove and the quads to add.
pub(super) struct Changes {
    pub(super) stale: Vec<Quad>,
    pub(super) added: Vec<Quad>,
    pub(super) resolution: Resolution,
}

impl NewsStore {
    /// Recomputes the identity graph from the article graphs: which people of the articles
    /// are one person across the corpus (see [`crate::identity`]). Every build and
    /// [`NewsStore::replace_article`] runs it; the result depends only on the articles, and
    /// only what changed is written.
    ///
    /// ```
    /// use newsgraph::{process, read::Article, store::NewsStore};
    /// let store = NewsStore::in_memory()?;
    /// for (id, text) in [("a.txt", "UK Prime Minister Tony Blair spoke."), ("b.txt", "\"No,\" Mr Blair said.")] {
    ///     let article = Article::with_id(id.into(), id.into(), text.to_owned());
    ///     store.replace_article(id, &process(&article).1)?;
    /// }
    /// let r = store.resolve_people()?;
    /// assert_eq!((r.appearances, r.people), (2, 1));
    /// assert_eq!(store.stats()?.people, 1);
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn resolve_people(&self) -> Result<Resolution, StoreError> {
        let mut people = People::default();
        self.gather_people(&HashSet::new(), &mut people)?;
        let changes = self.identity_changes(people)?;
        self.remove_quads(&changes.stale)?;
        self.write_quads(&changes.added, true)?;
        Ok(changes.resolution)
    }

    /// Removes `quads`, in transactions of [`REMOVE_BATCH`].
    pub(super) fn remove_quads(&self, quads: &[Quad]) -> Result<(), StoreError> {
        self.write_quads(quads, false)
    }

    /// Inserts (or removes) `quads`, in transactions of [`REMOVE_BATCH`].
    fn write_quads(&self, quads: &[Quad], insert: bool) -> Result<(), StoreError> {
        for chunk in quads.chunks(REMOVE_BATCH) {
            let mut tx = self.store.start_transaction()?;
            for q in chunk {
                if insert {
                    tx.insert(q);
                } else {
                    tx.remove(q);
                }
            }
            tx.commit()?;
        }
        Ok(())
    }

    /// Adds to `people` what the store says of people, but in the graphs `skip` (articles
    /// being replaced) and the identity graph.
    pub(super) fn gather_people(
        &self,
        skip: &HashSet<NamedNode>,
        people: &mut People,
    ) -> Result<(), StoreError> {
        for p in READS {
            for q in self.store.quads_for_pattern(None, Some(p), None, None) {
                let q = q?;
                let skipped = match q.graph_name.as_ref() {
                    GraphNameRef::NamedNode(g) => {
                        g == IDENTITY_GRAPH || (!skip.is_empty() && skip.contains(&g.into_owned()))
                    }
                    _ => false,
                };
                if !skipped {
                    people.add(q.as_ref());
                }
            }
        }
        Ok(())
    }

    /// The identity graph of `people` against the one the store holds.
    pub(super) fn identity_changes(&self, people: People) -> Result<Changes, StoreError> {
        let resolved = people.resolve();
        let new: HashSet<Quad> = identity_triples(&resolved)
            .into_iter()
            .map(|t| t.in_graph(IDENTITY_GRAPH))
            .collect();
        let old: HashSet<Quad> = self
            .store
            .quads_for_pattern(
                None,
                None,
                None,
                Some(GraphNameRef::NamedNode(IDENTITY_GRAPH)),
            )
            .collect::<Result<_, _>>()?;
        let stale: Vec<Quad> = old.difference(&new).cloned().collect();
        let added: Vec<Quad> = new.difference(&old).cloned().collect();
        Ok(Changes {
            stale,
            added,
            resolution: Resolution {
                appearances: resolved.appearances.len(),
                people: resolved.identities.people.len(),
                wikidata: resolved
                    .identities
                    .people
                    .iter()
                    .filter(|p| p.wikidata.is_some())
                    .count(),
            },
        })
    }
}
