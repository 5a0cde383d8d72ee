//! Checks that go beyond the JSON shape: ids, references, empty text, markup and links.

use super::markup::{parse_markup, MarkupError, Segment};
use super::{is_relative, Card, Deck, DeckError, IsoDate, Media};

/// The most characters any one text of a deck may have (a body of many paragraphs fits).
pub const MAX_TEXT_CHARS: usize = 20_000;
/// The most cards a deck may have.
pub const MAX_CARDS: usize = 2_000;
/// The fewest hypothetical cases a scenario card may have (a choice needs two).
pub const MIN_CASES: usize = 2;
/// The fewest open questions a scenario's case may have.
pub const MIN_CASE_QUESTIONS: usize = 1;
/// The fewest questions a quiz may have.
pub const MIN_QUIZ_QUESTIONS: usize = 1;
/// The fewest choices a quiz question may have.
pub const MIN_CHOICES: usize = 2;
/// The fewest steps a flow card may have (one step is not a process).
pub const MIN_FLOW_STEPS: usize = 2;
/// The most steps a flow card may have (more do not fit as boxes in a row).
pub const MAX_FLOW_STEPS: usize = 8;

/// The ids of one list of a deck (sources, cards or glossary terms), sorted for lookups, each
/// with its place in the list. A sorted vector rather than a `HashSet`/`HashMap`: hashbrown's
/// code for these key types cost 1,371 B gzipped in the reader's wasm, of which the sort takes
/// back ~730 B (net −643 B, docs/size-rules.md; bench/per-change.md); a linear search, the smallest, made a
/// 1,000-card deck start ~40 ms later at 4× CPU.
struct Ids<'d>(Vec<(&'d str, usize)>);

impl<'d> Ids<'d> {
    fn new(ids: impl Iterator<Item = &'d str>) -> Self {
        let mut ids: Vec<_> = ids.enumerate().map(|(at, id)| (id, at)).collect();
        // By id, then by place: the first of equal ids is the one that came first.
        ids.sort_unstable();
        Ids(ids)
    }

    /// The place in the list of the first id equal to `id`.
    fn first(&self, id: &str) -> Option<usize> {
        let at = self.0.partition_point(|&(other, _)| other < id);
        self.0
            .get(at)
            .filter(|&&(other, _)| other == id)
            .map(|&(_, place)| place)
    }

    fn contains(&self, id: &str) -> bool {
        self.first(id).is_some()
    }
}

/// Collects problems while walking a deck.
struct Check<'d> {
    out: Vec<DeckError>,
    /// Today, where known: dates after it are refused.
    today: Option<IsoDate>,
    sources: Ids<'d>,
    cards: Ids<'d>,
    terms: Ids<'d>,
}

impl<'d> Check<'d> {
    /// Records [`DeckError::Empty`] when `value` is blank; returns whether it was not.
    fn text(&mut self, path: &str, value: &str) -> bool {
        if value.trim().is_empty() {
            self.out.push(DeckError::Empty { path: path.into() });
            false
        } else {
            let chars = value.chars().count();
            if chars > MAX_TEXT_CHARS {
                self.out.push(DeckError::TooLong {
                    path: path.into(),
                    chars,
                    limit: MAX_TEXT_CHARS,
                });
            }
            true
        }
    }

    fn id(&mut self, path: &str, id: &str) {
        if self.text(path, id) && !is_id(id) {
            self.out.push(DeckError::BadId {
                path: path.into(),
                id: id.into(),
            });
        }
    }

    fn at_least(&mut self, path: &str, len: usize, min: usize, what: &'static str) {
        if len < min {
            self.out.push(DeckError::TooFew {
                path: path.into(),
                min,
                what,
            });
        }
    }

    /// Checks that the ids of a list are present and unique.
    fn unique<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str> + Clone) {
        let sorted = Ids::new(ids.clone());
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            self.id(&path, id);
            if let Some(first) = sorted.first(id).filter(|&first| first < i) {
                self.out.push(DeckError::DuplicateId {
                    path,
                    id: id.into(),
                    first: format!("{list}[{first}].id"),
                });
            }
        }
    }

    fn source(&mut self, path: String, id: &str) {
        if !self.sources.contains(id) {
            self.out.push(DeckError::UnknownSource {
                path,
                id: id.into(),
            });
        }
    }

    fn card(&mut self, path: String, id: &str) {
        if !self.cards.contains(id) {
            self.out.push(DeckError::UnknownCard {
                path,
                id: id.into(),
            });
        }
    }

    /// A date a deck states for itself: a real `YYYY-MM-DD`, not after today.
    fn date(&mut self, path: String, date: &str) {
        match IsoDate::parse(date.trim()) {
            None => self.out.push(DeckError::BadDate {
                path,
                date: date.into(),
            }),
            Some(day) => {
                if let Some(today) = self.today.filter(|&today| day > today) {
                    self.out.push(DeckError::FutureDate {
                        path,
                        date: date.into(),
                        today: today.to_string(),
                    });
                }
            }
        }
    }

    /// Records [`DeckError::BadLink`] unless `url` is an absolute web link.
    fn link(&mut self, path: String, url: &str) {
        if !is_web_link(url) {
            self.out.push(DeckError::BadLink {
                path,
                url: url.into(),
            });
        }
    }

    /// A source a part of a card rests on (a figure, a step): it must be one of the card's
    /// own, since readers see it by its number in the card's list.
    fn cited(&mut self, path: String, id: &str, card_sources: &[String]) {
        if !card_sources.iter().any(|s| s == id) {
            self.out.push(DeckError::FigureSourceNotCited {
                path,
                id: id.into(),
            });
        }
    }

    fn media(&mut self, at: &str, media: &Media) {
        let addresses = std::iter::once((format!("{at}.src"), &media.src)).chain(
            media
                .files
                .iter()
                .enumerate()
                .map(|(i, f)| (format!("{at}.files[{i}].src"), &f.src)),
        );
        for (path, src) in addresses {
            if !(is_relative(src) || is_web_link(src)) {
                self.out.push(DeckError::BadMediaUrl {
                    path,
                    url: src.clone(),
                });
            }
        }
        let sizes = [("width", media.width), ("height", media.height)]
            .into_iter()
            .map(|(name, px)| (format!("{at}.{name}"), px))
            .chain(
                media
                    .files
                    .iter()
                    .enumerate()
                    .map(|(i, f)| (format!("{at}.files[{i}].width"), f.width)),
            );
        for (path, px) in sizes {
            if px == 0 {
                self.out.push(DeckError::NoPixels { path });
            }
        }
        let alt = format!("{at}.alt");
        match (media.decorative, media.alt.trim().is_empty()) {
            (false, true) => self.out.push(DeckError::NoAlt { path: alt }),
            (true, false) => self.out.push(DeckError::DecorativeWithAlt { path: alt }),
            (false, false) => {
                self.text(&alt, &media.alt);
            }
            (true, true) => {}
        }
        for (name, text) in [("caption", &media.caption), ("credit", &media.credit)] {
            if let Some(text) = text {
                self.text(&format!("{at}.{name}"), text);
            }
        }
        if let Some(url) = &media.credit_url {
            self.link(format!("{at}.credit_url"), url);
        }
    }

    fn markup(&mut self, path: &str, text: &str) {
        match parse_markup(text) {
            Ok(segments) => {
                for segment in segments {
                    if let Segment::Term { id, .. } = segment {
                        if !self.terms.contains(id) {
                            self.out.push(DeckError::UnknownTerm {
                                path: path.into(),
                                id: id.into(),
                            });
                        }
                    }
                }
            }
            Err(err) => {
                let (message, byte) = match err {
                    MarkupError::Unclosed(at) => ("\"[[\" is not closed by \"]]\"", at),
                    MarkupError::Empty(at) => ("empty glossary markup", at),
                };
                self.out.push(DeckError::BadMarkup {
                    path: path.into(),
                    message,
                    at: text[..byte].chars().count() + 1,
                });
            }
        }
    }
}

/// Validates a parsed deck and returns every problem found (empty when the deck is fine).
/// Dates are checked against today where the platform has a clock ([`IsoDate::today`]); in a
/// browser, call [`validate_as_of`] with the browser's date.
pub fn validate(deck: &Deck) -> Vec<DeckError> {
    validate_as_of(deck, IsoDate::today())
}

/// [`validate`], with dates after `today` refused (none are, when `today` is `None`).
pub fn validate_as_of(deck: &Deck, today: Option<IsoDate>) -> Vec<DeckError> {
    let mut c = Check {
        out: Vec::new(),
        today,
        sources: Ids::new(deck.sources.iter().map(|s| s.id.as_str())),
        cards: Ids::new(deck.cards.iter().map(|c| c.id())),
        terms: Ids::new(deck.glossary.iter().map(|t| t.id.as_str())),
    };
    c.id("id", &deck.id);
    c.text("title", &deck.title);
    if let Some(updated) = &deck.updated {
        c.date("updated".into(), updated);
    }

    for (i, source) in deck.sources.iter().enumerate() {
        let at = format!("sources[{i}]");
        let id_path = format!("{at}.id");
        if c.text(&id_path, &source.id) {
            if let Some(first) = c.sources.first(&source.id).filter(|&first| first < i) {
                c.out.push(DeckError::DuplicateSourceId {
                    path: id_path,
                    id: source.id.clone(),
                    first: format!("sources[{first}].id"),
                });
            }
        }
        if let Some(title) = &source.title {
            c.text(&format!("{at}.title"), title);
        }
        if let Some(description) = &source.description {
            c.text(&format!("{at}.description"), description);
        }
        if source.title.is_none() && source.description.is_none() {
            c.out.push(DeckError::Unnamed { path: at.clone() });
        }
        if let Some(publisher) = &source.publisher {
            c.text(&format!("{at}.publisher"), publisher);
        }
        c.text(&format!("{at}.date"), &source.date);
        if let Some(url) = &source.url {
            c.link(format!("{at}.url"), url);
        }
    }

    c.unique("glossary", deck.glossary.iter().map(|t| t.id.as_str()));
    for (i, term) in deck.glossary.iter().enumerate() {
        c.text(&format!("glossary[{i}].term"), &term.term);
        c.text(&format!("glossary[{i}].definition"), &term.definition);
        if let Some(source) = &term.source {
            c.source(format!("glossary[{i}].source"), source);
        }
    }

    if deck.cards.is_empty() {
        c.out.push(DeckError::NoCards {
            path: "cards".into(),
        });
    }
    if deck.cards.len() > MAX_CARDS {
        c.out.push(DeckError::TooMany {
            path: "cards".into(),
            count: deck.cards.len(),
            limit: MAX_CARDS,
        });
    }
    for (i, card) in deck.cards.iter().enumerate() {
        let at = format!("cards[{i}]");
        let id_path = format!("{at}.id");
        if c.text(&id_path, card.id()) {
            c.id(&id_path, card.id());
            if let Some(first) = c.cards.first(card.id()).filter(|&first| first < i) {
                c.out.push(DeckError::DuplicateCardId {
                    path: id_path,
                    id: card.id().to_string(),
                    first: format!("cards[{first}].id"),
                });
            }
        }
        c.text(&format!("{at}.title"), card.title());
        validate_kind(&mut c, &at, card);
        if let Some(media) = card.media() {
            c.media(&format!("{at}.media"), media);
        }
        for (j, correction) in card.corrections().iter().enumerate() {
            let path = format!("{at}.corrections[{j}]");
            c.date(format!("{path}.date"), &correction.date);
            c.text(&format!("{path}.text"), &correction.text);
        }
        if card.sources().is_empty() {
            c.out.push(DeckError::NoSources {
                path: format!("{at}.sources"),
            });
        }
        for (j, source) in card.sources().iter().enumerate() {
            c.source(format!("{at}.sources[{j}]"), source);
        }
    }
    c.out
}

fn validate_kind(c: &mut Check<'_>, at: &str, card: &Card) {
    match card {
        Card::Text(text) => {
            let path = format!("{at}.body");
            if c.text(&path, &text.body) {
                c.markup(&path, &text.body);
            }
        }
        Card::Timeline(timeline) => {
            let list = format!("{at}.events");
            c.at_least(&list, timeline.events.len(), 1, "event");
            c.unique(&list, timeline.events.iter().map(|e| e.id.as_str()));
            for (i, event) in timeline.events.iter().enumerate() {
                let e = format!("{list}[{i}]");
                c.text(&format!("{e}.date"), &event.date);
                c.text(&format!("{e}.title"), &event.title);
                c.text(&format!("{e}.detail"), &event.detail);
                if let Some(card) = &event.card {
                    c.card(format!("{e}.card"), card);
                }
            }
        }
        Card::Numbers(numbers) => {
            let list = format!("{at}.figures");
            c.at_least(&list, numbers.figures.len(), 1, "figure");
            for (i, figure) in numbers.figures.iter().enumerate() {
                let f = format!("{list}[{i}]");
                c.text(&format!("{f}.value"), &figure.value);
                c.text(&format!("{f}.label"), &figure.label);
                let path = format!("{f}.source");
                if c.text(&path, &figure.source) {
                    c.cited(path, &figure.source, &numbers.sources);
                }
            }
        }
        Card::Scenario(scenario) => {
            c.text(&format!("{at}.question"), &scenario.question);
            c.text(&format!("{at}.caveat"), &scenario.caveat);
            for (name, list) in [("settled", &scenario.settled), ("open", &scenario.open)] {
                let path = format!("{at}.{name}");
                c.at_least(&path, list.len(), 1, "point");
                for (i, point) in list.iter().enumerate() {
                    c.text(&format!("{path}[{i}]"), point);
                }
            }
            let list = format!("{at}.scenarios");
            c.at_least(&list, scenario.scenarios.len(), MIN_CASES, "scenarios");
            c.unique(&list, scenario.scenarios.iter().map(|s| s.id.as_str()));
            for (i, case) in scenario.scenarios.iter().enumerate() {
                let s = format!("{list}[{i}]");
                c.text(&format!("{s}.label"), &case.label);
                c.text(&format!("{s}.description"), &case.description);
                c.at_least(
                    &format!("{s}.questions"),
                    case.questions.len(),
                    MIN_CASE_QUESTIONS,
                    "question",
                );
                for (j, q) in case.questions.iter().enumerate() {
                    c.text(&format!("{s}.questions[{j}]"), q);
                }
            }
        }
        Card::Quiz(quiz) => {
            let list = format!("{at}.questions");
            c.at_least(&list, quiz.questions.len(), MIN_QUIZ_QUESTIONS, "question");
            c.unique(&list, quiz.questions.iter().map(|q| q.id.as_str()));
            for (i, question) in quiz.questions.iter().enumerate() {
                let q = format!("{list}[{i}]");
                c.text(&format!("{q}.prompt"), &question.prompt);
                c.text(&format!("{q}.explanation"), &question.explanation);
                c.card(format!("{q}.card"), &question.card);
                let choices = format!("{q}.choices");
                c.at_least(&choices, question.choices.len(), MIN_CHOICES, "choices");
                for (j, choice) in question.choices.iter().enumerate() {
                    c.text(&format!("{choices}[{j}].text"), &choice.text);
                }
                let found = question.choices.iter().filter(|c| c.correct).count();
                if found != 1 {
                    c.out.push(DeckError::QuizAnswer {
                        path: choices,
                        found,
                    });
                }
            }
        }
        Card::Flow(flow) => {
            let list = format!("{at}.steps");
            c.at_least(&list, flow.steps.len(), MIN_FLOW_STEPS, "steps");
            if flow.steps.len() > MAX_FLOW_STEPS {
                c.out.push(DeckError::TooMany {
                    path: list.clone(),
                    count: flow.steps.len(),
                    limit: MAX_FLOW_STEPS,
                });
            }
            for (i, step) in flow.steps.iter().enumerate() {
                let s = format!("{list}[{i}]");
                c.text(&format!("{s}.label"), &step.label);
                c.text(&format!("{s}.detail"), &step.detail);
                let sources = format!("{s}.sources");
                c.at_least(&sources, step.sources.len(), 1, "source");
                for (j, id) in step.sources.iter().enumerate() {
                    c.cited(format!("{sources}[{j}]"), id, &flow.sources);
                }
            }
        }
    }
}

/// True for ids made of `a-z`, `0-9` and `-` (and not empty: that is its own problem where
/// ids are checked, and no name for a file).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && is_id(id)
}

/// True for ids made of `a-z`, `0-9` and `-`.
fn is_id(id: &str) -> bool {
    id.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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
