//! Paragraphs of card text with glossary terms: each `[[term]]` becomes a `GlossaryTerm`
//! button that opens a popover with the definition (`glossary_popover.rs`) right after its
//! paragraph.
//! One popover is open at a time; closing it by keyboard returns focus to its term.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::glossary_popover::glossary_popover;
use crate::components::glossary_term::GlossaryTerm;
use crate::components::parts::{KindView, SlideAt};
use crate::components::SharedDeck;
use crate::deck::{segments_or_text as segments, Segment, TextCard};
use crate::hooks::use_click_outside;

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

/// Card text with glossary terms.
#[function_component]
pub fn RichText(props: &RichTextProps) -> Html {
    // (paragraph, term within it) of the open popover.
    let open = use_state(|| None::<(usize, usize)>);
    // The button of the open term: focus returns to it, and presses on it are not "outside".
    let open_term = use_node_ref();
    let popover_ref = use_node_ref();
    let close = {
        let open = open.clone();
        let open_term = open_term.clone();
        Callback::from(move |refocus: bool| {
            if refocus {
                if let Some(term) = open_term.cast::<web_sys::HtmlElement>() {
                    let _ = term.focus();
                }
            }
            open.set(None);
        })
    };
    use_click_outside(
        open.is_some(),
        vec![popover_ref.clone(), open_term.clone()],
        close.reform(|()| false),
    );

    let paragraphs = crate::deck::paragraphs(&props.text)
        .enumerate()
        .map(|(pi, paragraph)| {
            let mut popover = Html::default();
            let mut ti = 0;
            let nodes: Html = segments(paragraph)
                .into_iter()
                .map(|segment| {
                    let (shown, id) = match segment {
                        Segment::Text(text) => return html! { { text } },
                        Segment::Term { shown, id } => (shown.unwrap_or(id), id),
                    };
                    let Some(term) = props.deck.term(id) else {
                        return html! { { shown } };
                    };
                    let at = (pi, ti);
                    ti += 1;
                    let is_open = *open == Some(at);
                    let popover_id =
                        AttrValue::from(format!("{}-term-{pi}-{}", props.id_prefix, at.1));
                    if is_open {
                        let source = term.source.as_deref().and_then(|s| props.deck.source(s));
                        popover = glossary_popover(
                            term,
                            source,
                            props.deck.lang.ui(),
                            popover_id.clone(),
                            popover_ref.clone(),
                            &close,
                        );
                    }
                    let on_toggle = {
                        let open = open.clone();
                        Callback::from(move |()| {
                            open.set(if *open == Some(at) { None } else { Some(at) })
                        })
                    };
                    GlossaryTerm {
                        shown: AttrValue::from(shown.to_string()),
                        term: AttrValue::from(id.to_string()),
                        open: is_open,
                        popover_id,
                        on_toggle,
                        node: if is_open {
                            open_term.clone()
                        } else {
                            NodeRef::default()
                        },
                        on_escape: close.reform(|()| true),
                    }
                    .view()
                })
                .collect();
            html! { <><p>{ nodes }</p>{ popover }</> }
        });
    html! { <div class="cx-body">{ for paragraphs }</div> }
}

impl KindView for TextCard {
    fn slide(&self, at: &SlideAt) -> Html {
        html! {
            <RichText deck={at.deck.clone()} text={AttrValue::from(self.body.clone())}
                id_prefix={at.id_prefix.clone()} />
        }
    }
}
