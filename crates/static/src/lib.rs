//! The static HTML of a deck: every card at once, nothing to operate, for readers without
//! JavaScript, printers and crawlers. Rendered at build time with yew's server renderer from
//! the widget's own components (`explainer`), never written twice by hand; the reader's wasm
//! carries none of it.

mod deck_article;
mod static_body;
mod static_card;

pub use deck_article::{DeckArticle, DeckArticleProps};
pub use static_body::StaticBody;
pub use static_card::{StaticCard, StaticCardProps};
