//! The persistent store: an Oxigraph (RocksDB) store with one named graph per article.
//!
//! Adding an article replaces its graph in one transaction, so building the same article again
//! never duplicates anything, and a build that is interrupted leaves each article either whole
//! or absent.
//!
//! ```
//! use newsgraph::{extract::extract, mint::mint, read::Article, store::NewsStore};
//! let store = NewsStore::in_memory()?;
//! let article = Article::from_text("-", "\"No,\" Jane Smith said.".to_owned());
//! let triples = mint(&article, &extract(&article.text));
//! store.replace_article(&article.id, &triples)?;
//! store.replace_article(&article.id, &triples)?;
//! let stats = store.stats()?;
//! assert_eq!((stats.articles, stats.people, stats.statements), (1, 1, 1));
//! assert_eq!(stats.triples, triples.len());
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

use crate::mint::{article_iri, is_entity_triple, ENTITIES_GRAPH};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};
use std::path::{Path, PathBuf};

/// An error of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process has the store open.
    #[error("the store {path} is in use by another newsgraph (or oxigraph) process; wait for it to finish, or use another --store")]
    Locked {
        /// The store directory.
        path: PathBuf,
    },
    /// The store could not be opened.
    #[error("cannot open the store {path}: {source}")]
    Open {
        /// The store directory.
        path: PathBuf,
        /// The cause.
        source: StorageError,
    },
    /// No store at the path (for commands that only read).
    #[error("no store at {path}: build one first with `newsgraph build INPUT --store {path}`")]
    Missing {
        /// The store directory.
        path: PathBuf,
    },
    /// Reading or writing failed.
    #[error("store error: {0}")]
    Storage(#[from] StorageError),
    /// A counting query failed.
    #[error("store query failed: {0}")]
    Query(#[from] oxigraph::sparql::QueryEvaluationError),
}

/// Counts of what a store holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Article graphs.
    pub articles: usize,
    /// Distinct people.
    pub people: usize,
    /// Distinct countries.
    pub countries: usize,
    /// Distinct (person, post) holdings.
    pub offices: usize,
    /// Statements.
    pub statements: usize,
    /// Quads in the store.
    pub triples: usize,
}

/// newsgraph's store.
pub struct NewsStore {
    store: Store,
}

impl NewsStore {
    /// Opens (or creates) the store at `path` for reading and writing.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Store::open(path)
            .map(|store| NewsStore { store })
            .map_err(|source| {
                let msg = source.to_string();
                if msg.contains("lock") || msg.contains("Resource temporarily unavailable") {
                    StoreError::Locked {
                        path: path.to_path_buf(),
                    }
                } else {
                    StoreError::Open {
                        path: path.to_path_buf(),
                        source,
                    }
                }
            })
    }

    /// Opens an existing store; an absent one is an error rather than a new empty store.
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        Self::open(path)
    }

    /// A store in memory, for tests and `extract`.
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(NewsStore {
            store: Store::new()?,
        })
    }

    /// The Oxigraph store underneath.
    pub fn inner(&self) -> &Store {
        &self.store
    }

    /// Replaces the graph of article `id` with `triples`, in one transaction. Returns the
    /// number of quads written.
    pub fn replace_article(&self, id: &str, triples: &[Triple]) -> Result<usize, StoreError> {
        let graph = article_iri(id);
        let mut tx = self.store.start_transaction()?;
        tx.clear_graph(graph.as_ref())?;
        tx.insert_named_graph(graph.as_ref());
        for t in triples {
            let g = if is_entity_triple(t) {
                ENTITIES_GRAPH.into_owned()
            } else {
                graph.clone()
            };
            tx.insert(&Quad::new(
                t.subject.clone(),
                t.predicate.clone(),
                t.object.clone(),
                g,
            ));
        }
        tx.commit()?;
        Ok(triples.len())
    }

    /// Compacts the store after a large build, so that the first queries are fast.
    pub fn optimize(&self) -> Result<(), StoreError> {
        Ok(self.store.optimize()?)
    }

    /// The quads of one article graph, or of all when `graph` is `None`.
    pub fn quads(
        &self,
        graph: Option<&NamedNode>,
    ) -> impl Iterator<Item = Result<Quad, StorageError>> + '_ {
        let g = graph.map(|g| GraphNameRef::NamedNode(g.as_ref()));
        self.store.quads_for_pattern(None, None, None, g)
    }

    /// Whether article graph `graph` exists.
    pub fn has_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        Ok(self
            .store
            .contains_named_graph(NamedOrBlankNode::from(graph.clone()).as_ref())?)
    }

    /// Counts what the store holds.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let count = |pattern: &str| -> Result<usize, StoreError> {
            let q = format!(
                "PREFIX schema: <http://schema.org/> PREFIX org: <http://www.w3.org/ns/org#> \
                 PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
            );
            let mut prepared = SparqlEvaluator::new()
                .parse_query(&q)
                .expect("stats queries parse");
            prepared.dataset_mut().set_default_graph_as_union();
            if let QueryResults::Solutions(mut rows) = prepared.on_store(&self.store).execute()? {
                if let Some(Term::Literal(l)) =
                    rows.next().transpose()?.and_then(|r| r.get("n").cloned())
                {
                    return Ok(l.value().parse().unwrap_or(0));
                }
            }
            Ok(0)
        };
        Ok(Stats {
            articles: count("SELECT DISTINCT ?a WHERE { ?a a schema:NewsArticle }")?,
            people: count("SELECT DISTINCT ?p WHERE { ?p a schema:Person }")?,
            countries: count("SELECT DISTINCT ?c WHERE { ?c a schema:Country }")?,
            offices: count("SELECT DISTINCT ?p ?o WHERE { ?p org:holds|ng:formerlyHolds ?o }")?,
            statements: count("SELECT DISTINCT ?s WHERE { ?s a schema:Quotation }")?,
            triples: self.store.len()?,
        })
    }
}
