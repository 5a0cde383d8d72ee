//! Paragraphs of card text with glossary terms: each `[[term]]` becomes a button that opens
//! an accessible, non-modal popover with the definition and its source. Escape, the close
//! button or a click anywhere else closes it, and focus returns to the term.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::SharedDeck;

use super::source_list::citation;
use crate::deck::{parse_markup, Segment};
use crate::i18n::Lang;

/// Properties of [`RichText`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct RichTextProps {
    /// The deck (for its glossary and sources).
    pub deck: SharedDeck,
    /// The text, paragraphs separated by blank lines.
    pub text: AttrValue,
    /// Prefix for element ids, unique per card on the page.
    pub id_prefix: AttrValue,
}

/// Card text with glossary terms as plain words, for the static (no-JS, print) view; the
/// static view lists the glossary after the cards.
#[cfg(not(target_arch = "wasm32"))]
pub fn rich_text_static(text: &str) -> Html {
    let paragraphs = crate::deck::paragraphs(text);
    html! {
        <div class="cx-body">
            { for paragraphs.map(|p| {
                let segments = parse_markup(p).unwrap_or_else(|_| vec![Segment::Text(p)]);
                html! {
                    <p>{ for segments.into_iter().map(|s| match s {
                        Segment::Text(t) => html! { { t } },
                        Segment::Term { shown, id } => html! { <dfn>{ shown.unwrap_or(id) }</dfn> },
                    }) }</p>
                }
            }) }
        </div>
    }
}

/// Card text with glossary terms.
#[function_component]
pub fn RichText(props: &RichTextProps) -> Html {
    // (paragraph, term) of the open popover.
    let open = use_state(|| None::<(usize, usize)>);
    let term_refs = use_mut_ref(Vec::<(usize, usize, NodeRef)>::new);
    let popover = use_node_ref();
    let ui = Lang::from_tag(&props.deck.lang).ui();

    // Close on a pointer press outside the popover and its term (anywhere on the page).
    {
        let open = open.clone();
        let popover = popover.clone();
        let term_refs = term_refs.clone();
        use_effect_with(*open, move |current| {
            let listener = current.map(|(p, t)| {
                let term = term_refs
                    .borrow()
                    .iter()
                    .find(|(pp, tt, _)| *pp == p && *tt == t)
                    .map(|(_, _, r)| r.clone());
                let window = web_sys::window();
                let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
                    move |event: web_sys::Event| {
                        let path = event.composed_path();
                        let inside = |node: Option<web_sys::Element>| {
                            node.is_some_and(|n| path.includes(&n, 0))
                        };
                        if !inside(popover.cast()) && !inside(term.as_ref().and_then(|t| t.cast()))
                        {
                            open.set(None);
                        }
                    },
                );
                if let Some(w) = &window {
                    let _ = w.add_event_listener_with_callback(
                        "pointerdown",
                        closure.as_ref().unchecked_ref(),
                    );
                }
                (window, closure)
            });
            move || {
                if let Some((Some(w), closure)) = listener {
                    let _ = w.remove_event_listener_with_callback(
                        "pointerdown",
                        closure.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    let close_and_refocus = {
        let open = open.clone();
        let term_refs = term_refs.clone();
        Callback::from(move |_: ()| {
            if let Some((p, t)) = *open {
                if let Some((_, _, r)) = term_refs
                    .borrow()
                    .iter()
                    .find(|(pp, tt, _)| *pp == p && *tt == t)
                {
                    if let Some(el) = r.cast::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
            open.set(None);
        })
    };
    let on_escape = {
        let close = close_and_refocus.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                close.emit(());
            }
        })
    };

    term_refs.borrow_mut().clear();
    let paragraphs =
        crate::deck::paragraphs(&props.text)
            .enumerate()
            .map(|(pi, paragraph)| {
                let segments =
                    parse_markup(paragraph).unwrap_or_else(|_| vec![Segment::Text(paragraph)]);
                let mut popover_html = Html::default();
                let mut term_index = 0;
                let nodes = segments.into_iter().map(|segment| match segment {
                Segment::Text(text) => html! { { text } },
                Segment::Term { shown, id } => {
                    let Some(term) = props.deck.term(id) else {
                        return html! { { shown.unwrap_or(id) } };
                    };
                    let ti = term_index;
                    term_index += 1;
                    let node = NodeRef::default();
                    term_refs.borrow_mut().push((pi, ti, node.clone()));
                    let is_open = *open == Some((pi, ti));
                    let pop_id = format!("{}-term-{pi}-{ti}", props.id_prefix);
                    let onclick = {
                        let open = open.clone();
                        Callback::from(move |_: MouseEvent| {
                            open.set(if *open == Some((pi, ti)) { None } else { Some((pi, ti)) })
                        })
                    };
                    if is_open {
                        let source = term.source.as_deref().and_then(|s| props.deck.source(s));
                        let close = close_and_refocus.clone();
                        popover_html = html! {
                            <div class="cx-popover" id={pop_id.clone()} role="dialog"
                                aria-label={term.term.clone()} ref={popover.clone()}
                                onkeydown={on_escape.clone()}>
                                <p class="cx-popover-term">{ &term.term }</p>
                                <p class="cx-popover-def">{ &term.definition }</p>
                                if let Some(source) = source {
                                    <p class="cx-popover-source">
                                        { ui.source }{ " " }{ citation(source, ui, false) }
                                    </p>
                                }
                                <button type="button" class="cx-btn cx-popover-close"
                                    onclick={Callback::from(move |_: MouseEvent| close.emit(()))}>
                                    { ui.close }
                                </button>
                            </div>
                        };
                    }
                    html! {
                        <button type="button" class="cx-term" ref={node}
                            aria-expanded={if is_open { "true" } else { "false" }}
                            aria-controls={is_open.then(|| pop_id.clone())}
                            data-term={id.to_string()}
                            {onclick} onkeydown={on_escape.clone()}>
                            { shown.unwrap_or(id) }
                        </button>
                    }
                }
            });
                let nodes: Html = nodes.collect();
                html! { <><p>{ nodes }</p>{ popover_html }</> }
            })
            .collect::<Html>();
    html! { <div class="cx-body">{ paragraphs }</div> }
}
