//! What several native test files share: rendering a component with Yew's server renderer into
//! HTML that tests query with CSS selectors.
#![cfg(not(target_arch = "wasm32"))]

use scraper::Html;
use yew::{BaseComponent, LocalServerRenderer};

/// Renders `C` with `props` to parsed HTML.
pub async fn render<C: BaseComponent>(props: C::Properties) -> Html {
    let html = LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    Html::parse_fragment(&html)
}
