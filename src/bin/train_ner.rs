//! Trains the name tagger of `models/ner.crfsuite` from CoNLL-2003 train:
//!
//! ```sh
//! cargo run --release --features train --bin train-ner -- ../shared/gold/conll2003/train.txt models/ner.crfsuite
//! cargo run --release --features train --bin train-ner -- ../shared/gold/conll2003/train.txt /tmp/cv --folds 5
//! ```
//!
//! With `--folds K`, trains K models, each on all documents but every K-th (documents i with
//! i % K == fold are held out), writes them as `PREFIX.FOLD.crfsuite` with the held-out
//! documents as `PREFIX.FOLD.conll`, and prints each model's entity F1 on its held-out part.
//! Deterministic: the same data gives the same model.

use crfs::{Attribute, Trainer};
use newsgraph::learn::crf::crfs_items;
use newsgraph::learn::features::{attributes, Document};
use std::path::Path;

type Sentence = Vec<(String, String)>;

fn read(path: &str) -> Vec<(String, Vec<Sentence>)> {
    let text = std::fs::read_to_string(path).expect("the CoNLL file reads");
    let mut docs: Vec<(String, Vec<Sentence>)> = Vec::new();
    let mut sent: Sentence = Vec::new();
    let mut raw = String::new();
    for line in text.lines() {
        if line.starts_with("-DOCSTART-") {
            if !docs.is_empty() || !sent.is_empty() {
                if !sent.is_empty() {
                    docs.last_mut()
                        .expect("a document")
                        .1
                        .push(std::mem::take(&mut sent));
                }
                docs.last_mut().expect("a document").0 = std::mem::take(&mut raw);
            }
            docs.push((String::new(), Vec::new()));
            raw.push_str(line);
            raw.push_str("\n\n");
            continue;
        }
        raw.push_str(line);
        raw.push('\n');
        if line.trim().is_empty() {
            if !sent.is_empty() {
                docs.last_mut()
                    .expect("a document")
                    .1
                    .push(std::mem::take(&mut sent));
            }
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        sent.push((cols[0].to_owned(), cols[cols.len() - 1].to_owned()));
    }
    if !sent.is_empty() {
        docs.last_mut().expect("a document").1.push(sent);
    }
    if let Some(d) = docs.last_mut() {
        d.0 = raw;
    }
    docs
}

fn xseq(sent: &Sentence, doc: &Document) -> Vec<Vec<Attribute>> {
    let words: Vec<&str> = sent.iter().map(|(w, _)| w.as_str()).collect();
    crfs_items(attributes(&words, doc))
}

fn document(sents: &[Sentence]) -> Document<'_> {
    Document::new(sents.iter().flatten().map(|(w, _)| w.as_str()))
}

/// Attributes seen fewer times than this in the training data are left out.
const MIN_FREQ: f64 = 2.0;

/// The seed of the perceptron's shuffling, so that training is deterministic.
const SEED: u64 = 2003;

/// Passes over the data of the averaged perceptron, and iterations of L-BFGS.
const ITERATIONS: (usize, usize) = (10, 100);

/// Trains with `ALGORITHM`: `ap`, the default, the averaged perceptron, or `lbfgs`, a CRF with
/// elastic-net regularisation (by measurement on CoNLL train, 5 folds: the perceptron gives
/// better names in a tenth of the time, see models/README.md), for `ITERATIONS` passes.
fn train(docs: &[&(String, Vec<Sentence>)], out: &Path) {
    let lbfgs = std::env::var("ALGORITHM").as_deref() == Ok("lbfgs");
    let iterations = std::env::var("ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(if lbfgs { ITERATIONS.1 } else { ITERATIONS.0 });
    let mut data: Vec<(Vec<Vec<Attribute>>, Vec<&str>)> = Vec::new();
    for (_, sents) in docs {
        let doc = document(sents);
        for s in sents {
            data.push((xseq(s, &doc), s.iter().map(|(_, l)| l.as_str()).collect()));
        }
    }
    macro_rules! fill_and_train {
        ($t:expr) => {{
            let mut t = $t;
            t.set_feature_minfreq(MIN_FREQ).expect("a valid frequency");
            for (x, y) in &data {
                t.append(x, y).expect("a sentence appends");
            }
            t.train(out).expect("the model trains");
        }};
    }
    match lbfgs {
        false => fill_and_train!({
            let mut t = Trainer::averaged_perceptron()
                .with_max_iterations(iterations)
                .expect("valid parameters");
            // The order of the sentences in each pass: shuffled, the same way every time.
            t.params_mut().set_shuffle_seed(Some(SEED));
            t
        }),
        true => fill_and_train!(Trainer::lbfgs()
            .with_c1(0.05)
            .and_then(|t| t.with_c2(0.01))
            .and_then(|t| t.with_max_iterations(iterations))
            .expect("valid parameters")),
    }
}

/// Entities of a label sequence as (kind, start, end).
fn spans(labels: &[&str]) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        let kind = l.get(2..).unwrap_or("");
        match l.as_bytes().first() {
            Some(b'I') if out.last().is_some_and(|(k, _, e)| k == kind && *e == i) => {
                out.last_mut().expect("an entity").2 = i + 1;
            }
            Some(b'B' | b'I') => out.push((kind.to_owned(), i, i + 1)),
            _ => {}
        }
    }
    out
}

fn evaluate(model: &Path, docs: &[&(String, Vec<Sentence>)]) {
    let bytes: &'static [u8] = Box::leak(
        std::fs::read(model)
            .expect("the model reads")
            .into_boxed_slice(),
    );
    let model = crfs::Model::new(bytes).expect("the model loads");
    let tagger = model.tagger().expect("a tagger");
    let mut counts: std::collections::BTreeMap<String, (usize, usize, usize)> = Default::default();
    for (_, sents) in docs {
        let doc = document(sents);
        for s in sents {
            let got: Vec<String> = tagger
                .tag(&xseq(s, &doc))
                .expect("tags")
                .iter()
                .map(|l| l.to_string())
                .collect();
            let got: Vec<&str> = got.iter().map(String::as_str).collect();
            let gold: Vec<&str> = s.iter().map(|(_, l)| l.as_str()).collect();
            let (g, p) = (spans(&gold), spans(&got));
            for e in &p {
                let c = counts.entry(e.0.clone()).or_default();
                if g.contains(e) {
                    c.0 += 1
                } else {
                    c.1 += 1
                }
            }
            for e in g.iter().filter(|e| !p.contains(e)) {
                counts.entry(e.0.clone()).or_default().2 += 1;
            }
        }
    }
    for (kind, (tp, fp, fn_)) in counts {
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        println!(
            "  {kind:5} P {p:.3} R {r:.3} F1 {:.3}",
            2.0 * p * r / (p + r).max(1e-9)
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(input), Some(output)) = (args.first(), args.get(1)) else {
        eprintln!("usage: train-ner CONLL_TRAIN OUTPUT [--folds K]");
        std::process::exit(2);
    };
    let folds: usize = match args.iter().position(|a| a == "--folds") {
        Some(i) => args.get(i + 1).and_then(|k| k.parse().ok()).unwrap_or(5),
        None => 0,
    };
    let docs = read(input);
    // `train-ner HELD_OUT.conll MODEL --evaluate`: the entity F1 of a model.
    if args.iter().any(|a| a == "--evaluate") {
        let all: Vec<&(String, Vec<Sentence>)> = docs.iter().collect();
        evaluate(Path::new(output), &all);
        return;
    }
    let started = std::time::Instant::now();
    if folds == 0 {
        let all: Vec<&(String, Vec<Sentence>)> = docs.iter().collect();
        train(&all, Path::new(output));
        println!(
            "trained on {} documents in {:.0} s: {output}",
            docs.len(),
            started.elapsed().as_secs_f64()
        );
        return;
    }
    for fold in 0..folds {
        let (held, kept): (Vec<_>, Vec<_>) = docs
            .iter()
            .enumerate()
            .partition(|(i, _)| i % folds == fold);
        let held: Vec<&(String, Vec<Sentence>)> = held.into_iter().map(|(_, d)| d).collect();
        let kept: Vec<&(String, Vec<Sentence>)> = kept.into_iter().map(|(_, d)| d).collect();
        let model = format!("{output}.{fold}.crfsuite");
        train(&kept, Path::new(&model));
        let conll: String = held.iter().map(|(raw, _)| raw.as_str()).collect();
        std::fs::write(format!("{output}.{fold}.conll"), conll).expect("the held-out part writes");
        println!(
            "fold {fold}: trained on {} documents, {:.0} s",
            kept.len(),
            started.elapsed().as_secs_f64()
        );
        evaluate(Path::new(&model), &held);
    }
}
