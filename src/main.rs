//! The `newsgraph` command: parse the command line, run it, turn the outcome into an exit code
//! (0: all good, 1: some input skipped, 2: usage or store error).

mod cli;
mod commands;

use clap::Parser;
use std::process::ExitCode;

/// mimalloc: the pipeline allocates many small strings (IRIs, literals) on every core, where
/// it is markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
