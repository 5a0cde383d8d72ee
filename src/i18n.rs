//! Every string the widget itself says (not the deck's text), per language.

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// Japanese.
    Ja,
}

impl Lang {
    /// The language for a BCP 47 tag; anything that is not Japanese falls back to English.
    pub fn from_tag(tag: &str) -> Self {
        if tag == "ja" || tag.starts_with("ja-") {
            Lang::Ja
        } else {
            Lang::En
        }
    }

    /// The tag to put in `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The UI strings of this language.
    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::En => &EN,
            Lang::Ja => &JA,
        }
    }
}

/// The widget's own strings in one language. Positions are built by the methods below, since
/// word order differs between languages.
#[derive(Debug)]
pub struct Ui {
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
    /// Shown while a deck is being fetched.
    pub loading: &'static str,
    /// Heading of the error card.
    pub error_title: &'static str,
    /// Line above the list of deck problems.
    pub error_intro: &'static str,
    /// Hint for the person who can fix the deck.
    pub error_hint: &'static str,
    /// Announced after a link that opens in a new tab.
    pub new_tab: &'static str,
    of: &'static str,
    card: &'static str,
}

const EN: Ui = Ui {
    kicker: "Explainer",
    previous: "Previous",
    next: "Next",
    choose_card: "Choose a card",
    sources: "Sources",
    loading: "Loading the explainer…",
    error_title: "This explainer could not be shown",
    error_intro: "Problems found:",
    error_hint: "Editors: fix each problem at the place named, then reload the page.",
    new_tab: "(opens in a new tab)",
    of: "of",
    card: "Card",
};

const JA: Ui = Ui {
    kicker: "解説",
    previous: "前へ",
    next: "次へ",
    choose_card: "カードを選ぶ",
    sources: "出典",
    loading: "解説を読み込んでいます…",
    error_title: "この解説を表示できません",
    error_intro: "見つかった問題：",
    error_hint: "編集者の方へ：示された箇所を直してから、ページを再読み込みしてください。",
    new_tab: "（新しいタブで開きます）",
    of: "/",
    card: "カード",
};

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

    /// Accessible name of a progress dot: "Card 3: Title".
    pub fn dot_label(&self, index: usize, title: &str) -> String {
        format!("{} {}: {title}", self.card, index + 1)
    }
}
