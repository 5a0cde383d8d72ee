//! Checks that go beyond the JSON shape: ids, references, empty text and links.

use std::collections::HashMap;

use super::{Card, Deck, DeckError};

/// Languages the widget has UI strings for.
pub const SUPPORTED_LANGUAGES: [&str; 2] = ["en", "ja"];

/// Validates a parsed deck and returns every problem found (empty when the deck is fine).
pub fn validate(deck: &Deck) -> Vec<DeckError> {
    let mut out = Vec::new();
    non_empty(&mut out, "id", &deck.id);
    if !deck.id.trim().is_empty() {
        check_id(&mut out, "id", &deck.id);
    }
    if !SUPPORTED_LANGUAGES.contains(&deck.lang.as_str()) {
        out.push(DeckError::UnsupportedLanguage {
            path: "lang".into(),
            lang: deck.lang.clone(),
        });
    }
    non_empty(&mut out, "title", &deck.title);

    let mut source_ids: HashMap<&str, String> = HashMap::new();
    for (i, source) in deck.sources.iter().enumerate() {
        let at = format!("sources[{i}]");
        let id_path = format!("{at}.id");
        if non_empty(&mut out, &id_path, &source.id) {
            if let Some(first) = source_ids.get(source.id.as_str()) {
                out.push(DeckError::DuplicateSourceId {
                    path: id_path,
                    id: source.id.clone(),
                    first: first.clone(),
                });
            } else {
                source_ids.insert(&source.id, id_path);
            }
        }
        non_empty(&mut out, &format!("{at}.title"), &source.title);
        non_empty(&mut out, &format!("{at}.publisher"), &source.publisher);
        non_empty(&mut out, &format!("{at}.date"), &source.date);
        if let Some(url) = &source.url {
            if !is_web_link(url) {
                out.push(DeckError::BadLink {
                    path: format!("{at}.url"),
                    url: url.clone(),
                });
            }
        }
    }

    if deck.cards.is_empty() {
        out.push(DeckError::NoCards {
            path: "cards".into(),
        });
    }
    let mut card_ids: HashMap<&str, String> = HashMap::new();
    for (i, card) in deck.cards.iter().enumerate() {
        let at = format!("cards[{i}]");
        let id_path = format!("{at}.id");
        if non_empty(&mut out, &id_path, card.id()) {
            check_id(&mut out, &id_path, card.id());
            if let Some(first) = card_ids.get(card.id()) {
                out.push(DeckError::DuplicateCardId {
                    path: id_path,
                    id: card.id().to_string(),
                    first: first.clone(),
                });
            } else {
                card_ids.insert(card.id(), id_path);
            }
        }
        non_empty(&mut out, &format!("{at}.title"), card.title());
        match card {
            Card::Text(text) => {
                non_empty(&mut out, &format!("{at}.body"), &text.body);
            }
        }
        if card.sources().is_empty() {
            out.push(DeckError::NoSources {
                path: format!("{at}.sources"),
            });
        }
        for (j, source) in card.sources().iter().enumerate() {
            if !source_ids.contains_key(source.as_str()) {
                out.push(DeckError::UnknownSource {
                    path: format!("{at}.sources[{j}]"),
                    id: source.clone(),
                });
            }
        }
    }
    out
}

/// Records an [`DeckError::Empty`] when `value` is blank; returns whether it was not.
fn non_empty(out: &mut Vec<DeckError>, path: &str, value: &str) -> bool {
    if value.trim().is_empty() {
        out.push(DeckError::Empty { path: path.into() });
        false
    } else {
        true
    }
}

fn check_id(out: &mut Vec<DeckError>, path: &str, id: &str) {
    let ok = id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !ok {
        out.push(DeckError::BadId {
            path: path.into(),
            id: id.into(),
        });
    }
}

/// True for an absolute `http://` or `https://` URL with a host and no whitespace or control
/// characters. Anything else (`javascript:`, `data:`, relative paths) is refused.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}
