//! The reader of .txt files on arbitrary bytes (invalid UTF-8 included), then the extractor
//! on each article read: no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::read::{read_articles_from, InputFile, Limits};
use std::io::Cursor;

fuzz_target!(|data: &[u8]| {
    let input = InputFile {
        path: "fuzz.txt".into(),
        id: "fuzz.txt".into(),
    };
    let limits = Limits {
        max_article_size: 1 << 16,
        format: None,
    };
    for article in read_articles_from(&input, Box::new(Cursor::new(data.to_vec())), limits).flatten() {
        newsgraph::process(&article);
    }
});
