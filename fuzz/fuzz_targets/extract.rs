//! The extractor and the minting of triples on arbitrary text: no panic, and every span lies on
//! character boundaries inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::read::Article;

fuzz_target!(|text: &str| {
    let article = Article::from_text("fuzz", text.to_owned());
    let (facts, _triples) = newsgraph::process(&article);
    for s in &facts.statements {
        assert!(article.text.get(s.span.start..s.span.end).is_some());
    }
});
