//! The `newsgraph` command: parse the command line, run it, turn the outcome into an exit code
//! (0: all good, 1: some input skipped, 2: usage or store error).

mod cli;
mod commands;
mod guard;

use clap::Parser;
use std::process::ExitCode;

// The system allocator, the one RocksDB's C++ uses: oxigraph frees RocksDB's error strings
// (allocated with malloc) as Rust strings, so Rust must allocate with malloc too. With mimalloc
// as Rust's allocator every storage error ended in a segmentation fault; with mimalloc also
// overriding malloc, a process could hang at exit in mimalloc's final collection. The system
// allocator costs about 11% of build and extract time (Reuters, 2026-12-02).

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
