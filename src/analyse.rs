//! Graph analytics on the store: networks of people, countries and posts, built with SPARQL
//! and analysed with [`petgraph`].
//!
//! Three networks:
//!
//! - [`NetworkKind::Quotes`]: person → person when a statement by the first mentions the second;
//!   the weight is the number of such statements.
//! - [`NetworkKind::Mentions`]: people and countries mentioned in the same article (undirected);
//!   the weight is the number of articles that mention both.
//! - [`NetworkKind::Offices`]: person → post (`org:holds`, `ng:formerlyHolds`; weight: the
//!   number of articles that say so) and post → country (`ng:country`, `ng:toCountry`; weight 1).
//!
//! Every link keeps the articles that make it.
//!
//! ```
//! use newsgraph::analyse::{Network, NetworkKind};
//! use newsgraph::{process, read::Article, store::NewsStore};
//! let store = NewsStore::in_memory()?;
//! let a = Article::from_text("-", "UK Prime Minister Sir Keir Starmer met French President Emmanuel Macron.".to_owned());
//! store.replace_article(&a.id, &process(&a).1)?;
//! let net = Network::load(&store, NetworkKind::Mentions)?;
//! let link = net.link("Keir Starmer", "Emmanuel Macron").unwrap();
//! assert_eq!(link.weight, 1);
//! let ranks = net.rank();
//! assert_eq!(ranks.len(), 2); // people only; France and the UK are ranked but not listed
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

use crate::query::{self, QueryError, QueryOutput};
use crate::store::NewsStore;
use crate::vocab::DATA;
use oxigraph::model::Term;
use petgraph::algo::{astar, page_rank};
use petgraph::dot::{Config, Dot};
use petgraph::graph::{EdgeIndex, Graph, NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use petgraph::{Directed, Undirected};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::io::Write;

/// An error of the analyses.
#[derive(Debug, thiserror::Error)]
pub enum AnalyseError {
    /// A query on the store failed.
    #[error("cannot read the network from the store: {0}")]
    Query(QueryError),
    /// No person goes by the name.
    #[error("no person called {name:?} in the store; list people with: newsgraph query people")]
    UnknownName {
        /// The name asked for.
        name: String,
    },
    /// Several people go by the name.
    #[error("{name:?} is ambiguous: it names {}; use a full name", candidates.join(", "))]
    Ambiguous {
        /// The name asked for.
        name: String,
        /// The canonical names of the people it names.
        candidates: Vec<String>,
    },
    /// The two people are not connected.
    #[error("no connection between {from} and {to} in the {network} network")]
    NoPath {
        /// The first person.
        from: String,
        /// The second person.
        to: String,
        /// The network searched.
        network: NetworkKind,
    },
    /// Writing the output failed.
    #[error("cannot write the network: {0}")]
    Io(std::io::Error),
}

// The causes are part of the messages, not sources that `{:#}` would print a second time.
impl From<QueryError> for AnalyseError {
    fn from(e: QueryError) -> Self {
        AnalyseError::Query(e)
    }
}

impl From<std::io::Error> for AnalyseError {
    fn from(e: std::io::Error) -> Self {
        AnalyseError::Io(e)
    }
}

/// Which network to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NetworkKind {
    /// Who mentions whom in their statements (directed).
    Quotes,
    /// Who and which countries are mentioned in the same articles (undirected).
    Mentions,
    /// People, the posts they hold and the countries of those posts (directed).
    Offices,
}

impl NetworkKind {
    /// Every network, with its command-line name.
    pub const ALL: &[(&str, NetworkKind)] = &[
        ("quotes", NetworkKind::Quotes),
        ("mentions", NetworkKind::Mentions),
        ("offices", NetworkKind::Offices),
    ];

    /// The command-line name.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |(n, _)| n)
    }

    /// Whether links have a direction.
    pub fn is_directed(self) -> bool {
        self != NetworkKind::Mentions
    }
}

impl fmt::Display for NetworkKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// A `schema:Person`.
    Person,
    /// A `schema:Country`.
    Country,
    /// An `org:Post`.
    Post,
}

impl NodeKind {
    /// Lowercase name, as written in GraphML and JSON.
    pub fn name(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Country => "country",
            NodeKind::Post => "post",
        }
    }
}

/// A node: a person, country or post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The IRI.
    pub iri: String,
    /// The name (a person's or country's `schema:name`, a post's `rdfs:label`).
    pub label: String,
    /// What it is.
    pub kind: NodeKind,
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// A link between two nodes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Link {
    /// Statements (quotes), articles (mentions, holdings), or 1 (post → country).
    pub weight: usize,
    /// The IRIs of the articles that make the link.
    pub articles: BTreeSet<String>,
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.weight)
    }
}

/// A network read from the store. Undirected networks keep each link once.
#[derive(Debug, Clone)]
pub struct Network {
    /// Which network.
    pub kind: NetworkKind,
    /// The graph (directed edges; for undirected networks the direction means nothing).
    pub graph: Graph<Node, Link, Directed>,
}

/// One row of a ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Rank {
    /// The person.
    pub node: Node,
    /// PageRank (damping 0.85), over the whole network, links taken both ways when the
    /// network is undirected.
    pub page_rank: f64,
    /// Distinct neighbours.
    pub degree: usize,
    /// Sum of the weights of the node's links.
    pub weight: usize,
}

/// One step of a path: from a person to the next, with the articles that link them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Where the step starts.
    pub from: Node,
    /// Where it ends.
    pub to: Node,
    /// The link's weight.
    pub weight: usize,
    /// The IRIs of the articles that make the link.
    pub articles: Vec<String>,
}

/// Output formats of a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    /// Graphviz DOT.
    Dot,
    /// GraphML (XML), with `label`, `kind`, `weight` and `articles` attributes.
    GraphMl,
    /// JSON: `{"network", "directed", "nodes": [{id, label, kind}], "edges": [{source, target, weight, articles}]}`.
    Json,
}

fn str_of(t: &Option<Term>) -> Option<&str> {
    match t {
        Some(Term::NamedNode(n)) => Some(n.as_str()),
        Some(Term::Literal(l)) => Some(l.value()),
        _ => None,
    }
}

/// The rows of a SELECT query, as strings (IRIs or literal values).
fn select(store: &NewsStore, sparql: &str) -> Result<Vec<Vec<Option<String>>>, QueryError> {
    match query::run(store, sparql, &[])? {
        QueryOutput::Solutions { rows, .. } => Ok(rows
            .iter()
            .map(|r| r.iter().map(|t| str_of(t).map(str::to_owned)).collect())
            .collect()),
        _ => Err(QueryError::Format("expected a SELECT query".into())),
    }
}

/// The display names of every person, country and post: the smallest `schema:name`, or
/// `rdfs:label` for posts.
fn labels(store: &NewsStore) -> Result<HashMap<String, (String, NodeKind)>, QueryError> {
    let rows = select(
        store,
        "SELECT ?x ?kind (MIN(?l) AS ?label) WHERE {
           { ?x a schema:Person ; schema:name ?l BIND ('person' AS ?kind) }
           UNION { ?x a schema:Country ; schema:name ?l BIND ('country' AS ?kind) }
           UNION { ?x a org:Post ; rdfs:label ?l BIND ('post' AS ?kind) }
         } GROUP BY ?x ?kind",
    )?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let kind = match r[1].as_deref()? {
                "person" => NodeKind::Person,
                "country" => NodeKind::Country,
                _ => NodeKind::Post,
            };
            Some((r[0].clone()?, (r[2].clone()?, kind)))
        })
        .collect())
}

/// Builds a graph from (source, target, article) rows: each row adds 1 to the weight of its
/// link, unless `per_article` (then the weight counts distinct articles).
fn build(
    kind: NetworkKind,
    labels: &HashMap<String, (String, NodeKind)>,
    rows: impl IntoIterator<Item = (String, String, Option<String>)>,
    per_article: bool,
) -> Network {
    let mut links: BTreeMap<(String, String), (usize, BTreeSet<String>)> = BTreeMap::new();
    for (s, t, article) in rows {
        let (Some(_), Some(_)) = (labels.get(&s), labels.get(&t)) else {
            continue;
        };
        let key = if kind.is_directed() || s < t {
            (s, t)
        } else {
            (t, s)
        };
        let link = links.entry(key).or_default();
        if let Some(a) = article {
            let new = link.1.insert(a);
            if per_article && new {
                link.0 += 1;
            }
        }
        if !per_article {
            link.0 += 1;
        }
    }
    // Nodes in order of name, then IRI, so that the output is stable.
    let mut iris: Vec<&String> = links.keys().flat_map(|(s, t)| [s, t]).collect();
    iris.sort_by(|a, b| labels[*a].0.cmp(&labels[*b].0).then(a.cmp(b)));
    iris.dedup();
    let mut graph = Graph::new();
    let mut index = HashMap::new();
    for iri in iris {
        let (label, node_kind) = &labels[iri];
        let i = graph.add_node(Node {
            iri: iri.clone(),
            label: label.clone(),
            kind: *node_kind,
        });
        index.insert(iri.clone(), i);
    }
    for ((s, t), (weight, articles)) in &links {
        graph.add_edge(
            index[s],
            index[t],
            Link {
                weight: *weight,
                articles: articles.clone(),
            },
        );
    }
    Network { kind, graph }
}

impl Network {
    /// Reads a network from the store.
    pub fn load(store: &NewsStore, kind: NetworkKind) -> Result<Network, AnalyseError> {
        let labels = labels(store)?;
        let triple = |r: Vec<Option<String>>| -> Option<(String, String, Option<String>)> {
            let mut r = r.into_iter();
            Some((r.next()??, r.next()??, r.next().flatten()))
        };
        Ok(match kind {
            NetworkKind::Quotes => {
                let rows = select(
                    store,
                    "SELECT ?a ?b ?article WHERE {
                       ?s a schema:Quotation ; schema:creator ?sa ; schema:mentions ?sb ;
                          schema:isPartOf ?article .
                       ?sa a schema:Person . ?sb a schema:Person .
                       OPTIONAL { ?x ng:articlePerson ?sa ; ng:inArticle ?article ; ng:corpusPerson ?ca }
                       OPTIONAL { ?y ng:articlePerson ?sb ; ng:inArticle ?article ; ng:corpusPerson ?cb }
                       BIND (COALESCE(?ca, ?sa) AS ?a)
                       BIND (COALESCE(?cb, ?sb) AS ?b)
                       FILTER (?a != ?b)
                     }",
                )?;
                build(kind, &labels, rows.into_iter().filter_map(triple), false)
            }
            NetworkKind::Mentions => {
                let rows = select(
                    store,
                    "SELECT ?article ?x WHERE {
                       ?article a schema:NewsArticle ; schema:mentions ?m .
                       { ?m a schema:Person } UNION { ?m a schema:Country }
                       OPTIONAL { ?appearance ng:articlePerson ?m ; ng:inArticle ?article ; ng:corpusPerson ?c }
                       BIND (COALESCE(?c, ?m) AS ?x)
                     } ORDER BY ?article ?x",
                )?;
                let mut by_article: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
                for r in rows {
                    if let [Some(a), Some(x)] = &r[..] {
                        by_article.entry(a.clone()).or_default().insert(x.clone());
                    }
                }
                let pairs = by_article.into_iter().flat_map(|(article, xs)| {
                    let xs: Vec<String> = xs.into_iter().collect();
                    let mut out = Vec::new();
                    for (i, a) in xs.iter().enumerate() {
                        for b in &xs[i + 1..] {
                            out.push((a.clone(), b.clone(), Some(article.clone())));
                        }
                    }
                    out
                });
                build(kind, &labels, pairs, true)
            }
            NetworkKind::Offices => {
                let holds = select(
                    store,
                    "SELECT ?person ?post ?g WHERE {
                       GRAPH ?g { { ?holder org:holds ?post } UNION { ?holder ng:formerlyHolds ?post } }
                       OPTIONAL { ?appearance ng:articlePerson ?holder ; ng:inArticle ?g ; ng:corpusPerson ?c }
                       BIND (COALESCE(?c, ?holder) AS ?person)
                     }",
                )?;
                let countries = select(
                    store,
                    "SELECT DISTINCT ?post ?country WHERE {
                       { ?post ng:country ?country } UNION { ?post ng:toCountry ?country }
                     }",
                )?;
                let rows = holds
                    .into_iter()
                    .filter_map(triple)
                    .chain(countries.into_iter().filter_map(triple));
                // Holdings count articles; a post's country counts once (no article).
                build(kind, &labels, rows, true).with_unit_weights()
            }
        })
    }

    /// Post → country links carry no article; give them weight 1.
    fn with_unit_weights(mut self) -> Self {
        for w in self.graph.edge_weights_mut() {
            w.weight = w.weight.max(1);
        }
        self
    }

    /// The node of `label` (exact), if it is in the network.
    pub fn node(&self, label: &str) -> Option<NodeIndex> {
        self.graph
            .node_indices()
            .find(|&i| self.graph[i].label == label)
    }

    /// The link between the nodes labelled `a` and `b` (either way round when the network is
    /// undirected).
    pub fn link(&self, a: &str, b: &str) -> Option<&Link> {
        let (a, b) = (self.node(a)?, self.node(b)?);
        let e = self.graph.find_edge(a, b).or_else(|| {
            (!self.kind.is_directed())
                .then(|| self.graph.find_edge(b, a))
                .flatten()
        })?;
        Some(&self.graph[e])
    }

    /// Every link as (source label, target label, weight), in graph order.
    pub fn links(&self) -> Vec<(String, String, usize)> {
        self.graph
            .edge_references()
            .map(|e| {
                (
                    self.graph[e.source()].label.clone(),
                    self.graph[e.target()].label.clone(),
                    e.weight().weight,
                )
            })
            .collect()
    }

    /// The sum of the weights of each node's links, by node index.
    pub fn weighted_degrees(&self) -> Vec<usize> {
        let mut out = vec![0; self.graph.node_count()];
        for e in self.graph.edge_references() {
            out[e.source().index()] += e.weight().weight;
            out[e.target().index()] += e.weight().weight;
        }
        out
    }

    /// Keeps the links of weight `min_weight` or more, then the `top` nodes of highest
    /// weighted degree (ties: by name), and drops nodes left without links.
    pub fn filter(self, min_weight: usize, top: Option<usize>) -> Network {
        let kind = self.kind;
        let mut graph = self.graph.filter_map(
            |_, n| Some(n.clone()),
            |_, l| (l.weight >= min_weight).then(|| l.clone()),
        );
        if let Some(top) = top {
            let net = Network {
                kind,
                graph: graph.clone(),
            };
            let degrees = net.weighted_degrees();
            let mut order: Vec<NodeIndex> = graph.node_indices().collect();
            order.sort_by(|a, b| {
                degrees[b.index()]
                    .cmp(&degrees[a.index()])
                    .then_with(|| graph[*a].label.cmp(&graph[*b].label))
            });
            let keep: BTreeSet<NodeIndex> = order.into_iter().take(top).collect();
            graph = graph.filter_map(
                |i, n| keep.contains(&i).then(|| n.clone()),
                |_, l| Some(l.clone()),
            );
        }
        let linked: BTreeSet<NodeIndex> = graph
            .edge_references()
            .flat_map(|e| [e.source(), e.target()])
            .collect();
        let graph = graph.filter_map(
            |i, n| linked.contains(&i).then(|| n.clone()),
            |_, l| Some(l.clone()),
        );
        Network { kind, graph }
    }

    fn undirected(&self) -> UnGraph<Node, Link> {
        self.graph.clone().into_edge_type::<Undirected>()
    }

    /// The people of the network ranked by PageRank (then weighted degree, then name).
    pub fn rank(&self) -> Vec<Rank> {
        let ranks: Vec<f64> = if self.kind.is_directed() {
            page_rank(&self.graph, 0.85, 50)
        } else {
            page_rank(&self.undirected(), 0.85, 50)
        };
        let weights = self.weighted_degrees();
        let mut out: Vec<Rank> = self
            .graph
            .node_indices()
            .filter(|&i| self.graph[i].kind == NodeKind::Person)
            .map(|i| {
                let neighbours: BTreeSet<NodeIndex> = self
                    .graph
                    .neighbors_undirected(i)
                    .filter(|&n| n != i)
                    .collect();
                Rank {
                    node: self.graph[i].clone(),
                    page_rank: ranks[i.index()],
                    degree: neighbours.len(),
                    weight: weights[i.index()],
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.page_rank
                .total_cmp(&a.page_rank)
                .then(b.weight.cmp(&a.weight))
                .then_with(|| a.node.label.cmp(&b.node.label))
        });
        out
    }

    /// The shortest connection (fewest links, links taken both ways) between two people,
    /// passing through people only, and in the offices network through posts too (two holders
    /// of one post are linked by it).
    pub fn path(&self, from: &str, to: &str) -> Result<Vec<Step>, AnalyseError> {
        let through = |kind: NodeKind| {
            kind == NodeKind::Person
                || (self.kind == NetworkKind::Offices && kind == NodeKind::Post)
        };
        let people = self.graph.filter_map(
            |_, n| through(n.kind).then(|| n.clone()),
            |_, l| Some(l.clone()),
        );
        let g = people.into_edge_type::<Undirected>();
        let find = |iri: &str| g.node_indices().find(|&i| g[i].iri == iri);
        let no_path = || AnalyseError::NoPath {
            from: from.to_owned(),
            to: to.to_owned(),
            network: self.kind,
        };
        let (Some(a), Some(b)) = (find(from), find(to)) else {
            return Err(no_path());
        };
        let (_, nodes) = astar(&g, a, |n| n == b, |_| 1usize, |_| 0).ok_or_else(no_path)?;
        Ok(nodes
            .windows(2)
            .map(|w| {
                let e: EdgeIndex = g
                    .find_edge(w[0], w[1])
                    .expect("consecutive nodes are linked");
                Step {
                    from: g[w[0]].clone(),
                    to: g[w[1]].clone(),
                    weight: g[e].weight,
                    articles: g[e].articles.iter().cloned().collect(),
                }
            })
            .collect())
    }

    /// Writes the network in `format`.
    pub fn write<W: Write>(&self, format: GraphFormat, mut w: W) -> Result<W, AnalyseError> {
        match format {
            GraphFormat::Dot => self.write_dot(&mut w)?,
            GraphFormat::GraphMl => self.write_graphml(&mut w)?,
            GraphFormat::Json => {
                serde_json::to_writer_pretty(&mut w, &self.to_json())
                    .map_err(std::io::Error::from)?;
                writeln!(w)?;
            }
        }
        Ok(w)
    }

    fn write_dot<W: Write>(&self, w: &mut W) -> std::io::Result<()> {
        fn dot<Ty: petgraph::EdgeType>(g: &Graph<Node, Link, Ty>) -> String {
            let node_attrs = |_, (_, n): (NodeIndex, &Node)| match n.kind {
                NodeKind::Person => "shape = ellipse ".to_owned(),
                NodeKind::Country => "shape = box style = filled fillcolor = lightblue ".to_owned(),
                NodeKind::Post => "shape = note ".to_owned(),
            };
            // Weights above 1 are written on the link; all set its width.
            let edge_attrs = |_, e: petgraph::graph::EdgeReference<'_, Link>| {
                let w = e.weight().weight;
                let label = if w > 1 {
                    format!("label = \"{w}\" ")
                } else {
                    String::new()
                };
                let width = 1.0 + 0.8 * (w as f64).log2().min(5.0);
                format!("{label}penwidth = {width:.1} ")
            };
            Dot::with_attr_getters(
                g,
                &[Config::GraphContentOnly, Config::EdgeNoLabel],
                &edge_attrs,
                &node_attrs,
            )
            .to_string()
        }
        let (open, layout, body) = if self.kind.is_directed() {
            ("digraph", "  rankdir = \"LR\"\n", dot(&self.graph))
        } else {
            (
                "graph",
                "  layout = \"neato\"\n  overlap = \"false\"\n  splines = \"true\"\n",
                dot(&self.undirected()),
            )
        };
        write!(
            w,
            "{open} {} {{\n{layout}  node [fontname = \"Helvetica\"]\n  edge [color = \"#555555\"]\n{body}}}\n",
            self.kind.name()
        )
    }

    fn write_graphml<W: Write>(&self, w: &mut W) -> std::io::Result<()> {
        let esc = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            w,
            r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
        )?;
        for (id, on, name, ty) in [
            ("label", "node", "label", "string"),
            ("kind", "node", "kind", "string"),
            ("weight", "edge", "weight", "int"),
            ("articles", "edge", "articles", "string"),
        ] {
            writeln!(
                w,
                r#"  <key id="{id}" for="{on}" attr.name="{name}" attr.type="{ty}"/>"#
            )?;
        }
        let direction = if self.kind.is_directed() {
            "directed"
        } else {
            "undirected"
        };
        writeln!(
            w,
            r#"  <graph id="{}" edgedefault="{direction}">"#,
            self.kind.name()
        )?;
        for n in self.graph.node_weights() {
            writeln!(
                w,
                r#"    <node id="{}"><data key="label">{}</data><data key="kind">{}</data></node>"#,
                esc(&n.iri),
                esc(&n.label),
                n.kind.name()
            )?;
        }
        for e in self.graph.edge_references() {
            let articles: Vec<&str> = e.weight().articles.iter().map(String::as_str).collect();
            writeln!(
                w,
                r#"    <edge source="{}" target="{}"><data key="weight">{}</data><data key="articles">{}</data></edge>"#,
                esc(&self.graph[e.source()].iri),
                esc(&self.graph[e.target()].iri),
                e.weight().weight,
                esc(&articles.join(" "))
            )?;
        }
        writeln!(w, "  </graph>\n</graphml>")
    }

    fn to_json(&self) -> serde_json::Value {
        let nodes: Vec<serde_json::Value> = self
            .graph
            .node_weights()
            .map(|n| serde_json::json!({"id": n.iri, "label": n.label, "kind": n.kind.name()}))
            .collect();
        let edges: Vec<serde_json::Value> = self
            .graph
            .edge_references()
            .map(|e| {
                serde_json::json!({
                    "source": self.graph[e.source()].iri,
                    "target": self.graph[e.target()].iri,
                    "weight": e.weight().weight,
                    "articles": e.weight().articles,
                })
            })
            .collect();
        serde_json::json!({
            "network": self.kind.name(),
            "directed": self.kind.is_directed(),
            "nodes": nodes,
            "edges": edges,
        })
    }
}

/// The person a name stands for: the IRI of the one person of the corpus (see
/// [`crate::identity`]) whose `schema:name` or `schema:alternateName` equals `name`, ignoring case; an error when
/// none or several do.
pub fn resolve_person(store: &NewsStore, name: &str) -> Result<(String, String), AnalyseError> {
    let rows = select(
        store,
        "SELECT ?p (MIN(?n) AS ?name) ?alias WHERE {
           ?p a schema:Person ; schema:name ?n .
           # People of the corpus, where the store has an identity graph.
           FILTER (EXISTS { ?appearance ng:corpusPerson ?p } || NOT EXISTS { ?any a ng:Appearance })
           { ?p schema:name ?alias } UNION { ?p schema:alternateName ?alias }
         } GROUP BY ?p ?alias",
    )?;
    let wanted = name.trim().to_lowercase();
    let found: BTreeMap<String, String> = rows
        .into_iter()
        .filter(|r| r[2].as_deref().is_some_and(|a| a.to_lowercase() == wanted))
        .filter_map(|r| Some((r[1].clone()?, r[0].clone()?)))
        .collect();
    let found: Vec<(String, String)> = found.into_iter().map(|(n, p)| (p, n)).collect();
    match found.len() {
        0 => Err(AnalyseError::UnknownName {
            name: name.to_owned(),
        }),
        1 => Ok(found.into_iter().next().expect("one")),
        _ => Err(AnalyseError::Ambiguous {
            name: name.to_owned(),
            candidates: found.into_iter().map(|(_, n)| n).collect(),
        }),
    }
}

/// A short form of an article IRI: its id (`istanbul-talks.txt`).
pub fn article_id(iri: &str) -> &str {
    iri.strip_prefix(DATA)
        .and_then(|l| l.strip_prefix("article/"))
        .unwrap_or(iri)
}
