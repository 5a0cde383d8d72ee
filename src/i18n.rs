//! Every string the widget itself says (not the deck's text), per language. The problems
//! listed under an error card (`cards[3].title: must not be empty`) stay in English, marked
//! `lang="en"`: they are diagnostics for editors, word for word what `deck-check` prints, so
//! they can be searched for.

use crate::load::{DeckOrigin, LoadError};

pub use crate::deck::Lang;

/// The UI strings of each language live here, beside the strings; the language itself is part
/// of the content model (`explainer-deck`'s `Lang`). Components find theirs as
/// `deck.lang.ui()`: a typed field, nothing parsed, and no context (a size rule,
/// docs/size-rules.md).
pub trait LangUi {
    /// The UI strings of this language.
    fn ui(self) -> &'static Ui;
}

impl LangUi for Lang {
    fn ui(self) -> &'static Ui {
        match self {
            Lang::En => &EN,
            Lang::Ja => &JA,
            #[cfg(explainer_pseudo_locale)]
            Lang::Pseudo => &PSEUDO,
        }
    }
}

/// The widget's own strings in one language. Positions are built by the methods below, since
/// word order differs between languages.
#[derive(Debug)]
pub struct Ui {
    /// The language's name in itself, on the language switch.
    pub name: &'static str,
    /// Small label above the deck title.
    pub kicker: &'static str,
    /// Text of the "previous" button.
    pub previous: &'static str,
    /// Text of the "next" button.
    pub next: &'static str,
    /// Accessible name of the group of progress dots.
    pub choose_card: &'static str,
    /// Heading of a card's source list.
    pub sources: &'static str,
    /// A figure's reference to its card's numbered source list, before the number
    /// ("Source 2").
    pub source_ref: &'static str,
    /// Shown while a deck is being fetched.
    pub loading: &'static str,
    /// Heading of the error card.
    pub error_title: &'static str,
    /// Line above the list of deck problems.
    pub error_intro: &'static str,
    /// Hint for the person who can fix the deck.
    pub error_hint: &'static str,
    /// Button that tries to load the deck again.
    pub retry_load: &'static str,
    /// Announced after a link that opens in a new tab.
    pub new_tab: &'static str,
    /// Glossary popover: close button.
    pub close: &'static str,
    /// Glossary popover: label before the definition's source.
    pub source: &'static str,
    /// Timeline: accessible name of the list of events.
    pub timeline: &'static str,
    /// Before a deck's last-update date ("Updated …").
    pub updated_before: &'static str,
    /// After it ("…更新").
    pub updated_after: &'static str,
    /// Before a correction's date ("Correction, …").
    pub correction_before: &'static str,
    /// Between a correction's date and its text.
    pub correction_after: &'static str,
    /// Accessible name of a card's corrections.
    pub corrections: &'static str,
    /// Added to a progress dot's label when its card has a correction.
    pub corrected_mark: &'static str,
    /// A date as readers of this language write it ("December 4, 2026", "2026年12月4日").
    pub date_text: fn(crate::deck::IsoDate) -> String,
    /// Flow card: accessible name of the list of steps.
    pub steps: &'static str,
    /// Timeline and quiz: button that jumps to the card telling the story.
    pub read_card: &'static str,
    /// Scenario explorer: legend of the picker.
    pub pick_case: &'static str,
    /// Scenario explorer: heading of what the deck's sources settle (neutral: every deck's
    /// scenario card shows it).
    pub settled: &'static str,
    /// Scenario explorer: heading of what they leave open.
    pub open: &'static str,
    /// Scenario explorer: heading of the case's own questions.
    pub case_questions: &'static str,
    /// Quiz: button that checks the chosen answer.
    pub check: &'static str,
    /// Quiz: button to the next question.
    pub next_question: &'static str,
    /// Quiz: button to see the score after the last question.
    pub see_score: &'static str,
    /// Quiz: feedback for a right answer.
    pub right: &'static str,
    /// Quiz: feedback for a wrong answer.
    pub wrong: &'static str,
    /// Quiz: asks the reader to choose before checking.
    pub choose_first: &'static str,
    /// Quiz: start again.
    pub retry: &'static str,
    /// Switch to the deck's other edition.
    pub language: &'static str,
    /// The button under a card that shares a link to it.
    pub share: &'static str,
    /// Said (and shown) once the link is on the clipboard.
    pub link_copied: &'static str,
    /// Label of the field holding the link when the browser refused the clipboard.
    pub copy_link: &'static str,
    /// Said when a link named a card the deck does not have (the first card shows instead).
    pub link_unknown: &'static str,
    /// Shown in place of the widget after an internal error (a panic): the module is dead.
    /// `web/explainer.js` says the same words when the release build's panic is a trap, since
    /// no Rust runs after that (a native test keeps the two the same). Not in that release
    /// build's wasm, where nothing would read it.
    #[cfg(not(panic = "immediate-abort"))]
    pub stopped: &'static str,
    of: &'static str,
    card: &'static str,
    question: &'static str,
    step: &'static str,
    score_text: fn(usize, usize) -> String,
    load_error_text: fn(&LoadError) -> String,
}

const EN: Ui = Ui {
    name: "English",
    kicker: "Explainer",
    previous: "Previous",
    next: "Next",
    choose_card: "Choose a card",
    sources: "Sources",
    source_ref: "Source ",
    loading: "Loading the explainer…",
    error_title: "This explainer could not be shown",
    error_intro: "Problems found:",
    error_hint: "Editors: fix each problem at the place named, then reload the page. For the exact line and column of each, run make check-deck DECK=<your deck file>.",
    retry_load: "Try again",
    new_tab: "(opens in a new tab)",
    close: "Close",
    source: "Source:",
    timeline: "Events",
    steps: "Steps",
    updated_before: "Updated ",
    updated_after: "",
    correction_before: "Correction, ",
    correction_after: ": ",
    corrections: "Corrections",
    corrected_mark: " (corrected)",
    date_text: english_date,
    read_card: "Read the card",
    pick_case: "Pick a case",
    settled: "What the sources settle",
    open: "What is still open",
    case_questions: "Questions this case raises",
    check: "Check answer",
    next_question: "Next question",
    see_score: "See your score",
    right: "Right.",
    wrong: "Not quite.",
    choose_first: "Choose an answer first.",
    retry: "Try the quiz again",
    language: "Language",
    share: "Share this card",
    link_copied: "Link copied.",
    copy_link: "Copy this link: ",
    link_unknown: "The link you followed names a card this explainer does not have, so it opens at the start.",
    #[cfg(not(panic = "immediate-abort"))]
    stopped: "Sorry, this explainer stopped working because of an internal error. Reload the page to try again.",
    of: "of",
    card: "Card",
    question: "Question",
    step: "Step",
    score_text: |right, len| format!("You answered {right} of {len} correctly."),
    load_error_text: load_error_en,
};

/// The test-only pseudo-locale (`--cfg explainer_pseudo_locale`, tests/third_language.rs):
/// the English strings in brackets, so a test sees which words come from this table.
#[cfg(explainer_pseudo_locale)]
const PSEUDO: Ui = Ui {
    name: "⟦Pseudo⟧",
    kicker: "⟦Explainer⟧",
    previous: "⟦Previous⟧",
    next: "⟦Next⟧",
    choose_card: "⟦Choose a card⟧",
    sources: "⟦Sources⟧",
    source_ref: "⟦Source⟧ ",
    loading: "⟦Loading the explainer…⟧",
    error_title: "⟦This explainer could not be shown⟧",
    error_intro: "⟦Problems found:⟧",
    error_hint: "⟦Editors: fix each problem at the place named.⟧",
    retry_load: "⟦Try again⟧",
    new_tab: "⟦(opens in a new tab)⟧",
    close: "⟦Close⟧",
    source: "⟦Source:⟧",
    timeline: "⟦Events⟧",
    steps: "⟦Steps⟧",
    updated_before: "⟦Updated⟧ ",
    updated_after: "",
    correction_before: "⟦Correction⟧, ",
    correction_after: ": ",
    corrections: "⟦Corrections⟧",
    corrected_mark: " ⟦(corrected)⟧",
    date_text: english_date,
    read_card: "⟦Read the card⟧",
    pick_case: "⟦Pick a case⟧",
    settled: "⟦What the sources settle⟧",
    open: "⟦What is still open⟧",
    case_questions: "⟦Questions this case raises⟧",
    check: "⟦Check answer⟧",
    next_question: "⟦Next question⟧",
    see_score: "⟦See your score⟧",
    right: "⟦Right.⟧",
    wrong: "⟦Not quite.⟧",
    choose_first: "⟦Choose an answer first.⟧",
    retry: "⟦Try the quiz again⟧",
    language: "⟦Language⟧",
    share: "⟦Share this card⟧",
    link_copied: "⟦Link copied.⟧",
    copy_link: "⟦Copy this link:⟧ ",
    link_unknown: "⟦The link names a card this explainer does not have.⟧",
    #[cfg(not(panic = "immediate-abort"))]
    stopped: "⟦Sorry, this explainer stopped working.⟧",
    of: "⟦of⟧",
    card: "⟦Card⟧",
    question: "⟦Question⟧",
    step: "⟦Step⟧",
    score_text: |right, len| format!("⟦{right} / {len}⟧"),
    load_error_text: |err| format!("⟦{}⟧", load_error_en(err)),
};

const JA: Ui = Ui {
    name: "日本語",
    kicker: "解説",
    previous: "前へ",
    next: "次へ",
    choose_card: "カードを選ぶ",
    sources: "出典",
    source_ref: "出典",
    loading: "解説を読み込んでいます…",
    error_title: "この解説を表示できません",
    error_intro: "見つかった問題：",
    error_hint: "編集者の方へ：示された箇所を直してから、ページを再読み込みしてください。各問題の正確な行と列は make check-deck DECK=<デッキのファイル> で確認できます。",
    retry_load: "再試行",
    new_tab: "（新しいタブで開きます）",
    close: "閉じる",
    source: "出典：",
    timeline: "出来事",
    steps: "流れ",
    updated_before: "",
    updated_after: "更新",
    correction_before: "訂正（",
    correction_after: "）",
    corrections: "訂正",
    corrected_mark: "（訂正あり）",
    date_text: japanese_date,
    read_card: "関連カードを読む",
    pick_case: "ケースを選ぶ",
    settled: "資料で確認されていること",
    open: "まだ答えが出ていないこと",
    case_questions: "このケースで問われること",
    check: "答え合わせ",
    next_question: "次の問題",
    see_score: "結果を見る",
    right: "正解です。",
    wrong: "残念、不正解です。",
    choose_first: "先に答えを選んでください。",
    retry: "もう一度挑戦する",
    language: "言語",
    share: "このカードを共有",
    link_copied: "リンクをコピーしました。",
    copy_link: "このリンクをコピーしてください：",
    link_unknown: "開いたリンクが指すカードはこの解説にないため、最初から表示しています。",
    #[cfg(not(panic = "immediate-abort"))]
    stopped: "申し訳ありません。内部エラーのため、この解説は動作を停止しました。ページを再読み込みしてください。",
    of: "/",
    card: "カード",
    question: "問",
    step: "手順",
    score_text: |right, len| format!("{len}問中{right}問正解でした。"),
    load_error_text: load_error_ja,
};

fn load_error_en(err: &LoadError) -> String {
    match err {
        LoadError::Network { url, reason } => format!(
            "The deck at {url} could not be fetched: the server could not be reached, or this page is not allowed to load it ({reason})"
        ),
        LoadError::Timeout { url, seconds } => {
            format!("The deck at {url} did not arrive within {seconds} seconds")
        }
        LoadError::WrongType { url, content_type } => {
            format!("The address {url} answered with {content_type}, not a JSON deck")
        }
        LoadError::Http { url, status } => {
            format!("The deck at {url} could not be fetched: the server answered HTTP {status}")
        }
        LoadError::Refused { url } => format!(
            "The deck at {url} is not shown here: this page only shows decks from its own site and from sites its publisher allows"
        ),
        LoadError::Invalid { origin, errors } => {
            let deck = match origin {
                DeckOrigin::Builtin => "The built-in deck".to_owned(),
                DeckOrigin::Inline => "The inline deck".to_owned(),
                DeckOrigin::Url(url) => format!("The deck at {url}"),
            };
            match errors.len() {
                1 => format!("{deck} has 1 problem"),
                n => format!("{deck} has {n} problems"),
            }
        }
    }
}

/// The English summary, for logs and `?` in tools.
impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&load_error_en(self))
    }
}

fn load_error_ja(err: &LoadError) -> String {
    match err {
        LoadError::Network { url, reason } => format!(
            "{url} の解説データを取得できませんでした。サーバーに接続できないか、このページからの読み込みが許可されていない可能性があります（{reason}）。"
        ),
        LoadError::Timeout { url, seconds } => {
            format!("{url} の解説データが{seconds}秒以内に届きませんでした。")
        }
        LoadError::WrongType { url, content_type } => {
            format!("{url} から届いたのは解説データ（JSON）ではなく {content_type} でした。")
        }
        LoadError::Http { url, status } => {
            format!("{url} の解説データを取得できませんでした（サーバーの応答：HTTP {status}）。")
        }
        LoadError::Refused { url } => format!(
            "{url} の解説データは表示できません。このページは、自サイトと発行元が許可したサイトの解説データだけを表示します。"
        ),
        LoadError::Invalid { origin, errors } => {
            let deck = match origin {
                DeckOrigin::Builtin => "組み込みの解説データ".to_owned(),
                DeckOrigin::Inline => "ページに埋め込まれた解説データ".to_owned(),
                DeckOrigin::Url(url) => format!("{url} の解説データ"),
            };
            format!("{deck}に問題が{}件あります。", errors.len())
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "December 4, 2026".
fn english_date(d: crate::deck::IsoDate) -> String {
    let month = MONTHS[usize::from(d.month.clamp(1, 12)) - 1];
    format!("{month} {}, {}", d.day, d.year)
}

/// "2026年12月4日".
fn japanese_date(d: crate::deck::IsoDate) -> String {
    format!("{}年{}月{}日", d.year, d.month, d.day)
}

impl Ui {
    /// Visible position, "3 of 12" (English) or "3 / 12" (Japanese).
    pub fn position(&self, index: usize, len: usize) -> String {
        format!("{} {} {}", index + 1, self.of, len)
    }

    /// Accessible name of a slide: "3 of 12: Title".
    pub fn slide_label(&self, index: usize, len: usize, title: &str) -> String {
        format!("{}: {title}", self.position(index, len))
    }

    /// Live-region announcement after a move: "Card 3 of 12: Title".
    pub fn announcement(&self, index: usize, len: usize, title: &str) -> String {
        format!("{} {}", self.card, self.slide_label(index, len, title))
    }

    /// Quiz progress: "Question 2 of 4" (English) or "問 2 / 4" (Japanese).
    pub fn question_position(&self, index: usize, len: usize) -> String {
        format!("{} {}", self.question, self.position(index, len))
    }

    /// A flow card's step: "Step 2 of 4" (English) or "手順 2 / 4" (Japanese).
    pub fn step_position(&self, index: usize, len: usize) -> String {
        format!("{} {}", self.step, self.position(index, len))
    }

    /// Quiz score: "You answered 3 of 4 correctly."
    pub fn score(&self, right: usize, len: usize) -> String {
        (self.score_text)(right, len)
    }

    /// One-line summary of why a deck could not be shown.
    pub fn load_error(&self, err: &LoadError) -> String {
        (self.load_error_text)(err)
    }

    /// Accessible name of a progress dot: "Card 3: Title".
    pub fn dot_label(&self, index: usize, title: &str) -> String {
        format!("{} {}: {title}", self.card, index + 1)
    }
}
