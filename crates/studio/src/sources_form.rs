//! The deck's sources and glossary as forms: every field with its problems, add and delete.

use std::rc::Rc;

use yew::prelude::*;

use crate::card_form::{Fields, Set};
use crate::studio_ui;
use explainer_deck::{Deck, DeckError, Lang, Source, Term};

/// Properties of [`SourcesForm`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SourcesFormProps {
    /// The deck as it stands.
    pub deck: Rc<Deck>,
    /// Its validation problems.
    pub problems: Rc<Vec<DeckError>>,
    /// Called with the deck after a change.
    pub on_change: Callback<Deck>,
    /// The studio's language.
    pub lang: Lang,
}

/// Sets a field of source `i` (`None` for an empty optional field).
macro_rules! on_source {
    ($i:expr, |$s:ident, $v:ident| $body:expr) => {{
        let i = $i;
        Rc::new(move |d: &mut Deck, $v: String| {
            if let Some($s) = d.sources.get_mut(i) {
                $body;
            }
        }) as Set
    }};
}

/// Sets a field of glossary term `i`.
macro_rules! on_term {
    ($i:expr, |$t:ident, $v:ident| $body:expr) => {{
        let i = $i;
        Rc::new(move |d: &mut Deck, $v: String| {
            if let Some($t) = d.glossary.get_mut(i) {
                $body;
            }
        }) as Set
    }};
}

/// An empty text is no value.
fn some(v: String) -> Option<String> {
    Some(v).filter(|v| !v.trim().is_empty())
}

/// The form.
#[function_component]
pub fn SourcesForm(props: &SourcesFormProps) -> Html {
    crate::hooks::use_focus_new_field(props.deck.clone());
    let ui = studio_ui(props.lang);
    let f = Fields {
        deck: &props.deck,
        problems: &props.problems,
        on_change: &props.on_change,
        lang: props.lang,
    };
    html! {
        <section class="studio-sources" aria-labelledby="studio-sources-heading">
            <h2 id="studio-sources-heading">{ ui.sources }</h2>
            { for props.deck.sources.iter().enumerate().map(|(i, s)| {
                let p = format!("sources[{i}]");
                html! {
                    <fieldset class="studio-item">
                        <legend>{ (ui.numbered)(ui.source, i + 1) }</legend>
                        { f.list_problems(&p) }
                        { f.text(&format!("{p}.id"), ui.deck_id, &s.id, false, Rc::new(move |d: &mut Deck, v: String| {
                            // Its citations follow the new id.
                            if let Some(s) = d.sources.get_mut(i) {
                                let old = std::mem::replace(&mut s.id, v.clone());
                                crate::rename::rename_source(d, &old, &v);
                            }
                        })) }
                        { f.text(&format!("{p}.title"), ui.source_title, s.title.as_deref().unwrap_or(""), false, on_source!(i, |s, v| s.title = some(v))) }
                        { f.text(&format!("{p}.description"), ui.source_what, s.description.as_deref().unwrap_or(""), false, on_source!(i, |s, v| s.description = some(v))) }
                        { f.text(&format!("{p}.publisher"), ui.publisher, s.publisher.as_deref().unwrap_or(""), false, on_source!(i, |s, v| s.publisher = some(v))) }
                        { f.text(&format!("{p}.date"), ui.date, &s.date, false, on_source!(i, |s, v| s.date = v)) }
                        { f.text(&format!("{p}.url"), ui.link, s.url.as_deref().unwrap_or(""), false, on_source!(i, |s, v| s.url = some(v))) }
                        { f.delete((ui.delete_item)(ui.source, i + 1), Rc::new(move |d: &mut Deck| { d.sources.remove(i); })) }
                    </fieldset>
                }
            }) }
            { f.add(ui.add_source.to_string(), Rc::new(|d: &mut Deck| d.sources.push(Source {
                id: format!("source-{}", d.sources.len() + 1), title: None, description: None,
                publisher: None, date: String::new(), url: None,
            }))) }
            <h2>{ ui.glossary }</h2>
            { for props.deck.glossary.iter().enumerate().map(|(i, t)| {
                let p = format!("glossary[{i}]");
                html! {
                    <fieldset class="studio-item">
                        <legend>{ (ui.numbered)(ui.glossary_term, i + 1) }</legend>
                        { f.text(&format!("{p}.id"), ui.deck_id, &t.id, false, Rc::new(move |d: &mut Deck, v: String| {
                            // The text cards' markup follows the new id.
                            if let Some(t) = d.glossary.get_mut(i) {
                                let old = std::mem::replace(&mut t.id, v.clone());
                                crate::rename::rename_term(d, &old, &v);
                            }
                        })) }
                        { f.text(&format!("{p}.term"), ui.glossary_term, &t.term, false, on_term!(i, |t, v| t.term = v)) }
                        { f.text(&format!("{p}.definition"), ui.definition, &t.definition, true, on_term!(i, |t, v| t.definition = v)) }
                        { f.pick_one(&format!("{p}.source"), ui.source_id,
                            crate::card_form::Pick { options: crate::card_form::source_options(&props.deck), chosen: t.source.as_slice(), none: ui.no_source, unknown: ui.unknown },
                            on_term!(i, |t, v| t.source = some(v))) }
                        { f.delete((ui.delete_item)(ui.glossary_term, i + 1), Rc::new(move |d: &mut Deck| { d.glossary.remove(i); })) }
                    </fieldset>
                }
            }) }
            { f.add(ui.add_term.to_string(), Rc::new(|d: &mut Deck| d.glossary.push(Term {
                id: format!("term-{}", d.glossary.len() + 1), term: String::new(), definition: String::new(), source: None,
            }))) }
        </section>
    }
}
