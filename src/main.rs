//! The `newsgraph` command: parse the command line, run it, turn the outcome into an exit code
//! (0: all good, 1: some input skipped, 2: usage or store error).

mod cli;
mod commands;
mod guard;

use clap::Parser;
use std::process::ExitCode;

// jemalloc, for Rust and for RocksDB's C++ alike (it replaces `malloc` itself on Linux):
// oxigraph frees RocksDB's error strings, allocated with `malloc`, as Rust strings, so both
// must allocate from the same heap. mimalloc as Rust's allocator alone made every storage error
// a segmentation fault, and mimalloc overriding `malloc` could hang at exit. jemalloc takes
// about 10% off `extract` and `build` against the system allocator (docs/performance.md).
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOC: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(err) if commands::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newsgraph: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
