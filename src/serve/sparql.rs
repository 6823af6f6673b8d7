//! The W3C SPARQL 1.1 Protocol at `/sparql`, read-only: queries by GET (`?query=`), by POST
//! as a form (`query=`) or as `application/sparql-query`; results in the format the `Accept`
//! header (or a `format` parameter) asks for. An update is refused with 403; a query over the
//! time limit gets 503, over the row limit 422; `default-graph-uri` and `named-graph-uri` are
//! refused (the default graph is the union of the article graphs).

use super::{App, ServeError};
use crate::export::Format;
use crate::query::{self, QueryError, QueryOutput, ResultFormat};
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Arc;

/// What a response is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// SELECT and ASK results.
    Results(ResultFormat),
    /// CONSTRUCT and DESCRIBE results.
    Graph(Format),
}

/// The media types of results, and the `format` parameter's short names.
const RESULT_TYPES: &[(&str, &str, ResultFormat)] = &[
    (
        "application/sparql-results+json",
        "json",
        ResultFormat::Json,
    ),
    ("application/json", "json", ResultFormat::Json),
    ("application/sparql-results+xml", "xml", ResultFormat::Xml),
    ("application/xml", "xml", ResultFormat::Xml),
    ("text/csv", "csv", ResultFormat::Csv),
    ("text/tab-separated-values", "tsv", ResultFormat::Tsv),
];

const GRAPH_TYPES: &[(&str, &str, Format)] = &[
    ("text/turtle", "turtle", Format::Turtle),
    ("application/n-triples", "ntriples", Format::NTriples),
    ("application/ld+json", "jsonld", Format::JsonLd),
    ("application/rdf+xml", "rdfxml", Format::RdfXml),
];

/// The formats `accept` (an `Accept` header) and `format` (a parameter, which wins) ask for,
/// for solutions and for graphs: the first type of the highest quality that is known, else
/// JSON and Turtle.
///
/// ```
/// use newsgraph::serve::sparql::{negotiate, Answer};
/// use newsgraph::query::ResultFormat;
/// use newsgraph::export::Format;
/// let (r, g) = negotiate(Some("text/csv;q=0.5, application/sparql-results+xml"), None);
/// assert_eq!((r, g), (Answer::Results(ResultFormat::Xml), Answer::Graph(Format::Turtle)));
/// let (r, _) = negotiate(Some("*/*"), Some("tsv"));
/// assert_eq!(r, Answer::Results(ResultFormat::Tsv));
/// ```
pub fn negotiate(accept: Option<&str>, format: Option<&str>) -> (Answer, Answer) {
    let mut results = Answer::Results(ResultFormat::Json);
    let mut graph = Answer::Graph(Format::Turtle);
    if let Some(f) = format {
        let f = f.trim().to_ascii_lowercase();
        if let Some((_, _, r)) = RESULT_TYPES.iter().find(|(m, n, _)| *n == f || *m == f) {
            results = Answer::Results(*r);
        }
        if let Some((_, _, g)) = GRAPH_TYPES.iter().find(|(m, n, _)| *n == f || *m == f) {
            graph = Answer::Graph(*g);
        }
        return (results, graph);
    }
    let Some(accept) = accept else {
        return (results, graph);
    };
    let mut asked: Vec<(f32, usize, String)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';');
            let media = bits.next()?.trim().to_ascii_lowercase();
            let q = bits
                .filter_map(|b| b.trim().strip_prefix("q="))
                .find_map(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, i, media))
        })
        .collect();
    asked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    if let Some((_, _, r)) = asked
        .iter()
        .find_map(|(_, _, m)| RESULT_TYPES.iter().find(|(t, _, _)| t == m))
    {
        results = Answer::Results(*r);
    }
    if let Some((_, _, g)) = asked
        .iter()
        .find_map(|(_, _, m)| GRAPH_TYPES.iter().find(|(t, _, _)| t == m))
    {
        graph = Answer::Graph(*g);
    }
    (results, graph)
}

fn content_type(answer: Answer) -> &'static str {
    match answer {
        Answer::Results(ResultFormat::Xml) => "application/sparql-results+xml",
        Answer::Results(ResultFormat::Csv) => "text/csv; charset=utf-8",
        Answer::Results(ResultFormat::Tsv) => "text/tab-separated-values; charset=utf-8",
        Answer::Results(_) => "application/sparql-results+json",
        Answer::Graph(Format::NTriples) => "application/n-triples",
        Answer::Graph(Format::JsonLd) => "application/ld+json",
        Answer::Graph(Format::RdfXml) => "application/rdf+xml",
        Answer::Graph(_) => "text/turtle; charset=utf-8",
    }
}

/// A refusal or failure, as the protocol answers it: a status and a one-line message.
pub(crate) fn error_response(e: &ServeError) -> Response {
    let status = match e {
        ServeError::Query(QueryError::Update(_)) => StatusCode::FORBIDDEN,
        ServeError::Query(QueryError::Timeout(_)) => StatusCode::SERVICE_UNAVAILABLE,
        // The same query would give as many rows again: no use retrying.
        ServeError::Query(QueryError::TooManyRows(_)) => StatusCode::UNPROCESSABLE_ENTITY,
        ServeError::Query(
            QueryError::Syntax(_)
            | QueryError::Service(_)
            | QueryError::TooDeep(_)
            | QueryError::Parameter { .. },
        )
        | ServeError::BadRequest(_) => StatusCode::BAD_REQUEST,
        ServeError::NotFound(_) => StatusCode::NOT_FOUND,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{e}\n"),
    )
        .into_response()
}

/// Runs `sparql` and writes the answer.
fn answer(
    app: &App,
    sparql: &str,
    accept: Option<&str>,
    format: Option<&str>,
) -> Result<Response, ServeError> {
    if let Some(f) = format {
        let f = f.trim().to_ascii_lowercase();
        let known = RESULT_TYPES.iter().any(|(m, n, _)| *n == f || *m == f)
            || GRAPH_TYPES.iter().any(|(m, n, _)| *n == f || *m == f);
        if !known {
            return Err(ServeError::BadRequest(format!(
                "format={f:?} is not a format of the endpoint: json, xml, csv, tsv (SELECT, ASK), turtle, ntriples, jsonld, rdfxml (CONSTRUCT, DESCRIBE)"
            )));
        }
    }
    let output = query::run_with_limits(&app.store, sparql, &[], app.options.limits)
        .map_err(ServeError::Query)?;
    let (results, graph) = negotiate(accept, format);
    let (answer, body) = match (&output, results, graph) {
        (QueryOutput::Graph(triples), _, Answer::Graph(f)) => {
            let quads = triples.iter().cloned().map(|t| {
                oxigraph::model::Quad::new(
                    t.subject,
                    t.predicate,
                    t.object,
                    oxigraph::model::GraphName::DefaultGraph,
                )
            });
            let body = crate::export::write_rdf(Vec::new(), f, quads)
                .map_err(|e| ServeError::Query(QueryError::Io(e)))?;
            (graph, body)
        }
        (_, Answer::Results(f), _) => {
            let body = query::write_results(&output, f, Vec::new()).map_err(ServeError::Query)?;
            (results, body)
        }
        _ => unreachable!("negotiate gives results and graph formats"),
    };
    Ok(([(header::CONTENT_TYPE, content_type(answer))], body).into_response())
}

/// The protocol's dataset parameters, which the endpoint does not take: its default graph is
/// always the union of the article graphs (GRAPH in the query names one).
fn dataset_refusal(params: &HashMap<String, String>) -> Option<Response> {
    ["default-graph-uri", "named-graph-uri"]
        .into_iter()
        .find(|p| params.contains_key(*p))
        .map(|p| {
            error_response(&ServeError::BadRequest(format!(
                "{p} is not supported: the default graph is the union of the article graphs; name one with GRAPH <…> in the query"
            )))
        })
}

fn refuse_update() -> Response {
    error_response(&ServeError::Query(QueryError::Update(
        "a SPARQL update".to_owned(),
    )))
}

fn run(
    app: Arc<App>,
    sparql: String,
    headers: &HeaderMap,
    format: Option<String>,
) -> impl std::future::Future<Output = Response> {
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    async move {
        match super::blocking(app, move |app| {
            answer(app, &sparql, accept.as_deref(), format.as_deref())
        })
        .await
        {
            Ok(r) => r,
            Err(e) => error_response(&e),
        }
    }
}

/// GET /sparql?query=…
pub(crate) async fn get(
    State(app): State<Arc<App>>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if params.contains_key("update") {
        return refuse_update();
    }
    if let Some(refusal) = dataset_refusal(&params) {
        return refusal;
    }
    match params.get("query") {
        Some(q) => run(app, q.clone(), &headers, params.get("format").cloned()).await,
        None => {
            let html = headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|a| a.contains("text/html"));
            if html {
                axum::response::Redirect::to("/query").into_response()
            } else {
                error_response(&ServeError::BadRequest(
                    "no query: send ?query=SPARQL (GET), or POST it as a form or as application/sparql-query".into(),
                ))
            }
        }
    }
}

/// POST /sparql: a form (`query=` or `update=`), `application/sparql-query` or
/// `application/sparql-update`.
pub(crate) async fn post(
    State(app): State<Arc<App>>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let media = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let format = params.get("format").cloned();
    if let Some(refusal) = dataset_refusal(&params) {
        return refusal;
    }
    match media.as_str() {
        "application/sparql-update" => refuse_update(),
        "application/sparql-query" => match String::from_utf8(body.to_vec()) {
            Ok(q) => run(app, q, &headers, format).await,
            Err(_) => error_response(&ServeError::BadRequest("the query is not UTF-8".into())),
        },
        "application/x-www-form-urlencoded" => {
            let form: HashMap<String, String> = match form_fields(&body) {
                Some(f) => f,
                None => {
                    return error_response(&ServeError::BadRequest(
                        "the form does not parse as application/x-www-form-urlencoded".into(),
                    ))
                }
            };
            if form.contains_key("update") {
                return refuse_update();
            }
            if let Some(refusal) = dataset_refusal(&form) {
                return refusal;
            }
            match form.get("query") {
                Some(q) => {
                    let format = form.get("format").cloned().or(format);
                    run(app, q.clone(), &headers, format).await
                }
                None => error_response(&ServeError::BadRequest(
                    "the form has no query= field".into(),
                )),
            }
        }
        other => (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!(
                "a POST to /sparql is application/x-www-form-urlencoded (query=…) or application/sparql-query, not {:?}\n",
                other
            ),
        )
            .into_response(),
    }
}

/// A form body's fields (the last of each name wins).
fn form_fields(body: &[u8]) -> Option<HashMap<String, String>> {
    std::str::from_utf8(body).ok()?;
    Some(
        form_urlencoded::parse(body)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
    )
}
