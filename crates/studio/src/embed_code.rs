//! "Copy embed code": the snippets that put the deck on a page, for the address where the
//! editor will publish it. The widget's own files are taken to be where the studio is served
//! from (the folder above `/studio/`), as `make build` lays them out.

use yew::prelude::*;

use crate::studio_ui;
use explainer_deck::Lang;

/// Properties of [`EmbedCode`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EmbedCodeProps {
    /// The deck's id (its embed page is `embed/<id>.html` once published with the site).
    pub id: AttrValue,
    /// The deck's title, for the iframe's accessible name.
    pub title: AttrValue,
    /// The studio's language.
    pub lang: Lang,
}

/// Text safe inside a double-quoted HTML attribute.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The folder the widget's files are served from: the one above the studio's.
fn widget_base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|href| web_sys::Url::new_with_base("../", &href).ok())
        .map(|url| url.href())
        .unwrap_or_default()
}

/// The ways in: script, custom element, iframe, and the deck's own embed page (oEmbed).
pub fn snippets(base: &str, deck_url: &str, id: &str, title: &str) -> [String; 4] {
    let (deck, title) = (attr(deck_url), attr(title));
    [
        format!(
            "<script type=\"module\" src=\"{base}explainer.js\"></script>\n<div data-explainer data-deck=\"{deck}\"></div>"
        ),
        format!(
            "<script type=\"module\" src=\"{base}explainer.js\"></script>\n<news-explainer deck=\"{deck}\"></news-explainer>"
        ),
        format!(
            "<iframe data-explainer-frame title=\"{title}\"\n        src=\"{base}embed.html?deck={}\"\n        width=\"100%\" frameborder=\"0\"></iframe>\n<script type=\"module\" src=\"{base}explainer-frame.js\"></script>",
            attr(&String::from(js_sys::encode_uri_component(deck_url)))
        ),
        format!("{base}embed/{}.html", attr(id)),
    ]
}

/// The embed code panel.
#[function_component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let ui = studio_ui(props.lang);
    let deck_url = use_state(String::new);
    let copied = use_state(|| None::<(usize, bool)>);
    let base = use_memo((), |()| widget_base());
    let on_url = {
        let deck_url = deck_url.clone();
        let copied = copied.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                deck_url.set(input.value().trim().to_string());
                copied.set(None);
            }
        })
    };
    let codes = (!deck_url.is_empty()).then(|| snippets(&base, &deck_url, &props.id, &props.title));
    let labels = [
        ui.embed_script,
        ui.embed_element,
        ui.embed_iframe,
        ui.embed_oembed,
    ];
    html! {
        <section class="studio-embed" aria-labelledby="studio-embed-heading">
            <h2 id="studio-embed-heading">{ ui.embed_heading }</h2>
            <label for="studio-deck-url">{ ui.deck_url }</label>
            <input id="studio-deck-url" type="url" inputmode="url" placeholder="https://…/decks/my-deck.json"
                value={(*deck_url).clone()} oninput={on_url} />
            if let Some(codes) = codes {
                { for codes.into_iter().enumerate().map(|(i, code)| {
                    let id = format!("studio-code-{i}");
                    let copy = {
                        let copied = copied.clone();
                        let code = code.clone();
                        Callback::from(move |_: MouseEvent| {
                            let copied = copied.clone();
                            let code = code.clone();
                            wasm_bindgen_futures::spawn_local(async move {
                                let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
                                let ok = match clipboard {
                                    Some(c) => wasm_bindgen_futures::JsFuture::from(c.write_text(&code)).await.is_ok(),
                                    None => false,
                                };
                                copied.set(Some((i, ok)));
                            });
                        })
                    };
                    let note = match *copied {
                        Some((at, true)) if at == i => ui.copied,
                        Some((at, false)) if at == i => ui.copy_failed,
                        _ => "",
                    };
                    html! {
                        <div class="studio-code">
                            <label for={id.clone()}>{ labels[i] }</label>
                            <textarea id={id} readonly=true rows="4" value={code} />
                            <button type="button" onclick={copy}>{ ui.copy }</button>
                            <span role="status">{ note }</span>
                        </div>
                    }
                }) }
                <p class="studio-hint">{ ui.embed_note }</p>
            } else {
                <p class="studio-hint">{ ui.embed_needs_url }</p>
            }
        </section>
    }
}
