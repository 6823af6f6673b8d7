//! `newsgraph serve` over HTTP: the SPARQL 1.1 Protocol (formats, errors, the update refusal,
//! limits), the pages' status codes and escaping, and the store shared with other commands.

use crate::common::{fixture, newsgraph, ok, stderr};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A hostile article: markup, a `javascript:` address and quotes that would break attributes,
/// in its text, headline and URL.
pub const HOSTILE: &str = r#"{"id": "hostile", "title": "<script>window.__pwned = 1</script> \"'><img src=x onerror=\"window.__pwned=2\">", "url": "https://example.org/a?q=<b>&x=\"y\"", "source": "<b>Evil</b> Times", "text": "Prime Minister Anna Bell said: \"<script>window.__pwned = 4</script> is not a policy.\" Ms Bell added that <img src=x onerror=alert(1)> and javascript:alert(5) were \"'><svg onload=alert(6)>\".\n"}"#;

/// A running `newsgraph serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Serves `store` on a free port, with `extra` options.
    pub fn start(dir: &Path, store: &str, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["serve", "--store", store, "--bind", "127.0.0.1:0"])
            .args(extra)
            .current_dir(dir)
            .env_remove("NEWSGRAPH_STORE")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("newsgraph serve starts");
        let mut lines = BufReader::new(child.stderr.take().expect("stderr is piped")).lines();
        let line = lines
            .next()
            .expect("newsgraph serve prints where it listens")
            .expect("stderr is text");
        let base = line
            .split("at http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .map(|addr| format!("http://{addr}"))
            .unwrap_or_else(|| panic!("no address in {line:?}"));
        // Keep reading its stderr so that the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, base }
    }
}

/// A scratch directory with a store built from the seed article and the hostile one.
pub fn store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("istanbul-talks.txt"),
        dir.path().join("istanbul-talks.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join("hostile.jsonl"), HOSTILE).unwrap();
    // An id with a space and a percent sign, which its address encodes.
    std::fs::write(
        dir.path().join("a note 100%.txt"),
        "Nothing happened in Leeds.\n",
    )
    .unwrap();
    ok(&newsgraph(
        dir.path(),
        &[
            "build",
            "istanbul-talks.txt",
            "hostile.jsonl",
            "a note 100%.txt",
            "--store",
            "db",
            "-q",
        ],
    ));
    let db = dir.path().join("db");
    (dir, db)
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(30))
        .redirects(0)
        .build()
}

/// (status, content type, body) of a request, whatever the status.
fn answer(r: Result<ureq::Response, ureq::Error>) -> (u16, String, String) {
    let resp = match r {
        Ok(resp) => resp,
        Err(ureq::Error::Status(_, resp)) => resp,
        Err(e) => panic!("no answer: {e}"),
    };
    let status = resp.status();
    let ct = resp.header("content-type").unwrap_or_default().to_owned();
    (status, ct, resp.into_string().unwrap())
}

fn get(url: &str, accept: &str) -> (u16, String, String) {
    answer(agent().get(url).set("Accept", accept).call())
}

fn post(url: &str, content_type: &str, body: &str, accept: &str) -> (u16, String, String) {
    answer(
        agent()
            .post(url)
            .set("Content-Type", content_type)
            .set("Accept", accept)
            .send_string(body),
    )
}

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

const HOLDER: &str =
    "SELECT ?name WHERE { ?p org:holds post:prime-minister-gb ; schema:name ?name }";

#[test]
fn the_endpoint_answers_in_the_format_the_client_accepts() {
    let (dir, _) = store();
    let s = Server::start(dir.path(), "db", &[]);
    let url = format!("{}/sparql?query={}", s.base, enc(HOLDER));
    // (Accept, content type, body)
    let cases = [
        (
            "text/csv",
            "text/csv; charset=utf-8",
            "name\r\nKeir Starmer\r\n".to_owned(),
        ),
        (
            "text/tab-separated-values",
            "text/tab-separated-values; charset=utf-8",
            "?name\n\"Keir Starmer\"\n".to_owned(),
        ),
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
            r#"{"head":{"vars":["name"]},"results":{"bindings":[{"name":{"type":"literal","value":"Keir Starmer"}}]}}"#.to_owned(),
        ),
        (
            // The better quality wins over the order.
            "text/csv;q=0.2, application/sparql-results+xml",
            "application/sparql-results+xml",
            String::new(),
        ),
    ];
    for (accept, ct, body) in cases {
        let (status, got_ct, got) = get(&url, accept);
        assert_eq!((status, got_ct.as_str()), (200, ct), "{accept}: {got}");
        if body.is_empty() {
            assert!(got.contains("<literal>Keir Starmer</literal>"), "{got}");
        } else {
            assert_eq!(got, body, "{accept}");
        }
    }
    // POST as a form and as application/sparql-query give the same rows.
    let (status, _, body) = post(
        &format!("{}/sparql", s.base),
        "application/x-www-form-urlencoded",
        &format!("query={}", enc(HOLDER)),
        "text/csv",
    );
    assert_eq!((status, body.as_str()), (200, "name\r\nKeir Starmer\r\n"));
    let (status, _, body) = post(
        &format!("{}/sparql", s.base),
        "application/sparql-query",
        HOLDER,
        "text/csv",
    );
    assert_eq!((status, body.as_str()), (200, "name\r\nKeir Starmer\r\n"));
    // CONSTRUCT as N-Triples; ASK as JSON.
    let construct = "CONSTRUCT { ?p org:holds post:prime-minister-gb } WHERE { ?p org:holds post:prime-minister-gb }";
    let (status, ct, body) = get(
        &format!("{}/sparql?query={}", s.base, enc(construct)),
        "application/n-triples",
    );
    assert_eq!(
        (status, ct.as_str(), body.as_str()),
        (
            200,
            "application/n-triples",
            "<https://w3id.org/newsgraph/id/person/keir-starmer> <http://www.w3.org/ns/org#holds> <https://w3id.org/newsgraph/id/post/prime-minister-gb> .\n"
        )
    );
    let (status, _, body) = get(
        &format!(
            "{}/sparql?query={}",
            s.base,
            enc("ASK { ?p schema:name \"Keir Starmer\" }")
        ),
        "application/sparql-results+json",
    );
    assert_eq!(
        (status, body.as_str()),
        (200, r#"{"head":{},"boolean":true}"#)
    );
}

#[test]
fn the_endpoint_refuses_updates_bad_queries_and_oversized_answers() {
    let (dir, _) = store();
    let s = Server::start(
        dir.path(),
        "db",
        &["--limit-rows", "5", "--max-body", "2KB"],
    );
    let sparql = format!("{}/sparql", s.base);
    // (what, status, a part of the message)
    let update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
    let big = format!("query={}", "x".repeat(4000));
    let cases: Vec<(&str, (u16, String, String), u16, &str)> = vec![
        (
            "an update as application/sparql-update",
            post(&sparql, "application/sparql-update", update, "*/*"),
            403,
            "only read the store",
        ),
        (
            "an update as a form",
            post(
                &sparql,
                "application/x-www-form-urlencoded",
                &format!("update={}", enc(update)),
                "*/*",
            ),
            403,
            "only read the store",
        ),
        (
            "an update sent as a query",
            get(&format!("{sparql}?query={}", enc(update)), "*/*"),
            403,
            "only read the store",
        ),
        (
            "a syntax error",
            get(
                &format!("{sparql}?query={}", enc("SELECT ?x WHERE { ?x ")),
                "*/*",
            ),
            400,
            "does not parse",
        ),
        (
            "no query",
            get(&sparql, "application/sparql-results+json"),
            400,
            "no query",
        ),
        (
            "a body of an unknown type",
            post(&sparql, "text/plain", HOLDER, "*/*"),
            415,
            "application/sparql-query",
        ),
        (
            "more rows than --limit-rows",
            get(
                &format!("{sparql}?query={}", enc("SELECT * WHERE { ?s ?p ?o }")),
                "*/*",
            ),
            422,
            "more than 5 rows",
        ),
        (
            "an unknown format",
            get(
                &format!("{sparql}?format=yaml&query={}", enc(HOLDER)),
                "*/*",
            ),
            400,
            "format=\"yaml\" is not a format",
        ),
        (
            "a dataset in the request",
            get(
                &format!("{sparql}?default-graph-uri=urn%3Ax&query={}", enc(HOLDER)),
                "*/*",
            ),
            400,
            "default-graph-uri is not supported",
        ),
        (
            "a body over --max-body",
            post(&sparql, "application/x-www-form-urlencoded", &big, "*/*"),
            413,
            "",
        ),
    ];
    for (what, (status, ct, body), want, message) in cases {
        assert_eq!(status, want, "{what}: {body}");
        if want != 413 {
            assert_eq!(ct, "text/plain; charset=utf-8", "{what}");
        }
        assert!(body.contains(message), "{what}: {body}");
    }
    // The store is unchanged by the refused update.
    let (_, _, body) = get(
        &format!("{sparql}?query={}", enc("ASK { <urn:a> ?p ?o }")),
        "application/sparql-results+json",
    );
    assert_eq!(body, r#"{"head":{},"boolean":false}"#);
}

#[test]
fn pages_answer_with_their_status_and_escape_what_articles_say() {
    let (dir, _) = store();
    let s = Server::start(dir.path(), "db", &[]);
    // (path, status, a part of the page)
    let cases = [
        ("/", 200, "Keir Starmer"),
        (
            "/person/keir-starmer",
            200,
            "Prime Minister of the United Kingdom",
        ),
        ("/article/istanbul-talks.txt", 200, "This is not optional,"),
        (
            "/article/a%20note%20100%25.txt",
            200,
            "Nothing happened in Leeds.",
        ),
        ("/country/gb", 200, "Prime Minister of the United Kingdom"),
        ("/post/prime-minister-gb", 200, "Keir Starmer"),
        ("/network?kind=mentions", 200, "<svg"),
        (
            "/network?kind=nonsense",
            400,
            "choose quotes, mentions or offices",
        ),
        ("/query?example=office_holders", 200, "office_holders"),
        ("/search?q=zelensky", 200, "Volodymyr Zelensky"),
        ("/suggest?q=starm", 200, "\"href\":\"/person/keir-starmer\""),
        ("/person/nobody-at-all", 404, "no person"),
        ("/article/..%2F..%2Fetc%2Fpasswd", 404, "no article"),
        ("/nothing/here", 404, "no page here"),
    ];
    for (path, want, part) in cases {
        let (status, ct, body) = get(&format!("{}{path}", s.base), "text/html");
        assert_eq!(status, want, "{path}: {body}");
        assert!(body.contains(part), "{path} lacks {part:?}: {body}");
        if path != "/suggest?q=starm" {
            assert!(ct.starts_with("text/html"), "{path}: {ct}");
        }
    }
    // A path with dots, sent as it is (an HTTP client would resolve them), names no article.
    let mut raw = std::net::TcpStream::connect(s.base.trim_start_matches("http://")).unwrap();
    std::io::Write::write_all(
        &mut raw,
        b"GET /article/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .unwrap();
    let mut reply = String::new();
    std::io::Read::read_to_string(&mut raw, &mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 404"), "{reply}");
    assert!(
        reply.contains("the store has no article &#34;../../etc/passwd&#34;"),
        "{reply}"
    );
    // The hostile article's markup is text, its javascript: and quotes are inert.
    let (status, _, body) = get(&format!("{}/article/hostile", s.base), "text/html");
    assert_eq!(status, 200);
    for absent in [
        "<script>window",
        "<img src=x",
        "<svg onload",
        "\"'><",
        "<b>Evil",
    ] {
        assert!(!body.contains(absent), "{absent:?} is in the page: {body}");
    }
    assert!(
        body.contains("&#60;script&#62;window.__pwned = 4&#60;/script&#62;"),
        "{body}"
    );
    // The headline too, in the title and the heading.
    assert!(
        body.contains("<title>&#60;script&#62;window.__pwned = 1&#60;/script&#62;"),
        "{body}"
    );
    assert!(
        body.contains("<h1>&#60;script&#62;window.__pwned = 1&#60;/script&#62;"),
        "{body}"
    );
    assert_eq!(
        body.matches("<script").count(),
        1,
        "only the explorer's own script"
    );
    // Every answer forbids inline scripts.
    let resp = agent().get(&format!("{}/", s.base)).call().unwrap();
    let csp = resp.header("content-security-policy").unwrap_or_default();
    assert!(csp.contains("script-src 'self'"), "{csp}");
}

#[test]
fn the_store_stays_readable_beside_the_server_and_a_build_is_refused() {
    let (dir, _) = store();
    let _s = Server::start(dir.path(), "db", &[]);
    let out = newsgraph(
        dir.path(),
        &["query", "people", "--store", "db", "--format", "csv"],
    );
    assert!(ok(&out).contains("Keir Starmer"));
    let out = newsgraph(
        dir.path(),
        &["build", "istanbul-talks.txt", "--store", "db"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("the store db is in use by another newsgraph"),
        "{err}"
    );
}

#[test]
fn serve_says_what_to_do_when_the_store_or_the_port_is_wrong() {
    let (dir, _) = store();
    let out = newsgraph(dir.path(), &["serve", "--store", "missing.db"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.db"), "{}", stderr(&out));
    let s = Server::start(dir.path(), "db", &[]);
    let taken = s.base.trim_start_matches("http://").to_owned();
    // A second server may share the store, but not the port.
    let out = newsgraph(dir.path(), &["serve", "--store", "db", "--bind", &taken]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&format!("cannot listen on {taken}")),
        "{}",
        stderr(&out)
    );
}
