//! Fetching a deck by URL from a component: the request, its result, and trying again.

use std::rc::Rc;

use yew::prelude::*;

use crate::deck::Deck;
use crate::load::{fetch_deck, LoadError};

/// Where a deck stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    /// On its way.
    Loading,
    /// Parsed and valid.
    Ready(Rc<Deck>),
    /// It could not be shown, and why.
    Failed(Rc<LoadError>),
}

/// The deck at `url` (`None`: nothing to fetch, and the state is [`Load::Loading`]), fetched
/// with `timeout` seconds to arrive, and a callback that fetches it again (the error card's
/// "Try again"). A result that belongs to another URL (the host changed `data-deck`, or an old
/// request finished late) is never returned; going back to a URL already fetched does not
/// fetch it again.
#[hook]
pub fn use_fetch_deck(url: Option<AttrValue>, timeout: u32) -> (Load, Callback<()>) {
    // The last fetch's result, with the URL it belongs to.
    let fetched = use_state(|| (None::<AttrValue>, Load::Loading));
    let wanted = use_mut_ref(|| None::<AttrValue>);
    // Bumped by `retry`: a new value runs the fetch again.
    let attempt = use_state(|| 0u32);
    {
        let fetched = fetched.clone();
        use_effect_with((url.clone(), *attempt), move |(url, _)| {
            *wanted.borrow_mut() = url.clone();
            let have = fetched.0 == *url && matches!(fetched.1, Load::Ready(_));
            if let Some(url) = url.clone().filter(|_| !have) {
                // A retry shows "loading" again in place of the failure. Another URL needs no
                // render for that: a result that is not its own already reads as loading.
                if fetched.0.as_ref() == Some(&url) {
                    fetched.set((Some(url.clone()), Load::Loading));
                }
                yew::platform::spawn_local(async move {
                    let result = match fetch_deck(&url, timeout).await {
                        Ok(deck) => Load::Ready(Rc::new(deck)),
                        Err(err) => Load::Failed(Rc::new(err)),
                    };
                    if wanted.borrow().as_ref() == Some(&url) {
                        fetched.set((Some(url), result));
                    }
                });
            }
        });
    }
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    let load = if fetched.0 == url {
        fetched.1.clone()
    } else {
        Load::Loading
    };
    (load, retry)
}
