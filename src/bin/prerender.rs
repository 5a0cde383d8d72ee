//! Build-time prerender (a Trunk `post_build` hook): replaces every
//! `<!-- explainer-static: decks/NAME.json -->` marker in the staged HTML files with the static
//! HTML of that deck (its title at the level of the enclosing element's `data-heading-level`,
//! if any before the marker on the same tag), and writes each deck's fragment to `static/NAME.html` for embedders to
//! paste inside their `[data-explainer]` element.
//!
//! With `EXPLAINER_PUBLIC_URL` set (the absolute address the release is served from, ending in
//! `/`), it also writes, for every deck, an embed page `embed/NAME.html` (a copy of `embed.html`
//! showing that deck, its static HTML inside) and that page's oEmbed response
//! `oembed/NAME.json`, which the page (and `embed.html`, for the built-in deck) advertises with
//! a discovery link. oEmbed needs absolute URLs, so without the variable there is no oEmbed.
//!
//! Usage: `prerender [STAGING_DIR]` (default: `$TRUNK_STAGING_DIR`).

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use explainer::components::{heading_level_attr, DeckArticle, DeckArticleProps};
use explainer::deck::{parse_deck, Deck};

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
    let mut decks = Vec::new();
    for deck in fs::read_dir("decks").unwrap_or_else(|e| fail(&format!("decks/: {e}"))) {
        let path = deck.map(|d| d.path()).unwrap_or_default();
        if path.extension().is_some_and(|x| x == "json") {
            let html = runtime.block_on(render(&path, 2));
            let name = path.file_stem().unwrap_or_default().to_string_lossy();
            let out = static_dir.join(format!("{name}.html"));
            fs::write(&out, &html).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
            decks.push((name.into_owned(), read_deck(&path)));
        }
    }
    decks.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some(public) = env::var("EXPLAINER_PUBLIC_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        if !(public.starts_with("https://") || public.starts_with("http://"))
            || !public.ends_with('/')
        {
            fail(&format!(
                "EXPLAINER_PUBLIC_URL must be an absolute http(s) URL ending in /, not {public:?}"
            ));
        }
        oembed(&staging, &decks, &public);
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

fn read_deck(deck_path: &Path) -> Deck {
    let json = fs::read_to_string(deck_path)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", deck_path.display())));
    parse_deck(&json)
        .unwrap_or_else(|errors| fail(&format!("{}: invalid deck\n{errors}", deck_path.display())))
}

async fn render(deck_path: &Path, heading_level: u8) -> String {
    yew::LocalServerRenderer::<DeckArticle>::with_props(DeckArticleProps {
        deck: read_deck(deck_path).into(),
        heading_level,
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
        let level = heading_level_before(&rest[..start]);
        out.push_str(&render(Path::new(after[..end].trim()), level).await);
        rest = &after[end + MARKER_CLOSE.len()..];
    }
    out.push_str(rest);
    out
}

/// The `data-heading-level` of the last tag opened before a marker (2 if none): the element
/// the static HTML goes into, so the page's outline does not change when the widget starts.
fn heading_level_before(html: &str) -> u8 {
    let tag = &html[html.rfind('<').unwrap_or(0)..];
    tag.split("data-heading-level=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(heading_level_attr)
        .unwrap_or(2)
}

/// The size an oEmbed consumer reserves before the page inside reports its real height.
const OEMBED_WIDTH: u32 = 640;
const OEMBED_HEIGHT: u32 = 760;

/// Writes `embed/NAME.html` and `oembed/NAME.json` for every deck, and adds the built-in deck's
/// discovery link to `embed.html`. The embed pages are made from the staged `embed.html` (still
/// holding its static-HTML marker, filled afterwards like every page's), so they are the same
/// page: same scripts, same CSP, same allow-list, same query parameters.
fn oembed(staging: &Path, decks: &[(String, Deck)], public: &str) {
    let embed_path = staging.join("embed.html");
    let template = fs::read_to_string(&embed_path)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", embed_path.display())));
    // The deck embed.html shows when no `deck` parameter is given: the one its marker names.
    let builtin = template
        .split(MARKER_OPEN)
        .nth(1)
        .and_then(|rest| rest.split(MARKER_CLOSE).next())
        .map(|path| path.trim().to_owned())
        .unwrap_or_else(|| fail("embed.html: no explainer-static marker"));
    let provider = env::var("EXPLAINER_PROVIDER_NAME").unwrap_or_else(|_| "News explainer".into());
    for dir in ["embed", "oembed"] {
        fs::create_dir_all(staging.join(dir)).unwrap_or_else(|e| fail(&format!("{dir}/: {e}")));
    }
    for (name, deck) in decks {
        let deck_path = format!("decks/{name}.json");
        let page_url = format!("{public}embed/{name}.html");
        let oembed_url = format!("{public}oembed/{name}.json");
        // In a folder one level down: every relative address in the page gains `../`.
        let mut page = rebase(&template, "../");
        page = replace_once(
            &page,
            "<html lang=\"en\">",
            &format!("<html lang=\"{}\">", deck.lang.tag()),
        );
        page = replace_once(
            &page,
            "<title>Explainer</title>",
            &format!("<title>{}</title>", escape(&deck.title)),
        );
        page = replace_once(&page, &builtin, &deck_path);
        if deck_path != builtin {
            page = replace_once(
                &page,
                "<div id=\"explainer\" data-explainer",
                &format!("<div id=\"explainer\" data-explainer data-deck=\"../{deck_path}\""),
            );
        }
        page = replace_once(
            &page,
            "</head>",
            &format!("{}</head>", discovery(&oembed_url, &deck.title)),
        );
        write(&staging.join("embed").join(format!("{name}.html")), &page);

        let title = escape(&deck.title);
        // The iframe and our parent script, which sizes it and hides the `blockquote` link
        // once the page inside has reported its height. The link is for consumers that drop
        // iframes; WordPress keeps it (without its attribute) and shows it until that first
        // height message, then shows the iframe instead.
        let html = format!(
            "<blockquote data-explainer-fallback><a href=\"{page_url}\">{title}</a></blockquote>\
             <iframe data-explainer-frame src=\"{page_url}\" width=\"{OEMBED_WIDTH}\" \
             height=\"{OEMBED_HEIGHT}\" title=\"{title}\" frameborder=\"0\"></iframe>\
             <script type=\"module\" src=\"{public}explainer-frame.js\"></script>"
        );
        let response = serde_json::json!({
            "version": "1.0",
            "type": "rich",
            "title": deck.title,
            "provider_name": provider,
            "provider_url": public,
            "width": OEMBED_WIDTH,
            "height": OEMBED_HEIGHT,
            "html": html,
        });
        let json = serde_json::to_string_pretty(&response).unwrap_or_default() + "\n";
        write(&staging.join("oembed").join(format!("{name}.json")), &json);

        if deck_path == builtin {
            let with_link = replace_once(
                &template,
                "</head>",
                &format!("{}</head>", discovery(&oembed_url, &deck.title)),
            );
            write(&embed_path, &with_link);
        }
    }
}

/// `<link rel="alternate" type="application/json+oembed">`: how a CMS finds the oEmbed
/// response of a page whose URL an author pasted.
fn discovery(href: &str, title: &str) -> String {
    format!(
        "  <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">\n",
        escape(href),
        escape(title)
    )
}

/// Prefixes every relative `href`/`src` value (not `#…`, `?…`, `/…` or `scheme:…`).
fn rebase(html: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(at) = ["href=\"", "src=\""]
        .iter()
        .filter_map(|attr| rest.find(attr).map(|i| i + attr.len()))
        .min()
    {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let value = &rest[..rest.find('"').unwrap_or(0)];
        if !(value.is_empty() || value.contains(':') || value.starts_with(['#', '?', '/'])) {
            out.push_str(prefix);
        }
    }
    out.push_str(rest);
    out
}

/// `text` with `from` replaced once; the build fails if `embed.html` no longer has it.
fn replace_once(text: &str, from: &str, to: &str) -> String {
    if !text.contains(from) {
        fail(&format!(
            "embed.html: expected {from:?} (update src/bin/prerender.rs)"
        ));
    }
    text.replacen(from, to, 1)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
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
