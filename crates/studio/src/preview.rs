//! The real widget as a live preview: an [`Explainer`] in its own shadow root with its own
//! stylesheet, exactly as an article shows it, updated in place as the deck changes.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use explainer::components::{DeckSource, Explainer, ExplainerProps, GoTo};

/// Properties of [`Preview`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PreviewProps {
    /// The deck's JSON text, as the editor has it now.
    pub json: AttrValue,
    /// The card to show (the one being edited), with a number that changes with each request.
    #[prop_or_default]
    pub go_to: Option<GoTo>,
    /// `light` or `dark`, as a host page's `data-theme`.
    pub theme: AttrValue,
}

fn widget_props(props: &PreviewProps) -> ExplainerProps {
    yew::props!(ExplainerProps {
        source: DeckSource::Inline(props.json.clone()),
        id_prefix: AttrValue::Static("pv"),
        go_to: props.go_to.clone(),
    })
}

/// The preview.
#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let host = use_node_ref();
    let app = use_mut_ref(|| None::<yew::AppHandle<Explainer>>);
    {
        // Mount once into the host's shadow root; later changes update the same widget, so it
        // keeps the card on show while the editor types.
        let host = host.clone();
        let app: Rc<RefCell<Option<yew::AppHandle<Explainer>>>> = app.clone();
        let props = props.clone();
        use_effect_with(props.clone(), move |_| {
            let mut app = app.borrow_mut();
            match app.as_mut() {
                Some(handle) => handle.update(widget_props(&props)),
                None => {
                    if let Some(container) = host
                        .cast::<web_sys::Element>()
                        .and_then(|h| explainer::embed::shadow_container(&h).ok())
                        .map(|c| c.element)
                    {
                        *app = Some(
                            yew::Renderer::<Explainer>::with_root_and_props(
                                container,
                                widget_props(&props),
                            )
                            .render(),
                        );
                    }
                }
            }
        });
    }
    html! {
        <div class="studio-widget" ref={host} data-theme={props.theme.clone()}></div>
    }
}
