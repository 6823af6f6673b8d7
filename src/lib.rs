//! newsgraph turns news articles into an RDF knowledge graph: the **people** they name, the
//! **countries** they refer to, the **offices** people hold and the **statements** people make
//! (direct quotes, partial quotes and reported speech, each with its speaker), every fact
//! traceable to the characters of its article.
//!
//! The pipeline, one module each: [`read`] → [`segment`] → [`extract`] (people, countries,
//! offices, statements) → [`resolve`] (aliases, pronouns) → [`mint`] (RDF) → [`store`] →
//! [`query`] / [`export`] / [`analyse`] (networks with petgraph).
//!
//! ```
//! use newsgraph::{process, read::Article};
//! let article = Article::from_text("-", "\"It's a demand,\" UK Prime Minister Sir Keir Starmer told the BBC.".to_owned());
//! let (facts, triples) = process(&article);
//! assert_eq!(facts.people[0].name, "Keir Starmer");
//! assert_eq!(facts.statements[0].span.of(&article.text), "It's a demand,");
//! assert!(triples.len() > 20);
//! ```

pub mod analyse;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod html;
pub mod identity;
pub mod learn;
pub mod mint;
pub mod output;
pub mod push;
pub mod query;
pub mod read;
pub mod resolve;
pub mod segment;
pub mod serve;
pub mod store;
pub mod text;
pub mod vocab;

/// Loads the bundled models and the gazetteer now, side by side on the thread pool, rather
/// than one after the other when the first article needs them: a batch calls it before its
/// first article. Later calls return at once.
///
/// ```
/// newsgraph::warm_up();
/// assert!(newsgraph::learn::ner().is_some());
/// ```
pub fn warm_up() {
    rayon::join(
        || {
            learn::attribution::attribution();
        },
        || {
            learn::ner();
            gazetteer::gazetteer();
        },
    );
}

/// Extracts the facts of one article and mints its triples.
pub fn process(article: &read::Article) -> (extract::Extraction, Vec<oxigraph::model::Triple>) {
    let facts = extract::extract(&article.text);
    let triples = mint::mint(article, &facts);
    (facts, triples)
}
