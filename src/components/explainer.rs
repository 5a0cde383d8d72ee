//! The top-level widget: gets a deck (built in, or fetched from a URL), then shows it as a
//! carousel, or shows an error card that says what went wrong and where.
//!
//! Only the English edition of the built-in deck is compiled into the wasm (every article
//! pays for those bytes); its other editions ([`crate::builtin_edition`]) are fetched from the
//! widget's folder (`builtin_base`) when a reader asks for one, or at once when the host says
//! so (`data-lang="ja"`).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::{Carousel, ErrorCard};
use crate::hooks::{use_fetch_deck, Load};
use crate::i18n::Lang;
use crate::load::{DeckOrigin, LoadError, TIMEOUT_SECONDS};
use crate::{builtin_edition, BUILTIN_DECK, BUILTIN_FOLDER, BUILTIN_LANG};

/// Where the widget's deck comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckSource {
    /// The English deck compiled into the widget.
    Builtin,
    /// A deck fetched from this URL (relative URLs resolve against the page).
    Url(AttrValue),
    /// Deck JSON given directly (tests and previews).
    Inline(AttrValue),
    /// A deck the host page refused to show (the iframe embed page only shows decks from its
    /// own site and the sites its publisher allows): the widget says so, and fetches nothing.
    Refused(AttrValue),
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
    #[prop_or_default]
    pub lang: Lang,
    /// Id of the card to show first (unknown ids fall back to the first card).
    #[prop_or_default]
    pub start: Option<AttrValue>,
    /// A request from the host page to show a card; a new [`GoTo::seq`] repeats a request.
    #[prop_or_default]
    pub go_to: Option<GoTo>,
    /// Called once a deck is on show, with the deck's id and its number of cards.
    #[prop_or_default]
    pub on_ready: Callback<(AttrValue, usize)>,
    /// Called when the reader (or the host) moves to another card: its index and id.
    #[prop_or_default]
    pub on_change: Callback<(usize, AttrValue)>,
    /// The folder the widget's files are published in (the loader passes its own), where the
    /// built-in deck's other editions are ([`crate::builtin_edition`]). Absent: the built-in
    /// deck shows only the edition compiled in.
    #[prop_or_default]
    pub builtin_base: Option<AttrValue>,
    /// Level of the widget's title in the host page's outline (1–4; 2 by default).
    #[prop_or(2)]
    pub heading_level: u8,
    /// How long a fetched deck may take to arrive, in seconds (`data-timeout`).
    #[prop_or(TIMEOUT_SECONDS)]
    pub timeout: u32,
    /// Called after the first render that shows more than "loading": a deck's card or an
    /// error card. The embed then swaps the static HTML's first-card snapshot for the widget.
    #[prop_or_default]
    pub on_shown: Callback<()>,
    /// Whether the carousel offers "Share this card" (the embed loader, which answers the
    /// button, mounted the widget: [`crate::embed`]).
    #[prop_or_default]
    pub share: bool,
}

/// A request to show the card with id `card`. `seq` tells two requests for the same card
/// apart, so asking again after the reader has moved on works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoTo {
    /// Increases with every request.
    pub seq: u32,
    /// Id of the card to show.
    pub card: AttrValue,
}

/// The deck in `json`, its pictures' relative addresses made relative to `folder` (where the
/// deck's file is published, when known).
fn parse_now(json: &str, origin: DeckOrigin, folder: &str) -> Load {
    match crate::load::parse(json) {
        Ok(mut deck) => {
            deck.rebase_media(folder);
            Load::Ready(Rc::new(deck))
        }
        Err(errors) => Load::Failed(Rc::new(LoadError::Invalid {
            origin,
            errors: errors.0,
        })),
    }
}

/// The deck shown before any fetch; `base` is the widget's folder, where the built-in deck's
/// files (and pictures) are published.
fn initial(source: &DeckSource, base: Option<&str>) -> Load {
    match source {
        DeckSource::Builtin => {
            let folder = base.map_or(String::new(), |b| format!("{b}{BUILTIN_FOLDER}"));
            parse_now(BUILTIN_DECK, DeckOrigin::Builtin, &folder)
        }
        // An inline deck's pictures are relative to the page, as its other links are.
        DeckSource::Inline(json) => parse_now(json, DeckOrigin::Inline, ""),
        DeckSource::Url(_) => Load::Loading,
        DeckSource::Refused(url) => Load::Failed(Rc::new(LoadError::Refused {
            url: url.to_string(),
        })),
    }
}

/// The explainer widget.
#[function_component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    // Built-in and inline decks are parsed during render, so the first paint (and SSR) already
    // shows a card; a URL, and the built-in deck's Japanese edition, need a fetch.
    // The built-in deck has both editions; the reader may switch. The carousel stays mounted
    // (the editions have the same cards), so the reader keeps their place and their focus.
    let chosen_lang = use_state(|| None::<Lang>);
    let builtin = matches!(props.source, DeckSource::Builtin);
    let base = props.builtin_base.clone().filter(|_| builtin);
    let lang = match chosen_lang.unwrap_or(props.lang) {
        // Without the widget's folder, only the edition compiled in can be shown.
        _ if builtin && base.is_none() => BUILTIN_LANG,
        lang => lang,
    };
    let fixed = use_memo((props.source.clone(), base.clone()), |(source, base)| {
        initial(source, base.as_deref())
    });
    // The deck to fetch, if any: the URL deck, or an edition of the built-in deck other than
    // the one compiled in.
    let remote = match &props.source {
        DeckSource::Url(url) => Some(url.clone()),
        DeckSource::Builtin => base
            .as_ref()
            .zip(builtin_edition(lang))
            .map(|(base, file)| AttrValue::from(format!("{base}{file}"))),
        _ => None,
    };
    let (remote_load, retry) = use_fetch_deck(remote.clone(), props.timeout);
    // A reader who switched edition keeps the cards on show (and their place) until the other
    // edition's arrive; the switch says what is happening meanwhile.
    let mut lang_note = None;
    let load: &Load = match (&props.source, remote.is_some()) {
        (DeckSource::Url(_), _) => &remote_load,
        (_, false) => &fixed,
        (_, true) => match (&remote_load, chosen_lang.is_some()) {
            (Load::Ready(_), _) | (_, false) => &remote_load,
            (Load::Loading, true) => {
                lang_note = Some(EditionNote::Loading);
                &fixed
            }
            (Load::Failed(err), true) => {
                lang_note = Some(EditionNote::Failed(err.clone()));
                &fixed
            }
        },
    };

    {
        let on_shown = props.on_shown.clone();
        use_effect_with(matches!(load, Load::Loading), move |loading| {
            if !loading {
                on_shown.emit(());
            }
        });
    }

    match load {
        Load::Loading => {
            let ui = lang.ui();
            html! {
                <div class="cx cx-loading" lang={lang.tag()} aria-busy="true">
                    <p class="cx-status" role="status">{ ui.loading }</p>
                </div>
            }
        }
        Load::Ready(deck) => {
            let index_of = |id: &AttrValue| deck.cards.iter().position(|c| c.id() == id.as_str());
            let start = props.start.as_ref().and_then(index_of).unwrap_or(0);
            let go_to = props
                .go_to
                .as_ref()
                .and_then(|g| index_of(&g.card).map(|i| (g.seq, i)));
            let on_change = {
                let deck = deck.clone();
                props.on_change.reform(move |i: usize| {
                    let id = deck
                        .cards
                        .get(i)
                        .map(|c| c.id().to_string())
                        .unwrap_or_default();
                    (i, AttrValue::from(id))
                })
            };
            let on_language = base.is_some().then(|| {
                let chosen_lang = chosen_lang.clone();
                Callback::from(move |lang: Lang| chosen_lang.set(Some(lang)))
            });
            let lang_note = lang_note.map(|note| edition_note(note, lang, &retry));
            // Keyed by where the deck comes from: another deck is a new carousel (first card,
            // a fresh `ready` event), while the built-in deck's two editions share one, so a
            // reader who switches language keeps their place and focus.
            let key = match &props.source {
                DeckSource::Url(url) => url.to_string(),
                DeckSource::Builtin => "builtin".to_string(),
                // A deck given inline (the studio's preview) is edited in place: another
                // number of cards is a new carousel, whose navigation knows the new length.
                DeckSource::Inline(_) => format!("inline{}", deck.cards.len()),
                DeckSource::Refused(_) => "refused".to_string(),
            };
            html! {
                <Carousel {key} deck={deck.clone()} id_prefix={props.id_prefix.clone()} {start}
                    {go_to} {on_change} on_ready={props.on_ready.clone()} {on_language}
                    {lang_note} heading_level={props.heading_level}
                    share={props.share} />
            }
        }
        Load::Failed(err) => {
            let on_retry = remote.is_some().then_some(retry);
            html! {
                <ErrorCard error={err.clone()} lang={lang} {on_retry}
                    heading_level={props.heading_level} />
            }
        }
    }
}

/// What the language switch says while another edition is on its way.
enum EditionNote {
    Loading,
    Failed(Rc<LoadError>),
}

/// A status line under the language switch, in the language being loaded.
fn edition_note(note: EditionNote, lang: Lang, retry: &Callback<()>) -> Html {
    let ui = lang.ui();
    match note {
        EditionNote::Loading => html! {
            <p class="cx-lang-note" role="status" lang={lang.tag()}>{ ui.loading }</p>
        },
        EditionNote::Failed(err) => {
            let retry = retry.clone();
            html! {
                <p class="cx-lang-note cx-lang-failed" role="alert" lang={lang.tag()}>
                    { ui.load_error(&err) }{ " " }
                    <button type="button" class="cx-btn cx-retry"
                        onclick={Callback::from(move |_: MouseEvent| retry.emit(()))}>
                        { ui.retry_load }
                    </button>
                </p>
            }
        }
    }
}
