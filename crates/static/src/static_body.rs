//! The body of each card kind in the static view: everything at once (every event, case and
//! answer), nothing to operate. One impl per kind, reached through the deck's one match over
//! the kinds (`explainer_deck::each_kind!`), so a new kind does not build without its static
//! form.

use explainer::components::parts::list;
use explainer::components::{numbers_view, SharedDeck};
use explainer::i18n::Ui;
use explainer_deck::{
    paragraphs, segments_or_text, FlowCard, NumbersCard, QuizCard, ScenarioCard, Segment, TextCard,
    TimelineCard,
};
use yew::prelude::*;

/// A card kind's static body.
pub trait StaticBody {
    /// The card's body, in full, for card `index` of `deck`, in the language of `ui`.
    fn static_body(&self, deck: &SharedDeck, index: usize, ui: &'static Ui) -> Html;
}

/// Glossary terms as plain words; the static view lists the glossary after the cards.
impl StaticBody for TextCard {
    fn static_body(&self, _: &SharedDeck, _: usize, _: &'static Ui) -> Html {
        html! {
            <div class="cx-body">
                { for paragraphs(&self.body).map(|p| html! {
                    <p>{ for segments_or_text(p).into_iter().map(|s| match s {
                        Segment::Text(t) => html! { { t } },
                        Segment::Term { shown, id } => html! { <dfn>{ shown.unwrap_or(id) }</dfn> },
                    }) }</p>
                }) }
            </div>
        }
    }
}

/// Every event at once.
impl StaticBody for TimelineCard {
    fn static_body(&self, _: &SharedDeck, _: usize, _: &'static Ui) -> Html {
        html! {
            <ol class="cx-tl-static">
                { for self.events.iter().map(|e| html! {
                    <li><strong>{ &e.date }{ ": " }{ &e.title }</strong>{ ". " }{ &e.detail }</li>
                }) }
            </ol>
        }
    }
}

/// The same figures as in the carousel: there is nothing to operate.
impl StaticBody for NumbersCard {
    fn static_body(&self, _: &SharedDeck, _: usize, ui: &'static Ui) -> Html {
        numbers_view(self, ui)
    }
}

/// Every case at once, each with its questions.
impl StaticBody for ScenarioCard {
    fn static_body(&self, _: &SharedDeck, _: usize, ui: &'static Ui) -> Html {
        html! {
            <div class="cx-scenario-static">
                <p>{ &self.question }</p>
                <p class="cx-column-title">{ ui.settled }</p>
                { list(&self.settled) }
                <p class="cx-column-title">{ ui.open }</p>
                { list(&self.open) }
                { for self.scenarios.iter().map(|case| html! {
                    <>
                        <p><strong>{ &case.label }</strong>{ ": " }{ &case.description }</p>
                        { list(&case.questions) }
                    </>
                }) }
                <p class="cx-caveat">{ &self.caveat }</p>
            </div>
        }
    }
}

/// Every question with its answer marked.
impl StaticBody for QuizCard {
    fn static_body(&self, _: &SharedDeck, _: usize, _: &'static Ui) -> Html {
        html! {
            <ol class="cx-quiz-static">
                { for self.questions.iter().map(|q| html! {
                    <li>
                        <p>{ &q.prompt }</p>
                        <ul>
                            { for q.choices.iter().map(|c| html! {
                                <li>{ &c.text }{ if c.correct { " ✓" } else { "" } }</li>
                            }) }
                        </ul>
                        <p>{ &q.explanation }</p>
                    </li>
                }) }
            </ol>
        }
    }
}

/// Every step with its detail, in order, each citing its sources by their numbers in the card's
/// list (as the carousel does for the selected step).
impl StaticBody for FlowCard {
    fn static_body(&self, _: &SharedDeck, _: usize, ui: &'static Ui) -> Html {
        html! {
            <ol class="cx-flow-static">
                { for self.steps.iter().map(|step| {
                    let mut numbers: Vec<usize> = step
                        .sources
                        .iter()
                        .filter_map(|id| self.sources.iter().position(|s| s == id))
                        .collect();
                    numbers.sort_unstable();
                    let refs: Vec<String> = numbers
                        .iter()
                        .map(|n| format!("{}{}", ui.source_ref, n + 1))
                        .collect();
                    html! {
                        <li>
                            <strong>{ &step.label }</strong>{ ". " }{ &step.detail }
                            { " (" }{ refs.join(", ") }{ ")" }
                        </li>
                    }
                }) }
            </ol>
        }
    }
}
