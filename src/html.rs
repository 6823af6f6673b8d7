//! HTML pages as articles: the body text and the page's metadata, with a real HTML parser
//! ([`scraper`], built on html5ever).
//!
//! The text is the article body: the first `<article>`, else `<main>`, else `<body>`, without
//! scripts, styles, navigation, headers, footers, asides, forms and comments, one paragraph per
//! block element (a `<br>` breaks the line), paragraphs separated by a blank line. The
//! headline (from `<h1>`, else the `og:title` meta, else `<title>`) is the first line,
//! followed by a blank line, so the text reads like a plain-text article and offsets refer
//! to it.
//!
//! ```
//! use newsgraph::html::from_html;
//! let page = r#"<html><head><title>Ignored</title>
//!   <meta property="article:published_time" content="2025-05-15">
//!   <meta property="og:site_name" content="The Daily">
//!   <link rel="canonical" href="https://example.com/talks"></head>
//!   <body><nav>Home | World</nav><article><h1>Peace talks</h1>
//!   <p>The talks <b>began</b>.</p><script>track()</script><p>They ended.</p></article></body></html>"#;
//! let (text, meta) = from_html(page);
//! assert_eq!(text, "Peace talks\n\nThe talks began.\n\nThey ended.");
//! assert_eq!(meta.title.as_deref(), Some("Peace talks"));
//! assert_eq!(meta.date.as_deref(), Some("2025-05-15"));
//! assert_eq!(meta.url.as_deref(), Some("https://example.com/talks"));
//! assert_eq!(meta.publisher.as_deref(), Some("The Daily"));
//! ```

use crate::read::Metadata;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

/// Elements whose content is not article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "iframe", "svg", "select", "textarea", "head", "title",
];

/// Elements that start a new paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
    "address",
    "hr",
];

/// Marks a `<br>` in a paragraph's text until whitespace is squeezed: it becomes a line break.
const BREAK: char = '\0';

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("built-in selector parses")
}

static ROOTS: LazyLock<[Selector; 3]> =
    LazyLock::new(|| [selector("article"), selector("main"), selector("body")]);
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static OG_TITLE: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"meta[property="og:title"], meta[name="og:title"]"#));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static PUBLISHED: LazyLock<Selector> = LazyLock::new(|| {
    selector(r#"meta[property="article:published_time"], meta[name="article:published_time"]"#)
});
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"script[type="application/ld+json"]"#));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector(r#"link[rel~="canonical"]"#));
static SITE_NAME: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"meta[property="og:site_name"], meta[name="og:site_name"]"#));

/// Collapses runs of whitespace to one space and trims.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_of(e: ElementRef<'_>) -> String {
    squeeze(&e.text().collect::<String>())
}

fn first_attr(doc: &Html, sel: &Selector, attr: &str) -> Option<String> {
    doc.select(sel)
        .filter_map(|e| e.value().attr(attr))
        .map(squeeze)
        .find(|v| !v.is_empty())
}

/// `datePublished` anywhere in a JSON-LD value (objects, arrays, `@graph`).
fn date_published(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Object(o) => o
            .get("datePublished")
            .and_then(|d| d.as_str())
            .map(str::to_owned)
            .or_else(|| o.values().find_map(date_published)),
        serde_json::Value::Array(a) => a.iter().find_map(date_published),
        _ => None,
    }
}

/// Paragraphs of text under `root` (a `<br>` breaks the line, not the paragraph), skipping
/// non-text elements and the `skip` element (the headline, written first). The tree is walked
/// with an explicit traversal, not recursion, so that deeply nested markup cannot exhaust the
/// stack.
fn paragraphs(root: ElementRef<'_>, skip: Option<ElementRef<'_>>, out: &mut Vec<String>) {
    // The element whose subtree is being skipped, if any.
    let mut skipping = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) if node.id() == root.id() => {}
            Edge::Close(node) if node.id() == root.id() => {}
            Edge::Open(_) if skipping.is_some() => {}
            Edge::Close(node) if skipping.is_some() => {
                if skipping == Some(node.id()) {
                    skipping = None;
                }
            }
            Edge::Open(node) => match node.value() {
                Node::Text(t) => {
                    let last = out.last_mut().expect("a paragraph is open");
                    last.push_str(&t.replace(BREAK, " "));
                }
                Node::Element(el) => {
                    let name = el.name();
                    if name == "br" {
                        out.last_mut().expect("a paragraph is open").push(BREAK);
                    } else if SKIP.contains(&name) || skip.is_some_and(|s| s.id() == node.id()) {
                        skipping = Some(node.id());
                    } else if BLOCK.contains(&name) {
                        out.push(String::new());
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if el.name() != "br" && BLOCK.contains(&el.name()) {
                        out.push(String::new());
                    }
                }
            }
        }
    }
}

/// The text and metadata of an HTML page (see the module documentation).
pub fn from_html(html: &str) -> (String, Metadata) {
    let doc = Html::parse_document(html);
    let h1 = doc
        .select(&H1)
        .find(|h| !text_of(*h).is_empty())
        .map(|h| (h, text_of(h)));
    let title = h1
        .as_ref()
        .map(|(_, t)| t.clone())
        .or_else(|| first_attr(&doc, &OG_TITLE, "content"))
        .or_else(|| doc.select(&TITLE).map(text_of).find(|t| !t.is_empty()));
    let date = first_attr(&doc, &PUBLISHED, "content")
        .or_else(|| first_attr(&doc, &TIME, "datetime"))
        .or_else(|| {
            doc.select(&JSON_LD).find_map(|s| {
                let json: serde_json::Value =
                    serde_json::from_str(&s.text().collect::<String>()).ok()?;
                date_published(&json)
            })
        });
    let meta = Metadata {
        title: title.clone(),
        date,
        url: first_attr(&doc, &CANONICAL, "href").filter(|u| crate::read::web_url(u).is_some()),
        publisher: first_attr(&doc, &SITE_NAME, "content"),
    };
    let root = ROOTS
        .iter()
        .find_map(|s| doc.select(s).next())
        .unwrap_or_else(|| doc.root_element());
    let mut blocks = vec![String::new()];
    paragraphs(root, h1.map(|(h, _)| h), &mut blocks);
    let mut text: Vec<String> = title.into_iter().collect();
    text.extend(
        blocks
            .iter()
            .map(|b| {
                let lines: Vec<String> = b.split(BREAK).map(squeeze).collect();
                lines
                    .into_iter()
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .filter(|b| !b.is_empty()),
    );
    (text.join("\n\n"), meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_table() {
        for (html, text) in [
            // <main> when there is no <article>; comments and asides dropped.
            (
                "<body><header>Site</header><main><p>One <!-- ad --> two.</p><aside>More</aside><div>Three<br>four</div></main><footer>(c)</footer></body>",
                "One two.\n\nThree\nfour",
            ),
            // Headline from og:title, then <title>; an <h1> outside the body root still counts.
            (
                r#"<head><meta property="og:title" content="Og title"><title>T</title></head><body><p>Text.</p></body>"#,
                "Og title\n\nText.",
            ),
            ("<head><title> A  title </title></head><body><p>Text.</p></body>", "A title\n\nText."),
            (
                "<body><header><h1>Head</h1></header><article><p>Body &amp; more.</p></article></body>",
                "Head\n\nBody & more.",
            ),
            ("<p>Just text.</p>", "Just text."),
        ] {
            assert_eq!(from_html(html).0, text, "{html}");
        }
    }

    #[test]
    fn date_table() {
        for (html, date) in [
            (
                r#"<meta property="article:published_time" content="2025-01-02T10:00:00Z"><time datetime="2024-01-01">x</time>"#,
                Some("2025-01-02T10:00:00Z"),
            ),
            (
                r#"<p><time datetime="2024-01-01">1 Jan</time></p>"#,
                Some("2024-01-01"),
            ),
            (
                r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-03-04"}]}</script>"#,
                Some("2023-03-04"),
            ),
            (
                r#"<script type="application/ld+json">not json</script>"#,
                None,
            ),
        ] {
            assert_eq!(from_html(html).1.date.as_deref(), date, "{html}");
        }
    }
}
