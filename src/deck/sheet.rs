//! A deck from a spreadsheet: the CSV or TSV that a spreadsheet exports from the template
//! `docs/deck-template.csv`, one row per card and one per thing a card holds (an event, a
//! figure, a case, a question, a choice …), like TimelineJS's sheet.
//!
//! Every problem is reported by row and column, both as the spreadsheet numbers and names
//! them: the sheet's own mistakes (an unknown `kind`, an event before any timeline) and every
//! problem the deck's validation finds, mapped back from its JSON path to the row it came from.
//! Nothing here knows yew: the studio, tools and tests share it.

use std::fmt;

use super::{
    validate, Card, CardKind, Choice, Deck, DeckError, Figure, Lang, NumbersCard, Question,
    QuizCard, Scenario, ScenarioCard, Source, Term, TextCard, TimelineCard, TimelineEvent,
};

/// The columns of the template, in its order. A sheet may leave out the ones it does not use
/// and put them in any order; it needs `kind`.
pub const COLUMNS: [&str; 13] = [
    "kind",
    "id",
    "title",
    "text",
    "date",
    "value",
    "publisher",
    "url",
    "source",
    "sources",
    "card",
    "correct",
    "lang",
];

/// One problem with a sheet, where a spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblem {
    /// 1-based row, the header being row 1.
    pub row: usize,
    /// The column's name in the header, when the problem is in one cell.
    pub column: Option<String>,
    /// What is wrong, in the words `deck-check` uses.
    pub message: String,
}

impl fmt::Display for SheetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "row {}, column {column}: {}", self.row, self.message),
            None => write!(f, "row {}: {}", self.row, self.message),
        }
    }
}

/// Splits CSV (or, when the header has a tab, TSV) text into rows of cells, following RFC 4180
/// quoting: a quoted cell may hold the separator, line breaks and doubled quotes. Each row
/// comes with its 1-based number as a spreadsheet counts rows (a line break inside a quoted
/// cell does not start a new row).
fn split_rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, SheetProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or("");
    let separator = if first_line.contains('\t') { '\t' } else { ',' };
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut number = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if cell.is_empty() => quoted = true,
            c if quoted => cell.push(c),
            c if c == separator => row.push(std::mem::take(&mut cell)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut cell));
                rows.push((number, std::mem::take(&mut row)));
                number += 1;
            }
            c => cell.push(c),
        }
    }
    if quoted {
        return Err(SheetProblem {
            row: number,
            column: None,
            message: "a quoted cell is never closed (a \" is missing)".into(),
        });
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push((number, row));
    }
    // Rows with nothing in them (spreadsheets export trailing empty rows) are not rows.
    rows.retain(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    Ok(rows)
}

/// One data row, read through the header.
struct Row<'a> {
    number: usize,
    header: &'a [String],
    cells: &'a [String],
}

impl Row<'_> {
    /// The trimmed cell of `column`, empty when the sheet has no such column.
    fn get(&self, column: &str) -> String {
        self.header
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.cells.get(i))
            .map(|c| c.trim().to_string())
            .unwrap_or_default()
    }

    /// The cell of `column`, or `None` when it is empty.
    fn optional(&self, column: &str) -> Option<String> {
        Some(self.get(column)).filter(|s| !s.is_empty())
    }

    /// Ids separated by spaces or commas.
    fn list(&self, column: &str) -> Vec<String> {
        self.get(column)
            .split([' ', ','])
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn problem(&self, column: Option<&str>, message: impl Into<String>) -> SheetProblem {
        SheetProblem {
            row: self.number,
            column: column.map(str::to_string),
            message: message.into(),
        }
    }
}

/// The rows a card of `kind` may be followed by (its events, figures, cases …). An exhaustive
/// match: a new card kind must say here which rows it takes.
fn sub_rows(kind: CardKind) -> &'static [&'static str] {
    match kind {
        CardKind::Text => &[],
        CardKind::Timeline => &["event"],
        CardKind::Numbers => &["figure"],
        CardKind::Scenario => &["settled", "open", "caveat", "case", "case-question"],
        CardKind::Quiz => &["question", "choice"],
    }
}

/// Every `kind` a row may have, for the message about an unknown one: `deck, source, term,
/// text, timeline, event, … or choice`.
fn row_kinds() -> String {
    let mut all = vec!["deck", "source", "term"];
    for &kind in CardKind::ALL {
        all.push(kind.name());
        all.extend(sub_rows(kind));
    }
    let last = all.pop().unwrap_or_default();
    format!("{} or {last}", all.join(", "))
}

/// True for a file name a spreadsheet exports (`.csv`, `.tsv`, any case): such a file is read
/// with [`deck_from_sheet`], anything else as deck JSON.
pub fn is_sheet_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.ends_with(".csv") || name.ends_with(".tsv")
}

/// Builds a deck from the text of a sheet and validates it. The deck, or every problem found,
/// each by row and column.
pub fn deck_from_sheet(text: &str) -> Result<Deck, Vec<SheetProblem>> {
    let rows = split_rows(text).map_err(|p| vec![p])?;
    let Some(((_, header), data)) = rows.split_first() else {
        return Err(vec![SheetProblem {
            row: 1,
            column: None,
            message: "the sheet is empty: it needs the template's header row".into(),
        }]);
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let mut problems = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if !name.is_empty() && !COLUMNS.contains(&name.as_str()) {
            problems.push(SheetProblem {
                row: 1,
                column: Some(name.clone()),
                message: format!("unknown column (use {})", COLUMNS.join(", ")),
            });
        } else if header[..i].contains(name) && !name.is_empty() {
            problems.push(SheetProblem {
                row: 1,
                column: Some(name.clone()),
                message: "this column appears twice".into(),
            });
        }
    }
    if !header.iter().any(|h| h == "kind") {
        problems.push(SheetProblem {
            row: 1,
            column: None,
            message: "the header needs a `kind` column".into(),
        });
        return Err(problems);
    }

    let mut deck = Deck {
        schema: None,
        id: String::new(),
        lang: Lang::En,
        title: String::new(),
        cards: Vec::new(),
        sources: Vec::new(),
        glossary: Vec::new(),
    };
    // Which row each part of the deck came from, by JSON path, so validation's problems can be
    // told by row.
    let mut rows_of: Vec<(String, usize)> = Vec::new();
    let mut deck_row = None;
    for (number, cells) in data {
        let row = Row {
            number: *number,
            header: &header,
            cells,
        };
        let kind = row.get("kind").to_lowercase();
        let card = deck.cards.len().checked_sub(1);
        let path_of_card = |i: usize| format!("cards[{i}]");
        // The card the row belongs to, when it must be of a given kind.
        macro_rules! last_card {
            ($variant:ident, $what:literal, $parent:literal) => {
                match deck.cards.last_mut() {
                    Some(Card::$variant(c)) => (c, path_of_card(card.unwrap_or(0))),
                    _ => {
                        problems.push(row.problem(
                            Some("kind"),
                            format!("{} row must come after a {} row", $what, $parent),
                        ));
                        continue;
                    }
                }
            };
        }
        match kind.as_str() {
            "deck" => {
                if let Some(first) = deck_row {
                    problems.push(row.problem(
                        Some("kind"),
                        format!("a second deck row (the first is row {first})"),
                    ));
                    continue;
                }
                deck_row = Some(row.number);
                deck.id = row.get("id");
                deck.title = row.get("title");
                let tag = row.get("lang");
                match Lang::from_tag(&tag) {
                    Some(lang) => deck.lang = lang,
                    None => {
                        problems.push(row.problem(Some("lang"), super::lang::unsupported(&tag)))
                    }
                }
                rows_of.push((String::new(), row.number));
            }
            "source" => {
                rows_of.push((format!("sources[{}]", deck.sources.len()), row.number));
                deck.sources.push(Source {
                    id: row.get("id"),
                    title: row.optional("title"),
                    description: row.optional("text"),
                    publisher: row.optional("publisher"),
                    date: row.get("date"),
                    url: row.optional("url"),
                });
            }
            "term" => {
                rows_of.push((format!("glossary[{}]", deck.glossary.len()), row.number));
                deck.glossary.push(Term {
                    id: row.get("id"),
                    term: row.get("title"),
                    definition: row.get("text"),
                    source: row.optional("source"),
                });
            }
            name if CardKind::from_name(name).is_some() => {
                rows_of.push((path_of_card(deck.cards.len()), row.number));
                let (id, title, sources) = (row.get("id"), row.get("title"), row.list("sources"));
                deck.cards
                    .push(match CardKind::from_name(name).unwrap_or(CardKind::Text) {
                        CardKind::Text => Card::Text(TextCard {
                            id,
                            title,
                            // A cell's line breaks are the paragraphs' blank lines.
                            body: row.get("text").replace("\r\n", "\n"),
                            sources,
                        }),
                        CardKind::Timeline => Card::Timeline(TimelineCard {
                            id,
                            title,
                            events: Vec::new(),
                            sources,
                        }),
                        CardKind::Numbers => Card::Numbers(NumbersCard {
                            id,
                            title,
                            figures: Vec::new(),
                            sources,
                        }),
                        CardKind::Scenario => Card::Scenario(ScenarioCard {
                            id,
                            title,
                            question: row.get("text"),
                            settled: Vec::new(),
                            open: Vec::new(),
                            caveat: String::new(),
                            scenarios: Vec::new(),
                            sources,
                        }),
                        CardKind::Quiz => Card::Quiz(QuizCard {
                            id,
                            title,
                            questions: Vec::new(),
                            sources,
                        }),
                    });
            }
            "event" => {
                let (timeline, at) = last_card!(Timeline, "an event", "timeline");
                rows_of.push((
                    format!("{at}.events[{}]", timeline.events.len()),
                    row.number,
                ));
                timeline.events.push(TimelineEvent {
                    id: row.get("id"),
                    date: row.get("date"),
                    title: row.get("title"),
                    detail: row.get("text"),
                    card: row.optional("card"),
                });
            }
            "figure" => {
                let (numbers, at) = last_card!(Numbers, "a figure", "numbers");
                rows_of.push((
                    format!("{at}.figures[{}]", numbers.figures.len()),
                    row.number,
                ));
                numbers.figures.push(Figure {
                    value: row.get("value"),
                    label: row.get("title"),
                    source: row.get("source"),
                });
            }
            "settled" | "open" | "caveat" => {
                let (scenario, at) = last_card!(Scenario, "a settled, open or caveat", "scenario");
                let text = row.get("text");
                match kind.as_str() {
                    "settled" => {
                        rows_of.push((
                            format!("{at}.settled[{}]", scenario.settled.len()),
                            row.number,
                        ));
                        scenario.settled.push(text);
                    }
                    "open" => {
                        rows_of.push((format!("{at}.open[{}]", scenario.open.len()), row.number));
                        scenario.open.push(text);
                    }
                    _ => {
                        rows_of.push((format!("{at}.caveat"), row.number));
                        scenario.caveat = text;
                    }
                }
            }
            "case" => {
                let (scenario, at) = last_card!(Scenario, "a case", "scenario");
                rows_of.push((
                    format!("{at}.scenarios[{}]", scenario.scenarios.len()),
                    row.number,
                ));
                scenario.scenarios.push(Scenario {
                    id: row.get("id"),
                    label: row.get("title"),
                    description: row.get("text"),
                    questions: Vec::new(),
                });
            }
            "case-question" => {
                let (scenario, at) = last_card!(Scenario, "a case-question", "case");
                let i = scenario.scenarios.len();
                let Some(case) = scenario.scenarios.last_mut() else {
                    problems.push(row.problem(
                        Some("kind"),
                        "a case-question row must come after a case row",
                    ));
                    continue;
                };
                rows_of.push((
                    format!(
                        "{at}.scenarios[{}].questions[{}]",
                        i - 1,
                        case.questions.len()
                    ),
                    row.number,
                ));
                case.questions.push(row.get("text"));
            }
            "question" => {
                let (quiz, at) = last_card!(Quiz, "a question", "quiz");
                rows_of.push((
                    format!("{at}.questions[{}]", quiz.questions.len()),
                    row.number,
                ));
                quiz.questions.push(Question {
                    id: row.get("id"),
                    prompt: row.get("title"),
                    choices: Vec::new(),
                    explanation: row.get("text"),
                    card: row.get("card"),
                });
            }
            "choice" => {
                let (quiz, at) = last_card!(Quiz, "a choice", "quiz");
                let i = quiz.questions.len();
                let Some(question) = quiz.questions.last_mut() else {
                    problems.push(
                        row.problem(Some("kind"), "a choice row must come after a question row"),
                    );
                    continue;
                };
                rows_of.push((
                    format!(
                        "{at}.questions[{}].choices[{}]",
                        i - 1,
                        question.choices.len()
                    ),
                    row.number,
                ));
                let correct = row.get("correct").to_lowercase();
                let correct = match correct.as_str() {
                    "" | "no" | "false" | "0" => false,
                    "yes" | "true" | "x" | "1" => true,
                    other => {
                        problems.push(row.problem(
                            Some("correct"),
                            format!("\"{other}\" is not yes or no (leave it empty for no)"),
                        ));
                        false
                    }
                };
                question.choices.push(Choice {
                    text: row.get("text"),
                    correct,
                });
            }
            "" => problems.push(row.problem(Some("kind"), "the row has no kind")),
            other => problems.push(row.problem(
                Some("kind"),
                format!("unknown kind \"{other}\" (use {})", row_kinds()),
            )),
        }
    }
    if deck_row.is_none() {
        problems.push(SheetProblem {
            row: 2,
            column: Some("kind".into()),
            message: "the sheet needs a deck row (its id, title and lang)".into(),
        });
    }
    problems.extend(
        validate(&deck)
            .iter()
            .map(|err| locate_in_sheet(err, &rows_of)),
    );
    if problems.is_empty() {
        Ok(deck)
    } else {
        problems.sort_by_key(|p| p.row);
        Err(problems)
    }
}

/// The row and column of a validation problem: the row of the longest recorded path that
/// contains the problem's path, and the column its last field is written in.
fn locate_in_sheet(err: &DeckError, rows_of: &[(String, usize)]) -> SheetProblem {
    let path = err.path();
    let contains = |prefix: &str| {
        prefix.is_empty()
            || path == prefix
            || path
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
    };
    let row = rows_of
        .iter()
        .filter(|(prefix, _)| contains(prefix))
        .max_by_key(|(prefix, _)| prefix.len())
        .map_or(2, |(_, row)| *row);
    // A problem with a whole element of a list (`sources[0]`, `cards[2].settled[1]`) is about
    // its row; the texts of settled/open points and of a case's questions are in `text`.
    if path.ends_with(']') {
        let last = path.rsplit('.').next().unwrap_or("");
        let text_row = last.starts_with("settled[")
            || last.starts_with("open[")
            || (last.starts_with("questions[") && path.contains("scenarios["));
        return problem(err, path, row, text_row.then_some("text"));
    }
    // The field the path ends in (`title` of `cards[2].title`).
    let field = path.rsplit('.').next().unwrap_or("");
    let column = match field {
        "id" | "title" | "date" | "value" | "publisher" | "url" | "source" | "sources" | "card"
        | "lang" => Some(field),
        "term" | "label" | "prompt" => Some("title"),
        "body" | "detail" | "description" | "definition" | "question" | "explanation"
        | "caveat" => Some("text"),
        "choices" => Some("correct"),
        _ => None,
    };
    problem(err, path, row, column)
}

/// `err` at `row` and `column`, its message without the JSON path (the row says where).
fn problem(err: &DeckError, path: &str, row: usize, column: Option<&str>) -> SheetProblem {
    let message = err.to_string();
    let message = message
        .strip_prefix(&format!("{path}: "))
        .map(str::to_string)
        .unwrap_or(message);
    SheetProblem {
        row,
        column: column.map(str::to_string),
        message,
    }
}
