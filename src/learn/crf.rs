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
    /// Label names, by id.
    labels: Vec<String>,
    /// `trans[i * L + j]`: the weight of label j after label i.
    trans: Vec<f64>,
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
        let mut trans = vec![0.0; num_labels * num_labels];
        let mut per_attr: Vec<Vec<(u32, f64)>> = vec![Vec::new(); num_attrs];
        for f in 0..num_features {
            let at = off_features + 12 + 20 * f;
            let (kind, source, target) = (
                u32_at(bytes, at)?,
                u32_at(bytes, at + 4)? as usize,
                u32_at(bytes, at + 8)?,
            );
            let weight = f64_at(bytes, at + 12)?;
            let bad = || io::Error::new(io::ErrorKind::InvalidData, "a feature out of range");
            match kind {
                0 if source < num_attrs && (target as usize) < num_labels => {
                    per_attr[source].push((target, weight))
                }
                1 if source < num_labels && (target as usize) < num_labels => {
                    trans[source * num_labels + target as usize] = weight
                }
                _ => return Err(bad()),
            }
        }
        let mut first = Vec::with_capacity(num_attrs + 1);
        let mut state = Vec::with_capacity(num_features);
        for fs in per_attr {
            first.push(state.len() as u32);
            state.extend(fs);
        }
        first.push(state.len() as u32);
        let ids = attribute_ids(&model, bytes);
        Ok(Weights {
            model,
            ids,
            labels,
            trans,
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
        if let Some(a) = id {
            let (s, e) = (self.first[a as usize], self.first[a as usize + 1]);
            for &(l, w) in &self.state[s as usize..e as usize] {
                scores[l as usize] += w;
            }
        }
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
        let mut back = vec![0usize; n * l];
        let mut next = vec![0.0; l];
        for t in 1..n {
            for j in 0..l {
                let (mut best, mut arg) = (f64::MIN, 0);
                for (i, prev) in score.iter().enumerate() {
                    let s = prev + self.trans[i * l + j];
                    if best < s {
                        (best, arg) = (s, i);
                    }
                }
                back[t * l + j] = arg;
                next[j] = best + state[t * l + j];
            }
            std::mem::swap(&mut score, &mut next);
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
            out[t - 1] = back[t * l + out[t]];
        }
        out
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
    for (r, s) in row.iter_mut().zip(scores) {
        *r += s;
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
