//! Parameters written into the patterns of a query, so that the planner sees them.
//!
//! `--param` binds a variable through the SPARQL engine: Oxigraph evaluates the query with the
//! variable already bound. Its planner, though, orders the joins before it knows that, so a
//! pattern that would find the bound person at once (`?who schema:name ?person`) is planned as
//! if it listed every name, and a lookup costs as much as a full listing. [`inline`] also
//! writes the value into the triple, path and graph patterns where the binding reaches them
//! (not inside a subquery that does not select the variable, an aggregation over it, the right side
//! of MINUS, or past a BIND of the same variable), which gives the same rows: the binding
//! itself stays, for the projection and the expressions.
//!
//! ```
//! use newsgraph::query::inline::inline;
//! use oxigraph::model::{Literal, Variable};
//! use spargebra::SparqlParser;
//! let query = SparqlParser::new()
//!     .parse_query("SELECT ?person ?who WHERE { ?who <http://schema.org/name> ?person }")?;
//! let person = (Variable::new("person")?, Literal::from("Keir Starmer").into());
//! assert_eq!(
//!     inline(query, &[person]).to_string(),
//!     "SELECT ?person ?who WHERE { ?who <http://schema.org/name> \"Keir Starmer\" . }"
//! );
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

use oxigraph::model::{Term, Variable};
use spargebra::algebra::GraphPattern;
use spargebra::term::{NamedNodePattern, TermPattern, TriplePattern};
use spargebra::Query;

/// `query` with each `(variable, value)` of `params` written into its patterns (see the module
/// documentation); a blank node or triple value is left to the engine's binding alone.
pub fn inline(query: Query, params: &[(Variable, Term)]) -> Query {
    let with = |pattern: GraphPattern| {
        params
            .iter()
            .fold(pattern, |p, (var, value)| in_pattern(p, var, value))
    };
    match query {
        Query::Select {
            dataset,
            pattern,
            base_iri,
        } => Query::Select {
            dataset,
            pattern: with(pattern),
            base_iri,
        },
        Query::Construct {
            template,
            dataset,
            pattern,
            base_iri,
        } => Query::Construct {
            template,
            dataset,
            pattern: with(pattern),
            base_iri,
        },
        Query::Describe {
            dataset,
            pattern,
            base_iri,
        } => Query::Describe {
            dataset,
            pattern: with(pattern),
            base_iri,
        },
        Query::Ask {
            dataset,
            pattern,
            base_iri,
        } => Query::Ask {
            dataset,
            pattern: with(pattern),
            base_iri,
        },
    }
}

fn in_pattern(pattern: GraphPattern, var: &Variable, value: &Term) -> GraphPattern {
    use GraphPattern as G;
    let inner = |p: Box<G>| Box::new(in_pattern(*p, var, value));
    match pattern {
        G::Bgp { patterns } => G::Bgp {
            patterns: patterns
                .into_iter()
                .map(|t| TriplePattern {
                    subject: in_term(t.subject, var, value),
                    predicate: in_named_node(t.predicate, var, value),
                    object: in_term(t.object, var, value),
                })
                .collect(),
        },
        G::Path {
            subject,
            path,
            object,
        } => G::Path {
            subject: in_term(subject, var, value),
            path,
            object: in_term(object, var, value),
        },
        G::Join { left, right } => G::Join {
            left: inner(left),
            right: inner(right),
        },
        G::LeftJoin {
            left,
            right,
            expression,
        } => G::LeftJoin {
            left: inner(left),
            right: inner(right),
            expression,
        },
        G::Filter { expr, inner: p } => G::Filter {
            expr,
            inner: inner(p),
        },
        G::Union { left, right } => G::Union {
            left: inner(left),
            right: inner(right),
        },
        G::Graph { name, inner: p } => G::Graph {
            name: in_named_node(name, var, value),
            inner: inner(p),
        },
        G::Extend {
            inner: p,
            variable,
            expression,
        } if variable != *var => G::Extend {
            inner: inner(p),
            variable,
            expression,
        },
        G::Minus { left, right } => G::Minus {
            left: inner(left),
            right,
        },
        G::OrderBy {
            inner: p,
            expression,
        } => G::OrderBy {
            inner: inner(p),
            expression,
        },
        G::Project {
            inner: p,
            variables,
        } if variables.contains(var) => G::Project {
            inner: inner(p),
            variables,
        },
        G::Distinct { inner: p } => G::Distinct { inner: inner(p) },
        G::Reduced { inner: p } => G::Reduced { inner: inner(p) },
        G::Slice {
            inner: p,
            start,
            length,
        } => G::Slice {
            inner: inner(p),
            start,
            length,
        },
        // Grouped by the variable: its rows are those of the group of that value.
        G::Group {
            inner: p,
            variables,
            aggregates,
        } if variables.contains(var) => G::Group {
            inner: inner(p),
            variables,
            aggregates,
        },
        // A subquery that does not select the variable, an aggregation over it, a BIND of the
        // same variable, VALUES, SERVICE: left to the engine.
        other => other,
    }
}

fn in_term(term: TermPattern, var: &Variable, value: &Term) -> TermPattern {
    match (&term, value) {
        (TermPattern::Variable(v), Term::NamedNode(n)) if v == var => {
            TermPattern::NamedNode(n.clone())
        }
        (TermPattern::Variable(v), Term::Literal(l)) if v == var => TermPattern::Literal(l.clone()),
        _ => term,
    }
}

fn in_named_node(name: NamedNodePattern, var: &Variable, value: &Term) -> NamedNodePattern {
    match (&name, value) {
        (NamedNodePattern::Variable(v), Term::NamedNode(n)) if v == var => {
            NamedNodePattern::NamedNode(n.clone())
        }
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};
    use spargebra::SparqlParser;

    /// (query, value of ?x, the query with it written in)
    #[test]
    fn where_a_value_is_written() {
        let name: Term = Literal::from("Ann Lee").into();
        let iri: Term = NamedNode::new("http://e/ann").unwrap().into();
        let table: [(&str, &Term, &str); 9] = [
            // Triple patterns, paths and OPTIONAL.
            ("SELECT ?x WHERE { ?s <http://e/p> ?x }", &name, "SELECT ?x WHERE { ?s <http://e/p> \"Ann Lee\" . }"),
            ("SELECT ?x WHERE { ?s <http://e/p>|<http://e/q> ?x }", &name, "SELECT ?x WHERE { ?s (<http://e/p> | <http://e/q>) \"Ann Lee\" . }"),
            ("SELECT ?x ?o WHERE { ?x ?x ?o OPTIONAL { ?o <http://e/p> ?x } }", &iri, "SELECT ?x ?o WHERE { <http://e/ann> <http://e/ann> ?o . OPTIONAL { ?o <http://e/p> <http://e/ann> . } }"),
            // A literal cannot be a predicate or a graph name: left to the engine.
            ("SELECT ?x WHERE { GRAPH ?x { ?s ?x ?o } }", &name, "SELECT ?x WHERE { GRAPH ?x { ?s ?x ?o . } }"),
            ("SELECT ?x WHERE { GRAPH ?x { ?s ?p ?o } }", &iri, "SELECT ?x WHERE { GRAPH <http://e/ann> { ?s ?p ?o . } }"),
            // Both sides of UNION, the left of MINUS only.
            ("SELECT ?x WHERE { { ?s <http://e/p> ?x } UNION { ?x <http://e/p> ?o } }", &iri, "SELECT ?x WHERE { { ?s <http://e/p> <http://e/ann> . } UNION { <http://e/ann> <http://e/p> ?o . } }"),
            ("SELECT ?x WHERE { ?s <http://e/p> ?x MINUS { ?s <http://e/q> ?x } }", &iri, "SELECT ?x WHERE { ?s <http://e/p> <http://e/ann> . MINUS { ?s <http://e/q> ?x . } }"),
            // A subquery: inside when it selects the variable, not when its ?x is its own.
            ("SELECT ?x WHERE { { SELECT ?x WHERE { ?s <http://e/p> ?x } } }", &name, "SELECT ?x WHERE { { SELECT ?x WHERE { ?s <http://e/p> \"Ann Lee\" . } } }"),
            ("SELECT ?x ?s WHERE { ?s <http://e/q> ?x { SELECT ?s WHERE { ?s <http://e/p> ?x } } }", &name, "SELECT ?x ?s WHERE { ?s <http://e/q> \"Ann Lee\" . { SELECT ?s WHERE { ?s <http://e/p> ?x . } } }"),
        ];
        for (query, value, want) in table {
            let parsed = SparqlParser::new().parse_query(query).unwrap();
            let x = Variable::new("x").unwrap();
            assert_eq!(
                inline(parsed, &[(x, value.clone())]).to_string(),
                want,
                "{query}"
            );
        }
    }

    /// Grouped by the variable: written inside; aggregated over it: left alone. (The
    /// serialised form of an aggregation names its own variables, so the test looks for the
    /// value.)
    #[test]
    fn aggregations() {
        let table = [
            (
                "SELECT ?x (COUNT(?s) AS ?n) WHERE { ?s <http://e/p> ?x } GROUP BY ?x",
                true,
            ),
            (
                "SELECT ?s (COUNT(?x) AS ?n) WHERE { ?s <http://e/p> ?x } GROUP BY ?s",
                false,
            ),
        ];
        for (query, written) in table {
            let parsed = SparqlParser::new().parse_query(query).unwrap();
            let x = (Variable::new("x").unwrap(), Literal::from("Ann Lee").into());
            let text = inline(parsed, &[x]).to_string();
            assert_eq!(text.contains("<http://e/p> \"Ann Lee\""), written, "{text}");
        }
    }
}
