//! The explorer's HTML pages: each handler reads its data ([`super::explore`]) off the async
//! workers and renders an auto-escaping template (`src/serve/templates/`).

use super::explore::{self, ArticlePage, Home, Link, Person, Place, StatementRef};
use super::highlight::{pieces, Span};
use super::search::Entry;
use super::{blocking, App, ServeError};
use crate::analyse::NetworkKind;
use crate::query::{self, QueryOutput, BUNDLED};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Json, Response};
use std::collections::HashMap;
use std::sync::Arc;

type Params = Query<HashMap<String, String>>;

fn html(t: impl Template) -> Result<Response, ServeError> {
    Ok(Html(t.render()?).into_response())
}

/// Renders the error page; a template that fails gives plain text.
pub(crate) fn error_page(status: StatusCode, message: &str) -> Response {
    let page = ErrorPage {
        status: status.to_string(),
        message,
    };
    match page.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(_) => (status, message.to_owned()).into_response(),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    status: String,
    message: &'a str,
}

/// 1234567 → "1,234,567".
fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    counts: Vec<(String, &'static str)>,
    quoted: &'a [(Link, usize)],
    latest: &'a [explore::ArticleRef],
}

pub(crate) async fn home(State(app): State<Arc<App>>) -> Result<Response, ServeError> {
    let data: Arc<Home> = blocking(app, |app| app.home()).await?;
    let s = &data.stats;
    html(HomePage {
        counts: vec![
            (thousands(s.articles), "articles"),
            (thousands(s.people), "people"),
            (thousands(s.countries), "countries"),
            (thousands(s.offices), "offices held"),
            (thousands(s.statements), "statements"),
            (thousands(s.triples), "triples"),
        ],
        quoted: &data.quoted,
        latest: &data.latest,
    })
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    q: &'a str,
    hits: Vec<&'a Entry>,
}

pub(crate) async fn search(
    State(app): State<Arc<App>>,
    Query(params): Params,
) -> Result<Response, ServeError> {
    let q = params
        .get("q")
        .map(|q| q.trim().to_owned())
        .unwrap_or_default();
    if q.is_empty() {
        return Ok(axum::response::Redirect::to("/").into_response());
    }
    let index = blocking(app, |app| app.index()).await?;
    html(SearchPage {
        q: &q,
        hits: index.search(&q, 50),
    })
}

/// Suggestions for the search box, as JSON: `[{"label", "name", "kind", "href"}]`.
pub(crate) async fn suggest(
    State(app): State<Arc<App>>,
    Query(params): Params,
) -> Result<Response, ServeError> {
    let q = params.get("q").cloned().unwrap_or_default();
    let index = blocking(app, |app| app.index()).await?;
    let hits: Vec<Entry> = index.search(&q, 10).into_iter().cloned().collect();
    Ok(Json(hits).into_response())
}

fn missing(what: &str, id: &str) -> ServeError {
    ServeError::NotFound(format!(
        "the store has no {what} {id:?}; search for it by name in the box above"
    ))
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    p: Person,
    shown: usize,
    truncated: bool,
    wikidata_id: String,
}

pub(crate) async fn person(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
) -> Result<Response, ServeError> {
    let Some(iri) = explore::iri_of("person", &id) else {
        return Err(missing("person", &id));
    };
    let found = blocking(app, move |app| {
        let quotes = app.network(NetworkKind::Quotes)?;
        let mentions = app.network(NetworkKind::Mentions)?;
        explore::person(
            &app.store,
            app.corpus()?.as_ref(),
            &iri,
            &[("quotes", quotes.as_ref()), ("mentions", mentions.as_ref())],
        )
    })
    .await?;
    let Some(p) = found else {
        return Err(missing("person", &id));
    };
    let shown = p.statements.iter().map(|(_, l)| l.len()).sum();
    let wikidata_id = p
        .wikidata
        .as_deref()
        .and_then(|w| w.rsplit('/').next())
        .unwrap_or_default()
        .to_owned();
    html(PersonPage {
        truncated: p.statement_count > shown,
        shown,
        p,
        wikidata_id,
    })
}

#[derive(Template)]
#[template(path = "place.html")]
struct PlacePage {
    p: Place,
    kind: &'static str,
    is_country: bool,
    list: Vec<StatementRef>,
}

pub(crate) async fn country(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
) -> Result<Response, ServeError> {
    let Some(iri) = explore::iri_of("country", &id.to_ascii_uppercase()) else {
        return Err(missing("country", &id));
    };
    let found = blocking(app, move |app| {
        let mentions = app.network(NetworkKind::Mentions)?;
        explore::country(
            &app.store,
            app.corpus()?.as_ref(),
            &iri,
            Some(mentions.as_ref()),
        )
    })
    .await?;
    let Some(mut p) = found else {
        return Err(missing("country", &id));
    };
    let list = std::mem::take(&mut p.statements);
    html(PlacePage {
        p,
        kind: "Country",
        is_country: true,
        list,
    })
}

pub(crate) async fn post(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
) -> Result<Response, ServeError> {
    let Some(iri) = explore::iri_of("post", &id) else {
        return Err(missing("post", &id));
    };
    let found = blocking(app, move |app| {
        explore::post(&app.store, app.corpus()?.as_ref(), &iri)
    })
    .await?;
    let Some(mut p) = found else {
        return Err(missing("post", &id));
    };
    let list = std::mem::take(&mut p.statements);
    html(PlacePage {
        p,
        kind: "Post",
        is_country: false,
        list,
    })
}

/// A statement's part of the article page.
struct StView {
    anchor: String,
    colour: usize,
    speaker: String,
    kind: String,
    cue: String,
    title: String,
}

/// A piece of the article's text, as the page shows it.
struct PieceView {
    text: String,
    mention: Option<MentionView>,
    statement: Option<Arc<StView>>,
    first: bool,
}

struct MentionView {
    href: String,
    kind: &'static str,
    label: String,
}

#[derive(Template)]
#[template(path = "article.html")]
struct ArticleView {
    title: String,
    a: ArticlePage,
    safe_url: Option<String>,
    speakers: Vec<(usize, Link)>,
    pieces: Vec<PieceView>,
    list: Vec<StatementRef>,
}

/// Colours for speakers, in order of first statement.
const COLOURS: usize = 8;

/// A link may go where a browser shows a page: http and https only (never `javascript:`).
fn safe_url(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then(|| url.trim().to_owned())
}

pub(crate) async fn article(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
) -> Result<Response, ServeError> {
    let Some(iri) = explore::iri_of("article", &id) else {
        return Err(missing("article", &id));
    };
    let found = blocking(app, move |app| {
        explore::article(&app.store, app.corpus()?.as_ref(), &iri)
    })
    .await?;
    let Some(a) = found else {
        return Err(missing("article", &id));
    };
    let mut speakers: Vec<(usize, Link)> = Vec::new();
    let views: Vec<Arc<StView>> = a
        .statements
        .iter()
        .map(|s| {
            let who = s.info.speakers.first().cloned().unwrap_or(Link {
                href: String::new(),
                label: if s.speaker_text.is_empty() {
                    "unknown speaker".to_owned()
                } else {
                    s.speaker_text.clone()
                },
            });
            let colour = match speakers.iter().find(|(_, l)| *l == who) {
                Some((c, _)) => *c,
                None => {
                    let c = speakers.len() % COLOURS;
                    speakers.push((c, who));
                    c
                }
            };
            let speaker = s
                .info
                .speakers
                .iter()
                .map(|l| l.label.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let speaker = if speaker.is_empty() {
                format!("“{}” (not resolved)", s.speaker_text)
            } else {
                speaker
            };
            let mut title = format!("{speaker} · {}", s.info.kind);
            if !s.info.cue.is_empty() {
                title.push_str(&format!(" · “{}”", s.info.cue));
            }
            Arc::new(StView {
                anchor: format!("st-{}-{}", s.begin, s.end),
                colour,
                speaker,
                kind: s.info.kind.clone(),
                cue: s.info.cue.clone(),
                title,
            })
        })
        .collect();
    let mention_spans: Vec<Span> = a
        .mentions
        .iter()
        .enumerate()
        .map(|(id, m)| Span {
            begin: m.begin,
            end: m.end,
            id,
        })
        .collect();
    let statement_spans: Vec<Span> = a
        .statements
        .iter()
        .enumerate()
        .map(|(id, s)| Span {
            begin: s.begin,
            end: s.end,
            id,
        })
        .collect();
    let pieces = pieces(&a.text, &mention_spans, &statement_spans)
        .into_iter()
        .map(|p| PieceView {
            mention: p.mention.map(|i| {
                let m = &a.mentions[i];
                MentionView {
                    href: m.target.href.clone(),
                    kind: m.kind,
                    label: format!("{} ({})", m.target.label, m.kind),
                }
            }),
            statement: p.statement.map(|i| views[i].clone()),
            first: p.starts_statement,
            text: p.text,
        })
        .collect();
    let list = a.statements.iter().map(|s| s.info.clone()).collect();
    let title = if a.headline.is_empty() {
        a.id.clone()
    } else {
        a.headline.clone()
    };
    html(ArticleView {
        title,
        safe_url: safe_url(&a.url),
        a,
        speakers,
        pieces,
        list,
    })
}

struct NodeView {
    x: String,
    y: String,
    tx: String,
    r: String,
    label: String,
    href: String,
    kind: &'static str,
    degree: usize,
}

struct EdgeView {
    x1: String,
    y1: String,
    x2: String,
    y2: String,
    width: String,
    title: String,
}

#[derive(Template)]
#[template(path = "network.html")]
struct NetworkPage {
    kind: &'static str,
    kinds: [&'static str; 3],
    description: &'static str,
    min: usize,
    top: usize,
    width: usize,
    height: usize,
    directed: bool,
    total_nodes: usize,
    nodes: Vec<NodeView>,
    edges: Vec<EdgeView>,
}

pub(crate) async fn network(
    State(app): State<Arc<App>>,
    Query(params): Params,
) -> Result<Response, ServeError> {
    let (kind, description) = match params.get("kind").map(String::as_str) {
        None | Some("" | "quotes") => (
            NetworkKind::Quotes,
            "Who speaks of whom: an arrow from a speaker to a person their statements mention, as thick as the statements.",
        ),
        Some("mentions") => (
            NetworkKind::Mentions,
            "Who is named with whom: people and countries named in the same articles, as thick as the articles.",
        ),
        Some("offices") => (
            NetworkKind::Offices,
            "Who holds what: person to post to country.",
        ),
        Some(other) => {
            return Err(ServeError::BadRequest(format!(
                "no network called {other:?}: choose quotes, mentions or offices"
            )))
        }
    };
    let number = |name: &str, default: usize| -> Result<usize, ServeError> {
        match params.get(name).map(|v| v.trim()).filter(|v| !v.is_empty()) {
            None => Ok(default),
            Some(v) => v.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
                ServeError::BadRequest(format!("{name}={v:?} is not a whole number from 1"))
            }),
        }
    };
    let min = number("min", 1)?;
    let top = number("top", 40)?.min(300);
    let (width, height) = (960usize, 640usize);
    // Reading, filtering and laying out the network are work for a blocking thread.
    let (total_nodes, shown, links, pos) = blocking(app, move |app| {
        let net = app.network(kind)?;
        let shown = net.as_ref().clone().filter(min, Some(top));
        let g = &shown.graph;
        let links: Vec<(usize, usize, usize)> = g
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = g.edge_endpoints(e)?;
                Some((a.index(), b.index(), g[e].weight))
            })
            .collect();
        let pos = super::layout::layout(g.node_count(), &links, width as f64, height as f64);
        Ok((net.graph.node_count(), shown, links, pos))
    })
    .await?;
    let g = &shown.graph;
    let index: Vec<_> = g.node_indices().collect();
    let degree = shown.weighted_degrees();
    let max_degree = degree.iter().copied().max().unwrap_or(1).max(1) as f64;
    let nodes = index
        .iter()
        .map(|&i| {
            let (x, y) = pos[i.index()];
            let r = 4.0 + 10.0 * (degree[i.index()] as f64 / max_degree).sqrt();
            NodeView {
                x: format!("{x:.1}"),
                y: format!("{y:.1}"),
                tx: format!("{:.1}", x + r + 2.0),
                r: format!("{r:.1}"),
                label: g[i].label.clone(),
                href: explore::page_of(&g[i].iri).unwrap_or_default(),
                kind: explore::node_kind(g[i].kind),
                degree: degree[i.index()],
            }
        })
        .collect();
    let max_weight = links.iter().map(|l| l.2).max().unwrap_or(1).max(1) as f64;
    let edges = links
        .iter()
        .map(|&(a, b, w)| {
            let (x1, y1) = pos[a];
            let (x2, y2) = pos[b];
            // Stop an arrow at the edge of its target's circle.
            let rb = 4.0 + 10.0 * (degree[b] as f64 / max_degree).sqrt();
            let d = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt().max(0.01);
            let (x2, y2) = if kind.is_directed() {
                (x2 - (x2 - x1) / d * rb, y2 - (y2 - y1) / d * rb)
            } else {
                (x2, y2)
            };
            EdgeView {
                x1: format!("{x1:.1}"),
                y1: format!("{y1:.1}"),
                x2: format!("{x2:.1}"),
                y2: format!("{y2:.1}"),
                width: format!("{:.1}", 1.0 + 4.0 * (w as f64 / max_weight)),
                title: format!(
                    "{} {} {}: {w}",
                    g[index[a]].label,
                    if kind.is_directed() { "→" } else { "–" },
                    g[index[b]].label
                ),
            }
        })
        .collect();
    html(NetworkPage {
        kind: kind.name(),
        kinds: ["quotes", "mentions", "offices"],
        description,
        min,
        top,
        width,
        height,
        directed: kind.is_directed(),
        total_nodes,
        nodes,
        edges,
    })
}

struct Cell {
    label: String,
    href: String,
}

#[derive(Template)]
#[template(path = "query.html")]
struct QueryPage {
    text: String,
    csv_href: String,
    json_href: String,
    examples: Vec<(&'static str, &'static str)>,
    error: Option<String>,
    boolean: Option<bool>,
    columns: Vec<String>,
    rows: Vec<Vec<Cell>>,
    truncated: bool,
    graph: String,
}

/// The most rows the query page shows (the download has them all).
const PAGE_ROWS: usize = 1000;

fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

pub(crate) async fn query(
    State(app): State<Arc<App>>,
    Query(params): Params,
) -> Result<Response, ServeError> {
    let example = match params.get("example") {
        Some(name) => Some(query::bundled(name).ok_or_else(|| {
            ServeError::NotFound(format!(
                "no bundled query called {name:?}; the examples are listed on /query"
            ))
        })?),
        None => None,
    };
    let text = match (params.get("query"), example) {
        (Some(q), _) => q.clone(),
        (None, Some(b)) => b.text.to_owned(),
        (None, None) => String::new(),
    };
    let mut page = QueryPage {
        csv_href: format!("/sparql?format=csv&query={}", encode(&text)),
        json_href: format!("/sparql?format=json&query={}", encode(&text)),
        examples: BUNDLED.iter().map(|b| (b.name, b.description())).collect(),
        error: None,
        boolean: None,
        columns: Vec::new(),
        rows: Vec::new(),
        truncated: false,
        graph: String::new(),
        text,
    };
    if params.contains_key("query") && !page.text.trim().is_empty() {
        let sparql = page.text.clone();
        let result = blocking(app, move |app| {
            query::run_with_limits(&app.store, &sparql, &[], app.options.limits)
                .map_err(ServeError::Query)
        })
        .await;
        match result {
            Err(e) => page.error = Some(e.to_string()),
            Ok(QueryOutput::Boolean(b)) => page.boolean = Some(b),
            Ok(QueryOutput::Solutions { variables, rows }) => {
                page.columns = variables.iter().map(|v| v.as_str().to_owned()).collect();
                page.truncated = rows.len() > PAGE_ROWS;
                page.rows = rows
                    .iter()
                    .take(PAGE_ROWS)
                    .map(|r| {
                        r.iter()
                            .map(|t| match t {
                                None => Cell {
                                    label: String::new(),
                                    href: String::new(),
                                },
                                Some(t) => Cell {
                                    label: query::display_term(t),
                                    href: match t {
                                        oxigraph::model::Term::NamedNode(n) => {
                                            explore::page_of(n.as_str()).unwrap_or_default()
                                        }
                                        _ => String::new(),
                                    },
                                },
                            })
                            .collect()
                    })
                    .collect();
            }
            Ok(QueryOutput::Graph(triples)) => {
                let quads = triples.into_iter().map(|t| {
                    oxigraph::model::Quad::new(
                        t.subject,
                        t.predicate,
                        t.object,
                        oxigraph::model::GraphName::DefaultGraph,
                    )
                });
                match crate::export::write_rdf(Vec::new(), crate::export::Format::Turtle, quads) {
                    Ok(bytes) => page.graph = String::from_utf8_lossy(&bytes).into_owned(),
                    Err(e) => page.error = Some(format!("cannot write the graph: {e}")),
                }
            }
        }
    }
    html(page)
}

const STYLE: &str = include_str!("assets/style.css");
const SCRIPT: &str = include_str!("assets/app.js");

pub(crate) async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
        .into_response()
}

pub(crate) async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        SCRIPT,
    )
        .into_response()
}

pub(crate) async fn not_found() -> Response {
    error_page(
        StatusCode::NOT_FOUND,
        "no page here: the explorer has /, /search, /person/…, /article/…, /country/…, /post/…, /network, /query and /sparql",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_table() {
        for (n, s) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (1234567, "1,234,567"),
        ] {
            assert_eq!(thousands(n), s);
        }
    }

    #[test]
    fn safe_url_table() {
        for (url, ok) in [
            ("https://www.bbc.co.uk/news/1", true),
            ("HTTP://example.org/", true),
            ("javascript:alert(1)", false),
            (" JavaScript:alert(1)", false),
            ("data:text/html,<script>", false),
            ("//evil.example/", false),
            ("", false),
        ] {
            assert_eq!(safe_url(url).is_some(), ok, "{url}");
        }
    }
}
