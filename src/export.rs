//! Writing RDF: the formats newsgraph exports, with readable prefixes.
//!
//! Triple formats (Turtle, N-Triples, RDF/XML, JSON-LD) get the merged graph: every article's
//! triples, each once. Quad formats (N-Quads, TriG) keep one named graph per article.
//!
//! ```
//! use newsgraph::export::{write_rdf, Format};
//! use oxigraph::model::{GraphName, NamedNode, Quad};
//! let s = NamedNode::new("https://w3id.org/newsgraph/id/person/jane-smith")?;
//! let p = NamedNode::new("http://schema.org/name")?;
//! let q = Quad::new(s, p, oxigraph::model::Literal::from("Jane Smith"), GraphName::DefaultGraph);
//! let mut out = Vec::new();
//! write_rdf(&mut out, Format::Turtle, [q])?;
//! assert!(String::from_utf8(out)?.contains("person:jane-smith schema:name \"Jane Smith\""));
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

use crate::vocab::rdf;
use crate::vocab::PREFIXES;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{Quad, Triple};
use std::io::Write;

/// An RDF output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Turtle, the default: readable, with prefixes.
    Turtle,
    /// N-Triples: one triple a line.
    NTriples,
    /// N-Quads: one quad a line, with the article graph.
    NQuads,
    /// TriG: Turtle with one block per article graph.
    TriG,
    /// RDF/XML.
    RdfXml,
    /// JSON-LD.
    JsonLd,
}

impl Format {
    /// Every format, with its command-line name.
    pub const ALL: &[(&str, Format)] = &[
        ("turtle", Format::Turtle),
        ("ntriples", Format::NTriples),
        ("nquads", Format::NQuads),
        ("trig", Format::TriG),
        ("rdfxml", Format::RdfXml),
        ("jsonld", Format::JsonLd),
    ];

    /// The format named `name` ("turtle", "nquads", …).
    pub fn from_name(name: &str) -> Option<Format> {
        Self::ALL
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, f)| *f)
    }

    /// The Oxigraph format.
    pub fn rdf_format(self) -> RdfFormat {
        match self {
            Format::Turtle => RdfFormat::Turtle,
            Format::NTriples => RdfFormat::NTriples,
            Format::NQuads => RdfFormat::NQuads,
            Format::TriG => RdfFormat::TriG,
            Format::RdfXml => RdfFormat::RdfXml,
            Format::JsonLd => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }

    /// Whether the format keeps named graphs.
    pub fn has_graphs(self) -> bool {
        matches!(self, Format::NQuads | Format::TriG)
    }
}

/// A serializer for `format` with newsgraph's prefixes.
pub fn serializer(format: Format) -> RdfSerializer {
    let mut s = RdfSerializer::from_format(format.rdf_format());
    if !matches!(format, Format::NTriples | Format::NQuads) {
        for (name, iri) in PREFIXES {
            s = s
                .with_prefix(*name, *iri)
                .expect("bundled prefixes are valid IRIs");
        }
    }
    s
}

/// Writes `quads` in `format`: as they come for quad formats, merged into one graph (each
/// triple once, sorted by subject so that the output is stable and each subject is one block)
/// for triple formats.
pub fn write_rdf<W: Write>(
    writer: W,
    format: Format,
    quads: impl IntoIterator<Item = Quad>,
) -> std::io::Result<W> {
    let mut out = RdfWriter::new(writer, format);
    if format.has_graphs() {
        for q in quads {
            out.inner.serialize_quad(&q)?;
        }
    } else {
        out.write_triples(
            quads
                .into_iter()
                .map(|q| Triple::new(q.subject, q.predicate, q.object))
                .collect(),
        )?;
    }
    out.finish()
}

/// A stream of RDF in one format, written article by article: what `extract` writes without
/// holding the corpus in memory.
pub struct RdfWriter<W: Write> {
    inner: oxigraph::io::WriterQuadSerializer<W>,
    format: Format,
}

impl<W: Write> RdfWriter<W> {
    /// Starts writing `format` to `writer`.
    pub fn new(writer: W, format: Format) -> Self {
        RdfWriter {
            inner: serializer(format).for_writer(writer),
            format,
        }
    }

    /// Writes one article's triples: in its named graph for quad formats, else as triples
    /// sorted by subject (a triple two articles share is written by both; RDF reads it once).
    pub fn write_graph(
        &mut self,
        graph: &oxigraph::model::NamedNode,
        triples: Vec<Triple>,
    ) -> std::io::Result<()> {
        if self.format.has_graphs() {
            let mut triples = triples;
            sort_triples(&mut triples);
            for t in triples {
                let g = if crate::mint::is_entity_triple(&t) {
                    crate::mint::ENTITIES_GRAPH.into_owned()
                } else {
                    graph.clone()
                };
                self.inner
                    .serialize_quad(&Quad::new(t.subject, t.predicate, t.object, g))?;
            }
            Ok(())
        } else {
            self.write_triples(triples)
        }
    }

    fn write_triples(&mut self, mut triples: Vec<Triple>) -> std::io::Result<()> {
        sort_triples(&mut triples);
        for t in &triples {
            self.inner.serialize_triple(t)?;
        }
        Ok(())
    }

    /// Ends the document.
    pub fn finish(self) -> std::io::Result<W> {
        self.inner.finish()
    }
}

/// Sorts by subject (rdf:type first), predicate and object, and drops duplicates.
fn sort_triples(triples: &mut Vec<Triple>) {
    let mut keyed: Vec<(String, bool, String, String, Triple)> = triples
        .drain(..)
        .map(|t| {
            let is_type = t.predicate == rdf::TYPE;
            (
                t.subject.to_string(),
                !is_type,
                t.predicate.to_string(),
                t.object.to_string(),
                t,
            )
        })
        .collect();
    keyed.sort_unstable_by(|a, b| (&a.0, a.1, &a.2, &a.3).cmp(&(&b.0, b.1, &b.2, &b.3)));
    keyed.dedup_by(|a, b| a.4 == b.4);
    triples.extend(keyed.into_iter().map(|k| k.4));
}
