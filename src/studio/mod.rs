//! The deck studio: editors start a deck (blank, the shipped one, a deck file or a spreadsheet
//! laid out as `docs/deck-template.csv`), edit it, see the real widget follow as they type,
//! fix every problem where it is, and download the deck. Its own wasm entry
//! (`src/bin/studio.rs`, served at `/studio/`): the reader's widget does not carry it.
//!
//! This first version has forms for the deck's own fields and the card list (add, move,
//! duplicate, delete); each card's own fields are edited in the deck's JSON, with the widget's
//! validation on every change. Forms for each card kind are to come. Everything here reuses the deck model, its
//! validation and error paths, the widget's components and the UI's languages.

mod card_list;
mod deck_form;
mod draft;
mod embed_code;
mod preview;
mod strings;
mod studio_app;

pub use card_list::{new_card, CardList, CardListProps};
pub use deck_form::{DeckForm, DeckFormProps};
pub use embed_code::{snippets, EmbedCode, EmbedCodeProps};
pub use preview::{Preview, PreviewProps};
pub use strings::{studio_ui, StudioUi};
pub use studio_app::Studio;
