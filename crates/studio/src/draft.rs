//! The draft: where a deck starts from, and keeping it in the browser's storage.

use std::rc::Rc;

use explainer_deck::{
    parse_deck, Card, Deck, DeckError, Lang, SheetProblem, TextCard, BUILTIN_DECK_EN,
};

use crate::studio_ui;

/// The storage key of the draft.
pub const KEY: &str = "explainer-studio-draft";

/// A new deck: one empty text card, whose problems (empty title, body, no sources) show the
/// editor what to fill in.
pub const BLANK: &str = r#"{
  "$schema": "../schema/deck.schema.json",
  "id": "my-explainer",
  "lang": "en",
  "title": "",
  "cards": [
    { "kind": "text", "id": "first", "title": "", "body": "", "sources": [] }
  ],
  "sources": []
}"#;

/// A deck as editors write it: pretty JSON that points at the schema.
pub fn pretty(deck: &Deck) -> String {
    explainer_deck::to_pretty_json(deck)
}

/// Where the preview looks for pictures given relative to the deck file: the site's `decks/`
/// folder, where `make build` publishes decks, seen from the studio's page (`studio/`).
pub const PREVIEW_DECKS: &str = "../decks/";

/// The draft, read and checked once per change: its deck, when its JSON reads as one (so the
/// forms can show a deck with problems), and its problems, checked as a reader's widget checks
/// them, dates against `today` too. Every part of the studio reads this one result.
#[derive(Debug, Default)]
pub struct Checked {
    /// The deck, when the JSON reads as a deck (problems or not).
    pub deck: Option<Rc<Deck>>,
    /// Its problems: the JSON's own (syntax, shape) when it does not read, else the deck's.
    pub problems: Rc<Vec<DeckError>>,
}

impl Checked {
    /// The deck when it has no problem: what downloads under its id and gets embed code.
    pub fn sound(&self) -> Option<&Rc<Deck>> {
        self.deck.as_ref().filter(|_| self.problems.is_empty())
    }
}

/// Reads and checks `text` (see [`Checked`]).
pub fn check(text: &str, today: explainer_deck::IsoDate) -> Checked {
    match serde_json::from_str::<Deck>(text) {
        Ok(deck) => {
            let mut problems = explainer_deck::validate_as_of(&deck, Some(today));
            if text.len() > explainer_deck::MAX_DECK_BYTES {
                problems.insert(
                    0,
                    DeckError::TooLarge {
                        bytes: text.len(),
                        limit: explainer_deck::MAX_DECK_BYTES,
                    },
                );
            }
            Checked {
                deck: Some(Rc::new(deck)),
                problems: Rc::new(problems),
            }
        }
        // The validator's own words for why the JSON does not read (with its place).
        Err(_) => Checked {
            deck: None,
            problems: Rc::new(parse_deck(text).err().map(|e| e.0).unwrap_or_default()),
        },
    }
}

/// The draft as the preview shows it: each card with problems replaced by a placeholder that
/// says how many (in the studio's language `lang`), and pictures with relative paths made
/// relative to [`PREVIEW_DECKS`]. While the deck cannot be shown at all, the paths of what
/// stands in the way: the deck's own fields (title, sources…) with problems, or none when its
/// JSON does not read as a deck; the studio then says so itself, in an editor's words, rather
/// than the widget's error card.
pub fn for_preview(
    checked: &Checked,
    lang: Lang,
    today: explainer_deck::IsoDate,
) -> Result<yew::AttrValue, Vec<String>> {
    let Some(deck) = checked.deck.as_deref() else {
        return Err(Vec::new());
    };
    let mut deck = deck.clone();
    let problems = &checked.problems;
    // Each card with problems of its own gives way to a placeholder that says so, so the other
    // cards keep working in the preview while one is being written.
    // The deck's sources with no problem: a placeholder cites its card's own among them, or,
    // citing none yet, the first (a card must cite one to be shown).
    let sound: Vec<String> = deck
        .sources
        .iter()
        .enumerate()
        .filter(|(n, _)| {
            let at = format!("sources[{n}]");
            !problems.iter().any(|p| p.path().starts_with(&at))
        })
        .map(|(_, s)| s.id.clone())
        .collect();
    let mut placed = false;
    let ids: Vec<String> = deck.cards.iter().map(|c| c.id().to_string()).collect();
    for (n, card) in deck.cards.iter_mut().enumerate() {
        let count = problems
            .iter()
            .filter(|p| crate::text_pos::card_of(p.path()) == Some(n))
            .count();
        if count == 0 {
            continue;
        }
        placed = true;
        let title = match card.title().trim() {
            "" => (studio_ui(lang).card_number)(n + 1),
            title => title.to_string(),
        };
        // Its own id if that is sound and its own; else one made up, so a bad id (being typed)
        // does not stop the whole preview.
        let own = card.id();
        let id =
            if explainer_deck::is_valid_id(own) && ids.iter().filter(|i| *i == own).count() == 1 {
                own.to_string()
            } else {
                (1..)
                    .map(|k| format!("card-{}-draft-{k}", n + 1))
                    .find(|id| !ids.contains(id))
                    .unwrap_or_default()
            };
        *card = Card::Text(TextCard {
            id,
            title,
            body: (studio_ui(lang).unfinished_card)(count),
            sources: {
                let own: Vec<String> = card
                    .sources()
                    .iter()
                    .filter(|id| sound.contains(id))
                    .cloned()
                    .collect();
                if own.is_empty() {
                    sound.first().cloned().into_iter().collect()
                } else {
                    own
                }
            },
            media: None,
            corrections: Vec::new(),
        });
    }
    // What is left is the deck's own (its title, its sources…): no preview until they are
    // fixed. Checked again only when placeholders went in (they are cards of their own).
    let left = if placed {
        explainer_deck::validate_as_of(&deck, Some(today))
    } else {
        problems.to_vec()
    };
    if !left.is_empty() {
        let mut paths: Vec<String> = left.iter().map(|p| p.path().to_string()).collect();
        paths.dedup();
        return Err(paths);
    }
    if deck
        .cards
        .iter()
        .filter_map(|c| c.media())
        .any(|m| explainer_deck::is_relative(&m.src))
    {
        deck.rebase_media(PREVIEW_DECKS);
    }
    serde_json::to_string(&deck)
        .map(yew::AttrValue::from)
        .map_err(|_| Vec::new())
}

/// A warning for a picture address readers could not load, or `None`: one on this computer
/// (`localhost`, `127.…`), or a plain `http:` one (refused by browsers on `https:` pages).
pub fn address_warning(src: &str, lang: explainer_deck::Lang) -> Option<&'static str> {
    let lower = src.trim().to_ascii_lowercase();
    let host = lower
        .strip_prefix("http://")
        .or_else(|| lower.strip_prefix("https://"))?
        .split(['/', ':'])
        .next()
        .unwrap_or("");
    let ui = crate::studio_ui(lang);
    if host == "localhost" || host.starts_with("127.") || host.starts_with('[') {
        Some(ui.picture_local)
    } else if lower.starts_with("http://") {
        Some(ui.picture_http)
    } else {
        None
    }
}

/// Today's date in the editor's browser, as the reader's widget reads it: what dates a deck
/// states are checked against, and what "Updated today" and a new correction write.
pub use explainer::load::today;

/// The shipped English deck, pretty.
pub fn shipped() -> String {
    parse_deck(BUILTIN_DECK_EN)
        .map(|deck| pretty(&deck))
        .unwrap_or_else(|_| BUILTIN_DECK_EN.to_string())
}

/// The template spreadsheet (docs/deck-template.csv) as a deck: one card of each kind with
/// placeholder words, every field shown, to overwrite.
pub fn template() -> String {
    explainer_deck::deck_from_sheet(include_str!("../../../docs/deck-template.csv"))
        .map(|deck| pretty(&deck))
        .unwrap_or_else(|_| BLANK.to_string())
}

thread_local! {
    /// The template's words, read once.
    static TEMPLATE: crate::template_words::Template =
        explainer_deck::deck_from_sheet(include_str!("../../../docs/deck-template.csv"))
            .map(|t| crate::template_words::Template::of(&t))
            .unwrap_or_default();
}

/// The fields of `deck` that still hold the template's words (see [`crate::template_words`]).
pub fn template_left(deck: &Deck) -> Vec<String> {
    TEMPLATE.with(|template| template.left(deck))
}

/// The text of an opened file as a draft, with the problems to tell the editor: a spreadsheet
/// (by its name) becomes a deck as far as it reads, with its problems by row and column (only
/// a sheet with no deck to speak of is refused, with them); anything else is taken as deck
/// JSON as it is, problems and all, so nothing is refused that the editor could fix.
pub fn from_file(name: &str, text: &str) -> Result<(String, Vec<SheetProblem>), Vec<SheetProblem>> {
    if explainer_deck::is_sheet_name(name) {
        match explainer_deck::read_sheet(text) {
            (Some(deck), problems) => Ok((pretty(&deck), problems)),
            (None, problems) => Err(problems),
        }
    } else {
        Ok((text.to_string(), Vec::new()))
    }
}

/// The storage key of the draft as it was before it was last replaced as a whole (a blank
/// deck, a file, a sheet): Undo reaches it after a reload too.
const KEY_BEFORE: &str = "explainer-studio-draft-before";

/// The draft as it was before it was last replaced, if any.
pub fn load_before() -> Option<String> {
    use gloo_storage::Storage;
    gloo_storage::LocalStorage::get::<String>(KEY_BEFORE).ok()
}

/// Keeps `text`, the draft about to be replaced as a whole (best effort: a full storage only
/// loses this way back, never the draft).
pub fn save_before(text: &str) {
    use gloo_storage::Storage;
    let _ = gloo_storage::LocalStorage::set(KEY_BEFORE, text);
}

/// The storage key of the studio's language, as the editor last chose it.
const KEY_LANG: &str = "explainer-studio-lang";

/// The studio's language: the one last chosen in this browser, else the browser's own when it
/// is one the studio speaks (`ja-JP` → Japanese), else English.
pub fn lang() -> Lang {
    use gloo_storage::Storage;
    let chosen = gloo_storage::LocalStorage::get::<String>(KEY_LANG).ok();
    let browser = gloo_utils::window().navigator().language();
    chosen
        .into_iter()
        .chain(browser)
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

/// Keeps `lang` as the studio's language in this browser (best effort).
pub fn save_lang(lang: Lang) {
    use gloo_storage::Storage;
    let _ = gloo_storage::LocalStorage::set(KEY_LANG, lang.tag());
}

/// The draft saved in this browser, if any.
pub fn load() -> Option<String> {
    use gloo_storage::Storage;
    gloo_storage::LocalStorage::get::<String>(KEY).ok()
}

/// Saves the draft; `false` when the browser refused (storage full or blocked).
pub fn save(text: &str) -> bool {
    use gloo_storage::Storage;
    gloo_storage::LocalStorage::set(KEY, text).is_ok()
}

/// Offers `text` as a file named `name` to download.
pub fn download(name: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = gloo_utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
