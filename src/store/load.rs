//! Loading many articles at once: Oxigraph's bulk loader, with articles already in the store
//! replaced whole, never lost.
//!
//! The bulk loader writes sorted files and moves them into the store in one step when it
//! commits, so a load that fails (a full disk) or is killed before then changes nothing. An
//! article the store already holds is replaced in three steps that keep it whole at each:
//!
//! 1. its new quads that the store lacks go to the bulk loader; its old quads that the new
//!    version drops are written to `newsgraph.journal.partial` in the store directory;
//! 2. the bulk loader commits: each replaced graph now holds its old and new quads; the journal
//!    is renamed `newsgraph.journal` at once;
//! 3. the journal's quads are removed (transactions of 10,000), then the journal.
//!
//! A store opened for writing with a `newsgraph.journal` finishes step 3 first; one opened for
//! reading refuses to answer until then ([`StoreError::Unfinished`]); `newsgraph repair`
//! finishes it too. Rebuilding articles whose extraction did not change loads and removes
//! nothing. A kill in the instant between the bulk loader's commit and the journal's rename
//! leaves replaced articles with both versions until they are built again.

use super::{NewsStore, StoreError};
use crate::mint::article_iri;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, Quad};
use oxigraph::store::BulkLoader;
use std::collections::HashSet;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// How many quads the loader gathers before it hands them to the bulk loader.
const BATCH: usize = 1_000_000;

/// How many journal quads one transaction removes.
const REMOVE_BATCH: usize = 10_000;

/// The journal of old quads to remove once the bulk load is in the store.
pub(super) const JOURNAL: &str = "newsgraph.journal";
const JOURNAL_PARTIAL: &str = "newsgraph.journal.partial";

/// Loads many articles into the store (see [`NewsStore::loader`] and the module docs), keeping
/// the guarantee of [`NewsStore::replace_article`]: an article already in the store has its
/// graph replaced, not added to, and never lost. An article added twice in one run is stored
/// once, as its last version.
pub struct ArticleLoader<'a> {
    store: &'a NewsStore,
    bulk: Option<BulkLoader<'a>>,
    batch: Vec<Quad>,
    seen: HashSet<NamedNode>,
    again: Vec<(NamedNode, Vec<Quad>)>,
    journal: Option<Journal>,
    replaced: usize,
}

/// The old quads of replaced articles, written as N-Quads while the run goes on.
struct Journal {
    dir: PathBuf,
    out: BufWriter<std::fs::File>,
    quads: usize,
}

fn io_error(what: &str, path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Storage(
        std::io::Error::new(e.kind(), format!("cannot {what} {}: {e}", path.display())).into(),
    )
}

impl<'a> ArticleLoader<'a> {
    pub(super) fn new(store: &'a NewsStore) -> Self {
        ArticleLoader {
            store,
            // In memory, Oxigraph's bulk loader is one long transaction that would block the
            // removal of graphs built before: load article by article there.
            bulk: store.dir.is_some().then(|| store.store.bulk_loader()),
            batch: Vec::new(),
            seen: HashSet::new(),
            again: Vec::new(),
            journal: None,
            replaced: 0,
        }
    }

    /// Adds the quads of article `id` (from [`super::article_quads`]). Returns how many there
    /// are.
    pub fn add(&mut self, id: &str, quads: Vec<Quad>) -> Result<usize, StoreError> {
        let graph = article_iri(id);
        let n = quads.len();
        let (Some(_), Some(dir)) = (&self.bulk, &self.store.dir) else {
            return self.store.replace_quads(&graph, &quads);
        };
        if !self.seen.insert(graph.clone()) {
            self.again.push((graph, quads));
            return Ok(n);
        }
        if self.store.has_graph(&graph)? {
            let old = self
                .store
                .quads(Some(&graph))
                .collect::<Result<HashSet<Quad>, _>>()?;
            let new: HashSet<&Quad> = quads.iter().collect();
            if self.journal.is_none() {
                let path = dir.join(JOURNAL_PARTIAL);
                let file =
                    std::fs::File::create(&path).map_err(|e| io_error("create", &path, e))?;
                self.journal = Some(Journal {
                    dir: dir.clone(),
                    out: BufWriter::new(file),
                    quads: 0,
                });
            }
            let journal = self.journal.as_mut().expect("the journal was just opened");
            for q in old.iter().filter(|q| !new.contains(q)) {
                writeln!(journal.out, "{q} .")
                    .map_err(|e| io_error("write", &journal.dir.join(JOURNAL_PARTIAL), e))?;
                journal.quads += 1;
            }
            self.batch
                .extend(quads.into_iter().filter(|q| !old.contains(q)));
            self.replaced += 1;
        } else {
            self.batch.extend(quads);
        }
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(n)
    }

    /// How many articles that the store held before this run are being replaced.
    pub fn replaced(&self) -> usize {
        self.replaced
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
        // The journal is on disk before the new quads land, so that it can be armed at once.
        if let Some(journal) = &mut self.journal {
            let path = journal.dir.join(JOURNAL_PARTIAL);
            journal
                .out
                .flush()
                .and_then(|()| journal.out.get_ref().sync_all())
                .map_err(|e| io_error("write", &path, e))?;
        }
        if let Some(bulk) = self.bulk.take() {
            bulk.commit()?;
        }
        if let Some(journal) = self.journal.take() {
            let armed = journal.dir.join(JOURNAL);
            std::fs::rename(journal.dir.join(JOURNAL_PARTIAL), &armed)
                .map_err(|e| io_error("write", &armed, e))?;
            apply_journal(self.store, &journal.dir)?;
        }
        for (graph, quads) in std::mem::take(&mut self.again) {
            self.store.replace_quads(&graph, &quads)?;
        }
        Ok(())
    }
}

impl Drop for ArticleLoader<'_> {
    /// A load that did not commit leaves no journal: its new quads never landed.
    fn drop(&mut self) {
        if let Some(journal) = self.journal.take() {
            let _ = std::fs::remove_file(journal.dir.join(JOURNAL_PARTIAL));
        }
    }
}

/// Removes the quads listed in the journal of the store directory `dir`, then the journal;
/// does nothing without one. Also deletes a journal that was never armed (its load never
/// landed). Returns how many quads were removed.
pub(super) fn apply_journal(store: &NewsStore, dir: &Path) -> Result<usize, StoreError> {
    match std::fs::remove_file(dir.join(JOURNAL_PARTIAL)) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error("remove", &dir.join(JOURNAL_PARTIAL), e)),
    }
    let path = dir.join(JOURNAL);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(io_error("read", &path, e)),
    };
    let mut removed = 0;
    let mut pending: Vec<Quad> = Vec::with_capacity(REMOVE_BATCH);
    let remove = |pending: &mut Vec<Quad>| -> Result<(), StoreError> {
        let mut tx = store.store.start_transaction()?;
        for q in pending.drain(..) {
            tx.remove(&q);
        }
        tx.commit()?;
        Ok(())
    };
    for q in RdfParser::from_format(RdfFormat::NQuads).for_reader(std::io::BufReader::new(file)) {
        let q = q.map_err(|e| {
            io_error(
                "read",
                &path,
                std::io::Error::new(std::io::ErrorKind::InvalidData, e),
            )
        })?;
        pending.push(q);
        removed += 1;
        if pending.len() >= REMOVE_BATCH {
            remove(&mut pending)?;
        }
    }
    remove(&mut pending)?;
    std::fs::remove_file(&path).map_err(|e| io_error("remove", &path, e))?;
    Ok(removed)
}
