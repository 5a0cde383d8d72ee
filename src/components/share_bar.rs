//! "Share this card", under the card on show. The widget draws the button and an empty note;
//! the embed loader answers the press (web/explainer.js, `share`), because the loader reads the
//! page's deep links and so is the one place that knows how to write one, and because the
//! Web Share API, the clipboard and their refusals cost a few lines of JavaScript there but
//! ~3.7 KB gzipped of wasm bindings, futures and views here (measured, bench/per-change.md).
//!
//! The loader opens the share sheet on a touch device that has one, else copies the link and
//! writes the note's `data-copied` text into it (a live region: said and shown); where the
//! clipboard is refused, it adds a read-only field holding the link, selected, labelled with
//! `data-copy-link`. A link to a card the deck does not have opens on the first card, and the
//! loader says so in the same note (`data-unknown`). The words are the widget's (one `Ui` per language), carried in the note's
//! attributes. The loader clears the note and the field when the card changes (the bar itself
//! stays, so focus on its button survives a move by arrow key); the bar is keyed by the
//! language, so another edition's words are never left in it.

use yew::prelude::*;

use crate::i18n::Ui;

/// The share button and its (empty) note, in the language `lang` (a tag).
pub fn share_bar(lang: &'static str, ui: &Ui) -> Html {
    html! {
        <div class="cx-share" key={lang}>
            <button type="button" class="cx-btn cx-share-btn">{ ui.share }</button>
            // A live region present before it speaks, so the note is read out when it does.
            <span class="cx-share-note" role="status" data-copied={ui.link_copied}
                data-copy-link={ui.copy_link} data-unknown={ui.link_unknown}></span>
        </div>
    }
}
