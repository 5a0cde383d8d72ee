//! The content model: a deck of cards as data.
//!
//! These are plain serde types with no yew or web-sys import, so the same code serves the
//! widget, native tests and editor tooling. A deck is parsed with [`parse_deck`], which also
//! runs [`validate()`](validate::validate) and reports *every* problem it finds, each with the
//! JSON path of the value at fault.

mod error;
mod validate;

pub use error::{DeckError, DeckErrors};
pub use validate::validate;

use serde::{Deserialize, Serialize};

/// A whole explainer: one story told as an ordered list of cards, plus the sources they cite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
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
}

/// One card of a deck.
///
/// The JSON form carries a `"kind"` tag. Only `"text"` exists today; the interactive kinds
/// (timeline, glossary, scenario explorer, quiz, numbers) are meant to join as new variants,
/// each with its own struct and component, while [`Card::id`], [`Card::title`] and
/// [`Card::sources`] keep working for every kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Card {
    /// A card of prose: a title, one or more paragraphs and its sources.
    Text(TextCard),
}

impl Card {
    /// The card's id, unique within its deck; used in deep links, so `a-z`, `0-9` and `-` only.
    pub fn id(&self) -> &str {
        match self {
            Card::Text(card) => &card.id,
        }
    }

    /// The card's heading.
    pub fn title(&self) -> &str {
        match self {
            Card::Text(card) => &card.title,
        }
    }

    /// Ids of the sources this card cites, in the order they are listed on the card.
    pub fn sources(&self) -> &[String] {
        match self {
            Card::Text(card) => &card.sources,
        }
    }
}

/// The fields of a text card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextCard {
    /// See [`Card::id`].
    pub id: String,
    /// See [`Card::title`].
    pub title: String,
    /// The card's prose. A blank line (`\n\n`) separates paragraphs.
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Identifier that cards use to cite this source.
    pub id: String,
    /// Title of the article, report or document.
    pub title: String,
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
}

/// Parses a deck from JSON text and validates it.
///
/// A syntax or shape error stops parsing, so it comes alone (with line, column and, for shape
/// errors, the JSON path); a deck that parses is then validated and *all* its problems are
/// returned together.
pub fn parse_deck(json: &str) -> Result<Deck, DeckErrors> {
    let mut de = serde_json::Deserializer::from_str(json);
    let deck: Deck = match serde_path_to_error::deserialize(&mut de) {
        Ok(deck) => deck,
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            let mut error = DeckError::from_json(path, &inner);
            refine_card_error(json, &mut error);
            return Err(DeckErrors(vec![error]));
        }
    };
    // serde_json accepts trailing whitespace only; `Deserializer::end` catches trailing junk.
    if let Err(err) = de.end() {
        return Err(DeckErrors(vec![DeckError::from_json(String::new(), &err)]));
    }
    let problems = validate(&deck);
    if problems.is_empty() {
        Ok(deck)
    } else {
        Err(DeckErrors(problems))
    }
}

/// Serde reads a tagged card as a whole before it picks the variant, so a shape error inside
/// a card is first reported at `cards[N]`. On that (rare, error-only) path, re-read just that
/// card as its variant's struct to find the exact field, e.g. `cards[3].title`.
fn refine_card_error(json: &str, error: &mut DeckError) {
    let DeckError::Shape { path, message, .. } = error else {
        return;
    };
    let Some(index) = path
        .strip_prefix("cards[")
        .and_then(|rest| rest.strip_suffix(']'))
        .and_then(|n| n.parse::<usize>().ok())
    else {
        return;
    };
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(json) else {
        return;
    };
    let Some(serde_json::Value::Object(card)) = doc.get("cards").and_then(|c| c.get(index)) else {
        return;
    };
    let mut fields = card.clone();
    let kind = fields.remove("kind");
    let inner = match kind.as_ref().and_then(|k| k.as_str()) {
        Some("text") => {
            serde_path_to_error::deserialize::<_, TextCard>(serde_json::Value::Object(fields))
        }
        _ => return,
    };
    if let Err(err) = inner {
        let inner_path = err.path().to_string();
        if !inner_path.is_empty() && inner_path != "." {
            *path = format!("{path}.{inner_path}");
        }
        let full = err.into_inner().to_string();
        *message = full;
    }
}

/// The English deck that ships inside the widget and is used when no deck URL is given.
pub const BUILTIN_DECK_EN: &str = include_str!("../../decks/cyber-alliance.en.json");
