//! The gzip layer: arbitrary bytes gzipped (a valid stream) and the same bytes taken as a
//! gzip stream themselves (mostly corrupt), read as .txt.gz and .jsonl.gz: no panic, no hang.
#![no_main]

use flate2::write::GzEncoder;
use libfuzzer_sys::fuzz_target;
use newsgraph::read::{read_articles_from, InputFile, Limits};
use std::io::{Cursor, Write};

fuzz_target!(|data: &[u8]| {
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(data).expect("gzip in memory");
    let gzipped = gz.finish().expect("gzip in memory");
    let limits = Limits {
        max_article_size: 1 << 16,
        format: None,
    };
    for name in ["fuzz.txt.gz", "fuzz.jsonl.gz"] {
        let input = InputFile {
            path: name.into(),
            id: name.into(),
        };
        for bytes in [gzipped.clone(), data.to_vec()] {
            for article in read_articles_from(&input, Box::new(Cursor::new(bytes)), limits).flatten() {
                newsgraph::process(&article);
            }
        }
    }
});
