//! Yew function components, one per file and named after it. They take props and emit
//! callbacks; none of them knows where on a page it is mounted.

//!
//! Each card kind's view implements `parts::KindView` in its own file (`timeline_view.rs` …);
//! what several views draw lives in `parts.rs`, so views never import one another.

mod card_view;
mod carousel;
mod error_card;
mod explainer;
mod flow_view;
mod glossary_popover;
mod glossary_term;
mod language_switch;
mod media_view;
mod numbers_view;
pub mod parts;
mod progress_dots;
mod quiz_view;
mod rich_text;
mod scenario_view;
mod share_bar;
mod source_list;
mod timeline_view;

pub use card_view::{CardView, CardViewProps};
pub use carousel::{Carousel, CarouselProps};
pub use error_card::{ErrorCard, ErrorCardProps};
pub use explainer::{DeckSource, Explainer, ExplainerProps, GoTo};
pub use flow_view::{FlowView, FlowViewProps};
pub use media_view::{image as media_image, media_figure, SIZES as MEDIA_SIZES};
pub use numbers_view::numbers_view;
pub use progress_dots::{progress_dots, visible_dots, MAX_DOTS};
pub use quiz_view::{QuizView, QuizViewProps};
pub use rich_text::{RichText, RichTextProps};
pub use scenario_view::{ScenarioView, ScenarioViewProps};
pub use share_bar::share_bar;
pub use source_list::source_list;
pub use timeline_view::{TimelineView, TimelineViewProps};

/// A deck as the components share it: an `Rc<Deck>` whose props compare by identity. A deck
/// never changes in place (a new deck is a new `Rc`), so comparing the pointer says all a
/// re-render needs to know, and the reader's wasm carries no deep comparison of decks
/// (measured: −0.5 KB gzipped; docs/size-rules.md; bench/per-change.md).
#[derive(Debug, Clone)]
pub struct SharedDeck(pub std::rc::Rc<crate::deck::Deck>);

impl PartialEq for SharedDeck {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedDeck {
    type Target = crate::deck::Deck;
    fn deref(&self) -> &crate::deck::Deck {
        &self.0
    }
}

impl From<std::rc::Rc<crate::deck::Deck>> for SharedDeck {
    fn from(deck: std::rc::Rc<crate::deck::Deck>) -> Self {
        Self(deck)
    }
}

impl From<crate::deck::Deck> for SharedDeck {
    fn from(deck: crate::deck::Deck) -> Self {
        Self(std::rc::Rc::new(deck))
    }
}

impl yew::html::IntoPropValue<SharedDeck> for std::rc::Rc<crate::deck::Deck> {
    fn into_prop_value(self) -> SharedDeck {
        SharedDeck(self)
    }
}

/// The level a host asks for with `data-heading-level`: 1–4 fit an article's outline; anything
/// else is `None` and the widget keeps its default, 2. The widget and the build-time static
/// HTML read the attribute through this one rule.
pub fn heading_level_attr(value: &str) -> Option<u8> {
    value.trim().parse().ok().filter(|l| (1..=4).contains(l))
}
