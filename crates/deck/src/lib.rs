//! The content model: a deck of cards as data (the `explainer-deck` crate).
//!
//! These are plain serde types with no yew or web-sys import, so the same code serves the
//! widget, native tests and editor tooling. A deck is parsed with [`parse_deck`], which also
//! runs [`validate()`](validate::validate) and reports *every* problem it finds, each with the
//! JSON path of the value at fault.

mod date;
mod error;
mod kinds;
mod lang;
mod locate;
mod markup;
mod media;
mod sheet;
mod validate;

pub use date::IsoDate;
pub use error::{DeckError, DeckErrors};
pub use kinds::{
    Choice, Figure, FlowCard, FlowStep, NumbersCard, Question, QuizCard, Scenario, ScenarioCard,
    TimelineCard, TimelineEvent,
};
pub use lang::Lang;
pub use locate::{line_column, locate, path_at};
pub use markup::{parse_markup, segments_or_text, MarkupError, Segment};
pub use media::{folder_of, is_relative, Media, MediaFile};
pub use sheet::{
    deck_from_sheet, is_sheet_name, read_sheet, SheetProblem, COLUMNS as SHEET_COLUMNS,
};
pub use validate::{
    is_valid_id, is_web_link, validate, validate_as_of, MAX_CARDS, MAX_FLOW_STEPS, MAX_TEXT_CHARS,
    MIN_CASES, MIN_CASE_QUESTIONS, MIN_CHOICES, MIN_FLOW_STEPS, MIN_QUIZ_QUESTIONS,
};

use serde::{Deserialize, Serialize};

/// A whole explainer: one story told as an ordered list of cards, plus the sources they cite.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Deck {
    /// Where editors' tools find the JSON Schema (e.g. `../schema/deck.schema.json`); ignored
    /// by the widget.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable identifier of the deck, e.g. `cyber-alliance`.
    pub id: String,
    /// Language of the deck's text (`en` or `ja`, a region allowed); it picks the UI strings
    /// too.
    pub lang: Lang,
    /// Title shown above the cards and used as the widget's accessible name.
    pub title: String,
    /// The cards, in the order a reader meets them.
    pub cards: Vec<Card>,
    /// Every source any card cites; cards refer to them by id.
    pub sources: Vec<Source>,
    /// When the deck was last updated, `YYYY-MM-DD` (not in the future): shown under its title
    /// ("Updated December 4, 2026").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
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

/// The card kinds, listed once. Each line gives the variant, its struct and the kind's name in
/// JSON; from this one list come [`Card`], [`CardKind`], [`Card::kind`], the field accessors
/// and the JSON Schema. A new kind is one more line here, its struct, its arm in
/// [`Card::from_raw`] and its view.
macro_rules! card_kinds {
    ($( $(#[doc = $doc:literal])* $variant:ident($ty:ident) = $name:literal, )*) => {
        /// One card of a deck.
        ///
        /// The JSON form carries a `"kind"` tag naming one of the kinds below; [`Card::id`],
        /// [`Card::title`] and [`Card::sources`] work for every kind.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(tag = "kind", rename_all = "snake_case", try_from = "RawCard")]
        pub enum Card {
            $( $(#[doc = $doc])* $variant($ty), )*
        }

        /// The `"kind"` tag of a card.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum CardKind {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl CardKind {
            /// Every kind, in the table's order (what editing tools offer).
            pub const ALL: &'static [CardKind] = &[$( CardKind::$variant, )*];

            /// The kind named `name` in JSON, if there is one.
            pub fn from_name(name: &str) -> Option<CardKind> {
                match name {
                    $( $name => Some(CardKind::$variant), )*
                    _ => None,
                }
            }

            /// The kind's name as written in JSON (`"text"`, `"timeline"` …).
            pub fn name(self) -> &'static str {
                match self {
                    $( CardKind::$variant => $name, )*
                }
            }
        }

        impl Card {
            /// The card's kind.
            pub fn card_kind(&self) -> CardKind {
                match self {
                    $( Card::$variant(_) => CardKind::$variant, )*
                }
            }
        }

        /// Runs `$body` with `$c` bound to whichever card struct `$card` holds: the one match
        /// over every kind, which the views use too (each kind's view is a trait impl on its
        /// struct, so a new kind without a view does not compile).
        #[macro_export]
        macro_rules! each_kind {
            ($card:expr, $c:ident => $body:expr) => {
                match $card {
                    $( $crate::Card::$variant($c) => $body, )*
                }
            };
        }

        // The schema of a card as editors write it: one object per kind, told apart by
        // `"kind"` (the Rust type reads cards through `RawCard`, whose schema would say less).
        #[cfg(feature = "schema")]
        #[derive(schemars::JsonSchema)]
        #[serde(tag = "kind", rename_all = "snake_case")]
        #[schemars(rename = "Card")]
        /// One card of a deck.
        ///
        /// The JSON form carries a `"kind"` tag naming one of the kinds below.
        #[allow(dead_code)] // only its schema is used
        enum CardSchema {
            $( $(#[doc = $doc])* $variant($ty), )*
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for Card {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                CardSchema::schema_name()
            }
            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                CardSchema::json_schema(generator)
            }
        }
    };
}

card_kinds! {
    /// A card of prose: a title, one or more paragraphs and its sources.
    Text(TextCard) = "text",
    /// Dated events; the reader selects one to read it, and can jump to the card that tells it.
    Timeline(TimelineCard) = "timeline",
    /// The story's figures as large callouts, each with a one-line explanation and a source.
    Numbers(NumbersCard) = "numbers",
    /// "Would this trigger the treaty?": hypothetical cases, each shown beside what the sources
    /// settle and what they leave open. It never gives a verdict the sources do not give.
    Scenario(ScenarioCard) = "scenario",
    /// Multiple-choice questions with an explanation and a link to the card that explains.
    Quiz(QuizCard) = "quiz",
    /// A process told as 2–8 steps, drawn as boxes joined by arrows; the reader selects a step
    /// to read its detail.
    Flow(FlowCard) = "flow",
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

    /// The card's picture, if it has one (any kind may).
    pub fn media(&self) -> Option<&Media> {
        each_kind!(self, c => c.media.as_ref())
    }

    /// The corrections published on the card, oldest first (any kind may have them).
    pub fn corrections(&self) -> &[Correction] {
        each_kind!(self, c => &c.corrections)
    }

    /// The corrections published on the card, to change (the sheet import, the studio).
    pub fn corrections_mut(&mut self) -> &mut Vec<Correction> {
        each_kind!(self, c => &mut c.corrections)
    }

    /// The card's picture, to change (e.g. [`Deck::rebase_media`]).
    pub fn media_mut(&mut self) -> Option<&mut Media> {
        each_kind!(self, c => c.media.as_mut())
    }

    /// The kind's name as written in JSON (`"text"`, `"timeline"` …).
    pub fn kind(&self) -> &'static str {
        self.card_kind().name()
    }

    /// Builds the card of `raw.kind` from a card as read from JSON, refusing a missing field
    /// of that kind or a field of another kind (the message names the field).
    fn from_raw(raw: RawCard) -> Result<Card, String> {
        let RawCard {
            kind,
            id,
            title,
            sources,
            media,
            corrections,
            mut body,
            mut events,
            mut figures,
            mut question,
            mut settled,
            mut open,
            mut caveat,
            mut scenarios,
            mut questions,
            mut steps,
        } = raw;
        let name = kind.name();
        // Takes a field this kind needs, or says it is missing.
        macro_rules! need {
            ($field:ident) => {
                $field.take().ok_or_else(|| {
                    format!("a {name} card needs the field `{}`", stringify!($field))
                })?
            };
        }
        let card = match kind {
            CardKind::Text => Card::Text(TextCard {
                id,
                title,
                body: need!(body),
                sources,
                media,
                corrections,
            }),
            CardKind::Timeline => Card::Timeline(TimelineCard {
                id,
                title,
                events: need!(events),
                sources,
                media,
                corrections,
            }),
            CardKind::Numbers => Card::Numbers(NumbersCard {
                id,
                title,
                figures: need!(figures),
                sources,
                media,
                corrections,
            }),
            CardKind::Scenario => Card::Scenario(ScenarioCard {
                id,
                title,
                question: need!(question),
                settled: need!(settled),
                open: need!(open),
                caveat: need!(caveat),
                scenarios: need!(scenarios),
                sources,
                media,
                corrections,
            }),
            CardKind::Quiz => Card::Quiz(QuizCard {
                id,
                title,
                questions: need!(questions),
                sources,
                media,
                corrections,
            }),
            CardKind::Flow => Card::Flow(FlowCard {
                id,
                title,
                steps: need!(steps),
                sources,
                media,
                corrections,
            }),
        };
        // Whatever is left belongs to another kind.
        let extra = [
            ("body", body.is_some()),
            ("events", events.is_some()),
            ("figures", figures.is_some()),
            ("question", question.is_some()),
            ("settled", settled.is_some()),
            ("open", open.is_some()),
            ("caveat", caveat.is_some()),
            ("scenarios", scenarios.is_some()),
            ("questions", questions.is_some()),
            ("steps", steps.is_some()),
        ];
        match extra.iter().find(|(_, present)| *present) {
            Some((field, _)) => Err(format!("`{field}` is not a field of a {name} card")),
            None => Ok(card),
        }
    }
}

/// A card as read from JSON: every kind's fields in one flat struct, so serde_json reads a card
/// in a single pass. A `#[serde(tag)]` enum would first buffer the whole card to find its
/// kind: ~37 KB more wasm (serde's `Content` code for every kind) and error positions only
/// at the card's end. Here a wrong value anywhere in a card has its exact line, column and
/// path; [`Card::from_raw`] then checks the fields against the kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCard {
    kind: CardKind,
    id: String,
    title: String,
    sources: Vec<String>,
    #[serde(default)]
    media: Option<Media>,
    #[serde(default)]
    corrections: Vec<Correction>,
    body: Option<String>,
    events: Option<Vec<TimelineEvent>>,
    figures: Option<Vec<Figure>>,
    question: Option<String>,
    settled: Option<Vec<String>>,
    open: Option<Vec<String>>,
    caveat: Option<String>,
    scenarios: Option<Vec<Scenario>>,
    questions: Option<Vec<Question>>,
    steps: Option<Vec<FlowStep>>,
}

impl TryFrom<RawCard> for Card {
    type Error = String;

    fn try_from(raw: RawCard) -> Result<Self, Self::Error> {
        Card::from_raw(raw)
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
    /// See [`Card::media`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    /// See [`Card::corrections`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// A correction published on a card: when, and what was wrong, in the deck's language. Readers
/// see it at the card's foot ("Correction, December 4, 2026: …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// When it was corrected, `YYYY-MM-DD`, not in the future.
    pub date: String,
    /// What was wrong and what the card says now, in a sentence or two.
    pub text: String,
}

impl TextCard {
    /// The body split into its non-empty paragraphs.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        paragraphs(&self.body)
    }
}

/// A card text split into its non-empty paragraphs (a blank line separates them): the one
/// rule the widget, the static view and the tests share.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
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
    /// Who published it; leave it out when it is not known (readers then see none, rather
    /// than a note of what the editor lacked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
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

    /// Makes the relative addresses of the deck's pictures, written relative to the deck file,
    /// relative to `folder` (where the deck file is, as seen from the page showing it:
    /// [`folder_of`] its URL), so a page anywhere finds them.
    pub fn rebase_media(&mut self, folder: &str) {
        if folder.is_empty() {
            return;
        }
        for card in &mut self.cards {
            if let Some(media) = card.media_mut() {
                media.rebase(folder);
            }
        }
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
            let error = DeckError::from_json(path, &err);
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

/// A deck as editors write it: pretty JSON that points at the schema (`$schema`, unless the
/// deck names one already). What `deck-check --json` and the studio's download write.
pub fn to_pretty_json(deck: &Deck) -> String {
    let mut deck = deck.clone();
    deck.schema
        .get_or_insert_with(|| "../schema/deck.schema.json".into());
    serde_json::to_string_pretty(&deck).unwrap_or_default()
}

/// The JSON Schema of a deck, pretty-printed (feature `schema`).
#[cfg(feature = "schema")]
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Deck);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// The English edition of the deck that ships with the widget, as its file is written, so
/// positions in it match what editors see. (The reader's widget compiles in a copy without the
/// layout whitespace: `explainer::BUILTIN_DECK`.)
pub const BUILTIN_DECK_EN: &str = include_str!("../../../decks/cyber-alliance.en.json");

/// The Japanese edition of the shipped deck: the same cards, ids, facts and sources. The
/// widget fetches it from `decks/` when a reader asks for Japanese; tools and tests use it.
pub const BUILTIN_DECK_JA: &str = include_str!("../../../decks/cyber-alliance.ja.json");
