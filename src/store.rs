//! The persistent store: an Oxigraph (RocksDB) store with one named graph per article.
//!
//! Adding an article replaces its graph in one transaction, so building the same article again
//! never duplicates anything, and a build that is interrupted leaves each article either whole
//! or absent. [`NewsStore::loader`] does the same for a whole corpus through Oxigraph's bulk
//! loader, which writes sorted files instead of one transaction per article.
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

use crate::mint::{article_iri, graph_for};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{BulkLoader, StorageError, Store};
use std::collections::HashSet;
#[cfg(feature = "store")]
use std::path::Path;
use std::path::PathBuf;

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

/// The quads of article `id` from its triples: in the article's graph, except the names, codes
/// and labels of people, countries and posts, which go to the shared entities graph.
pub fn article_quads(id: &str, triples: Vec<Triple>) -> Vec<Quad> {
    let graph = article_iri(id);
    triples
        .into_iter()
        .map(|t| {
            let g = graph_for(&t, graph.as_ref()).into_owned();
            Quad::new(t.subject, t.predicate, t.object, g)
        })
        .collect()
}

/// How many quads the loader gathers before it hands them to the bulk loader.
const BATCH: usize = 1_000_000;

/// Loads many articles into the store through Oxigraph's bulk loader (see
/// [`NewsStore::loader`]), keeping the guarantee of [`NewsStore::replace_article`]: an article
/// already in the store has its graph replaced, not added to.
///
/// An article graph that exists is removed when its article is added; the new quads land when
/// the loader commits. An interrupted load therefore leaves each article of the run whole or
/// absent, and running it again completes it. An article added twice in one run is stored
/// once, as its last version.
pub struct ArticleLoader<'a> {
    store: &'a NewsStore,
    bulk: Option<BulkLoader<'a>>,
    batch: Vec<Quad>,
    seen: HashSet<NamedNode>,
    again: Vec<(NamedNode, Vec<Quad>)>,
}

impl ArticleLoader<'_> {
    /// Adds the quads of article `id` (from [`article_quads`]). Returns how many there are.
    pub fn add(&mut self, id: &str, quads: Vec<Quad>) -> Result<usize, StoreError> {
        let graph = article_iri(id);
        let n = quads.len();
        if self.bulk.is_none() {
            return self.store.replace_quads(&graph, &quads);
        }
        if !self.seen.insert(graph.clone()) {
            self.again.push((graph, quads));
            return Ok(n);
        }
        if self.store.has_graph(&graph)? {
            self.store
                .store
                .remove_named_graph(NamedOrBlankNode::from(graph).as_ref())?;
        }
        self.batch.extend(quads);
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        if let Some(bulk) = &mut self.bulk {
            bulk.load_quads(std::mem::take(&mut self.batch))?;
        }
        Ok(())
    }

    /// Writes everything added into the store.
    pub fn commit(mut self) -> Result<(), StoreError> {
        self.flush()?;
        if let Some(bulk) = self.bulk.take() {
            bulk.commit()?;
        }
        for (graph, quads) in std::mem::take(&mut self.again) {
            self.store.replace_quads(&graph, &quads)?;
        }
        Ok(())
    }
}

/// newsgraph's store.
pub struct NewsStore {
    store: Store,
    on_disk: bool,
    /// The lock file of an on-disk store, locked while it is open.
    _lock: Option<std::fs::File>,
}

impl NewsStore {
    /// Opens (or creates) the store at `path` for reading and writing.
    ///
    /// First takes an exclusive lock on `newsgraph.lock` in the store directory, held while
    /// the store is open: a second newsgraph process gets [`StoreError::Locked`] before it
    /// touches RocksDB (whose own lock error, in oxigraph 0.5, can crash the second process
    /// rather than fail cleanly). The lock is released when the process ends, even by SIGKILL.
    #[cfg(feature = "store")]
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let open_error = |source: std::io::Error| StoreError::Open {
            path: path.to_path_buf(),
            source: source.into(),
        };
        std::fs::create_dir_all(path).map_err(open_error)?;
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path.join("newsgraph.lock"))
            .map_err(open_error)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: path.to_path_buf(),
                })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(open_error(e)),
        }
        Store::open(path)
            .map(|store| NewsStore {
                store,
                on_disk: true,
                _lock: Some(lock),
            })
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

    /// Opens an existing store for reading only; an absent one is an error rather than a new
    /// empty store.
    ///
    /// Takes a shared lock on `newsgraph.lock`: readers run side by side, and a writer
    /// ([`NewsStore::open`]) gets [`StoreError::Locked`] while any reader has the store open, as
    /// a reader does while a writer has it. An `oxigraph` process (which knows nothing of
    /// `newsgraph.lock`) holding RocksDB's own lock is also reported as [`StoreError::Locked`].
    /// Opening read-only costs less than read-write and writes nothing into the store (a
    /// read-write open writes a new manifest, options file and log file each time).
    #[cfg(feature = "store")]
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        let locked = || StoreError::Locked {
            path: path.to_path_buf(),
        };
        let open_error = |source: std::io::Error| StoreError::Open {
            path: path.to_path_buf(),
            source: source.into(),
        };
        let lock = std::fs::File::open(path.join("newsgraph.lock"));
        let lock = match lock {
            Ok(lock) => match lock.try_lock_shared() {
                Ok(()) => Some(lock),
                Err(std::fs::TryLockError::WouldBlock) => return Err(locked()),
                Err(std::fs::TryLockError::Error(e)) => return Err(open_error(e)),
            },
            // A store written by another Oxigraph tool has no newsgraph.lock.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(open_error(e)),
        };
        if !path.join("CURRENT").exists() {
            // A first build that has just begun holds the lock before RocksDB writes CURRENT
            // (and then the shared lock above was refused).
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        if rocksdb_lock_held(path).map_err(open_error)? {
            return Err(locked());
        }
        Store::open_read_only(path)
            .map(|store| NewsStore {
                store,
                on_disk: true,
                _lock: lock,
            })
            .map_err(|source| StoreError::Open {
                path: path.to_path_buf(),
                source,
            })
    }

    /// A store in memory, for tests and `extract`.
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(NewsStore {
            store: Store::new()?,
            on_disk: false,
            _lock: None,
        })
    }

    /// The Oxigraph store underneath.
    pub fn inner(&self) -> &Store {
        &self.store
    }

    /// Replaces the graph of article `id` with `triples`, in one transaction. Returns the
    /// number of quads written.
    pub fn replace_article(&self, id: &str, triples: &[Triple]) -> Result<usize, StoreError> {
        self.replace_quads(&article_iri(id), &article_quads(id, triples.to_vec()))
    }

    /// Replaces the graph `graph` with the article quads `quads`, in one transaction.
    fn replace_quads(&self, graph: &NamedNode, quads: &[Quad]) -> Result<usize, StoreError> {
        let mut tx = self.store.start_transaction()?;
        tx.clear_graph(graph.as_ref())?;
        tx.insert_named_graph(graph.as_ref());
        for q in quads {
            tx.insert(q);
        }
        tx.commit()?;
        Ok(quads.len())
    }

    /// A loader for many articles at once, through Oxigraph's bulk loader.
    ///
    /// ```
    /// use newsgraph::{extract::extract, mint::mint, read::Article, store::{article_quads, NewsStore}};
    /// let store = NewsStore::in_memory()?;
    /// let article = Article::from_text("a.txt", "\"No,\" Jane Smith said.".to_owned());
    /// let triples = mint(&article, &extract(&article.text));
    /// store.replace_article(&article.id, &triples)?; // an earlier build
    /// let mut loader = store.loader();
    /// loader.add(&article.id, article_quads(&article.id, triples.clone()))?;
    /// loader.commit()?;
    /// assert_eq!(store.stats()?.triples, triples.len()); // replaced, not doubled
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn loader(&self) -> ArticleLoader<'_> {
        ArticleLoader {
            store: self,
            // In memory, Oxigraph's bulk loader is one long transaction that would block the
            // removal of graphs built before: load article by article there.
            bulk: self.on_disk.then(|| self.store.bulk_loader()),
            batch: Vec::new(),
            seen: HashSet::new(),
            again: Vec::new(),
        }
    }

    /// Compacts the store after a large build, so that the first queries are fast.
    pub fn optimize(&self) -> Result<(), StoreError> {
        #[cfg(feature = "store")]
        self.store.optimize()?;
        Ok(())
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

/// Whether another process holds RocksDB's lock on the store at `path` (`oxigraph serve`, say).
/// RocksDB locks its `LOCK` file with `fcntl`, which `flock` (`File::try_lock`) does not see.
#[cfg(all(feature = "store", unix))]
fn rocksdb_lock_held(path: &Path) -> std::io::Result<bool> {
    use std::os::fd::AsRawFd;
    let file = match std::fs::File::open(path.join("LOCK")) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    // SAFETY: `flock` is plain data, valid zeroed; F_GETLK only writes into it; the descriptor
    // is open for the duration of the call.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as libc::c_short;
    lock.l_whence = libc::SEEK_SET as libc::c_short;
    // l_start = 0 and l_len = 0: the whole file.
    if unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETLK, &mut lock) } == -1 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(lock.l_type != libc::F_UNLCK as libc::c_short)
}

/// Elsewhere RocksDB's lock is not checked before a read-only open.
#[cfg(all(feature = "store", not(unix)))]
fn rocksdb_lock_held(_path: &Path) -> std::io::Result<bool> {
    Ok(false)
}
