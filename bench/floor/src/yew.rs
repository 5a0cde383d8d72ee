//! The smallest Yew widget: one function component that shows the deck's first card.

mod common;

use common::{paragraphs, shadow, Deck};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct Props {
    deck: Deck,
}

#[function_component]
fn Widget(props: &Props) -> Html {
    let card = &props.deck.cards[0];
    html! {
        <div class="cx-root"><section class="cx" lang="en">
            <header class="cx-head">
                <p class="cx-kicker">{"Explainer"}</p>
                <h2 class="cx-title">{ props.deck.title.clone() }</h2>
            </header>
            <div class="cx-slides"><div class="cx-card" role="group">
                <h3 class="cx-card-title">{ card.title.clone() }</h3>
                <div class="cx-body">{ for paragraphs(&card.body).into_iter().map(|p| html! { <p>{ p }</p> }) }</div>
            </div></div>
        </section></div>
    }
}

/// Parses the deck's text and renders its first card into a shadow root of `host`.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, text: String) {
    let deck: Deck = serde_json::from_str(&text).unwrap();
    let root = shadow(&host);
    yew::Renderer::<Widget>::with_root_and_props(root.unchecked_into(), Props { deck }).render();
}

fn main() {}
