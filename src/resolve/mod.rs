//! Resolution: which names are the same person, first inside one article ([`article`]: "Mr
//! Blair", "he" and "the prime minister" are Tony Blair), then across the corpus ([`corpus`]:
//! the "Blair" of an article that gives no first name is the Tony Blair of the others).

pub mod article;
pub mod corpus;
pub mod wikidata;

pub use article::*;
