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
    validate, Card, CardKind, Choice, Deck, DeckError, Figure, FlowCard, FlowStep, Lang, Media,
    MediaFile, NumbersCard, Question, QuizCard, Scenario, ScenarioCard, Source, Term, TextCard,
    TimelineCard, TimelineEvent,
};

/// The columns of the template, in its order. A sheet may leave out the ones it does not use
/// and put them in any order; it needs `kind`.
pub const COLUMNS: [&str; 22] = [
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
    // A card's picture, on the card's row (`Media`): its file, size, other files
    // (`small.png 400, large.png 1600`), alt text (or `decorative`: yes), caption and credit.
    "media",
    "media_width",
    "media_height",
    "media_files",
    "media_alt",
    "media_decorative",
    "media_caption",
    "media_credit",
    "media_credit_url",
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

    /// A yes/no cell: empty is no.
    fn yes(&self, column: &str) -> Result<bool, SheetProblem> {
        match self.get(column).to_lowercase().as_str() {
            "" | "no" | "false" | "0" => Ok(false),
            "yes" | "true" | "x" | "1" => Ok(true),
            other => Err(self.problem(
                Some(column),
                format!("\"{other}\" is not yes or no (leave it empty for no)"),
            )),
        }
    }

    /// A number of pixels (0 when the cell is empty: validation then names it).
    fn pixels(&self, column: &str, cell: &str) -> Result<u32, SheetProblem> {
        if cell.is_empty() {
            return Ok(0);
        }
        cell.parse().map_err(|_| {
            self.problem(
                Some(column),
                format!("\"{cell}\" is not a whole number of pixels"),
            )
        })
    }

    /// The card's picture, from the `media…` columns, or `None` when `media` is empty.
    fn media(&self) -> Result<Option<Media>, SheetProblem> {
        let Some(src) = self.optional("media") else {
            return Ok(None);
        };
        // `small.png 400, large.png 1600`: each file and its width.
        let files = self
            .get("media_files")
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(|file| {
                let (src, width) = file.rsplit_once(' ').unwrap_or((file, ""));
                Ok(MediaFile {
                    src: src.trim().to_string(),
                    width: self.pixels("media_files", width.trim().trim_end_matches('w'))?,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(Some(Media {
            src,
            width: self.pixels("media_width", &self.get("media_width"))?,
            height: self.pixels("media_height", &self.get("media_height"))?,
            files,
            alt: self.get("media_alt"),
            decorative: self.yes("media_decorative")?,
            caption: self.optional("media_caption"),
            credit: self.optional("media_credit"),
            credit_url: self.optional("media_credit_url"),
        }))
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
        CardKind::Flow => &["step"],
    }
}

/// Every `kind` a row may have, for the message about an unknown one: `deck, source, term,
/// text, timeline, event, … or choice`.
fn row_kinds() -> String {
    let mut all = vec!["deck", "source", "term", "correction"];
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
    match read_sheet(text) {
        (Some(deck), problems) if problems.is_empty() => Ok(deck),
        (_, problems) => Err(problems),
    }
}

/// The deck a sheet makes as far as it can be read, and the sheet's problems (by row and
/// column, validation's included): `None` only when there is no deck to speak of (no header
/// row, no `kind` column, a quote left open). The studio opens such a deck with its problems,
/// so they are fixed where the editor works.
pub fn read_sheet(text: &str) -> (Option<Deck>, Vec<SheetProblem>) {
    let rows = match split_rows(text) {
        Ok(rows) => rows,
        Err(p) => return (None, vec![p]),
    };
    let Some(((_, header), data)) = rows.split_first() else {
        return (
            None,
            vec![SheetProblem {
                row: 1,
                column: None,
                message: "the sheet is empty: it needs the template's header row".into(),
            }],
        );
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let mut sheet = Sheet::default();
    sheet.check_header(&header);
    if !header.iter().any(|h| h == "kind") {
        return (None, sheet.problems);
    }
    for (number, cells) in data {
        let row = Row {
            number: *number,
            header: &header,
            cells,
        };
        if let Err(problem) = sheet.add(&row) {
            sheet.problems.push(problem);
        }
    }
    sheet.finish()
}

/// A deck as its sheet is read, row by row, with the sheet's own problems so far and the row
/// each part of the deck came from (by JSON path, so validation's problems can be told by row).
#[derive(Default)]
struct Sheet {
    deck: Deck,
    problems: Vec<SheetProblem>,
    rows_of: Vec<(String, usize)>,
    deck_row: Option<usize>,
}

/// The outcome of one row: added, or the problem that kept it out.
type Added = Result<(), SheetProblem>;

impl Sheet {
    /// Unknown and repeated columns, and a missing `kind`.
    fn check_header(&mut self, header: &[String]) {
        for (i, name) in header.iter().enumerate() {
            let problem = |message: String| SheetProblem {
                row: 1,
                column: Some(name.clone()),
                message,
            };
            if !name.is_empty() && !COLUMNS.contains(&name.as_str()) {
                self.problems.push(problem(format!(
                    "unknown column (use {})",
                    COLUMNS.join(", ")
                )));
            } else if header[..i].contains(name) && !name.is_empty() {
                self.problems
                    .push(problem("this column appears twice".into()));
            }
        }
        if !header.iter().any(|h| h == "kind") {
            self.problems.push(SheetProblem {
                row: 1,
                column: None,
                message: "the header needs a `kind` column".into(),
            });
        }
    }

    /// Adds one row: the deck's own, a source, a term, a card, or a row of the card above it
    /// (the kinds of `sub_rows`).
    fn add(&mut self, row: &Row<'_>) -> Added {
        let kind = row.get("kind").to_lowercase();
        // A picture belongs to a card: on any other row it would be lost without a word.
        if CardKind::from_name(&kind).is_none() && row.optional("media").is_some() {
            return Err(row.problem(
                Some("media"),
                format!("a picture goes on a card's row, not on a {kind} row"),
            ));
        }
        match kind.as_str() {
            "deck" => self.deck_row(row),
            "source" => self.source_row(row),
            "term" => self.term_row(row),
            "correction" => self.correction_row(row),
            "" => Err(row.problem(Some("kind"), "the row has no kind")),
            name => match CardKind::from_name(name) {
                Some(card_kind) => self.card_row(card_kind, row),
                None => self.part_row(name, row),
            },
        }
    }

    /// Records that `path` came from `row`.
    fn record(&mut self, path: String, row: &Row<'_>) {
        self.rows_of.push((path, row.number));
    }

    fn deck_row(&mut self, row: &Row<'_>) -> Added {
        if let Some(first) = self.deck_row {
            return Err(row.problem(
                Some("kind"),
                format!("a second deck row (the first is row {first})"),
            ));
        }
        self.deck_row = Some(row.number);
        self.deck.id = row.get("id");
        self.deck.title = row.get("title");
        self.deck.updated = row.optional("date");
        self.record(String::new(), row);
        let tag = row.get("lang");
        self.deck.lang = Lang::from_tag(&tag)
            .ok_or_else(|| row.problem(Some("lang"), super::lang::unsupported(&tag)))?;
        Ok(())
    }

    fn source_row(&mut self, row: &Row<'_>) -> Added {
        self.record(format!("sources[{}]", self.deck.sources.len()), row);
        self.deck.sources.push(Source {
            id: row.get("id"),
            title: row.optional("title"),
            description: row.optional("text"),
            publisher: row.optional("publisher"),
            date: row.get("date"),
            url: row.optional("url"),
        });
        Ok(())
    }

    fn term_row(&mut self, row: &Row<'_>) -> Added {
        self.record(format!("glossary[{}]", self.deck.glossary.len()), row);
        self.deck.glossary.push(Term {
            id: row.get("id"),
            term: row.get("title"),
            definition: row.get("text"),
            source: row.optional("source"),
        });
        Ok(())
    }

    /// A correction of the card above it (any kind): its `date` and `text`.
    fn correction_row(&mut self, row: &Row<'_>) -> Added {
        let at = self.deck.cards.len();
        let Some(card) = self.deck.cards.last_mut() else {
            return Err(row.problem(
                Some("kind"),
                "a correction row must come after a card's row",
            ));
        };
        let path = format!(
            "cards[{}].corrections[{}]",
            at - 1,
            card.corrections().len()
        );
        card.corrections_mut().push(crate::Correction {
            date: row.get("date"),
            text: row.get("text"),
        });
        self.record(path, row);
        Ok(())
    }

    /// A card; its events, figures, cases or questions come in the rows after it.
    fn card_row(&mut self, kind: CardKind, row: &Row<'_>) -> Added {
        self.record(format!("cards[{}]", self.deck.cards.len()), row);
        let (id, title, sources) = (row.get("id"), row.get("title"), row.list("sources"));
        // A picture that cannot be read still leaves its card in, so the rows after it stay
        // with it; the problem is reported all the same.
        let (media, problem) = match row.media() {
            Ok(media) => (media, Ok(())),
            Err(problem) => (None, Err(problem)),
        };
        self.deck.cards.push(match kind {
            CardKind::Text => Card::Text(TextCard {
                id,
                title,
                // A cell's line breaks are the paragraphs' blank lines.
                body: row.get("text").replace("\r\n", "\n"),
                sources,
                media,
                corrections: Vec::new(),
            }),
            CardKind::Timeline => Card::Timeline(TimelineCard {
                id,
                title,
                events: Vec::new(),
                sources,
                media,
                corrections: Vec::new(),
            }),
            CardKind::Numbers => Card::Numbers(NumbersCard {
                id,
                title,
                figures: Vec::new(),
                sources,
                media,
                corrections: Vec::new(),
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
                media,
                corrections: Vec::new(),
            }),
            CardKind::Quiz => Card::Quiz(QuizCard {
                id,
                title,
                questions: Vec::new(),
                sources,
                media,
                corrections: Vec::new(),
            }),
            CardKind::Flow => Card::Flow(FlowCard {
                id,
                title,
                steps: Vec::new(),
                sources,
                media,
                corrections: Vec::new(),
            }),
        });
        problem
    }

    /// A row that belongs to the card above it, which must be of the kind that takes it
    /// (`sub_rows`): an event of a timeline, a figure of a numbers card, a point or case of a
    /// scenario, a question or choice of a quiz.
    fn part_row(&mut self, name: &str, row: &Row<'_>) -> Added {
        let Some(parent) = CardKind::ALL
            .iter()
            .copied()
            .find(|&k| sub_rows(k).contains(&name))
        else {
            return Err(row.problem(
                Some("kind"),
                format!("unknown kind \"{name}\" (use {})", row_kinds()),
            ));
        };
        if self.deck.cards.last().map(Card::card_kind) != Some(parent) {
            let what = match name {
                "settled" | "open" | "caveat" => "a settled, open or caveat".to_string(),
                _ if name.starts_with(['a', 'e', 'i', 'o', 'u']) => format!("an {name}"),
                _ => format!("a {name}"),
            };
            // A case's question follows its case (and so a scenario row).
            let after = if name == "case-question" {
                "case"
            } else {
                parent.name()
            };
            return Err(row.problem(
                Some("kind"),
                format!("{what} row must come after a {after} row"),
            ));
        }
        let at = format!("cards[{}]", self.deck.cards.len() - 1);
        let (path, added) = match self.deck.cards.last_mut() {
            Some(Card::Timeline(timeline)) => timeline_part(timeline, &at, row),
            Some(Card::Numbers(numbers)) => numbers_part(numbers, &at, row),
            Some(Card::Scenario(scenario)) => scenario_part(scenario, name, &at, row),
            Some(Card::Quiz(quiz)) => quiz_part(quiz, name, &at, row),
            Some(Card::Flow(flow)) => {
                let path = format!("{at}.steps[{}]", flow.steps.len());
                flow.steps.push(FlowStep {
                    label: row.get("title"),
                    detail: row.get("text"),
                    sources: row.list("sources"),
                });
                (Some(path), Ok(()))
            }
            // `sub_rows` gives text cards no rows, so the check above has returned.
            Some(Card::Text(_)) | None => (None, Ok(())),
        };
        if let Some(path) = path {
            self.record(path, row);
        }
        added
    }

    /// The deck, or every problem: the sheet's own, then validation's, by row.
    fn finish(mut self) -> (Option<Deck>, Vec<SheetProblem>) {
        if self.deck_row.is_none() {
            self.problems.push(SheetProblem {
                row: 2,
                column: Some("kind".into()),
                message: "the sheet needs a deck row (its id, title and lang)".into(),
            });
        }
        let rows_of = &self.rows_of;
        self.problems.extend(
            validate(&self.deck)
                .iter()
                .map(|err| locate_in_sheet(err, rows_of)),
        );
        self.problems.sort_by_key(|p| p.row);
        // Without a deck row the deck has no id, title or language: nothing to open.
        let deck = self.deck_row.is_some().then_some(self.deck);
        (deck, self.problems)
    }
}

/// What a part row did to its card: the JSON path it filled (if any) and its own problem.
type Part = (Option<String>, Added);

fn timeline_part(timeline: &mut TimelineCard, at: &str, row: &Row<'_>) -> Part {
    let path = format!("{at}.events[{}]", timeline.events.len());
    timeline.events.push(TimelineEvent {
        id: row.get("id"),
        date: row.get("date"),
        title: row.get("title"),
        detail: row.get("text"),
        card: row.optional("card"),
    });
    (Some(path), Ok(()))
}

fn numbers_part(numbers: &mut NumbersCard, at: &str, row: &Row<'_>) -> Part {
    let path = format!("{at}.figures[{}]", numbers.figures.len());
    numbers.figures.push(Figure {
        value: row.get("value"),
        label: row.get("title"),
        source: row.get("source"),
    });
    (Some(path), Ok(()))
}

fn scenario_part(scenario: &mut ScenarioCard, name: &str, at: &str, row: &Row<'_>) -> Part {
    let text = row.get("text");
    match name {
        "settled" => {
            let path = format!("{at}.settled[{}]", scenario.settled.len());
            scenario.settled.push(text);
            (Some(path), Ok(()))
        }
        "open" => {
            let path = format!("{at}.open[{}]", scenario.open.len());
            scenario.open.push(text);
            (Some(path), Ok(()))
        }
        "caveat" => {
            scenario.caveat = text;
            (Some(format!("{at}.caveat")), Ok(()))
        }
        "case" => {
            let path = format!("{at}.scenarios[{}]", scenario.scenarios.len());
            scenario.scenarios.push(Scenario {
                id: row.get("id"),
                label: row.get("title"),
                description: text,
                questions: Vec::new(),
            });
            (Some(path), Ok(()))
        }
        // "case-question": a question of the case above it.
        _ => {
            let i = scenario.scenarios.len();
            let Some(case) = scenario.scenarios.last_mut() else {
                let problem = row.problem(
                    Some("kind"),
                    "a case-question row must come after a case row",
                );
                return (None, Err(problem));
            };
            let path = format!(
                "{at}.scenarios[{}].questions[{}]",
                i - 1,
                case.questions.len()
            );
            case.questions.push(text);
            (Some(path), Ok(()))
        }
    }
}

fn quiz_part(quiz: &mut QuizCard, name: &str, at: &str, row: &Row<'_>) -> Part {
    if name == "question" {
        let path = format!("{at}.questions[{}]", quiz.questions.len());
        quiz.questions.push(Question {
            id: row.get("id"),
            prompt: row.get("title"),
            choices: Vec::new(),
            explanation: row.get("text"),
            card: row.get("card"),
        });
        return (Some(path), Ok(()));
    }
    // "choice": a choice of the question above it.
    let i = quiz.questions.len();
    let Some(question) = quiz.questions.last_mut() else {
        let problem = row.problem(Some("kind"), "a choice row must come after a question row");
        return (None, Err(problem));
    };
    let path = format!(
        "{at}.questions[{}].choices[{}]",
        i - 1,
        question.choices.len()
    );
    let (correct, problem) = match row.yes("correct") {
        Ok(correct) => (correct, Ok(())),
        Err(problem) => (false, Err(problem)),
    };
    question.choices.push(Choice {
        text: row.get("text"),
        correct,
    });
    (Some(path), problem)
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
    if path.contains(".media.") {
        let column = match field {
            _ if path.contains(".files[") => "media_files",
            "src" => "media",
            "width" => "media_width",
            "height" => "media_height",
            "alt" => "media_alt",
            "caption" => "media_caption",
            "credit" => "media_credit",
            _ => "media_credit_url",
        };
        return problem(err, path, row, Some(column));
    }
    let column = match field {
        "id" | "title" | "date" | "value" | "publisher" | "url" | "source" | "sources" | "card"
        | "lang" => Some(field),
        "term" | "label" | "prompt" => Some("title"),
        "updated" => Some("date"),
        "body" | "detail" | "description" | "definition" | "question" | "explanation"
        | "caveat" | "text" => Some("text"),
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
