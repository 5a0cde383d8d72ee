//! Every string the studio says, in English and Japanese (one const per language, as for the
//! widget's `Ui`).

use explainer::i18n::Lang;

use crate::state::{Change, Note};
use explainer_deck::CardKind;

/// A card kind's name in Japanese.
fn kind_name_ja(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Text => "テキスト",
        CardKind::Timeline => "年表",
        CardKind::Numbers => "数字",
        CardKind::Scenario => "シナリオ",
        CardKind::Quiz => "クイズ",
        CardKind::Flow => "手順",
    }
}

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
    /// Start from the template (one card of each kind, to overwrite).
    pub template: &'static str,
    /// The start screen's heading.
    pub welcome: &'static str,
    /// The start screen's one paragraph.
    pub welcome_text: &'static str,
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
    /// Label of the handle that drags a card to a new place in the list (the arrows do the
    /// same by keyboard).
    pub drag_to_move: &'static str,
    /// A card kind's name as the studio shows it (in the rail, the "add" list, the form's
    /// heading); the JSON keeps its own (`timeline`…).
    pub kind_name: fn(CardKind) -> &'static str,
    /// The address's file name is not the one the deck downloads as (its id, then the name).
    pub embed_misnamed: fn(&str, &str) -> String,
    /// The button that gives the deck the address's name as its id.
    pub embed_use_id: fn(&str) -> String,
    /// Said in place of the code while the deck has problems.
    pub embed_not_ready: &'static str,
    /// A button's name that deletes an item: what (`event`) and its number from 1.
    pub delete_item: fn(&str, usize) -> String,
    /// Between a place and what is said of it ("Card 5: …" / 「カード5：…」).
    pub colon: &'static str,
    /// A heading with how many ("Problems (2)" / 「問題（2）」).
    pub counted: fn(&str, usize) -> String,
    /// Said in place of the preview while the deck's JSON cannot be read.
    pub preview_needs_json: &'static str,
    /// The button that shows the "start from" choices again on a narrow screen.
    pub open_another: &'static str,
    /// The address's file name cannot be an id (a dot, say): the file is to be renamed (the
    /// deck's id, then the address's name).
    pub embed_rename_file: fn(&str, &str) -> String,
    /// The page's title (the browser's tab).
    pub page_title: &'static str,
    /// The face of the file picker's button.
    pub choose_file: &'static str,
    /// Heads the fields that still hold the template's words.
    pub template_left: &'static str,
    /// The link, first on the page, that skips to the card rail.
    pub skip_to_cards: &'static str,
    /// An item with its number from 1 ("Event 2" / 「出来事2」).
    pub numbered: fn(&str, usize) -> String,
    /// Said when another tab or window saved over the draft.
    pub changed_elsewhere: &'static str,
    /// Takes up the other tab's version of the draft.
    pub take_other: &'static str,
    /// Keeps this tab's version (saving it again).
    pub keep_this: &'static str,
    /// Label of the switch between the forms and the preview on narrow screens.
    pub view: &'static str,
    /// The forms, in that switch.
    pub view_edit: &'static str,
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
    /// Intro line when a spreadsheet with problems was opened as the draft.
    pub sheet_opened: &'static str,
    /// Said when a file could not be read.
    pub unreadable: &'static str,
    /// Label of the studio's language switch.
    pub language: &'static str,
    /// Heading of the embed code panel.
    pub embed_heading: &'static str,
    /// Label of the deck's published address.
    pub deck_url: &'static str,
    /// Shown until there is an address.
    pub embed_needs_url: &'static str,
    /// Label of the script snippet.
    pub embed_script: &'static str,
    /// Label of the custom element snippet.
    pub embed_element: &'static str,
    /// Label of the iframe snippet.
    pub embed_iframe: &'static str,
    /// Label of the deck's embed page (oEmbed).
    pub embed_oembed: &'static str,
    /// What publishing takes.
    pub embed_note: &'static str,
    /// Copy button.
    pub copy: &'static str,
    /// Said after copying.
    pub copied: &'static str,
    /// Said when the browser would not copy.
    pub copy_failed: &'static str,
    /// Legend of the deck's own fields.
    pub deck_settings: &'static str,
    /// The deck's title field.
    pub deck_title: &'static str,
    /// An id field (the deck's, a card's, an item's).
    pub deck_id: &'static str,
    /// The deck's language field.
    pub deck_lang: &'static str,
    /// Heading of the card list.
    pub cards: &'static str,
    /// Move a card up.
    pub move_up: &'static str,
    /// Move a card down.
    pub move_down: &'static str,
    /// Duplicate a card.
    pub duplicate: &'static str,
    /// Delete a card.
    pub delete: &'static str,
    /// Label of the new card's kind.
    pub new_card_kind: &'static str,
    /// Add a card.
    pub add_card: &'static str,
    /// Shown when the JSON cannot be read, so the forms cannot show the deck.
    pub forms_need_json: &'static str,
    /// A card's sources field.
    pub card_sources: &'static str,
    /// An event of a timeline.
    pub event: &'static str,
    /// An event's date.
    pub date: &'static str,
    /// An event's or case's text.
    pub detail: &'static str,
    /// The card an event or question links to.
    pub linked_card: &'static str,
    /// Add an event.
    pub add_event: &'static str,
    /// A figure of a numbers card.
    pub figure: &'static str,
    /// A figure's value.
    pub value: &'static str,
    /// A figure's or case's label.
    pub label: &'static str,
    /// A figure's source.
    pub source_id: &'static str,
    /// Add a figure.
    pub add_figure: &'static str,
    /// A question (scenario or quiz).
    pub question: &'static str,
    /// A scenario's settled points.
    pub settled_lines: &'static str,
    /// A scenario's open points.
    pub open_lines: &'static str,
    /// A scenario's caveat.
    pub caveat: &'static str,
    /// A scenario's case.
    pub case: &'static str,
    /// A case's questions.
    pub case_questions: &'static str,
    /// Add a case.
    pub add_case: &'static str,
    /// A quiz question's explanation.
    pub explanation: &'static str,
    /// Add a quiz question.
    pub add_question: &'static str,
    /// A question's choices.
    pub choices: &'static str,
    /// One choice.
    pub choice: &'static str,
    /// Marks the right choice.
    pub correct: &'static str,
    /// Add a choice.
    pub add_choice: &'static str,
    /// Heading of the card form.
    pub editing: &'static str,
    /// A text card's body.
    pub body: &'static str,
    /// The glossary helper's select.
    pub glossary_term: &'static str,
    /// Inserts a term's markup.
    pub insert_term: &'static str,
    /// Selects a card to edit.
    pub edit: &'static str,
    /// Label of the deck URL to open.
    pub open_url: &'static str,
    /// Opens it.
    pub open: &'static str,
    /// Says files can be dropped.
    pub drop_hint: &'static str,
    /// Heading of the sources form.
    pub sources: &'static str,
    /// One source.
    pub source: &'static str,
    /// A source's title.
    pub source_title: &'static str,
    /// A source's description.
    pub source_what: &'static str,
    /// A source's publisher.
    pub publisher: &'static str,
    /// A source's URL.
    pub link: &'static str,
    /// Add a source.
    pub add_source: &'static str,
    /// Heading of the glossary form.
    pub glossary: &'static str,
    /// A term's definition.
    pub definition: &'static str,
    /// Add a term.
    pub add_term: &'static str,
    /// One step of a flow card.
    pub step: &'static str,
    /// Add a step.
    pub add_step: &'static str,
    /// Legend of a card's picture fields.
    pub picture: &'static str,
    /// Adds a picture to the card.
    pub add_picture: &'static str,
    /// Removes the card's picture.
    pub remove_picture: &'static str,
    /// The picture's file address.
    pub picture_src: &'static str,
    /// Its width in pixels.
    pub width: &'static str,
    /// Its height in pixels.
    pub height: &'static str,
    /// Its alt text.
    pub alt: &'static str,
    /// Marks it decorative (no alt text).
    pub decorative: &'static str,
    /// Its caption.
    pub caption: &'static str,
    /// Its credit.
    pub credit: &'static str,
    /// The credit's link.
    pub credit_url: &'static str,
    /// The deck's last-update date.
    pub updated: &'static str,
    /// Sets it to today.
    pub updated_today: &'static str,
    /// Beside the download button: set "Last updated" to today (the date follows) on download.
    pub stamp_today: &'static str,
    /// One correction of a card.
    pub correction: &'static str,
    /// Adds a correction.
    pub add_correction: &'static str,
    /// A correction's date.
    pub correction_date: &'static str,
    /// What a correction says.
    pub correction_text: &'static str,
    /// The picture's other widths.
    pub picture_files: &'static str,
    /// Where relative picture paths are read from, and where the preview looks.
    pub picture_hint: &'static str,
    /// Warning: the picture's address is on this computer.
    pub picture_local: &'static str,
    /// Warning: the picture's address is plain http.
    pub picture_http: &'static str,
    /// Label of the undo/redo group.
    pub history: &'static str,
    /// Undo button.
    pub undo: &'static str,
    /// Redo button.
    pub redo: &'static str,
    /// What the history bar says after a step, an undo or a redo.
    pub note_text: fn(&Note) -> String,
    /// After a problem: where it is in the JSON.
    pub json_line: fn(usize) -> String,
    /// Said after downloading a deck that has problems (their number).
    pub downloaded_with_problems: fn(usize) -> String,
    /// Moves focus to the first problem.
    pub show_problems: &'static str,
    /// Marks an id that nothing in the deck has.
    pub unknown: &'static str,
    /// Where a card's sources come from, before the deck has any.
    pub no_sources_yet: &'static str,
    /// Where a step's sources come from, before its card cites any.
    pub no_card_sources_yet: &'static str,
    /// The empty entry of an optional related card.
    pub no_card: &'static str,
    /// The empty entry of a required related card.
    pub choose_card: &'static str,
    /// The empty entry of a required source.
    pub choose_source: &'static str,
    /// The empty entry of an optional source.
    pub no_source: &'static str,
    /// Name of the toolbar's links to the problems and the embed code.
    pub jumps: &'static str,
    /// Why the script embed is the one to use.
    pub embed_script_why: &'static str,
    /// When to use the custom element.
    pub embed_element_why: &'static str,
    /// When to use the iframe.
    pub embed_iframe_why: &'static str,
    /// When to use the embed page.
    pub embed_oembed_why: &'static str,
    /// The fold over the other snippets.
    pub embed_other_ways: &'static str,
    /// The published address is not a full one.
    pub embed_not_absolute: &'static str,
    /// The published address is on this computer.
    pub embed_local: &'static str,
    /// The published address is plain http.
    pub embed_http: &'static str,
    /// A timeline event dated before the one above it: its number, its date, the other's.
    pub event_out_of_order: fn(usize, &str, &str) -> String,
    /// A card without a title, by its number.
    pub card_number: fn(usize) -> String,
    /// The preview's placeholder for a card with problems (how many).
    pub unfinished_card: fn(usize) -> String,
    /// Shown instead of the preview while the deck itself cannot be shown.
    pub preview_waits: &'static str,
}

/// An edit as a phrase, in English.
fn change_en(change: &Change) -> String {
    match change {
        Change::Typing => "typing".into(),
        Change::Replaced => "the draft replaced".into(),
        Change::CardAdded => "a card added".into(),
        Change::CardMoved => "a card moved".into(),
        Change::CardDeleted(n, title) if title.trim().is_empty() => format!("card {n} deleted"),
        Change::CardDeleted(n, title) => format!("card {n} (“{title}”) deleted"),
        Change::SourceDeleted(n, id) => format!("source {n} ({id}) deleted"),
    }
}

fn note_en(note: &Note) -> String {
    match note {
        Note::Done(Change::Replaced) => "The draft was replaced. Undo brings it back.".into(),
        Note::Done(Change::CardDeleted(n, title)) if title.trim().is_empty() => {
            format!("Card {n} deleted. Undo brings it back.")
        }
        Note::Done(Change::CardDeleted(n, title)) => {
            format!("Card {n} (“{title}”) deleted. Undo brings it back.")
        }
        Note::Done(Change::SourceDeleted(n, id)) => {
            format!("Source {n} ({id}) deleted: the cards citing it now show a problem. Undo brings it back.")
        }
        Note::Done(change) => format!("Done: {}.", change_en(change)),
        Note::Undone(change) => format!("Undone: {}.", change_en(change)),
        Note::Redone(change) => format!("Redone: {}.", change_en(change)),
    }
}

/// An edit as a phrase, in Japanese.
fn change_ja(change: &Change) -> String {
    match change {
        Change::Typing => "文字の入力".into(),
        Change::Replaced => "下書きの置き換え".into(),
        Change::CardAdded => "カードの追加".into(),
        Change::CardMoved => "カードの移動".into(),
        Change::CardDeleted(n, title) if title.trim().is_empty() => format!("カード{n}の削除"),
        Change::CardDeleted(n, title) => format!("カード{n}（「{title}」）の削除"),
        Change::SourceDeleted(n, id) => format!("出典{n}（{id}）の削除"),
    }
}

fn note_ja(note: &Note) -> String {
    match note {
        Note::Done(Change::Replaced) => "下書きを置き換えました。「元に戻す」で戻せます。".into(),
        Note::Done(Change::CardDeleted(n, title)) if title.trim().is_empty() => {
            format!("カード{n}を削除しました。「元に戻す」で戻せます。")
        }
        Note::Done(Change::CardDeleted(n, title)) => {
            format!("カード{n}（「{title}」）を削除しました。「元に戻す」で戻せます。")
        }
        Note::Done(Change::SourceDeleted(n, id)) => {
            format!("出典{n}（{id}）を削除しました。これを示していたカードには問題が表示されます。「元に戻す」で戻せます。")
        }
        Note::Done(change) => format!("{}をしました。", change_ja(change)),
        Note::Undone(change) => format!("元に戻しました：{}", change_ja(change)),
        Note::Redone(change) => format!("やり直しました：{}", change_ja(change)),
    }
}

const EN: StudioUi = StudioUi {
    heading: "Deck studio",
    start: "Start from",
    blank: "A blank deck",
    shipped: "The shipped deck",
    template: "The template (one card of each kind)",
    welcome: "Start a deck",
    welcome_text: "Begin from a blank deck, from the template (one card of each kind, to write over), from the deck that ships with the explainer, or from a deck file or spreadsheet of your own. Your work is kept in this browser as you go, and every change can be undone.",
    open_file: "Open a deck file or a spreadsheet (JSON, CSV, TSV)",
    editor: "Deck (JSON)",
    problems: "Problems",
    no_problems: "No problems: this deck is ready.",
    preview: "Preview",
    drag_to_move: "Drag to move (or use the arrows)",
    view: "Show",
    changed_elsewhere: "The draft was just saved from another tab or window of the studio: each would overwrite the other.",
    take_other: "Open that version here",
    keep_this: "Keep this one",
    numbered: |what, n| format!("{what} {n}"),
    skip_to_cards: "Skip to the cards",
    template_left: "Still the template's words: write over them before you publish.",
    choose_file: "Choose a file…",
    embed_rename_file: |id, stem| format!("The deck downloads as “{id}.json”: rename the file “{stem}.json” before you publish it at this address."),
    page_title: "Deck studio · Explainer",
    open_another: "Start another deck or open one",
    delete_item: |what, n| format!("Delete: {what} {n}"),
    colon: ": ",
    counted: |what, n| format!("{what} ({n})"),
    preview_needs_json: "The preview comes back once the deck's JSON can be read again.",
    embed_misnamed: |id, stem| format!("The deck downloads as “{id}.json”, but this address ends in “{stem}.json”: publish it under the address's name, or give the deck that name."),
    embed_use_id: |stem| format!("Make “{stem}” the deck's id"),
    embed_not_ready: "The embed code appears here once the deck has no problems (see Problems above).",
    kind_name: CardKind::name,
    view_edit: "Edit",
    phone: "Phone width (360 px)",
    dark: "Dark theme",
    download: "Download deck",
    saved: "Draft saved in this browser.",
    not_saved: "Your draft could not be saved in this browser (storage is full or blocked). Download the deck to keep it.",
    sheet_problems: "The spreadsheet was not turned into a deck. Fix these cells and open it again:",
    unreadable: "The file could not be read.",
    language: "Studio language",
    embed_heading: "Embed code",
    deck_url: "Where the deck will be published (its URL)",
    embed_needs_url: "Give the address where the deck will be published to get its embed code.",
    embed_script: "Script embed (paste into the article)",
    embed_element: "Custom element (for CMS templates and front-end frameworks)",
    embed_iframe: "Iframe embed (for pages that take iframes only)",
    embed_oembed: "Embed page and oEmbed (WordPress and other CMSs: paste this address on its own line)",
    embed_note: "Publish the downloaded deck at that address first, in the decks/ folder beside the explainer's files. The embed page for WordPress exists once the site has been published again with the deck in it.",
    copy: "Copy",
    copied: "Copied.",
    copy_failed: "The browser did not allow copying: select the text and copy it.",
    deck_settings: "The deck",
    deck_title: "Title",
    deck_id: "Id (a-z, 0-9 and -)",
    deck_lang: "Language of the text",
    cards: "Cards",
    move_up: "Move up",
    move_down: "Move down",
    duplicate: "Duplicate",
    delete: "Delete",
    new_card_kind: "Kind of the new card",
    add_card: "Add a card",
    forms_need_json: "The deck's JSON cannot be read: fix the first problem listed, and the forms come back.",
    card_sources: "Sources it cites",
    event: "Event",
    date: "Date as readers see it",
    detail: "Text",
    linked_card: "Card that tells it",
    add_event: "Add an event",
    figure: "Figure",
    value: "Value as shown",
    label: "Label",
    source_id: "Source (its id)",
    add_figure: "Add a figure",
    question: "Question",
    settled_lines: "What the sources settle (one per line)",
    open_lines: "What is still open (one per line)",
    caveat: "Reminder that no verdict is given",
    case: "Case",
    case_questions: "Questions this case raises (one per line)",
    add_case: "Add a case",
    explanation: "Why the right answer is right",
    add_question: "Add a question",
    choices: "Choices",
    choice: "Choice",
    correct: "This is the right answer",
    add_choice: "Add a choice",
    editing: "Editing the card",
    body: "Text (a blank line starts a paragraph)",
    glossary_term: "Glossary term",
    insert_term: "Mark as this term (the selected words, or the term at the caret)",
    edit: "Edit",
    open_url: "Or a deck's URL",
    open: "Open",
    drop_hint: "You can also drop a file here.",
    sources: "Sources",
    source: "Source",
    source_title: "Its exact title (only if certain)",
    source_what: "What the document is",
    publisher: "Publisher",
    link: "Link (https://…, only if certain)",
    add_source: "Add a source",
    glossary: "Glossary",
    definition: "Definition",
    add_term: "Add a term",
    step: "Step",
    add_step: "Add a step",
    picture: "Picture",
    add_picture: "Add a picture",
    remove_picture: "Remove the picture",
    picture_src: "File (relative to the deck file, or https://…)",
    width: "Width (pixels)",
    height: "Height (pixels)",
    alt: "Alt text: what the picture shows (required)",
    decorative: "Decorative: adds nothing a reader needs (no alt text)",
    caption: "Caption",
    credit: "Credit",
    credit_url: "Credit link (https://…)",
    updated: "Last updated (YYYY-MM-DD, optional)",
    updated_today: "Updated today",
    stamp_today: "Set “Last updated” to today as it downloads: ",
    correction: "Correction",
    add_correction: "Add a correction",
    correction_date: "Date of the correction (YYYY-MM-DD)",
    correction_text: "What was wrong, and what the card says now",
    picture_files: "Other widths (optional): file and width in pixels, e.g. media/map-400.png 400, media/map-1600.png 1600",
    picture_hint: "A path like media/map.png is read from the folder the deck is published in; the preview looks in this site's decks/ folder.",
    picture_local: "This address is on this computer: readers cannot load it. Use the picture's published address, or a path beside the deck.",
    picture_http: "This address is plain http: pages served over https will not load it. Use https://.",
    history: "History",
    undo: "Undo",
    redo: "Redo",
    note_text: note_en,
    json_line: |line| format!(" (JSON line {line})"),
    downloaded_with_problems: |n| match n {
        1 => "Downloaded with 1 problem: in an article, readers will see an error box instead of the deck until it is fixed.".into(),
        n => format!("Downloaded with {n} problems: in an article, readers will see an error box instead of the deck until they are fixed."),
    },
    show_problems: "Show the problems",
    unknown: "not in this deck",
    no_sources_yet: "No sources yet: add them under Sources, then tick them here.",
    no_card_sources_yet: "Tick the card's sources first: a step cites from them.",
    no_card: "No card",
    choose_card: "Choose a card…",
    choose_source: "Choose a source…",
    no_source: "No source",
    jumps: "Go to",
    sheet_opened: "The spreadsheet is open as the draft (Undo brings back what was there). Fix these here, or in the sheet and open it again:",
    event_out_of_order: |n, date, above| format!("Event {n} ({date}) comes before the event above it ({above}): is the order right? Readers go through a timeline from top to bottom."),
    embed_script_why: "Use this one: paste it into the article's HTML where the explainer goes. It loads only when a reader scrolls near it.",
    embed_element_why: "The same explainer as an HTML element, for CMS templates and front-end frameworks.",
    embed_iframe_why: "For a CMS that accepts iframes but not scripts.",
    embed_oembed_why: "For WordPress and other CMSs that embed from a link: paste this address on a line of its own.",
    embed_other_ways: "Other ways to embed it",
    embed_not_absolute: "Give the full address, starting with https:// — the article is on another page, so a short path would not find the deck.",
    embed_local: "This address is on this computer: readers cannot reach it. Give the address where the deck will be published.",
    embed_http: "This address is plain http: news sites served over https will not load it. Use https://.",
    card_number: |n| format!("Card {n}"),
    unfinished_card: |n| match n {
        1 => "This card is still being written: 1 problem to fix (see Problems). The other cards show as readers will see them.".into(),
        n => format!("This card is still being written: {n} problems to fix (see Problems). The other cards show as readers will see them."),
    },
    preview_waits: "The preview appears once the deck itself is complete (cards still being written show as placeholders). What stands in the way:",
};

const JA: StudioUi = StudioUi {
    heading: "デッキ編集室",
    start: "デッキの始め方",
    blank: "空のデッキ",
    shipped: "同梱のデッキ",
    template: "テンプレート（各種類のカード1枚ずつ）",
    welcome: "デッキを始める",
    welcome_text: "空のデッキ、テンプレート（各種類のカードが1枚ずつあり、上書きして使います）、解説に同梱のデッキ、または手元のデッキファイルや表計算シートから始められます。作業はこのブラウザーに随時保存され、どの変更も元に戻せます。",
    open_file: "デッキのファイルまたは表計算シートを開く（JSON・CSV・TSV）",
    editor: "デッキ（JSON）",
    problems: "問題",
    no_problems: "問題はありません。このデッキは公開できます。",
    preview: "プレビュー",
    drag_to_move: "ドラッグして移動（矢印ボタンでも移動できます）",
    view: "表示",
    changed_elsewhere: "別のタブかウィンドウの編集室で下書きが保存されました。このままでは互いに上書きします。",
    take_other: "そちらの版をここで開く",
    keep_this: "この版を残す",
    numbered: |what, n| format!("{what}{n}"),
    skip_to_cards: "カードの一覧へ移動",
    template_left: "テンプレートの文言が残っています。公開する前に書き換えてください。",
    choose_file: "ファイルを選ぶ…",
    embed_rename_file: |id, stem| format!("デッキは「{id}.json」としてダウンロードされます。このアドレスで公開する前に、ファイル名を「{stem}.json」に変えてください。"),
    page_title: "デッキ編集室 · Explainer",
    open_another: "別のデッキを始める・開く",
    delete_item: |what, n| format!("{what}{n}を削除"),
    colon: "：",
    counted: |what, n| format!("{what}（{n}）"),
    preview_needs_json: "デッキのJSONを読み取れるようになると、プレビューが戻ります。",
    embed_misnamed: |id, stem| format!("デッキは「{id}.json」としてダウンロードされますが、このアドレスのファイル名は「{stem}.json」です。アドレスの名前で公開するか、デッキの名前をそろえてください。"),
    embed_use_id: |stem| format!("デッキのIDを「{stem}」にする"),
    embed_not_ready: "デッキの問題がなくなると、ここに埋め込みコードが表示されます（上の「問題」を参照）。",
    kind_name: kind_name_ja,
    view_edit: "編集",
    phone: "スマートフォンの幅（360ピクセル）",
    dark: "ダークテーマ",
    download: "デッキをダウンロード",
    saved: "下書きをこのブラウザーに保存しました。",
    not_saved: "下書きをこのブラウザーに保存できませんでした（保存領域が満杯か、使用が制限されています）。デッキをダウンロードして保管してください。",
    sheet_problems: "表計算シートをデッキに変換できませんでした。次のセルを直してから、もう一度開いてください：",
    unreadable: "ファイルを読み込めませんでした。",
    language: "編集室の言語",
    embed_heading: "埋め込みコード",
    deck_url: "デッキを公開するアドレス（URL）",
    embed_needs_url: "埋め込みコードを作るには、デッキを公開するアドレスを入力してください。",
    embed_script: "スクリプトによる埋め込み（記事に貼り付け）",
    embed_element: "カスタム要素（CMSのテンプレートやフロントエンドのフレームワーク向け）",
    embed_iframe: "iframeによる埋め込み（iframeしか使えないページ向け）",
    embed_oembed: "埋め込みページとoEmbed（WordPressなどのCMSでは、このアドレスを単独の行に貼り付け）",
    embed_note: "先に、ダウンロードしたデッキをこのアドレス（解説のファイルと並ぶ decks/ フォルダー）で公開してください。WordPress 用の埋め込みページは、デッキを入れてサイトを公開し直すと作られます。",
    copy: "コピー",
    copied: "コピーしました。",
    copy_failed: "ブラウザーがコピーを許可しませんでした。テキストを選択してコピーしてください。",
    deck_settings: "デッキ",
    deck_title: "タイトル",
    deck_id: "ID（a〜z、0〜9、-）",
    deck_lang: "本文の言語",
    cards: "カード",
    move_up: "上へ移動",
    move_down: "下へ移動",
    duplicate: "複製",
    delete: "削除",
    new_card_kind: "新しいカードの種類",
    add_card: "カードを追加",
    forms_need_json: "デッキのJSONを読み取れません。一覧の最初の問題を直すと、フォームが戻ります。",
    card_sources: "このカードの出典",
    event: "出来事",
    date: "日付（読者に見える形で）",
    detail: "本文",
    linked_card: "関連するカード",
    add_event: "出来事を追加",
    figure: "数字",
    value: "表示する値",
    label: "見出し",
    source_id: "出典（ID）",
    add_figure: "数字を追加",
    question: "問い",
    settled_lines: "資料で確認されていること（1行に1項目）",
    open_lines: "まだ答えが出ていないこと（1行に1項目）",
    caveat: "結論は示していないという注記",
    case: "ケース",
    case_questions: "このケースで問われること（1行に1項目）",
    add_case: "ケースを追加",
    explanation: "正解の理由",
    add_question: "問いを追加",
    choices: "選択肢",
    choice: "選択肢",
    correct: "正解にする",
    add_choice: "選択肢を追加",
    editing: "編集中のカード",
    body: "本文（空行で段落を分ける）",
    glossary_term: "用語",
    insert_term: "選んだ語句をこの用語にする",
    edit: "編集",
    open_url: "またはデッキのURL",
    open: "開く",
    drop_hint: "ファイルをここにドロップして開くこともできます。",
    sources: "出典",
    source: "出典",
    source_title: "正確なタイトル（確かな場合のみ）",
    source_what: "文書の種類",
    publisher: "発行元",
    link: "リンク（https://…、確かな場合のみ）",
    add_source: "出典を追加",
    glossary: "用語集",
    definition: "定義",
    add_term: "用語を追加",
    step: "手順",
    add_step: "手順を追加",
    picture: "画像",
    add_picture: "画像を追加",
    remove_picture: "画像を削除",
    picture_src: "ファイル（デッキのファイルからの相対パス、または https://…）",
    width: "幅（ピクセル）",
    height: "高さ（ピクセル）",
    alt: "代替テキスト：画像が示す内容（必須）",
    decorative: "装飾用：読者に必要な情報を含まない（代替テキストなし）",
    caption: "キャプション",
    credit: "クレジット",
    credit_url: "クレジットのリンク（https://…）",
    updated: "最終更新日（YYYY-MM-DD、任意）",
    updated_today: "今日の日付にする",
    stamp_today: "ダウンロード時に最終更新日を今日にする：",
    correction: "訂正",
    add_correction: "訂正を追加",
    correction_date: "訂正の日付（YYYY-MM-DD）",
    correction_text: "何が誤りで、カードが今どう述べているか",
    picture_files: "ほかの幅（任意）：ファイルと幅（ピクセル）。例：media/map-400.png 400, media/map-1600.png 1600",
    picture_hint: "media/map.png のようなパスは、デッキを公開するフォルダーから読み込まれます。プレビューはこのサイトの decks/ フォルダーを探します。",
    picture_local: "このアドレスはこのコンピューター上のものです。読者には読み込めません。公開先のアドレスか、デッキと同じ場所からのパスを使ってください。",
    picture_http: "このアドレスは http です。https のページでは読み込まれません。https:// を使ってください。",
    history: "履歴",
    undo: "元に戻す",
    redo: "やり直す",
    note_text: note_ja,
    json_line: |line| format!("（JSON の{line}行目）"),
    downloaded_with_problems: |n| format!("問題が{n}件あるままダウンロードしました。直すまで、記事では読者にデッキの代わりにエラーが表示されます。"),
    show_problems: "問題を表示",
    unknown: "このデッキにありません",
    no_sources_yet: "出典がまだありません。「出典」で追加してから、ここでチェックしてください。",
    no_card_sources_yet: "先にカードの出典をチェックしてください。ステップはその中から出典を示します。",
    no_card: "カードなし",
    choose_card: "カードを選んでください…",
    choose_source: "出典を選んでください…",
    no_source: "出典なし",
    jumps: "移動",
    sheet_opened: "スプレッドシートを下書きとして開きました（「元に戻す」で前の下書きに戻せます）。次の点をここで直すか、シートで直して開き直してください：",
    event_out_of_order: |n, date, above| format!("出来事{n}（{date}）は、その上の出来事（{above}）より前の日付です。順番は正しいですか。読者はタイムラインを上から順に読みます。"),
    embed_script_why: "通常はこれを使います。記事の HTML の、解説を置きたい場所に貼り付けてください。読者が近くまでスクロールしたときに読み込まれます。",
    embed_element_why: "同じ解説を HTML 要素として置く方法です。CMS のテンプレートやフロントエンドのフレームワーク向けです。",
    embed_iframe_why: "スクリプトは使えず iframe なら使える CMS 向けです。",
    embed_oembed_why: "リンクから埋め込む WordPress などの CMS 向けです。このアドレスを単独の行に貼り付けてください。",
    embed_other_ways: "ほかの埋め込み方法",
    embed_not_absolute: "https:// から始まる完全なアドレスを入力してください。記事は別のページにあるため、短いパスではデッキが見つかりません。",
    embed_local: "このアドレスはこのコンピューター上のものです。読者はアクセスできません。デッキを公開するアドレスを入力してください。",
    embed_http: "このアドレスは http です。https で配信されるニュースサイトでは読み込まれません。https:// を使ってください。",
    card_number: |n| format!("カード{n}"),
    unfinished_card: |n| format!("このカードは作成中です。直す問題が{n}件あります（「問題」を参照）。ほかのカードは読者に見えるとおりに表示されます。"),
    preview_waits: "デッキ全体の設定が整うと、プレビューが表示されます（作成中のカードは仮の表示になります）。残っている点：",
};

/// The studio's strings in `lang`.
pub fn studio_ui(lang: Lang) -> &'static StudioUi {
    match lang {
        Lang::Ja => &JA,
        // The studio is written in English and Japanese; any other language (a test-only one)
        // gets the English strings.
        _ => &EN,
    }
}
