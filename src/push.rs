//! Push: graphs to any SPARQL 1.1 store over the Graph Store HTTP Protocol (GSP).
//!
//! Each article graph goes as `PUT ENDPOINT?graph=IRI`, which replaces the graph: a second push
//! duplicates nothing and a changed article replaces its graph. The shared entities graph is
//! merged with `POST`. Graphs go over a bounded number of connections at once ([`Pusher`]);
//! 5xx answers, 429 and network errors are retried with exponential backoff and jitter; any
//! other 4xx stops the push with the graph and the server's answer ([`PushError::Rejected`]).
//! Credentials come from the environment ([`Credentials::from_env`]); a server that asks for
//! HTTP Digest (Virtuoso's `/sparql-graph-crud-auth`) gets it.
//!
//! With a batch of N ([`Pusher::with_batch`]), N article graphs go in one request instead, as
//! one SPARQL 1.1 Update to the server's update endpoint ([`update_url`]): for each graph,
//! `DROP SILENT GRAPH <g>` then `INSERT DATA { GRAPH <g> { … } }`, so a graph is still replaced,
//! with a request per N graphs rather than per graph.
//!
//! ```
//! use newsgraph::push::{endpoint_url, EndpointStyle};
//! assert_eq!(
//!     endpoint_url("http://localhost:7878", EndpointStyle::Oxigraph, false).unwrap(),
//!     "http://localhost:7878/store"
//! );
//! assert_eq!(
//!     endpoint_url("http://localhost:8890/", EndpointStyle::Virtuoso, true).unwrap(),
//!     "http://localhost:8890/sparql-graph-crud-auth"
//! );
//! assert!(endpoint_url("localhost:7878", EndpointStyle::Direct, false).is_err());
//! ```

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// What went wrong in a push.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PushError {
    /// The address is no HTTP address.
    #[error("{url:?} is not an http:// or https:// address of a SPARQL store")]
    BadUrl {
        /// The address given.
        url: String,
    },
    /// A batched push needs the server's update endpoint, which a direct Graph Store
    /// address does not tell.
    #[error("--batch sends SPARQL updates, and the update endpoint of {url} is not known: give --endpoint-style (oxigraph, virtuoso, fuseki, graphdb) or --update-to URL")]
    NoUpdateEndpoint {
        /// The address given.
        url: String,
    },
    /// The server answered with an error that a retry does not mend (a 4xx).
    #[error("the server refused {graph}: {status} {reason}{body}{hint}")]
    Rejected {
        /// What was sent: `graph <IRI>`, or a batched update.
        graph: String,
        /// The HTTP status.
        status: u16,
        /// Its reason phrase.
        reason: String,
        /// The start of the server's answer, after ": ", or nothing.
        body: String,
        /// What to do about it, or nothing.
        hint: String,
    },
    /// No answer, or only 5xx answers, after every attempt.
    #[error("cannot send {graph} to {endpoint} after {attempts} attempts: {last}")]
    Unreachable {
        /// What was sent: `graph <IRI>`, or a batched update.
        graph: String,
        /// Where to.
        endpoint: String,
        /// How many times it was tried.
        attempts: u32,
        /// The last error.
        last: String,
    },
}

/// How a server spells its Graph Store endpoint, appended to the address given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointStyle {
    /// The address is the Graph Store endpoint itself.
    Direct,
    /// Oxigraph server: `/store`.
    Oxigraph,
    /// Virtuoso: `/sparql-graph-crud`, or `/sparql-graph-crud-auth` with credentials.
    Virtuoso,
    /// Apache Jena Fuseki, after the dataset's address (`http://host:3030/ds`): `/data`.
    Fuseki,
    /// GraphDB, after the repository's address (`http://host:7200/repositories/news`):
    /// `/rdf-graphs/service`.
    GraphDb,
}

/// The Graph Store endpoint for the address `to`, as `style` spells it; `authenticated`:
/// whether credentials will be sent (Virtuoso checks them on another path).
pub fn endpoint_url(
    to: &str,
    style: EndpointStyle,
    authenticated: bool,
) -> Result<String, PushError> {
    if !(to.starts_with("http://") || to.starts_with("https://")) || to.contains(['?', '#']) {
        return Err(PushError::BadUrl { url: to.to_owned() });
    }
    let base = to.trim_end_matches('/');
    let path = match style {
        EndpointStyle::Direct => "",
        EndpointStyle::Oxigraph => "/store",
        EndpointStyle::Virtuoso if authenticated => "/sparql-graph-crud-auth",
        EndpointStyle::Virtuoso => "/sparql-graph-crud",
        EndpointStyle::Fuseki => "/data",
        EndpointStyle::GraphDb => "/rdf-graphs/service",
    };
    Ok(format!("{base}{path}"))
}

/// The SPARQL 1.1 Update endpoint for the address `to`, as `style` spells it (for a batched
/// push): Oxigraph `/update`, Virtuoso `/sparql` (`/sparql-auth` with credentials), Fuseki
/// `/update` after the dataset, GraphDB `/statements` after the repository.
///
/// ```
/// use newsgraph::push::{update_url, EndpointStyle};
/// assert_eq!(
///     update_url("http://localhost:8890", EndpointStyle::Virtuoso, true).unwrap(),
///     "http://localhost:8890/sparql-auth"
/// );
/// assert!(update_url("http://localhost:7878/store", EndpointStyle::Direct, false).is_err());
/// ```
pub fn update_url(
    to: &str,
    style: EndpointStyle,
    authenticated: bool,
) -> Result<String, PushError> {
    endpoint_url(to, EndpointStyle::Direct, authenticated)?;
    let base = to.trim_end_matches('/');
    let path = match style {
        EndpointStyle::Direct => return Err(PushError::NoUpdateEndpoint { url: to.to_owned() }),
        EndpointStyle::Oxigraph | EndpointStyle::Fuseki => "/update",
        EndpointStyle::Virtuoso if authenticated => "/sparql-auth",
        EndpointStyle::Virtuoso => "/sparql",
        EndpointStyle::GraphDb => "/statements",
    };
    Ok(format!("{base}{path}"))
}

/// Who the pusher is to the server.
#[derive(Clone, Default)]
pub enum Credentials {
    /// Nobody.
    #[default]
    None,
    /// A user and password: sent with HTTP Basic, or Digest when the server asks for it.
    Password {
        /// The user.
        user: String,
        /// The password.
        password: String,
    },
    /// A bearer token.
    Token(String),
}

impl std::fmt::Debug for Credentials {
    /// Never the secrets.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::None => write!(f, "no credentials"),
            Credentials::Password { user, .. } => write!(f, "user {user:?} with a password"),
            Credentials::Token(_) => write!(f, "a bearer token"),
        }
    }
}

impl Credentials {
    /// From `NEWSGRAPH_PUSH_TOKEN`, else `NEWSGRAPH_PUSH_USER` and `NEWSGRAPH_PUSH_PASSWORD`.
    pub fn from_env() -> Self {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        if let Some(token) = var("NEWSGRAPH_PUSH_TOKEN") {
            return Credentials::Token(token);
        }
        match (var("NEWSGRAPH_PUSH_USER"), var("NEWSGRAPH_PUSH_PASSWORD")) {
            (Some(user), password) => Credentials::Password {
                user,
                password: password.unwrap_or_default(),
            },
            _ => Credentials::None,
        }
    }

    /// Whether there is anything to send.
    pub fn any(&self) -> bool {
        !matches!(self, Credentials::None)
    }

    /// The `Authorization` header of HTTP Basic or of a bearer token, if any.
    fn plain_header(&self) -> Option<String> {
        use base64::Engine as _;
        match self {
            Credentials::None => None,
            Credentials::Token(t) => Some(format!("Bearer {t}")),
            Credentials::Password { user, password } => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            )),
        }
    }
}

/// How hard to try.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts per graph, the first included.
    pub attempts: u32,
    /// The wait before the second attempt; each later wait doubles, plus up to as much again
    /// at random (jitter), so that parallel senders do not retry in step.
    pub first_wait: Duration,
    /// How long one request may take.
    pub timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 5,
            first_wait: Duration::from_millis(500),
            timeout: Duration::from_secs(60),
        }
    }
}

/// A replace (`PUT`) or a merge (`POST`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Replace the graph.
    Put,
    /// Add to the graph.
    Post,
    /// A SPARQL 1.1 Update to the update endpoint (a batch of graphs replaced).
    Update,
}

/// One Graph Store endpoint.
pub struct GraphStore {
    endpoint: String,
    update: Option<String>,
    agent: ureq::Agent,
    credentials: Credentials,
    policy: RetryPolicy,
    retries: AtomicU64,
    /// What the server asked for when first asked without credentials: [`UNKNOWN`],
    /// [`BASIC`] (then sent with every request) or [`DIGEST`] (a challenge per request).
    scheme: AtomicU8,
}

const UNKNOWN: u8 = 0;
const BASIC: u8 = 1;
const DIGEST: u8 = 2;

impl GraphStore {
    /// The store at `endpoint` (from [`endpoint_url`]).
    pub fn new(endpoint: String, credentials: Credentials, policy: RetryPolicy) -> Self {
        let agent = ureq::AgentBuilder::new()
            .timeout(policy.timeout)
            .user_agent(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
            .build();
        GraphStore {
            endpoint,
            update: None,
            agent,
            credentials,
            policy,
            retries: AtomicU64::new(0),
            scheme: AtomicU8::new(UNKNOWN),
        }
    }

    /// Sends updates ([`Method::Update`]) to `url` (from [`update_url`]).
    pub fn with_update_endpoint(mut self, url: String) -> Self {
        self.update = Some(url);
        self
    }

    /// Where a request of `method` goes.
    fn target(&self, method: Method) -> &str {
        match (method, &self.update) {
            (Method::Update, Some(u)) => u,
            _ => &self.endpoint,
        }
    }

    /// The endpoint.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// How many retries all sends so far took.
    pub fn retries(&self) -> u64 {
        self.retries.load(Ordering::Relaxed)
    }

    /// Sends `body` (N-Triples, sent as Turtle, which every store reads) to graph `graph`,
    /// retrying as the policy says.
    pub fn send(&self, method: Method, graph: &str, body: &[u8]) -> Result<(), PushError> {
        let mut last = String::new();
        for attempt in 0..self.policy.attempts {
            if attempt > 0 {
                self.retries.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(self.wait(attempt));
            }
            match self.once(method, graph, body) {
                Ok(()) => return Ok(()),
                Err(Failure::Final(e)) => return Err(e),
                Err(Failure::Again(why)) => last = why,
            }
        }
        Err(PushError::Unreachable {
            graph: described(method, graph),
            endpoint: self.target(method).to_owned(),
            attempts: self.policy.attempts,
            last,
        })
    }

    /// The wait before attempt `attempt` (from 1): doubling, with jitter.
    fn wait(&self, attempt: u32) -> Duration {
        let base = self.policy.first_wait * 2u32.saturating_pow(attempt - 1);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        base + base.mul_f64(f64::from(nanos % 1000) / 1000.0)
    }

    fn request(&self, method: Method, graph: &str, auth: Option<&str>) -> ureq::Request {
        let mut req = match method {
            Method::Put | Method::Post => self
                .agent
                .request(
                    if method == Method::Put { "PUT" } else { "POST" },
                    &self.endpoint,
                )
                .query("graph", graph)
                .set("Content-Type", "text/turtle; charset=utf-8"),
            Method::Update => self
                .agent
                .post(self.target(method))
                .set("Content-Type", "application/sparql-update; charset=utf-8"),
        };
        if let Some(a) = auth {
            req = req.set("Authorization", a);
        }
        req
    }

    /// The `Authorization` header for a request: a token or, for a password, what the server
    /// asks for. A password is not sent before the server asks, since a server that wants
    /// Digest (Virtuoso) refuses a Basic header without saying so; the challenge comes from a
    /// request without a body, so that a large graph is not sent only to be refused.
    fn authorization(
        &self,
        method: Method,
        graph: &str,
        body: &[u8],
    ) -> Result<Option<String>, Failure> {
        let Credentials::Password { .. } = &self.credentials else {
            return Ok(self.credentials.plain_header());
        };
        if self.scheme.load(Ordering::Relaxed) == BASIC {
            return Ok(self.credentials.plain_header());
        }
        let probe = match method {
            Method::Update => self.agent.get(self.target(method)).call(),
            _ => self.agent.get(&self.endpoint).query("graph", graph).call(),
        };
        match probe {
            Err(ureq::Error::Status(401, resp)) => {
                if let Some(h) = self.digest(method, graph, body, &resp) {
                    self.scheme.store(DIGEST, Ordering::Relaxed);
                    return Ok(Some(h));
                }
            }
            Err(ureq::Error::Transport(t)) => return Err(Failure::Again(t.to_string())),
            _ => {}
        }
        self.scheme.store(BASIC, Ordering::Relaxed);
        Ok(self.credentials.plain_header())
    }

    fn once(&self, method: Method, graph: &str, body: &[u8]) -> Result<(), Failure> {
        let header = self.authorization(method, graph, body)?;
        let answer = self
            .request(method, graph, header.as_deref())
            .send_bytes(body);
        match answer {
            Ok(_) => Ok(()),
            Err(ureq::Error::Status(status, resp)) if status >= 500 || status == 429 => {
                Err(Failure::Again(format!("{status} {}", resp.status_text())))
            }
            Err(ureq::Error::Status(status, resp)) => {
                let reason = resp.status_text().to_owned();
                let text = resp.into_string().unwrap_or_default();
                let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
                let excerpt: String = text.chars().take(300).collect();
                let hint = match status {
                    401 | 403 if !self.credentials.any() => {
                        " (give credentials in NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD, or NEWSGRAPH_PUSH_TOKEN)"
                    }
                    401 | 403 => " (check NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD, or NEWSGRAPH_PUSH_TOKEN)",
                    404 | 405 => " (is the address the store's Graph Store endpoint? see --endpoint-style)",
                    _ => "",
                };
                Err(Failure::Final(PushError::Rejected {
                    graph: described(method, graph),
                    status,
                    reason,
                    body: if excerpt.is_empty() {
                        String::new()
                    } else {
                        format!(": {excerpt}")
                    },
                    hint: hint.to_owned(),
                }))
            }
            Err(ureq::Error::Transport(t)) => Err(Failure::Again(t.to_string())),
        }
    }

    /// The Digest `Authorization` header for a 401 that asks for it, given a password.
    fn digest(
        &self,
        method: Method,
        graph: &str,
        body: &[u8],
        resp: &ureq::Response,
    ) -> Option<String> {
        let Credentials::Password { user, password } = &self.credentials else {
            return None;
        };
        let challenge = resp
            .all("WWW-Authenticate")
            .into_iter()
            .find(|h| h.trim_start().to_ascii_lowercase().starts_with("digest"))?;
        let mut prompt = digest_auth::parse(challenge).ok()?;
        let url = self.request(method, graph, None).request_url().ok()?;
        let uri = match url.as_url().query() {
            Some(q) => format!("{}?{q}", url.as_url().path()),
            None => url.as_url().path().to_owned(),
        };
        let verb = match method {
            Method::Put => digest_auth::HttpMethod::PUT,
            Method::Post | Method::Update => digest_auth::HttpMethod::POST,
        };
        let context = digest_auth::AuthContext::new_with_method(
            user.as_str(),
            password.as_str(),
            uri,
            Some(body),
            verb,
        );
        prompt.respond(&context).ok().map(|a| a.to_header_string())
    }
}

/// What a request sent, for messages: `graph <IRI>`, or a batch's own description.
fn described(method: Method, graph: &str) -> String {
    match method {
        Method::Update => graph.to_owned(),
        _ => format!("graph <{graph}>"),
    }
}

enum Failure {
    /// Worth another attempt.
    Again(String),
    /// Not.
    Final(PushError),
}

/// What a push sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Graphs sent.
    pub graphs: u64,
    /// Triples in them.
    pub triples: u64,
    /// Retries they took.
    pub retries: u64,
}

struct Job {
    method: Method,
    graph: String,
    body: Vec<u8>,
    graphs: u64,
    triples: u64,
}

/// Graphs gathered into one update.
#[derive(Default)]
struct Batch {
    update: String,
    first: String,
    graphs: u64,
    triples: u64,
}

struct Shared {
    store: GraphStore,
    /// Jobs queued, and jobs done (sent, failed or skipped).
    queued: AtomicU64,
    done: AtomicU64,
    failed: AtomicBool,
    error: Mutex<Option<PushError>>,
    graphs: AtomicU64,
    triples: AtomicU64,
}

/// Sends graphs over `jobs` connections at once; the first error stops it.
pub struct Pusher {
    batch: usize,
    pending: Mutex<Batch>,
    tx: Option<SyncSender<Job>>,
    workers: Vec<JoinHandle<()>>,
    shared: Arc<Shared>,
}

impl Pusher {
    /// A pusher to `store` with `jobs` connections (at least one).
    pub fn new(store: GraphStore, jobs: usize) -> Self {
        let jobs = jobs.max(1);
        let (tx, rx) = sync_channel::<Job>(jobs * 2);
        let rx = Arc::new(Mutex::new(rx));
        let shared = Arc::new(Shared {
            store,
            queued: AtomicU64::new(0),
            done: AtomicU64::new(0),
            failed: AtomicBool::new(false),
            error: Mutex::new(None),
            graphs: AtomicU64::new(0),
            triples: AtomicU64::new(0),
        });
        let workers = (0..jobs)
            .map(|_| {
                let (rx, shared) = (Arc::clone(&rx), Arc::clone(&shared));
                std::thread::spawn(move || work(&rx, &shared))
            })
            .collect();
        Pusher {
            batch: 1,
            pending: Mutex::new(Batch::default()),
            tx: Some(tx),
            workers,
            shared,
        }
    }

    /// Sends `n` graphs a request through [`Pusher::replace`], as SPARQL updates (the store
    /// needs an update endpoint: [`GraphStore::with_update_endpoint`]); 1 (the default) sends
    /// each graph as a Graph Store `PUT`.
    pub fn with_batch(mut self, n: usize) -> Self {
        self.batch = n.max(1);
        self
    }

    /// Queues graph `graph` with `body` (N-Triples holding `triples` triples); waits while
    /// every connection is busy. Fails once any send has failed, with that error.
    pub fn send(
        &self,
        method: Method,
        graph: &str,
        body: Vec<u8>,
        triples: u64,
    ) -> Result<(), PushError> {
        self.queue(Job {
            method,
            graph: graph.to_owned(),
            body,
            graphs: 1,
            triples,
        })
    }

    /// Replaces graph `graph` with `body` (N-Triples holding `triples` triples): a `PUT`, or
    /// a part of the next batched update.
    pub fn replace(&self, graph: &str, body: Vec<u8>, triples: u64) -> Result<(), PushError> {
        if self.batch <= 1 {
            return self.send(Method::Put, graph, body, triples);
        }
        let full = {
            let mut b = self.pending.lock().expect("batch lock");
            if b.graphs > 0 {
                b.update.push_str(" ;\n");
            } else {
                b.first = graph.to_owned();
            }
            b.update.push_str(&format!(
                "DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n"
            ));
            b.update.push_str(&String::from_utf8_lossy(&body));
            b.update.push_str("} }");
            b.graphs += 1;
            b.triples += triples;
            (b.graphs as usize >= self.batch).then(|| std::mem::take(&mut *b))
        };
        match full {
            Some(b) => self.flush(b),
            None => self.check(),
        }
    }

    fn flush(&self, b: Batch) -> Result<(), PushError> {
        if b.graphs == 0 {
            return Ok(());
        }
        let label = match b.graphs {
            1 => format!("graph <{}> (as an update)", b.first),
            n => format!("an update of {n} graphs, the first <{}>", b.first),
        };
        self.queue(Job {
            method: Method::Update,
            graph: label,
            body: b.update.into_bytes(),
            graphs: b.graphs,
            triples: b.triples,
        })
    }

    /// Sends what a batch holds, and waits until every request sent so far is answered (a
    /// store that locks graphs, such as Virtuoso, may refuse a large graph sent beside large
    /// updates).
    pub fn wait_idle(&self) -> Result<(), PushError> {
        let last = std::mem::take(&mut *self.pending.lock().expect("batch lock"));
        self.flush(last)?;
        while self.shared.done.load(Ordering::Acquire) < self.shared.queued.load(Ordering::Acquire)
        {
            std::thread::sleep(Duration::from_millis(5));
        }
        self.check()
    }

    fn queue(&self, job: Job) -> Result<(), PushError> {
        self.check()?;
        self.shared.queued.fetch_add(1, Ordering::AcqRel);
        let sent = self.tx.as_ref().map(|tx| tx.send(job));
        match sent {
            Some(Ok(())) => Ok(()),
            _ => self.check(),
        }
    }

    fn check(&self) -> Result<(), PushError> {
        if self.shared.failed.load(Ordering::Acquire) {
            if let Some(e) = self.shared.error.lock().expect("error lock").clone() {
                return Err(e);
            }
        }
        Ok(())
    }

    /// Graphs sent so far.
    pub fn sent(&self) -> u64 {
        self.shared.graphs.load(Ordering::Relaxed)
    }

    /// Waits for every queued graph, and says what was sent, or the first error.
    pub fn finish(mut self) -> Result<Summary, PushError> {
        let last = std::mem::take(&mut *self.pending.lock().expect("batch lock"));
        self.flush(last)?;
        drop(self.tx.take());
        for w in self.workers.drain(..) {
            w.join().expect("a push worker does not panic");
        }
        self.check()?;
        Ok(Summary {
            graphs: self.shared.graphs.load(Ordering::Relaxed),
            triples: self.shared.triples.load(Ordering::Relaxed),
            retries: self.shared.store.retries(),
        })
    }
}

fn work(rx: &Mutex<Receiver<Job>>, shared: &Shared) {
    loop {
        let job = match rx.lock().expect("queue lock").recv() {
            Ok(job) => job,
            Err(_) => return,
        };
        if shared.failed.load(Ordering::Acquire) {
            shared.done.fetch_add(1, Ordering::AcqRel);
            continue; // drain the queue without sending
        }
        match shared.store.send(job.method, &job.graph, &job.body) {
            Ok(()) => {
                shared.graphs.fetch_add(job.graphs, Ordering::Relaxed);
                shared.triples.fetch_add(job.triples, Ordering::Relaxed);
            }
            Err(e) => {
                let mut first = shared.error.lock().expect("error lock");
                if first.is_none() {
                    *first = Some(e);
                }
                shared.failed.store(true, Ordering::Release);
            }
        }
        shared.done.fetch_add(1, Ordering::AcqRel);
    }
}

/// N-Triples of `triples`, one a line, and how many.
pub fn ntriples<'a>(
    triples: impl IntoIterator<Item = oxigraph::model::TripleRef<'a>>,
) -> (Vec<u8>, u64) {
    use std::fmt::Write as _;
    let mut out = String::new();
    let mut n = 0;
    for t in triples {
        writeln!(out, "{t} .").expect("formatting into a String cannot fail");
        n += 1;
    }
    (out.into_bytes(), n)
}
