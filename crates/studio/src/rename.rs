//! Renaming an id renames what refers to it: a source's id in every card's source list, every
//! figure's and step's source and every glossary term's; a card's id in every timeline event
//! and quiz question that links to it; a glossary term's id in the text cards' markup. Pure, so
//! native tests cover it.
//!
//! References follow only from an id that was this item's alone, to a free one: while an editor
//! types a new id, an intermediate one may be another item's, and merging their references
//! could not be undone by typing on. A cleared id keeps its references; typing a new one then
//! takes them up again (they are the only references to no item).

use explainer_deck::{each_kind, Card, Deck};

/// Every id the cards and glossary cite as a source.
fn cited_sources(deck: &Deck) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for card in &deck.cards {
        ids.extend(card.sources().iter().cloned());
        match card {
            Card::Numbers(n) => ids.extend(n.figures.iter().map(|f| f.source.clone())),
            Card::Flow(f) => ids.extend(f.steps.iter().flat_map(|s| s.sources.iter().cloned())),
            _ => {}
        }
    }
    ids.extend(deck.glossary.iter().filter_map(|t| t.source.clone()));
    ids
}

/// The id to rename from: `old`, or, when it was cleared, the one id that references name and
/// no item has (`known`); `None` when there is nothing to follow safely.
fn from_id(old: &str, new: &str, cited: Vec<String>, known: &[&str]) -> Option<String> {
    if old == new || new.is_empty() || known.iter().filter(|k| **k == new).count() > 1 {
        return None;
    }
    // Another item still has the old id: its references are not this one's to take.
    if known.contains(&old) {
        return None;
    }
    if !old.is_empty() {
        return Some(old.to_string());
    }
    let mut orphans: Vec<String> = cited
        .into_iter()
        .filter(|c| !c.is_empty() && !known.contains(&c.as_str()))
        .collect();
    orphans.sort();
    orphans.dedup();
    (orphans.len() == 1).then(|| orphans.remove(0))
}

/// Source `old` is now `new`: every reference to it follows (see the module's rules).
pub fn rename_source(deck: &mut Deck, old: &str, new: &str) {
    let known: Vec<&str> = deck.sources.iter().map(|s| s.id.as_str()).collect();
    let Some(old) = from_id(old, new, cited_sources(deck), &known) else {
        return;
    };
    let old = old.as_str();
    let swap = |id: &mut String| {
        if id == old {
            *id = new.to_string();
        }
    };
    for card in &mut deck.cards {
        each_kind!(card, c => c.sources.iter_mut().for_each(swap));
        match card {
            Card::Numbers(n) => n.figures.iter_mut().for_each(|f| swap(&mut f.source)),
            Card::Flow(f) => f
                .steps
                .iter_mut()
                .for_each(|s| s.sources.iter_mut().for_each(swap)),
            _ => {}
        }
    }
    for term in &mut deck.glossary {
        if let Some(id) = &mut term.source {
            swap(id);
        }
    }
}

/// Card `old` is now `new`: every link to it follows (see the module's rules).
pub fn rename_card(deck: &mut Deck, old: &str, new: &str) {
    let mut linked = Vec::new();
    for card in &deck.cards {
        match card {
            Card::Timeline(t) => linked.extend(t.events.iter().filter_map(|e| e.card.clone())),
            Card::Quiz(q) => linked.extend(q.questions.iter().map(|q| q.card.clone())),
            _ => {}
        }
    }
    let known: Vec<&str> = deck.cards.iter().map(|c| c.id()).collect();
    let Some(old) = from_id(old, new, linked, &known) else {
        return;
    };
    let old = old.as_str();
    for card in &mut deck.cards {
        match card {
            Card::Timeline(t) => {
                for event in &mut t.events {
                    if event.card.as_deref() == Some(old) {
                        event.card = Some(new.to_string());
                    }
                }
            }
            Card::Quiz(q) => {
                for question in &mut q.questions {
                    if question.card == old {
                        question.card = new.to_string();
                    }
                }
            }
            _ => {}
        }
    }
}

/// Glossary term `old` is now `new`: the text cards' markup follows, keeping the words readers
/// see (`[[old]]` showed the id itself, so it becomes `[[old|new]]`).
pub fn rename_term(deck: &mut Deck, old: &str, new: &str) {
    let known: Vec<&str> = deck.glossary.iter().map(|t| t.id.as_str()).collect();
    // (A cleared term id is not followed: the markup's ids are not read back here.)
    if old.is_empty() || from_id(old, new, Vec::new(), &known).is_none() {
        return;
    }
    for card in &mut deck.cards {
        if let Card::Text(t) = card {
            t.body = t
                .body
                .replace(&format!("[[{old}]]"), &format!("[[{old}|{new}]]"))
                .replace(&format!("|{old}]]"), &format!("|{new}]]"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        serde_json::from_str(
            r#"{"id":"d","lang":"en","title":"D","sources":[
                {"id":"s1","description":"A","date":"2019"},{"id":"s2","description":"B","date":"2019"}],
              "glossary":[{"id":"worm","term":"worm","definition":"A program.","source":"s1"}],
              "cards":[
                {"kind":"text","id":"a","title":"A","body":"A [[worm]] and a [[bug|worm]].","sources":["s1","s2"]},
                {"kind":"numbers","id":"n","title":"N","figures":[{"value":"1","label":"x","source":"s1"}],"sources":["s1"]},
                {"kind":"quiz","id":"q","title":"Q","sources":["s2"],"questions":[{"id":"q1","prompt":"?","choices":[{"text":"y","correct":true},{"text":"n","correct":false}],"explanation":".","card":"a"}]}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_renamed_source_is_renamed_where_it_is_cited() {
        let mut d = deck();
        d.sources[0].id = "press".into();
        rename_source(&mut d, "s1", "press");
        assert_eq!(d.cards[0].sources(), ["press", "s2"]);
        let Card::Numbers(n) = &d.cards[1] else {
            panic!()
        };
        assert_eq!(n.figures[0].source, "press");
        assert_eq!(d.glossary[0].source.as_deref(), Some("press"));
        assert!(
            explainer_deck::validate(&d).is_empty(),
            "{:?}",
            explainer_deck::validate(&d)
        );
    }

    #[test]
    fn an_id_already_taken_takes_no_references() {
        let mut d = deck();
        d.sources[0].id = "s2".into();
        rename_source(&mut d, "s1", "s2");
        assert_eq!(d.cards[0].sources(), ["s1", "s2"]);
    }

    #[test]
    fn typing_on_past_another_sources_id_leaves_its_citations_alone() {
        // Source 2 becomes "s1" (source 1's id) on the way to "s1x".
        let mut d = deck();
        d.sources[1].id = "s1".into();
        rename_source(&mut d, "s2", "s1");
        d.sources[1].id = "s1x".into();
        rename_source(&mut d, "s1", "s1x");
        // Source 1's citations are still source 1's.
        assert_eq!(d.cards[0].sources()[0], "s1");
        let Card::Numbers(n) = &d.cards[1] else {
            panic!()
        };
        assert_eq!(n.figures[0].source, "s1");
    }

    #[test]
    fn a_cleared_id_keeps_its_references_until_a_new_one_is_typed() {
        let mut d = deck();
        each_kind!(&mut d.cards[0], c => c.id = String::new());
        rename_card(&mut d, "a", "");
        let Card::Quiz(q) = &d.cards[2] else { panic!() };
        assert_eq!(q.questions[0].card, "a");
        each_kind!(&mut d.cards[0], c => c.id = "t".into());
        rename_card(&mut d, "", "t");
        let Card::Quiz(q) = &d.cards[2] else { panic!() };
        assert_eq!(q.questions[0].card, "t");
        // Sources alike.
        d.sources[0].id = String::new();
        rename_source(&mut d, "s1", "");
        d.sources[0].id = "p".into();
        rename_source(&mut d, "", "p");
        assert_eq!(d.cards[0].sources(), ["p", "s2"]);
    }

    #[test]
    fn a_renamed_card_and_term_are_followed() {
        let mut d = deck();
        each_kind!(&mut d.cards[0], c => c.id = "intro".into());
        rename_card(&mut d, "a", "intro");
        let Card::Quiz(q) = &d.cards[2] else { panic!() };
        assert_eq!(q.questions[0].card, "intro");
        d.glossary[0].id = "malware".into();
        rename_term(&mut d, "worm", "malware");
        let Card::Text(t) = &d.cards[0] else { panic!() };
        assert_eq!(t.body, "A [[worm|malware]] and a [[bug|malware]].");
        assert!(
            explainer_deck::validate(&d).is_empty(),
            "{:?}",
            explainer_deck::validate(&d)
        );
    }
}
