//! Segmentation: paragraphs, quotations and sentences, as byte spans of the article text.
//!
//! Quotations are found first, per paragraph, so that sentences never break inside one:
//! `"Thursday. Personally." His statement…` is two sentences, not three.
//!
//! ```
//! use newsgraph::segment::Segments;
//! let text = "\"I will wait. Personally,\" he said. Then he left.\n\nA new paragraph.";
//! let seg = Segments::new(text);
//! assert_eq!(seg.paragraphs.len(), 2);
//! assert_eq!(seg.quotes[0].inner.of(text), "I will wait. Personally,");
//! let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.of(text)).collect();
//! assert_eq!(sentences, ["\"I will wait. Personally,\" he said.", "Then he left.", "A new paragraph."]);
//! ```

use crate::text::Word;
use regex::Regex;
use std::sync::LazyLock;

/// A byte range of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The text under the span.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Whether `pos` lies inside.
    pub fn contains(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }

    /// Whether `other` lies wholly inside.
    pub fn covers(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two share a byte.
    ///
    /// ```
    /// use newsgraph::segment::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 9)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 9)));
    /// ```
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The indexes of the spans of `sorted` that overlap this one, as a range: `sorted` is in
    /// text order with no two overlapping, so their ends are in order too and two binary
    /// searches find them (a scan per span would make a text of many spans quadratic).
    ///
    /// ```
    /// use newsgraph::segment::Span;
    /// let names = [Span::new(0, 4), Span::new(10, 14), Span::new(20, 24)];
    /// assert_eq!(Span::new(3, 12).overlapping(&names), 0..2);
    /// assert_eq!(Span::new(15, 19).overlapping(&names), 2..2);
    /// ```
    pub fn overlapping(&self, sorted: &[Span]) -> std::ops::Range<usize> {
        let from = sorted.partition_point(|x| x.end <= self.start);
        let to = sorted.partition_point(|x| x.start < self.end);
        from..to.max(from)
    }
}

/// A quotation: the marks and the words between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to after the closing mark (or the paragraph end when unclosed).
    pub outer: Span,
    /// The quoted words, without the marks.
    pub inner: Span,
    /// The paragraph it starts in.
    pub paragraph: usize,
    /// Whether a closing mark was found (an unclosed quote runs to its paragraph's end).
    pub closed: bool,
}

/// The segments of one article.
#[derive(Debug, Clone, Default)]
pub struct Segments<'a> {
    /// Blocks of text separated by blank lines.
    pub paragraphs: Vec<Span>,
    /// Quotations, in text order.
    pub quotes: Vec<Quote>,
    /// Sentences, in text order; each lies inside one paragraph.
    pub sentences: Vec<Span>,
    /// Transcript paragraphs that open with their speaker's label, in text order.
    pub labels: Vec<SpeakerLabel>,
    first_line: Option<Span>,
    headline: Option<Span>,
    words: Vec<Word<'a>>,
}

/// The longest sentence, in bytes. A longer run without a full stop (thousands of lines, a
/// page on one line) is cut at line breaks, else at spaces, into pieces of at most this size:
/// the extractors look at whole sentences, so an unbounded one would make their work
/// quadratic in the text's length.
pub const MAX_SENTENCE: usize = 8192;

/// Cuts sentences longer than [`MAX_SENTENCE`] (see there).
fn cap_sentences(text: &str, sentences: Vec<Span>) -> Vec<Span> {
    if sentences.iter().all(|s| s.end - s.start <= MAX_SENTENCE) {
        return sentences;
    }
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut start = s.start;
        while s.end - start > MAX_SENTENCE {
            let limit = crate::text::floor_char_boundary(text, start + MAX_SENTENCE);
            let window = &text[start..limit];
            // The last line break, else the last space, in the second half of the window.
            let cut = window
                .rfind('\n')
                .filter(|&i| i > MAX_SENTENCE / 2)
                .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
                .map_or(limit, |i| start + i);
            let piece = text[start..cut].trim_end();
            if !piece.is_empty() {
                out.push(Span::new(start, start + piece.len()));
            }
            start = (cut + text[cut..].len() - text[cut..].trim_start().len()).min(s.end);
        }
        if start < s.end {
            out.push(Span::new(start, s.end));
        }
    }
    out
}

const OPENERS: &[char] = &['“', '«', '„', '"'];

/// Every character `find_quotes` looks at.
const MARKS: &[char] = &['"', '“', '”', '«', '»', '„', '‘', '’', '\''];

/// Words ending in a full stop that do not end a sentence.
static ABBREVIATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?:^|[\s(])(?:
            (?:\p{Lu}\.)+\p{Lu}?\.? |                       # initials, U.S., U.N.
            (?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Inc|Ltd|Co|Corp|
               No|vs|v|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Pres|Gov|Atty|Supt|Maj|Adm)\.
        )$",
    )
    .expect("abbreviation regex compiles")
});

impl<'a> Segments<'a> {
    /// Segments `text`.
    pub fn new(text: &'a str) -> Self {
        let paragraphs = paragraphs(text);
        let mut quotes = Vec::new();
        for (i, p) in paragraphs.iter().enumerate() {
            let next_opens = paragraphs
                .get(i + 1)
                .is_some_and(|n| n.of(text).starts_with(OPENERS) || n.of(text).starts_with("''"));
            find_quotes(text, *p, i, next_opens, &mut quotes);
        }
        let mut sentences = Vec::new();
        let mut first = 0;
        for (pi, p) in paragraphs.iter().enumerate() {
            let n = quotes[first..]
                .iter()
                .take_while(|q| q.paragraph == pi)
                .count();
            split_sentences(text, *p, &quotes[first..first + n], &mut sentences);
            first += n;
        }
        let sentences = cap_sentences(text, sentences);
        let first_line = paragraphs
            .first()
            .copied()
            .filter(|p| paragraphs.len() > 1 && !p.of(text).trim_end().contains('\n'));
        let headline =
            first_line.filter(|p| !p.of(text).trim_end().ends_with(['.', '"', '”', ':']));
        let labels = speaker_labels(text, &paragraphs);
        Segments {
            paragraphs,
            quotes,
            sentences,
            labels,
            first_line,
            headline,
            words: crate::text::words(text, Span::new(0, text.len())),
        }
    }

    /// The words of the whole text, in order (see [`crate::text::words`]).
    pub fn words(&self) -> &[Word<'a>] {
        &self.words
    }

    /// The words inside `span`, a span that does not cut a word (a sentence, a paragraph), as
    /// [`crate::text::words`] finds them in `span` alone, without splitting the text again.
    ///
    /// ```
    /// use newsgraph::segment::Segments;
    /// let text = "He left. Jane Smith's car stayed.";
    /// let seg = Segments::new(text);
    /// let second = seg.words_in(seg.sentences[1]);
    /// let w: Vec<_> = second.iter().map(|w| (w.text, w.possessive, w.joined)).collect();
    /// assert_eq!(w, [("Jane", false, false), ("Smith", true, true), ("car", false, false), ("stayed", false, true)]);
    /// ```
    pub fn words_in(&self, span: Span) -> Vec<Word<'a>> {
        let from = self.words.partition_point(|w| w.span.start < span.start);
        let to = self.words.partition_point(|w| w.span.start < span.end);
        let mut out: Vec<Word<'a>> = Vec::with_capacity(to.saturating_sub(from));
        out.extend(
            self.words[from..to]
                .iter()
                .filter(|w| w.span.end <= span.end)
                .copied(),
        );
        if let Some(first) = out.first_mut() {
            first.joined = false;
        }
        out
    }

    /// The first paragraph when it is one line and more paragraphs follow: where a title
    /// stands.
    pub fn first_line(&self) -> Option<Span> {
        self.first_line
    }

    /// The headline: the [`first_line`](Self::first_line) when it does not end like a
    /// sentence.
    pub fn headline(&self) -> Option<Span> {
        self.headline
    }

    /// The quote whose inner span (or marks) contains `pos`.
    pub fn quote_at(&self, pos: usize) -> Option<&Quote> {
        let i = self.quotes.partition_point(|q| q.outer.end <= pos);
        self.quotes.get(i).filter(|q| q.outer.contains(pos))
    }

    /// Whether `pos` lies inside a quotation (marks included).
    pub fn in_quote(&self, pos: usize) -> bool {
        self.quote_at(pos).is_some()
    }

    /// The index of the sentence containing `pos` (the nearest before it between sentences).
    pub fn sentence_index(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= pos)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// The index of the paragraph containing `pos` (the nearest after it between paragraphs).
    pub fn paragraph_index(&self, pos: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end <= pos)
            .min(self.paragraphs.len().saturating_sub(1))
    }
}

fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, end));
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + content.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(Span::new(s, end));
    }
    out
}

fn closes(open: char, c: char) -> bool {
    match open {
        '“' => c == '”' || c == '"',
        '„' => c == '“' || c == '”',
        '«' => c == '»',
        '"' => c == '"' || c == '”',
        '‘' => c == '’',
        '\'' => c == '\'',
        _ => false,
    }
}

/// Finds the quotations of one paragraph. Double marks pair first; single marks (curly, or
/// ASCII `'` opening a word) pair at the top level, where a closing mark followed by a letter
/// is an apostrophe. Two ASCII apostrophes `''` are one double mark (typewriter style).
fn find_quotes(text: &str, para: Span, pi: usize, next_opens: bool, out: &mut Vec<Quote>) {
    let body = para.of(text);
    // The quotation marks only, as (byte offset in the paragraph, mark, byte length): `''`
    // becomes one `"`. Every rule below looks at marks and at the characters around them.
    let mut chars: Vec<(usize, char, usize)> = Vec::new();
    let mut skip_to = 0;
    for (i, m) in body.match_indices(MARKS) {
        if i < skip_to {
            continue;
        }
        if m == "'" && body[i + 1..].starts_with('\'') {
            skip_to = i + 2;
            chars.push((i, '"', 2));
        } else {
            chars.push((i, m.chars().next().expect("a mark"), m.len()));
        }
    }
    let mut open: Option<(usize, char, usize)> = None;
    let mut nested: Option<char> = None;
    for &(i, c, len) in &chars {
        if nested.is_some_and(|n| closes(n, c)) {
            nested = None;
            continue;
        }
        let prev = body[..i].chars().next_back();
        let next = body[i + len..].chars().next();
        // A closing mark typed as an opening one, right after the quotation's last word and its
        // stop: `“… for her here,“ said Jim Lee`.
        let c = if c == '“'
            && nested.is_none()
            && open.is_some_and(|(_, oc, _)| matches!(oc, '“' | '"'))
            && prev.is_some_and(|p| matches!(p, ',' | '.' | '!' | '?' | '…'))
            && next.is_none_or(char::is_whitespace)
        {
            '”'
        } else {
            c
        };
        let at_word_start = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p));
        // A mark that starts a word while a quotation is open opens a new one: newspapers
        // leave a quotation that runs into a new paragraph unclosed, and merged paragraphs
        // read `"First paragraph. "Second paragraph."`.
        let after_stop = || {
            body[..i]
                .trim_end()
                .ends_with(['.', '!', '?', '…', '—', ':', ';'])
        };
        let reopens = match (open, c) {
            (Some((_, '“' | '"', _)), '“') if nested.is_none() && after_stop() => true,
            (Some((_, '“' | '"', _)), '“') => {
                // `"He is “too loud” here"`: a quotation inside the quotation.
                nested = Some('“');
                continue;
            }
            (Some((_, '"' | '“', _)), '"') => {
                at_word_start
                    && prev.is_some()
                    && next.is_some_and(|n| n.is_alphanumeric() || n == '‘' || n == '\'')
            }
            _ => false,
        };
        if reopens {
            let (o, _, olen) = open.expect("a quotation is open");
            let start = para.start + o;
            let inner = Span::new(start + olen, para.start + i);
            let inner_end = inner.start + inner.of(text).trim_end().len();
            if inner.start < inner_end {
                out.push(Quote {
                    outer: Span::new(start, inner_end),
                    inner: Span::new(inner.start, inner_end),
                    paragraph: pi,
                    closed: false,
                });
            }
            open = Some((i, c, len));
            nested = None;
            continue;
        }
        match open {
            Some((o, oc, olen)) if closes(oc, c) => {
                let single = matches!(oc, '‘' | '\'');
                if single && next.is_some_and(char::is_alphanumeric) {
                    continue; // an apostrophe inside single quotes: "‘we’re’"
                }
                if oc == '\''
                    && (prev.is_some_and(char::is_whitespace)
                        || body[o + olen..i].chars().count() <= 1)
                {
                    continue; // "rock 'n' roll", "it 's": a letter or a space is no quotation
                }
                let start = para.start + o;
                let inner_start = start + olen;
                let end = para.start + i + len;
                if inner_start < para.start + i {
                    out.push(Quote {
                        outer: Span::new(start, end),
                        inner: Span::new(inner_start, para.start + i),
                        paragraph: pi,
                        closed: true,
                    });
                }
                open = None;
            }
            Some((_, oc, _)) if OPENERS.contains(&c) && matches!(oc, '‘' | '\'') => {
                // A double quote inside a single-quoted stretch: the single mark was an apostrophe.
                open = Some((i, c, len));
            }
            Some(_) => {}
            None => {
                let opens = OPENERS.contains(&c) && c != '"'
                    || c == '"' && next.is_some_and(|n| !n.is_whitespace())
                    || c == '‘' && at_word_start
                    || c == '\'' && at_word_start && next.is_some_and(char::is_alphabetic);
                // A closing mark typed for the opening one at a line start: `”Fear. I am …”`.
                let misturned = c == '”'
                    && prev.is_none_or(|p| p == '\n')
                    && next.is_some_and(char::is_alphanumeric);
                if opens {
                    open = Some((i, c, len));
                } else if misturned {
                    open = Some((i, '“', len));
                }
            }
        }
    }
    if let Some((o, oc, olen)) = open {
        // Unclosed: by newspaper convention a quote running on into the next paragraph is not
        // closed at the end of this one. Keep it when it opens the paragraph or the next
        // paragraph opens with a quotation mark.
        if (o == 0 || next_opens) && !matches!(oc, '‘' | '\'') {
            let start = para.start + o;
            out.push(Quote {
                outer: Span::new(start, para.end),
                inner: Span::new(start + olen, para.end),
                paragraph: pi,
                closed: false,
            });
        }
    }
}

fn split_sentences(text: &str, para: Span, quotes: &[Quote], out: &mut Vec<Span>) {
    let body = para.of(text);
    let mut start = para.start;
    let mut i = 0;
    while i < body.len() {
        let c = body[i..].chars().next().expect("i is on a char boundary");
        let abs = para.start + i;
        i += c.len_utf8();
        // A line that opens with a quotation mark starts a sentence (lists of quotes).
        if c == '\n'
            && abs > start
            && !quotes
                .iter()
                .any(|q| q.outer.start < abs && abs < q.outer.end)
        {
            let next = text[abs..para.end].trim_start();
            if next.starts_with(OPENERS) || next.starts_with(['‘', '\'']) {
                out.push(Span::new(start, abs));
                start = para.end - next.len();
                i = start - para.start;
            }
            continue;
        }
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Take closing marks that follow the stop (an opening one that closes a quotation:
        // `“Mostly false.“`).
        let mut end = para.start + i;
        while let Some(n) = text[end..para.end].chars().next() {
            if matches!(n, '"' | '”' | '’' | '»' | ')' | '\'')
                || n == '“' && quotes.iter().any(|q| q.outer.end == end + n.len_utf8())
            {
                end += n.len_utf8();
            } else {
                break;
            }
        }
        // Inside a quotation (and not at its end): no break.
        if quotes
            .iter()
            .any(|q| q.outer.start < abs && end < q.outer.end)
        {
            continue;
        }
        // The next word must start like a sentence.
        let rest = &text[end..para.end];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            continue;
        }
        let first = trimmed.chars().next().expect("non-empty");
        if !(first.is_uppercase()
            || first.is_ascii_digit()
            || OPENERS.contains(&first)
            || matches!(first, '‘' | '\''))
        {
            continue;
        }
        // After an abbreviation ("U.S. President", "Mr. Brown") the sentence goes on, unless a
        // quotation opens next.
        let quote_next = OPENERS.contains(&first) || matches!(first, '‘' | '\'');
        // (Nor when a quotation closes after it: '"… worse than Plan B." Taxes rose'.)
        let quote_closed = text[para.start + i..end].contains(['"', '”', '’', '\'']);
        if c == '.' && !quote_next && !quote_closed && ABBREVIATION.is_match(&text[start..abs + 1])
        {
            continue;
        }
        out.push(Span::new(start, end));
        start = end + (rest.len() - trimmed.len());
        i = start - para.start;
    }
    if start < para.end {
        out.push(Span::new(start, para.end));
    }
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^["“]?\s*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}):\s+(\S)"#)
        .expect("label regex compiles")
});

/// A paragraph of an interview transcript that opens with its speaker's name in capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeakerLabel {
    /// The paragraph's index.
    pub paragraph: usize,
    /// The name as written: "PENCE".
    pub label: Span,
    /// Where the words said start, after the colon.
    pub said: Span,
}

/// The transcript paragraphs of `text` ([`Segments::labels`]): `PENCE: Gennifer Flowers will
/// not be attending …`.
///
/// ```
/// use newsgraph::segment::Segments;
/// let text = "WALLACE: Will she be there?\n\nPENCE: “No.”";
/// let seg = Segments::new(text);
/// let labels: Vec<_> = seg
///     .labels
///     .iter()
///     .map(|l| (l.label.of(text), l.said.of(text)))
///     .collect();
/// assert_eq!(labels, [("WALLACE", "Will she be there?"), ("PENCE", "“No.”")]);
/// ```
fn speaker_labels(text: &str, paragraphs: &[Span]) -> Vec<SpeakerLabel> {
    paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let c = LABEL.captures(p.of(text))?;
            let name = c.get(1).expect("group");
            let said = c.get(2).expect("group");
            Some(SpeakerLabel {
                paragraph: i,
                label: Span::new(p.start + name.start(), p.start + name.end()),
                said: Span::new(p.start + said.start(), p.end),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        Segments::new(text)
            .sentences
            .iter()
            .map(|s| s.of(text))
            .collect()
    }

    #[test]
    fn sentence_table() {
        for (input, expected) in [
            ("He left. She stayed.", vec!["He left.", "She stayed."]),
            (
                "U.S. President Donald Trump spoke. Then",
                vec!["U.S. President Donald Trump spoke.", "Then"],
            ),
            (
                "Mr. Brown said no. Dr. Who agreed.",
                vec!["Mr. Brown said no.", "Dr. Who agreed."],
            ),
            (
                "“Wait. Personally.” His call.",
                vec!["“Wait. Personally.”", "His call."],
            ),
            (
                "It was “Mostly false.“ His call.",
                vec!["It was “Mostly false.“", "His call."],
            ),
            (
                "the U.S. and European allies. Trump's appeal",
                vec!["the U.S. and European allies.", "Trump's appeal"],
            ),
            (
                "It rose 2.5 percent. Next",
                vec!["It rose 2.5 percent.", "Next"],
            ),
            ("Is it? Yes! ok", vec!["Is it?", "Yes! ok"]),
            // A capital's full stop before a closing quotation mark ends the sentence.
            (
                "He said: \"It is worse than Plan B.\" Taxes rose.",
                vec!["He said: \"It is worse than Plan B.\"", "Taxes rose."],
            ),
            (
                "\"No,\" said Del. Ann Lee of Guam. Then",
                vec!["\"No,\" said Del. Ann Lee of Guam.", "Then"],
            ),
            (
                "a post on X. \"I will\"",
                vec!["a post on X.", "\"I will\""],
            ),
            // A case name: "Roe v. Wade".
            (
                "He would overturn Roe v. Wade, she said. Then",
                vec!["He would overturn Roe v. Wade, she said.", "Then"],
            ),
        ] {
            assert_eq!(sentences(input), expected, "{input}");
        }
    }

    #[test]
    fn quote_table() {
        for (input, expected) in [
            (
                "\"a b,\" he said. \"c d.\"",
                vec![("a b,", true), ("c d.", true)],
            ),
            (
                "“Ça va,” dit-il, « oui ».",
                vec![("Ça va,", true), (" oui ", true)],
            ),
            ("He said ‘we’re fine’ today", vec![("we’re fine", true)]),
            ("Trump’s and Jones’ cars", vec![]),
            (
                "“An unclosed quote runs on",
                vec![("An unclosed quote runs on", false)],
            ),
            ("an unclosed “quote later", vec![]),
            (
                "said: \"First part. \"Second part.\" Then",
                vec![("First part.", false), ("Second part.", true)],
            ),
            (
                "he said \"yes\" and \"no\" twice",
                vec![("yes", true), ("no", true)],
            ),
            // Typewriter double marks and ASCII single marks.
            (
                "''We will win,'' he said. ''Clinton's plan fails.''",
                vec![("We will win,", true), ("Clinton's plan fails.", true)],
            ),
            (
                "He called it 'a big mistake' and the students' union agreed",
                vec![("a big mistake", true)],
            ),
            ("rock 'n' roll in the '90s, don't", vec![]),
            (
                "\"It comes across as “too loud” or “shrill.”\" she said. \"Next. “Again.\"",
                vec![
                    ("It comes across as “too loud” or “shrill.”", true),
                    ("Next.", false),
                    ("Again.", true),
                ],
            ),
            (
                "”Fear. I am afraid.” ― Ana Ruiz",
                vec![("Fear. I am afraid.", true)],
            ),
            // ... and an opening mark typed for the closing one after the last word's stop.
            (
                "“It could hurt her here,“ said Jim Lee. “Yes.”",
                vec![("It could hurt her here,", true), ("Yes.", true)],
            ),
            (
                "''An unclosed typewriter quote",
                vec![("An unclosed typewriter quote", false)],
            ),
        ] {
            let seg = Segments::new(input);
            let got: Vec<(&str, bool)> = seg
                .quotes
                .iter()
                .map(|q| (q.inner.of(input), q.closed))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    #[test]
    fn paragraphs_skip_blank_lines_with_spaces() {
        let text = "Title\n \nFirst line\nsecond line\n\n\nLast  \n";
        let seg = Segments::new(text);
        let got: Vec<&str> = seg.paragraphs.iter().map(|p| p.of(text)).collect();
        assert_eq!(got, ["Title", "First line\nsecond line", "Last"]);
    }
}
