//! Trains the attribution tagger of `models/attribution.crfsuite` from PolNeAR train:
//!
//! ```sh
//! cargo run --release --features train --bin train-attribution -- ../shared/gold/polnear/train models/attribution.crfsuite
//! cargo run --release --features train --bin train-attribution -- ../shared/gold/polnear/train /tmp/att --folds 5
//! ```
//!
//! Every sentence of every article (as newsgraph segments it) becomes a sequence of tokens
//! labelled with the attribution part that covers them (`B-`/`I-` `SOURCE`, `CUE`, `CONTENT`,
//! else `O`); a linear-chain CRF (`crfs`, averaged perceptron) learns them.
//!
//! With `--folds K`, trains K models, each on all articles but every K-th (articles i with
//! i % K == fold, in file-name order, are held out; the same split as `train-speakers`),
//! writes them as `PREFIX.FOLD.crfsuite`, and prints each model's content-span F1 on its
//! held-out part. Deterministic: the same data gives the same model. `MIN_FREQ=N` drops
//! attributes seen fewer than N times (default 5); `FOLD=N` trains and measures one fold.

use crfs::{Attribute, Trainer};
use newsgraph::learn::attribution::{attributes, sentence_tokens, Role};
use newsgraph::learn::crf::crfs_items;
use newsgraph::learn::polnear::{read_folder, Article};
use newsgraph::segment::Segments;
use std::path::Path;

/// Passes of the averaged perceptron.
const ITERATIONS: usize = 10;
/// Attributes seen fewer times are dropped.
const MIN_FREQ: f64 = 5.0;
/// The order in which the perceptron sees the sentences.
const SEED: u64 = 2016;

type Sequence = (Vec<Vec<Attribute>>, Vec<String>);

/// The labelled sentences of one article.
fn sequences(a: &Article) -> Vec<Sequence> {
    let seg = Segments::new(&a.text);
    // (start, end, attribution, role) of every annotated piece.
    let mut pieces: Vec<(usize, usize, usize, Role)> = Vec::new();
    for (k, at) in a.attributions.iter().enumerate() {
        for (spans, role) in [
            (&at.source, Role::Source),
            (&at.cue, Role::Cue),
            (&at.content, Role::Content),
        ] {
            pieces.extend(spans.iter().map(|&(s, e)| (s, e, k, role)));
        }
    }
    let mut out = Vec::new();
    for &sentence in &seg.sentences {
        if seg.headline().is_some_and(|h| h.contains(sentence.start)) {
            continue;
        }
        let (toks, quoted) = sentence_tokens(&a.text, &seg, sentence);
        if toks.is_empty() {
            continue;
        }
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        let x = crfs_items(attributes(&words, &quoted));
        let mut previous: Option<(usize, Role)> = None;
        let y = toks
            .iter()
            .map(|t| {
                let hit = pieces
                    .iter()
                    .find(|&&(s, e, _, _)| s <= t.start && t.start < e)
                    .map(|&(_, _, k, r)| (k, r));
                let label = match hit {
                    None => "O".to_owned(),
                    Some(h) => {
                        let bio = if previous == Some(h) { "I" } else { "B" };
                        format!("{bio}-{}", h.1.as_str())
                    }
                };
                previous = hit;
                label
            })
            .collect();
        out.push((x, y));
    }
    out
}

fn train(data: &[&Sequence], out: &Path) {
    let mut t = Trainer::averaged_perceptron()
        .with_max_iterations(ITERATIONS)
        .expect("valid parameters");
    t.params_mut().set_shuffle_seed(Some(SEED));
    let min_freq = std::env::var("MIN_FREQ")
        .ok()
        .and_then(|f| f.parse().ok())
        .unwrap_or(MIN_FREQ);
    t.set_feature_minfreq(min_freq).expect("a valid frequency");
    for (x, y) in data {
        t.append(x, y).expect("a sentence appends");
    }
    t.train(out).expect("the model trains");
}

/// The (start, end) token ranges of the content spans of a label sequence.
fn contents(labels: &[&str]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        match Role::from_label(l) {
            Some((Role::Content, false)) if out.last().is_some_and(|&(_, e)| e == i) => {
                out.last_mut().expect("a span").1 = i + 1;
            }
            Some((Role::Content, _)) => out.push((i, i + 1)),
            _ => {}
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage =
        "usage: train-attribution POLNEAR_FOLDER OUT.crfsuite | POLNEAR_FOLDER PREFIX --folds K";
    let (folder, out, folds) = match args.as_slice() {
        [_, f, o] => (f, o, None),
        [_, f, o, flag, k] if flag == "--folds" => {
            (f, o, Some(k.parse::<usize>().expect("--folds K: a number")))
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    let t0 = std::time::Instant::now();
    let articles = read_folder(Path::new(folder)).expect("a PolNeAR folder (attributions/, text/)");
    let data: Vec<Vec<Sequence>> = articles.iter().map(sequences).collect();
    eprintln!(
        "{} articles, {} sentences, read in {:.1} s",
        articles.len(),
        data.iter().map(Vec::len).sum::<usize>(),
        t0.elapsed().as_secs_f64()
    );
    let Some(k) = folds else {
        let all: Vec<&Sequence> = data.iter().flatten().collect();
        train(&all, Path::new(out));
        println!(
            "model written to {out} in {:.1} s",
            t0.elapsed().as_secs_f64()
        );
        return;
    };
    let (mut tp, mut fp, mut fne) = (0usize, 0usize, 0usize);
    // FOLD=N trains and measures that fold alone (to compare settings quickly).
    let only: Option<usize> = std::env::var("FOLD").ok().and_then(|f| f.parse().ok());
    for fold in (0..k).filter(|f| only.is_none_or(|o| o == *f)) {
        let kept: Vec<&Sequence> = data
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .flat_map(|(_, d)| d.iter())
            .collect();
        let model = format!("{out}.{fold}.crfsuite");
        train(&kept, Path::new(&model));
        let bytes = std::fs::read(&model).expect("the model reads");
        let m = crfs::Model::new(&bytes).expect("a model");
        let tagger = m.tagger().expect("a tagger");
        let (mut t, mut p, mut g) = (0usize, 0usize, 0usize);
        for (x, y) in data
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k == fold)
            .flat_map(|(_, d)| d.iter())
        {
            let got = tagger.tag(x).expect("tags");
            let want: Vec<&str> = y.iter().map(String::as_str).collect();
            let (gs, ps) = (contents(&want), contents(&got));
            t += ps.iter().filter(|s| gs.contains(s)).count();
            p += ps.len();
            g += gs.len();
        }
        println!(
            "fold {fold}: content spans exact P {:.3} R {:.3} ({t} of {p} found, {g} annotated)",
            t as f64 / p.max(1) as f64,
            t as f64 / g.max(1) as f64
        );
        (tp, fp, fne) = (tp + t, fp + p - t, fne + g - t);
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fne).max(1) as f64;
    println!(
        "all folds: content spans exact P {p:.3} R {r:.3} F1 {:.3}",
        2.0 * p * r / (p + r).max(1e-9)
    );
    eprintln!("done in {:.1} s", t0.elapsed().as_secs_f64());
}
