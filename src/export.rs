//! Writing RDF: the formats newsgraph exports, with readable prefixes.
//!
//! Triple formats (Turtle, N-Triples, RDF/XML, JSON-LD) get the merged graph: every article's
//! triples. Quad formats (N-Quads, TriG) keep one named graph per article. A whole store is
//! written as it is read ([`write_store`]), a subject at a time, so memory stays bounded.
//!
//! RDF/XML is XML 1.0, which cannot carry most control characters (a form feed from
//! `pdftotext`, say) and reads a carriage return as a line feed (CRLF as one character). In
//! RDF/XML only, each such character of a literal, carriage returns too, is written as U+FFFD,
//! one character for one, so every character offset of the article still points at the same
//! characters; the other formats keep the text exactly.
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

use crate::mint::graph_for;
use crate::vocab::rdf;
use crate::vocab::PREFIXES;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::store::StorageError;
use rayon::prelude::*;
use std::io::Write;

/// An error while writing a store out.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the store failed.
    #[error("cannot read the store: {0}")]
    Storage(StorageError),
    /// Writing failed.
    #[error("{0}")]
    Io(std::io::Error),
}

/// Whether `c` comes back from an XML 1.0 document as it went in: its `Char` production, less
/// the carriage return, which XML readers turn into a line feed (a CRLF into one character).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `term` for an XML document: a literal with characters XML 1.0 cannot carry gets U+FFFD for
/// each (the same number of characters), anything else is returned as it is.
///
/// ```
/// use newsgraph::export::xml_safe;
/// use oxigraph::model::{Literal, Term};
/// let page_break = Term::from(Literal::from("page one\u{c}page two"));
/// assert_eq!(xml_safe(page_break), Term::from(Literal::from("page one\u{fffd}page two")));
/// ```
pub fn xml_safe(term: Term) -> Term {
    let Term::Literal(l) = &term else {
        return term;
    };
    if l.value().chars().all(xml_char) {
        return term;
    }
    let value: String = l
        .value()
        .chars()
        .map(|c| if xml_char(c) { c } else { '\u{FFFD}' })
        .collect();
    match l.language() {
        Some(lang) => Literal::new_language_tagged_literal_unchecked(value, lang).into(),
        None => Literal::new_typed_literal(value, l.datatype().into_owned()).into(),
    }
}

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

    /// The format named `name`: newsgraph's names ("turtle", "nquads", …), a file extension
    /// ("ttl", "nt", "nq", "rdf", "jsonld") or a media type ("text/turtle",
    /// "application/n-quads"), as Oxigraph and Jena's riot take them, in any case.
    ///
    /// ```
    /// use newsgraph::export::Format;
    /// assert_eq!(Format::from_name("nt"), Some(Format::NTriples));
    /// assert_eq!(Format::from_name("TTL"), Some(Format::Turtle));
    /// assert_eq!(Format::from_name("application/ld+json"), Some(Format::JsonLd));
    /// assert_eq!(Format::from_name("json-ld"), Some(Format::JsonLd));
    /// assert_eq!(Format::from_name("csv"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.trim().to_ascii_lowercase();
        if let Some((_, f)) = Self::ALL.iter().find(|(n, _)| *n == lower) {
            return Some(*f);
        }
        let alias = match lower.as_str() {
            "json-ld" => Some(Format::JsonLd),
            "n-triples" => Some(Format::NTriples),
            "n-quads" => Some(Format::NQuads),
            "rdf/xml" | "xml" => Some(Format::RdfXml),
            _ => None,
        };
        alias.or_else(|| {
            let rdf =
                RdfFormat::from_extension(&lower).or_else(|| RdfFormat::from_media_type(&lower))?;
            Self::from_rdf_format(rdf)
        })
    }

    /// The format a file name's extension says (`all.nt`: N-Triples), if it says one.
    ///
    /// ```
    /// use newsgraph::export::Format;
    /// use std::path::Path;
    /// assert_eq!(Format::from_path(Path::new("out/all.nq")), Some(Format::NQuads));
    /// assert_eq!(Format::from_path(Path::new("all.txt")), None);
    /// ```
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        // Oxigraph reads .txt as N-Triples (text/plain); a .txt output names no format.
        if ext == "txt" {
            return None;
        }
        Self::from_rdf_format(RdfFormat::from_extension(&ext)?)
    }

    fn from_rdf_format(rdf: RdfFormat) -> Option<Format> {
        Some(match rdf {
            RdfFormat::Turtle => Format::Turtle,
            RdfFormat::NTriples => Format::NTriples,
            RdfFormat::NQuads => Format::NQuads,
            RdfFormat::TriG => Format::TriG,
            RdfFormat::RdfXml => Format::RdfXml,
            RdfFormat::JsonLd { .. } => Format::JsonLd,
            _ => return None,
        })
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
            out.write_quad(&q)?;
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

/// One article's share of an output, prepared on any thread by [`prepare_graph`] and written
/// in order by [`RdfWriter::write_prepared`]: the serialized lines for N-Triples and N-Quads,
/// the sorted triples for the other formats.
pub struct PreparedGraph(Prepared);

enum Prepared {
    Lines(Vec<u8>),
    Triples(NamedNode, Vec<Triple>),
}

/// Prepares one article's triples for `format`: serializes them as given for the line formats
/// (the minter's triples are distinct and in a stable order), sorts them by subject (dropping
/// duplicates) for the others, so that the work can be spread over threads and only the writing is
/// sequential.
///
/// ```
/// use newsgraph::export::{prepare_graph, Format, RdfWriter};
/// use oxigraph::model::{Literal, NamedNode, Triple};
/// let g = NamedNode::new("https://w3id.org/newsgraph/id/article/a.txt")?;
/// let s = NamedNode::new("https://w3id.org/newsgraph/id/article/a.txt")?;
/// let p = NamedNode::new("http://schema.org/headline")?;
/// let t = Triple::new(s, p, Literal::from("Talks"));
/// let mut out = RdfWriter::new(Vec::new(), Format::NQuads);
/// out.write_prepared(prepare_graph(Format::NQuads, &g, vec![t]))?;
/// assert_eq!(
///     String::from_utf8(out.finish()?)?,
///     "<https://w3id.org/newsgraph/id/article/a.txt> <http://schema.org/headline> \"Talks\" \
///      <https://w3id.org/newsgraph/id/article/a.txt> .\n"
/// );
/// # Ok::<_, Box<dyn std::error::Error>>(())
/// ```
pub fn prepare_graph(format: Format, graph: &NamedNode, mut triples: Vec<Triple>) -> PreparedGraph {
    PreparedGraph(match format {
        // One triple a line: the order of the triples (as minted, the same for the same input)
        // is kept, as the lines need no grouping.
        Format::NQuads | Format::NTriples => {
            // A large graph (a corpus's identity graph) on all cores, part by part.
            let lines = if triples.len() >= 4 * LINES_PART {
                triples
                    .par_chunks(LINES_PART)
                    .map(|part| lines(format, graph, part))
                    .collect::<Vec<String>>()
                    .concat()
            } else {
                lines(format, graph, &triples)
            };
            Prepared::Lines(lines.into_bytes())
        }
        _ => {
            sort_triples(&mut triples);
            Prepared::Triples(graph.clone(), triples)
        }
    })
}

/// How many triples [`prepare_graph`] writes on one core at a time in a large graph.
const LINES_PART: usize = 8192;

/// The N-Quads (or N-Triples) lines of `triples` in `graph`.
fn lines(format: Format, graph: &NamedNode, triples: &[Triple]) -> String {
    // The lines oxttl's serializers write (`writeln!(w, "{} .", quad)`, with oxrdf's
    // Display), written into a String term by term: without the formatting machinery,
    // the io::Write adapter, or cloning the terms into owned quads.
    // Room for every line at once (the article's text is one literal): growing the
    // string would copy it again and again.
    let room: usize = triples
        .iter()
        .map(|t| {
            let object = match &t.object {
                Term::NamedNode(n) => n.as_str().len(),
                Term::BlankNode(b) => b.as_str().len(),
                Term::Literal(l) => l.value().len() + 64,
            };
            t.predicate.as_str().len() + object + 2 * graph.as_str().len() + 16
        })
        .sum();
    let mut lines = String::with_capacity(room);
    for t in triples {
        match &t.subject {
            NamedOrBlankNode::NamedNode(n) => push_iri(&mut lines, n.as_str()),
            NamedOrBlankNode::BlankNode(b) => push_blank(&mut lines, b.as_str()),
        }
        lines.push(' ');
        push_iri(&mut lines, t.predicate.as_str());
        lines.push(' ');
        match &t.object {
            Term::NamedNode(n) => push_iri(&mut lines, n.as_str()),
            Term::BlankNode(b) => push_blank(&mut lines, b.as_str()),
            // Literals (the article's text among them) escaped run by run.
            Term::Literal(o) => write_literal(&mut lines, o.as_ref()),
        }
        if format == Format::NQuads {
            lines.push(' ');
            push_iri(&mut lines, graph_for(t, graph.as_ref()).as_str());
        }
        lines.push_str(" .\n");
    }
    lines
}

/// Writes an IRI as N-Triples does (`<…>`; a `NamedNode` holds a valid IRI, which needs no
/// escape).
fn push_iri(out: &mut String, iri: &str) {
    out.push('<');
    out.push_str(iri);
    out.push('>');
}

/// Writes a blank node as N-Triples does (`_:id`).
fn push_blank(out: &mut String, id: &str) {
    out.push_str("_:");
    out.push_str(id);
}

/// Whether one of the eight bytes of `x` may need an escape in a literal: a control
/// character, `"`, `\\`, DEL, or 0xEF (which starts U+FFFE and U+FFFF). Exact for "none".
fn may_need_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    // A byte below 0x20 (the high bit of `x` masks bytes of 0x80 and above out).
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGHS != 0;
    below_space
        || has_zero(x ^ (ONES * u64::from(b'"')))
        || has_zero(x ^ (ONES * u64::from(b'\\')))
        || has_zero(x ^ (ONES * 0x7F))
        || has_zero(x ^ (ONES * 0xEF))
}

/// Writes `literal` onto `out` as N-Triples and N-Quads write it (what oxrdf's `Display`
/// writes), copying the runs of characters that need no escape whole rather than one by one.
///
/// ```
/// use newsgraph::export::write_literal;
/// use oxigraph::model::Literal;
/// let mut out = String::new();
/// write_literal(&mut out, Literal::new_language_tagged_literal("a \"b\"\n", "en")?.as_ref());
/// assert_eq!(out, r#""a \"b\"\n"@en"#);
/// # Ok::<_, Box<dyn std::error::Error>>(())
/// ```
pub fn write_literal(out: &mut String, literal: oxigraph::model::LiteralRef<'_>) {
    out.push('"');
    let value = literal.value();
    let bytes = value.as_bytes();
    // `value[from..i]` is written as it is.
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none of them may need an escape.
        if let Some(block) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(block.try_into().expect("eight bytes"));
            if !may_need_escape(x) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        let escape = match b {
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0C => "\\f",
            b'\r' => "\\r",
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x00..=0x1F | 0x7F => "",
            // U+FFFE and U+FFFF, three bytes each.
            0xEF if matches!(bytes.get(i..i + 2), Some([0xBF, 0xBE | 0xBF])) => "",
            _ => continue,
        };
        let at = i - 1;
        out.push_str(&value[from..at]);
        if escape.is_empty() {
            let c = value[at..].chars().next().unwrap_or_default();
            let _ = std::fmt::Write::write_fmt(out, format_args!("\\u{:04X}", u32::from(c)));
            from = at + c.len_utf8();
        } else {
            out.push_str(escape);
            from = at + 1;
        }
    }
    out.push_str(&value[from..]);
    out.push('"');
    if let Some(language) = literal.language() {
        out.push('@');
        out.push_str(language);
    } else if literal.datatype() != oxigraph::model::vocab::xsd::STRING {
        out.push_str("^^<");
        out.push_str(literal.datatype().as_str());
        out.push('>');
    }
}

/// A stream of RDF in one format, written article by article: what `extract` writes without
/// holding the corpus in memory.
pub struct RdfWriter<W: Write> {
    sink: Sink<W>,
    format: Format,
}

/// Where the RDF goes: straight to the writer for the line formats (articles arrive as
/// prepared lines), through Oxigraph's serializer for the others.
enum Sink<W: Write> {
    Lines(W),
    Serializer(Box<oxigraph::io::WriterQuadSerializer<W>>),
}

impl<W: Write> RdfWriter<W> {
    /// Starts writing `format` to `writer`.
    pub fn new(writer: W, format: Format) -> Self {
        let sink = if matches!(format, Format::NQuads | Format::NTriples) {
            Sink::Lines(writer)
        } else {
            Sink::Serializer(Box::new(serializer(format).for_writer(writer)))
        };
        RdfWriter { sink, format }
    }

    /// Writes one article's triples: in its named graph for quad formats, else as triples
    /// sorted by subject (a triple two articles share is written by both; RDF reads it once).
    pub fn write_graph(&mut self, graph: &NamedNode, triples: Vec<Triple>) -> std::io::Result<()> {
        self.write_prepared(prepare_graph(self.format, graph, triples))
    }

    /// Writes an article prepared by [`prepare_graph`] for this writer's format.
    pub fn write_prepared(&mut self, prepared: PreparedGraph) -> std::io::Result<()> {
        match (prepared.0, &mut self.sink) {
            (Prepared::Lines(bytes), Sink::Lines(out)) => out.write_all(&bytes),
            (Prepared::Triples(graph, triples), Sink::Serializer(inner)) => {
                for t in triples {
                    let g = graph_for(&t, graph.as_ref()).into_owned();
                    emit(
                        inner,
                        self.format,
                        Quad::new(t.subject, t.predicate, t.object, g),
                    )?;
                }
                Ok(())
            }
            _ => Err(std::io::Error::other(
                "an article prepared for another format than the writer's",
            )),
        }
    }

    fn write_quad(&mut self, q: &Quad) -> std::io::Result<()> {
        match &mut self.sink {
            // The lines of oxttl's serializers, as in `prepare_graph`.
            Sink::Lines(out) => {
                if self.format == Format::NQuads {
                    writeln!(out, "{} .", q.as_ref())
                } else {
                    writeln!(
                        out,
                        "{} .",
                        oxigraph::model::TripleRef::new(&q.subject, &q.predicate, &q.object)
                    )
                }
            }
            Sink::Serializer(inner) => emit(inner, self.format, q.clone()),
        }
    }

    fn write_triples(&mut self, mut triples: Vec<Triple>) -> std::io::Result<()> {
        sort_triples(&mut triples);
        match &mut self.sink {
            Sink::Lines(out) => {
                let mut lines = serializer(self.format).for_writer(&mut *out);
                for t in &triples {
                    lines.serialize_triple(t)?;
                }
                lines.finish().map(|_| ())
            }
            Sink::Serializer(inner) => triples.into_iter().try_for_each(|t| {
                emit(
                    inner,
                    self.format,
                    Quad::new(t.subject, t.predicate, t.object, GraphName::DefaultGraph),
                )
            }),
        }
    }

    /// Ends the document.
    pub fn finish(self) -> std::io::Result<W> {
        match self.sink {
            Sink::Lines(out) => Ok(out),
            Sink::Serializer(inner) => inner.finish(),
        }
    }
}

/// Writes `q` through a serializer: as a quad for quad formats, else its triple; literals made
/// XML-safe for RDF/XML.
fn emit<W: Write>(
    inner: &mut oxigraph::io::WriterQuadSerializer<W>,
    format: Format,
    q: Quad,
) -> std::io::Result<()> {
    let object = if format == Format::RdfXml {
        xml_safe(q.object)
    } else {
        q.object
    };
    if format.has_graphs() {
        inner.serialize_quad(&Quad::new(q.subject, q.predicate, object, q.graph_name))
    } else {
        inner.serialize_triple(&Triple::new(q.subject, q.predicate, object))
    }
}

/// Writes the quads of a store in `format` as they come, without gathering them: the store
/// gives them graph by graph and, in each graph, subject by subject; each subject's triples are
/// sorted (`rdf:type` first) and written as one block. Memory holds one subject's triples.
///
/// Quad formats keep the graphs. Triple formats merge them: a triple that two article graphs
/// state is written by both (an RDF reader reads it once).
///
/// ```
/// use newsgraph::export::{write_store, Format};
/// use newsgraph::{read::Article, store::NewsStore};
/// let store = NewsStore::in_memory()?;
/// let a = Article::from_text("-", "\"No,\" Jane Smith said.".to_owned());
/// store.replace_article(&a.id, &newsgraph::process(&a).1)?;
/// let nq = String::from_utf8(write_store(Vec::new(), Format::NQuads, store.quads(None))?)?;
/// assert_eq!(nq.lines().count(), store.stats()?.triples);
/// # Ok::<_, Box<dyn std::error::Error>>(())
/// ```
pub fn write_store<W: Write>(
    writer: W,
    format: Format,
    quads: impl Iterator<Item = Result<Quad, StorageError>>,
) -> Result<W, ExportError> {
    let mut out = RdfWriter::new(writer, format);
    let mut group: Vec<Quad> = Vec::new();
    let write_group = |out: &mut RdfWriter<W>, group: &mut Vec<Quad>| {
        group.sort_unstable_by(|a, b| {
            (a.predicate != rdf::TYPE, a.predicate.as_str())
                .cmp(&(b.predicate != rdf::TYPE, b.predicate.as_str()))
                .then_with(|| object_key(&a.object).cmp(&object_key(&b.object)))
        });
        group.drain(..).try_for_each(|q| out.write_quad(&q))
    };
    for q in quads {
        let q = q.map_err(ExportError::Storage)?;
        if group
            .last()
            .is_some_and(|last| last.subject != q.subject || last.graph_name != q.graph_name)
        {
            write_group(&mut out, &mut group).map_err(ExportError::Io)?;
        }
        group.push(q);
    }
    write_group(&mut out, &mut group).map_err(ExportError::Io)?;
    out.finish().map_err(ExportError::Io)
}

/// The parts of a term that order it, without allocating: kind, value, datatype or language.
fn subject_key(s: &NamedOrBlankNode) -> (u8, &str) {
    match s {
        NamedOrBlankNode::NamedNode(n) => (0, n.as_str()),
        NamedOrBlankNode::BlankNode(b) => (1, b.as_str()),
    }
}

fn object_key(o: &Term) -> (u8, &str, &str) {
    match o {
        Term::NamedNode(n) => (0, n.as_str(), ""),
        Term::BlankNode(b) => (1, b.as_str(), ""),
        Term::Literal(l) => (2, l.value(), l.language().unwrap_or(l.datatype().as_str())),
        #[allow(unreachable_patterns)]
        _ => (3, "", ""),
    }
}

/// Sorts by subject (rdf:type first), predicate and object, and drops duplicates.
fn sort_triples(triples: &mut Vec<Triple>) {
    fn key(t: &Triple) -> ((u8, &str), bool, &str) {
        (
            subject_key(&t.subject),
            t.predicate != rdf::TYPE,
            t.predicate.as_str(),
        )
    }
    triples.sort_unstable_by(|a, b| {
        key(a)
            .cmp(&key(b))
            .then_with(|| object_key(&a.object).cmp(&object_key(&b.object)))
    });
    triples.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{process, read::Article};

    /// The lines written in memory are exactly what oxttl's serializers write.
    #[test]
    fn prepared_lines_are_oxttls() {
        let article = Article::from_text(
            "a.txt",
            "Talks\n\n\"We \\ will \"win\",\" UK Prime Minister Jane Smith said.\t\u{1F600}\n"
                .to_owned(),
        );
        let (_, triples) = process(&article);
        let graph = crate::mint::article_iri(&article.id);
        for format in [Format::NQuads, Format::NTriples] {
            let mut want = serializer(format).for_writer(Vec::new());
            for t in &triples {
                let g = graph_for(t, graph.as_ref());
                if format == Format::NQuads {
                    want.serialize_quad(oxigraph::model::QuadRef::new(
                        &t.subject,
                        &t.predicate,
                        &t.object,
                        g,
                    ))
                    .unwrap();
                } else {
                    want.serialize_triple(t).unwrap();
                }
            }
            let mut out = RdfWriter::new(Vec::new(), format);
            out.write_prepared(prepare_graph(format, &graph, triples.clone()))
                .unwrap();
            assert_eq!(
                String::from_utf8(out.finish().unwrap()).unwrap(),
                String::from_utf8(want.finish().unwrap()).unwrap()
            );
        }
    }

    /// A graph large enough to be written part by part on all cores keeps its lines in order.
    #[test]
    fn a_large_graph_is_written_in_order() {
        let graph = NamedNode::new("http://example.org/g").unwrap();
        let s = NamedNode::new("http://example.org/s").unwrap();
        let p = NamedNode::new("http://example.org/p").unwrap();
        let triples: Vec<Triple> = (0..4 * LINES_PART + 7)
            .map(|i| Triple::new(s.clone(), p.clone(), Literal::from(i as u64)))
            .collect();
        let mut want = serializer(Format::NQuads).for_writer(Vec::new());
        for t in &triples {
            want.serialize_quad(oxigraph::model::QuadRef::new(
                &t.subject,
                &t.predicate,
                &t.object,
                graph.as_ref(),
            ))
            .unwrap();
        }
        let mut out = RdfWriter::new(Vec::new(), Format::NQuads);
        out.write_prepared(prepare_graph(Format::NQuads, &graph, triples))
            .unwrap();
        assert_eq!(
            String::from_utf8(out.finish().unwrap()).unwrap(),
            String::from_utf8(want.finish().unwrap()).unwrap()
        );
    }

    /// Literals are written as oxrdf writes them, whatever they hold.
    #[test]
    fn literals_as_oxrdf_writes_them() {
        let xsd_int = NamedNode::new("http://www.w3.org/2001/XMLSchema#integer").unwrap();
        for literal in [
            Literal::from(""),
            Literal::from("plain words"),
            Literal::from("quote \" and backslash \\ at the ends\\"),
            Literal::from("\u{8}\t\n\u{c}\r controls \u{0}\u{1}\u{1f}\u{7f} end"),
            Literal::from("non-characters \u{fffe}\u{ffff} and \u{fffd}\u{fefe} kept"),
            Literal::from("é ü — “quoted” 😀 \u{10ffff}"),
            Literal::new_language_tagged_literal("Guten Tag\n", "de").unwrap(),
            Literal::new_typed_literal("42", xsd_int.clone()),
        ] {
            let mut out = String::new();
            write_literal(&mut out, literal.as_ref());
            assert_eq!(out, literal.to_string(), "{literal:?}");
        }
        // Each character that needs an escape (and some that do not) at every place of an
        // eight-byte block, in long runs that need none.
        for c in [
            '"', '\\', '\n', '\u{0}', '\u{1f}', '\u{7f}', '\u{fffe}', '\u{ffff}', '\u{fffd}',
            '\u{fefe}', ' ', 'é', '—',
        ] {
            for at in 0..20 {
                let value = format!("{}{c}{}", "a".repeat(at), "bcdefghijklmnopq");
                let literal = Literal::from(value.as_str());
                let mut out = String::new();
                write_literal(&mut out, literal.as_ref());
                assert_eq!(out, literal.to_string(), "{literal:?}");
            }
        }
    }
}
