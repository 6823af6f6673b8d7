//! Statements: direct quotes, partial quotes and reported speech, each with its speaker.
//!
//! - A quotation that starts a sentence, or follows a comma or colon, with a capital letter is a
//!   **direct** quote; one inside the writer's own sentence is a **partial** quote.
//! - A direct quote's speaker stands after it (`"…," Zelensky declared`, `"…," said Trump`),
//!   before it (`He noted, "…"`, `…, telling ABC News, "…"`), or it continues the quote before
//!   it in the paragraph. A partial quote's speaker is the subject before it in its sentence.
//! - **Indirect** speech is the clause after a speech verb and "that" (`he added that …`),
//!   up to the end of the sentence, a dash or a semicolon, and the other forms of
//!   `reported.rs`, with the words before or around their cue in `postposed.rs` ("…, Smith
//!   said.", "according to …"); where those rules find none, the attribution tagger's contents that are
//!   propositions (`tagged.rs`).
//! - A statement still without a speaker gets one from the speaker ranker, or none
//!   (`ranking.rs`).
//!
//! ```
//! use newsgraph::extract::{extract, QuoteKind};
//! let text = "\"We will win,\" Jane Smith said. She added that the war would end soon.";
//! let x = extract(text);
//! let got: Vec<(&str, QuoteKind, &str)> = x.statements.iter()
//!     .map(|s| (s.span.of(text), s.kind, x.people[s.speakers[0]].name.as_str())).collect();
//! assert_eq!(got, [("We will win,", QuoteKind::Direct, "Jane Smith"),
//!                  ("the war would end soon", QuoteKind::Indirect, "Jane Smith")]);
//! ```

mod bounds;
mod clause;
mod demands;
mod findings;
mod groups;
mod lede;
mod listeners;
mod postposed;
mod quotes;
mod ranking;
mod references;
mod reported;
mod speakers;
mod subjects;
mod tagged;
mod verbs;

pub use clause::{audience, medium, QuoteKind, StatementMention};
pub(crate) use groups::names_a_document;
pub use ranking::{chooser_from_env, Candidate, RankedSpeakers, RuleSpeakers, SpeakerChooser};
pub use tagged::Reported;

use crate::resolve::{Person, Referent};
use crate::segment::{Segments, Span};

/// Finds the statements of `text`; `referents` are the possible speakers, in text order;
/// `chooser` picks each statement's speaker among its candidates.
///
/// The stages run in this order: transcript turns, quotations, block quotations, reported
/// speech (which keeps out of what the quotes took), then speakers that are no person, and
/// partial quotes inside reported speech take its speaker; a statement still without a
/// speaker gets the one `chooser` picks among the candidates around it, if any.
pub fn find_statements(
    text: &str,
    seg: &Segments,
    people: &[Person],
    referents: &[Referent],
    chooser: &dyn SpeakerChooser,
) -> Vec<StatementMention> {
    let mut out: Vec<StatementMention> = quotes::transcript(text, seg, people, referents);
    quotes::quotations(text, seg, referents, &mut out);
    quotes::block_quotes(text, seg, referents, &mut out);
    quotes::headline_label(text, seg, referents, &mut out);
    let how = tagged::Reported::from_env();
    if how != tagged::Reported::Model {
        reported::indirect(text, seg, referents, &mut out);
    }
    if let (Some(tagger), false) = (
        crate::learn::attribution::attribution(),
        how == tagged::Reported::Rules,
    ) {
        tagged::learned(text, seg, referents, tagger, &mut out);
    }
    // A question put to the speaker is no one's statement: "Asked whether he would stand, Ann
    // Lee said no" reports Lee's answer, not the question (the guide leaves out an
    // interviewer's questions unless the interviewer is named).
    out.retain(|s| s.kind != QuoteKind::Indirect || !crate::text::question_put(s.span.of(text)));
    // No one speaks inside the words they are reported to say ("Ward called for the
    // impeachment of Attorney General Loretta Lynch" is not Lynch's), but with their verb set
    // off inside them ("The plan, he said, would fail"): such a speaker is left to the groups
    // ("according to Reuters, …") and the ranker, which never picks them.
    for s in out.iter_mut().filter(|s| s.kind == QuoteKind::Indirect) {
        s.span = clause::close_quote(text, s.span);
        s.span = bounds::past_name_tail(text, s.span);
        let interposed = s.cue.is_some_and(|c| s.span.covers(c));
        if !interposed && s.speaker.is_some_and(|r| s.span.covers(referents[r].span)) {
            s.speaker = None;
        }
    }
    // A quoted word or two inside reported speech ('he had been "intimately involved"') stays a
    // statement of its own: the quoted words are the speaker's, the clause around is not.
    groups::groups(text, seg, referents, &mut out);
    out.sort_by_key(|s| s.span);
    groups::participle_continues(text, &mut out);
    groups::it_continues(text, seg, referents, &mut out);
    speakers::continue_paragraph(text, seg, &mut out);
    speakers::continue_sentence(text, seg, &mut out);
    // A partial quote inside reported speech is the reporter's before the ranker looks at it
    // ('Tom Hale said that Ann Lee "had no plan"' is Hale's, not Lee's); reported speech the
    // ranker gives a speaker passes it on after.
    speakers::inherit_reported(&mut out);
    // A quoted word with no person to say it stands only inside the words reported around it
    // ('Labour said he had "cleverly" not asked').
    one_word_alone(text, &mut out);
    ranking::choose_missing(text, seg, referents, &mut out, chooser);
    // "…, a senior EU politician says. ¶ Javier Solana, EU foreign policy chief, says …".
    lede::lede_description(text, seg, referents, &mut out);
    speakers::possessive_noun(seg, referents, &mut out);
    speakers::inherit_reported(&mut out);
    references::inherit_speaker(text, seg, &mut out);
    // One statement for a list of quotes after a calling verb: the pieces share their start.
    out.sort_by_key(|s| (s.span.start, std::cmp::Reverse(s.span.end)));
    out.dedup_by(|later, kept| {
        later.kind == QuoteKind::Partial
            && kept.kind == QuoteKind::Partial
            && later.span.start == kept.span.start
    });
    // 'a "half-way house"', 'the "Buffett rule"': a term in quotation marks after an article,
    // with nobody saying it (no person, nor a group in whose reported speech it stands), is
    // the writer's phrase, not a statement; so is one after a
    // demonstrative or "so-called" when no group says it either ("Most of this 'normal aid'
    // would be used", 'the so-called "magic circle"'). (Not after a possessive: 'praised their
    // "enthusiasm and commitment"' may be someone's words.)
    out.retain(|s| {
        let before = text[..s.span.start]
            .trim_end_matches(['"', '“', '‘', '\'', '«', '„'])
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic() && c != '-')
            .next()
            .unwrap_or("");
        s.kind != QuoteKind::Partial
            || s.speaker.is_some()
            || s.group.is_some() && s.cue.is_some()
            || !(matches!(before, "a" | "an" | "the" | "A" | "An" | "The")
                || s.group.is_none()
                    && matches!(
                        crate::text::lowercase(before).as_ref(),
                        "this" | "these" | "those" | "so-called"
                    ))
    });
    out.sort_by_key(|s| s.span);
    out
}

/// Whether `s` is a quoted word that no person says (yet), which stands only inside the words
/// reported around it ([`one_word_alone`]).
fn unsaid_word(text: &str, s: &StatementMention) -> bool {
    s.kind == QuoteKind::Partial
        && s.speaker.is_none()
        && s.span.of(text).split_whitespace().nth(1).is_none()
}

/// Drops each quoted word that no person says and that no reported words hold.
fn one_word_alone(text: &str, out: &mut Vec<StatementMention>) {
    let reported: Vec<Span> = out
        .iter()
        .filter(|s| s.kind == QuoteKind::Indirect)
        .map(|s| s.span)
        .collect();
    out.retain(|s| !unsaid_word(text, s) || reported.iter().any(|r| r.covers(s.span)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    /// A statement expected: its words, kind and speaker name.
    type Expected<'a> = (&'a str, QuoteKind, Option<&'a str>);

    /// (text, [(statement, kind, speaker name)])
    fn check(cases: &[(&str, &[Expected])]) {
        check_with(cases, chooser_from_env());
    }

    /// As [`check`], with `chooser` naming the speakers the rules leave without one.
    fn check_with(cases: &[(&str, &[Expected])], chooser: &dyn SpeakerChooser) {
        for (input, expected) in cases {
            let x = crate::extract::extract_with(input, chooser);
            let got: Vec<(&str, QuoteKind, Option<&str>)> = x
                .statements
                .iter()
                .map(|s| {
                    (
                        s.span.of(input),
                        s.kind,
                        s.speakers.first().map(|&p| x.people[p].name.as_str()),
                    )
                })
                .collect();
            assert_eq!(&got, expected, "{input}");
        }
    }

    /// A forecast is reported like a prediction; "forecast" after an article, a possessive or
    /// a noun is one, and before a preposition it says nothing.
    #[test]
    fn forecasts() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. Tom Hale forecasts growth of about 5% in 2005.",
                &[("growth of about 5% in 2005", Indirect, Some("Tom Hale"))],
            ),
            (
                "Markets fell. Tom Hale recently forecast economic growth will slow.",
                &[("economic growth will slow", Indirect, Some("Tom Hale"))],
            ),
            ("Markets fell. The forecast rise in rates hit shares.", &[]),
            (
                "Markets fell. Growth in Britain is set to accelerate, it forecast.",
                &[("Growth in Britain is set to accelerate", Indirect, None)],
            ),
            (
                "Markets fell. Growth was 4%, which is less than previously forecast.",
                &[],
            ),
            ("Markets fell. Growth was 6%, ahead of IMF forecasts.", &[]),
            (
                "Markets fell. Acme forecasts said there would be a shortfall.",
                &[("there would be a shortfall", Indirect, None)],
            ),
            (
                "Markets fell. Acme forecasts growth of 5%, although it warned that trade would be hard.",
                &[
                    ("growth of 5%", Indirect, None),
                    ("trade would be hard", Indirect, None),
                ],
            ),
            (
                "Markets fell. Tom Hale said growth forecasts were slipping to 1.8%.",
                &[("growth forecasts were slipping to 1.8%", Indirect, Some("Tom Hale"))],
            ),
            (
                "Markets fell. The rise was the 3.5% that economists had forecast ahead of Friday.",
                &[],
            ),
        ]);
    }

    /// A place, and a time after it, between the verb (or its listener) and the words reported
    /// are neither: "said at the White House she …", "said in January it …".
    #[test]
    fn clause_past_a_place() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. Ann Lee said at the White House she expected a deal within weeks.",
                &[("she expected a deal within weeks", Indirect, Some("Ann Lee"))],
            ),
            (
                "Markets fell. Acme said in January it was seeking bids for the plant.",
                &[("it was seeking bids for the plant", Indirect, None)],
            ),
            (
                "Markets fell. Tom Hale announced in December it was starting an inquiry into the sale.",
                &[(
                    "it was starting an inquiry into the sale",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            // (No place when a verb follows the capitals: they are the clause's subject.)
            ("Markets fell. Tom Hale said in London Bridge was closed for a week.", &[]),
        ]);
    }

    /// A plural noun that is a speech verb too ("claims", "reports") is the noun before a verb
    /// of its own, and reports nothing: "Fresh claims surfaced on Monday".
    #[test]
    fn plural_noun_before_its_verb() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. Tom Hale spoke. Fresh claims surfaced on Monday about the deal.",
                &[],
            ),
            (
                "Markets fell. The claims and counter claims surrounding the deal confused voters.",
                &[],
            ),
            (
                "Markets fell. Rival reports were published within hours of the vote.",
                &[],
            ),
            // (A past form before its object is the verb's: the claim is made.)
            (
                "Markets fell. Tom Hale claims rigged votes cost him the seat.",
                &[("rigged votes cost him the seat", Indirect, Some("Tom Hale"))],
            ),
            (
                "Markets fell. The union claims victory in the dispute over pay.",
                &[("victory in the dispute over pay", Indirect, None)],
            ),
            // (Nor is an owner's noun: it reports their words.)
            (
                "Markets fell. Tom Lyng spoke. However, Lyng's comments seemed to suggest that the plan could continue for a year.",
                &[(
                    "the plan could continue for a year",
                    Indirect,
                    Some("Tom Lyng"),
                )],
            ),
        ]);
    }

    /// "The spokesman" after a quotation is the one the article named with that job ("Home
    /// Office spokesman Tom Hale"), else someone unnamed, not the person named last.
    #[test]
    fn the_spokesman_again() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. Ann Lee said there were concerns. A spokesman for the Home Office said it was wrong. \"We are developing a programme,\" said the spokesman.",
                &[
                    ("there were concerns", Indirect, Some("Ann Lee")),
                    ("it was wrong", Indirect, None),
                    ("We are developing a programme,", Direct, None),
                ],
            ),
            (
                "Markets fell. Ann Lee said there were concerns. Home Office spokesman Tom Hale said it was wrong. \"We are developing a programme,\" the spokesman said.",
                &[
                    ("there were concerns", Indirect, Some("Ann Lee")),
                    ("it was wrong", Indirect, Some("Tom Hale")),
                    ("We are developing a programme,", Direct, Some("Tom Hale")),
                ],
            ),
        ]);
    }

    /// A noun of saying after "comment on" is someone else's words: "declined to comment on
    /// reports that …".
    #[test]
    fn reports_one_declines_to_comment_on() {
        use QuoteKind::*;
        check(&[(
            "Markets fell. Speaking on radio, Tom Berg declined to comment on reports that Acme had held talks with Zeta.",
            &[("Acme had held talks with Zeta", Indirect, None)],
        )]);
    }

    /// Words in quotation marks that the sentence gives as a name ("The chosen name, "…"",
    /// "known as '…'", "Dubbed '…'", "the so-called "…"") are no one's statement; a name
    /// someone gives is theirs.
    #[test]
    fn quoted_names_are_not_said() {
        use QuoteKind::*;
        check(&[
            ("Markets fell. The chosen name, \"Brightfizz\", hides its nature.", &[]),
            (
                "Markets fell. Known as 'the iron lady' for her cost cuts, Ann Lee cut jobs by a tenth.",
                &[],
            ),
            (
                "Markets fell. Dubbed \"the cost killer\" for his cuts, Tom Hale took over on Monday.",
                &[],
            ),
            (
                "Markets fell. Tom Hale attacked the so-called \"dodgy dossier\" on Monday.",
                &[],
            ),
            (
                "Markets fell. Tom Hale dubbed the plan \"a total farce\" on Monday.",
                &[("the plan \"a total farce\"", Partial, Some("Tom Hale"))],
            ),
        ]);
    }

    /// What someone warned or cautioned against is reported, as what they called for is; not
    /// in the passive.
    #[test]
    fn warned_against() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. Ann Berg has warned against reading too much into one month's figures.",
                &[(
                    "reading too much into one month's figures",
                    Indirect,
                    Some("Ann Berg"),
                )],
            ),
            (
                "Markets fell. Retailers cautioned against further rises in interest rates.",
                &[("further rises in interest rates", Indirect, None)],
            ),
            (
                "Markets fell. Tom Hale warned against complacency, saying the fight was not over.",
                &[
                    ("complacency", Indirect, Some("Tom Hale")),
                    ("the fight was not over", Indirect, Some("Tom Hale")),
                ],
            ),
            ("Markets fell. Investors were warned against buying the shares.", &[]),
            ("Markets fell. Tom Hale spoke. He warned against it.", &[]),
        ]);
    }

    /// A verb of speech set off after the words reported as a participle ("…, adding that
    /// …", "…, calling it …") is the speaker's next act: the words end at its comma, and what
    /// it says is the same speaker's, a person's or a group's. A participle of another verb
    /// ("including") goes on with the words.
    #[test]
    fn participle_of_speech_ends_the_words() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. Tom Hale said the plan would fail, adding that taxes would rise.",
                &[
                    ("the plan would fail", Indirect, Some("Tom Hale")),
                    ("taxes would rise", Indirect, Some("Tom Hale")),
                ],
            ),
            (
                "Markets fell. Ann Lee said the deal was dead, effectively saying it had no support.",
                &[
                    ("the deal was dead", Indirect, Some("Ann Lee")),
                    ("it had no support", Indirect, Some("Ann Lee")),
                ],
            ),
            (
                "Markets fell. Sam Cole said the talks had failed, calling them \"a farce\".",
                &[
                    ("the talks had failed", Indirect, Some("Sam Cole")),
                    ("them \"a farce\"", Partial, Some("Sam Cole")),
                ],
            ),
            // (Also when the comma is inside a partial quote's marks.)
            (
                "Markets fell. Tom Hale said the plan was \"a total failure,\" adding that taxes would rise.",
                &[
                    (
                        "the plan was \"a total failure,\"",
                        Indirect,
                        Some("Tom Hale"),
                    ),
                    ("a total failure,", Partial, Some("Tom Hale")),
                    ("taxes would rise", Indirect, Some("Tom Hale")),
                ],
            ),
            (
                "Markets fell. Tom Hale said the firm would buy back shares, continuing the plan it began in May.",
                &[(
                    "the firm would buy back shares, continuing the plan it began in May",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            (
                "Markets fell. Tom Hale said the firm would cut costs, including 300 jobs in Leeds.",
                &[(
                    "the firm would cut costs, including 300 jobs in Leeds",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
        ]);
        for (text, want) in [
            (
                "Markets fell. Acme Corp said it would merge two units, adding that there may be job cuts.",
                vec![Some("Acme Corp"), Some("Acme Corp")],
            ),
            (
                "Markets fell. Acme Corp said it would merge two units, including its Leeds plant.",
                vec![Some("Acme Corp")],
            ),
        ] {
            let x = extract(text);
            let got: Vec<Option<&str>> = x.statements.iter().map(|s| s.group.as_deref()).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A quoted word inside the words a verb after them reports is a partial quote of the
    /// same speaker, as it is when the verb comes first.
    #[test]
    fn one_quoted_word_before_a_postposed_verb() {
        use QuoteKind::*;
        check(&[(
            "Tom Hale spoke in Leeds. But Mr Lee had been \"hurt\" by the row, he added.",
            &[
                (
                    "But Mr Lee had been \"hurt\" by the row",
                    Indirect,
                    Some("Tom Hale"),
                ),
                ("hurt", Partial, Some("Tom Hale")),
            ],
        )]);
    }

    /// A "that" after a subject and its verb is a determiner: the clause began before it.
    #[test]
    fn that_after_a_clause_begun() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. Ann Lee denied Tom Hale made that promise, and he said nothing.",
                &[("Tom Hale made that promise", Indirect, Some("Ann Lee"))],
            ),
            (
                "Markets fell. Ann Lee told The Times on Friday that the plan was sound.",
                &[("the plan was sound", Indirect, Some("Ann Lee"))],
            ),
        ]);
    }

    /// A name with an apposition after a conjunction of time is the subject of the verb after
    /// the apposition; a name after a participle's preposition is not.
    #[test]
    fn apposed_subject_after_time_conjunction() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. It came the day after Ann Lee, the new commissioner, said she favoured the plan.",
                &[("she favoured the plan", Indirect, Some("Ann Lee"))],
            ),
            (
                "Markets fell. After meeting Tom Hale, the new chairman, Ann Lee said the firm was sound.",
                &[("the firm was sound", Indirect, Some("Ann Lee"))],
            ),
            // So is a name with an apposition before "who".
            (
                "Markets fell. The claim was backed by Ann Lee, a former Yale historian, who has confirmed the papers were real.",
                &[("the papers were real", Indirect, Some("Ann Lee"))],
            ),
        ]);
    }

    /// The person a lede describes without naming is the one the next paragraph names first
    /// and gives words of their own; not a spokesman, not someone of another party, not
    /// someone the article named before.
    #[test]
    fn lede_description_named_next() {
        use QuoteKind::*;
        check(&[
            (
                "Taps row\n\nThe plan is naive, a senior EU politician says.\n\nJan Kovar, the EU's policy chief, says the plan fails elsewhere.",
                &[
                    ("The plan is naive", Indirect, Some("Jan Kovar")),
                    ("the plan fails elsewhere", Indirect, Some("Jan Kovar")),
                ],
            ),
            (
                "Budget row\n\nChancellor Tom Hale's closest ally has said there will be no giveaway.\n\nJan Kovar, a former adviser, said there would be no spree.",
                &[
                    ("there will be no giveaway", Indirect, Some("Jan Kovar")),
                    ("there would be no spree", Indirect, Some("Jan Kovar")),
                ],
            ),
            (
                "Tax row\n\nTax rises are coming, a senior Labour MP has said.\n\nTory leader Jan Kovar said the warning proved his point.",
                &[
                    ("Tax rises are coming", Indirect, None),
                    ("the warning proved his point", Indirect, Some("Jan Kovar")),
                ],
            ),
            (
                "Plant row\n\nThe plant will close, a spokesman has said.\n\nJan Kovar, the union's leader, said the news was grim.",
                &[
                    ("The plant will close", Indirect, None),
                    ("the news was grim", Indirect, Some("Jan Kovar")),
                ],
            ),
        ]);
    }

    /// A quotation with no speaker of its own after a sentence in which someone tells
    /// someone else something, or does something to them, is the teller's or the doer's, not
    /// the listener's or the object's.
    #[test]
    fn quotation_after_a_teller_is_theirs() {
        use QuoteKind::*;
        check(&[
            (
                "Ann Lee tells Tom Hale that she despaired at his image. \"I used to have to sit on my hands.\"",
                &[
                    ("she despaired at his image", Indirect, Some("Ann Lee")),
                    ("I used to have to sit on my hands.", Direct, Some("Ann Lee")),
                ],
            ),
            // ... and after one in which someone does something to someone, the doer's.
            (
                "Markets fell.\n\nTom Hale defeated Ann Lee in the final on Sunday. \"I played well today and I am very happy.\"",
                &[(
                    "I played well today and I am very happy.",
                    Direct,
                    Some("Tom Hale"),
                )],
            ),
        ]);
    }

    /// A description by age or nationality that opens its sentence or speaks is the person
    /// named before.
    #[test]
    fn speaker_described_by_age() {
        use QuoteKind::*;
        check(&[
            (
                "Tom Hale will lead the side. The 27-year-old, who captained Leeds last year, said the job would be a challenge.",
                &[("the job would be a challenge", Indirect, Some("Tom Hale"))],
            ),
            (
                "Jane Smith has quit the band. The 34-year-old singer said she wanted a quiet life.",
                &[("she wanted a quiet life", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith won in Leeds on Monday. \"I am tired,\" said the 34-year-old.",
                &[("I am tired,", Direct, Some("Jane Smith"))],
            ),
            // So is one by what the person once did, opening the sentence before a speech verb.
            (
                "Tom Hale quit the party on Monday. The former teacher confirmed he had been at the meeting.",
                &[("he had been at the meeting", Indirect, Some("Tom Hale"))],
            ),
            // One whose noun says a man or a woman is someone of that sex.
            (
                "Ann Lee met Tom Hale in Leeds. The 60-year-old actor said he was happy there.",
                &[("he was happy there", Indirect, Some("Tom Hale"))],
            ),
            // So is a nationality that opens its sentence as a noun.
            (
                "Jane Smith beat Ann Lee on Sunday. The Russian added that she was not worried.",
                &[("she was not worried", Indirect, Some("Jane Smith"))],
            ),
            // Not a description inside a clause: "police said the 27-year-old man was held".
            (
                "Tom Hale spoke on Monday. Police said the 27-year-old man was held overnight.",
                &[("the 27-year-old man was held overnight", Indirect, None)],
            ),
        ]);
    }

    /// After "said", a description, a comma and a name that ends the apposition: the name
    /// speaks, not someone named before.
    #[test]
    fn speaker_named_after_a_description() {
        use QuoteKind::*;
        check(&[
            (
                "Tom Brown spoke first. \"It will fail,\" said its chairman, Sir Jane Smith.",
                &[("It will fail,", Direct, Some("Jane Smith"))],
            ),
            (
                "Tom Brown spoke first. \"It will fail,\" said the firm's chief executive, Jane Smith.",
                &[("It will fail,", Direct, Some("Jane Smith"))],
            ),
            (
                "Tom Brown spoke first. \"It will fail,\" said the chair of the committee, Labour MP Jane Smith, on Monday.",
                &[("It will fail,", Direct, Some("Jane Smith"))],
            ),
        ]);
    }

    #[test]
    fn speaker_positions() {
        use QuoteKind::*;
        check(&[
            (
                "\"No point,\" Jane Smith declared.",
                &[("No point,", Direct, Some("Jane Smith"))],
            ),
            (
                "\"No point,\" said Jane Smith.",
                &[("No point,", Direct, Some("Jane Smith"))],
            ),
            (
                "Jane Smith noted, \"This is the first step.\"",
                &[("This is the first step.", Direct, Some("Jane Smith"))],
            ),
            (
                "Jane Smith kept calm, telling ABC News, \"We will focus.\"",
                &[("We will focus.", Direct, Some("Jane Smith"))],
            ),
            (
                "\"One,\" Jane Smith said. \"Two.\" Then she left.",
                &[
                    ("One,", Direct, Some("Jane Smith")),
                    ("Two.", Direct, Some("Jane Smith")),
                ],
            ),
            (
                "Jane Smith spoke. \"Maybe,\" she wrote.",
                &[("Maybe,", Direct, Some("Jane Smith"))],
            ),
            // A person named only as an object or possessive does not take the next quote.
            (
                "\"It matters,\" said Jane Smith, speaking of Tom Brown's health. \"It is real.\"",
                &[
                    ("It matters,", Direct, Some("Jane Smith")),
                    ("It is real.", Direct, Some("Jane Smith")),
                ],
            ),
            // Nor one named after the speaker in the sentence that gives the quote: in an
            // apposition, or in a participle clause.
            (
                "Tom Brown won. \"We lost,\" said Ann Lee, a one-time Brown backer. \"We move on.\"",
                &[
                    ("We lost,", Direct, Some("Ann Lee")),
                    ("We move on.", Direct, Some("Ann Lee")),
                ],
            ),
            (
                "Tom Brown spoke first. \"We can win,\" Ann Lee said, suggesting the plan could help defeat Tom Brown. \"We have a chance.\"",
                &[
                    ("We can win,", Direct, Some("Ann Lee")),
                    (
                        "the plan could help defeat Tom Brown",
                        Indirect,
                        Some("Ann Lee"),
                    ),
                    ("We have a chance.", Direct, Some("Ann Lee")),
                ],
            ),
            (
                "\"We can win,\" Ann Lee told radio host Tom Brown on Monday. \"We will.\"",
                &[
                    ("We can win,", Direct, Some("Ann Lee")),
                    ("We will.", Direct, Some("Ann Lee")),
                ],
            ),
            // ... but a name run on into the speaker's, with no comma or preposition between,
            // may be the speaker's own (the first name here is a firm's).
            (
                "\"No help,\" said Fraser Fleming (Holdings) Ltd analyst Ann Lee. \"A good move.\"",
                &[
                    ("No help,", Direct, Some("Fraser Fleming")),
                    ("A good move.", Direct, Some("Ann Lee")),
                ],
            ),
            // A pronoun stands for the one who speaks in the sentence before, not the first
            // person it names.
            (
                "After a talk with Tom Brown, Bob Lee said taxes would rise. He added that the vote was near.",
                &[
                    ("taxes would rise", Indirect, Some("Bob Lee")),
                    ("the vote was near", Indirect, Some("Bob Lee")),
                ],
            ),
            // A quotation that ends with a full stop is not given to the name and apposition
            // that open the next sentence.
            (
                "\"Guns are a crisis,\" said Ann Lee, a delegate. \"We need reform.\" Jane Smith, a delegate from Ohio, criticized the law.",
                &[
                    ("Guns are a crisis,", Direct, Some("Ann Lee")),
                    ("We need reform.", Direct, Some("Ann Lee")),
                ],
            ),
            // Nor to a name and verb that open the next sentence and go on ...
            (
                "\"We lost,\" said Ann Lee. \"We move on.\" Jane Smith said the vote was fair.",
                &[
                    ("We lost,", Direct, Some("Ann Lee")),
                    ("We move on.", Direct, Some("Ann Lee")),
                    ("the vote was fair", Indirect, Some("Jane Smith")),
                ],
            ),
            // ... unless the sentence ends within a few words.
            (
                "\"We lost.\" Ann Lee said in a statement.",
                &[("We lost.", Direct, Some("Ann Lee"))],
            ),
            // A description that opens its sentence and ends in a noun for what someone is
            // stands for the person who opens a sentence before it.
            (
                "Ann Lee won in 6.56 seconds, well ahead of France's Jane Smith, who crossed the line second. The world indoor champion said: \"I was ill.\"",
                &[("I was ill.", Direct, Some("Ann Lee"))],
            ),
            // ... and one with a speech verb of their own takes it.
            (
                "\"We lost,\" said Ann Lee, and Tom Brown replied. \"We move on.\"",
                &[
                    ("We lost,", Direct, Some("Ann Lee")),
                    ("We move on.", Direct, Some("Tom Brown")),
                ],
            ),
            // The subject before the verb, not a possessive in between.
            (
                "Tom Brown, treating Jane Smith's remark as praise, asserted, \"Of course I pay.\"",
                &[("Of course I pay.", Direct, Some("Tom Brown"))],
            ),
            // A lead-in paragraph ending in a colon.
            (
                "Tom Brown left early.\n\nJane Smith continued:\n\n\"We will stay here.\"",
                &[("We will stay here.", Direct, Some("Jane Smith"))],
            ),
            // "Del." does not end the sentence before the name.
            (
                "\"It is a waste,\" said Del. Jane Smith of Guam.",
                &[("It is a waste,", Direct, Some("Jane Smith"))],
            ),
            // A participle after a comma is the sentence subject's, not its object's.
            (
                "At a rally in Ohio, Tom Brown attacked Jane Smith over her plan, saying, \"She has no idea.\"",
                &[("She has no idea.", Direct, Some("Tom Brown"))],
            ),
            // ... and after a speech verb, that verb's speaker.
            (
                "Tom Brown and Jane Smith meet next week, Ann Lee said, adding, \"They must talk.\"",
                &[("They must talk.", Direct, Some("Ann Lee"))],
            ),
            // ... also when the comma before the participle closes a quotation.
            (
                "Ann Lee told reporters that Tom Brown \u{201c}had a plan,\u{201d} adding, \u{201c}He lost.\u{201d}",
                &[
                    (
                        "Tom Brown \u{201c}had a plan,\u{201d}",
                        Indirect,
                        Some("Ann Lee"),
                    ),
                    ("had a plan,", Partial, Some("Ann Lee")),
                    ("He lost.", Direct, Some("Ann Lee")),
                ],
            ),
            // ... and after "and" and a participle of speech, that participle's subject.
            (
                "Ann Lee spoke on Monday. Others joined in, with Tom Brown tweeting that it was a \"disaster\" for Lee and asking, \"Who is next?\"",
                &[
                    ("disaster", Partial, Some("Tom Brown")),
                    ("Who is next?", Direct, Some("Tom Brown")),
                ],
            ),
            // A verb coordinated with the first is the sentence subject's.
            (
                "Jane Smith praised the raid that caught Tom Brown and said: \"It was right.\"",
                &[("It was right.", Direct, Some("Jane Smith"))],
            ),
            (
                "When asked whom she backed, Jane Smith smiled and said, \"Nobody yet.\"",
                &[("Nobody yet.", Direct, Some("Jane Smith"))],
            ),
            // A no-break space before a title (this once cut a character in two).
            (
                "On Sunday, the nominee\u{a0}Gov. Jane Smith said, \"No.\"",
                &[("No.", Direct, Some("Jane Smith"))],
            ),
            // A signature may start with words that are not part of the known name.
            (
                "Luis Olidem wrote to us.\n\n\"We are tired of it.\" ― Maria N Luis Olidem",
                &[("We are tired of it.", Direct, Some("Luis Olidem"))],
            ),
            // A signature opening the next paragraph, with a place or a description.
            (
                "Voters wrote to us.\n\n\"We want change now.\"\n\n— Jane Smith, Ohio.",
                &[("We want change now.", Direct, Some("Jane Smith"))],
            ),
            (
                "Jane Smith spoke first.\n\n\"Great speech. She is ready.\"\n\n-President Tom Brown, writing after the speech.",
                &[("Great speech. She is ready.", Direct, Some("Tom Brown"))],
            ),
            // A direct quote between dashes after a name.
            (
                "Tom Brown mocked Jane Smith's plan as a fantasy -- \"It will never work\" -- on Monday.",
                &[("It will never work", Direct, Some("Tom Brown"))],
            ),
            // An organisation speaks; the quote after it is the organisation's too, and the
            // next paragraph's quote is not taken by the person named earlier.
            (
                "Tom Brown spoke first. \"On this basis,\" Zero Hedge said, \"the rate is higher.\"",
                &[
                    ("On this basis,", Direct, None),
                    ("the rate is higher.", Partial, None),
                ],
            ),
        ]);
    }

    #[test]
    fn appositions_between_speaker_and_verb() {
        use QuoteKind::*;
        check(&[
            // After the quote: the name, not the possessive in its apposition.
            (
                "Tom Brown won the vote.\n\n\"We start today,\" Jane Smith, Brown’s campaign manager, said in a statement.",
                &[("We start today,", Direct, Some("Jane Smith"))],
            ),
            // A verb that tells who spoke only right after the quotation and the name.
            (
                "Ann Lee interviewed Tom Brown.\n\n\"Would it be negotiable?\" Lee pressed.\n\n\"I would say this,\" Brown answered.",
                &[
                    ("Would it be negotiable?", Direct, Some("Ann Lee")),
                    ("I would say this,", Direct, Some("Tom Brown")),
                ],
            ),
            (
                "Ann Lee interviewed Tom Brown.\n\n\"Would you pick Jane Smith?\" Lee asked. \"I will look at many people,\" Brown said. \"Jane Smith?\" Lee repeated.",
                &[
                    ("Would you pick Jane Smith?", Direct, Some("Ann Lee")),
                    ("I will look at many people,", Direct, Some("Tom Brown")),
                    ("Jane Smith?", Direct, Some("Ann Lee")),
                ],
            ),
            // Not a noun inside the apposition that is a speech verb's form too.
            (
                "Tom Brown won the vote.\n\n\"We start today,\" Jane Smith, the head of the Ohio state teachers union, said of her members.",
                &[("We start today,", Direct, Some("Jane Smith"))],
            ),
            // The name an apposition gives for a possessive's noun before it.
            (
                "Tom Brown won the vote.\n\n\"We start today,\" Rep. Tom Brown’s chief of staff, Jane Smith, told reporters.",
                &[("We start today,", Direct, Some("Jane Smith"))],
            ),
            // After the verb: the last name of the phrase, or the name a possessive's noun
            // stands for.
            (
                "Tom Brown won the vote.\n\n\"We start today,\" said Brown constituent Jane Smith.",
                &[("We start today,", Direct, Some("Jane Smith"))],
            ),
            (
                "Tom Brown won the vote.\n\n\"We start today,\" said Brown’s daughter, the actress Jane Smith.",
                &[("We start today,", Direct, Some("Jane Smith"))],
            ),
            // A quotation that the writer's words go on from, then ", said NAME": the name's.
            (
                "Tom Brown won the vote.\n\n\"Most would call that a defeat for Tom Brown\" if he lost Ohio, said Jane Smith, an analyst.",
                &[(
                    "Most would call that a defeat for Tom Brown",
                    Direct,
                    Some("Jane Smith"),
                )],
            ),
            // A colon after a clause with a quoted phrase in it: the clause is reported up to
            // the colon.
            (
                "Tom Brown won.\n\nJane Smith said it was a \"fatal mistake\" and that he had learned: \"We are ready now.\"",
                &[
                    (
                        "it was a \"fatal mistake\" and that he had learned",
                        Indirect,
                        Some("Jane Smith"),
                    ),
                    ("fatal mistake", Partial, Some("Jane Smith")),
                    ("We are ready now.", Direct, Some("Jane Smith")),
                ],
            ),
            // A partial quote in reported speech: the speech verb's subject, not the first
            // person of the sentence.
            (
                "Tom Brown lost in Ohio, and Jane Smith said that only one candidate \"is in a position to win\".",
                &[
                    ("only one candidate \"is in a position to win\"", Indirect, Some("Jane Smith")),
                    ("is in a position to win", Partial, Some("Jane Smith")),
                ],
            ),
            // A partial quote: the subject, not a possessive before it.
            (
                "On television, Tom Brown’s campaign chairman, Jane Smith, dismissed the report as \"talking points\".",
                &[("talking points", Partial, Some("Jane Smith"))],
            ),
            // Before the quote: not the name modifying a noun in the apposition.
            (
                "Tom Brown won the vote.\n\nJane Smith, the head of the Brown campaign, said in a statement: \"We start today.\"",
                &[("We start today.", Direct, Some("Jane Smith"))],
            ),
            // A party tag before the apposition.
            (
                "Sen. Jane Smith (D-Ohio), who backs Tom Brown, said, \"He will win.\"",
                &[("He will win.", Direct, Some("Jane Smith"))],
            ),
            // Reported speech: an apposition of an apposition ends in another name.
            (
                "Jane Smith, the chief of staff to the governor, Tom Brown, said the vote was rigged.",
                &[("the vote was rigged", Indirect, Some("Jane Smith"))],
            ),
            // An object inside the apposition heads none of its own.
            (
                "Jane Smith, who backed Sen. Tom Brown, R-Ohio, and opposed the plan, last week said the vote was rigged.",
                &[("the vote was rigged", Indirect, Some("Jane Smith"))],
            ),
            // An apposition that opens with a name is no apposition of the name before it.
            (
                "After meeting Tom Brown, Jane Smith, the senator from Ohio, said the talks went well.",
                &[("the talks went well", Indirect, Some("Jane Smith"))],
            ),
            // An affiliation between the name and its apposition.
            (
                "Gov. Jane Smith of Ohio, a Democrat who has refused to back Mr. Brown, said the vote was rigged.",
                &[("the vote was rigged", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith of Fair Trials Abroad, a charity that once helped Tom Brown, said the case was weak.",
                &[("the case was weak", Indirect, Some("Jane Smith"))],
            ),
        ]);
    }

    /// A pronoun that speaks after the words it said is not someone those words name; unless
    /// its sentence introduces that person by full name, or it is the subject of a main
    /// clause after a subordinate one.
    #[test]
    fn postposed_pronoun_speakers() {
        use QuoteKind::*;
        check(&[
            // "he" or "she" is no one of unknown sex named after a preposition ("on"), but
            // may be after "according to".
            (
                "Ann Lee spoke in Leeds. Her attack on Bernie Talbott was a stretch. On Tuesday she said the bill was bad.",
                &[("the bill was bad", Indirect, Some("Ann Lee"))],
            ),
            (
                "According to Bernie Talbott, the bill is bad. He added that it would fail.",
                &[
                    ("the bill is bad", Indirect, Some("Bernie Talbott")),
                    ("it would fail", Indirect, Some("Bernie Talbott")),
                ],
            ),
            (
                "Labour campaign spokesman Tom Hale said the poster had been misunderstood. The image simply portrayed Mr Brown as a hypnotist, he argued.",
                &[
                    ("the poster had been misunderstood", Indirect, Some("Tom Hale")),
                    ("The image simply portrayed Mr Brown as a hypnotist", Indirect, Some("Tom Hale")),
                ],
            ),
            (
                "Former Rep. Tom Hale was pro Smith while the governor was running, he said.",
                &[(
                    "Former Rep. Tom Hale was pro Smith while the governor was running",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            // (But not one named further in.)
            (
                "Ann Lee spoke in Leeds. Peter Hain spoke in Neath. If voters stayed at home they could see Tory leader Tom Hale win, he added.",
                &[(
                    "If voters stayed at home they could see Tory leader Tom Hale win",
                    Indirect,
                    Some("Peter Hain"),
                )],
            ),
            (
                "Tom Hale, a blogger, spoke. While Mr Hale tipped Smith to win, he predicted it would be close.",
                &[("it would be close", Indirect, Some("Tom Hale"))],
            ),
        ]);
    }

    /// "He said" after a sentence whose speaker stands after the words they said ("…, argued
    /// Mr Hale.") is that speaker, not someone those words name first, nor one who speaks
    /// inside them ("Mr Lee claiming …").
    #[test]
    fn pronoun_after_a_postposed_speaker() {
        use QuoteKind::*;
        check(&[
            (
                "Jane Smith and Tom Hale met on Monday. It was no use Mr Lee claiming the plan was sound, argued Mr Hale. He added: \"The plan will fail.\"",
                &[
                    ("It was no use Mr Lee claiming the plan was sound", Indirect, Some("Tom Hale")),
                    ("The plan will fail.", Direct, Some("Tom Hale")),
                ],
            ),
            (
                "Jane Smith and Tom Hale met on Monday. Mr Lee's plan may be sound, says Tom Hale, an adviser at Acme. \"We will see,\" he said.",
                &[
                    ("Mr Lee's plan may be sound", Indirect, Some("Tom Hale")),
                    ("We will see,", Direct, Some("Tom Hale")),
                ],
            ),
            // (A name after "said" that a verb follows is no postposed speaker.)
            (
                "Tom Hale, an adviser, said Mr Lee had won. \"It was close,\" he said.",
                &[
                    ("Mr Lee had won", Indirect, Some("Tom Hale")),
                    ("It was close,", Direct, Some("Tom Hale")),
                ],
            ),
        ]);
    }

    /// "…, he claimed." after words that name someone is not that person's, nor a partial
    /// quotation's after a participle of speech; a speech verb's participle right after the
    /// verb ends the words before; a description in apposition is the name's before it; a job
    /// before a name makes no object of it.
    #[test]
    fn pronoun_after_words_that_name_someone() {
        use QuoteKind::*;
        check(&[
            (
                "Jim Black attacked the plan on Monday. Mr Lee has failed to fix the roads, he claimed, saying he has the \"wrong answer\" to them.",
                &[
                    ("Mr Lee has failed to fix the roads", Indirect, Some("Jim Black")),
                    ("he has the \"wrong answer\" to them", Indirect, Some("Jim Black")),
                    ("wrong answer", Partial, Some("Jim Black")),
                ],
            ),
            (
                "Jim Black attacked the plan on Monday. Mr Lee's council was a \"bossy, lazy council,\" he added.",
                &[
                    ("Mr Lee's council was a \"bossy, lazy council,\"", Indirect, Some("Jim Black")),
                    ("bossy, lazy council,", Partial, Some("Jim Black")),
                ],
            ),
            (
                "Jim Black spoke on Monday. Mr Lee has \"the same passion for the job\" as when he came to power, he said.",
                &[
                    ("Mr Lee has \"the same passion for the job\" as when he came to power", Indirect, Some("Jim Black")),
                    ("the same passion for the job", Partial, Some("Jim Black")),
                ],
            ),
            (
                "Jim Black spoke on Monday. This is the record Mr Lee will have to defend in the coming months, he said, urging voters to hold him to account.",
                &[("This is the record Mr Lee will have to defend in the coming months", Indirect, Some("Jim Black"))],
            ),
            // (Not after a colon: the words before introduce the quotation.)
            (
                "Jim Black spoke on Monday. Ann Lee saw it differently: \"When he says he will win, I do not take that as a joke,\" she said.",
                &[("When he says he will win, I do not take that as a joke,", Direct, Some("Ann Lee"))],
            ),
            (
                "Chancellor Tom Hale announced cuts. Mark Lee, the leader of the Civil Service Union said: \"The cuts go too far.\"",
                &[("The cuts go too far.", Direct, Some("Mark Lee"))],
            ),
            (
                "Jim Black said the team played well. Scrum-half Tom Hale was also glad. The rivals had lost their way, he said.",
                &[
                    ("the team played well", Indirect, Some("Jim Black")),
                    ("The rivals had lost their way", Indirect, Some("Tom Hale")),
                ],
            ),
            // (An infinitive is no speech verb a participle goes back to.)
            (
                "Work minister Ann Lee said it was wrong to suggest the chancellor would usurp Mr Hale, adding they would \"work as a team\".",
                &[
                    ("it was wrong to suggest the chancellor would usurp Mr Hale", Indirect, Some("Ann Lee")),
                    ("they would \"work as a team\"", Indirect, Some("Ann Lee")),
                    ("work as a team", Partial, Some("Ann Lee")),
                ],
            ),
            // (A phrase of a preposition before a comma reports nothing.)
            (
                "On an annual basis, the data suggests growth of just 0.2%, suggesting a hesitant recovery.",
                &[("growth of just 0.2%", Indirect, None)],
            ),
        ]);
    }

    /// "The Lib Dem spokesman questioned …" after "Lib Dem spokesman Tom Hale": a description
    /// by the whole of a job the article gave someone in a title before their name is them,
    /// and so is a "he" after it.
    #[test]
    fn description_by_a_job_given_before() {
        use QuoteKind::*;
        check(&[
            (
                "Lib Dem spokesman Tom Hale said the budget was unfair. Jim Black set aside money for schools. But the Lib Dem spokesman questioned whether it was enough. He urged the government to scrap the \"grossly unfair\" tax.",
                &[
                    ("the budget was unfair", Indirect, Some("Tom Hale")),
                    ("grossly unfair", Partial, Some("Tom Hale")),
                ],
            ),
            (
                "Tory co-chairman Tom Hale spoke on Monday. Jim Black set out new pledges. The Tory co-chairman said the pledges were empty.",
                &[("the pledges were empty", Indirect, Some("Tom Hale"))],
            ),
            // (Not part of the job alone: "the spokesman" may be anyone's.)
            (
                "Lib Dem spokesman Tom Hale spoke on Monday. Jim Black set out new pledges. A Labour spokesman said they were sound. The spokesman said the pledges were costed.",
                &[
                    ("they were sound", Indirect, None),
                    ("the pledges were costed", Indirect, None),
                ],
            ),
        ]);
    }

    /// "…, said housing minister Ann Lee.": the words of a portfolio before a job are the
    /// speaker's title.
    #[test]
    fn postposed_speaker_after_a_portfolio() {
        use QuoteKind::*;
        check(&[
            (
                "Councils met on Monday. More money is to be given to councils, said housing minister Ann Lee.",
                &[("More money is to be given to councils", Indirect, Some("Ann Lee"))],
            ),
            (
                "Councils met on Monday. The plan will cost too much, said work and pensions minister Tom Hale.",
                &[("The plan will cost too much", Indirect, Some("Tom Hale"))],
            ),
        ]);
    }

    /// What a word that says nothing of speech cues is no statement: "ensure" ("a bill which
    /// would ensure that …"), and for the attribution tagger a modal ("The technology would
    /// allow …"), a participle that describes a noun ("The proposed scheme would mean …").
    #[test]
    fn cues_that_say_nothing() {
        check(&[
            (
                "Markets fell. Support is being sought for a bill which would ensure that large shops remain closed on Christmas Day.",
                &[],
            ),
            (
                "Markets fell. The technology would allow digital people to be combined with the actual ruins.",
                &[],
            ),
            (
                "Markets fell. The proposed scheme would mean voters using individual \"codes\" at every election.",
                &[],
            ),
        ]);
    }

    /// A retort: a verb of hitting with "back" after the quote is its speech verb, so the
    /// quote is not the last speaker's.
    #[test]
    fn retorts() {
        use QuoteKind::*;
        check(&[
            (
                "Tom Brown and Jane Smith clashed. Smith interjected again. \"Jane wants to be a tough guy tonight,\" Brown shot back. \"Let me talk.\"",
                &[
                    ("Jane wants to be a tough guy tonight,", Direct, Some("Tom Brown")),
                    ("Let me talk.", Direct, Some("Tom Brown")),
                ],
            ),
            (
                "Tom Brown and Jane Smith clashed. Smith interjected again. \"That is false,\" Brown fired back.",
                &[("That is false,", Direct, Some("Tom Brown"))],
            ),
        ]);
    }

    /// Verbs of speech beyond the GenderGapTracker list, and a quotation whose closing mark was
    /// typed as an opening one.
    #[test]
    fn more_verbs_of_speech_and_misturned_marks() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. Tom Brown elaborated that the plan would fail.",
                &[("the plan would fail", Indirect, Some("Tom Brown"))],
            ),
            (
                "Markets fell. Tom Brown scoffs that the plan will fail.",
                &[("the plan will fail", Indirect, Some("Tom Brown"))],
            ),
            // (Not "elaborate" or "retort", more often an adjective or a noun.)
            (
                "Markets fell. It is the most elaborate plan that anyone has made.",
                &[],
            ),
            (
                "Markets fell. \u{201c}It could hurt her here,\u{201c} said Tom Brown, a congressman.",
                &[("It could hurt her here,", Direct, Some("Tom Brown"))],
            ),
        ]);
    }

    /// A participle's subject, for the rules, is no name after a preposition (unless the
    /// clause opens with "it") nor one after the main clause's auxiliary: both are objects.
    #[test]
    fn participle_subject_is_no_object() {
        use QuoteKind::*;
        check_with(
            &[
                (
                    "Markets fell. Both parents stiffened their criticism of Tom Hale, saying that he lacked empathy.",
                    &[("he lacked empathy", Indirect, None)],
                ),
                (
                    "Markets fell. The weekly has been outspoken in its opposition to Tom Hale, arguing he is an opportunist.",
                    &[("he is an opportunist", Indirect, None)],
                ),
                (
                    "Markets fell. The senator did give Tom Hale some credit on Monday, saying he had run a good campaign.",
                    &[("he had run a good campaign", Indirect, None)],
                ),
                // (Nor, for any verb, a name right after a participle.)
                (
                    "Markets fell. In a statement defending Tom Hale, Ann Lee's union said he would appeal.",
                    &[("he would appeal", Indirect, None)],
                ),
                (
                    "Markets fell. Praising Tom Hale, the union said he would appeal.",
                    &[("he would appeal", Indirect, None)],
                ),
                (
                    "Markets fell. Some, including Tom Hale, are urging Ann Lee to accept that the plan failed.",
                    &[("the plan failed", Indirect, Some("Tom Hale"))],
                ),
                // (Nor one inside a relative clause set off by commas, nor, for a quote, one
                // in a phrase set off before the verb's unnamed subject.)
                (
                    "Markets fell. Polls from the primary, which Tom Hale won, showed that most voters backed the plan.",
                    &[("most voters backed the plan", Indirect, None)],
                ),
                (
                    "Markets fell. Although there is no link with Tom Hale's team, an official said, \"There are talks.\"",
                    &[("There are talks.", Direct, None)],
                ),
                (
                    "Markets fell. The plan was rejected by Tom Hale, who said: \"It will fail.\"",
                    &[("It will fail.", Direct, Some("Tom Hale"))],
                ),
                (
                    "Markets fell. Commenting on Tom Hale, a banker told Reuters, \"He must go.\"",
                    &[("He must go.", Direct, None)],
                ),
                (
                    "Markets fell. Until Tom Hale spoke, both Ann Lee and her party had said the plan was sound.",
                    &[("the plan was sound", Indirect, Some("Ann Lee"))],
                ),
                (
                    "Markets fell. That was notable: Until Tom Hale spoke, both Ann Lee and her party had said the plan was sound.",
                    &[("the plan was sound", Indirect, Some("Ann Lee"))],
                ),
                (
                    "Markets fell. The embattled Tom Hale resigned on Monday, saying he was tired.",
                    &[("he was tired", Indirect, Some("Tom Hale"))],
                ),
                (
                    "Markets fell. That prompted Tom Hale to resign, a nod to the mayor acknowledging that he had lost.",
                    &[("he had lost", Indirect, None)],
                ),
                (
                    "Markets fell. At the meeting Tom Hale said he would appeal.",
                    &[("he would appeal", Indirect, Some("Tom Hale"))],
                ),
                // (Nor one right after a verb, for a participle or a coordinated verb.)
                (
                    "Markets fell. The new advert hits Tom Hale for taking money and claims that the banks will win.",
                    &[("the banks will win", Indirect, None)],
                ),
                (
                    "Markets fell. The union criticized Tom Hale on Monday, saying he had lied.",
                    &[("he had lied", Indirect, None)],
                ),
                (
                    "Markets fell. It was left to Tom Hale to defend the plan, saying it would save money.",
                    &[("it would save money", Indirect, Some("Tom Hale"))],
                ),
            ],
            &RuleSpeakers,
        );
    }

    #[test]
    fn no_speaker_after_a_preposition_of_place() {
        use QuoteKind::*;
        check_with(
            &[(
                "Ann Lee spoke to reporters beside Tom Brown. \"We will win.\"",
                &[("We will win.", Direct, Some("Ann Lee"))],
            )],
            &RuleSpeakers,
        );
    }

    /// A name after a preposition and a job or title ("with journalist …", "to President …")
    /// is no subject; a title's own preposition ("Minister of State for Finance") and a
    /// conjunction ("after President … announced") leave it one; a group's words that are a
    /// name are that person.
    #[test]
    fn no_speaker_after_a_preposition_and_a_title() {
        use QuoteKind::*;
        check_with(
            &[
                (
                    "In an interview with journalist Mara Lind, Tom Hale said he welcomed the ruling and added, \"I will plead guilty.\"",
                    &[
                        ("he welcomed the ruling", Indirect, Some("Tom Hale")),
                        ("I will plead guilty.", Direct, Some("Tom Hale")),
                    ],
                ),
                (
                    "\"We used to see this,\" Tom Hale - then adviser to President Ann Lee - told a news conference.",
                    &[("We used to see this,", Direct, Some("Tom Hale"))],
                ),
                (
                    "Mayor Tom Hale wrote a letter to Attorney General Ann Lee asking her to look into the \"fiasco.\"",
                    &[
                        (
                            "a letter to Attorney General Ann Lee asking her to look into the \"fiasco.\"",
                            Indirect,
                            Some("Tom Hale"),
                        ),
                        ("fiasco.", Partial, Some("Tom Hale")),
                    ],
                ),
                (
                    "Minister of State for Finance Tom Hale said he had asked the banks for an explanation.",
                    &[("he had asked the banks for an explanation", Indirect, Some("Tom Hale"))],
                ),
                (
                    "Prices rose after President Tom Hale announced that the tax would be cut.",
                    &[("the tax would be cut", Indirect, Some("Tom Hale"))],
                ),
                (
                    "The plan was dropped after Tom Hale said that it would cost too much.",
                    &[("it would cost too much", Indirect, Some("Tom Hale"))],
                ),
                // Nor "after" or "before" right before a name and its verb: they open a
                // clause of time, whose subject speaks; the words reported go on past it.
                (
                    "Ann Lee weighed in on Tuesday, hours after Tom Hale said he was encouraged by the plan.",
                    &[("he was encouraged by the plan", Indirect, Some("Tom Hale"))],
                ),
                (
                    "Ann Lee left the room before Tom Hale said the vote was lost.",
                    &[("the vote was lost", Indirect, Some("Tom Hale"))],
                ),
                (
                    "Ann Lee, speaking after Tom Hale, said the plan was good.",
                    &[("the plan was good", Indirect, Some("Ann Lee"))],
                ),
                (
                    "Ann Lee said the firm had repaid the loan, with interest, to Tom Hale after he said the deal was off.",
                    &[(
                        "the firm had repaid the loan, with interest, to Tom Hale after he said the deal was off",
                        Indirect,
                        Some("Ann Lee"),
                    )],
                ),
            ],
            &RuleSpeakers,
        );
    }

    /// A lead-in paragraph ending in a colon without a speech verb gives the quote after it
    /// to the one person it has for its subject (by the rules alone, which had given it to the
    /// person named last); a name after a preposition or with "'s" is no subject.
    #[test]
    fn lead_in_without_a_speech_verb() {
        use QuoteKind::*;
        check_with(
            &[
                (
                    "Tom Brown left early.\n\nWhen the hosts turned to jokes, Jane Smith called out the jokes of Tom Brown:\n\n\"We came to talk about jobs.\"",
                    &[("We came to talk about jobs.", Direct, Some("Jane Smith"))],
                ),
                (
                    "Jane Smith left early.\n\nThen Tom Brown took the stage:\n\n\"We came to talk about jobs.\"",
                    &[("We came to talk about jobs.", Direct, Some("Tom Brown"))],
                ),
                (
                    "Jane Smith left early.\n\nThen Tom Brown and Ann Lee took the stage:\n\n\"We came to talk about jobs.\"",
                    &[("We came to talk about jobs.", Direct, None)],
                ),
            ],
            &RuleSpeakers,
        );
    }

    /// "CLAUSE, said DESCRIPTION, NAME.": the name after the description speaks.
    #[test]
    fn postposed_description_then_name() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. The plant is under pressure from imports, said the company's chief executive, Tom Hale.",
                &[("The plant is under pressure from imports", Indirect, Some("Tom Hale"))],
            ),
            (
                "Markets fell. He had a voice in decisions about investments, said a former spokesman for the ministry, Ann Lee.",
                &[("He had a voice in decisions about investments", Indirect, Some("Ann Lee"))],
            ),
        ]);
    }

    /// A speaker far from the verb is no possessive ("Bob Lee's backers … have said").
    #[test]
    fn no_possessive_speaker_far_from_the_verb() {
        use QuoteKind::*;
        check_with(
            &[(
                "Bob Lee's backers, including two banks, have said they will not fund the bid.",
                &[("they will not fund the bid", Indirect, None)],
            )],
            &RuleSpeakers,
        );
    }

    /// A participle with "that" opening the sentence, alone or after a preposition: the main
    /// clause's subject speaks, and the clause ends before it (by the rules alone; the ranker
    /// would name the speaker too).
    #[test]
    fn participle_that_opens_the_sentence() {
        use QuoteKind::*;
        check_with(
            &[
                (
                    "Noting that the plant had closed in March, Bob Lee said so in a statement.",
                    &[("the plant had closed in March", Indirect, Some("Bob Lee"))],
                ),
                (
                    "After insisting on Monday that the plant had closed, Bob Lee left the room.",
                    &[("the plant had closed", Indirect, Some("Bob Lee"))],
                ),
            ],
            &RuleSpeakers,
        );
    }

    /// A "that" after an auxiliary is inside the clause the verb reports, not its opener
    /// ("… with that offer"); after "is" right behind the verb it opens it.
    #[test]
    fn that_inside_the_reported_clause() {
        use QuoteKind::*;
        check(&[
            (
                "Bob Lee said the talks could resume with that offer on the table next week.",
                &[(
                    "the talks could resume with that offer on the table next week",
                    Indirect,
                    Some("Bob Lee"),
                )],
            ),
            (
                "Tom Hale, who now plays in Qatar, says there is no comparison between that side and this one.",
                &[(
                    "there is no comparison between that side and this one",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            (
                "Bob Lee said the firm would sell the shares that it bought in May.",
                &[(
                    "the firm would sell the shares that it bought in May",
                    Indirect,
                    Some("Bob Lee"),
                )],
            ),
            (
                "All Bob Lee is asking is that the union waits another week.",
                &[("the union waits another week", Indirect, Some("Bob Lee"))],
            ),
        ]);
    }

    #[test]
    fn reported_clause_ends_before_a_new_subject() {
        use QuoteKind::*;
        check(&[
            (
                "Ann Lee said the real problem is the budget, and she criticised the mayor for months.",
                &[("the real problem is the budget", Indirect, Some("Ann Lee"))],
            ),
            // Words reported after a listener's name open after all of it.
            (
                "Markets fell. Acme told the Securities and Exchange Commission it had raised its stake.",
                &[("it had raised its stake", Indirect, None)],
            ),
            // A question put to the speaker is no statement of theirs.
            (
                "Markets fell. Asked whether he would stand again, Tom Hale said he would not.",
                &[("he would not", Indirect, Some("Tom Hale"))],
            ),
            (
                "Markets fell. When asked whether he would stand, Tom Hale said no.",
                &[],
            ),
            // A noun of speech set off after the words, with what someone did to it.
            (
                "Markets fell. Ann Lee said there was a hole in the public finances, a claim denied by the chancellor.",
                &[("there was a hole in the public finances", Indirect, Some("Ann Lee"))],
            ),
            // The speaker's next verb after "then", "later" or "went on to" ends it too.
            (
                "Tom Hale joked that Leeds was his answer, but went on to say that the north was cold.",
                &[
                    ("Leeds was his answer", Indirect, Some("Tom Hale")),
                    ("the north was cold", Indirect, Some("Tom Hale")),
                ],
            ),
            (
                "Tom Hale joked that Leeds was his answer, but went on to say, \"It is cold up there.\"",
                &[
                    ("Leeds was his answer", Indirect, Some("Tom Hale")),
                    ("It is cold up there.", Direct, Some("Tom Hale")),
                ],
            ),
            (
                "Ann Lee said the shop was closing and then told staff that she would stay.",
                &[
                    ("the shop was closing", Indirect, Some("Ann Lee")),
                    ("she would stay", Indirect, Some("Ann Lee")),
                ],
            ),
            // Not "and also": the words reported mostly go on ("it had bought a mill and also
            // agreed to sell a farm").
            (
                "Ann Lee said the firm had bought a mill and also agreed to sell a farm.",
                &[(
                    "the firm had bought a mill and also agreed to sell a farm",
                    Indirect,
                    Some("Ann Lee"),
                )],
            ),
        ]);
    }

    /// Reported speech after a noun of saying is its owner's ("Mr Hale's claim that", "claims
    /// from Tom Hale that"), not the subject's; no one's when the noun has no owner ("hit back
    /// at claims that").
    #[test]
    fn speaker_of_a_noun_of_saying() {
        use QuoteKind::*;
        check(&[
            (
                "Tom Hale spoke in Leeds. Ann Lee hit back at Mr Hale's claim that the mill would close.",
                &[("the mill would close", Indirect, Some("Tom Hale"))],
            ),
            (
                "Tom Hale spoke in Leeds. Ann Lee said that Tom Hale's repeated promise that the mill would stay was empty.",
                &[(
                    "Tom Hale's repeated promise that the mill would stay was empty",
                    Indirect,
                    Some("Ann Lee"),
                )],
            ),
            // Or after "from" or "by".
            (
                "Tom Hale spoke in Leeds. Ann Lee rejected claims from Tom Hale that the mill would close.",
                &[("the mill would close", Indirect, Some("Tom Hale"))],
            ),
            (
                "Tom Hale spoke in Leeds. Ann Lee dismissed claims by Labour leader Tom Hale that the mill would close.",
                &[("the mill would close", Indirect, Some("Tom Hale"))],
            ),
            // Else a noun that is a verb's or a preposition's object is no one's the article
            // names: the sentence's subject did not say those words.
            (
                "Markets fell. Tom Hale resigned on Monday following reports that he would join the board.",
                &[("he would join the board", Indirect, None)],
            ),
            (
                "Markets fell. Tom Hale hit back at claims that he would join the board.",
                &[("he would join the board", Indirect, None)],
            ),
            // (But one who cites or repeats them makes them his.)
            (
                "Markets fell. Tom Hale cited reports that the mill would close.",
                &[("the mill would close", Indirect, Some("Tom Hale"))],
            ),
            (
                "Markets fell. Tom Hale, a farmer, has repeated claims that the mill would close.",
                &[("the mill would close", Indirect, Some("Tom Hale"))],
            ),
            (
                "Markets fell. Tom Hale also claims that he would join the board.",
                &[("he would join the board", Indirect, Some("Tom Hale"))],
            ),
            (
                "Markets fell. Tom Hale spoke in Leeds. They ridiculed the claims made on Monday by Ann Lee that she could save money.",
                &[("she could save money", Indirect, Some("Ann Lee"))],
            ),
            (
                "Markets fell. Tom Hale believes his plan will underpin his claim that his party is the only opposition.",
                &[("his party is the only opposition", Indirect, Some("Tom Hale"))],
            ),
        ]);
    }

    /// Words that a group would speak but that name a person of the article are that
    /// person: a headline in title case, a surname the rules left alone.
    #[test]
    fn group_that_names_a_person() {
        use QuoteKind::*;
        check(&[(
            "Hale Says He Will Stand Again.\n\nTom Hale said on Monday that he would stand again in Leeds.",
            &[
                ("He Will Stand Again", Indirect, Some("Tom Hale")),
                ("he would stand again in Leeds", Indirect, Some("Tom Hale")),
            ],
        )]);
    }

    /// Who is asked or told something in the passive voice did not say it: 'Tom Hale was
    /// asked, "…"' is a question put to him by someone unnamed.
    #[test]
    fn no_speaker_who_is_asked_or_told() {
        use QuoteKind::*;
        check(&[
            (
                "Tom Hale spoke in Leeds. Hale was asked, \"Will you stand again?\"",
                &[("Will you stand again?", Direct, None)],
            ),
            (
                "Tom Hale spoke in Leeds. Hale was repeatedly pressed: \"Will you stand again?\" \"I will,\" he said.",
                &[
                    ("Will you stand again?", Direct, None),
                    ("I will,", Direct, Some("Tom Hale")),
                ],
            ),
            (
                "Ann Lee was told that the mill would close.",
                &[("the mill would close", Indirect, None)],
            ),
            // The one who asks speaks, and so does one the passive verb names.
            (
                "Tom Hale spoke in Leeds. Ann Lee asked, \"Will you stand again?\"",
                &[("Will you stand again?", Direct, Some("Ann Lee"))],
            ),
            (
                "The mill would close, the court was told by Ann Lee.",
                &[("The mill would close", Indirect, Some("Ann Lee"))],
            ),
            // Nor someone the question put names: the pronoun after it is who was asked.
            (
                "Tom Hale spoke in Leeds on Monday. David Lowe resigned last week. Mr Hale praised him. Asked if Mr Lowe could return to the cabinet, he replied: \"I have made my admiration for David clear.\"",
                &[(
                    "I have made my admiration for David clear.",
                    Direct,
                    Some("Tom Hale"),
                )],
            ),
        ]);
    }

    /// Words in capitals at the start of a sentence, with a person and a speech verb after
    /// them, are said, not a title.
    #[test]
    fn capitalised_words_that_are_said() {
        use QuoteKind::*;
        check(&[
            (
                "Tom Hale spoke in Leeds. \"Like Leeds. Or York,\" Hale said.",
                &[("Like Leeds. Or York,", Direct, Some("Tom Hale"))],
            ),
            // A title stays one: after other words, or with no speaker after.
            (
                "Tom Hale spoke in Leeds. In his book, \"Make Your Mill Pay,\" Mr Hale suggested it.",
                &[],
            ),
            ("\"Mill Town Blues,\" is a song.", &[]),
        ]);
    }

    #[test]
    fn quotation_paragraph_after_a_statement() {
        use QuoteKind::*;
        check_with(
            &[
            (
                "Ann Lee said that the region would matter most for years.\n\n“That is because it holds half the world.”",
                &[
                    ("the region would matter most for years", Indirect, Some("Ann Lee")),
                    ("That is because it holds half the world.", Direct, Some("Ann Lee")),
                ],
            ),
            // "According to" names a speaker in its own sentence only.
            (
                "Health Secretary Ann Lee spoke. Pay fell by a fifth last year, according to the Pay Board.\n\nThe minister said cuts would come.",
                &[
                    ("Pay fell by a fifth last year", Indirect, None),
                    ("cuts would come", Indirect, Some("Ann Lee")),
                ],
            ),
            // "The minister" is whoever holds a minister's post, whatever its name.
            (
                "Health Secretary Ann Lee spoke in Leeds. The minister said cuts would come.",
                &[("cuts would come", Indirect, Some("Ann Lee"))],
            ),
            // A quote with no verb of its own is the main clause's subject's before it, not
            // that of a clause inside ("if Tom Hale applied").
            (
                "Ann Lee was asked if she would agree if Tom Hale applied. \"We would look at it.\"",
                &[("We would look at it.", Direct, Some("Ann Lee"))],
            ),
            (
                "The talks ended. Ann Lee said the region would matter most for years.\n\n“It holds half the world,” she added.",
                &[
                    ("the region would matter most for years", Indirect, Some("Ann Lee")),
                    ("It holds half the world,", Direct, Some("Ann Lee")),
                ],
            ),
            ],
            &RuleSpeakers,
        );
    }

    #[test]
    fn partial_and_group_speakers() {
        use QuoteKind::*;
        check(&[
            (
                "Jane Smith expressed openness to \"serious negotiations.\"",
                &[("serious negotiations.", Partial, Some("Jane Smith"))],
            ),
            (
                "Jane Smith met John Brown. They called for peace \"in the air, at sea\".",
                &[("in the air, at sea", Partial, Some("Jane Smith"))],
            ),
            ("He called it a \"farce\".", &[]),
            // After a calling verb the statement is the whole object with its closing mark, a
            // list of quotes one.
            (
                "Ted Cruz called Donald Trump a \"pathological liar\" in May.",
                &[("Donald Trump a \"pathological liar\"", Partial, Some("Ted Cruz"))],
            ),
            (
                "Ted Cruz called Donald Trump a \"pathological liar\" who is \"utterly amoral,\" a \"serial philanderer\" and worse.",
                &[(
                    "Donald Trump a \"pathological liar\" who is \"utterly amoral,\" a \"serial philanderer\"",
                    Partial,
                    Some("Ted Cruz"),
                )],
            ),
            (
                "Jane Smith described the plan as \"deeply flawed\" on Monday.",
                &[("the plan as \"deeply flawed\"", Partial, Some("Jane Smith"))],
            ),
            // Not a call for something, nor a reason after the object: the quotation alone.
            (
                "Jane Smith rejected calls to \"pause\" the scheme.",
                &[("pause", Partial, Some("Jane Smith"))],
            ),
            (
                "Jane Smith called on the banks not to \"cut and run\" this year.",
                &[("cut and run", Partial, Some("Jane Smith"))],
            ),
            (
                "Jane Smith praised her deputy for an \"excellent job\" on Monday.",
                &[("excellent job", Partial, Some("Jane Smith"))],
            ),
            // A term after an article that nobody says is the writer's.
            ("The town built a \"half-way house\" for the elderly.", &[]),
            // ... or after a demonstrative or "so-called".
            ("Most of this 'normal aid' would be spent.", &[]),
            ("Banks formed a so-called \"magic circle\" that year.", &[]),
            // But a group's words are theirs, with the article: inside their reported speech.
            (
                "The union said the deal was a \"cynical betrayal\" of its members.",
                &[
                    ("the deal was a \"cynical betrayal\" of its members", Indirect, None),
                    ("cynical betrayal", Partial, None),
                ],
            ),
            // A few quoted words inside reported speech are a statement of their own too.
            (
                "Jane Smith said the plan was 'a big mistake' for the town.",
                &[
                    ("the plan was 'a big mistake' for the town", Indirect, Some("Jane Smith")),
                    ("a big mistake", Partial, Some("Jane Smith")),
                ],
            ),
            // A partial quote before ", said X" is X's, not the sentence subject's, and so
            // are the words reported around it.
            (
                "Jane Smith \"is the only one who can win,\" said Tom Brown.",
                &[
                    (
                        "Jane Smith \"is the only one who can win,\"",
                        Indirect,
                        Some("Tom Brown"),
                    ),
                    ("is the only one who can win,", Partial, Some("Tom Brown")),
                ],
            ),
            // A calling verb's own subject, past a name after a preposition.
            (
                "Some voters feared a rerun of Tom Brown's speech, when Mr. Brown, speaking with Jane Smith, called for a \"cultural war\" against them.",
                &[("cultural war", Partial, Some("Tom Brown"))],
            ),
            // A sentence-opening participle is the main clause subject's.
            (
                "Claiming the debate was rigged against him, Tom Brown told Fox that \"they want me out.\"",
                &[
                    ("the debate was rigged against him", Indirect, Some("Tom Brown")),
                    ("they want me out.", Partial, Some("Tom Brown")),
                ],
            ),
            // A clause before "X said" may go on after it with a subordinate clause.
            (
                "The plan has badly hurt the party with young voters, Tom Brown said, since most of them care about it.",
                &[(
                    "The plan has badly hurt the party with young voters",
                    Indirect,
                    Some("Tom Brown"),
                )],
            ),
            // A paragraph without quotation marks after a lead-in ending in a colon.
            (
                "Tom Brown spoke at length.\n\nBrown added:\n\nAnd this is the worst plan I have ever seen in my life.",
                &[(
                    "And this is the worst plan I have ever seen in my life.",
                    Direct,
                    Some("Tom Brown"),
                )],
            ),
            // Song lines are sung.
            (
                "\"Keep your hands in sight,\" Jane Smith sings to the crowd.",
                &[("Keep your hands in sight,", Direct, Some("Jane Smith"))],
            ),
            // Typewriter double marks.
            (
                "''We will win,'' Jane Smith said. ''Nobody doubts it.''",
                &[
                    ("We will win,", Direct, Some("Jane Smith")),
                    ("Nobody doubts it.", Direct, Some("Jane Smith")),
                ],
            ),
        ]);
    }

    /// A partial quote inside a group's reported speech is the group's, not the name before it
    /// (the ranker, which names speakers the rules left out, does not see it).
    #[test]
    fn partial_quote_inside_a_groups_reported_speech() {
        let table: [(&str, &[(&str, Option<&str>)]); 4] = [
            (
                "The Acme Corporation said that Tom Brown \u{201c}had a crazy plan of cuts.\u{201d}",
                &[
                    (
                        "Tom Brown \u{201c}had a crazy plan of cuts.\u{201d}",
                        Some("Acme Corporation"),
                    ),
                    ("had a crazy plan of cuts.", Some("Acme Corporation")),
                ],
            ),
            // A quoted word too, which stands only inside the words reported.
            (
                "Markets fell. Labour said he had \"cleverly\" not asked about paid advocacy.",
                &[
                    (
                        "he had \"cleverly\" not asked about paid advocacy",
                        Some("Labour"),
                    ),
                    ("cleverly", Some("Labour")),
                ],
            ),
            (
                "Markets fell. Labour said nothing about the \"plan\" on Monday.",
                &[],
            ),
            // It breaks no chain of "it": 'It added' is the body's still.
            (
                "Markets fell. The Acme Corporation said the excuses were \"unacceptable\". It added that the pair had been suspended.",
                &[
                    ("the excuses were \"unacceptable\"", Some("Acme Corporation")),
                    ("unacceptable", Some("Acme Corporation")),
                    ("the pair had been suspended", Some("Acme Corporation")),
                ],
            ),
        ];
        for (text, want) in table {
            let x = extract(text);
            let got: Vec<(&str, Option<&str>)> = x
                .statements
                .iter()
                .filter(|s| s.speakers.is_empty())
                .map(|s| (s.span.of(text), s.group.as_deref()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A quotation that is the whole "that" clause of a group's speech verb is the group's; a
    /// quoted phrase after no speech verb is no one's.
    #[test]
    fn group_of_a_quoted_that_clause() {
        for (text, want) in [
            (
                "The ministry noted that \"as a matter of policy, officials do not meet radicals.\"",
                Some("ministry"),
            ),
            (
                "The ministry's new office looks out on what locals call \"the old town of Leeds.\"",
                None,
            ),
        ] {
            let x = extract(text);
            let got: Vec<Option<&str>> = x.statements.iter().map(|s| s.group.as_deref()).collect();
            assert_eq!(got, [want], "{text}");
        }
    }

    /// What a poll or figures show, without "that", is reported: the phrase after the verb,
    /// to the end of its clause. Not a show that is a noun, not words that a verb after them
    /// reports whole, not a finding that holds another's words.
    #[test]
    fn findings_without_that() {
        use QuoteKind::*;
        check(&[
            (
                "Polls show Mr Hale with a double-digit lead.",
                &[("Mr Hale with a double-digit lead", Indirect, None)],
            ),
            (
                "A Tribune poll last week showed Mr Hale ahead in Ohio, with 45 percent to 39.",
                &[("Mr Hale ahead in Ohio, with 45 percent to 39", Indirect, None)],
            ),
            (
                "Figures released on Friday showed exports rose sharply in May.",
                &[("exports rose sharply in May", Indirect, None)],
            ),
            (
                "Even as polls show Mr Hale ahead, his rivals appear to be gaining ground.",
                &[("Mr Hale ahead", Indirect, None)],
            ),
            (
                "Figures showed the economy grew by 9% and experts say growth will stay strong.",
                &[
                    ("the economy grew by 9%", Indirect, None),
                    ("growth will stay strong", Indirect, None),
                ],
            ),
            (
                "Tom Hale spoke in Leeds. Recent figures showed exports rose sharply in May, he said.",
                &[(
                    "Recent figures showed exports rose sharply in May",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            (
                "A poll in June shows 68% of voters say the tax will matter.",
                &[("the tax will matter", Indirect, None)],
            ),
            (
                "The firm will unveil computer studies at the Paris air show in June.",
                &[],
            ),
            ("The band showed up late for the concert in Leeds.", &[]),
        ]);
    }

    /// "Referring to" after someone's words tells what they were about: the phrase is theirs,
    /// and no part of the words before it. Without words before it in its sentence it is
    /// nobody's.
    #[test]
    fn what_words_refer_to() {
        use QuoteKind::*;
        check(&[
            (
                "\"We need steady hands,\" Ann Lee told the group, referring to the business mogul.",
                &[
                    ("We need steady hands,", Direct, Some("Ann Lee")),
                    ("the business mogul", Indirect, Some("Ann Lee")),
                ],
            ),
            (
                "Tom Hale said the bid was low, apparently referring to the offer from Acme.",
                &[
                    ("the bid was low", Indirect, Some("Tom Hale")),
                    ("the offer from Acme", Indirect, Some("Tom Hale")),
                ],
            ),
            (
                "Local farmers have dubbed it the yuca primary, referring to the Cuban staple.",
                &[],
            ),
            // (Nothing before it: the sentence's own verb speaks.)
            (
                "Apparently referring to the mayor, Tom Hale said the city was broke.",
                &[("the city was broke", Indirect, Some("Tom Hale"))],
            ),
        ]);
    }

    /// A phrase before a speaker and verb is no clause they report when a clause with a
    /// personal pronoun follows the verb: that clause is theirs.
    #[test]
    fn phrase_before_speaker_then_clause() {
        use QuoteKind::*;
        check(&[
            (
                "Despite the negative press, Tom Hale said he welcomes the attention.",
                &[("he welcomes the attention", Indirect, Some("Tom Hale"))],
            ),
            (
                "After losing the first set to Jan Berg, Tom Hale said he began to doubt himself.",
                &[("he began to doubt himself", Indirect, Some("Tom Hale"))],
            ),
            (
                "The plan would cost far too much, Tom Hale said on Tuesday.",
                &[(
                    "The plan would cost far too much",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
        ]);
    }

    /// Words with a verb of their own before a speaker set off by commas, and a new clause
    /// after: the words before are the speaker's. Not a condition, nor a verb that goes on
    /// after the speaker.
    #[test]
    fn clause_before_a_speaker_set_off() {
        use QuoteKind::*;
        check(&[
            (
                "It was impossible, Tom Hale said, so the leaders decided to split the work.",
                &[("It was impossible", Indirect, Some("Tom Hale"))],
            ),
            (
                "The talks failed, Tom Hale said, and the army moved in.",
                &[("The talks failed", Indirect, Some("Tom Hale"))],
            ),
            (
                "But if measured at age 65 instead, Tom Hale said, a manual worker will live longer.",
                &[],
            ),
            (
                "The minister is also expected, Tom Hale said, to portray the deal as fair.",
                &[],
            ),
        ]);
    }

    /// "It said" right after one organisation's statement is that organisation's; not after a
    /// plural's or a party's members'. "The company said" is the firm named before it.
    #[test]
    fn it_continues_an_organisation() {
        for (text, want) in [
            (
                "Acme Corp said it sold its unit for cash. It said the proceeds will be used to cut its debt.",
                vec![Some("Acme Corp"), Some("Acme Corp")],
            ),
            (
                "Acme Corp said it sold its unit for cash. It also said the proceeds will be used to cut its debt.",
                vec![Some("Acme Corp"), Some("Acme Corp")],
            ),
            (
                "Analysts said the shares would rise sharply. It said the proceeds will be used to cut its debt.",
                vec![Some("Analysts"), None],
            ),
            (
                "The Lib Dems say Labour is calling people who opted out. It says calls are not marketing if they ask about voting.",
                vec![Some("Lib Dems"), None],
            ),
            // "The company" is the firm named before it, and so is the "It" after it.
            (
                "Acme Corp said it sold its unit for cash. The company said the proceeds will be used to cut its debt. It also said it would hire 300 workers.",
                vec![Some("Acme Corp"), Some("Acme Corp"), Some("Acme Corp")],
            ),
            (
                "Analysts said the shares would rise sharply. The company said the proceeds will be used to cut its debt.",
                vec![Some("Analysts"), Some("company")],
            ),
            (
                "Acme Corp said it sold its unit for cash. The government said the sale was legal.",
                vec![Some("Acme Corp"), Some("government")],
            ),
        ] {
            let x = extract(text);
            let got: Vec<Option<&str>> = x.statements.iter().map(|s| s.group.as_deref()).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A reported clause ends where another speaker's clause begins after a conjunction: a
    /// person's after "while", a group's after "and", "but" or "although" ("… and the Liberal
    /// Democrats claim …", "…, although others feel …"), and that clause is the group's, not
    /// the first speaker's; a "that" after another speech verb is that verb's. Not a noun
    /// after a name ("… about Labour and Conservative promises on tax"), nor a compound
    /// subject that agreed.
    #[test]
    fn clause_ends_before_another_speakers_clause() {
        use QuoteKind::*;
        check(&[
            // (A verb of speech in the present after "but" is the speaker's next.)
            (
                "Markets fell. Tom Hale says the plan will fail, but insists that taxes must fall.",
                &[
                    ("the plan will fail", Indirect, Some("Tom Hale")),
                    ("taxes must fall", Indirect, Some("Tom Hale")),
                ],
            ),
            // (A verb of asking after "and": the question is no part of the words before.)
            (
                "Markets fell. Tom Hale said the plan was weak and questioned how it would help him.",
                &[("the plan was weak", Indirect, Some("Tom Hale"))],
            ),
            // (Three words with a pronoun for their subject are a clause of their own.)
            (
                "Markets fell. Tom Hale said the plan would fail, while Ann Lee said it would work.",
                &[
                    ("the plan would fail", Indirect, Some("Tom Hale")),
                    ("it would work", Indirect, Some("Ann Lee")),
                ],
            ),
            (
                "Markets fell. Tom Hale says he has done no deals while Jim Lee says he will not let gossip distract him.",
                &[
                    ("he has done no deals", Indirect, Some("Tom Hale")),
                    ("he will not let gossip distract him", Indirect, Some("Jim Lee")),
                ],
            ),
            (
                "Markets fell. The Tories say the two men are behaving like schoolboys and the Liberal Democrats claim ambition is blocking good government.",
                &[
                    ("the two men are behaving like schoolboys", Indirect, None),
                    ("ambition is blocking good government", Indirect, None),
                ],
            ),
            // A group after a quantifier; its verb reports a clause without "that" too.
            (
                "Markets fell. Tom Hale said the changes were fair but some MPs argue the situation is still unclear.",
                &[
                    ("the changes were fair", Indirect, Some("Tom Hale")),
                    ("the situation is still unclear", Indirect, None),
                ],
            ),
            (
                "Markets fell. Acme says it wants to be first to the market and some analysts predict that its console will be out by May.",
                &[
                    ("it wants to be first to the market", Indirect, None),
                    ("its console will be out by May", Indirect, None),
                ],
            ),
            (
                "Markets fell. Tom Hale said prices rose sharply last year and Labour says they will rise again.",
                &[
                    ("prices rose sharply last year", Indirect, Some("Tom Hale")),
                    ("they will rise again", Indirect, None),
                ],
            ),
            (
                "Markets fell. Tom Hale said prices rose sharply last year and Labour says that they will rise again.",
                &[
                    ("prices rose sharply last year", Indirect, Some("Tom Hale")),
                    ("they will rise again", Indirect, None),
                ],
            ),
            (
                "Markets fell. Some analysts said rates will drop later in the year, although others feel the bank may raise them.",
                &[("rates will drop later in the year", Indirect, None)],
            ),
            (
                "Markets fell. Tom Hale said people were sceptical about Labour and Conservative promises on tax.",
                &[(
                    "people were sceptical about Labour and Conservative promises on tax",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            (
                "Markets fell. Tom Hale said unions and employers agreed to the deal.",
                &[("unions and employers agreed to the deal", Indirect, Some("Tom Hale"))],
            ),
            // The nearest of the conjunctions before the other speaker.
            (
                "Markets fell. Tom Hale says sales rose and profits fell while Jim Lee says they will rise again.",
                &[
                    ("sales rose and profits fell", Indirect, Some("Tom Hale")),
                    ("they will rise again", Indirect, Some("Jim Lee")),
                ],
            ),
            // A subject of two words joined by "and" is no other clause.
            (
                "Markets fell. Mr Tom Hale said talks between Israel and the Palestinians suggested progress.",
                &[(
                    "talks between Israel and the Palestinians suggested progress",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            // "claims" may be a noun: its "that" is the verb's before.
            (
                "Markets fell. Ann Lee reiterated claims that the firm was negligent.",
                &[("the firm was negligent", Indirect, Some("Ann Lee"))],
            ),
            (
                "Markets fell. Peter Saunders of the CMF said it believed the rules were too loose.",
                &[("it believed the rules were too loose", Indirect, Some("Peter Saunders"))],
            ),
        ]);
    }

    /// "He said" after someone unnamed spoke ("A spokesman said …") is that person's, with
    /// their group, not the words of whoever the article named before; unless someone named
    /// speaks after them, the pronoun's sex is not theirs, or the unnamed one is an apposition
    /// to a name.
    #[test]
    fn pronoun_after_someone_unnamed() {
        type Row = (Option<&'static str>, Option<&'static str>);
        let table: Vec<(&str, Vec<Row>)> = vec![
            (
                "Tom Hale runs the firm. A spokesman said the plan was sound. \"We are happy,\" he said.",
                vec![(None, Some("spokesman")), (None, Some("spokesman"))],
            ),
            (
                "Tom Hale runs the firm. \"We will win,\" said a senior official. \"We are happy,\" he added.",
                vec![(None, Some("senior official")), (None, Some("senior official"))],
            ),
            // (A group named after "for" is the unnamed speaker's.)
            (
                "Jon Cope dances. But a spokesman for the English National Ballet told reporters that few dancers were British. He said competition at auditions was fierce.",
                vec![
                    (None, Some("English National Ballet")),
                    (None, Some("English National Ballet")),
                ],
            ),
            // "The BBC spokeswoman" after an unnamed spokeswoman is her.
            (
                "Ann Lee hosts the show. \"There are no plans,\" a spokeswoman said. The BBC spokeswoman said the show would end. \"That is on the cards,\" she said.",
                vec![
                    (None, Some("spokeswoman")),
                    (None, Some("BBC spokeswoman")),
                    (None, Some("BBC spokeswoman")),
                ],
            ),
            // Not a "she" after a spokesman, nor after a name's apposition.
            (
                "Ann Lee runs the firm. A spokesman said the show would return. \"That is on the cards,\" she said.",
                vec![(None, Some("spokesman")), (Some("Ann Lee"), None)],
            ),
            (
                "Tom Hale spoke. Mike Lake, a spokesman for the firm, said the plan was sound. \"We are happy,\" he said.",
                vec![(Some("Mike Lake"), None), (Some("Mike Lake"), None)],
            ),
            // After a verb, unnamed and then the end of the clause ("said a spokesman."); not
            // a thing ("said an official inquiry would …").
            (
                "Tom Hale runs the firm. Sales will rise sharply next year, said a spokesman. \"We are happy,\" he added.",
                vec![(None, Some("spokesman")), (None, Some("spokesman"))],
            ),
            (
                "Markets fell. Tom Hale said an official inquiry would begin. He added that he had done nothing wrong.",
                vec![(Some("Tom Hale"), None), (Some("Tom Hale"), None)],
            ),
            // From paragraph to paragraph.
            (
                "Tom Hale runs the firm. A spokesman said the plan was sound.\n\n\"We are happy,\" he said.\n\n\"We will go on,\" he added.",
                vec![
                    (None, Some("spokesman")),
                    (None, Some("spokesman")),
                    (None, Some("spokesman")),
                ],
            ),
            // (Not someone their words name: the unnamed one's words mostly go on.)
            (
                "Tom Hale runs Acme. A spokesman said Mr Hale would step down in May. He said the firm was in good hands.",
                vec![(None, Some("spokesman")), (None, Some("spokesman"))],
            ),
            // A dealer, a trader, an analyst; "one" in lower case after an adverb, and a
            // relative clause before the verb (no group is named for them yet).
            (
                "Tom Hale runs the firm. However, one dealer, who asked not to be named, told reporters the sales were poor. \"It has been tough,\" he said.",
                vec![(None, None)],
            ),
            (
                "Tom Hale runs the firm. \"Sales will fall,\" one economist said. He said prices would rise too.",
                vec![(None, None), (None, None)],
            ),
            // Someone named who speaks after the unnamed one, or in a sentence after.
            (
                "Tom Hale runs the firm. A spokesman said no, but Jim Lee said yes. \"We are happy,\" he said.",
                vec![(Some("Jim Lee"), None)],
            ),
            (
                "A spokesman said the plan was sound. Tom Hale, the chief executive, said it would work. \"We are happy,\" he added.",
                vec![
                    (None, Some("spokesman")),
                    (Some("Tom Hale"), None),
                    (Some("Tom Hale"), None),
                ],
            ),
        ];
        for (text, want) in table {
            let x = extract(text);
            let got: Vec<(Option<&str>, Option<&str>)> = x
                .statements
                .iter()
                .map(|s| {
                    let name = s.speakers.first().map(|&p| x.people[p].name.as_str());
                    (name, s.group.as_deref())
                })
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A name that ends in "-ly" is no adverb between a group and its verb; an adverb in lower
    /// case is.
    #[test]
    fn group_names_ending_in_ly() {
        for (text, want) in [
            (
                "The Bank of Italy said rates would stay where they are.",
                Some("Bank of Italy"),
            ),
            (
                "The China Daily said the harvest was the best in ten years.",
                Some("China Daily"),
            ),
            (
                "The ministry recently said the harvest was the best in ten years.",
                Some("ministry"),
            ),
        ] {
            let x = extract(text);
            let got: Vec<Option<&str>> = x.statements.iter().map(|s| s.group.as_deref()).collect();
            assert_eq!(got, [want], "{text}");
        }
    }

    #[test]
    fn reported_speech() {
        use QuoteKind::*;
        check(&[
            // A comparison or "add to" reports no one's words.
            (
                "Markets fell. The economy grew by 9.5% during 2004, faster than predicted and well above the year before.",
                &[],
            ),
            (
                "Markets fell. Prices rose faster than in 2004, adding to concern that a sharp rise in costs could stoke inflation.",
                &[],
            ),
            (
                "Markets fell. In addition to stating that unborn babies have no rights, Ann Lee has vowed to repeal the law.",
                &[
                    ("that unborn babies have no rights", Indirect, Some("Ann Lee")),
                    ("to repeal the law", Indirect, Some("Ann Lee")),
                ],
            ),
            // A quotation after a colon ends the words reported before it.
            (
                "Markets fell. Tom Hale said Ann Lee's integrity remained intact: \"She asked for this inquiry.\"",
                &[
                    ("Ann Lee's integrity remained intact", Indirect, Some("Tom Hale")),
                    ("She asked for this inquiry.", Direct, Some("Tom Hale")),
                ],
            ),
            // "claims" as a participle's object reports nothing, unless "that" follows.
            (
                "Ministers offered late changes to the bill, prompting claims of a shambles in the Commons.",
                &[],
            ),
            (
                "Ministers are facing claims that the new law is unenforceable.",
                &[("the new law is unenforceable", Indirect, None)],
            ),
            (
                "Jane Smith told reporters that the plan had failed badly.",
                &[("the plan had failed badly", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith added that the West must halt aid—a sticking point.",
                &[("the West must halt aid", Indirect, Some("Jane Smith"))],
            ),
            // "that" up to nine words after the verb, past a listener and a time.
            (
                "Jane Smith told reporters during a visit on Friday that the plant would close soon.",
                &[("the plant would close soon", Indirect, Some("Jane Smith"))],
            ),
            // A "that" clause stops where another speaker's clause opens.
            (
                "Jane Smith argued that taxes would rise, but Tom Hale said they would fall soon.",
                &[
                    ("taxes would rise", Indirect, Some("Jane Smith")),
                    ("they would fall soon", Indirect, Some("Tom Hale")),
                ],
            ),
            // A question's "that" clause is nobody's statement.
            (
                "Asked about criticism that she stayed away, Jane Smith told the BBC: \"I was working all week.\"",
                &[("I was working all week.", Direct, Some("Jane Smith"))],
            ),
            // Verbs of speech beyond "say" and "tell".
            (
                "Jane Smith reiterated that the plant would close soon.",
                &[("the plant would close soon", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith speculated that rates would rise in May.",
                &[("rates would rise in May", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith lamented that the talks had stalled again.",
                &[("the talks had stalled again", Indirect, Some("Jane Smith"))],
            ),
            ("It is so big that nobody can lift it.", &[]),
            (
                "\"He said that it was over,\" she recalled.",
                &[("He said that it was over,", Direct, None)],
            ),
        ]);
    }

    /// Who speaks past a time phrase, in a relative clause, and after a possessive.
    #[test]
    fn speakers_past_time_relative_and_possessive() {
        use QuoteKind::*;
        check(&[
            // "he" after a sentence that opens with a possessive: the subject after it.
            (
                "Tom Hale's goal won the game and Bob Lee praised the side. \"We were good,\" he said.",
                &[("We were good,", Direct, Some("Bob Lee"))],
            ),
            (
                "Tom Hale's lawyer Bob Lee called the ruling unfair. \"It was wrong,\" he said.",
                &[("It was wrong,", Direct, Some("Bob Lee"))],
            ),
            // A description after a relative clause between the speaker and the verb, and one
            // that names a seat; a former post is no other present one.
            (
                "Former Cabinet minister Tom Hale, whose father served as lord chancellor, said the bill was \"largely unnecessary\". But the Tory MP for Sleaford and North Hykeham admitted the office \"cannot be frozen in aspic\".",
                &[
                    ("the bill was \"largely unnecessary\"", Indirect, Some("Tom Hale")),
                    ("largely unnecessary", Partial, Some("Tom Hale")),
                    (
                        "the office \"cannot be frozen in aspic\"",
                        Indirect,
                        Some("Tom Hale"),
                    ),
                    ("cannot be frozen in aspic", Partial, Some("Tom Hale")),
                ],
            ),
            (
                "Former Jim Black singer Tom Hale, who sang on hits such as Come Tomorrow, said Bob Lee was one of his heroes. \"I am sure my writing was influenced by him,\" he told the BBC.",
                &[
                    ("Bob Lee was one of his heroes", Indirect, Some("Tom Hale")),
                    ("I am sure my writing was influenced by him,", Direct, Some("Tom Hale")),
                ],
            ),
            // "…, he said." at a sentence's end reports the clause before, a cue in it too; a
            // verb of saying there keeps its own words.
            (
                "Lord Holme met Tom Hale. Opinion polls suggested that voters backed the debates, he said.",
                &[(
                    "Opinion polls suggested that voters backed the debates",
                    Indirect,
                    Some("Lord Holme"),
                )],
            ),
            (
                "Delegates said Tom Hale had not presented the plan to the council, and it was unlikely he would do so before Friday, they said.",
                &[(
                    "Tom Hale had not presented the plan to the council, and it was unlikely he would do so before Friday",
                    Indirect,
                    None,
                )],
            ),
            // A quotation of its own sentence right after a person's reported speech is theirs,
            // not the one named last (the listener, or someone in their words).
            (
                "Ann Whitby tells Tom Hale that she despaired at his image when he was home secretary. \"I used to sit on my hands because he would get on television.\" The film shows Mr Hale laughing.",
                &[
                    (
                        "she despaired at his image when he was home secretary",
                        Indirect,
                        Some("Ann Whitby"),
                    ),
                    (
                        "I used to sit on my hands because he would get on television.",
                        Direct,
                        Some("Ann Whitby"),
                    ),
                ],
            ),
            // Not the person named last when a group or someone unnamed is the verb's subject.
            (
                "Asked about Tom Hale's comments, a Labour spokesman said: \"We believe the threat is real.\"",
                &[("We believe the threat is real.", Direct, None)],
            ),
            // Not someone inside a relative clause before the verb.
            (
                "Acme, whose products are endorsed by Tom Hale, said \"demand continues to grow\".",
                &[("demand continues to grow", Partial, None)],
            ),
            // A month between the speaker and the verb.
            (
                "Ann Whitby in July said the summit would fail the poor.",
                &[(
                    "the summit would fail the poor",
                    Indirect,
                    Some("Ann Whitby"),
                )],
            ),
            // An affiliation between the speaker and the verb.
            (
                "Ann Whitby of Fair Trials Abroad said the case was weak.",
                &[("the case was weak", Indirect, Some("Ann Whitby"))],
            ),
            // "…, who said …": the person before "who", and the words after the verb.
            (
                "The plan was backed by Tom Hale, who said it would create jobs.",
                &[("it would create jobs", Indirect, Some("Tom Hale"))],
            ),
            // ... and with "which", an organisation's.
            (
                "The figures came from the Bankers' Guild, which said approvals were at a five-year low.",
                &[("approvals were at a five-year low", Indirect, None)],
            ),
            // One quoted word that a speech verb gives to someone.
            (
                "Tom Hale said he was \"delighted\" for the couple.",
                &[
                    ("he was \"delighted\" for the couple", Indirect, Some("Tom Hale")),
                    ("delighted", Partial, Some("Tom Hale")),
                ],
            ),
            // Reported speech that ends inside a quotation takes its closing mark.
            (
                "Tom Hale said the families deserved \"to be exonerated\".",
                &[
                    ("the families deserved \"to be exonerated\"", Indirect, Some("Tom Hale")),
                    ("to be exonerated", Partial, Some("Tom Hale")),
                ],
            ),
            (
                "Tom Hale said it was \"a silly fuss.\"",
                &[
                    ("it was \"a silly fuss.\"", Indirect, Some("Tom Hale")),
                    ("a silly fuss.", Partial, Some("Tom Hale")),
                ],
            ),
            // A speech verb's form that is a noun after a determiner says nothing.
            (
                "Ann Whitby met officials. All claims would be processed overseas.",
                &[],
            ),
            // "X's spokesman said": the spokesman speaks, not X.
            (
                "Tom Hale visited Leeds. Mr Hale's official spokesman said: \"The minister has no plans to resign.\"",
                &[("The minister has no plans to resign.", Direct, None)],
            ),
            (
                "Tom Hale was in Leeds. A spokesman for Home Secretary Tom Hale said: \"We will act soon.\"",
                &[("We will act soon.", Direct, None)],
            ),
            // A thing or a common noun that speaks is no one named before.
            (
                "Tom Hale was freed. In a statement, it said: \"We welcome the ruling.\"",
                &[("We welcome the ruling.", Direct, None)],
            ),
            (
                "Ann Whitby was adopted. Years later, her birth mother told her: \"I never forgot you.\"",
                &[("I never forgot you.", Direct, None)],
            ),
            // ... while a possessive apart from the verb stays a candidate.
            (
                "Tom Hale's plan was debated. In Leeds, Tom Hale said: \"It will work.\"",
                &[("It will work.", Direct, Some("Tom Hale"))],
            ),
        ]);
    }

    /// A verb coordinated with a speech verb ("…, and thinks that") has that verb's subject,
    /// not a name in a phrase before it nor one in the words reported; a participle after "by"
    /// has the main clause's subject, past a subordinate clause that opens the sentence; an
    /// apposition's head may follow ", but", and the apposition may hold an acronym; a partial
    /// quote after ", while" is the subject's of the clause it stands in.
    #[test]
    fn subjects_of_coordinated_verbs_and_participles() {
        use QuoteKind::*;
        check(&[
            (
                "Backed by aides led by former Leeds Mayor Bob Lee, Tom Hale has said he will not debate — and thinks that voters know him well.",
                &[
                    ("he will not debate", Indirect, Some("Tom Hale")),
                    ("voters know him well", Indirect, Some("Tom Hale")),
                ],
            ),
            (
                "Ann Whitby said Bob Lee testified he had paid the fee and suggested the money was never returned.",
                &[
                    ("Bob Lee testified he had paid the fee", Indirect, Some("Ann Whitby")),
                    ("the money was never returned", Indirect, Some("Ann Whitby")),
                ],
            ),
            (
                "Although Bob Lee is not a candidate, Tom Hale mocked the banker by suggesting that Bob Lee was worth less than he claims.",
                &[(
                    "Bob Lee was worth less than he claims",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            // The head of an apposition after ", but" or ", while"; one holding an acronym.
            (
                "Ann Whitby chaired the meeting, but Tom Hale, the Leeds Central MP, whose seat includes the ground, has pledged to take the matter \"to the courts if necessary\".",
                &[("to the courts if necessary", Partial, Some("Tom Hale"))],
            ),
            (
                "Tom Hale, whose studies at the University of Leeds were paid for by the Farmers' Training Trust (FTT) scheme, said farmers needed more help.",
                &[("farmers needed more help", Indirect, Some("Tom Hale"))],
            ),
            // A partial quote in a clause after ", while" is that clause's subject's.
            (
                "Bob Lee signed an order on Monday, while Tom Hale, the former mayor, proposed we \"wake up and smell the coffee\".",
                &[("wake up and smell the coffee", Partial, Some("Tom Hale"))],
            ),
            // A participle right after a partial quote: its subject is the sentence's, not the
            // "he" after it.
            (
                "Tom Hale met Bob Lee on Monday. Hale later blamed his failure to condemn Lee on a \"bad line,\" claiming he had already disowned Lee.",
                &[
                    ("bad line,", Partial, Some("Tom Hale")),
                    ("he had already disowned Lee", Indirect, Some("Tom Hale")),
                ],
            ),
        ]);
    }

    /// One party member after an article is a person described ("the Ohio Democrat"), no
    /// speaking organisation; a run of words ending in a function word names none.
    #[test]
    fn one_party_member_is_no_group() {
        for (input, group) in [
            (
                "It would raise taxes on imports, the Ohio Democrat told reporters.",
                None,
            ),
            (
                "It would raise taxes on imports, the Ohio Democrats told reporters.",
                Some("Ohio Democrats"),
            ),
            (
                "It would raise taxes on imports, Senate Republicans said.",
                Some("Senate Republicans"),
            ),
            // Nor does a name end in a function word: the verb's subject is further back.
            (
                "Hale caucused in Reno on Saturday and says he voted \u{201c}uncommitted.\u{201d}",
                None,
            ),
        ] {
            let x = extract(input);
            let groups: Vec<Option<&str>> =
                x.statements.iter().map(|s| s.group.as_deref()).collect();
            assert!(!groups.is_empty(), "{input}");
            assert_eq!(groups, vec![group; groups.len()], "{input}");
        }
    }

    /// The clause before a postposed verb and its speaker ("…, said Jane Smith, an analyst",
    /// "…, says a senior economist": no one named), but not a pronoun after the verb (the subject of a clause), nor a clause the sentence
    /// goes on from after the speaker.
    #[test]
    fn reported_speech_before_a_postposed_verb() {
        use QuoteKind::*;
        check(&[
            (
                "Prices will rise sharply next year, said Jane Smith.",
                &[(
                    "Prices will rise sharply next year",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "Prices will rise sharply next year, said Jane Smith, an analyst at Acme Securities.",
                &[(
                    "Prices will rise sharply next year",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "The factory will close in May, said Tom Hale on Tuesday.",
                &[("The factory will close in May", Indirect, Some("Tom Hale"))],
            ),
            (
                "The factory will close in May, said Tom Hale of Harlow Securities.",
                &[("The factory will close in May", Indirect, Some("Tom Hale"))],
            ),
            (
                "Jane Smith, an analyst at Acme, said she expected a cut in rates.",
                &[("she expected a cut in rates", Indirect, Some("Jane Smith"))],
            ),
            // (A speech verb later in the clause is no postposed verb of the apposition
            // before: "rebut" is the firm's; but "has said" is one verb, and a relative clause
            // may hold its own.)
            (
                "Jane Smith, an analyst at Acme, said the firm must rebut the claims.",
                &[("the firm must rebut the claims", Indirect, Some("Jane Smith"))],
            ),
            (
                "Tom Hale, the mayor of Leeds from 2001 to 2005, said York must rebut the claims.",
                &[("York must rebut the claims", Indirect, Some("Tom Hale"))],
            ),
            (
                "Prices will rise sharply next year, Jane Smith has also said.",
                &[(
                    "Prices will rise sharply next year",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // A partial quote that ends the clause, its comma inside the marks: the clause
            // is still the speaker's, and so is the quote (not the subject's: "States" of
            // "the United States" is no verb of speech).
            (
                "The council will raise \"taxes and fees on the poor,\" Jane Smith said.",
                &[
                    (
                        "The council will raise \"taxes and fees on the poor,\"",
                        Indirect,
                        Some("Jane Smith"),
                    ),
                    ("taxes and fees on the poor,", Partial, Some("Jane Smith")),
                ],
            ),
            (
                "Tom Hale will help farmers in the United States with \"cheap and quick loans,\" said Jane Smith.",
                &[
                    (
                        "Tom Hale will help farmers in the United States with \"cheap and quick loans,\"",
                        Indirect,
                        Some("Jane Smith"),
                    ),
                    ("cheap and quick loans,", Partial, Some("Jane Smith")),
                ],
            ),
            // (But a quote that opens the sentence, or follows a comma, is the words reported
            // alone.)
            (
                "\"The council will raise taxes and fees,\" Jane Smith said.",
                &[("The council will raise taxes and fees,", Direct, Some("Jane Smith"))],
            ),
            (
                "In Leeds, \"the council will raise taxes and fees,\" Jane Smith said.",
                &[("the council will raise taxes and fees,", Partial, Some("Jane Smith"))],
            ),
            (
                "Prices will rise sharply next year, a trader who has seen the figures said.",
                &[("Prices will rise sharply next year", Indirect, None)],
            ),
            (
                "Although the factory will close in May, said Jane Smith, the jobs will stay.",
                &[],
            ),
            (
                "The factory will close in May, said Jane Smith, an adviser, Tom Hale wants it open.",
                &[],
            ),
            // Someone not named after the verb: the clause is no one's.
            (
                "Taxes will rise sharply next year, says a senior economist.",
                &[("Taxes will rise sharply next year", Indirect, None)],
            ),
            (
                "Tom Hale will close the old factory in May, said one analyst in London.",
                &[("Tom Hale will close the old factory in May", Indirect, None)],
            ),
            (
                "Four times more vans will be sold in Europe next year, says a study.",
                &[(
                    "Four times more vans will be sold in Europe next year",
                    Indirect,
                    None,
                )],
            ),
            (
                "Four times more vans will be sold next year, predicts the report by a big bank.",
                &[("Four times more vans will be sold next year", Indirect, None)],
            ),
            // (Not a verb's object.)
            (
                "Acme Radio, the biggest station in the north, claims an audience of millions.",
                &[],
            ),
            // After a quotation that ends in "!" or "?", what follows the speaker is no clause.
            (
                "\"We are hiring!\" said Jane Smith, the head of the Acme Corporation in Leeds.",
                &[("We are hiring!", Direct, Some("Jane Smith"))],
            ),
        ]);
    }

    /// A quotation whose verb after it names someone unnamed ("said one trader") is theirs, and
    /// so is the one that goes on from it: no one's, not the person named before.
    #[test]
    fn unnamed_speaker_after_a_quote() {
        use QuoteKind::*;
        check(&[
            (
                "Shares fall\n\nAcme, in which Tom Hale has a stake, was the drag on the index. \"Prices should be higher,\" said one trader. \"I would buy now.\"",
                &[
                    ("Prices should be higher,", Direct, None),
                    ("I would buy now.", Direct, None),
                ],
            ),
            (
                "Shares fall\n\nAcme, in which Tom Hale has a stake, was the drag on the index. \"Prices should be higher,\" said an analyst at a big bank.",
                &[("Prices should be higher,", Direct, None)],
            ),
            (
                "Shares fall\n\nAcme, in which Tom Hale has a stake, was the drag on the index. \"Prices should be higher,\" one trader at a big bank said.",
                &[("Prices should be higher,", Direct, None)],
            ),
            (
                "Shares fall\n\nAcme, in which Tom Hale has a stake, was the drag on the index. \"Prices should be higher,\" it said in a statement.",
                &[("Prices should be higher,", Direct, None)],
            ),
            // A name in apposition is the speaker.
            (
                "Shares fall\n\nAcme, in which Tom Hale has a stake, was the drag on the index. \"Prices should be higher,\" said a trader, Jane Smith.",
                &[("Prices should be higher,", Direct, Some("Jane Smith"))],
            ),
            // (A name after an adjective: the speaker as before.)
            (
                "Shares fall\n\nAcme, in which Tom Hale has a stake, was the drag on the index. \"Prices should be higher,\" said a proud Jane Smith.",
                &[("Prices should be higher,", Direct, Some("Jane Smith"))],
            ),
        ]);
    }

    /// A verb and its speaker set off by commas inside the words reported: the words run from
    /// the sentence's start when a subject stands before and its verb after ("The plan, said
    /// Jane Smith, would …"), from after the speaker when a phrase stands before ("For
    /// instance, said Jane Smith, the plan …").
    #[test]
    fn reported_speech_around_an_interposed_verb() {
        use QuoteKind::*;
        check(&[
            // A one-word subject, the verb after the speaker; a title before the speaker.
            (
                "Time, Mr Jane Smith added, was on their side.",
                &[(
                    "Time, Mr Jane Smith added, was on their side",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "That, Acme Chief of Staff Jane Smith explained, is by design.",
                &[(
                    "That, Acme Chief of Staff Jane Smith explained, is by design",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // A group's words set off by commas.
            (
                "Whatever progress Jane Smith has made, officials said, could easily be undone.",
                &[(
                    "Whatever progress Jane Smith has made, officials said, could easily be undone",
                    Indirect,
                    None,
                )],
            ),
            // A sentence adverb first: the clause after the verb.
            (
                "But, Jane Smith added, she did not support the new quarantine rules.",
                &[(
                    "she did not support the new quarantine rules",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // A subject with a verb of its own, its clause going on after the speaker.
            (
                "The main problem we have faced, Jane Smith says, is finding the money.",
                &[(
                    "The main problem we have faced, Jane Smith says, is finding the money",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "The plan, said Jane Smith, would cost far too much.",
                &[(
                    "The plan, said Jane Smith, would cost far too much",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "The plan, said Jane Smith of Acme Securities, would cost far too much.",
                &[(
                    "The plan, said Jane Smith of Acme Securities, would cost far too much",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "The plan, says Jane Smith, an analyst at Acme, is far too costly.",
                &[(
                    "The plan, says Jane Smith, an analyst at Acme, is far too costly",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "For instance, said Jane Smith, the plan would cost far too much.",
                &[(
                    "the plan would cost far too much",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "Also, said Jane Smith, an analyst at Acme, the plan would cost far too much.",
                &[(
                    "the plan would cost far too much",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "The plan, according to Jane Smith, would cost far too much.",
                &[(
                    "The plan, according to Jane Smith, would cost far too much",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // (A phrase before "according to X,": the clause after.)
            (
                "Currently, according to Jane Smith, the plan would cost far too much.",
                &[(
                    "the plan would cost far too much",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
        ]);
    }

    /// Verbs of finding take a "that" clause right after them ("Figures show that …", "The
    /// court ruled that …"); "show" after a noun in the singular is a noun.
    #[test]
    fn findings_are_reported() {
        use QuoteKind::*;
        check(&[
            (
                "Government figures show that most schools missed the target.",
                &[("most schools missed the target", Indirect, None)],
            ),
            (
                "The court ruled that the ban breached the law.",
                &[("the ban breached the law", Indirect, None)],
            ),
            ("The weekend show that plays new music was axed.", &[]),
        ]);
    }

    /// A verb of belief or announcement without "that" reports a clause that opens with a
    /// personal pronoun ("it" and "you" before a verb), after a verb, not a noun.
    #[test]
    fn beliefs_without_that() {
        use QuoteKind::*;
        check(&[
            (
                "Tom Hale believes he will be blamed if the club loses.",
                &[(
                    "he will be blamed if the club loses",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            (
                "Tom Hale announced he would resign in May.",
                &[("he would resign in May", Indirect, Some("Tom Hale"))],
            ),
            ("Tom Hale announced the plan on Monday.", &[]),
            ("The label does warn you of the risks of the game.", &[]),
            ("Tom Hale has no doubt it is the board that decides.", &[]),
        ]);
    }

    #[test]
    fn reported_speech_without_that() {
        use QuoteKind::*;
        check(&[
            (
                "Jane Smith said she was awake all night.",
                &[("she was awake all night", Indirect, Some("Jane Smith"))],
            ),
            // A "that" after a noun and before a verb opens a relative clause inside what is
            // said, not what is said.
            (
                "Tom Hale said the old divisions that have scarred the club do not extend to the squad.",
                &[(
                    "the old divisions that have scarred the club do not extend to the squad",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            // A cue's word followed by an auxiliary is a noun: no clause follows it.
            (
                "The claims were denied by Jane Smith on Monday.",
                &[],
            ),
            // A listener named after "the" ends before the clause, and before a person's name.
            (
                "Jane Smith told the Daily Record she would not appeal.",
                &[("she would not appeal", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told the BBC Mr Lee was wrong about the plan.",
                &[("Mr Lee was wrong about the plan", Indirect, Some("Jane Smith"))],
            ),
            // A subject further off: after a verb of its own, or past a relative clause; not a
            // possessive.
            (
                "Jane Smith offered the man a job, then says she will welcome advice from anyone.",
                &[(
                    "she will welcome advice from anyone",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "Jane Smith told USA Today the campaign planned a protest.",
                &[(
                    "the campaign planned a protest",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "The talks collapsed last week, Jane Smith said.",
                &[(
                    "The talks collapsed last week",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // ... not when the verb goes on with a clause of its own: that is what was said.
            (
                "After a long meeting in Ohio, Jane Smith said taxes would rise.",
                &[("taxes would rise", Indirect, Some("Jane Smith"))],
            ),
            // (The attribution tagger finds this one; its source opens with a phrase before
            // the name, which is no apposition to the name in it.)
            (
                "In a speech about Tom Brown, Bob Lee said taxes would rise.",
                &[("taxes would rise", Indirect, Some("Bob Lee"))],
            ),
            (
                "According to Jane Smith, the talks collapsed last week.",
                &[(
                    "the talks collapsed last week",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "The talks collapsed last week, according to Jane Smith.",
                &[(
                    "The talks collapsed last week",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // The whole sentence is the source's, words someone in it said included; those
            // words end before "according to".
            (
                "Markets fell. The firm told staff that the plant would close in May, according to two people at the meeting.",
                &[
                    ("The firm told staff that the plant would close in May", Indirect, None),
                    ("the plant would close in May", Indirect, None),
                ],
            ),
            // An apposition to the speaker is no part of what was said.
            (
                "The talks collapsed last week, according to Jane Smith, an analyst at Acme.",
                &[(
                    "The talks collapsed last week",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "According to Jane Smith, an analyst at Acme, the talks collapsed last week.",
                &[(
                    "the talks collapsed last week",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // ... nor one without an article ending the sentence after a clause.
            (
                "The plan is fair and will work, according to Ann Lee, director of the survey center.",
                &[(
                    "The plan is fair and will work",
                    Indirect,
                    Some("Ann Lee"),
                )],
            ),
            // ... nor a relative clause about the person; one set off by commas is passed.
            (
                "Markets fell. Young buyers might not be so lucky, according to Ann Lee, who advised the bank.",
                &[(
                    "Young buyers might not be so lucky",
                    Indirect,
                    Some("Ann Lee"),
                )],
            ),
            (
                "Markets fell. According to Ann Lee, who advised the bank, the directors are expected to resign.",
                &[(
                    "the directors are expected to resign",
                    Indirect,
                    Some("Ann Lee"),
                )],
            ),
            // A verb coordinated with the one before is no clause after "according to X,".
            (
                "Jane Smith said the report should have been published, according to the rules, and demanded an inquiry.",
                &[(
                    "the report should have been published, according to the rules",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // The comma may stand inside a quotation before "according to": the quotation is
            // the person's after it, not the one named before.
            (
                "Tom Hale flew in. The visit became \"the low point of the year,\" according to Jane Smith.",
                &[
                    (
                        "The visit became \"the low point of the year,\"",
                        Indirect,
                        Some("Jane Smith"),
                    ),
                    ("the low point of the year,", Partial, Some("Jane Smith")),
                ],
            ),
            (
                "Tom Hale flew in. \"It was the low point of the year,\" according to Jane Smith.",
                &[(
                    "It was the low point of the year,",
                    Direct,
                    Some("Jane Smith"),
                )],
            ),
            // ... and no one's when a group or a paper is named there.
            (
                "Tom Hale flew in. \"It was the low point of the year,\" according to the Daily Post.",
                &[("It was the low point of the year,", Direct, None)],
            ),
            // A clause of its own after the comma: the speaker's words follow the verb.
            (
                "Tom Hale opened a new office, while Jane Smith said she would stay.",
                &[("she would stay", Indirect, Some("Jane Smith"))],
            ),
            // The speaker's second verb of saying begins a second clause: "and said", "but
            // added" (not any verb: "had failed and warned" may go on with the words reported).
            (
                "Jane Smith said the plan had failed and said the board would meet in May.",
                &[
                    ("the plan had failed", Indirect, Some("Jane Smith")),
                    ("the board would meet in May", Indirect, Some("Jane Smith")),
                ],
            ),
            // After a listener, words without a verb are the listener's, not what was told.
            (
                "Jane Smith spoke. \"It is hard,\" she told the joint committee on Arms Sales.",
                &[("It is hard,", Direct, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told the paper she hopes to stay.",
                &[("she hopes to stay", Indirect, Some("Jane Smith"))],
            ),
            // ... of one word, unless a sentence adverb ("But, she said, …").
            (
                "Jane Smith spoke. Nobody, she claimed, could picture the plan working.",
                &[(
                    "Nobody, she claimed, could picture the plan working",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // ... nor a short phrase of a preposition: the clause after the verb is the words.
            (
                "Jane Smith spoke. In Leeds, Tom Hale said, the mayor is seen as a bully by many voters.",
                &[(
                    "the mayor is seen as a bully by many voters",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            (
                "Jane Smith spoke. At last week's talks, the officials said, they argued the plan was sound.",
                &[("they argued the plan was sound", Indirect, None)],
            ),
            // A job's words and an organisation's name between the verb and the speaker.
            (
                "The car will not be sold in Spain, said Acme Europe president Jane Smith.",
                &[(
                    "The car will not be sold in Spain",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // A group with an apposition, then the verb: its clause, without a speaker.
            (
                "Acme, the biggest maker of bricks, said it expected a loss.",
                &[("it expected a loss", Indirect, None)],
            ),
            // A subject far from its "that" clause: the main clause's, past a subordinate
            // clause that opens the sentence.
            (
                "Although much was written about Ann Lee's plan, Jane Smith took the step of announcing that the firm would close.",
                &[("the firm would close", Indirect, Some("Jane Smith"))],
            ),
            // A condition before the main clause: what was said (not a question, nor "it has
            // to be said").
            (
                "Jane Smith said if the bill was passed, the party would oppose it.",
                &[(
                    "if the bill was passed, the party would oppose it",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            ("It has to be said if the plan fails, we will all pay.", &[]),
            // (Without a comma, a personal pronoun and its verb open the main clause; not
            // inside a clause with "that", nor after a time: "said after the hearing he was
            // called to …".)
            (
                "Markets fell. Tom Hale said if elected he could work with the party.",
                &[(
                    "if elected he could work with the party",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            (
                "Markets fell. Jane Smith said when the vote came she would back it.",
                &[(
                    "when the vote came she would back it",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "Markets fell. Jane Smith said after Tom Hale failed to show up at the hearing he was called to the committee.",
                &[],
            ),
            // ... or another subordinate clause, maybe past a phrase between commas; not a
            // participle that tells when the words were said.
            (
                "Jane Smith said while the mill was old, it would stay open.",
                &[(
                    "while the mill was old, it would stay open",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "Jane Smith said by the time pupils reach college, at 16 or 17, it is too late.",
                &[(
                    "by the time pupils reach college, at 16 or 17, it is too late",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "\"We will fight on,\" the mayor Jane Smith said after visiting the mill, the oldest in Leeds.",
                &[("We will fight on,", Direct, Some("Jane Smith"))],
            ),
            // What a speaker calls for, named by a phrase: to where a new clause begins; not
            // the noun, the passive, a thing that "calls for" something, or a time.
            (
                "Jane Smith called for a ban on imports, while taking part in a debate.",
                &[("a ban on imports", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith has called for a boycott after the firm refused to pay.",
                &[("a boycott", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith spoke. She also calls for a second vote on the plan.",
                &[("a second vote on the plan", Indirect, Some("Jane Smith"))],
            ),
            ("There were growing calls for an inquiry.", &[]),
            ("An election was called for May.", &[]),
            ("A strike was also called for by the union.", &[]),
            ("The situation calls for calm.", &[]),
            ("Jane Smith called for an hour.", &[]),
            // A time between the verb (or its listener) and the clause.
            (
                "Jane Smith said on Sunday she could not confirm the deal.",
                &[("she could not confirm the deal", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told reporters last week the plan was dead.",
                &[("the plan was dead", Indirect, Some("Jane Smith"))],
            ),
            // A listener's phrase that ends at its noun, and the name after the noun.
            (
                "Jane Smith told a news conference the deal was done.",
                &[("the deal was done", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told the BBC News website she had received no warning.",
                &[("she had received no warning", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told the Spanish newspaper Diario Sur it would sell the mine.",
                &[("it would sell the mine", Indirect, Some("Jane Smith"))],
            ),
            // ... not a listener's word in title case.
            (
                "Jane Smith told BBC Radio Four's Today programme the plan was dead.",
                &[("the plan was dead", Indirect, Some("Jane Smith"))],
            ),
            // ... with a number or a possessive inside its name, or "that" after it.
            (
                "Jane Smith told BBC Radio 4's Today programme there were flaws in the law.",
                &[("there were flaws in the law", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told Radio Four's Today programme that taxes would rise.",
                &[("taxes would rise", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told Radio 5 Live he had been wrong to resign.",
                &[("he had been wrong to resign", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told Britain's ITV television station she would not resign.",
                &[("she would not resign", Indirect, Some("Jane Smith"))],
            ),
            // ... a party's members, or a programme's name with "with" in it.
            (
                "Jane Smith told Labour members the Tories offered a hard right agenda.",
                &[("the Tories offered a hard right agenda", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith told BBC One's Breakfast with Frost programme there was no place for spite.",
                &[("there was no place for spite", Indirect, Some("Jane Smith"))],
            ),
            // (Not a noun that a verb follows: "told Reuters shareholders were …".)
            (
                "Jane Smith told Reuters shareholders were entitled to vote.",
                &[("shareholders were entitled to vote", Indirect, Some("Jane Smith"))],
            ),
            // ... or "of" and whose meeting it was, before a pronoun.
            (
                "Jane Smith told a meeting of the Metropolitan Police Authority it would be unwise to act.",
                &[("it would be unwise to act", Indirect, Some("Jane Smith"))],
            ),
            // (But a subject after a name is the clause's: "told Reuters the committee …".)
            (
                "Jane Smith told Reuters the committee wanted to act soon.",
                &[("the committee wanted to act soon", Indirect, Some("Jane Smith"))],
            ),
            // A speaker and verb set off by commas inside the words reported.
            (
                "Jane Smith spoke. The final blow, Smith wrote, came in June.",
                &[(
                    "The final blow, Smith wrote, came in June",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "Jane Smith spoke. A lot of the money, she says, has gone to Spain.",
                &[(
                    "A lot of the money, she says, has gone to Spain",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "Jane Smith said that the rules were clear, but added that the firm had erred.",
                &[
                    ("the rules were clear", Indirect, Some("Jane Smith")),
                    ("the firm had erred", Indirect, Some("Jane Smith")),
                ],
            ),
            // Any speech verb's past or "-ing" form after "and" or "but" is the speaker's next
            // clause; a dash before it is no part of the first.
            (
                "Jane Smith said the figures were weak but argued that firms had done well.",
                &[
                    ("the figures were weak", Indirect, Some("Jane Smith")),
                    ("firms had done well", Indirect, Some("Jane Smith")),
                ],
            ),
            (
                "Jane Smith said she regretted her remarks - and promised to stay out of the race.",
                &[("she regretted her remarks", Indirect, Some("Jane Smith"))],
            ),
            // A participle after a comma: the subject of the clause before says it, not
            // the object, even with a time between ("on Monday").
            (
                "Jane Smith criticised Tom Hale on Monday, saying he would lose the vote.",
                &[("he would lose the vote", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith met Tom Hale in the city – saying he would win the vote easily.",
                &[("he would win the vote easily", Indirect, Some("Jane Smith"))],
            ),
            // A medium between the speaker and the verb.
            (
                "Jane Smith in a Medium post said she would stay on the board.",
                &[("she would stay on the board", Indirect, Some("Jane Smith"))],
            ),
            ("Jane Smith refused to say whether she would stay.", &[]),
            (
                "Jane Smith believes that the vote was rigged.",
                &[("the vote was rigged", Indirect, Some("Jane Smith"))],
            ),
            ("Jane Smith knows the man that runs the shop.", &[]),
            ("Jane Smith said on Tuesday.", &[]),
            // The subject of a coordinated verb.
            (
                "Jane Smith urged voters to stay home and said she was tired of the race.",
                &[("she was tired of the race", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith has supported the plan but has since said it must change first.",
                &[("it must change first", Indirect, Some("Jane Smith"))],
            ),
            // A participle after a comma, with the sentence's subject.
            (
                "Jane Smith, clearly frustrated, responded, saying the campaign was lying.",
                &[("the campaign was lying", Indirect, Some("Jane Smith"))],
            ),
            (
                "Jane Smith is suggesting she beat expectations in the state.",
                &[(
                    "she beat expectations in the state",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            (
                "Jane Smith defended her posts shaming a former Miss Universe, saying it shows she is awake.",
                &[("it shows she is awake", Indirect, Some("Jane Smith"))],
            ),
            (
                "The chairman, Tom Brown, said he cannot comment on the letter.",
                &[("he cannot comment on the letter", Indirect, Some("Tom Brown"))],
            ),
            // A bare clause stops before another speaker's verb.
            (
                "When he wrote his book, Tom Brown said that he considered debt a last resort.",
                &[(
                    "he considered debt a last resort",
                    Indirect,
                    Some("Tom Brown"),
                )],
            ),
        ]);
    }

    #[test]
    fn transcripts_signatures_and_titles_before_the_verb() {
        use QuoteKind::*;
        check(&[
            (
                "Host Chris Wallace met Gov. Mike Pence.\n\nPENCE: We will win this race.",
                &[("We will win this race.", Direct, Some("Mike Pence"))],
            ),
            // A speaker named only by labels; a turn over paragraphs that open with a mark.
            (
                "Gov. Mike Pence spoke.\n\n\"HOLT: Will she come?\n\n\"PENCE: No, she won't.\n\n\"But we are ready.\n\n\"HOLT: Thank you.",
                &[
                    ("Will she come?", Direct, Some("Holt")),
                    ("No, she won't.", Direct, Some("Mike Pence")),
                    ("But we are ready.", Direct, Some("Mike Pence")),
                    ("Thank you.", Direct, Some("Holt")),
                ],
            ),
            // A turn in quotation marks after its label.
            (
                "Gov. Mike Pence spoke.\n\nHOLT: “Will she come?”\n\nPENCE: “No.”\n\nHOLT: Thanks.",
                &[
                    ("Will she come?", Direct, Some("Holt")),
                    ("No.", Direct, Some("Mike Pence")),
                    ("Thanks.", Direct, Some("Holt")),
                ],
            ),
            // Labels that name no one.
            (
                "Jane Smith spoke.\n\nUPDATE: It rained.\n\nNOTE: It stopped.\n\nUPDATE: Again.",
                &[],
            ),
            (
                "Jane Smith spoke.\n\n“We are tired of this.” ― Jane Smith\n\nEnd.",
                &[("We are tired of this.", Direct, Some("Jane Smith"))],
            ),
            (
                "Donald Trump sued.\n\n\"We are pleased,\" Trump lawyer Marc Kasowitz said.",
                &[("We are pleased,", Direct, Some("Marc Kasowitz"))],
            ),
            (
                "\"Subpoenas are not optional,\" panel Chairman Rep. Jason Chaffetz (R-Utah) said.",
                &[(
                    "Subpoenas are not optional,",
                    Direct,
                    Some("Jason Chaffetz"),
                )],
            ),
        ]);
    }

    /// A description speaks for the person whose post it covers: a backbencher is an MP.
    #[test]
    fn the_mp_after_a_backbencher() {
        use QuoteKind::*;
        check(&[(
            "Labour backbencher Tom Hale spoke in Leeds. The MP for Leeds North said the plan would fail.",
            &[("the plan would fail", Indirect, Some("Tom Hale"))],
        )]);
    }

    /// A headline that names its speaker before a colon: the words after it are theirs, when
    /// they say something and the article names the speaker again.
    #[test]
    fn headline_labels() {
        use QuoteKind::*;
        let body = "\n\nAnn Whitby visited Leeds on Monday.";
        let with = |headline: &str| format!("{headline}{body}");
        let rows = [
            with("Whitby: Taxes will rise for everyone"),
            with("Ann Whitby: \u{2018}We will not back down\u{2019}"),
            with("Former Mayor Ann Whitby: The plan is dead."),
            // No clause, no quotation: whom the article is about.
            with("Ann Whitby: The reluctant mayor"),
            // A word of the news desk, another person, a preposition before the name.
            with("The Latest: Ann Whitby wins the vote"),
            with("Tom Hale Praises Ann Whitby: She has done well"),
            with("Council Chief On Ann Whitby: We will not pay"),
            // Named only in the headline.
            "Ann Whitby: Taxes will rise\n\nThe council met on Monday.".to_owned(),
            // An audience or a place after the name; a verb in the present as headlines have it.
            with("Ann Whitby to Leeds Council: Taxes will rise"),
            with("Former Mayor Whitby at Town Hall: Tax scandal disqualifies the council"),
            with("Ann Whitby: Bus Fares Rise For Pensioners"),
            // A poll's or a report's finding, no one's; not a genre's label.
            with("Poll: Voters back the plan in Leeds"),
            with("Analysis: Voters back the plan in Leeds"),
        ];
        let expected: [&[(&str, QuoteKind, Option<&str>)]; 13] = [
            &[("Taxes will rise for everyone", Indirect, Some("Ann Whitby"))],
            &[("We will not back down", Direct, Some("Ann Whitby"))],
            &[("The plan is dead.", Indirect, Some("Ann Whitby"))],
            &[],
            &[],
            &[],
            &[],
            &[],
            &[("Taxes will rise", Indirect, Some("Ann Whitby"))],
            &[(
                "Tax scandal disqualifies the council",
                Indirect,
                Some("Ann Whitby"),
            )],
            &[(
                "Bus Fares Rise For Pensioners",
                Indirect,
                Some("Ann Whitby"),
            )],
            &[("Voters back the plan in Leeds", Indirect, None)],
            &[],
        ];
        let table: Vec<(&str, &[(&str, QuoteKind, Option<&str>)])> =
            rows.iter().map(String::as_str).zip(expected).collect();
        check(&table);
    }

    /// "that" up to twelve words after the verb, past a listener or a phrase of a preposition,
    /// when a subject opens the clause and no verb stands before it.
    #[test]
    fn that_far_after_the_verb() {
        use QuoteKind::*;
        check(&[
            (
                "Tom Hale told an audience at a literary festival in Leeds last week that the plan was intolerable.",
                &[("the plan was intolerable", Indirect, Some("Tom Hale"))],
            ),
            (
                "Tom Hale said in a filing with the Securities and Exchange Commission that it may sell its stake.",
                &[("it may sell its stake", Indirect, Some("Tom Hale"))],
            ),
            // (Past a possessive or a year's apostrophe in the phrase.)
            (
                "Tom Hale said before attending Wednesday's town hall that the debt was high.",
                &[("the debt was high", Indirect, Some("Tom Hale"))],
            ),
            (
                "Tom Hale said in '08 that voters threw old assumptions into doubt.",
                &[("voters threw old assumptions into doubt", Indirect, Some("Tom Hale"))],
            ),
            // (A verb before the "that": the clause has begun.)
            (
                "Tom Hale said the ministry sent a proposal today to the cabinet that the tariffs should be cut.",
                &[(
                    "the ministry sent a proposal today to the cabinet that the tariffs should be cut",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
        ]);
    }

    /// A relative clause whose own words a verb in it reports ("…, which she said represented
    /// …") reports what follows the verb, not the clause before the relative pronoun, up to the
    /// comma before the main clause's verb.
    #[test]
    fn speech_inside_a_relative_clause() {
        use QuoteKind::*;
        check(&[
            (
                "Ann Whitby gave the letters to the court, which she said represented all her work.",
                &[("represented all her work", Indirect, Some("Ann Whitby"))],
            ),
            (
                "The new rules, which Tom Hale said will apply from May, will not cover farms.",
                &[("will apply from May", Indirect, Some("Tom Hale"))],
            ),
            (
                "Tom Hale attacked the system, which he said was rigged, unfair and costly.",
                &[("was rigged, unfair and costly", Indirect, Some("Tom Hale"))],
            ),
        ]);
    }

    /// A partial quote after a speech verb in its sentence whose subject is no one named does
    /// not continue the quotation before it: it is the unnamed subject's.
    #[test]
    fn partial_quote_of_someone_unnamed() {
        use QuoteKind::*;
        check(&[(
            "Markets fell. \"Sales were fine,\" said Tom Hale, an analyst. This week a judge claimed that cheap drink was breeding \"urban savages\" in towns.",
            &[
                ("Sales were fine,", Direct, Some("Tom Hale")),
                (
                    "cheap drink was breeding \"urban savages\" in towns",
                    Indirect,
                    None,
                ),
                ("urban savages", Partial, None),
            ],
        )]);
    }

    /// A speech verb right after "who" set off by a comma reports up to the comma before the
    /// main clause's verb, which reports words of its own; not past a phrase set off inside
    /// the words.
    #[test]
    fn speech_in_a_who_clause_before_the_main_verb() {
        use QuoteKind::*;
        check(&[
            (
                "Markets fell. Tom Hale, who said last week that the judge was biased against him, issued a statement on Tuesday.",
                &[("the judge was biased against him", Indirect, Some("Tom Hale"))],
            ),
            (
                "Markets fell. Ann Lee, who says she typically votes Labour, said one candidate she likes is Tom Hale.",
                &[
                    ("she typically votes Labour", Indirect, Some("Ann Lee")),
                    ("one candidate she likes is Tom Hale", Indirect, Some("Ann Lee")),
                ],
            ),
            (
                "Markets fell. Ann Lee, who said the two men, and Tom Hale in particular, must do more, walked out early.",
                &[(
                    "the two men, and Tom Hale in particular, must do more",
                    Indirect,
                    Some("Ann Lee"),
                )],
            ),
        ]);
    }

    /// "reported" and "reports" at the end of their clause report the clause before them;
    /// after "reported" only a pronoun's clause is reported, after "reports" none: "reported
    /// a net loss", "the reported changes", "environmental reports" report nothing.
    #[test]
    fn reported_by_the_press() {
        for (input, expected) in [
            (
                "Some 2,000 jobs at the plant may be cut, the Leeds Courier has reported.",
                Some(("Some 2,000 jobs at the plant may be cut", "Leeds Courier")),
            ),
            (
                "Tom Hale was seen in Paris on Friday, the Leeds Courier reports.",
                Some(("Tom Hale was seen in Paris on Friday", "Leeds Courier")),
            ),
            (
                "The mill will close in May, the Leeds Courier reported late on Thursday.",
                Some(("The mill will close in May", "Leeds Courier")),
            ),
            ("Acme reported a net loss of 12 million dlrs in the quarter.", None),
            ("Acme did not comment on the reported changes to its board.", None),
            (
                "They are usually called sustainability reports, or social and environmental reports.",
                None,
            ),
        ] {
            let x = extract(input);
            let got: Vec<(&str, Option<&str>)> = x
                .statements
                .iter()
                .map(|s| (s.span.of(input), s.group.as_deref()))
                .collect();
            let expected: Vec<(&str, Option<&str>)> =
                expected.map(|(words, group)| (words, Some(group))).into_iter().collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    #[test]
    fn organisations_speak_too() {
        for (input, group) in [
            (
                "The International Monetary Fund said growth would slow this year.",
                "International Monetary Fund",
            ),
            ("\"We are ready,\" police said.", "police"),
            (
                "Growth will slow this year, the Bank of England said.",
                "Bank of England",
            ),
            (
                "In a statement, Acme said: \"The plant was a success,\" adding more.",
                "Acme",
            ),
            (
                "According to Politico, both areas are home to many black voters.",
                "Politico",
            ),
            (
                "The deficit will rise sharply next year, according to the Congressional Budget Office.",
                "Congressional Budget Office",
            ),
            // A group noun opening the sentence, a short phrase before its verb.
            ("Protesters marching through town chanted \"No more!\"", "Protesters"),
            // A document put out speaks for whoever put it out.
            (
                "The Acme Trust released a statement on Monday saying the mill would close.",
                "Acme Trust",
            ),
            (
                "Ministers issued a report saying the mill would close.",
                "Ministers",
            ),
            // Auxiliaries between the organisation and its verb.
            (
                "The city of Springfield is demanding that the campaign stop using its logo.",
                "Springfield",
            ),
            // A sentence adverb set off by commas before the verb.
            ("Others, however, say the plan is flawed.", "Others"),
            // A speech verb's word in a name is no cue ("The State …").
            (
                "The State Tobacco Administration said a week later that it had not approved the deal.",
                "State Tobacco Administration",
            ),
            // An apposition that opens with an article between the group and its verb.
            (
                "Teck, the Canadian mining company, says that it pays more tax than its rivals.",
                "Teck",
            ),
            ("Acme, a Dutch company, said profits would rise.", "Acme"),
            (
                "The Trade Representative's Office, which runs the hearings, said the list was ready.",
                "Trade Representative's Office",
            ),
            (
                "Acme, which owns brands including Dove soap, said annual profit fell 36% to 2.9bn euros.",
                "Acme",
            ),
            // Or a relative clause, with the words reported after the verb.
            (
                "Acme, which makes car parts, said the plant would close.",
                "Acme",
            ),
            (
                "The union, which represents 4,000 workers, said the strike would go ahead.",
                "union",
            ),
            // Or a participle's phrase, whose names are not the speaker.
            (
                "Acme Bank, following moves by Tom Hale's bank, said it had raised its rates.",
                "Acme Bank",
            ),
            (
                "Others, reacting to the gap between the Tom Hale shooting and the video, shouted, \"Stop the coverup!\"",
                "Others",
            ),
            // The group opening the sentence, for a verb coordinated with its own.
            (
                "Acme Foods denied any wrongdoing and said it complied with all relevant laws.",
                "Acme Foods",
            ),
            // (Also after a word linking the sentence to the one before.)
            (
                "But the Home Office denied any wrongdoing and argued courts already had a say.",
                "Home Office",
            ),
            // After the words reported, a comma and the verb ("…, say the Tories.").
            (
                "The plan would not be means tested, say the Tories.",
                "Tories",
            ),
            (
                "The plant will close in May, said the ministry.",
                "ministry",
            ),
            // Adverbs and times between the organisation and its verb.
            (
                "Bloomberg also reported that about 900 donor names were never disclosed.",
                "Bloomberg",
            ),
            (
                "The Health Ministry on Monday said that the clinics would close.",
                "Health Ministry",
            ),
            // Not the conjunction that opens the clause.
            (
                "While Acme said sales would grow this year, Tom Brown said they would not.",
                "Acme",
            ),
            // Quoted words inside a group's reported speech are the group's.
            (
                "Demonstrators said they want \"justice for all of us\" in the city.",
                "Demonstrators",
            ),
            // A name after "in", "at" or "from" says where the speaker is.
            (
                "A legal expert in the US said that the airline might be worried.",
                "legal expert in the US",
            ),
            (
                "\"Rates will rise,\" an economist at the Bank of England said.",
                "an economist at the Bank of England",
            ),
            (
                "Senior officials in Washington said that talks would resume.",
                "Senior officials in Washington",
            ),
            // "States" in a name is no speech verb.
            (
                "The United States pledged that it would lift the limits.",
                "United States",
            ),
        ] {
            let x = extract(input);
            let s = &x.statements[0];
            assert!(s.speakers.is_empty(), "{input}");
            assert_eq!(s.group.as_deref(), Some(group), "{input}");
        }
    }

    /// A participle's phrase after words with a verb, or "including" and its names, sets off
    /// no group before it: (text, the group it would have given).
    #[test]
    fn no_group_before_a_clause_and_participle() {
        for (input, wrong) in [
            (
                "Markets fell. His campaign sued the party in court on Friday, seeking an injunction, claiming the move would cost it dearly.",
                "court",
            ),
            (
                "Markets fell. Six newspapers in Ohio, including the Acme Gazette, said the mayor had to go.",
                "Ohio",
            ),
        ] {
            let x = extract(input);
            let s = &x.statements[0];
            assert_ne!(s.group.as_deref(), Some(wrong), "{input}");
        }
    }

    /// No one speaks inside the words reported of them ("according to Variety, Tom Hale …" is
    /// Variety's), but with the verb set off inside them: (text, group, speaker).
    #[test]
    fn no_speaker_inside_the_words_reported() {
        for (input, group, speaker) in [
            (
                "Tom Hale spoke. According to Variety, Tom Hale brought the show its highest ratings in years.",
                Some("Variety"),
                None,
            ),
            (
                "According to the FBI summary, Ann Lee and another aide asked the employee to delete emails.",
                Some("FBI"),
                None,
            ),
            (
                "The plan, Tom Hale said, would cost far too much.",
                None,
                Some("Tom Hale"),
            ),
        ] {
            let x = extract(input);
            let s = &x.statements[0];
            assert_eq!(s.group.as_deref(), group, "{input}");
            let named = s.speakers.first().map(|&p| x.people[p].name.as_str());
            assert_eq!(named, speaker, "{input}");
        }
    }

    /// Someone not named after a verb that follows the words ("…," said one trader) is no
    /// person named before: (text, the group of each statement, whether any has a person when
    /// that is asserted).
    #[test]
    fn unnamed_speaker_after_the_words() {
        for (input, expected, person) in [
            (
                "Tom Hale spoke. \"We will win,\" said one trader in London.",
                vec![Some("trader")],
                Some(false),
            ),
            (
                "Tom Hale spoke.\n\nThe market will fall, says a senior analyst.",
                vec![Some("senior analyst")],
                Some(false),
            ),
            (
                "Tom Hale spoke. \"We will win,\" said another economist.",
                vec![Some("economist")],
                Some(false),
            ),
            // Capitals inside the noun's phrase; a participle or preposition after the noun.
            (
                "Tom Hale spoke. \"We will win,\" said a senior U.S. trade official.",
                vec![Some("senior U.S. trade official")],
                Some(false),
            ),
            (
                "Tom Hale spoke. \"We will win,\" said a longtime adviser to both Clintons.",
                vec![Some("longtime adviser")],
                Some(false),
            ),
            // (A name after the noun, or in apposition, is the speaker; a noun of a compound
            // is no speaker's.)
            (
                "Tom Hale spoke. \"We will win,\" said an analyst Jane Smith.",
                vec![None],
                Some(true),
            ),
            (
                "Tom Hale spoke. \"We will win,\" said one former campaign staffer, who left.",
                vec![None],
                None,
            ),
            (
                "Tom Hale spoke. \"We will win,\" said a trader, Jane Smith.",
                vec![None],
                Some(true),
            ),
        ] {
            let x = extract(input);
            let got: Vec<Option<&str>> = x.statements.iter().map(|s| s.group.as_deref()).collect();
            assert_eq!(got, expected, "{input}");
            if let Some(person) = person {
                let named = x.statements.iter().any(|s| !s.speakers.is_empty());
                assert_eq!(named, person, "{input}");
            }
        }
    }

    /// A possessive, a demonstrative or a participle opening the words before the verb is no
    /// speaking group: (text, the group of each statement).
    #[test]
    fn no_group_of_function_words() {
        for (input, expected) in [
            // A first name before an apposition is no group.
            (
                "Michelle, a mother of twins, said she had not received a penny.",
                vec![None],
            ),
            // A noun that looks like a cue after "and", a description before a name: no group
            // opening the sentence speaks.
            (
                "Oil prices have risen due to the weather and fears that Opec could cut output.",
                vec![None],
            ),
            (
                "Monitoring firm Netcraft analysed the sites and found that a number were offline.",
                vec![None],
            ),
            ("His aides said the plan would work.", vec![Some("aides")]),
            // A document alone is no organisation ("the report" in one article is not "the
            // report" in the next).
            ("This report says the plan would work.", vec![None]),
            ("The new study said the plan would work.", vec![None]),
            (
                "Having announced that the plant would close, the board left.",
                vec![None],
            ),
            ("Their union said the plan would work.", vec![Some("union")]),
            // A name after a preposition other than "of", "for", "in", "at" or "from" is its
            // object, no group.
            (
                "Markets fell. Critics of the deal with Japan say that it will fail.",
                vec![Some("Critics")],
            ),
            (
                "Markets fell. Opponents of bringing more refugees into Germany cite fears that crime will rise.",
                vec![None],
            ),
            // A group of two names, and a name with "&", are whole.
            (
                "Markets fell. Both Labour and the Conservatives say the poll will be close.",
                vec![Some("Labour and the Conservatives")],
            ),
            (
                "Markets fell. The Food & Agriculture Organisation said the harvest would be poor.",
                vec![Some("Food & Agriculture Organisation")],
            ),
            (
                "Markets fell. The talks ended in Brisbane and the company said the plan would fail.",
                vec![Some("company")],
            ),
            // An adverb set off at the sentence's start.
            (
                "Locally, too, say analysts, the vote has helped the market.",
                vec![],
            ),
            // A headline's words in title case: a verb or adverb, or a function word before
            // the verb, is no group's.
            (
                "Rivers Group Responds To Query About Pay By Saying The Plan Would Work.",
                vec![None],
            ),
            (
                "Acme Board Members Just Said The Plan Would Work.",
                vec![None],
            ),
        ] {
            let x = extract(input);
            let got: Vec<Option<&str>> = x.statements.iter().map(|s| s.group.as_deref()).collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    /// A source the attribution tagger marks with a possessive: a person's alone is that
    /// person; a group's loses its "'s".
    #[test]
    fn learned_source_with_a_possessive() {
        if crate::learn::attribution::attribution().is_none() {
            eprintln!("skipped: no bundled attribution model");
            return;
        }
        for (input, speaker, group) in [
            (
                "Tom Hale met voters in Leeds. Mr Hale's pointed critique of the mayor's record on housing was that the city had failed.",
                Some("Tom Hale"),
                None,
            ),
            (
                "The Acme Commission's annual report for the year showed exports insured by the department fell to 15.7 billion stg.",
                None,
                Some("The Acme Commission"),
            ),
        ] {
            let x = extract(input);
            let s = &x.statements[0];
            assert_eq!(
                s.speakers.first().map(|&p| x.people[p].name.as_str()),
                speaker,
                "{input}"
            );
            assert_eq!(s.group.as_deref(), group, "{input}");
        }
    }

    /// Reported speech the attribution tagger finds beyond the rules' patterns, its speaker
    /// from the tagged source or the ranker; and what it finds that says nothing (a bare
    /// noun phrase, an intention, a question) stays out.
    #[test]
    fn learned_reported_speech() {
        if crate::learn::attribution::attribution().is_none() {
            eprintln!("skipped: no bundled attribution model");
            return;
        }
        use QuoteKind::*;
        check(&[
            // A belief verb without "that"; a group speaks.
            (
                "Analysts fear the merger will raise prices for consumers.",
                &[("the merger will raise prices for consumers", Indirect, None)],
            ),
            // A clause before a verb the rules do not know, said by a pronoun.
            (
                "Lisa Grant, the city's police chief, addressed the crowd. The department \
                 would review every complaint, she promised.",
                &[(
                    "The department would review every complaint",
                    Indirect,
                    Some("Lisa Grant"),
                )],
            ),
            // A noun and its relative clause are no proposition.
            (
                "Acme released a security bulletin that patched eight holes in its browser.",
                &[],
            ),
            // A phrase as the cue.
            (
                "Rep. Anna Kim made clear she would not support the bill.",
                &[("she would not support the bill", Indirect, Some("Anna Kim"))],
            ),
            // A cue coordinated with the sentence's first verb is its subject's.
            (
                "Tom Hale signed the treaty at a ceremony in Rome in May, but had already made \
                 it clear the issue would be put to voters in a referendum.",
                &[(
                    "the issue would be put to voters in a referendum",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            // A thing said, named by a verb of speech (a participle's too).
            (
                "Jane Smith criticised the new tax plans of the government on Monday.",
                &[(
                    "the new tax plans of the government",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
            // A participle after a comma speaks for the sentence's subject.
            (
                "Tom Hale unloaded on Ann Lee in a speech on Sunday, accusing her followers of sexism and her campaign of lies.",
                &[(
                    "her followers of sexism and her campaign of lies",
                    Indirect,
                    Some("Tom Hale"),
                )],
            ),
            // A source that opens with "who" is the person named before it.
            (
                "The firm hired Tom Hale, who criticised the tax plans in 2011.",
                &[("the tax plans in 2011", Indirect, Some("Tom Hale"))],
            ),
            (
                "Ann Wood gave her usual speech in Leeds, decrying the influence of big money \
                 in politics.",
                &[(
                    "the influence of big money in politics",
                    Indirect,
                    Some("Ann Wood"),
                )],
            ),
            // Attitudes and acts are no statements: a bare noun phrase, an intention, a question.
            (
                "The ambassador, Oksana Levko, maintained a hopeful tone.",
                &[],
            ),
            (
                "Ed Marsh demanded immediate engagement from the unions.",
                &[],
            ),
            (
                "Chancellor Gordon Brown has attacked the Conservative tax plans.",
                &[],
            ),
            (
                "Ann Cole wants to stand as a candidate in the election.",
                &[],
            ),
            ("Reporters asked Tom Hale whether he would resign.", &[]),
            // A question its source names the asker of is the asker's.
            (
                "Defence lawyer Jane Smith asked Mr Brown if he had ever known the firm to break the rules.",
                &[(
                    "Mr Brown if he had ever known the firm to break the rules",
                    Indirect,
                    Some("Jane Smith"),
                )],
            ),
        ]);
    }

    /// The ranker names the speaker of a statement the rules leave without one, and leaves
    /// one without when nobody near said it: (text, speaker with the rules, with the ranker).
    #[test]
    fn ranker_names_missing_speakers() {
        let Ok(ranker) = RankedSpeakers::bundled() else {
            eprintln!("skipped: no bundled speaker model");
            return;
        };
        for (text, rules, ranked) in [
            // A partial quote in a phrase that opens the sentence, no speech verb near: the
            // ranker takes the main clause's subject.
            (
                "In an effort to live up to its name as \"the fair party\", its leader, Tom Hale, \
                 pushed through the law.",
                None,
                Some("Tom Hale"),
            ),
            // A passive: who described the talks so is not said.
            (
                "Union leader Ann Post met the board on Monday. Afterwards the talks were \
                 described as \"a waste of everybody's time\".",
                None,
                None,
            ),
        ] {
            let speaker = |x: &crate::extract::Extraction| {
                x.statements[0]
                    .speakers
                    .first()
                    .map(|&p| x.people[p].name.clone())
            };
            let by_rules = crate::extract::extract_with(text, &RuleSpeakers);
            let by_ranker = crate::extract::extract_with(text, ranker);
            assert_eq!(speaker(&by_rules).as_deref(), rules, "{text}");
            assert_eq!(speaker(&by_ranker).as_deref(), ranked, "{text}");
        }
    }

    #[test]
    fn medium_and_audience_table() {
        for (sentence, m, a) in [
            (
                "Zelensky declared in a post on X.",
                Some("a post on X"),
                None,
            ),
            (
                "Trump, in a strongly worded Truth Social post, demanded",
                Some("Truth Social post"),
                None,
            ),
            (
                "Putin, in a televised address Saturday night, stopped",
                Some("a televised address"),
                None,
            ),
            ("Starmer told the BBC.", None, Some("the BBC")),
            ("she said, telling ABC News,", None, Some("ABC News")),
        ] {
            assert_eq!(
                (medium(sentence).as_deref(), audience(sentence).as_deref()),
                (m, a),
                "{sentence}"
            );
        }
    }
}
