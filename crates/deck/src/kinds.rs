//! The interactive card kinds. Each has `id`, `title` and `sources` like a text card.

use serde::{Deserialize, Serialize};

use crate::{Correction, Media};

/// A timeline of dated events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TimelineCard {
    /// See [`super::Card::id`].
    pub id: String,
    /// See [`super::Card::title`].
    pub title: String,
    /// The events, oldest first.
    pub events: Vec<TimelineEvent>,
    /// See [`super::Card::sources`].
    pub sources: Vec<String>,
    /// See [`super::Card::media`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    /// See [`super::Card::corrections`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// One event of a timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TimelineEvent {
    /// Identifier, unique within the timeline.
    pub id: String,
    /// The date as readers should see it (`May 2017`, `2019年4月19日`).
    pub date: String,
    /// A few words.
    pub title: String,
    /// One or two sentences.
    pub detail: String,
    /// Id of the card that tells this part of the story, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
}

/// Big numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NumbersCard {
    /// See [`super::Card::id`].
    pub id: String,
    /// See [`super::Card::title`].
    pub title: String,
    /// The figures, in reading order.
    pub figures: Vec<Figure>,
    /// See [`super::Card::sources`].
    pub sources: Vec<String>,
    /// See [`super::Card::media`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    /// See [`super::Card::corrections`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// One figure of a numbers card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The figure as shown, large (`150`, `US$81 million`).
    pub value: String,
    /// One line saying what it counts.
    pub label: String,
    /// Id of the source it comes from: one of its card's `sources`, which readers see
    /// numbered ("Source 2").
    pub source: String,
}

/// The scenario explorer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScenarioCard {
    /// See [`super::Card::id`].
    pub id: String,
    /// See [`super::Card::title`].
    pub title: String,
    /// The question put to the reader.
    pub question: String,
    /// What the sources settle, the same for every case.
    pub settled: Vec<String>,
    /// What the sources leave open, the same for every case.
    pub open: Vec<String>,
    /// A reminder that no verdict is given; shown with every case.
    pub caveat: String,
    /// The hypothetical cases: at least 2 (`MIN_CASES`).
    pub scenarios: Vec<Scenario>,
    /// See [`super::Card::sources`].
    pub sources: Vec<String>,
    /// See [`super::Card::media`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    /// See [`super::Card::corrections`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// One hypothetical case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Identifier, unique within the card.
    pub id: String,
    /// Short label for the picker.
    pub label: String,
    /// The case in a sentence or two.
    pub description: String,
    /// The open questions this case raises, never a verdict: at least 1 (`MIN_CASE_QUESTIONS`).
    pub questions: Vec<String>,
}

/// A quiz.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuizCard {
    /// See [`super::Card::id`].
    pub id: String,
    /// See [`super::Card::title`].
    pub title: String,
    /// The questions, asked in order: at least 1 (`MIN_QUIZ_QUESTIONS`).
    pub questions: Vec<Question>,
    /// See [`super::Card::sources`].
    pub sources: Vec<String>,
    /// See [`super::Card::media`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    /// See [`super::Card::corrections`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// One multiple-choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Identifier, unique within the quiz.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// The possible answers: at least 2 (`MIN_CHOICES`); exactly one has `correct: true`.
    pub choices: Vec<Choice>,
    /// Why the right answer is right, shown after any answer.
    pub explanation: String,
    /// Id of the card that explains it.
    pub card: String,
}

/// One possible answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The answer's text.
    pub text: String,
    /// True for the right answer; left out for the others (and so written only when true).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub correct: bool,
}

/// A process told as steps, drawn as boxes joined by arrows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FlowCard {
    /// See [`super::Card::id`].
    pub id: String,
    /// See [`super::Card::title`].
    pub title: String,
    /// The steps, in order: 2 to 8 (`MIN_FLOW_STEPS`, `MAX_FLOW_STEPS`).
    pub steps: Vec<FlowStep>,
    /// See [`super::Card::sources`].
    pub sources: Vec<String>,
    /// See [`super::Card::media`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    /// See [`super::Card::corrections`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// One step of a flow card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FlowStep {
    /// A few words, shown in the step's box.
    pub label: String,
    /// A sentence or two, shown when the step is selected.
    pub detail: String,
    /// Ids of the sources this step rests on: each one of its card's `sources`, which readers
    /// see numbered ("Source 2").
    pub sources: Vec<String>,
}
