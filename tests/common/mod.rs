//! What several native test files share: rendering a component with Yew's server renderer into
//! HTML that tests query with CSS selectors.
#![cfg(not(target_arch = "wasm32"))]
// Each test file that includes this module uses a part of it.
#![allow(dead_code)]

use scraper::{ElementRef, Html, Selector};
use yew::{BaseComponent, LocalServerRenderer};

/// Renders `C` with `props` to parsed HTML.
pub async fn render<C: BaseComponent>(props: C::Properties) -> Html {
    let html = LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    Html::parse_fragment(&html)
}

/// A small deck with a card of every kind, two sources (one without a certain title) and two
/// glossary terms.
pub const FIXTURE: &str = include_str!("../fixtures/every-kind.en.json");

/// Every element matching `css`.
pub fn all<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

/// The one element matching `css`; fails unless there is exactly one.
pub fn one<'a>(doc: &'a Html, css: &str) -> ElementRef<'a> {
    let found = all(doc, css);
    assert_eq!(found.len(), 1, "expected one {css}, found {}", found.len());
    found[0]
}

/// An attribute of `el`.
pub fn attr<'a>(el: ElementRef<'a>, name: &str) -> Option<&'a str> {
    el.value().attr(name)
}

/// The text of `el` and its descendants.
pub fn text(el: ElementRef<'_>) -> String {
    el.text().collect()
}
