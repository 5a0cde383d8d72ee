//! The content model: a deck of cards as data.
//!
//! These are plain serde types with no yew or web-sys import, so the same code serves the
//! widget, native tests and editor tooling. A deck is parsed with [`parse_deck`], which also
//! runs [`validate()`](validate::validate) and reports *every* problem it finds, each with the
//! JSON path of the value at fault.

mod error;
mod kinds;
mod locate;
mod markup;
mod validate;

pub use error::{DeckError, DeckErrors};
pub use kinds::{
    Choice, Figure, NumbersCard, Question, QuizCard, Scenario, ScenarioCard, TimelineCard,
    TimelineEvent,
};
pub use locate::{locate, path_at};
pub use markup::{parse_markup, MarkupError, Segment};
pub use validate::{validate, MAX_CARDS, MAX_TEXT_CHARS};

use serde::{Deserialize, Serialize};

/// A whole explainer: one story told as an ordered list of cards, plus the sources they cite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Deck {
    /// Where editors' tools find the JSON Schema (e.g. `../schema/deck.schema.json`); ignored
    /// by the widget.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable identifier of the deck, e.g. `cyber-alliance`.
    pub id: String,
    /// Language of the deck's text as a BCP 47 tag (`en` or `ja`); it picks the UI strings too.
    pub lang: String,
    /// Title shown above the cards and used as the widget's accessible name.
    pub title: String,
    /// The cards, in the order a reader meets them.
    pub cards: Vec<Card>,
    /// Every source any card cites; cards refer to them by id.
    pub sources: Vec<Source>,
    /// Terms a reader may not know. Text cards mark them as `[[term-id]]` (the id is the word
    /// shown) or `[[shown text|term-id]]`; the widget turns each into a button that opens the
    /// definition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<Term>,
}

/// A glossary entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Identifier used in `[[…]]` markup.
    pub id: String,
    /// The term as a heading of its definition.
    pub term: String,
    /// One or two plain sentences.
    pub definition: String,
    /// Id of the source the definition rests on, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// One card of a deck.
///
/// The JSON form carries a `"kind"` tag. Only `"text"` exists today; the interactive kinds
/// (timeline, glossary, scenario explorer, quiz, numbers) are meant to join as new variants,
/// each with its own struct and component, while [`Card::id`], [`Card::title`] and
/// [`Card::sources`] keep working for every kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Card {
    /// A card of prose: a title, one or more paragraphs and its sources.
    Text(TextCard),
    /// Dated events; the reader selects one to read it, and can jump to the card that tells it.
    Timeline(TimelineCard),
    /// The story's figures as large callouts, each with a one-line explanation and a source.
    Numbers(NumbersCard),
    /// "Would this trigger the treaty?": hypothetical cases, each shown beside what the sources
    /// settle and what they leave open. It never gives a verdict the sources do not give.
    Scenario(ScenarioCard),
    /// Multiple-choice questions with an explanation and a link to the card that explains.
    Quiz(QuizCard),
}

/// Runs `$body` with `$c` bound to whichever card struct `$card` holds.
macro_rules! each_kind {
    ($card:expr, $c:ident => $body:expr) => {
        match $card {
            Card::Text($c) => $body,
            Card::Timeline($c) => $body,
            Card::Numbers($c) => $body,
            Card::Scenario($c) => $body,
            Card::Quiz($c) => $body,
        }
    };
}

impl Card {
    /// The card's id, unique within its deck; used in deep links, so `a-z`, `0-9` and `-` only.
    pub fn id(&self) -> &str {
        each_kind!(self, c => &c.id)
    }

    /// The card's heading.
    pub fn title(&self) -> &str {
        each_kind!(self, c => &c.title)
    }

    /// Ids of the sources this card cites, in the order they are listed on the card.
    pub fn sources(&self) -> &[String] {
        each_kind!(self, c => &c.sources)
    }

    /// The kind's name as written in JSON (`"text"`, `"timeline"` …).
    pub fn kind(&self) -> &'static str {
        match self {
            Card::Text(_) => "text",
            Card::Timeline(_) => "timeline",
            Card::Numbers(_) => "numbers",
            Card::Scenario(_) => "scenario",
            Card::Quiz(_) => "quiz",
        }
    }
}

/// The fields of a text card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TextCard {
    /// See [`Card::id`].
    pub id: String,
    /// See [`Card::title`].
    pub title: String,
    /// The card's prose. A blank line (`\n\n`) separates paragraphs; `[[term-id]]` or
    /// `[[shown text|term-id]]` marks a glossary term.
    pub body: String,
    /// See [`Card::sources`].
    pub sources: Vec<String>,
}

impl TextCard {
    /// The body split into its non-empty paragraphs.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }
}

/// A publication a card rests on, named as a reader would see it.
///
/// `title` is the document's own title, given only where it is certain; what the document *is*
/// ("Opinion piece by …", "Press release announcing …") goes in `description`, never dressed as
/// a title. A source needs at least one of the two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Identifier that cards use to cite this source.
    pub id: String,
    /// The document's real title, exactly as published; leave it out when it is not certain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What the document is, in the deck's language (`Press release announcing the charges`);
    /// required when there is no title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who published it.
    pub publisher: String,
    /// When, as the reader should see it (e.g. `April 19, 2019`).
    pub date: String,
    /// A link, only where it is certain; `http:` or `https:` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Deck {
    /// Looks up a source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Looks up a glossary term by id.
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.id == id)
    }

    /// Index of the card with this id.
    pub fn card_index(&self, id: &str) -> Option<usize> {
        self.cards.iter().position(|c| c.id() == id)
    }
}

/// The largest deck text the widget accepts (2 MB): far above any real deck, small enough
/// that a wrong URL pointing at a huge file cannot stall the page.
pub const MAX_DECK_BYTES: usize = 2 * 1024 * 1024;

/// Parses a deck from JSON text and validates it.
///
/// A syntax or shape error stops parsing, so it comes alone (with line, column and, for shape
/// errors, the JSON path); a deck that parses is then validated and *all* its problems are
/// returned together.
pub fn parse_deck(json: &str) -> Result<Deck, DeckErrors> {
    if json.len() > MAX_DECK_BYTES {
        return Err(DeckErrors(vec![DeckError::TooLarge {
            bytes: json.len(),
            limit: MAX_DECK_BYTES,
        }]));
    }
    let deck: Deck = match serde_json::from_str(json) {
        Ok(deck) => deck,
        Err(err) => {
            let path = match err.classify() {
                serde_json::error::Category::Data => {
                    locate::path_at(json, err.line(), err.column())
                }
                _ => String::new(),
            };
            #[allow(unused_mut)] // refined only outside the reader's widget
            let mut error = DeckError::from_json(path, &err);
            // The exact field of a shape error inside a card costs ~13.5 KB of wasm (a second
            // parse per kind through `serde_json::Value`) and runs only on broken decks, so the
            // reader's widget leaves it to the editors' tools (`deck-check`, prerender, tests):
            // the widget's error card still names the card, serde's message names the field
            // when it can, and the card says how to get the exact line and column.
            #[cfg(not(target_arch = "wasm32"))]
            refine_card_error(json, &mut error);
            return Err(DeckErrors(vec![error]));
        }
    };
    let problems = validate(&deck);
    if problems.is_empty() {
        Ok(deck)
    } else {
        Err(DeckErrors(problems))
    }
}

/// Serde reads a tagged card as a whole before it picks the variant, so the position of a
/// shape error inside a card is only roughly known. On that (rare, error-only) path, re-read
/// the cards one by one as their variant's struct: the first that fails is the one, and its
/// own error gives the exact field, e.g. `cards[3].title`. Not in the wasm build: see
/// [`parse_deck`].
#[cfg(not(target_arch = "wasm32"))]
fn refine_card_error(json: &str, error: &mut DeckError) {
    let DeckError::Shape { path, message, .. } = error else {
        return;
    };
    if !(path == "cards" || path.starts_with("cards[")) {
        return;
    }
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(json) else {
        return;
    };
    let Some(cards) = doc.get("cards").and_then(|c| c.as_array()) else {
        return;
    };
    for (index, card) in cards.iter().enumerate() {
        let Some(fields) = card.as_object() else {
            *path = format!("cards[{index}]");
            return;
        };
        let mut fields = fields.clone();
        let kind = fields.remove("kind");
        // Pretty-printed, so the sub-document's error position leads to a field's path.
        let Ok(text) = serde_json::to_string_pretty(&serde_json::Value::Object(fields)) else {
            return;
        };
        let found = match kind.as_ref().and_then(|k| k.as_str()) {
            Some("text") => inner_error::<TextCard>(&text),
            Some("timeline") => inner_error::<TimelineCard>(&text),
            Some("numbers") => inner_error::<NumbersCard>(&text),
            Some("scenario") => inner_error::<ScenarioCard>(&text),
            Some("quiz") => inner_error::<QuizCard>(&text),
            Some(_) => {
                *path = format!("cards[{index}].kind");
                return;
            }
            None => {
                *path = format!("cards[{index}]");
                return;
            }
        };
        if let Some((inner_path, inner_message)) = found {
            *path = if inner_path.is_empty() {
                format!("cards[{index}]")
            } else {
                format!("cards[{index}].{inner_path}")
            };
            *message = inner_message;
            return;
        }
    }
}

/// The path and message of the first shape error of `text` read as a `T`.
#[cfg(not(target_arch = "wasm32"))]
fn inner_error<T: serde::de::DeserializeOwned>(text: &str) -> Option<(String, String)> {
    let err = serde_json::from_str::<T>(text).err()?;
    let path = locate::path_at(text, err.line(), err.column());
    let message = DeckError::from_json(String::new(), &err);
    match message {
        DeckError::Shape { message, .. } => Some((path, message)),
        _ => None,
    }
}

/// The JSON Schema of a deck, pretty-printed (feature `schema`).
#[cfg(feature = "schema")]
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Deck);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// The English deck that ships inside the widget and is used when no deck URL is given.
pub const BUILTIN_DECK_EN: &str = include_str!("../../decks/cyber-alliance.en.json");

/// The Japanese edition of the built-in deck: the same cards, ids, facts and sources. Not in
/// the wasm build (the widget fetches it from `decks/` when a reader asks for Japanese); native
/// tools and tests use it.
#[cfg(not(target_arch = "wasm32"))]
pub const BUILTIN_DECK_JA: &str = include_str!("../../decks/cyber-alliance.ja.json");
