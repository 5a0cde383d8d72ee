//! An embeddable, card-by-card news explainer.
//!
//! Data flows one way: a deck (JSON) → the content model ([`deck`]) → navigation state
//! ([`state`]) → components ([`components`]) → the host page ([`embed`]).

pub mod components;
pub mod deck;
pub mod embed;
pub mod hooks;
pub mod i18n;
pub mod load;
pub mod size_classes;
pub mod state;
#[cfg(feature = "studio")]
pub mod studio;
