//! Yew function components, one per file and named after it. They take props and emit
//! callbacks; none of them knows where on a page it is mounted.

mod card_view;
mod carousel;
mod deck_article;
mod error_card;
mod explainer;
mod progress_dots;
mod source_list;

pub use card_view::{CardView, CardViewProps};
pub use carousel::{key_action as carousel_key_action, Carousel, CarouselProps};
pub use deck_article::{DeckArticle, DeckArticleProps};
pub use error_card::{ErrorCard, ErrorCardProps};
pub use explainer::{DeckSource, Explainer, ExplainerProps, GoTo};
pub use progress_dots::{ProgressDots, ProgressDotsProps};
pub use source_list::{SourceList, SourceListProps};
