//! Typed deck errors, each carrying the JSON path of the value at fault.

use std::fmt;

/// One problem with a deck. `Display` gives `path: message`, e.g.
/// `cards[3].sources[0]: unknown source "doj-2018"`, which is what editors see.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeckError {
    /// The text is not well-formed JSON.
    #[error("line {line}, column {column}: not valid JSON ({message})")]
    Syntax {
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column of the fault.
        column: usize,
        /// What the JSON parser said.
        message: String,
    },
    /// Well-formed JSON whose shape is not a deck (missing field, wrong type, unknown kind …).
    #[error("{}: {message} (line {line}, column {column})", display_path(path))]
    Shape {
        /// JSON path of the value at fault (`cards[2].title`), empty for the document itself.
        path: String,
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column of the fault.
        column: usize,
        /// What does not fit.
        message: String,
    },
    /// A value of the wrong shape (a missing field, a wrong type, an unknown kind …) found by a
    /// reader that has no line and column to give: the reader's widget reads decks with the
    /// browser's JSON parser, and names the part of the deck the value is in (`deck-check` and
    /// the studio give the exact place, as [`DeckError::Shape`]).
    #[error("{}: {message}", display_path(path))]
    Misshapen {
        /// JSON path of the part of the deck at fault (`cards[2]`), empty for the deck itself.
        path: String,
        /// What does not fit.
        message: String,
    },
    /// A required text is empty or only whitespace.
    #[error("{path}: must not be empty")]
    Empty {
        /// JSON path of the empty value.
        path: String,
    },
    /// The deck has no cards at all.
    #[error("{path}: a deck needs at least one card")]
    NoCards {
        /// JSON path of the card list.
        path: String,
    },
    /// Two cards share an id.
    #[error("{path}: duplicate card id \"{id}\" (first used at {first})")]
    DuplicateCardId {
        /// JSON path of the second use.
        path: String,
        /// The repeated id.
        id: String,
        /// JSON path of the first use.
        first: String,
    },
    /// Two sources share an id.
    #[error("{path}: duplicate source id \"{id}\" (first used at {first})")]
    DuplicateSourceId {
        /// JSON path of the second use.
        path: String,
        /// The repeated id.
        id: String,
        /// JSON path of the first use.
        first: String,
    },
    /// An id uses characters that would break deep links.
    #[error("{path}: id \"{id}\" may only use a-z, 0-9 and \"-\"")]
    BadId {
        /// JSON path of the id.
        path: String,
        /// The offending id.
        id: String,
    },
    /// A card cites a source id that the deck's `sources` list does not define.
    #[error("{path}: unknown source \"{id}\"")]
    UnknownSource {
        /// JSON path of the reference.
        path: String,
        /// The id that does not resolve.
        id: String,
    },
    /// A figure of a numbers card or a step of a flow card names a source that its card does
    /// not list: it is cited by its place in the card's source list, so the source must be
    /// there.
    #[error("{path}: source \"{id}\" is not in this card's \"sources\"")]
    FigureSourceNotCited {
        /// JSON path of the figure's source.
        path: String,
        /// The id missing from the card's list.
        id: String,
    },
    /// A source has neither a title nor a description, so readers could not tell what it is.
    #[error(
        "{path}: a source needs a \"title\" (its real title) or a \"description\" (what it is)"
    )]
    Unnamed {
        /// JSON path of the source.
        path: String,
    },
    /// A card cites no source at all.
    #[error("{path}: a card must cite at least one source")]
    NoSources {
        /// JSON path of the card's source list.
        path: String,
    },
    /// A link that is not an absolute `http:`/`https:` URL (`javascript:`, `data:`, relative …).
    #[error("{path}: link \"{url}\" must be an absolute https:// or http:// address")]
    BadLink {
        /// JSON path of the link.
        path: String,
        /// The rejected link.
        url: String,
    },
    /// A picture's file address that is neither relative to the deck file nor an absolute
    /// `http:`/`https:` URL (`javascript:`, `data:`, `//host/…` …): it is never requested.
    #[error("{path}: picture address \"{url}\" must be relative to the deck file (media/map.svg) or an absolute https:// or http:// address")]
    BadMediaUrl {
        /// JSON path of the address.
        path: String,
        /// The rejected address.
        url: String,
    },
    /// A picture with no `alt` text that is not marked decorative.
    #[error("{path}: a picture needs \"alt\" (what it shows, in words), or \"decorative\": true if it adds nothing a reader needs")]
    NoAlt {
        /// JSON path of the picture's `alt`.
        path: String,
    },
    /// A picture marked decorative that also has `alt` text: one of the two is a mistake.
    #[error("{path}: a decorative picture has no \"alt\"; remove \"alt\" or \"decorative\"")]
    DecorativeWithAlt {
        /// JSON path of the picture's `alt`.
        path: String,
    },
    /// A date that is not a real date written `YYYY-MM-DD`.
    #[error("{path}: \"{date}\" is not a date written YYYY-MM-DD (e.g. 2026-12-04)")]
    BadDate {
        /// JSON path of the date.
        path: String,
        /// The date as written.
        date: String,
    },
    /// A date after today: a deck cannot have been updated, or a card corrected, tomorrow.
    #[error("{path}: {date} is in the future (today is {today})")]
    FutureDate {
        /// JSON path of the date.
        path: String,
        /// The date as written.
        date: String,
        /// Today's date where the deck was checked.
        today: String,
    },
    /// A width or height of 0.
    #[error("{path}: must be more than 0 pixels")]
    NoPixels {
        /// JSON path of the size.
        path: String,
    },
    /// Two items of one list (events, scenarios, questions, glossary terms) share an id.
    #[error("{path}: duplicate id \"{id}\" (first used at {first})")]
    DuplicateId {
        /// JSON path of the second use.
        path: String,
        /// The repeated id.
        id: String,
        /// JSON path of the first use.
        first: String,
    },
    /// A reference to a card id that the deck does not have.
    #[error("{path}: unknown card \"{id}\"")]
    UnknownCard {
        /// JSON path of the reference.
        path: String,
        /// The id that does not resolve.
        id: String,
    },
    /// Glossary markup names a term the deck's glossary does not define.
    #[error("{path}: unknown glossary term \"{id}\"")]
    UnknownTerm {
        /// JSON path of the text holding the markup.
        path: String,
        /// The id that does not resolve.
        id: String,
    },
    /// Broken glossary markup (`[[` not closed, or empty).
    #[error("{path}: {message} at character {at}")]
    BadMarkup {
        /// JSON path of the text.
        path: String,
        /// What is wrong.
        message: &'static str,
        /// 1-based character position in the text.
        at: usize,
    },
    /// A list with fewer items than its kind needs.
    #[error("{path}: needs at least {min} {what}")]
    TooFew {
        /// JSON path of the list.
        path: String,
        /// The least number of items.
        min: usize,
        /// What the items are.
        what: &'static str,
    },
    /// A quiz question without exactly one right answer.
    #[error("{path}: exactly one choice must have \"correct\": true (found {found})")]
    QuizAnswer {
        /// JSON path of the question's choices.
        path: String,
        /// How many are marked correct.
        found: usize,
    },
    /// The deck file is larger than the widget accepts.
    #[error("the deck is {bytes} bytes; the limit is {limit} bytes")]
    TooLarge {
        /// Size of the deck text.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// A text longer than the widget accepts.
    #[error("{path}: {chars} characters; the limit is {limit}")]
    TooLong {
        /// JSON path of the text.
        path: String,
        /// Its length in characters.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// A list longer than the widget accepts.
    #[error("{path}: {count} items; the limit is {limit}")]
    TooMany {
        /// JSON path of the list.
        path: String,
        /// Its length.
        count: usize,
        /// The limit.
        limit: usize,
    },
}

fn display_path(path: &str) -> &str {
    if path.is_empty() || path == "." {
        "(deck)"
    } else {
        path
    }
}

impl DeckError {
    /// Turns a serde_json error, and the JSON path found at its position (`locate.rs`), into a
    /// deck error.
    pub(crate) fn from_json(path: String, err: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        // serde_json appends " at line X column Y" to its messages; we report those as fields.
        let full = err.to_string();
        let message = match full.rfind(" at line ") {
            Some(cut) => full[..cut].to_string(),
            None => full,
        };
        match err.classify() {
            Category::Data => DeckError::Shape {
                path,
                line: err.line(),
                column: err.column(),
                message,
            },
            Category::Syntax | Category::Eof | Category::Io => DeckError::Syntax {
                line: err.line(),
                column: err.column(),
                message,
            },
        }
    }

    /// Line and column in `json` (the deck's text) of the value the error is about.
    pub fn position(&self, json: &str) -> Option<(usize, usize)> {
        match self {
            DeckError::Syntax { line, column, .. } | DeckError::Shape { line, column, .. } => {
                Some((*line, *column))
            }
            other => super::locate(json, other.path()),
        }
    }

    /// The JSON path the error points at (empty for syntax errors).
    pub fn path(&self) -> &str {
        match self {
            DeckError::Syntax { .. } | DeckError::TooLarge { .. } => "",
            DeckError::Shape { path, .. }
            | DeckError::Misshapen { path, .. }
            | DeckError::Empty { path }
            | DeckError::NoCards { path }
            | DeckError::DuplicateCardId { path, .. }
            | DeckError::DuplicateSourceId { path, .. }
            | DeckError::BadId { path, .. }
            | DeckError::UnknownSource { path, .. }
            | DeckError::FigureSourceNotCited { path, .. }
            | DeckError::NoSources { path }
            | DeckError::Unnamed { path }
            | DeckError::BadLink { path, .. }
            | DeckError::BadMediaUrl { path, .. }
            | DeckError::NoAlt { path }
            | DeckError::DecorativeWithAlt { path }
            | DeckError::NoPixels { path }
            | DeckError::BadDate { path, .. }
            | DeckError::FutureDate { path, .. }
            | DeckError::DuplicateId { path, .. }
            | DeckError::UnknownCard { path, .. }
            | DeckError::UnknownTerm { path, .. }
            | DeckError::BadMarkup { path, .. }
            | DeckError::TooFew { path, .. }
            | DeckError::QuizAnswer { path, .. }
            | DeckError::TooLong { path, .. }
            | DeckError::TooMany { path, .. } => path,
        }
    }
}

/// Every problem found in one deck, in document order. Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckErrors(pub Vec<DeckError>);

impl fmt::Display for DeckErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, err) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{err}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DeckErrors {}
