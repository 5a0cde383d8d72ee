//! The deck studio: editors start a deck (blank, the shipped one, a deck file or a spreadsheet
//! laid out as `docs/deck-template.csv`), edit it, see the real widget follow as they type,
//! fix every problem where it is, and download the deck. Its own wasm entry
//! (`src/bin/studio.rs` in this crate, served at `/studio/`): the reader's widget does not carry it.
//!
//! Forms for the deck's own fields, its sources and glossary, the card list (add, move,
//! duplicate, delete) and each card kind, beside the deck's JSON. The JSON is
//! the one state: every form change rewrites it, and the widget's validation runs on every
//! change. Everything here reuses the deck model, its
//! validation and error paths, the widget's components and the UI's languages.

mod card_form;
mod card_list;
mod dates;
mod deck_form;
mod download_bar;
pub mod draft;
mod elsewhere_note;
mod embed_code;
mod history_bar;
mod hooks;
pub mod places;
mod preview;
mod problem_list;
pub mod problem_words;
pub mod rename;
mod sources_form;
mod start_bar;
pub mod state;
mod strings;
mod studio_app;
pub mod template_words;
pub mod text_pos;

pub use card_form::{field_id, CardForm, CardFormProps};
pub use card_list::{new_card, set_id, CardList, CardListProps};
pub use deck_form::{DeckForm, DeckFormProps};
pub use download_bar::{DownloadBar, DownloadBarProps};
pub use elsewhere_note::{ElsewhereNote, ElsewhereNoteProps};
pub use embed_code::{snippets, widget_for, EmbedCode, EmbedCodeProps};
pub use history_bar::{HistoryBar, HistoryBarProps};
pub use preview::{Preview, PreviewProps};
pub use problem_list::{ProblemList, ProblemListProps};
pub use sources_form::{SourcesForm, SourcesFormProps};
pub use start_bar::{StartBar, StartBarProps};
pub use strings::{studio_ui, StudioUi};
pub use studio_app::Studio;
