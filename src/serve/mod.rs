//! `newsgraph serve`: a read-only web explorer and a SPARQL 1.1 Protocol endpoint over one
//! open store.
//!
//! Pages are rendered on the server from auto-escaping templates (askama); the one script and
//! the one style sheet are in the binary, so the explorer works offline. Every page reads the
//! store with SPARQL through [`crate::query`], as `newsgraph query` does; what does not change
//! while the store is open (the home page's lists, the names of the search box, the networks)
//! is read once and kept, and so are the names of things and the identity graph, so that each
//! page's queries are plain lookups.
//!
//! The store is opened read-only ([`NewsStore::open_existing`]): `query` and `export` work
//! beside a running server, and a `build` is refused with a message until the server stops.
//!
//! ```no_run
//! use newsgraph::serve::{router, ServeOptions};
//! use newsgraph::store::NewsStore;
//! let store = NewsStore::open_existing(std::path::Path::new("newsgraph.db"))?;
//! let app = router(store, ServeOptions::default());
//! let rt = tokio::runtime::Runtime::new()?;
//! rt.block_on(async {
//!     let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//!     axum::serve(listener, app).await
//! })?;
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

pub mod explore;
pub mod highlight;
pub mod layout;
mod pages;
pub mod search;
pub mod sparql;

use crate::analyse::{Network, NetworkKind};
use crate::query::{QueryError, RunLimits};
use crate::store::{NewsStore, StoreError};
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// An error of the server.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// A query failed or was refused.
    #[error("{0}")]
    Query(QueryError),
    /// The store failed.
    #[error("{0}")]
    Store(StoreError),
    /// No such person, article, country or post.
    #[error("{0}")]
    NotFound(String),
    /// A request the server cannot answer.
    #[error("{0}")]
    BadRequest(String),
    /// A template failed.
    #[error("cannot render the page: {0}")]
    Render(#[from] askama::Error),
    /// A worker failed.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<QueryError> for ServeError {
    fn from(e: QueryError) -> Self {
        ServeError::Query(e)
    }
}

/// How the server answers.
#[derive(Debug, Clone, Copy)]
pub struct ServeOptions {
    /// Limits on each `/sparql` and query-page query.
    pub limits: RunLimits,
    /// The largest request body (a POSTed query), in bytes.
    pub max_body: usize,
}

impl Default for ServeOptions {
    /// Queries stop after 10 s or 10,000 rows; bodies up to 1 MB.
    fn default() -> Self {
        ServeOptions {
            limits: RunLimits {
                timeout: Some(Duration::from_secs(10)),
                max_rows: Some(10_000),
            },
            max_body: 1 << 20,
        }
    }
}

/// The server's state: the open store and what is read once.
pub(crate) struct App {
    pub(crate) store: NewsStore,
    pub(crate) options: ServeOptions,
    corpus: OnceLock<Arc<explore::Corpus>>,
    home: OnceLock<Arc<explore::Home>>,
    index: OnceLock<Arc<search::SearchIndex>>,
    networks: [OnceLock<Arc<Network>>; 3],
}

impl App {
    /// The names and the identity graph, read on first use.
    pub(crate) fn corpus(&self) -> Result<Arc<explore::Corpus>, ServeError> {
        cached(&self.corpus, || explore::Corpus::load(&self.store))
    }

    /// The home page's data, read on first use.
    pub(crate) fn home(&self) -> Result<Arc<explore::Home>, ServeError> {
        let corpus = self.corpus()?;
        cached(&self.home, || explore::home(&self.store, &corpus))
    }

    /// The search box's names, read on first use.
    pub(crate) fn index(&self) -> Result<Arc<search::SearchIndex>, ServeError> {
        cached(&self.index, || search::SearchIndex::load(&self.store))
    }

    /// A network of the store, read on first use.
    pub(crate) fn network(&self, kind: NetworkKind) -> Result<Arc<Network>, ServeError> {
        let slot = match kind {
            NetworkKind::Quotes => &self.networks[0],
            NetworkKind::Mentions => &self.networks[1],
            NetworkKind::Offices => &self.networks[2],
        };
        cached(slot, || {
            Network::load(&self.store, kind).map_err(|e| ServeError::Internal(e.to_string()))
        })
    }

    /// Reads everything kept, so that the first visitors do not wait for it.
    fn warm(&self) {
        let _ = self.home();
        let _ = self.index();
        for kind in [
            NetworkKind::Quotes,
            NetworkKind::Mentions,
            NetworkKind::Offices,
        ] {
            let _ = self.network(kind);
        }
    }
}

fn cached<T>(
    slot: &OnceLock<Arc<T>>,
    read: impl FnOnce() -> Result<T, ServeError>,
) -> Result<Arc<T>, ServeError> {
    if let Some(v) = slot.get() {
        return Ok(v.clone());
    }
    let v = Arc::new(read()?);
    Ok(slot.get_or_init(|| v).clone())
}

/// Runs `f` on the store off the async workers (queries block).
pub(crate) async fn blocking<T: Send + 'static>(
    app: Arc<App>,
    f: impl FnOnce(&App) -> Result<T, ServeError> + Send + 'static,
) -> Result<T, ServeError> {
    tokio::task::spawn_blocking(move || f(&app))
        .await
        .map_err(|e| ServeError::Internal(e.to_string()))?
}

/// The routes of the explorer and the endpoint over `store`. Starts reading what pages keep
/// (names, the identity graph, the home page, the search names, the networks) in the
/// background.
pub fn router(store: NewsStore, options: ServeOptions) -> Router {
    let app = Arc::new(App {
        store,
        options,
        corpus: OnceLock::new(),
        home: OnceLock::new(),
        index: OnceLock::new(),
        networks: Default::default(),
    });
    let warm = app.clone();
    std::thread::spawn(move || warm.warm());
    Router::new()
        .route("/", get(pages::home))
        .route("/search", get(pages::search))
        .route("/suggest", get(pages::suggest))
        .route("/person/{id}", get(pages::person))
        .route("/country/{id}", get(pages::country))
        .route("/post/{id}", get(pages::post))
        .route("/article/{*id}", get(pages::article))
        .route("/network", get(pages::network))
        .route("/query", get(pages::query))
        .route("/sparql", get(sparql::get).post(sparql::post))
        .route("/assets/style.css", get(pages::style))
        .route("/assets/app.js", get(pages::script))
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(options.max_body))
        .layer(axum::middleware::map_response(secure))
        .with_state(app)
}

/// Headers on every answer: no script but the explorer's own, no framing, no type sniffing.
async fn secure(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

impl IntoResponse for ServeError {
    fn into_response(self) -> Response {
        let status = match &self {
            ServeError::NotFound(_) => StatusCode::NOT_FOUND,
            ServeError::BadRequest(_) => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        pages::error_page(status, &self.to_string())
    }
}
