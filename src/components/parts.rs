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

/// A date the deck states for itself, as readers of `ui`'s language write it, in a `<time>`
/// with its ISO form; the text as written when it is not a date (validation refuses those).
pub fn date_time(date: &str, ui: &Ui) -> Html {
    match crate::deck::IsoDate::parse(date) {
        Some(day) => html! { <time datetime={day.to_string()}>{ (ui.date_text)(day) }</time> },
        None => html! { { date } },
    }
}

/// "Updated December 4, 2026" under a deck's title, if the deck says when.
pub fn updated_line(deck: &Deck, ui: &Ui) -> Html {
    match &deck.updated {
        Some(date) => html! {
            <p class="cx-updated">{ ui.updated_before }{ date_time(date, ui) }{ ui.updated_after }</p>
        },
        None => Html::default(),
    }
}

/// The corrections published on a card, at its foot, each labelled with its date; nothing for
/// a card that has none. Shared by the carousel and the static view.
pub fn corrections_list(card: &crate::deck::Card, ui: &Ui) -> Html {
    let corrections = card.corrections();
    if corrections.is_empty() {
        return Html::default();
    }
    html! {
        <aside class="cx-corrections" aria-label={ui.corrections}>
            { for corrections.iter().map(|c| html! {
                <p><strong>{ ui.correction_before }{ date_time(&c.date, ui) }{ ui.correction_after }</strong>{ &c.text }</p>
            }) }
        </aside>
    }
}
