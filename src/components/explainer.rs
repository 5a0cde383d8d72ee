//! The top-level widget: gets a deck (built in, or fetched from a URL), then shows it as a
//! carousel, or shows an error card that says what went wrong and where.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{Carousel, ErrorCard};
use crate::deck::{parse_deck, Deck, BUILTIN_DECK_EN};
use crate::i18n::Lang;
use crate::load::{fetch_deck, LoadError};

/// Where the widget's deck comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckSource {
    /// The English deck compiled into the widget.
    Builtin,
    /// A deck fetched from this URL (relative URLs resolve against the page).
    Url(AttrValue),
    /// Deck JSON given directly (tests and previews).
    Inline(AttrValue),
}

/// Properties of [`Explainer`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ExplainerProps {
    /// Where to get the deck.
    #[prop_or(DeckSource::Builtin)]
    pub source: DeckSource,
    /// Prefix for element ids, unique per instance on a page.
    #[prop_or(AttrValue::Static("cx"))]
    pub id_prefix: AttrValue,
    /// Language of the widget's own strings until a deck says otherwise.
    #[prop_or(Lang::En)]
    pub lang: Lang,
}

/// Loading state of the deck.
#[derive(Debug, Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Rc<Deck>),
    Failed(Rc<LoadError>),
}

fn parse_now(json: &str, location: &str) -> Load {
    match parse_deck(json) {
        Ok(deck) => Load::Ready(Rc::new(deck)),
        Err(errors) => Load::Failed(Rc::new(LoadError::Invalid {
            location: location.into(),
            errors: errors.0,
        })),
    }
}

fn initial(source: &DeckSource) -> Load {
    match source {
        DeckSource::Builtin => parse_now(BUILTIN_DECK_EN, "The built-in deck"),
        DeckSource::Inline(json) => parse_now(json, "The inline deck"),
        DeckSource::Url(_) => Load::Loading,
    }
}

/// The explainer widget.
#[function_component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    // Built-in and inline decks are parsed during render, so the first paint (and SSR) already
    // shows a card; only a URL needs an effect.
    let fixed = use_memo(props.source.clone(), initial);
    let fetched = use_state(|| Load::Loading);
    {
        let fetched = fetched.clone();
        use_effect_with(props.source.clone(), move |source| {
            if let DeckSource::Url(url) = source {
                let url = url.to_string();
                fetched.set(Load::Loading);
                yew::platform::spawn_local(async move {
                    fetched.set(match fetch_deck(&url).await {
                        Ok(deck) => Load::Ready(Rc::new(deck)),
                        Err(err) => Load::Failed(Rc::new(err)),
                    });
                });
            }
        });
    }
    let load: &Load = match props.source {
        DeckSource::Url(_) => &fetched,
        _ => &fixed,
    };

    match load {
        Load::Loading => {
            let ui = props.lang.ui();
            html! {
                <div class="cx cx-loading" lang={props.lang.tag()} aria-busy="true">
                    <p class="cx-status" role="status">{ ui.loading }</p>
                </div>
            }
        }
        Load::Ready(deck) => html! {
            <Carousel deck={deck.clone()} id_prefix={props.id_prefix.clone()} />
        },
        Load::Failed(err) => html! {
            <ErrorCard error={err.clone()} lang={props.lang} />
        },
    }
}
