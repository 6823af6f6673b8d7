//! The explorer in a real browser: headless Chromium driven over WebDriver (chromedriver),
//! against `newsgraph serve` on the seed article and a hostile one.
//!
//! Screenshots of every page, for the README and `docs/`:
//! `NEWSGRAPH_SCREENSHOTS=docs/screenshots cargo test --release --test integration browser::screenshots -- --ignored`

use crate::serve::{store, Server};
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// chromedriver on a free port, stopped when dropped, with its and Chromium's scratch files in
/// a directory of its own (removed when dropped).
struct Driver {
    child: Child,
    url: String,
    scratch: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // chromedriver and the Chromium it started, even after a failed test: its group.
        #[cfg(unix)]
        // SAFETY: kill(2) on a process group this test started; no memory is involved.
        unsafe {
            libc::kill(-(self.child.id() as i32), libc::SIGKILL);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn find(names: &[&str]) -> Option<PathBuf> {
    names
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .or_else(|| {
            let path = std::env::var_os("PATH")?;
            std::env::split_paths(&path)
                .flat_map(|d| names.iter().map(move |n| d.join(n)))
                .find(|p| p.is_file())
        })
}

/// Starts chromedriver, or `None` with a printed reason when Chromium or its driver is not
/// installed (in CI, where `.ci/deps` installs them, their absence fails the test).
fn driver(test: &str) -> Option<(Driver, Option<PathBuf>)> {
    let chromedriver = find(&["/usr/bin/chromedriver", "chromedriver"]);
    let chromium = find(&[
        "/usr/lib/chromium/chromium",
        "/usr/bin/chromium",
        "chromium",
        "google-chrome",
    ]);
    let Some(chromedriver) = chromedriver.filter(|_| chromium.is_some()) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "{test}: chromium or chromedriver is missing; .ci/deps installs chromium and chromium-driver"
        );
        println!("skipping {test}: chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        return None;
    };
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let scratch = tempfile::tempdir().unwrap();
    let mut command = Command::new(chromedriver);
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let child = command
        .arg(format!("--port={port}"))
        .env("TMPDIR", scratch.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let url = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{test}: chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Some((
        Driver {
            child,
            url,
            scratch,
        },
        chromium.filter(|p| p.starts_with("/usr/lib")),
    ))
}

async fn browser(driver: &Driver, chromium: Option<&Path>) -> Client {
    let profile = format!(
        "--user-data-dir={}",
        driver.scratch.path().join("profile").display()
    );
    let mut options = serde_json::json!({
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--hide-scrollbars", profile]
    });
    if let Some(binary) = chromium {
        options["binary"] = serde_json::json!(binary.display().to_string());
    }
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".to_owned(), options);
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("a Chromium session")
}

/// Runs `body` with a browser and a server over the test store; skips without Chromium.
fn with_browser<F, Fut>(test: &str, body: F)
where
    F: FnOnce(Client, String) -> Fut,
    Fut: std::future::Future<Output = Client>,
{
    with_browser_on(test, store, body)
}

/// [`with_browser`] over the store that `store` makes.
fn with_browser_on<F, Fut>(test: &str, store: fn() -> (tempfile::TempDir, PathBuf), body: F)
where
    F: FnOnce(Client, String) -> Fut,
    Fut: std::future::Future<Output = Client>,
{
    let Some((driver, chromium)) = driver(test) else {
        return;
    };
    let (dir, _) = store();
    let server = Server::start(dir.path(), "db", &[]);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let client = browser(&driver, chromium.as_deref()).await;
        let client = body(client, server.base.clone()).await;
        client.close().await.unwrap();
    });
}

/// Waits until the browser is at `path` (after a click that navigates).
async fn arrive(c: &Client, path: &str) {
    arrive_where(c, |p, q| match q {
        Some(q) => path.strip_prefix(p).and_then(|rest| rest.strip_prefix('?')) == Some(q),
        None => p == path,
    })
    .await
}

/// Waits until the browser's path and query (without `?`) satisfy `here`, and its page has
/// loaded.
async fn arrive_where(c: &Client, here: impl Fn(&str, Option<&str>) -> bool) {
    let started = Instant::now();
    loop {
        let url = c.current_url().await.unwrap();
        if here(url.path(), url.query()) {
            let ready = c.execute("return document.readyState", vec![]).await;
            if matches!(ready, Ok(serde_json::Value::String(s)) if s == "complete") {
                return;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "still at {url} after 10 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn text_of(c: &Client, css: &str) -> String {
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .text()
        .await
        .unwrap()
}

#[test]
fn the_seed_article_shows_starmers_statement_at_its_offsets_and_links_to_his_office() {
    with_browser("browser::seed_article", |c, base| async move {
        c.goto(&format!("{base}/article/istanbul-talks.txt"))
            .await
            .unwrap();
        // The statement's pieces, in order, read as its words.
        let pieces = c
            .find_all(Locator::Css(r#".st[data-st="st-1735-1756"]"#))
            .await
            .unwrap();
        let mut words = String::new();
        for p in &pieces {
            words.push_str(&p.text().await.unwrap());
        }
        assert_eq!(words, "This is not optional,");
        let title = pieces[0].attr("title").await.unwrap().unwrap_or_default();
        assert_eq!(title, "Keir Starmer · direct · “told”");
        // At its offsets: the code points of the text before it number 1735.
        let before = c
            .execute(
                "const t = document.getElementById('text'); const r = document.createRange();
                 r.setStart(t, 0); r.setEndBefore(document.getElementById('st-1735-1756'));
                 return Array.from(r.toString()).length;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(before, serde_json::json!(1735));
        // Hovering it shows speaker, type and cue beside the text.
        pieces[0].clone().click().await.unwrap();
        let info = text_of(&c, "#st-info dl").await;
        assert!(info.contains("Speaker\nKeir Starmer"), "{info}");
        assert!(
            info.contains("Type\ndirect") && info.contains("Cue\ntold"),
            "{info}"
        );
        // His name links to his page, which shows his office.
        c.find(Locator::Css(r#"a.ent.person[href="/person/keir-starmer"]"#))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        arrive(&c, "/person/keir-starmer").await;
        assert_eq!(text_of(&c, "h1").await, "Keir Starmer");
        let offices = text_of(&c, "#offices").await;
        assert!(
            offices.contains("Prime Minister of the United Kingdom"),
            "{offices}"
        );
        // Back returns to the article.
        c.back().await.unwrap();
        arrive(&c, "/article/istanbul-talks.txt").await;
        c
    });
}

#[test]
fn the_search_box_suggests_as_you_type_and_opens_the_person() {
    with_browser("browser::search", |c, base| async move {
        c.goto(&format!("{base}/")).await.unwrap();
        c.find(Locator::Id("q"))
            .await
            .unwrap()
            .send_keys("Zelensky")
            .await
            .unwrap();
        // The suggestions for the whole word (not for a part typed before).
        let first = c
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(r#"#suggest[data-q="Zelensky"] a"#))
            .await
            .unwrap();
        let label = first.text().await.unwrap();
        assert!(label.starts_with("Volodymyr Zelensky"), "{label}");
        first.click().await.unwrap();
        arrive(&c, "/person/volodymyr-zelensky").await;
        assert_eq!(text_of(&c, "h1").await, "Volodymyr Zelensky");
        let offices = text_of(&c, "#offices").await;
        assert!(offices.contains("President of Ukraine"), "{offices}");
        // Submitting the form lists what matches, at a shareable address.
        c.goto(&format!("{base}/")).await.unwrap();
        let q = c.find(Locator::Id("q")).await.unwrap();
        q.send_keys("Putin\u{E007}").await.unwrap();
        arrive(&c, "/search?q=Putin").await;
        let hits = text_of(&c, "ul.hits").await;
        assert!(hits.contains("Vladimir Putin"), "{hits}");
        c
    });
}

#[test]
fn the_sparql_page_runs_a_query_and_shows_its_rows() {
    with_browser("browser::sparql", |c, base| async move {
        c.goto(&format!("{base}/query")).await.unwrap();
        let area = c.find(Locator::Id("sparql")).await.unwrap();
        area.send_keys(
            "SELECT ?name ?office WHERE { ?p org:holds ?post ; schema:name ?name . ?post rdfs:label ?office } ORDER BY ?name",
        )
        .await
        .unwrap();
        c.find(Locator::Id("run"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        // The form is sent by GET: wait for the page of its answer before reading it (reading
        // while the browser navigates is refused with "aborted by navigation").
        arrive_where(&c, |path, query| {
            path == "/query" && query.is_some_and(|q| q.starts_with("query="))
        })
        .await;
        let table = text_of(&c, "#results tbody").await;
        let rows: Vec<&str> = table.lines().collect();
        assert_eq!(
            rows,
            [
                "Anna Bell Prime Minister",
                "Donald Trump President of the United States",
                "Keir Starmer Prime Minister of the United Kingdom",
                "Oksana Markarova Ambassador of Ukraine to the United States",
                "Vladimir Putin President of Russia",
                "Volodymyr Zelensky President of Ukraine",
            ]
        );
        // A bundled example fills the box.
        c.find(Locator::LinkText("office_holders"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        arrive(&c, "/query?example=office_holders").await;
        let text = c
            .find(Locator::Id("sparql"))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default();
        assert!(
            text.contains("SELECT ?iso ?country ?office ?name"),
            "{text}"
        );
        c
    });
}

#[test]
fn the_hostile_article_shows_its_markup_as_text_and_runs_nothing() {
    with_browser("browser::hostile", |c, base| async move {
        c.goto(&format!("{base}/article/hostile")).await.unwrap();
        let h1 = text_of(&c, "h1").await;
        assert_eq!(
            h1,
            "<script>window.__pwned = 1</script> \"'><img src=x onerror=\"window.__pwned=2\">"
        );
        let text = text_of(&c, "#text").await;
        assert!(
            text.contains("\"<script>window.__pwned = 4</script> is not a policy.\""),
            "{text}"
        );
        assert!(
            text.contains("<img src=x onerror=alert(1)> and javascript:alert(5)"),
            "{text}"
        );
        let state = c
            .execute(
                "return [typeof window.__pwned, document.querySelectorAll('script').length,
                         document.querySelectorAll('img, svg:not(.network), [onerror], [onload]').length,
                         Array.from(document.querySelectorAll('a')).filter(a => !/^https?:/.test(a.href)).length];",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(state, serde_json::json!(["undefined", 1, 0, 0]));
        // The statement by the hostile article's speaker is shaded like any other.
        let speaker = c
            .find(Locator::Css(".st"))
            .await
            .unwrap()
            .attr("data-speaker")
            .await
            .unwrap();
        assert_eq!(speaker.as_deref(), Some("Anna Bell"));
        c
    });
}

#[test]
fn every_page_fits_a_phone_screen() {
    with_browser("browser::phone", |c, base| async move {
        c.set_window_size(390, 844).await.unwrap();
        for path in [
            "/",
            "/article/istanbul-talks.txt",
            "/person/keir-starmer",
            "/country/ua",
            "/post/prime-minister-gb",
            "/network?kind=mentions",
            "/query?example=office_holders",
            "/search?q=pres",
        ] {
            c.goto(&format!("{base}{path}")).await.unwrap();
            let widths = c
                .execute(
                    "return [document.documentElement.scrollWidth, window.innerWidth];",
                    vec![],
                )
                .await
                .unwrap();
            let (page, screen) = (widths[0].as_i64().unwrap(), widths[1].as_i64().unwrap());
            assert!(screen <= 390, "the window is {screen} px wide");
            assert!(
                page <= screen,
                "{path} is {page} px wide on a {screen} px screen"
            );
        }
        c
    });
}

/// A store of the articles in `examples/`, as the README's first command builds it.
fn examples() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let examples = crate::common::root().join("examples");
    crate::common::ok(&crate::common::newsgraph(
        dir.path(),
        &["build", examples.to_str().unwrap(), "--store", "db", "-q"],
    ));
    let db = dir.path().join("db");
    (dir, db)
}

/// Screenshots of each page into $NEWSGRAPH_SCREENSHOTS (see the module's documentation).
#[test]
#[ignore = "writes screenshots: run with NEWSGRAPH_SCREENSHOTS=DIR and --ignored"]
fn screenshots() {
    let Some(out) = std::env::var_os("NEWSGRAPH_SCREENSHOTS").map(PathBuf::from) else {
        println!("skipping browser::screenshots: set NEWSGRAPH_SCREENSHOTS to a directory");
        return;
    };
    let out = crate::common::root().join(out);
    std::fs::create_dir_all(&out).unwrap();
    with_browser_on("browser::screenshots", examples, |c, base| async move {
        c.set_window_size(1280, 1000).await.unwrap();
        for (name, path) in [
            ("home", "/"),
            ("article", "/article/istanbul-talks.txt"),
            ("person", "/person/keir-starmer"),
            ("country", "/country/ua"),
            ("post", "/post/prime-minister-gb"),
            ("network", "/network?kind=mentions"),
            ("query", "/query?query=SELECT%20%3Fname%20%3Foffice%20WHERE%20%7B%20%3Fp%20org%3Aholds%20%3Fpost%20%3B%20schema%3Aname%20%3Fname%20.%20%3Fpost%20rdfs%3Alabel%20%3Foffice%20%7D%20ORDER%20BY%20%3Fname"),
        ] {
            c.goto(&format!("{base}{path}")).await.unwrap();
            if name == "article" {
                // Starmer's statement focused, as a reader's pointer would.
                c.execute(
                    "document.getElementById('st-1735-1756').focus({preventScroll: true});",
                    vec![],
                )
                .await
                .unwrap();
            }
            let png = c.screenshot().await.unwrap();
            std::fs::write(out.join(format!("{name}.png")), png).unwrap();
        }
        c
    });
}
