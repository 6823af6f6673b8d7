//! Integration tests, one binary: golden graph, command line, bundled queries, networks,
//! gold sets.

mod accidents;
mod analyse;
mod browser;
mod cli;
mod common;
mod defects;
mod formats;
mod golden;
mod identity;
mod push;
mod queries;
mod readme;
mod robustness;
mod serve;
mod shard;
mod shared;
