//! The deck studio: editors start a deck (blank, the shipped one, a deck file or a spreadsheet
//! laid out as `docs/deck-template.csv`), edit it, see the real widget follow as they type,
//! fix every problem where it is, and download the deck. Its own wasm entry
//! (`src/bin/studio.rs`, served at `/studio/`): the reader's widget does not carry it.
//!
//! This first version edits the deck as JSON text, with the widget's validation on every
//! change; forms for each card kind are to come. Everything here reuses the deck model, its
//! validation and error paths, the widget's components and the UI's languages.

mod draft;
mod embed_code;
mod preview;
mod strings;
mod studio_app;

pub use embed_code::{snippets, EmbedCode, EmbedCodeProps};
pub use preview::{Preview, PreviewProps};
pub use strings::{studio_ui, StudioUi};
pub use studio_app::Studio;
