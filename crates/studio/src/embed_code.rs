//! "Copy embed code": the snippets that put the deck on a page, for the address where the
//! editor will publish it. The widget's files are found from that address as the hosting
//! layout has them (a deck at `…/explainer/decks/x.json`, the widget at `…/explainer/`, as the
//! README's snippets); a deck elsewhere gets the widget of the site serving the studio. The
//! address must be a full https one: a relative one gets no code, and one on this computer or
//! plain http gets a warning. The script embed comes first, as the one to use; the others
//! follow under "Other ways", each with the case it is for.

use yew::prelude::*;

use crate::studio_ui;
use explainer_deck::Lang;

/// Properties of [`EmbedCode`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EmbedCodeProps {
    /// The deck's title, for the iframe's accessible name.
    pub title: AttrValue,
    /// The deck's id, which names the downloaded file (`<id>.json`).
    pub id: AttrValue,
    /// Whether the deck has no problem: only then is there code to give.
    pub ready: bool,
    /// Gives the deck this id (so the downloaded file has the address's name).
    pub on_id: Callback<String>,
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
fn studio_base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|href| web_sys::Url::new_with_base("../", &href).ok())
        .map(|url| url.href())
        .unwrap_or_default()
}

/// Where the widget is for a deck published at `deck_url` (absolute): the folder holding its
/// `decks/` folder, as `make build` lays a release out; else `fallback`. Also the deck's file
/// name without `.json`, which names its embed page.
pub fn widget_for(deck_url: &str, fallback: &str) -> (String, String) {
    let path = deck_url.split(['?', '#']).next().unwrap_or(deck_url);
    let (folder, file) = path.rsplit_once('/').unwrap_or(("", path));
    let stem = file.strip_suffix(".json").unwrap_or(file).to_string();
    let base = match folder.strip_suffix("/decks") {
        Some(site) if site.contains("://") => format!("{site}/"),
        _ => fallback.to_string(),
    };
    (base, stem)
}

/// The ways in: script, custom element, iframe, and the deck's own embed page (oEmbed), for
/// the widget at `base` and the deck at `deck_url` (its file named `stem`).
pub fn snippets(base: &str, deck_url: &str, stem: &str, title: &str) -> [String; 4] {
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
        format!("{base}embed/{}.html", attr(stem)),
    ]
}

/// The storage key of the address the editor will publish the deck at: kept, as the draft
/// is, so a reload does not ask for it again.
const KEY_URL: &str = "explainer-studio-deck-url";

/// The embed code panel.
#[function_component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    use gloo_storage::Storage;
    let ui = studio_ui(props.lang);
    let deck_url =
        use_state(|| gloo_storage::LocalStorage::get::<String>(KEY_URL).unwrap_or_default());
    let copied = use_state(|| None::<(usize, bool)>);
    let fallback = use_memo((), |()| studio_base());
    {
        // Another deck (or this one renamed): a "Copied." said of the old code is not true of
        // the new.
        let copied = copied.clone();
        use_effect_with((props.id.clone(), props.title.clone()), move |_| {
            if copied.is_some() {
                copied.set(None);
            }
        });
    }
    let on_url = {
        let deck_url = deck_url.clone();
        let copied = copied.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let url = input.value().trim().to_string();
                // Best effort: a refused store only means typing it again after a reload.
                let _ = gloo_storage::LocalStorage::set(KEY_URL, &url);
                deck_url.set(url);
                copied.set(None);
            }
        })
    };
    // Only a full address can be pasted into an article that lives elsewhere.
    let absolute = web_sys::Url::new(&deck_url).is_ok() && deck_url.contains("://");
    // The picture rule (draft::address_warning) says which: this computer, or plain http.
    let warning = match (absolute, deck_url.is_empty()) {
        (true, _) => crate::draft::address_warning(&deck_url, props.lang).map(|w| {
            if w == ui.picture_local {
                ui.embed_local
            } else {
                ui.embed_http
            }
        }),
        (false, true) => None,
        (false, false) => Some(ui.embed_not_absolute),
    };
    let (base, stem) = widget_for(&deck_url, &fallback);
    // The file downloads as `<id>.json`: an address ending in another name would point at a
    // file that is never published. Said, with the fix offered when the name can be an id.
    let misnamed =
        (absolute && props.ready && !stem.is_empty() && stem != props.id.as_str()).then(|| {
            let rename = explainer_deck::is_valid_id(&stem).then(|| {
                let (on_id, stem) = (props.on_id.clone(), stem.clone());
                Callback::from(move |_: MouseEvent| on_id.emit(stem.clone()))
            });
            // A name that cannot be an id (a dot, say): the file is to be renamed instead.
            let said = if rename.is_some() {
                (ui.embed_misnamed)(&props.id, &stem)
            } else {
                (ui.embed_rename_file)(&props.id, &stem)
            };
            (said, rename, (ui.embed_use_id)(&stem))
        });
    let codes = (absolute && props.ready).then(|| snippets(&base, &deck_url, &stem, &props.title));
    let labels = [
        (ui.embed_script, ui.embed_script_why),
        (ui.embed_element, ui.embed_element_why),
        (ui.embed_iframe, ui.embed_iframe_why),
        (ui.embed_oembed, ui.embed_oembed_why),
    ];
    let code_box = |i: usize, code: String| {
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
                        Some(c) => wasm_bindgen_futures::JsFuture::from(c.write_text(&code))
                            .await
                            .is_ok(),
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
        let (label, why) = labels[i];
        html! {
            <div class="studio-code">
                <label for={id.clone()}>{ label }</label>
                <p class="studio-hint">{ why }</p>
                <textarea id={id} readonly=true rows={(code.lines().count() + 1).to_string()} value={code.clone()} />
                <button type="button" onclick={copy}>{ ui.copy }</button>
                <span role="status">{ note }</span>
            </div>
        }
    };
    html! {
        <section class="studio-embed" aria-labelledby="studio-embed-heading">
            <h2 id="studio-embed-heading">{ ui.embed_heading }</h2>
            <label for="studio-deck-url">{ ui.deck_url }</label>
            <input id="studio-deck-url" type="url" inputmode="url" placeholder="https://…/decks/my-deck.json"
                value={(*deck_url).clone()} oninput={on_url} />
            if let Some(warning) = warning {
                <p class="studio-alert" role="alert">{ warning }</p>
            }
            if let Some((said, rename, use_id)) = misnamed {
                <p class="studio-warning studio-misnamed" role="status">
                    { said }
                    if let Some(rename) = rename {
                        { " " }<button type="button" class="studio-small" onclick={rename}>{ use_id }</button>
                    }
                </p>
            }
            if !props.ready {
                <p class="studio-hint">{ ui.embed_not_ready }</p>
            } else if let Some([script, element, iframe, oembed]) = codes {
                { code_box(0, script) }
                <details class="studio-other-ways">
                    <summary>{ ui.embed_other_ways }</summary>
                    { code_box(1, element) }
                    { code_box(2, iframe) }
                    { code_box(3, oembed) }
                </details>
                <p class="studio-hint">{ ui.embed_note }</p>
            } else {
                <p class="studio-hint">{ ui.embed_needs_url }</p>
            }
        </section>
    }
}
