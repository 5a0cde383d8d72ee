//! Build-time prerender (a Trunk `post_build` hook): replaces every
//! `<!-- explainer-static: decks/NAME.json -->` marker in the staged HTML files with the static
//! HTML of that deck, and writes each deck's fragment to `static/NAME.html` for embedders to
//! paste inside their `[data-explainer]` element.
//!
//! Usage: `prerender [STAGING_DIR]` (default: `$TRUNK_STAGING_DIR`).

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::{env, fs, process};

use explainer::components::{DeckArticle, DeckArticleProps};
use explainer::deck::parse_deck;

const MARKER_OPEN: &str = "<!-- explainer-static:";
const MARKER_CLOSE: &str = "-->";

fn main() {
    let staging = env::args()
        .nth(1)
        .or_else(|| env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| fail("usage: prerender STAGING_DIR (or set TRUNK_STAGING_DIR)"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|e| fail(&format!("cannot start the renderer: {e}")));
    let staging = PathBuf::from(staging);
    let static_dir = staging.join("static");
    fs::create_dir_all(&static_dir)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", static_dir.display())));
    for deck in fs::read_dir("decks").unwrap_or_else(|e| fail(&format!("decks/: {e}"))) {
        let path = deck.map(|d| d.path()).unwrap_or_default();
        if path.extension().is_some_and(|x| x == "json") {
            let html = runtime.block_on(render(&path));
            let name = path.file_stem().unwrap_or_default().to_string_lossy();
            let out = static_dir.join(format!("{name}.html"));
            fs::write(&out, &html).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
        }
    }
    for page in html_files(&staging) {
        let text = fs::read_to_string(&page).unwrap_or_default();
        if !text.contains(MARKER_OPEN) {
            continue;
        }
        let replaced = runtime.block_on(fill_markers(&text, &page));
        fs::write(&page, replaced).unwrap_or_else(|e| fail(&format!("{}: {e}", page.display())));
    }
}

async fn render(deck_path: &Path) -> String {
    let json = fs::read_to_string(deck_path)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", deck_path.display())));
    let deck = parse_deck(&json)
        .unwrap_or_else(|errors| fail(&format!("{}: invalid deck\n{errors}", deck_path.display())));
    yew::LocalServerRenderer::<DeckArticle>::with_props(DeckArticleProps {
        deck: Rc::new(deck),
    })
    .hydratable(false)
    .render()
    .await
}

async fn fill_markers(text: &str, page: &Path) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(start) = rest.find(MARKER_OPEN) {
        let after = &rest[start + MARKER_OPEN.len()..];
        let Some(end) = after.find(MARKER_CLOSE) else {
            fail(&format!(
                "{}: unclosed explainer-static marker",
                page.display()
            ));
        };
        out.push_str(&rest[..start]);
        out.push_str(&render(Path::new(after[..end].trim())).await);
        rest = &after[end + MARKER_CLOSE.len()..];
    }
    out.push_str(rest);
    out
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                found.extend(html_files(&path));
            } else if path.extension().is_some_and(|x| x == "html") {
                found.push(path);
            }
        }
    }
    found
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    process::exit(1)
}
