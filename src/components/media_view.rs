//! A card's picture (`media`): a box of the picture's shape, reserved before the file arrives
//! (an empty SVG with the picture's `viewBox` sizes it, since the widget may not set inline
//! styles under a strict CSP), the image over it, and the caption and credit under it. A file
//! that fails to load is hidden and its `alt` text shown in the same box (the stylesheet draws
//! the box's `data-alt` once `data-failed` is set), so nothing on the card moves and no
//! broken-image icon shows.
//!
//! Plain functions, not a component with state: the failure is one attribute on the box, set
//! from the image's `error` event (a component cost 2,432 B more, measured).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::deck::Media;

/// The `sizes` of a picture with several files: the whole screen's width on a phone, at most
/// 20rem beside the text where there is room (the stylesheet's `.cx-media-grid`, two fifths of
/// a widget at most 42em wide).
pub const SIZES: &str = "(max-width: 36rem) 100vw, 20rem";

/// A picture and its caption; `eager` on the card a reader opens on (its file is fetched at
/// once; the others' as they come near the viewport).
pub fn media_figure(media: &Media, eager: bool) -> Html {
    let credit = media.credit.as_ref().map(|credit| match &media.credit_url {
        Some(url) => html! {
            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ credit }</a>
        },
        None => html! { { credit } },
    });
    html! {
        <figure class="cx-media">
            // Keyed by the file, so a new picture (the studio's preview) starts unfailed.
            <div class="cx-media-box" key={media.src.clone()} data-alt={media.alt.clone()}>
                <svg class="cx-media-sizer" viewBox={format!("0 0 {} {}", media.width, media.height)}
                    aria-hidden="true" focusable="false"></svg>
                { image(media, eager, Callback::from(failed)) }
            </div>
            if media.caption.is_some() || credit.is_some() {
                <figcaption>
                    if let Some(text) = &media.caption { { text }{ " " } }
                    if let Some(credit) = credit { <span class="cx-media-credit">{ credit }</span> }
                </figcaption>
            }
        </figure>
    }
}

/// Marks the box of an image that failed to load.
fn failed(event: Event) {
    if let Some(frame) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|img| img.parent_element())
    {
        let _ = frame.set_attribute("data-failed", "");
    }
}

/// The `<img>` of a picture: its box's size from `width` and `height`, its smaller files in
/// `srcset`, fetched lazily unless `eager`.
pub fn image(media: &Media, eager: bool, onerror: Callback<Event>) -> Html {
    let srcset = media.srcset();
    let sizes = srcset.is_some().then_some(SIZES);
    html! {
        <img src={media.src.clone()} {srcset} {sizes} alt={media.alt.clone()}
            width={media.width.to_string()} height={media.height.to_string()}
            loading={if eager { "eager" } else { "lazy" }} decoding="async" {onerror} />
    }
}
