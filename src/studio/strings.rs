//! Every string the studio says, in English and Japanese (one const per language, as for the
//! widget's `Ui`).

use crate::i18n::Lang;

/// The studio's own strings in one language.
#[derive(Debug)]
pub struct StudioUi {
    /// Page heading.
    pub heading: &'static str,
    /// Group label of the "start from" buttons.
    pub start: &'static str,
    /// Start from a blank deck.
    pub blank: &'static str,
    /// Start from the shipped deck.
    pub shipped: &'static str,
    /// Label of the file picker.
    pub open_file: &'static str,
    /// Label of the JSON text area.
    pub editor: &'static str,
    /// Heading of the problem list.
    pub problems: &'static str,
    /// Shown when the deck has no problem.
    pub no_problems: &'static str,
    /// Heading of the preview.
    pub preview: &'static str,
    /// Preview at a phone's width.
    pub phone: &'static str,
    /// Dark theme in the preview.
    pub dark: &'static str,
    /// Download button.
    pub download: &'static str,
    /// Said when the draft is saved in the browser.
    pub saved: &'static str,
    /// Said when the draft could not be saved.
    pub not_saved: &'static str,
    /// Intro line before a spreadsheet's problems.
    pub sheet_problems: &'static str,
    /// Said when a file could not be read.
    pub unreadable: &'static str,
    /// Label of the studio's language switch.
    pub language: &'static str,
}

const EN: StudioUi = StudioUi {
    heading: "Deck studio",
    start: "Start from",
    blank: "A blank deck",
    shipped: "The shipped deck",
    open_file: "Open a deck file or a spreadsheet (JSON, CSV, TSV)",
    editor: "Deck (JSON)",
    problems: "Problems",
    no_problems: "No problems: this deck is ready.",
    preview: "Preview",
    phone: "Phone width (360 px)",
    dark: "Dark theme",
    download: "Download deck",
    saved: "Draft saved in this browser.",
    not_saved: "Your draft could not be saved in this browser (storage is full or blocked). Download the deck to keep it.",
    sheet_problems: "The spreadsheet was not turned into a deck. Fix these cells and open it again:",
    unreadable: "The file could not be read.",
    language: "Studio language",
};

const JA: StudioUi = StudioUi {
    heading: "デッキ編集室",
    start: "作成の起点",
    blank: "空のデッキ",
    shipped: "同梱のデッキ",
    open_file: "デッキのファイルまたは表計算シートを開く（JSON・CSV・TSV）",
    editor: "デッキ（JSON）",
    problems: "問題",
    no_problems: "問題はありません。このデッキは公開できます。",
    preview: "プレビュー",
    phone: "スマートフォンの幅（360ピクセル）",
    dark: "ダークテーマ",
    download: "デッキをダウンロード",
    saved: "下書きをこのブラウザーに保存しました。",
    not_saved: "下書きをこのブラウザーに保存できませんでした（保存領域が満杯か、使用が制限されています）。デッキをダウンロードして保管してください。",
    sheet_problems: "表計算シートをデッキに変換できませんでした。次のセルを直してから、もう一度開いてください：",
    unreadable: "ファイルを読み込めませんでした。",
    language: "編集室の言語",
};

/// The studio's strings in `lang`.
pub fn studio_ui(lang: Lang) -> &'static StudioUi {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
    }
}
