//! A linear ranker: picks one of several candidates by the sum of its features' weights,
//! trained as an averaged perceptron.
//!
//! Each candidate is a list of feature strings; the ranker scores every candidate and the best
//! wins. Training is deterministic: the same examples in the same order give the same weights.
//!
//! ```
//! use newsgraph::learn::ranker::{Example, Ranker};
//! let f = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
//! // The candidate just before the verb is the speaker; the one after a preposition is not.
//! let examples = vec![
//!     Example { candidates: vec![f(&["before-verb"]), f(&["after-of"])], correct: vec![true, false] },
//!     Example { candidates: vec![f(&["after-of"]), f(&["before-verb"])], correct: vec![false, true] },
//! ];
//! let ranker = Ranker::train(&examples, 5);
//! assert_eq!(ranker.best(&[f(&["after-of"]), f(&["before-verb"])]), Some(1));
//! let again = Ranker::from_tsv(&ranker.to_tsv()).unwrap();
//! assert_eq!(again.to_tsv(), ranker.to_tsv());
//! ```

use rustc_hash::FxHashMap;

/// One choice to learn from: the candidates' features and which candidates are right.
#[derive(Debug, Clone, Default)]
pub struct Example {
    /// Each candidate's features.
    pub candidates: Vec<Vec<String>>,
    /// Whether each candidate is a right answer (one or several).
    pub correct: Vec<bool>,
}

/// Feature weights.
#[derive(Debug, Clone, Default)]
pub struct Ranker {
    weights: FxHashMap<String, f64>,
}

/// A line of a weights file that does not read as `FEATURE<TAB>WEIGHT`.
#[derive(Debug, thiserror::Error)]
#[error("weights line {line}: expected FEATURE<TAB>WEIGHT, found {found:?}")]
pub struct BadWeights {
    /// 1-based line number.
    pub line: usize,
    /// The line's text.
    pub found: String,
}

impl Ranker {
    /// The score of one candidate.
    pub fn score<S: AsRef<str>>(&self, features: &[S]) -> f64 {
        features
            .iter()
            .filter_map(|f| self.weights.get(f.as_ref()))
            .sum()
    }

    /// The index of the best candidate (the first of equal scores), `None` when there is none.
    pub fn best<S: AsRef<str>>(&self, candidates: &[Vec<S>]) -> Option<usize> {
        let mut best: Option<(usize, f64)> = None;
        for (i, c) in candidates.iter().enumerate() {
            let s = self.score(c);
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        best.map(|(i, _)| i)
    }

    /// Trains an averaged perceptron over `epochs` passes: where the best candidate is wrong,
    /// the right candidate with the highest score gains its features and the chosen one loses
    /// its own. Examples with no right candidate, or only right ones, teach nothing.
    pub fn train(examples: &[Example], epochs: usize) -> Ranker {
        let mut w: FxHashMap<String, f64> = FxHashMap::default();
        // Sums for averaging, kept lazily: total += w * (steps since the last change).
        let mut total: FxHashMap<String, f64> = FxHashMap::default();
        let mut stamp: FxHashMap<String, usize> = FxHashMap::default();
        let mut step = 0usize;
        let score = |w: &FxHashMap<String, f64>, f: &[String]| -> f64 {
            f.iter().filter_map(|x| w.get(x)).sum()
        };
        for _ in 0..epochs {
            for ex in examples {
                step += 1;
                if !ex.correct.iter().any(|&c| c) || ex.correct.iter().all(|&c| c) {
                    continue;
                }
                let scores: Vec<f64> = ex.candidates.iter().map(|c| score(&w, c)).collect();
                let pick = (0..scores.len())
                    .reduce(|a, b| if scores[b] > scores[a] { b } else { a })
                    .expect("candidates");
                if ex.correct[pick] {
                    continue;
                }
                let gold = (0..scores.len())
                    .filter(|&i| ex.correct[i])
                    .reduce(|a, b| if scores[b] > scores[a] { b } else { a })
                    .expect("a right candidate");
                let mut update = |f: &str, delta: f64| {
                    let old = w.get(f).copied().unwrap_or(0.0);
                    let since = stamp.get(f).copied().unwrap_or(0);
                    *total.entry(f.to_owned()).or_default() += old * (step - since) as f64;
                    stamp.insert(f.to_owned(), step);
                    w.insert(f.to_owned(), old + delta);
                };
                for f in &ex.candidates[gold] {
                    update(f, 1.0);
                }
                for f in &ex.candidates[pick] {
                    update(f, -1.0);
                }
            }
        }
        let steps = step.max(1) as f64;
        let mut weights = FxHashMap::default();
        for (f, v) in &w {
            let since = stamp.get(f).copied().unwrap_or(0);
            let sum = total.get(f).copied().unwrap_or(0.0) + v * (step - since) as f64;
            let avg = sum / steps;
            if avg.abs() > 1e-9 {
                // Rounded, so that the weights file is short and reads back exactly.
                weights.insert(f.clone(), (avg * 1e6).round() / 1e6);
            }
        }
        Ranker { weights }
    }

    /// The weights as `FEATURE<TAB>WEIGHT` lines, sorted by feature.
    pub fn to_tsv(&self) -> String {
        let mut lines: Vec<(&String, &f64)> = self.weights.iter().collect();
        lines.sort_by(|a, b| a.0.cmp(b.0));
        lines
            .into_iter()
            .map(|(f, v)| format!("{f}\t{v}\n"))
            .collect()
    }

    /// Reads weights written by [`Ranker::to_tsv`]; lines starting with `#` are comments.
    pub fn from_tsv(text: &str) -> Result<Ranker, BadWeights> {
        let mut weights = FxHashMap::default();
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = || BadWeights {
                line: i + 1,
                found: line.to_owned(),
            };
            let (f, v) = line.split_once('\t').ok_or_else(bad)?;
            weights.insert(f.to_owned(), v.parse::<f64>().map_err(|_| bad())?);
        }
        Ok(Ranker { weights })
    }

    /// The number of features with a weight.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether no feature has a weight.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}
