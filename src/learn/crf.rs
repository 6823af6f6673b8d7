//! Decoding with a CRFsuite model, fast: the model's weights are read once into tables, the
//! attributes of a sentence are looked up as they are made (no string per attribute), and
//! Viterbi runs over the few labels.
//!
//! [`crfs::Tagger`] does the same from a sequence of owned attribute strings; here, the
//! strings of one sentence (about 35 per token) are never allocated, which makes the name
//! tagger several times faster. The labels are the same as `crfs`'s: a test tags sentences
//! with both and compares.
//!
//! The file format is CRFsuite's (`lCRF`): a header of twelve 32-bit fields, then chunks; the
//! features chunk holds, after its 12-byte chunk header, one 20-byte record per feature
//! (type, source, target as `u32`, weight as `f64`, little-endian). Type 0 is a state feature
//! (attribute → label), type 1 a transition (label → label). The attribute and label
//! dictionaries are read through [`crfs::Model`].

use rustc_hash::FxHashMap;
use std::io;

/// A CRFsuite model's weights in tables, with its attribute dictionary.
pub struct Weights {
    model: crfs::Model<'static>,
    /// Attribute ids by name, the names borrowed from the model file: a faster lookup than
    /// the file's own hash tables (`None` when a name is not in the file's bytes as read).
    ids: Option<FxHashMap<&'static str, u32>>,
    /// The attributes of pairs of words, by key and word ids (see [`Pairs`]).
    pairs: Pairs,
    /// Label names, by id.
    labels: Vec<String>,
    /// `trans_from[i * L + j]`: the weight of label j after label i (the weights from each
    /// label side by side, as Viterbi reads them).
    trans_from: Vec<f64>,
    /// The state features of attribute a are `state[first[a]..first[a + 1]]`.
    first: Vec<u32>,
    /// (label, weight) of each state feature, grouped by attribute.
    state: Vec<(u32, f64)>,
}

fn u32_at(buf: &[u8], at: usize) -> io::Result<u32> {
    buf.get(at..at + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "truncated model file"))
}

fn f64_at(buf: &[u8], at: usize) -> io::Result<f64> {
    buf.get(at..at + 8)
        .map(|b| f64::from_le_bytes(b.try_into().expect("eight bytes")))
        .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "truncated model file"))
}

impl Weights {
    /// The weights of the CRFsuite model file in `bytes`.
    pub fn new(bytes: &'static [u8]) -> io::Result<Self> {
        let model = crfs::Model::new(bytes)?;
        let num_features = u32_at(bytes, 16)? as usize;
        let num_labels = model.num_labels() as usize;
        let num_attrs = model.num_attrs() as usize;
        let off_features = u32_at(bytes, 28)? as usize;
        let labels = (0..num_labels as u32)
            .map(|l| model.to_label(l).unwrap_or("O").to_owned())
            .collect();
        if num_labels > 256 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "more than 256 labels: not a tagger's model",
            ));
        }
        let mut trans_from = vec![0.0; num_labels * num_labels];
        // Two passes over the features: count the state features of each attribute, then put
        // each in its attribute's place (in file order within an attribute).
        let record = |f: usize| -> io::Result<(u32, usize, u32, f64)> {
            let at = off_features + 12 + 20 * f;
            let (kind, source, target) = (
                u32_at(bytes, at)?,
                u32_at(bytes, at + 4)? as usize,
                u32_at(bytes, at + 8)?,
            );
            let bad = || io::Error::new(io::ErrorKind::InvalidData, "a feature out of range");
            match kind {
                0 if source < num_attrs && (target as usize) < num_labels => {}
                1 if source < num_labels && (target as usize) < num_labels => {}
                _ => return Err(bad()),
            }
            Ok((kind, source, target, f64_at(bytes, at + 12)?))
        };
        let mut first = vec![0u32; num_attrs + 1];
        for f in 0..num_features {
            let (kind, source, _, _) = record(f)?;
            if kind == 0 {
                first[source + 1] += 1;
            }
        }
        for a in 0..num_attrs {
            first[a + 1] += first[a];
        }
        let mut state = vec![(0u32, 0.0); first[num_attrs] as usize];
        let mut next = first.clone();
        for f in 0..num_features {
            match record(f)? {
                (0, source, target, weight) => {
                    state[next[source] as usize] = (target, weight);
                    next[source] += 1;
                }
                (_, source, target, weight) => {
                    trans_from[source * num_labels + target as usize] = weight
                }
            }
        }
        let ids = attribute_ids(&model, bytes);
        let pairs = ids.as_ref().map(Pairs::new).unwrap_or_default();
        Ok(Weights {
            model,
            ids,
            pairs,
            labels,
            trans_from,
            first,
            state,
        })
    }

    /// The number of labels.
    pub fn num_labels(&self) -> usize {
        self.labels.len()
    }

    /// The name of label `l`.
    pub fn label(&self, l: usize) -> &str {
        &self.labels[l]
    }

    /// The model as `crfs` reads it (to tag with [`crfs::Tagger`] and compare).
    pub fn model(&self) -> &crfs::Model<'static> {
        &self.model
    }

    /// Adds the weights of `attribute` (when the model knows it) to `scores`, one per label.
    pub fn add_state(&self, attribute: &str, scores: &mut [f64]) {
        let id = match &self.ids {
            Some(ids) => ids.get(attribute).copied(),
            None => self.model.to_attr_id(attribute),
        };
        self.add_id(id, scores);
    }

    fn add_id(&self, id: Option<u32>, scores: &mut [f64]) {
        if let Some(a) = id {
            let (s, e) = (self.first[a as usize], self.first[a as usize + 1]);
            for &(l, w) in &self.state[s as usize..e as usize] {
                scores[l as usize] += w;
            }
        }
    }

    /// The values of the attributes named `key` + a value whose weight for `label` exceeds
    /// their weight for `O` by at least `margin`: with `w=` and `B-CUE`, the words that by
    /// themselves lean to begin a cue. Empty when the model has no such labels.
    pub fn values_favouring(&self, key: &str, label: &str, margin: f64) -> Vec<&'static str> {
        let find = |name: &str| self.labels.iter().position(|x| x == name);
        let (Some(ids), Some(l), Some(o)) = (&self.ids, find(label), find("O")) else {
            return Vec::new();
        };
        let mut out: Vec<&'static str> = ids
            .iter()
            .filter_map(|(&name, &a)| {
                let value = name.strip_prefix(key)?;
                let (s, e) = (self.first[a as usize], self.first[a as usize + 1]);
                let lean: f64 = self.state[s as usize..e as usize]
                    .iter()
                    .map(|&(x, w)| match x as usize {
                        x if x == l => w,
                        x if x == o => -w,
                        _ => 0.0,
                    })
                    .sum();
                (lean >= margin).then_some(value)
            })
            .collect();
        out.sort_unstable();
        out
    }

    /// The id of `word` (lower-cased) in the attributes of pairs (what [`Attr::Pair`] looks
    /// up).
    pub fn pair_id(&self, word: &str) -> u32 {
        self.pairs.word(word)
    }

    /// The best labels for the state scores `state` (one row of `num_labels` per token).
    pub fn decode(&self, state: &[f64]) -> Vec<&str> {
        self.viterbi(state)
            .into_iter()
            .map(|id| self.label(id))
            .collect()
    }

    /// The best label ids for `state` (`state[t * L + l]`: the score of label l at token t):
    /// Viterbi, ties going to the lower label id as in CRFsuite.
    pub fn viterbi(&self, state: &[f64]) -> Vec<usize> {
        let l = self.num_labels();
        let n = state.len() / l.max(1);
        if n == 0 {
            return Vec::new();
        }
        let mut score = state[..l].to_vec();
        // The best previous label of each (token, label): at most 256 labels (checked when
        // the model is read).
        let mut back = vec![0u8; n * l];
        let mut best = vec![0.0; l];
        for t in 1..n {
            let arg = &mut back[t * l..(t + 1) * l];
            match l {
                7 => step::<7>(&score, &self.trans_from, &mut best, arg),
                9 => step::<9>(&score, &self.trans_from, &mut best, arg),
                _ => step_any(&score, &self.trans_from, &mut best, arg),
            }
            for ((s, b), here) in score.iter_mut().zip(&best).zip(&state[t * l..(t + 1) * l]) {
                *s = b + here;
            }
        }
        let mut best = f64::MIN;
        let mut out = vec![0usize; n];
        for (i, &s) in score.iter().enumerate() {
            if best < s {
                best = s;
                out[n - 1] = i;
            }
        }
        for t in (1..n).rev() {
            out[t - 1] = back[t * l + out[t]] as usize;
        }
        out
    }
}

/// One step of Viterbi: into `best[j]` the best score of a way into label j from the
/// previous token's scores `score` over the transitions `trans_from` (`L` × `L`), and into
/// `arg[j]` its previous label; a tie keeps the lower previous label. Written without
/// branches, for a number of labels known when compiling (the taggers' 7 and 9).
fn step<const L: usize>(score: &[f64], trans_from: &[f64], best: &mut [f64], arg: &mut [u8]) {
    let score: &[f64; L] = score.try_into().expect("L scores");
    let best: &mut [f64; L] = best.try_into().expect("L scores");
    let arg: &mut [u8; L] = arg.try_into().expect("L labels");
    *best = [f64::MIN; L];
    *arg = [0; L];
    for (i, (prev, from)) in score.iter().zip(trans_from.chunks_exact(L)).enumerate() {
        let from: &[f64; L] = from.try_into().expect("L weights");
        for j in 0..L {
            let s = prev + from[j];
            // All ones when `s` is better, else zero: chosen by masks, as a branch here is
            // taken or not at random.
            let mask = u64::from(best[j] < s).wrapping_neg();
            best[j] = f64::from_bits(s.to_bits() & mask | best[j].to_bits() & !mask);
            arg[j] = (i as u8) & (mask as u8) | arg[j] & !(mask as u8);
        }
    }
}

/// [`step`] for any number of labels.
fn step_any(score: &[f64], trans_from: &[f64], best: &mut [f64], arg: &mut [u8]) {
    let l = score.len();
    best.fill(f64::MIN);
    arg.fill(0);
    for (i, (prev, from)) in score.iter().zip(trans_from.chunks_exact(l)).enumerate() {
        for ((b, a), w) in best.iter_mut().zip(arg.iter_mut()).zip(from) {
            let s = prev + w;
            if *b < s {
                *b = s;
                *a = i as u8;
            }
        }
    }
}

/// The attributes of pairs of words (`w|w+1=the|mayor`) by numbers: a key's index, and an
/// id for each word, so that a tagger looks a pair up without writing it out. Only a model's
/// names whose key holds `|` and whose value holds exactly one are here.
#[derive(Default)]
struct Pairs {
    /// The keys (`w|w+1=`).
    keys: Vec<&'static str>,
    /// The id of each word of a pair.
    words: FxHashMap<&'static str, u32>,
    /// The attribute id of (key index, first word, second word).
    ids: FxHashMap<(u32, u32, u32), u32>,
}

impl Pairs {
    /// A word in no pair of the model: a pair with it has no weight.
    const ABSENT: u32 = u32::MAX;
    /// A word holding `|`: a pair with it is looked up by its name.
    const ODD: u32 = u32::MAX - 1;

    fn new(ids: &FxHashMap<&'static str, u32>) -> Self {
        let mut pairs = Pairs::default();
        for (&name, &id) in ids {
            let Some((key, value)) = name.split_once('=') else {
                continue;
            };
            let key = &name[..key.len() + 1];
            let Some((a, b)) = value.split_once('|') else {
                continue;
            };
            if !key.contains('|') || b.contains('|') {
                continue;
            }
            let k = match pairs.keys.iter().position(|&k| k == key) {
                Some(k) => k,
                None => {
                    pairs.keys.push(key);
                    pairs.keys.len() - 1
                }
            } as u32;
            let mut word = |w: &'static str| {
                let next = pairs.words.len() as u32;
                *pairs.words.entry(w).or_insert(next)
            };
            let (a, b) = (word(a), word(b));
            pairs.ids.insert((k, a, b), id);
        }
        pairs
    }

    fn word(&self, w: &str) -> u32 {
        if w.contains('|') {
            Self::ODD
        } else {
            self.words.get(w).copied().unwrap_or(Self::ABSENT)
        }
    }
}

/// An attribute as a feature function gives it to a tagger, so that it need not be formatted:
/// written out in full when it is one of a fixed few (`quoted`, `part=2`: a tagger keeps their
/// scores), a key and its value (`capsline.w=` `the`: `capsline.w=the`), a key and one of the
/// sentence's words (`w-3=` and the word at `j`), whose scores a tagger keeps with the word's
/// other scores ([`WordEntry`]), or a key and a pair of the sentence's words (`w|w+1=` and
/// the words at `i` and `j`: `w|w+1=the|mayor`), which a tagger looks up by numbers.
///
/// ```
/// use newsgraph::learn::crf::Attr;
/// let words = ["the", "mayor"];
/// assert_eq!(Attr::Fixed("quoted").to_string(), "quoted");
/// assert_eq!(Attr::Value("capsline.w=", "the").to_string(), "capsline.w=the");
/// assert_eq!(Attr::Word("w-3=", &words, 1).to_string(), "w-3=mayor");
/// assert_eq!(Attr::Pair("w|w+1=", &words, 0, 1).to_string(), "w|w+1=the|mayor");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attr<'s> {
    /// One of the few attributes a feature function gives whatever the words.
    Fixed(&'static str),
    /// A key (ending in `=`) and its value.
    Value(&'static str, &'s str),
    /// A key (ending in `=`) and the word at one place of a sentence's words.
    Word(&'static str, &'s [&'s str], usize),
    /// A key (ending in `=` and holding `|`) and the words at two places of a sentence's
    /// words, written `a|b`.
    Pair(&'static str, &'s [&'s str], usize, usize),
}

impl Attr<'_> {
    /// Its parts, in the order they are written.
    fn parts(&self) -> [&str; 4] {
        match *self {
            Attr::Fixed(name) => [name, "", "", ""],
            Attr::Value(key, a) => [key, a, "", ""],
            Attr::Word(key, words, j) => [key, words[j], "", ""],
            Attr::Pair(key, words, i, j) => [key, words[i], "|", words[j]],
        }
    }
}

impl std::fmt::Display for Attr<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.parts().into_iter().try_for_each(|p| f.write_str(p))
    }
}

/// What a tagger knows of a word, computed once: the scores its attributes give (as the
/// token itself, and as each neighbour: the tagger lays them out), the scores of the keys of
/// [`Attr::Word`] a tagger asks for with the word as value, its lower-case form, and its id
/// in the model's pairs.
#[derive(Debug)]
pub struct WordEntry {
    /// The scores of the word's own and neighbour attributes.
    pub row: Box<[f64]>,
    /// The scores of `key` + the word, for each key of the tagger's [`Lookup::keys`].
    pub keyed: Box<[f64]>,
    /// The word lower-cased.
    pub lower: Box<str>,
    /// The id of the lower-cased word in the model's pairs ([`Weights::pair_id`]).
    pub pair: u32,
}

impl WordEntry {
    /// The entry of a word whose lower-case form is `lower` in `weights`: `row` as computed
    /// by the tagger, and the scores of `keys` with `lower` as value.
    pub fn new(weights: &Weights, lower: String, row: Box<[f64]>, keys: &[&str]) -> Self {
        let l = weights.num_labels();
        let mut keyed = vec![0.0; keys.len() * l];
        let mut name = String::new();
        for (k, key) in keys.iter().enumerate() {
            name.clear();
            name.push_str(key);
            name.push_str(&lower);
            weights.add_state(&name, &mut keyed[k * l..(k + 1) * l]);
        }
        WordEntry {
            row,
            keyed: keyed.into_boxed_slice(),
            pair: weights.pair_id(&lower),
            lower: lower.into_boxed_str(),
        }
    }
}

/// What a tagger keeps to look up the attributes of one sentence: the scores of the fixed
/// attributes ([`Attr::Fixed`]) of its model, kept as they are met, and the keys its word
/// entries ([`WordEntry`]) hold scores of.
#[derive(Default)]
pub struct Lookup {
    /// By the name's address and length: the same static name is met at every token, and
    /// hashing two numbers is cheaper than hashing its text.
    fixed: FxHashMap<(usize, usize), Box<[f64]>>,
    /// The keys of [`Attr::Word`] whose scores the word entries hold, in their order.
    pub keys: &'static [&'static str],
    /// The name of the attribute being looked up, written out.
    name: String,
    /// The index of each key of [`Attr::Pair`] met among the model's, by the key's address
    /// and length.
    pair_keys: Vec<((usize, usize), Option<u32>)>,
}

impl Lookup {
    /// Adds the weights of `attribute` to `scores`: what [`Weights::add_state`] adds for it
    /// written out. `words` are the entries of the sentence's words.
    pub fn add(
        &mut self,
        weights: &Weights,
        words: &[&WordEntry],
        attribute: Attr<'_>,
        scores: &mut [f64],
    ) {
        match attribute {
            Attr::Fixed(name) => {
                let key = (name.as_ptr() as usize, name.len());
                let row = self.fixed.entry(key).or_insert_with(|| {
                    let mut row = vec![0.0; weights.num_labels()];
                    weights.add_state(name, &mut row);
                    row.into_boxed_slice()
                });
                add(scores, row);
            }
            Attr::Word(key, _, j) => match self.keys.iter().position(|&k| k == key) {
                Some(k) => {
                    let l = weights.num_labels();
                    add(scores, &words[j].keyed[k * l..(k + 1) * l]);
                }
                None => self.add_by_name(weights, attribute, scores),
            },
            Attr::Pair(key, _, i, j)
                if weights.ids.is_some()
                    && words[i].pair != Pairs::ODD
                    && words[j].pair != Pairs::ODD =>
            {
                let (a, b) = (words[i].pair, words[j].pair);
                if a == Pairs::ABSENT || b == Pairs::ABSENT {
                    return;
                }
                let Some(k) = self.pair_key(&weights.pairs, key) else {
                    return;
                };
                weights.add_id(weights.pairs.ids.get(&(k, a, b)).copied(), scores);
            }
            _ => self.add_by_name(weights, attribute, scores),
        }
    }

    /// Adds the weights of `attribute` written out, without the formatting machinery, into
    /// the buffer kept here.
    fn add_by_name(&mut self, weights: &Weights, attribute: Attr<'_>, scores: &mut [f64]) {
        self.name.clear();
        attribute.parts().iter().for_each(|p| self.name.push_str(p));
        weights.add_state(&self.name, scores);
    }

    /// The index of `key` among the keys of `pairs` (`None` when the model has no pair of
    /// that key), found by the key's address after the first time.
    fn pair_key(&mut self, pairs: &Pairs, key: &'static str) -> Option<u32> {
        let at = (key.as_ptr() as usize, key.len());
        if let Some(&(_, k)) = self.pair_keys.iter().find(|(a, _)| *a == at) {
            return k;
        }
        let k = pairs.keys.iter().position(|&k| k == key).map(|k| k as u32);
        self.pair_keys.push((at, k));
        k
    }

    /// Forgets every score (for another model).
    pub fn clear(&mut self) {
        self.fixed.clear();
        self.pair_keys.clear();
    }
}

/// Each attribute of `model` by its name, a slice of `bytes` (the model file, where CRFsuite
/// keeps the names): `None` when a name cannot be found there.
fn attribute_ids(
    model: &crfs::Model<'static>,
    bytes: &'static [u8],
) -> Option<FxHashMap<&'static str, u32>> {
    let base = bytes.as_ptr() as usize;
    let mut ids = FxHashMap::default();
    ids.reserve(model.num_attrs() as usize);
    for a in 0..model.num_attrs() {
        let name = model.to_attr(a)?;
        let start = (name.as_ptr() as usize).checked_sub(base)?;
        let name = std::str::from_utf8(bytes.get(start..start + name.len())?).ok()?;
        ids.insert(name, a);
    }
    Some(ids)
}

/// Adds `scores` to `row`, label by label.
pub fn add(row: &mut [f64], scores: &[f64]) {
    // The taggers' rows (7 and 9 labels) with their length known when compiling: the loop
    // is unrolled. The sums are the same.
    fn fixed<const L: usize>(row: &mut [f64], scores: &[f64]) {
        let row: &mut [f64; L] = row.try_into().expect("L scores");
        let scores: &[f64; L] = scores.try_into().expect("L scores");
        for j in 0..L {
            row[j] += scores[j];
        }
    }
    match (row.len(), scores.len()) {
        (7, 7) => fixed::<7>(row, scores),
        (9, 9) => fixed::<9>(row, scores),
        _ => {
            for (r, s) in row.iter_mut().zip(scores) {
                *r += s;
            }
        }
    }
}

/// A sentence's attributes as `crfs` takes them (each of weight 1), for training and for
/// checking the decoder against `crfs`.
pub fn crfs_items(attributes: Vec<Vec<String>>) -> Vec<Vec<crfs::Attribute>> {
    attributes
        .into_iter()
        .map(|a| {
            a.into_iter()
                .map(|f| crfs::Attribute::new(f, 1.0))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The branch-free step of the taggers' label counts chooses as the general one, ties
    /// included (the lower previous label wins).
    #[test]
    fn fixed_steps_choose_as_the_general_step() {
        // (scores of the previous token, the weight of every transition)
        let table: [(Vec<f64>, fn(usize, usize) -> f64); 4] = [
            (vec![0.0; 9], |_, _| 0.0),
            ((0..9).map(|i| i as f64).collect(), |i, j| -((i * j) as f64)),
            ((0..9).map(|i| (i % 3) as f64).collect(), |i, j| {
                ((i + j) % 2) as f64
            }),
            ((0..9).map(|i| -(i as f64) / 3.0).collect(), |i, j| {
                (i as f64 - j as f64).abs()
            }),
        ];
        for (k, (score, weight)) in table.iter().enumerate() {
            for l in [7, 9] {
                let score = &score[..l];
                let trans: Vec<f64> = (0..l * l).map(|x| weight(x / l, x % l)).collect();
                let (mut best, mut arg) = (vec![0.0; l], vec![0u8; l]);
                let (mut want_best, mut want_arg) = (vec![0.0; l], vec![0u8; l]);
                match l {
                    7 => step::<7>(score, &trans, &mut best, &mut arg),
                    _ => step::<9>(score, &trans, &mut best, &mut arg),
                }
                step_any(score, &trans, &mut want_best, &mut want_arg);
                assert_eq!((best, arg), (want_best, want_arg), "row {k}, {l} labels");
            }
        }
    }

    /// Rows of the taggers' lengths and of any other add up alike.
    #[test]
    fn rows_add_up_label_by_label() {
        for l in [3, 7, 9] {
            let mut row: Vec<f64> = (0..l).map(|i| i as f64).collect();
            let scores: Vec<f64> = (0..l).map(|i| 0.5 * i as f64).collect();
            add(&mut row, &scores);
            let want: Vec<f64> = (0..l).map(|i| 1.5 * i as f64).collect();
            assert_eq!(row, want, "{l} labels");
        }
    }
}
