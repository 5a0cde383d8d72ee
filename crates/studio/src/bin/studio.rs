//! The deck studio's wasm entry: renders [`explainer_studio::Studio`] into `#studio`.

fn main() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("studio"))
    {
        yew::Renderer::<explainer_studio::Studio>::with_root(root).render();
    }
}
