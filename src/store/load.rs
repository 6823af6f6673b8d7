//! Loading many articles at once: Oxigraph's bulk loader, with articles already in the store
//! replaced whole, never lost.
//!
//! The bulk loader writes sorted files and moves them into the store in one step when it
//! commits, so a load that fails (a full disk) or is killed before then changes nothing. An
//! article the store already holds is replaced in steps that keep it whole at each:
//!
//! 1. its new quads that the store lacks go to the bulk loader; its old quads that the new
//!    version drops are written to `newsgraph.journal` in the store directory, after a first
//!    line naming a marker quad unique to this load, which goes to the bulk loader too;
//! 2. the journal is synced, then the bulk loader commits: each replaced graph holds its old
//!    and new quads, and the marker is in the store;
//! 3. the journal's quads are removed (transactions of 10,000), then the marker, then the
//!    journal.
//!
//! A journal whose marker is in the store belongs to a load that landed: a store opened for
//! writing finishes step 3 first, and one opened for reading refuses to answer until then
//! ([`StoreError::Unfinished`]); `newsgraph repair` finishes it too. A journal whose marker is
//! not in the store belongs to a load that never landed, and is deleted. Rebuilding articles
//! whose extraction did not change loads and removes nothing but the marker.

use super::{NewsStore, StoreError};
use crate::identity::People;
use crate::mint::article_iri;
use crate::vocab::ng;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, Term,
};
use oxigraph::store::BulkLoader;
use std::collections::HashSet;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// How many quads the loader gathers before it hands them to the bulk loader, which sorts and
/// writes each such batch on a thread of its own.
const BATCH: usize = 250_000;

/// The bulk loader's threads: twice the cores, so that handing over a batch seldom waits for
/// one to finish (the writer would stop taking extracted articles meanwhile) and extraction
/// and loading share the cores. On Reuters-21578 (1.4 million quads, two cores) a build takes
/// 13.4-13.8 s this way against 17.1 s with one batch of a million quads per core, and half
/// the memory (2026-12-02, `newsgraph build ../shared/corpus/reuters21578.jsonl --store DIR
/// -q`, alternating runs); the store is the same.
fn bulk_threads() -> usize {
    2 * std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// How many quads one transaction removes.
pub(super) const REMOVE_BATCH: usize = 10_000;

/// The journal of old quads to remove once the bulk load is in the store.
pub(super) const JOURNAL: &str = "newsgraph.journal";

/// The marker of a load: in the graph of loads, removed with its journal.
fn marker() -> Quad {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let id = format!("{}-{nanos}", std::process::id());
    Quad::new(
        NamedNode::new_unchecked(format!("https://w3id.org/newsgraph/id/load/{id}")),
        NamedNode::new_unchecked("https://w3id.org/newsgraph/ontology#journal"),
        Literal::from(JOURNAL),
        GraphName::NamedNode(NamedNode::new_unchecked(
            "https://w3id.org/newsgraph/id/graph/loads",
        )),
    )
}

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
    replace_other_sources: bool,
    orphans: usize,
    /// What the quads of this run say of people, for the identity graph.
    people: People,
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
            // Oxigraph sizes its batches as megabytes × 1000 / threads quads: BATCH.
            bulk: store.dir.is_some().then(|| {
                let threads = bulk_threads();
                store
                    .store
                    .bulk_loader()
                    .with_num_threads(threads)
                    .with_max_memory_size_in_megabytes(BATCH * threads / 1000)
            }),
            batch: Vec::new(),
            seen: HashSet::new(),
            again: Vec::new(),
            journal: None,
            replaced: 0,
            replace_other_sources: false,
            orphans: 0,
            people: People::default(),
        }
    }

    /// Whether an article may replace a stored one with the same id that was built from
    /// another file and holds another text (by default it may not: [`StoreError::OtherSource`]).
    #[must_use]
    pub fn replace_other_sources(mut self, yes: bool) -> Self {
        self.replace_other_sources = yes;
        self
    }

    /// Adds the quads of article `id` (from [`super::article_quads`]). Returns how many there
    /// are.
    pub fn add(&mut self, id: &str, quads: Vec<Quad>) -> Result<usize, StoreError> {
        let graph = article_iri(id);
        let n = quads.len();
        let (Some(_), Some(dir)) = (&self.bulk, &self.store.dir) else {
            if self.store.has_graph(&graph)? {
                self.replaced += 1;
            }
            return self.store.replace_quads(&graph, &quads);
        };
        if !self.seen.insert(graph.clone()) {
            self.again.push((graph, quads));
            return Ok(n);
        }
        for q in &quads {
            self.people.add(q.as_ref());
        }
        if self.store.has_graph(&graph)? {
            let old = self
                .store
                .quads(Some(&graph))
                .collect::<Result<HashSet<Quad>, _>>()?;
            if !self.replace_other_sources {
                if let Err(e) = other_source(id, &graph, &old, &quads) {
                    self.seen.remove(&graph);
                    return Err(e);
                }
            }
            let new: HashSet<&Quad> = quads.iter().collect();
            if self.journal.is_none() {
                let path = dir.join(JOURNAL);
                let file =
                    std::fs::File::create(&path).map_err(|e| io_error("create", &path, e))?;
                let mut out = BufWriter::new(file);
                let marker = marker();
                writeln!(out, "{marker} .").map_err(|e| io_error("write", &path, e))?;
                self.batch.push(marker);
                self.journal = Some(Journal {
                    dir: dir.clone(),
                    out,
                    quads: 0,
                });
            }
            let journal = self.journal.as_mut().expect("the journal was just opened");
            for q in old.iter().filter(|q| !new.contains(q)) {
                writeln!(journal.out, "{q} .")
                    .map_err(|e| io_error("write", &journal.dir.join(JOURNAL), e))?;
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

    /// How many people, countries, posts and organisations no article names any more were
    /// removed by [`ArticleLoader::commit`] (see [`NewsStore::remove_orphans`]).
    pub fn orphans(&self) -> usize {
        self.orphans
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        if let Some(bulk) = &mut self.bulk {
            bulk.load_quads(std::mem::take(&mut self.batch))?;
        }
        Ok(())
    }

    /// Writes everything added into the store; when articles were replaced, then removes what
    /// only their old versions named ([`NewsStore::remove_orphans`]). Returns how many such
    /// entities were removed.
    pub fn commit(mut self) -> Result<usize, StoreError> {
        // The identity graph of the store as it will be (its articles but those replaced now,
        // and the articles of this run) lands with them, in the same bulk load.
        let mut stale = Vec::new();
        if self.bulk.is_some() {
            let mut people = std::mem::take(&mut self.people);
            self.store.gather_people(&self.seen, &mut people)?;
            let changes = self.store.identity_changes(people)?;
            stale = changes.stale;
            self.batch.extend(changes.added);
        }
        self.flush()?;
        // The journal is on disk, its name too, before the new quads and its marker land.
        if let Some(journal) = &mut self.journal {
            let path = journal.dir.join(JOURNAL);
            journal
                .out
                .flush()
                .and_then(|()| journal.out.get_ref().sync_all())
                .and_then(|()| sync_dir(&journal.dir))
                .map_err(|e| io_error("write", &path, e))?;
        }
        if let Some(bulk) = self.bulk.take() {
            bulk.commit()?;
        }
        if let Some(journal) = self.journal.take() {
            apply_journal(self.store, &journal.dir)?;
        }
        self.store.remove_quads(&stale)?;
        let again = std::mem::take(&mut self.again);
        for (graph, quads) in &again {
            self.store.replace_quads(graph, quads)?;
        }
        // Loaded article by article (in memory), or an article given twice: recomputed whole.
        if self.store.dir.is_none() || !again.is_empty() {
            self.store.resolve_people()?;
        }
        if self.replaced > 0 || !again.is_empty() {
            self.orphans = self.store.remove_orphans()?;
        }
        Ok(self.orphans)
    }
}

/// The value of the literal of `predicate` in `quads`, if there is one.
fn literal<'q>(
    quads: impl IntoIterator<Item = &'q Quad>,
    predicate: NamedNodeRef<'_>,
) -> Option<&'q str> {
    quads.into_iter().find_map(|q| match &q.object {
        Term::Literal(l) if q.predicate.as_ref() == predicate => Some(l.value()),
        _ => None,
    })
}

/// Fails when the stored article `id` (`old`, in `graph`) was built from another file than the
/// new one (`new`) and holds another text: two folders with a file of the same relative path.
/// The same file rebuilt, the same text moved elsewhere, or an article whose id is its own
/// (not a path) replaces the stored one.
fn other_source(
    id: &str,
    graph: &NamedNode,
    old: &HashSet<Quad>,
    new: &[Quad],
) -> Result<(), StoreError> {
    let about = |quads: &mut dyn Iterator<Item = &Quad>| -> Vec<Quad> {
        quads
            .filter(|q| q.subject.as_ref() == NamedOrBlankNodeRef::from(graph.as_ref()))
            .cloned()
            .collect()
    };
    let old = about(&mut old.iter());
    let new = about(&mut new.iter());
    let (Some(stored), Some(file)) = (
        literal(&old, ng::SOURCE_FILE),
        literal(&new, ng::SOURCE_FILE),
    ) else {
        return Ok(());
    };
    if stored == file || literal(&old, ng::CONTENT_HASH) == literal(&new, ng::CONTENT_HASH) {
        return Ok(());
    }
    Err(StoreError::OtherSource {
        id: id.to_owned(),
        stored: stored.to_owned(),
        hint: folder_hint(id, Path::new(file)),
    })
}

/// The name of the folder that `file` was found under as article `id` (`…/b` for `b/001.txt`
/// with id `001.txt`), to suggest as an id prefix.
fn folder_hint(id: &str, file: &Path) -> String {
    let mut segments = id.split('/').count();
    // A JSON Lines record without an id: `feed.jsonl/3`, one segment more than the path.
    if file.file_name().and_then(|n| n.to_str()) != id.rsplit('/').next() {
        segments = segments.saturating_sub(1);
    }
    file.ancestors()
        .nth(segments)
        .and_then(Path::file_name)
        .map_or_else(|| "NAME".to_owned(), |n| n.to_string_lossy().into_owned())
}

/// Syncs the directory `dir`, so that a file created in it survives a power loss.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Whether the journal of the store directory `dir` belongs to a load that landed (its marker
/// is in the store): then the store holds articles with two versions until it is applied.
pub(super) fn journal_pending(store: &NewsStore, dir: &Path) -> Result<bool, StoreError> {
    Ok(match read_marker(dir)? {
        Some(marker) => store.store.contains(&marker)?,
        None => false,
    })
}

/// The marker on the first line of the journal of `dir`, if there is a journal.
fn read_marker(dir: &Path) -> Result<Option<Quad>, StoreError> {
    let path = dir.join(JOURNAL);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_error("read", &path, e)),
    };
    let first = RdfParser::from_format(RdfFormat::NQuads)
        .for_reader(std::io::BufReader::new(file))
        .next();
    Ok(first.and_then(Result::ok))
}

/// Applies the journal of the store directory `dir`: when its marker is in the store, removes
/// the quads it lists, then the marker, then the journal; when it is not (the load never
/// landed), deletes the journal. Does nothing without one. Returns how many quads were removed.
pub(super) fn apply_journal(store: &NewsStore, dir: &Path) -> Result<usize, StoreError> {
    let path = dir.join(JOURNAL);
    let Some(marker) = read_marker(dir)? else {
        // No journal, or one cut before its first line was written: its load never landed.
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_error("remove", &path, e)),
        }
        return Ok(0);
    };
    if !store.store.contains(&marker)? {
        std::fs::remove_file(&path).map_err(|e| io_error("remove", &path, e))?;
        return Ok(0);
    }
    let file = std::fs::File::open(&path).map_err(|e| io_error("read", &path, e))?;
    let mut removed = 0;
    let mut pending: Vec<Quad> = Vec::with_capacity(REMOVE_BATCH);
    let remove = |pending: &mut Vec<Quad>| -> Result<(), StoreError> {
        store.remove_quads(pending)?;
        pending.clear();
        Ok(())
    };
    for q in RdfParser::from_format(RdfFormat::NQuads)
        .for_reader(std::io::BufReader::new(file))
        .skip(1)
    {
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
    pending.push(marker);
    remove(&mut pending)?;
    std::fs::remove_file(&path).map_err(|e| io_error("remove", &path, e))?;
    Ok(removed)
}
