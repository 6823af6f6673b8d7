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
//! // The article's triples, and the identity graph's 4: Jane Smith as this article names her.
//! assert_eq!(stats.triples, triples.len() + 4);
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

use crate::mint::{article_iri, graph_for, ENTITIES_GRAPH};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};
use std::collections::HashSet;
#[cfg(feature = "store")]
use std::path::Path;
use std::path::PathBuf;

mod identity;
mod load;
pub use identity::Resolution;
pub use load::ArticleLoader;

/// An error of the store.
///
/// Each message is one line with what to do; the underlying storage error is part of the
/// message, not a separate cause, so that `{:#}` does not print it twice.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process has the store open.
    #[error("the store {path} is in use by another newsgraph (or oxigraph) process; wait for it to finish (a `newsgraph serve` holds it until stopped), or use another --store")]
    Locked {
        /// The store directory.
        path: PathBuf,
    },
    /// The store could not be opened.
    #[error("cannot open the store {path}: {cause}; if the store is damaged, `newsgraph repair --store {path}` recovers what it can")]
    Open {
        /// The store directory.
        path: PathBuf,
        /// The cause.
        cause: StorageError,
    },
    /// The directory holds a RocksDB store that cannot be opened as it is: never taken for
    /// an empty one, never built into.
    #[error("the store {path} is damaged ({what}); newsgraph will not read or build into it: run `newsgraph repair --store {path}` to recover it, or move it aside and build anew")]
    Damaged {
        /// The store directory.
        path: PathBuf,
        /// What is wrong.
        what: String,
    },
    /// A build that replaced articles stopped before removing their old quads: a reader would
    /// see both versions.
    #[error("the store {path} holds articles that a stopped build was replacing; any build into it, or `newsgraph repair --store {path}`, finishes the replacement")]
    Unfinished {
        /// The store directory.
        path: PathBuf,
    },
    /// No store at the path (for commands that only read).
    #[error("no store at {path}: build one first with `newsgraph build INPUT --store {path}`")]
    Missing {
        /// The store directory.
        path: PathBuf,
    },
    /// The store holds an article with the same id built from another file, and the new
    /// one is different: two folders with a file of the same relative path, most likely.
    #[error("its id {id:?} is already the id of the stored article built from {stored}, a different text; to keep both, build one folder with --id-base (e.g. --id-base {hint}/); to replace the stored article, give --replace")]
    OtherSource {
        /// The article id.
        id: String,
        /// The file the stored article was built from.
        stored: String,
        /// A prefix to suggest.
        hint: String,
    },
    /// Reading or writing failed.
    #[error("store error: {0}")]
    Storage(StorageError),
    /// A counting query failed.
    #[error("store query failed: {0}")]
    Query(oxigraph::sparql::QueryEvaluationError),
}

impl From<StorageError> for StoreError {
    fn from(e: StorageError) -> Self {
        StoreError::Storage(e)
    }
}

impl From<oxigraph::sparql::QueryEvaluationError> for StoreError {
    fn from(e: oxigraph::sparql::QueryEvaluationError) -> Self {
        StoreError::Query(e)
    }
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

/// newsgraph's store.
pub struct NewsStore {
    store: Store,
    /// The store directory, for a store on disk.
    dir: Option<PathBuf>,
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
    ///
    /// A directory that holds RocksDB's files but not its `CURRENT` file is a damaged store
    /// ([`StoreError::Damaged`]), not a place for a new one: RocksDB would start an empty
    /// database over the old files. Sorted files that an interrupted bulk load left behind
    /// (`bulk-*.sst`, never part of the store) are deleted once the store is open.
    #[cfg(feature = "store")]
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let open_error = |cause: std::io::Error| StoreError::Open {
            path: path.to_path_buf(),
            cause: cause.into(),
        };
        if let Some(what) = damage(path).map_err(open_error)? {
            return Err(StoreError::Damaged {
                path: path.to_path_buf(),
                what,
            });
        }
        std::fs::create_dir_all(path).map_err(open_error)?;
        let lock = lock_exclusive(path)?;
        if rocksdb_lock_held(path).map_err(open_error)? {
            return Err(StoreError::Locked {
                path: path.to_path_buf(),
            });
        }
        let store = Store::open(path).map_err(|cause| open_failed(path, cause))?;
        remove_leftover_bulk_files(path).map_err(open_error)?;
        let store = NewsStore {
            store,
            dir: Some(path.to_path_buf()),
            _lock: Some(lock),
        };
        // An earlier load that replaced articles and stopped before removing their old quads.
        load::apply_journal(&store, path)?;
        Ok(store)
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
        let open_error = |cause: std::io::Error| StoreError::Open {
            path: path.to_path_buf(),
            cause: cause.into(),
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
        if let Some(what) = damage(path).map_err(open_error)? {
            return Err(StoreError::Damaged {
                path: path.to_path_buf(),
                what,
            });
        }
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
        let store = Store::open_read_only(path)
            .map(|store| NewsStore {
                store,
                dir: Some(path.to_path_buf()),
                _lock: lock,
            })
            .map_err(|cause| open_failed(path, cause))?;
        if load::journal_pending(&store, path)? {
            return Err(StoreError::Unfinished {
                path: path.to_path_buf(),
            });
        }
        Ok(store)
    }

    /// Repairs the damaged store at `path`: recovers what RocksDB's files still hold.
    ///
    /// When only the `CURRENT` file is missing, it is written again, naming the newest
    /// manifest. Otherwise (or when that store still does not open) RocksDB's repair runs: it
    /// rebuilds the manifest from every table and log file it can read and place, and sets
    /// aside the others (RocksDB moves them to `lost/` in the store directory). Tables written by
    /// Oxigraph's bulk loader name no column family, so with the manifest lost they cannot be
    /// placed: such a store comes out empty ([`RepairKind::NothingRecovered`]), its files kept in
    /// `lost/`. Either way the store is then opened to check it. A store that opens as it is is
    /// left untouched.
    #[cfg(feature = "store")]
    pub fn repair(path: &Path) -> Result<Repair, StoreError> {
        let open_error = |cause: std::io::Error| StoreError::Open {
            path: path.to_path_buf(),
            cause: cause.into(),
        };
        if !path.is_dir() || !has_rocksdb_files(path).map_err(open_error)? {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let lock = lock_exclusive(path)?;
        if rocksdb_lock_held(path).map_err(open_error)? {
            return Err(StoreError::Locked {
                path: path.to_path_buf(),
            });
        }
        let mut how = if path.join("CURRENT").exists() {
            match Store::open(path) {
                Ok(store) => {
                    drop(store);
                    RepairKind::NothingToRepair
                }
                // Only damage calls for RocksDB's repair: a full disk, a permission or a
                // store of another version would come out of it emptied.
                Err(cause) => match open_failed(path, cause) {
                    StoreError::Damaged { .. } => RepairKind::Rebuilt,
                    other => return Err(other),
                },
            }
        } else {
            match newest_manifest(path).map_err(open_error)? {
                Some(manifest) => {
                    std::fs::write(path.join("CURRENT"), format!("{manifest}\n"))
                        .map_err(open_error)?;
                    match Store::open(path) {
                        Ok(store) => {
                            drop(store);
                            RepairKind::CurrentRestored(manifest)
                        }
                        Err(_) => RepairKind::Rebuilt,
                    }
                }
                None => RepairKind::Rebuilt,
            }
        };
        if how == RepairKind::Rebuilt {
            rocksdb_repair(path).map_err(|cause| StoreError::Damaged {
                path: path.to_path_buf(),
                what: format!("RocksDB's repair failed: {cause}"),
            })?;
        }
        let store = Store::open(path).map_err(|cause| StoreError::Damaged {
            path: path.to_path_buf(),
            what: format!("it still does not open after the repair: {cause}"),
        })?;
        remove_leftover_bulk_files(path).map_err(open_error)?;
        let store = NewsStore {
            store,
            dir: Some(path.to_path_buf()),
            _lock: Some(lock),
        };
        let removed = load::apply_journal(&store, path)?;
        // Derived data follows what the articles are now.
        if how != RepairKind::NothingToRepair || removed > 0 {
            store.resolve_people()?;
        }
        let stats = store.stats()?;
        if how == RepairKind::Rebuilt && stats.triples == 0 {
            how = RepairKind::NothingRecovered;
        } else if how == RepairKind::NothingToRepair && removed > 0 {
            how = RepairKind::JournalFinished(removed);
        }
        Ok(Repair { how, stats })
    }

    /// Whether a load that replaced articles landed but has not removed their old quads yet
    /// (its journal is pending): the next [`NewsStore::open`] finishes it.
    pub fn unfinished(&self) -> Result<bool, StoreError> {
        match &self.dir {
            Some(dir) => load::journal_pending(self, dir),
            None => Ok(false),
        }
    }

    /// A store in memory, for tests and `extract`.
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(NewsStore {
            store: Store::new()?,
            dir: None,
            _lock: None,
        })
    }

    /// The Oxigraph store underneath.
    pub fn inner(&self) -> &Store {
        &self.store
    }

    /// Replaces the graph of article `id` with `triples`, in one transaction. Returns the
    /// number of quads written.
    /// People, countries, posts and organisations that only the old version named are removed
    /// ([`NewsStore::remove_orphans`]).
    pub fn replace_article(&self, id: &str, triples: &[Triple]) -> Result<usize, StoreError> {
        let graph = article_iri(id);
        let existed = self.has_graph(&graph)?;
        let n = self.replace_quads(&graph, &article_quads(id, triples.to_vec()))?;
        self.resolve_people()?;
        if existed {
            self.remove_orphans()?;
        }
        Ok(n)
    }

    /// Removes from the shared entities graph the people, countries, posts and organisations
    /// that no article names any more (after articles were replaced), so that they are not
    /// counted or listed. An entity stays when an article graph names it, or when a staying
    /// entity does (a post names its country). Returns how many were removed.
    ///
    /// ```
    /// use newsgraph::{extract::extract, mint::mint, read::Article, store::NewsStore};
    /// let store = NewsStore::in_memory()?;
    /// let first = Article::with_id("a.txt".into(), "a.txt".into(), "\"No,\" Jane Smith said.".into());
    /// store.replace_article("a.txt", &mint(&first, &extract(&first.text)))?;
    /// let second = Article::with_id("a.txt".into(), "a.txt".into(), "\"Yes,\" John Brown said.".into());
    /// store.replace_article("a.txt", &mint(&second, &extract(&second.text)))?; // removes Jane Smith
    /// assert_eq!(store.stats()?.people, 1);
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn remove_orphans(&self) -> Result<usize, StoreError> {
        let entities = GraphNameRef::NamedNode(ENTITIES_GRAPH);
        let mut subjects: HashSet<NamedNode> = HashSet::new();
        let mut edges: Vec<(NamedNode, NamedNode)> = Vec::new();
        for q in self
            .store
            .quads_for_pattern(None, None, None, Some(entities))
        {
            let q = q?;
            let NamedOrBlankNode::NamedNode(s) = q.subject else {
                continue;
            };
            if let Term::NamedNode(o) = q.object {
                edges.push((s.clone(), o));
            }
            subjects.insert(s);
        }
        // Named outside the entities graph: in an article graph, as subject or object.
        let outside = |q: Result<Quad, StorageError>| match q {
            Ok(q) => Ok(q.graph_name.as_ref() != entities),
            Err(e) => Err(e),
        };
        let mut live: HashSet<NamedNode> = HashSet::new();
        for s in &subjects {
            let as_subject = self
                .store
                .quads_for_pattern(Some(s.into()), None, None, None)
                .map(outside)
                .find(|r| !matches!(r, Ok(false)));
            let named = match as_subject {
                Some(r) => r?,
                None => self
                    .store
                    .quads_for_pattern(None, None, Some(s.into()), None)
                    .map(outside)
                    .find(|r| !matches!(r, Ok(false)))
                    .transpose()?
                    .unwrap_or(false),
            };
            if named {
                live.insert(s.clone());
            }
        }
        // What staying entities name stays too.
        let mut changed = true;
        while changed {
            changed = false;
            for (s, o) in &edges {
                if live.contains(s) && subjects.contains(o) && live.insert(o.clone()) {
                    changed = true;
                }
            }
        }
        let dead: Vec<&NamedNode> = subjects.iter().filter(|s| !live.contains(*s)).collect();
        for chunk in dead.chunks(1000) {
            let mut tx = self.store.start_transaction()?;
            for s in chunk {
                let quads: Vec<Quad> = tx
                    .quads_for_pattern(Some((*s).into()), None, None, Some(entities))
                    .collect::<Result<_, _>>()?;
                for q in &quads {
                    tx.remove(q);
                }
            }
            tx.commit()?;
        }
        Ok(dead.len())
    }

    /// Replaces the graph `graph` with the article quads `quads`, in one transaction.
    pub(crate) fn replace_quads(
        &self,
        graph: &NamedNode,
        quads: &[Quad],
    ) -> Result<usize, StoreError> {
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
    /// // Replaced, not doubled; 4 more for the identity graph (see NewsStore::resolve_people).
    /// assert_eq!(store.stats()?.triples, triples.len() + 4);
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn loader(&self) -> ArticleLoader<'_> {
        ArticleLoader::new(self)
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

    /// Reads the store looking for a storage error (a damaged block, a missing file), for at
    /// most `budget`: every quad of the graph index with its strings, then each predicate's
    /// quads through the predicate index. The first error, or `None` when everything read in
    /// time was sound.
    ///
    /// ```
    /// use newsgraph::{read::Article, store::NewsStore};
    /// let store = NewsStore::in_memory()?;
    /// let a = Article::from_text("-", "\"No,\" Jane Smith said.".to_owned());
    /// store.replace_article(&a.id, &newsgraph::process(&a).1)?;
    /// assert!(store.find_damage(std::time::Duration::from_secs(5)).is_none());
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn find_damage(&self, budget: std::time::Duration) -> Option<StorageError> {
        let started = std::time::Instant::now();
        let mut predicates = HashSet::new();
        for (i, q) in self.store.iter().enumerate() {
            match q {
                Ok(q) => {
                    if predicates.len() < 10_000 {
                        predicates.insert(q.predicate);
                    }
                }
                Err(e) => return Some(e),
            }
            if i % 4096 == 0 && started.elapsed() > budget {
                return None;
            }
        }
        for p in &predicates {
            for (i, q) in self
                .store
                .quads_for_pattern(None, Some(p.as_ref()), None, None)
                .enumerate()
            {
                if let Err(e) = q {
                    return Some(e);
                }
                if i % 4096 == 0 && started.elapsed() > budget {
                    return None;
                }
            }
        }
        None
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
            // People of the corpus (see crate::identity); in a store built before there was an
            // identity graph, the people of the articles.
            people: match count(&format!(
                "SELECT DISTINCT ?p WHERE {{ GRAPH <{}> {{ ?a ng:corpusPerson ?p }} }}",
                crate::mint::IDENTITY_GRAPH.as_str()
            ))? {
                0 => count("SELECT DISTINCT ?p WHERE { ?p a schema:Person }")?,
                n => n,
            },
            countries: count("SELECT DISTINCT ?c WHERE { ?c a schema:Country }")?,
            offices: count("SELECT DISTINCT ?p ?o WHERE { ?p org:holds|ng:formerlyHolds ?o }")?,
            statements: count("SELECT DISTINCT ?s WHERE { ?s a schema:Quotation }")?,
            triples: self.store.len()?,
        })
    }
}

/// What [`NewsStore::repair`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepairKind {
    /// The store opened as it was; nothing was changed.
    NothingToRepair,
    /// `CURRENT` was missing and now names this manifest.
    CurrentRestored(String),
    /// RocksDB's repair rebuilt the manifest from the files it could read.
    Rebuilt,
    /// RocksDB's repair ran, but the store holds nothing.
    NothingRecovered,
    /// The store was sound, but a load had stopped before removing the old quads of the
    /// articles it replaced: this many were removed.
    JournalFinished(usize),
}

/// The outcome of [`NewsStore::repair`]: what was done and what the store holds now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// What was done.
    pub how: RepairKind,
    /// What the store holds after the repair.
    pub stats: Stats,
}

/// Takes the exclusive `newsgraph.lock` of the store at `path`.
#[cfg(feature = "store")]
fn lock_exclusive(path: &Path) -> Result<std::fs::File, StoreError> {
    let open_error = |cause: std::io::Error| StoreError::Open {
        path: path.to_path_buf(),
        cause: cause.into(),
    };
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path.join("newsgraph.lock"))
        .map_err(open_error)?;
    match lock.try_lock() {
        Ok(()) => Ok(lock),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Locked {
            path: path.to_path_buf(),
        }),
        Err(std::fs::TryLockError::Error(e)) => Err(open_error(e)),
    }
}

/// The error of a store that exists but does not open: locked by another process (RocksDB's
/// own lock), or damaged.
#[cfg(feature = "store")]
fn open_failed(path: &Path, cause: StorageError) -> StoreError {
    let msg = cause.to_string();
    // RocksDB's lock error: "IO error: While lock file: …/LOCK: Resource temporarily
    // unavailable" (not every message with "lock" in it: "block checksum mismatch").
    if msg.contains("While lock file") || msg.contains("Resource temporarily unavailable") {
        StoreError::Locked {
            path: path.to_path_buf(),
        }
    } else if msg.contains("Corruption")
        || msg.contains("MANIFEST")
        || msg.contains("No such file")
        || msg.contains("checksum")
    {
        StoreError::Damaged {
            path: path.to_path_buf(),
            what: msg,
        }
    } else {
        StoreError::Open {
            path: path.to_path_buf(),
            cause,
        }
    }
}

/// Whether `dir` holds files of a RocksDB database (beyond newsgraph's lock file).
#[cfg(feature = "store")]
fn has_rocksdb_files(dir: &Path) -> std::io::Result<bool> {
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name();
        let name = name.to_string_lossy();
        // RocksDB's own names: a numbered table or log (000012.sst), not any *.log file.
        let numbered = |ext: &str| {
            name.strip_suffix(ext)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        if name.starts_with("MANIFEST-")
            || name.starts_with("OPTIONS-")
            || name == "IDENTITY"
            || name == "CURRENT"
            || numbered(".sst")
            || numbered(".log")
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// What is wrong with the store directory at `path`, if it holds RocksDB files without the
/// `CURRENT` file that says which manifest is the store's. `None` for a sound store, an absent
/// or empty directory.
#[cfg(feature = "store")]
fn damage(path: &Path) -> std::io::Result<Option<String>> {
    if !path.is_dir() || path.join("CURRENT").exists() || !has_rocksdb_files(path)? {
        return Ok(None);
    }
    Ok(Some(match newest_manifest(path)? {
        Some(_) => "its CURRENT file is missing".to_owned(),
        None => "its CURRENT and MANIFEST files are missing".to_owned(),
    }))
}

/// The name of the newest `MANIFEST-NNNNNN` file in `dir`.
#[cfg(feature = "store")]
fn newest_manifest(dir: &Path) -> std::io::Result<Option<String>> {
    let mut best: Option<(u64, String)> = None;
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(n) = name
            .strip_prefix("MANIFEST-")
            .and_then(|n| n.parse::<u64>().ok())
        {
            if best.as_ref().is_none_or(|(b, _)| n > *b) {
                best = Some((n, name));
            }
        }
    }
    Ok(best.map(|(_, name)| name))
}

/// Deletes the `bulk-*.sst` files of an earlier bulk load that was interrupted: Oxigraph's bulk
/// loader writes them into the store directory and moves them into the store on commit, so one
/// still there once the store is open (and locked) belongs to no store.
#[cfg(feature = "store")]
fn remove_leftover_bulk_files(dir: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            match std::fs::remove_file(entry.path()) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

/// Runs RocksDB's `RepairDB` on the store at `path`.
#[cfg(feature = "store")]
fn rocksdb_repair(path: &Path) -> Result<(), String> {
    use oxrocksdb_sys::{
        rocksdb_free, rocksdb_options_create, rocksdb_options_destroy, rocksdb_repair_db,
    };
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes())
        .map_err(|_| "the store path holds a NUL byte".to_owned())?;
    // SAFETY: the options are created and destroyed here; `name` is a valid C string for the
    // call; RocksDB sets `err` to a string it allocated with malloc, or leaves it null; the
    // string is read, then freed with RocksDB's own free.
    unsafe {
        let options = rocksdb_options_create();
        let mut err: *mut std::ffi::c_char = std::ptr::null_mut();
        rocksdb_repair_db(options, name.as_ptr(), &mut err);
        rocksdb_options_destroy(options);
        if err.is_null() {
            Ok(())
        } else {
            let msg = std::ffi::CStr::from_ptr(err).to_string_lossy().into_owned();
            rocksdb_free(err.cast());
            Err(msg)
        }
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
