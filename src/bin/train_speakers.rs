//! Trains the speaker ranker of `models/speakers.tsv` from PolNeAR train:
//!
//! ```sh
//! cargo run --release --features train --bin train-speakers -- ../shared/gold/polnear/train models/speakers.tsv
//! cargo run --release --features train --bin train-speakers -- ../shared/gold/polnear/train /tmp/spk --folds 5
//! ```
//!
//! For every statement the extractor finds without a speaker (no person, no group) and
//! PolNeAR annotates (the content spans' words overlap as the scorer counts them), the
//! candidates around it are labelled: a candidate is right when its words overlap the annotated
//! source, or when the person it stands for has the source's last name; "no person" is right
//! when the source names nobody among them. The ranker (an averaged perceptron,
//! [`newsgraph::learn::ranker`]) learns to put a right candidate first.
//!
//! With `--folds K`, trains K models, each on all articles but every K-th (articles i with
//! i % K == fold, in file-name order, are held out), writes them as `PREFIX.FOLD.tsv` with the
//! held-out articles' names as `PREFIX.FOLD.list`, and prints, on each held-out part, how
//! many of these statements whose source names a person get that person. Deterministic: the same data gives the same model.

use newsgraph::extract::statements::{Candidate, SpeakerChooser, StatementMention};
use newsgraph::extract::{extract_with, Extraction};
use newsgraph::learn::polnear::{self, Attribution};
use newsgraph::learn::ranker::{Example, Ranker};
use std::path::Path;
use std::sync::Mutex;

/// Passes over the training data.
const EPOCHS: usize = 10;

/// Keeps no person, as the rules do, and records what the ranker would see.
#[derive(Default)]
struct Recorder {
    seen: Mutex<Vec<(StatementMention, Vec<Candidate>)>>,
}

impl SpeakerChooser for Recorder {
    fn choose(&self, _: &str, s: &StatementMention, candidates: &[Candidate]) -> Option<usize> {
        self.seen
            .lock()
            .expect("no panic while recording")
            .push((s.clone(), candidates.to_vec()));
        let _ = candidates;
        None
    }
}

/// One article: its name, text, annotation and what the extractor saw.
struct Article {
    name: String,
    text: String,
    gold: Vec<Attribution>,
    extraction: Extraction,
    seen: Vec<(StatementMention, Vec<Candidate>)>,
}

fn read_folder(folder: &Path) -> Vec<Article> {
    polnear::read_folder(folder)
        .expect("a PolNeAR folder (attributions/, text/)")
        .into_iter()
        .map(|a| {
            let recorder = Recorder::default();
            let extraction = extract_with(&a.text, &recorder);
            Article {
                name: a.name,
                text: a.text,
                gold: a.attributions,
                extraction,
                seen: recorder.seen.into_inner().expect("recorded"),
            }
        })
        .collect()
}

fn fold(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect()
}

fn words(s: &str) -> std::collections::HashSet<String> {
    fold(s).split_whitespace().map(str::to_owned).collect()
}

/// The scorer's match: Dice of word sets, or a prediction of 3+ words 90% inside the gold.
fn similarity(gold: &str, pred: &str) -> f64 {
    let (g, p) = (words(gold), words(pred));
    if g.is_empty() || p.is_empty() {
        return 0.0;
    }
    let common = g.intersection(&p).count() as f64;
    let dice = 2.0 * common / (g.len() + p.len()) as f64;
    let inside = if p.len() >= 3 {
        common / p.len() as f64
    } else {
        0.0
    };
    dice.max(if inside >= 0.9 { 0.5 } else { 0.0 })
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "us", "me", "his", "their",
];

/// The last name a source span gives, read part by part as the scorer does ("Marc Morial,
/// president of …" → "morial"); `None` for pronouns, groups and descriptions.
fn source_name(source: &str) -> Option<String> {
    for part in source.split([',', ';', '(']).flat_map(|p| p.split(" who ")) {
        let part = part.trim();
        if part.starts_with(char::is_lowercase) {
            continue;
        }
        let toks: Vec<&str> = part
            .split(|c: char| !(c.is_alphanumeric() || matches!(c, '’' | '\'' | '.' | '-')))
            .filter(|t| !t.is_empty())
            .collect();
        let Some(last) = toks.last() else { continue };
        let last = last
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .trim_end_matches(['’', '\'']);
        if last.starts_with(char::is_uppercase) && !PRONOUNS.contains(&fold(last).trim()) {
            return Some(fold(last).trim().to_owned());
        }
    }
    None
}

/// A statement with its labelled candidates, and the source's last name when it names one.
struct Labelled {
    example: Example,
    rule: usize,
    names: Vec<Vec<String>>,
    gold_name: Option<String>,
}

fn labelled(a: &Article) -> Vec<Labelled> {
    let mut out = Vec::new();
    let last_name = |p: usize| {
        fold(a.extraction.people[p].name.rsplit(' ').next().unwrap_or(""))
            .trim()
            .to_owned()
    };
    for (s, cands) in &a.seen {
        let said = s.span.of(&a.text);
        let best = a
            .gold
            .iter()
            .map(|g| {
                let t: Vec<&str> = g.content.iter().map(|&(x, y)| &a.text[x..y]).collect();
                (similarity(&t.join(" "), said), g)
            })
            .filter(|(sim, _)| *sim >= 0.5)
            .max_by(|x, y| x.0.total_cmp(&y.0));
        let Some((_, g)) = best else { continue };
        let source: Vec<&str> = g.source.iter().map(|&(x, y)| &a.text[x..y]).collect();
        let gold_name = source_name(&source.join(" "));
        let names: Vec<Vec<String>> = cands
            .iter()
            .map(|c| c.people.iter().map(|&p| last_name(p)).collect())
            .collect();
        let mut correct: Vec<bool> = cands
            .iter()
            .zip(&names)
            .map(|(c, n)| {
                !c.people.is_empty()
                    && (g
                        .source
                        .iter()
                        .any(|&(x, y)| c.span.start < y && x < c.span.end)
                        || gold_name.as_ref().is_some_and(|g| n.contains(g)))
            })
            .collect();
        // No person is right when the source names none and no candidate is it.
        let none = cands.iter().position(|c| c.people.is_empty());
        if let Some(k) = none.filter(|_| gold_name.is_none() && !correct.contains(&true)) {
            correct[k] = true;
        }
        out.push(Labelled {
            example: Example {
                candidates: cands.iter().map(|c| c.features.clone()).collect(),
                correct,
            },
            rule: cands.iter().position(|c| c.people.is_empty()).unwrap_or(0),
            names,
            gold_name,
        });
    }
    out
}

/// Where the source names a person: (statements the model gives that person, statements).
fn accuracy(items: &[&Labelled], ranker: &Ranker) -> (usize, usize) {
    let (mut model, mut n) = (0, 0);
    for l in items {
        let Some(g) = &l.gold_name else { continue };
        n += 1;
        let pick = best(ranker, l);
        model += usize::from(l.names[pick].contains(g));
    }
    (model, n)
}

/// The ranker's pick, ties to no person (as `RankedSpeakers` does).
fn best(ranker: &Ranker, l: &Labelled) -> usize {
    let mut pick = l.rule;
    let mut top = ranker.score(&l.example.candidates[l.rule]);
    for (i, c) in l.example.candidates.iter().enumerate() {
        let s = ranker.score(c);
        if s > top {
            pick = i;
            top = s;
        }
    }
    pick
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: train-speakers POLNEAR_FOLDER OUT.tsv | POLNEAR_FOLDER PREFIX --folds K";
    let (folder, out) = match args.as_slice() {
        [_, f, o] | [_, f, o, _, _] => (f.as_str(), o.as_str()),
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    let folds: Option<usize> = match args.as_slice() {
        [_, _, _, flag, k] if flag == "--folds" => Some(k.parse().expect("--folds K: a number")),
        [_, _, _] => None,
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    let t0 = std::time::Instant::now();
    let articles = read_folder(Path::new(folder));
    let data: Vec<Vec<Labelled>> = articles.iter().map(labelled).collect();
    let n_examples: usize = data.iter().map(Vec::len).sum();
    eprintln!(
        "{} articles, {} statements matched to PolNeAR's, read in {:.1} s",
        articles.len(),
        n_examples,
        t0.elapsed().as_secs_f64()
    );
    let train = |keep: &dyn Fn(usize) -> bool| {
        let examples: Vec<Example> = data
            .iter()
            .enumerate()
            .filter(|(i, _)| keep(*i))
            .flat_map(|(_, d)| d.iter().map(|l| l.example.clone()))
            .collect();
        Ranker::train(&examples, EPOCHS)
    };
    match folds {
        Some(k) => {
            let (mut m_all, mut n_all) = (0, 0);
            for fold in 0..k {
                let ranker = train(&|i| i % k != fold);
                let held: Vec<&Labelled> = data
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % k == fold)
                    .flat_map(|(_, d)| d.iter())
                    .collect();
                let (m, n) = accuracy(&held, &ranker);
                println!(
                    "fold {fold}: right speaker {m} of {n} statements without one whose source names a person ({:.3}; {} features)",
                    m as f64 / n as f64,
                    ranker.len()
                );
                (m_all, n_all) = (m_all + m, n_all + n);
                std::fs::write(format!("{out}.{fold}.tsv"), ranker.to_tsv()).expect("writes");
                let names: String = articles
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % k == fold)
                    .map(|(_, a)| format!("{}\n", a.name))
                    .collect();
                std::fs::write(format!("{out}.{fold}.list"), names).expect("writes");
            }
            println!(
                "all folds: right speaker {m_all} of {n_all} ({:.3})",
                m_all as f64 / n_all as f64
            );
        }
        None => {
            let ranker = train(&|_| true);
            let header = format!(
                "# newsgraph speaker ranker: averaged perceptron, {EPOCHS} epochs, trained on {} \
                 ({} articles, {n_examples} statements) by `train-speakers`; {} features\n",
                folder,
                articles.len(),
                ranker.len()
            );
            std::fs::write(out, header + &ranker.to_tsv()).expect("writes the model");
            println!("{} features written to {out}", ranker.len());
        }
    }
    eprintln!("done in {:.1} s", t0.elapsed().as_secs_f64());
}
