//! The studio's check that no words of the template are left: a deck started from the
//! template is valid from the first moment (every field has placeholder words), so without
//! this check "The headline of your explainer" could be published. A studio check, not a deck
//! problem: readers' widgets never run it. Pure, so native tests cover it.

use explainer_deck::Deck;
use serde_json::Value;

/// Fields whose values are not words to write over: ids, kinds, languages, and the
/// references to other items.
const NOT_WORDS: &[&str] = &[
    "$schema", "id", "kind", "lang", "card", "source", "sources", "correct",
];

/// Each string of `value` that is words, with its place: its JSON path (`cards[0].title`)
/// and the same path with each card, source and glossary term named by its id instead of its
/// index (`cards[#start].title`), so a card moved or another deleted is still found.
fn words<'a>(value: &'a Value, path: &str, key: &str, out: &mut Vec<(String, String, &'a str)>) {
    match value {
        Value::String(text) if !text.trim().is_empty() => {
            out.push((path.to_string(), key.to_string(), text))
        }
        Value::Array(items) => {
            let by_id = ["cards", "sources", "glossary"].contains(&path);
            for (n, item) in items.iter().enumerate() {
                let id = item.get("id").and_then(Value::as_str).filter(|_| by_id);
                let named = match id {
                    Some(id) => format!("{key}[#{id}]"),
                    None => format!("{key}[{n}]"),
                };
                words(item, &format!("{path}[{n}]"), &named, out);
            }
        }
        Value::Object(fields) => {
            for (name, item) in fields {
                // A card's `sources` are ids it cites; the deck's own are sources, with words.
                let deck_sources = path.is_empty() && name == "sources";
                if NOT_WORDS.contains(&name.as_str()) && !deck_sources {
                    continue;
                }
                let join = |at: &str| {
                    if at.is_empty() {
                        name.clone()
                    } else {
                        format!("{at}.{name}")
                    }
                };
                words(item, &join(path), &join(key), out);
            }
        }
        _ => {}
    }
}

/// The template's words, each with its place (by ids), read once: a deck is checked against
/// them on every change.
#[derive(Debug, Default)]
pub struct Template(Vec<(String, String)>);

impl Template {
    /// The words of `template`.
    pub fn of(template: &Deck) -> Self {
        let Ok(value) = serde_json::to_value(template) else {
            return Self::default();
        };
        let mut words_of = Vec::new();
        words(&value, "", "", &mut words_of);
        Self(
            words_of
                .into_iter()
                .map(|(_, key, text)| (key, text.to_string()))
                .collect(),
        )
    }

    /// The paths of `deck`'s fields that still hold the words the template has in the same
    /// place: the same field of the card (source, term) with the same id, in the deck's order.
    pub fn left(&self, deck: &Deck) -> Vec<String> {
        let Ok(deck) = serde_json::to_value(deck) else {
            return Vec::new();
        };
        let mut ours = Vec::new();
        words(&deck, "", "", &mut ours);
        ours.into_iter()
            .filter(|(_, key, text)| self.0.iter().any(|(k, t)| k == key && t == text))
            .map(|(path, ..)| path)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Template;
    use explainer_deck::Deck;

    fn left(deck: &Deck, template: &Deck) -> Vec<String> {
        Template::of(template).left(deck)
    }

    #[test]
    fn the_templates_words_are_found_until_written_over() {
        let template =
            explainer_deck::deck_from_sheet(include_str!("../../../docs/deck-template.csv"))
                .unwrap();
        // The template itself: every field of words is still the template's.
        let all = left(&template, &template);
        assert!(all.contains(&"title".to_string()));
        assert!(all.contains(&"cards[0].title".to_string()));
        assert!(all.contains(&"cards[0].media.alt".to_string()));
        assert!(!all
            .iter()
            .any(|p| p.ends_with(".id") || p.ends_with("kind")));
        // Written over, a field is no longer found.
        let mut mine = template.clone();
        mine.title = "My own headline".into();
        let now = left(&mine, &template);
        assert!(!now.contains(&"title".to_string()));
        assert_eq!(now.len(), all.len() - 1);
        let all = left(&template, &template);
        // Short words, figures, dates, sources and terms are the template's too.
        for path in [
            "cards[5].title",
            "cards[2].figures[0].value",
            "sources[0].publisher",
            "glossary[0].term",
        ] {
            assert!(all.contains(&path.to_string()), "{path}");
        }
        // A card deleted above the others, or moved: the rest are still found, where they
        // now are.
        let mut moved = template.clone();
        moved.cards.remove(0);
        let quiz = moved.cards.remove(moved.cards.len() - 1);
        moved.cards.insert(0, quiz);
        let now = left(&moved, &template);
        assert!(now.contains(&"cards[0].title".to_string()));
        assert!(now.contains(&"cards[1].title".to_string()));
        // A deck of its own has none of them.
        let shipped = explainer_deck::parse_deck(explainer_deck::BUILTIN_DECK_EN).unwrap();
        assert_eq!(left(&shipped, &template), Vec::<String>::new());
    }
}
