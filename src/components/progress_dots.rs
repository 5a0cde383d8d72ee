//! The row of progress dots: real buttons that jump to their card, the current one marked
//! `aria-current`. A long deck shows the page of dots the current card is on (plus the first
//! and the last), so the row keeps its size and a switch costs the same for 20 cards or 2,000.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::deck::Deck;

/// The most dots shown at once, gaps included. Decks up to this length show every card.
pub const MAX_DOTS: usize = 25;

/// Which dots to show for a deck of `len` cards with card `current` on show: `Some(index)` for
/// a dot, `None` for a gap ("…"). At most [`MAX_DOTS`] entries: always the first and last card
/// and the page of cards the current one is on. The page moves only when the reader leaves it
/// (once in 21 moves), not on every move: most switches then change two dots' `aria-current`
/// and nothing else, as in a short deck (`make bench`, section 5).
pub fn visible_dots(len: usize, current: usize) -> Vec<Option<usize>> {
    if len <= MAX_DOTS {
        return (0..len).map(Some).collect();
    }
    // First, gap, page, gap, last: the page takes what is left. Pages start at card 1 and
    // follow each other; the last one ends at the card before the last, overlapping the one
    // before it.
    let window = MAX_DOTS - 4;
    let current = current.min(len - 1);
    let start = (1 + current.saturating_sub(1) / window * window).min(len - 1 - window);
    let end = start + window; // exclusive
    let mut dots = vec![Some(0)];
    dots.push(if start > 1 { None } else { Some(1) });
    dots.extend((start..end).map(Some));
    dots.push(if end < len - 1 { None } else { Some(len - 2) });
    dots.push(Some(len - 1));
    dots.dedup();
    dots
}

/// The progress dots of `deck`, the dot of card `current` marked, each controlling the element
/// `controls` and calling `on_pick` with its card's index. A plain function: the carousel
/// draws them on every move anyway (a size rule, docs/size-rules.md).
pub fn progress_dots(
    deck: &Deck,
    current: usize,
    controls: &AttrValue,
    on_pick: &Callback<usize>,
) -> Html {
    let ui = deck.lang.ui();
    let cards = &deck.cards;
    // Keyed by position in the row, not by card: when the page moves, the same 25 elements
    // take their new cards' labels, and nothing is built or removed.
    html! {
        <ol class="cx-dots" aria-label={ui.choose_card}>
            { for visible_dots(cards.len(), current).into_iter().enumerate().map(|(at, dot)| match dot {
                Some(i) => {
                    let on_pick = on_pick.clone();
                    let current = (i == current).then_some("true");
                    // A card with a correction is marked, for readers looking for what changed;
                    // a screen reader hears it on the dot, not on every move.
                    let corrected = !cards[i].corrections().is_empty();
                    let mut label = ui.dot_label(i, cards[i].title());
                    if corrected {
                        label.push_str(ui.corrected_mark);
                    }
                    html! {
                        <li key={at}>
                            <button type="button" class="cx-dot" aria-current={current}
                                data-corrected={corrected.then_some("")}
                                aria-controls={controls.clone()}
                                aria-label={label}
                                onclick={Callback::from(move |_: MouseEvent| on_pick.emit(i))}>
                            </button>
                        </li>
                    }
                }
                // A gap between the first card's dot and the page (or the page and the last).
                None => html! { <li class="cx-dot-gap" aria-hidden="true" key={at}>{ "…" }</li> },
            }) }
        </ol>
    }
}
