//! Integration tests, one binary: golden graph, command line, bundled queries, gold sets.

mod cli;
mod common;
mod golden;
mod queries;
mod shared;
