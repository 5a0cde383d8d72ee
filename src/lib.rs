//! The reader's widget of an embeddable, card-by-card news explainer: what an article
//! downloads, and nothing else (the static renderer, the tools and the studio are the
//! workspace's other crates).
//!
//! Data flows one way: a deck (JSON) → the content model ([`deck`], the `explainer-deck`
//! crate) → navigation state ([`state`]) → components ([`components`]) → the host page
//! ([`embed`]).

pub mod components;
pub mod embed;
pub mod hooks;
pub mod i18n;
pub mod load;
pub mod size_classes;
pub mod state;

/// The content model, re-exported so the widget's modules and its users name it as one
/// path (`explainer::deck::Deck`).
pub use explainer_deck as deck;

/// The language of the built-in deck's edition compiled into the widget ([`BUILTIN_DECK`]).
pub const BUILTIN_LANG: deck::Lang = deck::Lang::En;

/// Where the built-in deck's files are published, relative to the widget's folder: its
/// editions (`builtin_edition`) and the pictures they name relative to themselves.
pub const BUILTIN_FOLDER: &str = "decks/";

/// Where the built-in deck's edition in `lang` is published, relative to the widget's folder
/// (the loader's own), or `None` for the edition compiled in. The one place an edition of the
/// built-in deck is added: the match names every language, so a new language does not build
/// without its edition (nor, in `i18n.rs`, without its strings).
pub fn builtin_edition(lang: deck::Lang) -> Option<&'static str> {
    use deck::Lang;
    match lang {
        Lang::En => None,
        Lang::Ja => Some("decks/cyber-alliance.ja.json"),
        #[cfg(explainer_pseudo_locale)]
        Lang::Pseudo => Some("decks/cyber-alliance.qps.json"),
    }
}

/// The English deck that ships inside the widget and is shown when no deck URL is given,
/// without the layout whitespace of its file (`build.rs`; about 0.3 KB gzipped less in every
/// article). Tools and tests read the file as written: [`deck::BUILTIN_DECK_EN`].
pub const BUILTIN_DECK: &str =
    include_str!(concat!(env!("OUT_DIR"), "/cyber-alliance.en.min.json"));
