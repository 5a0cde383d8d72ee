//! Fetching a deck by URL from a component: the request, its result, and trying again.

use std::rc::Rc;

use yew::prelude::*;

use crate::deck::Deck;
use crate::load::{arrived_text, fetch_text, read_deck, LoadError};

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

impl From<Result<Deck, LoadError>> for Load {
    fn from(result: Result<Deck, LoadError>) -> Self {
        match result {
            Ok(deck) => Load::Ready(Rc::new(deck)),
            Err(err) => Load::Failed(Rc::new(err)),
        }
    }
}

/// The deck at `url` (`None`: nothing to fetch, and the state is [`Load::Loading`]), fetched
/// with `timeout` seconds to arrive, and a callback that fetches it again (the error card's
/// "Try again"). A deck the loader's early request already holds is there in the first render.
/// A result that belongs to another URL (the host changed `data-deck`, or an old request
/// finished late) is never returned; going back to the URL of the last result (a deck or a
/// failure) does not fetch it again: only "Try again" does.
#[hook]
pub fn use_fetch_deck(url: Option<AttrValue>, timeout: u32) -> (Load, Callback<()>) {
    // The last result, with the URL it belongs to.
    let fetched = use_state(
        || match url.as_deref().and_then(|u| Some((u, arrived_text(u)?))) {
            Some((u, text)) => (url.clone(), Load::from(read_deck(u, text))),
            None => (None, Load::Loading),
        },
    );
    let wanted = use_mut_ref(|| None::<AttrValue>);
    // Bumped by `retry`: a new value runs the fetch again.
    let attempt = use_state(|| 0u32);
    {
        let fetched = fetched.clone();
        use_effect_with((url.clone(), *attempt), move |(url, _)| {
            *wanted.borrow_mut() = url.clone();
            // A deck is kept; so is a failure, until the reader asks to try again (`retry`
            // puts "loading" in its place).
            let have = fetched.0 == *url && !matches!(fetched.1, Load::Loading);
            if let Some(url) = url.clone().filter(|_| !have) {
                yew::platform::spawn_local(async move {
                    let result = Load::from(read_deck(&url, fetch_text(&url, timeout).await));
                    if wanted.borrow().as_ref() == Some(&url) {
                        fetched.set((Some(url), result));
                    }
                });
            }
        });
    }
    let retry = {
        let (fetched, url) = (fetched.clone(), url.clone());
        Callback::from(move |()| {
            fetched.set((url.clone(), Load::Loading));
            attempt.set(*attempt + 1);
        })
    };
    let load = if fetched.0 == url {
        fetched.1.clone()
    } else {
        Load::Loading
    };
    (load, retry)
}
