//! Small pieces several views draw (headings, citations, "read the card" buttons), and the
//! trait each card kind's view implements. Views import from here and never from each other,
//! so there is no circle of imports between them.

use yew::prelude::*;

use crate::components::SharedDeck;
use crate::deck::{Deck, Source};
use crate::i18n::Ui;

/// Where a card is shown in the carousel: what a kind's slide view needs besides its card.
#[derive(Clone)]
pub(crate) struct SlideAt {
    /// The deck the card belongs to.
    pub deck: SharedDeck,
    /// The card's index in the deck.
    pub index: usize,
    /// Prefix for element ids, unique per card on the page.
    pub id_prefix: AttrValue,
    /// Called with the index of a card the reader asks to jump to.
    pub on_jump: Callback<usize>,
}

/// How a card kind is drawn in the carousel. Every card struct implements it in its view's
/// file; `CardView` reaches the impls through the deck's one match over the kinds
/// (`deck::each_kind!`), so a new kind is listed only in the deck's kind table, and the
/// compiler asks for its view. (Its static, all-at-once form is the `explainer-static`
/// crate's `StaticBody`, which no article downloads.)
pub(crate) trait KindView {
    /// The interactive body of the card, in the carousel.
    fn slide(&self, at: &SlideAt) -> Html;
}

/// The tag of a heading at `level`, kept within `h1`–`h6`. The host page sets the widget's
/// level (`data-heading-level`, 2 by default) so it fits the article's outline; the card titles
/// sit one level below the deck's title.
pub fn heading_tag(level: u8) -> &'static str {
    match level {
        0 | 1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    }
}

/// "Read the card: <title>": a button that sends the carousel to card `id` (timeline, quiz).
/// `None` when the deck has no such card.
pub(crate) fn jump_button(
    deck: &Deck,
    id: &str,
    ui: &Ui,
    on_jump: &Callback<usize>,
) -> Option<Html> {
    let index = deck.card_index(id)?;
    let on_jump = on_jump.clone();
    let title = deck.cards[index].title().to_string();
    Some(html! {
        <button type="button" class="cx-btn cx-jump"
            onclick={Callback::from(move |_: MouseEvent| on_jump.emit(index))}>
            { ui.read_card }{ ": " }{ title }
        </button>
    })
}

/// How a source is named to readers: its real title in `<cite>` (followed by what it is, when
/// the deck says and `describe` asks for it), or only what it is when no title is certain; then
/// the publisher, where the deck names one. Linked when the deck gives a link. Shared by source
/// lists (full form) and glossary popovers (short form).
pub(crate) fn citation(s: &Source, ui: &Ui, describe: bool) -> Html {
    let name = match (&s.title, &s.description) {
        (Some(title), Some(what)) if describe => {
            html! { <><cite>{ title }</cite>{ " (" }{ what }{ ")" }</> }
        }
        (Some(title), _) => html! { <cite>{ title }</cite> },
        (None, Some(what)) => html! { <span class="cx-source-what">{ what }</span> },
        // Validation refuses a source with neither; show its id rather than nothing.
        (None, None) => html! { <span class="cx-source-what">{ &s.id }</span> },
    };
    let name = match &s.url {
        Some(url) => html! {
            <a href={url.clone()} target="_blank" rel="noopener noreferrer">
                { name }
                <span class="cx-sr-only">{ " " }{ ui.new_tab }</span>
            </a>
        },
        None => name,
    };
    match &s.publisher {
        Some(publisher) => html! { <>{ name }{ ", " }{ publisher }</> },
        None => name,
    }
}

/// A list of short texts (what is settled, what is open, a case's questions).
pub fn list(items: &[String]) -> Html {
    html! {
        <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
    }
}
