//! `newsgraph push`: articles (extracted now, or from the store) to a SPARQL store's Graph
//! Store endpoint, through [`newsgraph::push`].

use super::{code, for_each_article, report, require_inputs};
use crate::cli::{EndpointStyleArg, PushArgs};
use anyhow::{Context, Result};
use newsgraph::identity::{identity_triples, People, IDENTITY_GRAPH};
use newsgraph::mint::{article_iri, graph_for, ENTITIES_GRAPH};
use newsgraph::push::{
    endpoint_url, ntriples, update_url, Credentials, EndpointStyle, GraphStore, Method, Pusher,
    RetryPolicy, Summary,
};
use newsgraph::store::NewsStore;
use oxigraph::model::{NamedOrBlankNode, Triple};
use rustc_hash::FxHashSet;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Entity lines gathered before they are merged into the entities graph with one POST.
const ENTITY_BATCH: usize = 200_000;

pub(crate) fn push(args: PushArgs) -> Result<ExitCode> {
    let credentials = Credentials::from_env();
    let style = match args.endpoint_style {
        EndpointStyleArg::Direct => EndpointStyle::Direct,
        EndpointStyleArg::Oxigraph => EndpointStyle::Oxigraph,
        EndpointStyleArg::Virtuoso => EndpointStyle::Virtuoso,
        EndpointStyleArg::Fuseki => EndpointStyle::Fuseki,
        EndpointStyleArg::Graphdb => EndpointStyle::GraphDb,
    };
    let endpoint = endpoint_url(&args.to, style, credentials.any())?;
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        anyhow::bail!(
            "--timeout {}: give a number of seconds above 0",
            args.timeout
        );
    }
    let policy = RetryPolicy {
        attempts: args.attempts,
        timeout: Duration::from_secs_f64(args.timeout),
        ..RetryPolicy::default()
    };
    let mut store = GraphStore::new(endpoint.clone(), credentials.clone(), policy);
    let mut to = endpoint.clone();
    if args.batch > 1 {
        let update = match &args.update_to {
            Some(url) => endpoint_url(url, EndpointStyle::Direct, false)?,
            None => update_url(&args.to, style, credentials.any())?,
        };
        to = format!("{update} (updates of {} graphs) and {endpoint}", args.batch);
        store = store.with_update_endpoint(update);
    }
    let pusher = Pusher::new(store, usize::from(args.jobs)).with_batch(args.batch as usize);
    let started = Instant::now();
    let (sent, skipped) = if args.inputs.is_empty() {
        (from_store(&args, &pusher), 0)
    } else {
        match from_inputs(&args, &pusher) {
            Ok(skipped) => (Ok(()), skipped),
            Err(e) => (Err(e), 0),
        }
    };
    report().finish();
    // The first failed send is the cause of any stop; else what stopped reading.
    let finished = pusher.finish();
    let summary: Summary = match (sent, finished) {
        (_, Err(e)) => return Err(e).context(format!("cannot push to {endpoint}")),
        (Err(e), _) => return Err(e),
        (Ok(()), Ok(s)) => s,
    };
    if !report().quiet {
        println!(
            "pushed {} graph{} ({} triples) to {to} in {:.2} s; {} retr{}",
            summary.graphs,
            if summary.graphs == 1 { "" } else { "s" },
            summary.triples,
            started.elapsed().as_secs_f64(),
            summary.retries,
            if summary.retries == 1 { "y" } else { "ies" },
        );
    }
    Ok(code(skipped))
}

/// Extracts the inputs and sends each article's graph as it comes; then the entities graph,
/// and the identity graph of all the articles (not of one part: --shard).
fn from_inputs(args: &PushArgs, pusher: &Pusher) -> Result<usize> {
    let inputs = require_inputs(&args.inputs)?;
    let mut people = People::default();
    let mut entities: FxHashSet<String> = FxHashSet::default();
    let mut articles = 0usize;
    let post_entities = |entities: &mut FxHashSet<String>| -> Result<()> {
        if entities.is_empty() {
            return Ok(());
        }
        let n = entities.len() as u64;
        let body: String = entities.drain().collect();
        if args.batch > 1 {
            pusher.wait_idle()?;
        }
        pusher.send(Method::Post, ENTITIES_GRAPH.as_str(), body.into_bytes(), n)?;
        Ok(())
    };
    let skipped = for_each_article(
        inputs,
        &args.read,
        |article, triples| {
            let graph = article_iri(&article.id);
            let own = People::of_article(&graph, &triples);
            let (mut mine, mut shared): (Vec<&Triple>, Vec<String>) = (Vec::new(), Vec::new());
            for t in &triples {
                if graph_for(t, graph.as_ref()) == ENTITIES_GRAPH {
                    shared.push(format!("{t} .\n"));
                } else {
                    mine.push(t);
                }
            }
            let body = ntriples(mine.into_iter().map(Triple::as_ref));
            (graph, body, shared, own)
        },
        |_, (graph, (body, n), shared, own)| {
            people.merge(own);
            articles += 1;
            pusher.replace(graph.as_str(), body, n)?;
            entities.extend(shared);
            if entities.len() >= ENTITY_BATCH {
                post_entities(&mut entities)?;
            }
            Ok(())
        },
    )?;
    post_entities(&mut entities)?;
    if articles > 1 && args.read.shard.is_none() {
        if args.batch > 1 {
            pusher.wait_idle()?;
        }
        let triples = identity_triples(&people.resolve());
        let (body, n) = ntriples(triples.iter().map(Triple::as_ref));
        pusher.send(Method::Put, IDENTITY_GRAPH.as_str(), body, n)?;
    }
    Ok(skipped)
}

/// Sends every graph of the store: article graphs and the identity graph replaced, the
/// entities graph merged.
fn from_store(args: &PushArgs, pusher: &Pusher) -> Result<()> {
    let path = &args.store.store;
    let store = NewsStore::open_existing(path)?;
    let graphs: Vec<NamedOrBlankNode> = store
        .inner()
        .named_graphs()
        .collect::<Result<_, _>>()
        .with_context(|| format!("cannot read the graphs of {}", path.display()))?;
    report().start(Some(graphs.len()));
    // Article graphs first, then the entities and identity graphs, alone when batched.
    let mut graphs: Vec<_> = graphs
        .into_iter()
        .filter_map(|g| match g {
            NamedOrBlankNode::NamedNode(g) => Some(g),
            _ => None,
        })
        .collect();
    graphs.sort_by_key(|g| g.as_ref() == ENTITIES_GRAPH || g.as_ref() == IDENTITY_GRAPH);
    for g in graphs {
        if args.batch > 1 && (g.as_ref() == ENTITIES_GRAPH || g.as_ref() == IDENTITY_GRAPH) {
            pusher.wait_idle()?;
        }
        let quads: Vec<oxigraph::model::Quad> = store
            .quads(Some(&g))
            .collect::<Result<_, _>>()
            .with_context(|| format!("cannot read graph <{}> of {}", g.as_str(), path.display()))?;
        let (body, n) = ntriples(quads.iter().map(|q| q.as_ref().into()));
        if g.as_ref() == ENTITIES_GRAPH {
            pusher.send(Method::Post, g.as_str(), body, n)?;
        } else if g.as_ref() == IDENTITY_GRAPH {
            pusher.send(Method::Put, g.as_str(), body, n)?;
        } else {
            pusher.replace(g.as_str(), body, n)?;
        }
        report().inc(1);
    }
    Ok(())
}
