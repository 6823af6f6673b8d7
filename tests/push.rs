//! `newsgraph push`: against a small server of the test's own (retries, refusals, tokens) and
//! against a real Virtuoso 7 started for the test (what a push leaves in the store, a second
//! push, a changed article, a wrong password).

use crate::common::{fixture, newsgraph, ok, stderr};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One request as the test server saw it.
#[derive(Debug, Clone)]
struct Seen {
    line: String,
    authorization: Option<String>,
    body: String,
}

/// A server on a free port that answers each request with `answer(n, request)` (n counts
/// from 0), one request a connection, and keeps what it saw.
fn serve(
    answer: impl Fn(usize, &Seen) -> (u16, &'static str) + Send + 'static,
) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/store", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let kept = Arc::clone(&seen);
    std::thread::spawn(move || {
        for (n, stream) in listener.incoming().enumerate() {
            let Ok(mut stream) = stream else { return };
            let Some(request) = read_request(&stream) else {
                continue;
            };
            let (status, body) = answer(n, &request);
            kept.lock().unwrap().push(request);
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (url, seen)
}

fn read_request(stream: &TcpStream) -> Option<Seen> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let (mut length, mut authorization) = (0usize, None);
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().ok()?,
            "authorization" => authorization = Some(value.trim().to_owned()),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Seen {
        line: line.trim_end().to_owned(),
        authorization,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn push(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    cmd.arg("push")
        .args(args)
        .current_dir(fixture("identity"))
        .env_remove("NEWSGRAPH_PUSH_USER")
        .env_remove("NEWSGRAPH_PUSH_PASSWORD")
        .env_remove("NEWSGRAPH_PUSH_TOKEN");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn a_server_error_is_tried_again_until_it_passes() {
    // The first two requests fail with 503, the rest pass.
    let (url, seen) = serve(|n, _| if n < 2 { (503, "busy") } else { (201, "") });
    let out = push(&["kyiv.txt", "--to", &url, "--jobs", "1"], &[]);
    let summary = ok(&out);
    assert!(
        summary.starts_with(&format!("pushed 2 graphs (")) && summary.contains("; 2 retries"),
        "{summary}"
    );
    let seen = seen.lock().unwrap();
    let lines: Vec<&str> = seen.iter().map(|s| s.line.as_str()).collect();
    let article =
        "PUT /store?graph=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Farticle%2Fkyiv.txt HTTP/1.1";
    let entities =
        "POST /store?graph=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Fgraph%2Fentities HTTP/1.1";
    assert_eq!(lines, [article, article, article, entities]);
    // The body is the article's graph in N-Triples (no graph names), its entities apart.
    assert!(seen[2].body.contains("<http://schema.org/NewsArticle> ."));
    assert!(!seen[2].body.contains("<http://schema.org/name>"));
    assert!(seen[3].body.contains("<http://schema.org/name>"));
}

#[test]
fn a_refusal_stops_the_push_with_the_article_and_the_answer() {
    let (url, _) = serve(|_, _| (400, "Syntax error in the Turtle at line 3"));
    // One connection, so that the article goes first.
    let out = push(&["kyiv.txt", "--to", &url, "--jobs", "1"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim_end(),
        format!(
            "newsgraph: error: cannot push to {url}: the server refused graph \
             <https://w3id.org/newsgraph/id/article/kyiv.txt>: 400 X: Syntax error in the Turtle at line 3"
        )
    );
}

#[test]
fn no_answer_at_all_stops_after_the_attempts() {
    // A port nothing listens on.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/store");
    let out = push(
        &["kyiv.txt", "--to", &url, "--attempts", "2", "--jobs", "1"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "cannot send graph <https://w3id.org/newsgraph/id/article/kyiv.txt> to {url} after 2 attempts"
        )),
        "{err}"
    );
}

#[test]
fn a_token_goes_in_the_header_and_nowhere_else() {
    let (url, seen) = serve(|_, req| match req.authorization.as_deref() {
        Some("Bearer s3cret-token") => (204, ""),
        _ => (401, "who are you"),
    });
    let out = push(
        &["kyiv.txt", "--to", &url],
        &[("NEWSGRAPH_PUSH_TOKEN", "s3cret-token")],
    );
    let text = ok(&out) + &stderr(&out);
    assert!(!text.contains("s3cret"), "{text}");
    assert_eq!(seen.lock().unwrap().len(), 2);
    // Without it: the refusal, and what to set.
    let out = push(&["kyiv.txt", "--to", &url], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(
        "401 X: who are you (give credentials in NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD, or NEWSGRAPH_PUSH_TOKEN)"
    ));
}

#[test]
fn an_address_that_is_no_http_address_is_refused() {
    let out = push(&["kyiv.txt", "--to", "localhost:7878"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out)
        .contains("\"localhost:7878\" is not an http:// or https:// address of a SPARQL store"));
}

#[test]
fn a_batch_replaces_its_graphs_in_one_update_each() {
    let (url, seen) = serve(|_, _| (204, ""));
    let update = url.replace("/store", "/update");
    let out = push(
        &[
            "kyiv.txt",
            "talks.txt",
            "leeds.txt",
            "--to",
            &url,
            "--update-to",
            &update,
            "--batch",
            "2",
            "--jobs",
            "1",
        ],
        &[],
    );
    let summary = ok(&out);
    assert!(
        summary.starts_with(&format!(
            "pushed 5 graphs (" // 3 articles, entities, identity
        )) && summary.contains(&format!("to {update} (updates of 2 graphs) and {url}")),
        "{summary}"
    );
    let seen = seen.lock().unwrap();
    let lines: Vec<&str> = seen.iter().map(|s| s.line.as_str()).collect();
    let graph = |g: &str| format!("https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Fgraph%2F{g}");
    assert_eq!(
        lines,
        [
            "POST /update HTTP/1.1".to_owned(),
            "POST /update HTTP/1.1".to_owned(),
            format!("POST /store?graph={} HTTP/1.1", graph("entities")),
            format!("PUT /store?graph={} HTTP/1.1", graph("identity")),
        ]
    );
    // Each article graph: dropped, then inserted, in the order of the inputs.
    let article = |name: &str| format!("<https://w3id.org/newsgraph/id/article/{name}>");
    let ops: Vec<String> = seen[..2]
        .iter()
        .flat_map(|s| {
            s.body
                .lines()
                .filter(|l| !l.starts_with('<') && !l.starts_with('}'))
        })
        .map(str::to_owned)
        .collect();
    assert_eq!(
        ops,
        [
            format!("DROP SILENT GRAPH {} ;", article("kyiv.txt")),
            format!("INSERT DATA {{ GRAPH {} {{", article("kyiv.txt")),
            format!("DROP SILENT GRAPH {} ;", article("talks.txt")),
            format!("INSERT DATA {{ GRAPH {} {{", article("talks.txt")),
            format!("DROP SILENT GRAPH {} ;", article("leeds.txt")),
            format!("INSERT DATA {{ GRAPH {} {{", article("leeds.txt")),
        ]
    );
    assert!(seen[0].body.contains("<http://schema.org/NewsArticle> ."));
    // Without an update endpoint a batch cannot go.
    let out = push(&["kyiv.txt", "--to", &url, "--batch", "2"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("give --endpoint-style"),
        "{}",
        stderr(&out)
    );
}

/// A Virtuoso 7 server with a throwaway database on free ports, stopped when dropped.
struct Virtuoso {
    child: Child,
    http: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts Virtuoso, or `None` with a printed reason when it is not installed (in CI, where
/// `.ci/deps` installs it, its absence fails the test).
fn virtuoso(test: &str) -> Option<Virtuoso> {
    let binary = PathBuf::from("/usr/bin/virtuoso-t");
    if !binary.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{test}: virtuoso-t is missing; .ci/deps installs virtuoso-opensource"
        );
        println!(
            "skipping {test}: virtuoso-t is not installed (apt-get install virtuoso-opensource)"
        );
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let (sql, http) = (free_port(), free_port());
    let d = dir.path().display();
    std::fs::write(
        dir.path().join("virtuoso.ini"),
        format!(
            "[Database]\nDatabaseFile = {d}/v.db\nErrorLogFile = {d}/v.log\nLockFile = {d}/v.lck\n\
             TransactionFile = {d}/v.trx\nxa_persistent_file = {d}/v.pxa\nTempStorage = TempDatabase\n\
             [TempDatabase]\nDatabaseFile = {d}/v-temp.db\nTransactionFile = {d}/v-temp.trx\n\
             [Parameters]\nServerPort = 127.0.0.1:{sql}\nDisableUnixSocket = 1\nDirsAllowed = .\n\
             NumberOfBuffers = 10000\nMaxDirtyBuffers = 6000\n\
             [HTTPServer]\nServerPort = 127.0.0.1:{http}\nServerRoot = {d}\nServerThreads = 10\n\
             MaxClientConnections = 10\n"
        ),
    )
    .unwrap();
    let child = Command::new(binary)
        .args(["+configfile", "virtuoso.ini", "+foreground"])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let server = Virtuoso {
        child,
        http,
        _dir: dir,
    };
    let started = Instant::now();
    while sparql(http, "ASK {}").is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{test}: Virtuoso did not start in 60 s"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
    Some(server)
}

/// A query's CSV answer from Virtuoso's SPARQL endpoint, without its header line.
fn sparql(port: u16, query: &str) -> Option<Vec<String>> {
    let agent = ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(20))
        .build();
    let resp = agent
        .get(&format!("http://127.0.0.1:{port}/sparql"))
        .query("query", query)
        .set("Accept", "text/csv")
        .call()
        .ok()?;
    let text = resp.into_string().ok()?;
    Some(text.lines().skip(1).map(str::to_owned).collect())
}

/// (graph, triples) of newsgraph's graphs in Virtuoso, sorted.
fn graphs(port: u16) -> Vec<String> {
    sparql(
        port,
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
         FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/\")) } GROUP BY ?g ORDER BY ?g",
    )
    .unwrap()
}

/// (graph, triples) of `extract` over `dir`, the way `graphs` counts them.
fn extracted(dir: &Path) -> Vec<String> {
    let nq = ok(&newsgraph(dir, &["extract", ".", "--format", "nquads"]));
    let quads: std::collections::BTreeSet<&str> = nq.lines().collect();
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    for q in quads {
        let graph = q.trim_end_matches(" .").rsplit(' ').next().unwrap();
        *counts
            .entry(graph.trim_matches(['<', '>']).to_owned())
            .or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(g, n)| format!("\"{g}\",{n}"))
        .collect()
}

#[test]
fn virtuoso_holds_what_was_pushed_once_after_two_pushes_and_the_new_article_after_a_change() {
    let Some(v) = virtuoso("virtuoso_holds_what_was_pushed") else {
        return;
    };
    let corpus = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir(fixture("identity")).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, corpus.path().join(f.file_name().unwrap())).unwrap();
    }
    let to = format!("http://127.0.0.1:{}", v.http);
    let creds = [
        ("NEWSGRAPH_PUSH_USER", "dba"),
        ("NEWSGRAPH_PUSH_PASSWORD", "dba"),
    ];
    let run = |env: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
        cmd.args([
            "push",
            ".",
            "--to",
            &to,
            "--endpoint-style",
            "virtuoso",
            "-q",
        ])
        .current_dir(corpus.path());
        for (k, val) in env {
            cmd.env(k, val);
        }
        cmd.output().unwrap()
    };
    ok(&run(&creds));
    let want = extracted(corpus.path());
    assert_eq!(want.len(), 12, "{want:?}"); // 10 articles, entities, identity
    assert_eq!(graphs(v.http), want);
    // Again: nothing doubled.
    ok(&run(&creds));
    assert_eq!(graphs(v.http), want);
    // A changed article replaces its graph.
    std::fs::write(
        corpus.path().join("kyiv.txt"),
        "Talks end\n\n\"We will meet again,\" Foreign Minister Dmytro Kuleba said in Kyiv.\n",
    )
    .unwrap();
    ok(&run(&creds));
    let kyiv = "https://w3id.org/newsgraph/id/article/kyiv.txt";
    let text = sparql(
        v.http,
        &format!("SELECT ?t WHERE {{ GRAPH <{kyiv}> {{ ?q <http://schema.org/text> ?t }} }}"),
    )
    .unwrap();
    assert_eq!(text, ["\"We will meet again,\""]);
    let now = extracted(corpus.path());
    let article_rows = |rows: &[String]| -> Vec<String> {
        rows.iter()
            .filter(|r| r.contains("/article/"))
            .cloned()
            .collect()
    };
    assert_eq!(article_rows(&graphs(v.http)), article_rows(&now));
    // Batched as SPARQL updates: the same graphs, and a changed article replaced.
    std::fs::write(
        corpus.path().join("kyiv.txt"),
        "Talks end\n\n\"We will meet again soon,\" Foreign Minister Dmytro Kuleba said.\n",
    )
    .unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    cmd.args(["push", ".", "--to", &to, "--endpoint-style", "virtuoso"])
        .args(["--batch", "3", "-q"])
        .current_dir(corpus.path());
    for (k, val) in creds {
        cmd.env(k, val);
    }
    ok(&cmd.output().unwrap());
    let text = sparql(
        v.http,
        &format!("SELECT ?t WHERE {{ GRAPH <{kyiv}> {{ ?q <http://schema.org/text> ?t }} }}"),
    )
    .unwrap();
    assert_eq!(text, ["\"We will meet again soon,\""]);
    let now = extracted(corpus.path());
    assert_eq!(article_rows(&graphs(v.http)), article_rows(&now));
    assert_eq!(graphs(v.http).len(), now.len());
    // A wrong password stops with the server's refusal.
    let out = run(&[
        ("NEWSGRAPH_PUSH_USER", "dba"),
        ("NEWSGRAPH_PUSH_PASSWORD", "not-the-password"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("401 Unauthorized (check NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD"),
        "{err}"
    );
    assert!(!err.contains("not-the-password"));
}
