//! Fetching a deck from a URL, and the typed errors of getting a deck at all.

use thiserror::Error;

use crate::deck::{parse_deck, Deck, DeckError};

/// Why a deck could not be shown. `Display` is the one-line summary on the error card.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    /// The request failed before any answer (offline, DNS, CORS refused, blocked by CSP …).
    #[error("The deck at {url} could not be fetched: {reason}")]
    Network {
        /// The deck URL.
        url: String,
        /// What the browser reported.
        reason: String,
    },
    /// The server answered with an HTTP error status.
    #[error("The deck at {url} could not be fetched: the server answered HTTP {status}")]
    Http {
        /// The deck URL.
        url: String,
        /// The HTTP status code.
        status: u16,
    },
    /// The deck arrived but is not a valid deck.
    #[error("{location} has {}", count_problems(errors.len()))]
    Invalid {
        /// Which deck, as a phrase: "The deck at https://…", "The built-in deck".
        location: String,
        /// Every problem found.
        errors: Vec<DeckError>,
    },
}

fn count_problems(n: usize) -> String {
    if n == 1 {
        "1 problem".into()
    } else {
        format!("{n} problems")
    }
}

impl LoadError {
    /// The individual deck problems to list (empty for network and HTTP failures).
    pub fn problems(&self) -> &[DeckError] {
        match self {
            LoadError::Invalid { errors, .. } => errors,
            _ => &[],
        }
    }
}

/// Fetches `url` and parses it as a deck.
pub async fn fetch_deck(url: &str) -> Result<Deck, LoadError> {
    let text = fetch_text(url).await?;
    parse_deck(&text).map_err(|errors| LoadError::Invalid {
        location: format!("The deck at {url}"),
        errors: errors.0,
    })
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<String, LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let network = |err: wasm_bindgen::JsValue| LoadError::Network {
        url: url.to_string(),
        reason: describe_js_error(&err),
    };
    let window = web_sys::window().ok_or_else(|| LoadError::Network {
        url: url.to_string(),
        reason: "no window".into(),
    })?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(network)?;
    let response: web_sys::Response = response.dyn_into().map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_string(),
            status: response.status(),
        });
    }
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(text.as_string().unwrap_or_default())
}

#[cfg(target_arch = "wasm32")]
fn describe_js_error(err: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "network error".into())
}

/// Outside a browser there is no `fetch`; say so instead of panicking.
#[cfg(not(target_arch = "wasm32"))]
async fn fetch_text(url: &str) -> Result<String, LoadError> {
    Err(LoadError::Network {
        url: url.to_string(),
        reason: "fetching is only available in a browser".into(),
    })
}
