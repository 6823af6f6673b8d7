//! Reading PolNeAR (brat standoff: `T1<TAB>Source 110 112<TAB>we`, `E1<TAB>Attribution:T4
//! Content:T3 Cue:T2 Source:T1`) for the training commands. Only with the `train` feature.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// One annotated attribution: its parts as byte ranges of the text (a part may have several
/// pieces).
#[derive(Debug, Clone, Default)]
pub struct Attribution {
    /// What is attributed.
    pub content: Vec<(usize, usize)>,
    /// To whom.
    pub source: Vec<(usize, usize)>,
    /// The words that attribute.
    pub cue: Vec<(usize, usize)>,
}

/// One article of PolNeAR.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file name without annotator and extension.
    pub name: String,
    /// Its text.
    pub text: String,
    /// Its attributions.
    pub attributions: Vec<Attribution>,
}

/// The articles of a PolNeAR folder (`attributions/*.ann`, `text/*.txt`) in file-name order;
/// of several annotators' files for one article, the first, as the scorer reads them.
pub fn read_folder(folder: &Path) -> std::io::Result<Vec<Article>> {
    let mut anns: Vec<_> = std::fs::read_dir(folder.join("attributions"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .collect();
    anns.sort();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for ann in anns {
        let file = ann
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let stem = file
            .rsplit_once('_')
            .map_or(file.as_str(), |(s, _)| s)
            .to_owned();
        if !seen.insert(stem.clone()) {
            continue;
        }
        let text = std::fs::read_to_string(folder.join("text").join(format!("{stem}.txt")))?;
        let attributions = read_ann(&std::fs::read_to_string(&ann)?, &text);
        out.push(Article {
            name: stem,
            text,
            attributions,
        });
    }
    Ok(out)
}

/// The attributions of one `.ann` file; its offsets count characters of `text`, and come back
/// as byte offsets.
pub fn read_ann(ann: &str, text: &str) -> Vec<Attribution> {
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let at = |c: usize| bytes[c.min(bytes.len() - 1)];
    let mut spans = HashMap::new();
    let mut out = Vec::new();
    for line in ann.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if line.starts_with('T') && cols.len() >= 3 {
            let Some((_, ranges)) = cols[1].split_once(' ') else {
                continue;
            };
            let pieces: Vec<(usize, usize)> = ranges
                .split(';')
                .filter_map(|p| {
                    let (a, b) = p.split_once(' ')?;
                    Some((at(a.parse().ok()?), at(b.parse().ok()?)))
                })
                .collect();
            spans.insert(cols[0].to_owned(), pieces);
        } else if line.starts_with('E') && cols.len() >= 2 {
            let args: HashMap<&str, &str> = cols[1]
                .split_whitespace()
                .skip(1)
                .filter_map(|a| a.split_once(':'))
                .collect();
            let get = |k: &str| args.get(k).and_then(|t| spans.get(*t)).cloned();
            if let Some(content) = get("Content") {
                out.push(Attribution {
                    content,
                    source: get("Source").unwrap_or_default(),
                    cue: get("Cue").unwrap_or_default(),
                });
            }
        }
    }
    out
}
