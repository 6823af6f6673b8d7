//! Every RDF term newsgraph writes, in one place.
//!
//! Standard vocabularies are reused where they fit (schema.org, W3C ORG, PROV-O, NIF, ITS,
//! OWL); the rest lives in the newsgraph ontology (`ontology/newsgraph.ttl`, prefix `ng:`),
//! where every term has a label and a comment.
//!
//! ```
//! use newsgraph::vocab::{schema, ng};
//! assert_eq!(schema::QUOTATION.as_str(), "http://schema.org/Quotation");
//! assert_eq!(ng::QUOTE_TYPE.as_str(), "https://w3id.org/newsgraph/ontology#quoteType");
//! ```

/// The namespace of newsgraph's own resources (people, countries, posts, articles).
pub const DATA: &str = "https://w3id.org/newsgraph/id/";

/// The prefixes used in Turtle and TriG output, and known to bundled queries.
pub const PREFIXES: &[(&str, &str)] = &[
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("schema", schema::NS),
    ("org", org::NS),
    ("prov", prov::NS),
    ("nif", nif::NS),
    ("itsrdf", itsrdf::NS),
    ("wd", wd::NS),
    ("ng", ng::NS),
    ("person", "https://w3id.org/newsgraph/id/person/"),
    ("country", "https://w3id.org/newsgraph/id/country/"),
    ("post", "https://w3id.org/newsgraph/id/post/"),
    ("role", "https://w3id.org/newsgraph/id/role/"),
    ("article", "https://w3id.org/newsgraph/id/article/"),
    ("ngraph", "https://w3id.org/newsgraph/id/graph/"),
    (
        "organization",
        "https://w3id.org/newsgraph/id/organization/",
    ),
];

macro_rules! terms {
    ($ns:literal; $($(#[$doc:meta])* $name:ident = $local:literal;)*) => {
        /// The namespace IRI.
        pub const NS: &str = $ns;
        $(
            $(#[$doc])*
            pub const $name: oxigraph::model::NamedNodeRef<'static> =
                oxigraph::model::NamedNodeRef::new_unchecked(concat!($ns, $local));
        )*
    };
}

/// RDF and RDFS.
pub mod rdf {
    terms! { "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        /// rdf:type
        TYPE = "type";
    }
}

/// RDFS labels and comments.
pub mod rdfs {
    terms! { "http://www.w3.org/2000/01/rdf-schema#";
        /// rdfs:label
        LABEL = "label";
    }
}

/// OWL.
pub mod owl {
    terms! { "http://www.w3.org/2002/07/owl#";
        /// owl:sameAs, to Wikidata.
        SAME_AS = "sameAs";
    }
}

/// XML Schema datatypes.
pub mod xsd {
    terms! { "http://www.w3.org/2001/XMLSchema#";
        /// xsd:integer, the datatype of offsets (Oxigraph stores every integer type as
        /// xsd:integer, so offsets use it from the start and survive a store round trip).
        INTEGER = "integer";
        /// xsd:date
        DATE = "date";
        /// xsd:dateTime
        DATE_TIME = "dateTime";
    }
}

/// schema.org.
pub mod schema {
    terms! { "http://schema.org/";
        /// An article.
        NEWS_ARTICLE = "NewsArticle";
        /// A person.
        PERSON = "Person";
        /// A country.
        COUNTRY = "Country";
        /// An organisation or group that makes statements.
        ORGANIZATION = "Organization";
        /// A statement.
        QUOTATION = "Quotation";
        /// A name.
        NAME = "name";
        /// Another name of the same thing.
        ALTERNATE_NAME = "alternateName";
        /// "Sir", "Dr".
        HONORIFIC_PREFIX = "honorificPrefix";
        /// An article's title.
        HEADLINE = "headline";
        /// Where an article came from.
        URL = "url";
        /// When an article was published.
        DATE_PUBLISHED = "datePublished";
        /// Who published an article.
        PUBLISHER = "publisher";
        /// A statement's words.
        TEXT = "text";
        /// Who made a statement.
        CREATOR = "creator";
        /// What an article or statement mentions.
        MENTIONS = "mentions";
        /// The article a statement is part of.
        IS_PART_OF = "isPartOf";
    }
}

/// W3C Organization Ontology.
pub mod org {
    terms! { "http://www.w3.org/ns/org#";
        /// A post, such as Prime Minister of the United Kingdom.
        POST = "Post";
        /// A role, such as Prime Minister.
        ROLE_CLASS = "Role";
        /// A person holds a post.
        HOLDS = "holds";
        /// The role of a post.
        ROLE = "role";
    }
}

/// PROV-O.
pub mod prov {
    terms! { "http://www.w3.org/ns/prov#";
        /// The article a fact was derived from.
        WAS_DERIVED_FROM = "wasDerivedFrom";
    }
}

/// NIF 2.0 core: offsets into the article's text.
pub mod nif {
    terms! { "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        /// The article as a string context.
        CONTEXT = "Context";
        /// A mention in the article.
        PHRASE = "Phrase";
        /// The article's whole text.
        IS_STRING = "isString";
        /// The context an offset refers to.
        REFERENCE_CONTEXT = "referenceContext";
        /// First character (code point, from 0).
        BEGIN_INDEX = "beginIndex";
        /// One past the last character.
        END_INDEX = "endIndex";
        /// The text at the offsets.
        ANCHOR_OF = "anchorOf";
    }
}

/// The Internationalization Tag Set in RDF: what a mention denotes.
pub mod itsrdf {
    terms! { "http://www.w3.org/2005/11/its/rdf#";
        /// The entity a mention refers to.
        TA_IDENT_REF = "taIdentRef";
    }
}

/// Wikidata entities.
pub mod wd {
    terms! { "http://www.wikidata.org/entity/";
    }
}

/// The newsgraph ontology (`ontology/newsgraph.ttl`).
pub mod ng {
    terms! { "https://w3id.org/newsgraph/ontology#";
        /// A country's ISO 3166-1 alpha-2 code.
        ISO_CODE = "isoCode";
        /// The country whose office a post is.
        COUNTRY = "country";
        /// The country an ambassador or envoy is sent to.
        TO_COUNTRY = "toCountry";
        /// A person held a post before (the article says "former").
        FORMERLY_HOLDS = "formerlyHolds";
        /// "direct", "partial" or "indirect".
        QUOTE_TYPE = "quoteType";
        /// The speech verb that introduces a statement.
        CUE = "cue";
        /// Where a statement was made ("a post on X").
        MEDIUM = "medium";
        /// Whom a statement was made to ("the BBC").
        AUDIENCE = "audience";
        /// The words that name the speaker ("he", "the Kremlin leader").
        SPEAKER_TEXT = "speakerText";
        /// The path an article was read from, relative to its input.
        SOURCE_PATH = "sourcePath";
        /// The file a stored article was built from, as an absolute path.
        SOURCE_FILE = "sourceFile";
        /// SHA-256 of the article's text.
        CONTENT_HASH = "contentHash";
        /// A person as one article names them (in the identity graph).
        APPEARANCE = "Appearance";
        /// The article of an appearance.
        IN_ARTICLE = "inArticle";
        /// The person node the article's own graph uses (`person/blair`).
        ARTICLE_PERSON = "articlePerson";
        /// The person across the corpus that an appearance is (`person/tony-blair`).
        CORPUS_PERSON = "corpusPerson";
    }
}
