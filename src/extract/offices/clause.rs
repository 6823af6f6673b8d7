//! The posts clauses tell of people: "As home secretary he …", "When he was home secretary",
//! "Blair was prime minister", "Tom Hale, who was home secretary,", "was appointed home
//! secretary", "Named home secretary in 2001, Mr Hale …", "served as home secretary", "quit as
//! home secretary", "is to step down as chancellor" and "Before becoming home secretary, he …".

use super::{country_after, inside_name, phrase, ranked, RANKS};
use crate::gazetteer::{gazetteer, Title, TitleKind};
use crate::segment::Span;
use crate::text::Word;

/// A post a clause tells of someone: "As home secretary he …", "when he was home secretary",
/// "Blair was prime minister".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClausePost {
    /// Where the words that name the holder start (a pronoun or a name).
    pub holder_at: usize,
    /// The title.
    pub title: Title,
    /// The title's words.
    pub span: Span,
    /// Whether the post was left: "was", "had been", "served", "quit as"; not "was appointed",
    /// "has served".
    pub former: bool,
}

/// The title of words starting at `ws[i]`, a rank before it included ("deputy prime
/// minister", "senior law lord"), as (words, title); the longest.
fn title_at(ws: &[Word<'_>], i: usize) -> Option<(usize, Title)> {
    let g = gazetteer();
    let rank = ws
        .get(i)
        .is_some_and(|w| RANKS.contains(&w.text.to_lowercase().as_str()));
    let found = |i: usize| {
        (1..=g.max_title_words().min(ws.len().saturating_sub(i)))
            .rev()
            .find_map(|k| Some((k, g.title(&phrase(&ws[i..i + k])?)?)))
    };
    // (A rank is no post: "the England captain".)
    let found = |i: usize| found(i).filter(|(_, t)| t.kind != TitleKind::Rank);
    match found(i) {
        Some(t) => Some(t),
        None if rank && ws.get(i + 1).is_some_and(|w| w.joined) => {
            let (k, t) = found(i + 1)?;
            Some((k + 1, ranked(ws[i].text, t)?))
        }
        None => None,
    }
}

/// The posts that clauses tell of people, in `ws` (the words of an article, outside
/// quotations as the caller picks): "As [the] TITLE[,] he/NAME …" (the post the subject
/// holds, `former` when its verb is in the past; a phrase of time or place may come before
/// the comma: "As foreign secretary in 1974, he …"), "When/While [the] TITLE, he/NAME …"
/// (`former` when the verb is in the past) and "he/NAME was/is/became [the] TITLE" (a copula: `former` when past; also after
/// "NAME, who", and "was appointed/named/elected TITLE", held since), "Named/Appointed TITLE
/// …, NAME" (held since), "NAME served as TITLE", "After serving as TITLE, he …" (left; "has
/// served" still held), "quit as TITLE" (left), "is to step down as TITLE" (held) and
/// "Before/After becoming TITLE, HOLDER …" (held), with
/// the holder's words a pronoun or a capitalised word. A title followed by a name ("was home
/// secretary Jack Straw's deputy") is that name's, not the subject's; a president named,
/// served or described in a relative clause is a company's unless a country follows.
///
/// ```
/// use newsgraph::extract::offices::clause_posts;
/// use newsgraph::text::words;
/// use newsgraph::segment::Span;
/// let text = "When he was home secretary, crime fell. As foreign minister she travels.";
/// let ws = words(text, Span::new(0, text.len()));
/// let got: Vec<(&str, String, bool)> = clause_posts(text, &ws)
///     .iter()
///     .map(|p| (&text[p.holder_at..p.holder_at + 2], p.title.role.clone(), p.former))
///     .collect();
/// assert_eq!(got, [("he", "Home Secretary".to_owned(), true), ("sh", "Foreign Minister".to_owned(), false)]);
/// ```
pub fn clause_posts(text: &str, ws: &[Word<'_>]) -> Vec<ClausePost> {
    // After the title: not a name of its own, nor the start of another title's phrase.
    let ends = |j: usize| {
        ws.get(j).is_none_or(|n| {
            !(n.joined && (n.is_capitalized() || matches!(n.text, "of" | "for" | "to")))
        }) && !ws[j - 1].possessive
    };
    // (And a state's body and "first" or "new" after it: "the assembly's first health
    // minister", "the new home secretary"; not a company's: "the firm's new president".)
    let skip_the = |mut i: usize| {
        if ws
            .get(i)
            .is_some_and(|w| w.joined && w.text.eq_ignore_ascii_case("the"))
        {
            i += 1;
            // (The word after a possessive is not `joined`: "'s" stands between.)
            let mut body = false;
            if ws.get(i).is_some_and(|w| {
                w.joined
                    && w.possessive
                    && matches!(
                        w.text,
                        "assembly"
                            | "parliament"
                            | "government"
                            | "country"
                            | "nation"
                            | "executive"
                            | "cabinet"
                            | "administration"
                    )
            }) {
                i += 1;
                body = true;
            }
            if ws.get(i).is_some_and(|w| {
                (w.joined || body)
                    && matches!(w.text, "first" | "new" | "current" | "last" | "only")
            }) {
                i += 1;
            }
        }
        i
    };
    // The title's first word follows the word before it with nothing between, or a body's
    // possessive skipped ("the assembly's health minister").
    let joined = |t: usize| ws[t].joined || t > 0 && ws[t - 1].possessive;
    // "an MP" after a post to be left ("He is to stand down as an MP").
    let skip_article = |i: usize| {
        let i = skip_the(i);
        if ws
            .get(i)
            .is_some_and(|w| w.joined && matches!(w.text, "a" | "an"))
        {
            i + 1
        } else {
            i
        }
    };
    // The words of the title of `k` words at `ws[t]`.
    let title_span = |t: usize, k: usize| Span::new(ws[t].span.start, ws[t + k - 1].span.end);
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        match w.text {
            "As" | "as" => {
                // "He is to stand down as an MP", "Ann Whitby will quit as minister": a post
                // still held.
                if let Some(h) = post_to_leave(ws, i).filter(|_| w.joined) {
                    let t = skip_article(i + 1);
                    if let Some((k, title)) = title_at(ws, t).filter(|_| joined(t)) {
                        out.push(ClausePost {
                            holder_at: h.span.start,
                            title,
                            span: title_span(t, k),
                            former: false,
                        });
                    }
                    continue;
                }
                // "Ann Whitby served as home secretary", "Tom Hale, who served as an MP,",
                // "After serving as a junior minister in the Attlee government, he became …".
                if let Some(served) = served_as(text, ws, i).filter(|_| w.joined) {
                    let t = skip_article(i + 1);
                    let Some((k, title)) = title_at(ws, t).filter(|_| joined(t)) else {
                        continue;
                    };
                    // "served as home secretary Jack Straw's deputy": the name's post.
                    if ws[t + k - 1].possessive
                        || ws
                            .get(t + k)
                            .is_some_and(|n| n.joined && n.is_capitalized())
                    {
                        continue;
                    }
                    // "served as president of the club", "as a minister in the church": whose
                    // post it is, when no country; a president is a company's unless so.
                    let of = ws
                        .get(t + k)
                        .filter(|w| w.joined && matches!(w.text, "of" | "at" | "with" | "in"));
                    // (Not a country's adjective inside a body's name: "president of the
                    // Costa Rican Coffee Institute".)
                    let country = of.and_then(|_| {
                        let c = skip_the(t + k + 1);
                        country_after(ws, c).filter(|&(n, _)| !inside_name(ws, c, n))
                    });
                    // ("… in the Attlee government" is the state's.)
                    let government = of.is_some_and(|w| w.text == "in")
                        && ws[t + k + 1..(t + k + 6).min(ws.len())].iter().any(|w| {
                            matches!(
                                w.text,
                                "government" | "cabinet" | "Cabinet" | "administration"
                            )
                        });
                    if country.is_none()
                        && (of.is_some() && !government || title.kind == TitleKind::HeadOfState)
                    {
                        continue;
                    }
                    let holder = served
                        .holder
                        .or_else(|| holder_after_comma(text, ws, t + k))
                        .or_else(|| after_phrase(text, ws, t + k));
                    if let Some(h) = holder {
                        out.push(ClausePost {
                            holder_at: h.span.start,
                            title,
                            span: title_span(t, k),
                            former: served.former,
                        });
                    }
                    continue;
                }
                // "Clarke's first day as home secretary", "Ann Lee's years as senator", "Tom
                // Hale's appointment as a minister": the possessive's post, left unless its
                // first days or an appointment.
                if let Some((h, former)) = tenure(text, ws, i).filter(|_| w.joined) {
                    let t = skip_article(i + 1);
                    if let Some((k, title)) = title_at(ws, t).filter(|_| joined(t)) {
                        if ends(t + k) {
                            out.push(ClausePost {
                                holder_at: h.span.start,
                                title,
                                span: title_span(t, k),
                                former,
                            });
                        }
                    }
                    continue;
                }
                // ("As an MSP, Mr Hale signed …": an article too.)
                let t = skip_article(i + 1);
                let Some((k, title)) = title_at(ws, t).filter(|_| joined(t)) else {
                    continue;
                };
                if ws[t + k - 1].possessive {
                    continue;
                }
                let span = title_span(t, k);
                // "… of Tony Blair as prime minister.": the name just before holds it, when the
                // title ends the clause.
                let closes = |end: usize| {
                    let rest = text[end..].trim_start();
                    rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')', '"', '”'])
                };
                // "Mr Blunkett quit as home secretary", "he resigned as minister", "Tom Hale,
                // who has resigned as minister,": a post left.
                if let Some(h) = left_post(text, ws, i).filter(|_| w.joined) {
                    out.push(ClausePost {
                        holder_at: h.span.start,
                        title,
                        span,
                        former: true,
                    });
                    continue;
                }
                if let Some(before) = i.checked_sub(1).map(|b| &ws[b]) {
                    if w.joined && before.is_capitalized() && closes(span.end) {
                        out.push(ClausePost {
                            holder_at: before.span.start,
                            title,
                            span,
                            former: false,
                        });
                        continue;
                    }
                }
                // "As home secretary(,) he …", in one clause, perhaps with a phrase of time or
                // place and a comma between ("As foreign secretary in the early 1970s, Lord
                // Hale …"); "as" opens the clause ("She retired after serving as home
                // secretary, Tom Hale said" is not Hale's post).
                let opens = i == 0
                    || matches!(ws[i - 1].text, "predecessor" | "that")
                    || gazetteer().is_cue_verb(ws[i - 1].text)
                    || text[ws[i - 1].span.end..w.span.start]
                        .contains([',', '.', '(', ';', ':', '\n']);
                if !opens {
                    continue;
                }
                let Some(h) = ws
                    .get(t + k)
                    .filter(|h| holder_word(h))
                    .or_else(|| after_phrase(text, ws, t + k))
                else {
                    continue;
                };
                let gap = text[span.end..h.span.start].trim();
                // "as prime minister Tony Blair said": the title is the name's own.
                if (h.joined && h.is_capitalized())
                    || !(gap.is_empty() || gap == "," || h.span.start > ws[t + k].span.start)
                {
                    continue;
                }
                // "his predecessor as Cabinet Secretary, Lord Hale": a post left; so is one
                // whose holder's verb is in the past ("As home secretary he gave the
                // impression …"), as after "when".
                let hi = ws.partition_point(|x| x.span.start < h.span.start);
                out.push(ClausePost {
                    holder_at: h.span.start,
                    title,
                    span,
                    former: i > 0 && ws[i - 1].text == "predecessor" || past_after(ws, hi),
                });
            }
            // "Ann Lee's promotion to home secretary": the possessive's post, held.
            "to" => {
                let t = skip_the(i + 1);
                let Some((h, former)) = tenure(text, ws, i).filter(|_| w.joined) else {
                    continue;
                };
                let Some((k, title)) = title_at(ws, t).filter(|_| joined(t)) else {
                    continue;
                };
                if ws[t + k - 1].possessive || !ends(t + k) {
                    continue;
                }
                out.push(ClausePost {
                    holder_at: h.span.start,
                    title,
                    span: title_span(t, k),
                    former,
                });
            }
            // "When home secretary, he ordered …", "While chancellor, Mr Hale …": a post
            // held then, before a comma and its holder; left if the verb is in the past.
            "When" | "when" | "While" | "while" => {
                let t = skip_the(i + 1);
                let Some((k, title)) = title_at(ws, t).filter(|_| joined(t)) else {
                    continue;
                };
                let Some(h) = holder_after_comma(text, ws, t + k) else {
                    continue;
                };
                out.push(ClausePost {
                    holder_at: h.span.start,
                    title,
                    span: title_span(t, k),
                    former: past_after(ws, t + k),
                });
            }
            // "Named home secretary after the 2001 general election, Mr Blunkett …": a post
            // held since, by the subject after the comma (not a president, as companies name
            // them). So after "Before/After/Since becoming" opening the clause: "Before
            // becoming MSP for Fife, he was a lecturer".
            "Named" | "Appointed" | "Elected" | "becoming" => {
                if w.text == "becoming"
                    && !(w.joined
                        && i > 0
                        && matches!(
                            ws[i - 1].text,
                            "Before" | "before" | "After" | "after" | "Since" | "since"
                        )
                        && (i == 1
                            || text[ws[i - 2].span.end..ws[i - 1].span.start]
                                .contains([',', '.', ';', ':', '\n'])))
                {
                    continue;
                }
                let t = skip_article(i + 1);
                let Some((k, title)) = title_at(ws, t)
                    .filter(|(_, t)| t.kind != TitleKind::HeadOfState)
                    .filter(|_| joined(t))
                else {
                    continue;
                };
                // A member's seat may follow: "MSP for Fife".
                let e = after_seat(ws, &title, t + k);
                let Some(h) = holder_after_comma(text, ws, e).or_else(|| after_phrase(text, ws, e))
                else {
                    continue;
                };
                out.push(ClausePost {
                    holder_at: h.span.start,
                    title,
                    span: title_span(t, k),
                    former: false,
                });
            }
            "was" | "is" | "became" | "becomes" | "been" => {
                // "Mr Sayeed has been MP for …": the holder stands before the auxiliary.
                let aux = (w.text == "been")
                    .then(|| i.checked_sub(1).map(|a| &ws[a]))
                    .flatten();
                if w.text == "been"
                    && !aux.is_some_and(|a| a.joined && matches!(a.text, "has" | "have" | "had"))
                {
                    continue;
                }
                let mut hi = i.checked_sub(if aux.is_some() { 2 } else { 1 });
                // "Tom Hale, who was home secretary until 2004,": the name before.
                let relative = hi.is_some_and(|r| relative_who(text, ws, r));
                if relative {
                    hi = hi.map(|r| r - 1);
                }
                let Some(h) = hi.map(|p| &ws[p]).filter(|h| holder_word(h)) else {
                    continue;
                };
                // "If he became king", "after Charles becomes king": no one holds it (yet).
                // (The word before the holder's name, all of it: "After Ray Dunmore".)
                let guard = |w: &str| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "after" | "when" | "once" | "until" | "before" | "if" | "unless"
                    )
                };
                let mut b = hi.unwrap_or(0);
                while b > 0
                    && ws[b].is_capitalized()
                    && ws[b - 1].is_capitalized()
                    && !guard(ws[b - 1].text)
                {
                    b -= 1;
                }
                let before = b.checked_sub(1).map(|b| ws[b].text);
                if before.is_some_and(|b| matches!(b, "if" | "If" | "unless" | "Unless"))
                    || w.text == "becomes" && before.is_some_and(guard)
                {
                    continue;
                }
                if !w.joined {
                    continue;
                }
                // "was appointed home secretary in 2001", "has been elected MP for Leeds": the
                // post is held since.
                let named = w.text != "became"
                    && w.text != "becomes"
                    && ws.get(i + 1).is_some_and(|v| {
                        v.joined
                            && matches!(
                                v.text,
                                "appointed" | "named" | "elected" | "made" | "installed"
                            )
                    });
                let v = if named {
                    i + 1 + usize::from(ws.get(i + 2).is_some_and(|a| a.joined && a.text == "as"))
                } else {
                    i
                };
                // "became an MP", "is the MP for Richmond".
                let t = skip_article(v + 1);
                // ("was named president", "Ann Lee, who had been president and chief executive,"
                // are a company's, as Reuters reports them.)
                let Some((k, title)) = title_at(ws, t)
                    .filter(|(_, t)| !((named || relative) && t.kind == TitleKind::HeadOfState))
                    .filter(|_| joined(t))
                else {
                    continue;
                };
                // A member's constituency may follow: "MP for Richmond".
                let constituency = after_seat(ws, &title, t + k) > t + k;
                if !ends(t + k) && !constituency {
                    continue;
                }
                out.push(ClausePost {
                    holder_at: h.span.start,
                    title,
                    span: title_span(t, k),
                    former: !named && (w.text == "was" || aux.is_some_and(|a| a.text == "had")),
                });
            }
            _ => {}
        }
    }
    out
}

/// The holder of a post left, when `ws[i]` is the "as" of "quit as", "resigned as", "stepped
/// down as" and the word before the verb (perhaps "has", "had") is a pronoun or a capitalised
/// word, or "who" after a name and its comma ("Tom Hale, who has resigned as").
fn left_post<'a, 'w>(text: &str, ws: &'a [Word<'w>], i: usize) -> Option<&'a Word<'w>> {
    let mut v = i.checked_sub(1)?;
    if ws[v].text == "down" && v > 0 && matches!(ws[v - 1].text, "stepped" | "stood" | "steps") {
        v -= 1;
    } else if !matches!(ws[v].text, "quit" | "quits" | "resigned" | "resigns") {
        return None;
    }
    if !ws[v].joined {
        return None;
    }
    let mut h = v.checked_sub(1)?;
    if matches!(ws[h].text, "has" | "had" | "have") && ws[h].joined {
        h = h.checked_sub(1)?;
    }
    if relative_who(text, ws, h) {
        h -= 1;
    }
    Some(&ws[h]).filter(|w| holder_word(w))
}

/// The holder of the post after the "as" or "to" at `ws[i]` when a name's possessive and a
/// noun of time or appointment come before it, with whether the post was left: "Clarke's
/// first day as", "Blair's third term as" (held), "Ann Lee's years as", "Tom Hale's time as",
/// "… last days as" (left), "Tom Hale's appointment as", "Ann Lee's promotion to" (held; not a
/// nomination, which holds nothing yet).
fn tenure<'a, 'w>(text: &str, ws: &'a [Word<'w>], i: usize) -> Option<(&'a Word<'w>, bool)> {
    let n = i.checked_sub(1)?;
    let noun = ws[n].text;
    let appointed = match ws[i].text {
        "as" => matches!(noun, "appointment" | "election"),
        "to" => matches!(noun, "promotion" | "elevation" | "appointment"),
        _ => return None,
    };
    let time = ws[i].text == "as"
        && matches!(
            noun,
            "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "time"
                | "tenure"
                | "term"
                | "stint"
                | "spell"
        );
    if !(appointed || time) {
        return None;
    }
    // An ordinal or "early" between: "first day", "early years", "last months".
    let mut h = n.checked_sub(1)?;
    let first = matches!(ws[h].text, "first" | "opening" | "second" | "third" | "new");
    let ordinal = ws[h].text;
    if ws[n].joined
        && matches!(
            ws[h].text,
            "first"
                | "second"
                | "third"
                | "new"
                | "opening"
                | "early"
                | "last"
                | "final"
                | "brief"
                | "long"
        )
    {
        h = h.checked_sub(1)?;
    }
    // (The possessive's "'s" alone between: the words after it are not joined to it.)
    let owner = &ws[h];
    let gap = text.get(owner.span.end..ws[h + 1].span.start)?;
    if !(owner.possessive && owner.is_capitalized() && matches!(gap, "'s " | "\u{2019}s ")) {
        return None;
    }
    // (Left after years, a time, a stint or a spell, or a last or final one; held in a term,
    // days or a tenure that may go on: "third term as prime minister", "days as home secretary
    // are numbered".)
    let held = appointed
        || first
        || !matches!(ordinal, "last" | "final")
            && matches!(noun, "day" | "days" | "week" | "weeks" | "term" | "tenure");
    Some((owner, !held))
}

/// Who served in a post, when `ws[i]` is the "as" after a form of "serve".
struct Served<'a, 'w> {
    /// The holder's word before the verb ("Ann Whitby served as"), or none for a participle
    /// that opens a clause, whose holder is its subject after the comma ("After serving as
    /// minister, he …").
    holder: Option<&'a Word<'w>>,
    /// Whether the post was left: "served" (not "has served"), "after serving".
    former: bool,
}

/// The "as" at `ws[i]` after "served", "serves", "has served" or "had served", with the holder's word (a
/// pronoun or capitalised word) before, or through "who" to the name before its comma; or
/// after "serving" that opens a clause ("After serving as …", "While serving as …").
fn served_as<'a, 'w>(text: &str, ws: &'a [Word<'w>], i: usize) -> Option<Served<'a, 'w>> {
    let v = i.checked_sub(1)?;
    match ws[v].text {
        "serving" => {
            // The participle, or the word before it, opens the clause.
            let opens_at = |j: usize| {
                j == 0 || text[ws[j - 1].span.end..ws[j].span.start].contains(['.', ',', '\n'])
            };
            let opener = v
                .checked_sub(1)
                .filter(|&b| opens_at(b))
                .map(|b| ws[b].text);
            let opens = opens_at(v);
            match opener {
                Some("After" | "after") => Some(Served {
                    holder: None,
                    former: true,
                }),
                Some("While" | "while" | "When" | "when") => Some(Served {
                    holder: None,
                    former: false,
                }),
                _ if opens => Some(Served {
                    holder: None,
                    former: false,
                }),
                _ => None,
            }
        }
        "served" | "serves" if ws[v].joined => {
            let mut h = v.checked_sub(1)?;
            let mut former = ws[v].text == "served";
            if matches!(ws[h].text, "has" | "have" | "had") && ws[h].joined {
                former &= ws[h].text == "had";
                h = h.checked_sub(1)?;
            }
            if relative_who(text, ws, h) {
                h -= 1;
            }
            Some(Served {
                holder: Some(&ws[h]).filter(|w| holder_word(w)),
                former,
            })
            .filter(|s| s.holder.is_some())
        }
        _ => None,
    }
}

/// The index past a legislator's seat at `ws[e]`, right after the title: "for" and the
/// capitalised words of a place ("MP for Richmond", "MSP for North East Fife"); `e` when none
/// stands there.
fn after_seat(ws: &[Word<'_>], title: &Title, e: usize) -> usize {
    let place = |k: usize| ws.get(k).is_some_and(|w| w.joined && w.is_capitalized());
    if title.kind != TitleKind::Legislator
        || !ws.get(e).is_some_and(|f| f.joined && f.text == "for")
        || !place(e + 1)
    {
        return e;
    }
    let mut end = e + 1;
    while place(end) {
        end += 1;
    }
    end
}

/// The holder's word at `ws[j]` when a comma sets it off from the words before: "As home
/// secretary, he …".
fn holder_after_comma<'a, 'w>(text: &str, ws: &'a [Word<'w>], j: usize) -> Option<&'a Word<'w>> {
    let h = ws.get(j)?;
    (holder_word(h) && j > 0 && text[ws[j - 1].span.end..h.span.start].trim() == ",").then_some(h)
}

/// Whether `ws[r]` is the "who" of a relative clause after a name and its comma ("Tom Hale,
/// who was …").
fn relative_who(text: &str, ws: &[Word<'_>], r: usize) -> bool {
    r > 0 && ws[r].text == "who" && text[ws[r - 1].span.end..ws[r].span.start].trim() == ","
}

/// The holder's word after a phrase of time or place that starts at `ws[p]` and ends in a
/// comma, within six words: "in the early 1970s, Lord Hale", "during the war, he".
fn after_phrase<'a, 'w>(text: &str, ws: &'a [Word<'w>], p: usize) -> Option<&'a Word<'w>> {
    ws.get(p).filter(|w| {
        w.joined
            && matches!(
                w.text,
                "in" | "during" | "under" | "between" | "until" | "since" | "from" | "after"
            )
    })?;
    let end = (p + 1..(p + 7).min(ws.len())).find(|&j| !ws[j].joined)?;
    let h = &ws[end];
    (text[ws[end - 1].span.end..h.span.start].trim() == "," && holder_word(h) && end > p + 1)
        .then_some(h)
}

/// Verbs in the past that are not made with "-ed".
const PAST_VERBS: &[&str] = &[
    "was", "had", "did", "took", "made", "led", "kept", "went", "said", "told", "became", "gave",
    "saw", "oversaw", "brought", "ran", "won", "lost", "set", "put", "held", "fought", "sent",
    "met", "spent", "left", "wrote", "began", "chose", "stood", "sought",
];

/// Whether the verb after the holder whose words start at `ws[h]` (a pronoun, or a name of
/// capitalised words) is in the past: "he ordered", "Lord Hale kept", "she was".
fn past_after(ws: &[Word<'_>], h: usize) -> bool {
    let mut v = h + 1;
    while ws.get(v).is_some_and(|w| w.joined && w.is_capitalized()) {
        v += 1;
    }
    ws.get(v)
        .filter(|w| w.joined)
        .is_some_and(|w| crate::text::past_form(w.text) || PAST_VERBS.contains(&w.text))
}

/// Whether `w` can be the holder in a clause telling of a post: "he", "she" or a
/// capitalised word (a name's).
fn holder_word(w: &Word<'_>) -> bool {
    matches!(w.text, "he" | "He" | "she" | "She") || w.is_capitalized() && w.text.len() > 1
}

/// The holder of a post still held, to be left, when `ws[i]` is the "as" of "is to stand
/// down as", "will step down as", "plans to quit as" and the word before the future is a
/// pronoun or a capitalised word.
fn post_to_leave<'a, 'w>(ws: &'a [Word<'w>], i: usize) -> Option<&'a Word<'w>> {
    let mut v = i.checked_sub(1)?;
    if ws[v].text == "down" && v > 0 && matches!(ws[v - 1].text, "stand" | "step") {
        v -= 1;
    } else if !matches!(ws[v].text, "quit" | "resign") {
        return None;
    }
    let mut h = v.checked_sub(1)?;
    if ws[h].text == "to" {
        h = h.checked_sub(1)?;
        if !matches!(
            ws[h].text,
            "is" | "was" | "plans" | "intends" | "wants" | "expected"
        ) {
            return None;
        }
        if ws[h].text == "expected" {
            h = h.checked_sub(1)?;
            if !matches!(ws[h].text, "is" | "was") {
                return None;
            }
        }
    } else if !matches!(ws[h].text, "will" | "would") {
        return None;
    }
    if !ws[h..=i].iter().all(|w| w.joined) {
        return None;
    }
    Some(&ws[h.checked_sub(1)?]).filter(|w| holder_word(w))
}
