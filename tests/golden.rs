//! Golden graphs: a fixture article's graph, canonicalised (sorted N-Triples; newsgraph mints
//! no blank nodes), compared with the file beside it. `UPDATE_GOLDEN=1 cargo test --release`
//! rewrites the files; review the diff before committing it.

use crate::common::fixture;
use newsgraph::{process, read::Article};

fn canonical(triples: &[oxigraph::model::Triple]) -> String {
    let mut lines: Vec<String> = triples.iter().map(|t| format!("{t} .")).collect();
    lines.sort();
    lines.dedup();
    lines.join("\n") + "\n"
}

fn check_golden(article_file: &str, golden_file: &str) {
    let text = std::fs::read_to_string(fixture(article_file)).expect("fixture article");
    let article = Article::with_id(article_file.to_owned(), article_file.to_owned(), text);
    let got = canonical(&process(&article).1);
    let path = fixture(golden_file);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).expect("golden file written");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; create it with UPDATE_GOLDEN=1",
            path.display()
        )
    });
    if got != want {
        let diff = similar::TextDiff::from_lines(&want, &got);
        panic!(
            "the graph of {article_file} differs from {golden_file} (- expected, + got):\n{}",
            diff.unified_diff()
                .context_radius(1)
                .header("expected", "got")
        );
    }
}

#[test]
fn seed_article_matches_its_golden_graph() {
    check_golden("istanbul-talks.txt", "istanbul-talks.nt");
}
