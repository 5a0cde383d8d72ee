//! Fetching a deck from a URL, and the typed errors of getting a deck at all. The errors say
//! what happened; how to say it to a reader, in each language, is `i18n.rs`'s job (`Display`
//! is the English sentence, from there).

use crate::deck::{Deck, DeckError, DeckErrors};

/// Why a deck could not be shown. `Display` is the English one-line summary on the error card.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The request failed before any answer (offline, DNS, CORS refused, a redirect to another
    /// site, blocked by CSP …).
    Network {
        /// The deck URL.
        url: String,
        /// What the browser reported.
        reason: String,
    },
    /// No complete answer within the time allowed (`data-timeout`, [`TIMEOUT_SECONDS`] by
    /// default).
    Timeout {
        /// The deck URL.
        url: String,
        /// The time allowed.
        seconds: u32,
    },
    /// The server answered with something that is not a deck (an HTML page, say).
    WrongType {
        /// The deck URL.
        url: String,
        /// The content type it sent.
        content_type: String,
    },
    /// The server answered with an HTTP error status.
    Http {
        /// The deck URL.
        url: String,
        /// The HTTP status code.
        status: u16,
    },
    /// The page refused the deck before asking for it: the iframe embed page shows decks from
    /// its own site and the sites its publisher allows, nothing else.
    Refused {
        /// The deck URL as it was asked for.
        url: String,
    },
    /// The deck arrived but is not a valid deck.
    Invalid {
        /// Which deck: each language's UI names it in its own words.
        origin: DeckOrigin,
        /// Every problem found.
        errors: Vec<DeckError>,
    },
}

/// Where a deck came from, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckOrigin {
    /// The deck compiled into the widget.
    Builtin,
    /// A deck given as JSON text by the host.
    Inline,
    /// A deck fetched from this URL.
    Url(String),
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// The individual deck problems to list (empty for network and HTTP failures).
    pub fn problems(&self) -> &[DeckError] {
        match self {
            LoadError::Invalid { errors, .. } => errors,
            _ => &[],
        }
    }
}

/// How long a deck may take to arrive unless the host says otherwise (`data-timeout`).
pub const TIMEOUT_SECONDS: u32 = 10;

/// The time a host may allow with `data-timeout`, in seconds: 1–60 (anything else: the
/// default, [`TIMEOUT_SECONDS`]). The loader's early request reads the attribute by the same
/// rule (`web/explainer.js`).
pub fn timeout_attr(value: &str) -> Option<u32> {
    value.trim().parse().ok().filter(|s| (1..=60).contains(s))
}

/// The deck in the text fetched from `url` ([`fetch_text`], [`arrived_text`]), or why there
/// is none. Its pictures' relative addresses are made relative to the deck's folder, so the
/// page finds them wherever it is.
pub fn read_deck(url: &str, text: Result<String, LoadError>) -> Result<Deck, LoadError> {
    let mut deck = parse(&text?).map_err(|errors| LoadError::Invalid {
        origin: DeckOrigin::Url(url.to_owned()),
        errors: errors.0,
    })?;
    deck.rebase_media(crate::deck::folder_of(url));
    Ok(deck)
}

/// Reads and validates a deck's JSON text as the reader's widget does. In the browser: the
/// browser's `JSON.parse`, then serde-wasm-bindgen into the deck's types, then the deck crate's
/// one validation; serde_json stays out of the reader's wasm (docs/size-rules.md). A syntax
/// error keeps its line and column (read from the browser's message); a value of the wrong
/// shape is named by the card, source or glossary entry it is in
/// ([`DeckError::Misshapen`]). One difference: serde-wasm-bindgen reads a struct's fields by
/// name, so a field the format does not have is ignored here, where `deck-check`, the studio
/// and the build refuse it. Natively (SSR tests, the static renderer): the deck crate's
/// `parse_deck`, with exact positions.
pub fn parse(json: &str) -> Result<Deck, DeckErrors> {
    #[cfg(target_arch = "wasm32")]
    return browser::parse(json);
    #[cfg(not(target_arch = "wasm32"))]
    return crate::deck::parse_deck(json);
}

/// Today's date in the browser (the reader's, or the editor's in the studio): what the dates a
/// deck states are checked against. (Only in a browser: natively the deck crate reads the
/// clock, `IsoDate::today`.)
pub fn today() -> crate::deck::IsoDate {
    let now = js_sys::Date::new_0();
    crate::deck::IsoDate {
        year: now.get_full_year() as u16,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::{JsCast, JsValue};

    use crate::deck::{
        line_column, validate_as_of, Card, Deck, DeckError, DeckErrors, Source, Term,
        MAX_DECK_BYTES,
    };

    pub fn parse(json: &str) -> Result<Deck, DeckErrors> {
        let one = |error| Err(DeckErrors(vec![error]));
        if json.len() > MAX_DECK_BYTES {
            return one(DeckError::TooLarge {
                bytes: json.len(),
                limit: MAX_DECK_BYTES,
            });
        }
        let value = match js_sys::JSON::parse(json) {
            Ok(value) => value,
            Err(err) => return one(syntax(json, &err)),
        };
        let deck: Deck = match serde_wasm_bindgen::from_value(value.clone()) {
            Ok(deck) => deck,
            // serde-wasm-bindgen's errors are JavaScript errors: "Error: missing field …".
            Err(err) => {
                let message = err.to_string();
                let message = message
                    .strip_prefix("Error: ")
                    .unwrap_or(&message)
                    .to_string();
                return one(misshapen(&value, message));
            }
        };
        // Dates a deck states are checked against the reader's own date.
        let problems = validate_as_of(&deck, Some(super::today()));
        if problems.is_empty() {
            Ok(deck)
        } else {
            Err(DeckErrors(problems))
        }
    }

    /// A `JSON.parse` error as a syntax error with line and column. Chromium's messages end in
    /// "… in JSON at position 812 (line 31 column 5)"; others give the position alone, or
    /// nothing ("Unexpected end of JSON input": the end of the text).
    fn syntax(json: &str, err: &JsValue) -> DeckError {
        let full = err
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        let number_after = |label: &str| -> Option<usize> {
            let rest = &full[full.find(label)? + label.len()..];
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        };
        let (line, column) = match (number_after("(line "), number_after(" column ")) {
            (Some(line), Some(column)) => (line, column),
            // A position in UTF-16 units, as JavaScript counts; the end of the text if none.
            _ => line_column(
                json,
                number_after("at position ").map_or(u32::MAX, |at| at as u32),
            ),
        };
        let message = full
            .split(" in JSON at position")
            .next()
            .unwrap_or_default()
            .to_string();
        DeckError::Syntax {
            line,
            column,
            message,
        }
    }

    /// A value of the wrong shape, named by the first card, source or glossary entry that does
    /// not read on its own (or the deck, if each does).
    fn misshapen(deck: &JsValue, message: String) -> DeckError {
        let first_bad = |list: &str, read: &dyn Fn(JsValue) -> bool| -> Option<String> {
            let items = js_sys::Reflect::get(deck, &JsValue::from_str(list)).ok()?;
            let items: js_sys::Array = items.dyn_into().ok()?;
            let at = items.iter().position(|item| !read(item))?;
            Some(format!("{list}[{at}]"))
        };
        let path = first_bad("cards", &|v| {
            serde_wasm_bindgen::from_value::<Card>(v).is_ok()
        })
        .or_else(|| {
            first_bad("sources", &|v| {
                serde_wasm_bindgen::from_value::<Source>(v).is_ok()
            })
        })
        .or_else(|| {
            first_bad("glossary", &|v| {
                serde_wasm_bindgen::from_value::<Term>(v).is_ok()
            })
        })
        .unwrap_or_default();
        DeckError::Misshapen { path, message }
    }
}

/// A request the loader started early: its deck URL, the promise of its answer, and the answer
/// itself when it was in before the widget started.
type Prefetch = (String, js_sys::Promise, Option<js_sys::Array>);

thread_local! {
    /// Deck requests the loader started while the wasm was still downloading, by deck URL
    /// exactly as written in `data-deck`; each is used once, by the first fetch of that URL.
    static PREFETCHED: std::cell::RefCell<Vec<Prefetch>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Hands over a request for the deck at `url` that the loader started early (in parallel with
/// the wasm, so the deck does not wait for the widget to start). The loader gives it the same
/// timeout, through `AbortSignal.timeout`. `answer` resolves to `[response, text]`, the text
/// read by the loader for a successful status; `arrived` is that answer when it was already in,
/// and then the widget shows the deck in its very first render ([`arrived_text`]).
pub fn prefetched(url: String, answer: js_sys::Promise, arrived: Option<js_sys::Array>) {
    PREFETCHED.with(|all| all.borrow_mut().push((url, answer, arrived)));
}

/// Takes the early request for `url` (with `arrived`: only one whose answer is in).
#[cfg(target_arch = "wasm32")]
fn take_prefetched(url: &str, arrived: bool) -> Option<Prefetch> {
    PREFETCHED.with(|all| {
        let mut all = all.borrow_mut();
        let at = all
            .iter()
            .position(|p| p.0 == url && (p.2.is_some() || !arrived))?;
        Some(all.swap_remove(at))
    })
}

/// The text at `url` if the loader's early request for it was answered before the widget
/// started, checked like any fetched text (`None`: it has to be fetched or waited for). The
/// widget then shows the deck, or its error card, in its first render: no "loading" in between,
/// not even for a frame (yew yields to the browser when a render runs long).
#[cfg(target_arch = "wasm32")]
pub fn arrived_text(url: &str) -> Option<Result<String, LoadError>> {
    let answer = take_prefetched(url, true)?.2?;
    // A successful answer carries its text: the loader read it.
    Some(checked(url, &answer).map(Option::unwrap_or_default))
}

/// Outside a browser nothing arrives early.
#[cfg(not(target_arch = "wasm32"))]
pub fn arrived_text(_url: &str) -> Option<Result<String, LoadError>> {
    None
}

/// The text of an answer `[response, text]`, checked by the widget's rules (HTTP status,
/// content type, size); with no text in it, `Ok(None)`: it has still to be read.
#[cfg(target_arch = "wasm32")]
fn checked(url: &str, answer: &js_sys::Array) -> Result<Option<String>, LoadError> {
    use wasm_bindgen::JsCast;
    let response: web_sys::Response = answer.get(0).unchecked_into();
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_string(),
            status: response.status(),
        });
    }
    let headers = response.headers();
    let content_type = headers
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if !(essence.is_empty()
        || essence == "application/json"
        || essence.ends_with("+json")
        || essence == "text/json"
        || essence == "text/plain")
    {
        return Err(LoadError::WrongType {
            url: url.to_string(),
            content_type,
        });
    }
    let length = headers
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    if let Some(bytes) = length.filter(|&b| b > crate::deck::MAX_DECK_BYTES) {
        return Err(LoadError::Invalid {
            origin: DeckOrigin::Url(url.to_owned()),
            errors: vec![crate::deck::DeckError::TooLarge {
                bytes,
                limit: crate::deck::MAX_DECK_BYTES,
            }],
        });
    }
    Ok(answer.get(1).as_string())
}

/// Fetches the text at `url` with the widget's rules (time allowed, HTTP status, content type,
/// size), without reading it as a deck: the studio opens decks with problems too.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text(url: &str, seconds: u32) -> Result<String, LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let network = |err: wasm_bindgen::JsValue| LoadError::Network {
        url: url.to_string(),
        reason: describe_js_error(&err),
    };
    let timed_out = |err: wasm_bindgen::JsValue| {
        // Our signal, or the loader's on a prefetched request.
        let timeout_error = err
            .dyn_ref::<js_sys::Error>()
            .is_some_and(|e| e.name() == "TimeoutError");
        if timeout_error {
            LoadError::Timeout {
                url: url.to_string(),
                seconds,
            }
        } else {
            network(err)
        }
    };
    let answer = match take_prefetched(url, false) {
        Some((_, answer, _)) => JsFuture::from(answer)
            .await
            .map_err(timed_out)?
            .unchecked_into(),
        None => {
            let window = web_sys::window().ok_or_else(|| LoadError::Network {
                url: url.to_string(),
                reason: "no window".into(),
            })?;
            // `AbortSignal.timeout` aborts the request (and reading its body) after the time
            // allowed, with a "TimeoutError": no controller, timer or closure of our own to
            // clean up. Every browser with constructable stylesheets, which the widget needs
            // anyway, has it.
            let init = web_sys::RequestInit::new();
            init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(
                seconds * 1000,
            )));
            let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
                .await
                .map_err(timed_out)?;
            js_sys::Array::of1(&response)
        }
    };
    if let Some(text) = checked(url, &answer)? {
        return Ok(text);
    }
    let response: web_sys::Response = answer.get(0).unchecked_into();
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(timed_out)?;
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
pub async fn fetch_text(url: &str, _seconds: u32) -> Result<String, LoadError> {
    Err(LoadError::Network {
        url: url.to_string(),
        reason: "fetching is only available in a browser".into(),
    })
}
