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
//! Each fragment opens with the widget's first card as a declarative shadow root (a
//! *snapshot*: the `Carousel` the widget will render, linking the widget's stylesheet, which
//! this step also writes as `explainer.css`). The browser paints it with the page, and the
//! widget swaps it for itself at the same size (src/embed/style.rs), so starting moves nothing
//! on the page. In the site's own pages the stylesheet is linked relative to the page; in
//! `static/NAME.html`, at `EXPLAINER_PUBLIC_URL` (or `/explainer.css` without it). Should it not
//! load (another address, a CSP without the widget's origin), the snapshot stays hidden and the
//! all-cards HTML shows, as before snapshots.
//!
//! `static/NAME.inline.html` is the same fragment with the stylesheet inside the snapshot (a
//! `<style>` element) instead of linked: a shadow root's linked stylesheet is not
//! render-blocking, so the linked snapshot shows a frame or more after the page's first paint;
//! the inline one is in that first paint. It is for pages whose CSP allows inline styles or the
//! hash `scripts/post-build.sh` writes to `static/inline-style.csp`; under a CSP that refuses
//! it, the snapshot stays hidden as above.
//!
//! Usage: `prerender [STAGING_DIR]` (default: `$TRUNK_STAGING_DIR`).

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use explainer::components::{heading_level_attr, Carousel, CarouselProps};
use explainer::embed::WIDGET_CSS;
use explainer_deck::{parse_deck, Deck, BUILTIN_DECK_EN};
use explainer_static::{DeckArticle, DeckArticleProps};
use yew::Callback;

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
    write(&staging.join("explainer.css"), WIDGET_CSS);
    let public = env::var("EXPLAINER_PUBLIC_URL")
        .ok()
        .filter(|u| !u.is_empty());
    let css_href = format!("{}explainer.css", public.as_deref().unwrap_or("/"));
    // The pasted fragments' pictures: at the release's address, as their stylesheet is.
    let media_folder = format!("{}decks/", public.as_deref().unwrap_or("/"));
    let static_dir = staging.join("static");
    fs::create_dir_all(&static_dir)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", static_dir.display())));
    let mut decks = Vec::new();
    for deck in fs::read_dir("decks").unwrap_or_else(|e| fail(&format!("decks/: {e}"))) {
        let path = deck.map(|d| d.path()).unwrap_or_default();
        if path.extension().is_some_and(|x| x == "json") {
            // Pasted into the documented snippet: the built-in deck's element names no
            // `data-deck`, so its widget has the language switch; any other deck's has not.
            let name = path.file_stem().unwrap_or_default().to_string_lossy();
            for (style, suffix) in [(Style::Link(&css_href), ""), (Style::Inline, ".inline")] {
                let html = runtime.block_on(render(&path, 2, Some((style, true)), &media_folder));
                let out = static_dir.join(format!("{name}{suffix}.html"));
                fs::write(&out, &html).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
            }
            decks.push((name.into_owned(), read_deck(&path)));
        }
    }
    decks.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some(public) = public {
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
        let depth = page
            .strip_prefix(&staging)
            .map_or(0, |p| p.components().count() - 1);
        let up = "../".repeat(depth);
        let css_href = format!("{up}explainer.css");
        let replaced = runtime.block_on(fill_markers(&text, &page, &css_href, &up));
        fs::write(&page, replaced).unwrap_or_else(|e| fail(&format!("{}: {e}", page.display())));
    }
}

fn read_deck(deck_path: &Path) -> Deck {
    let json = fs::read_to_string(deck_path)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", deck_path.display())));
    parse_deck(&json)
        .unwrap_or_else(|errors| fail(&format!("{}: invalid deck\n{errors}", deck_path.display())))
}

/// The built-in deck's id, read once for every snapshot that compares against it.
static BUILTIN_ID: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    parse_deck(BUILTIN_DECK_EN)
        .map(|deck| deck.id)
        .unwrap_or_default()
});

/// How a first-card snapshot gets the widget's stylesheet.
#[derive(Clone, Copy)]
enum Style<'a> {
    /// `<link rel="stylesheet">` to this address: allowed by a CSP that allows the widget's
    /// origin, but a shadow root's stylesheet is not render-blocking: the browser applies it
    /// one to three frames after its first paint, and the snapshot shows then (`make bench`,
    /// section 3b, measures both kinds).
    Link(&'a str),
    /// The stylesheet itself in a `<style>` element: applied as the shadow root is parsed, so the
    /// snapshot is in the page's first frame; a CSP must allow it (`'unsafe-inline'`, or the
    /// hash the build writes to `static/inline-style.csp`).
    Inline,
}

/// The static HTML of a deck: with `snapshot` (how it gets its stylesheet, and whether the
/// element names no `data-deck`), the first-card snapshot, then the all-cards article. The
/// deck's pictures, relative to the deck file, are made relative to `media_folder` (the deck
/// file's folder as the page sees it).
async fn render(
    deck_path: &Path,
    heading_level: u8,
    snapshot: Option<(Style<'_>, bool)>,
    media_folder: &str,
) -> String {
    let mut deck = read_deck(deck_path);
    deck.rebase_media(media_folder);
    let deck: std::rc::Rc<Deck> = deck.into();
    let article = yew::LocalServerRenderer::<DeckArticle>::with_props(DeckArticleProps {
        deck: deck.clone().into(),
        heading_level,
    })
    .hydratable(false)
    .render()
    .await;
    let Some((style, no_deck_attr)) = snapshot else {
        return article;
    };
    // The widget shows the language switch for the built-in deck (either edition), and only
    // when the element names no `data-deck` (src/components/explainer.rs).
    let builtin = no_deck_attr && *BUILTIN_ID == deck.id;
    let carousel = yew::LocalServerRenderer::<Carousel>::with_props(CarouselProps {
        deck: deck.into(),
        id_prefix: "cx".into(),
        start: 0,
        go_to: None,
        on_ready: Callback::noop(),
        on_change: Callback::noop(),
        on_language: builtin.then(Callback::noop),
        lang_note: None,
        heading_level,
        // The widget offers "Share this card" when the loader mounts it: drawn here too, so
        // the swap moves nothing (the snapshot is inert).
        share: true,
    })
    .hydratable(false)
    .render()
    .await;
    let sheet = match style {
        Style::Link(href) => format!("<link rel=\"stylesheet\" href=\"{}\">", escape(href)),
        Style::Inline if WIDGET_CSS.contains("</") => fail("explainer.css holds \"</\""),
        Style::Inline => format!("<style>{WIDGET_CSS}</style>"),
    };
    format!(
        "<template shadowrootmode=\"open\">{sheet}<slot class=\"cx-print\"></slot>\
         <div class=\"cx-root cx-snapshot\" hidden inert>{carousel}</div></template>{article}"
    )
}

/// Fills every marker of a page `up` (`../` per level) from the staging folder, where the
/// markers' deck paths start.
async fn fill_markers(text: &str, page: &Path, css_href: &str, up: &str) -> String {
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
        let no_deck_attr = !last_tag(&rest[..start]).contains("data-deck=");
        let snapshot = Some((Style::Link(css_href), no_deck_attr));
        let deck_path = after[..end].trim();
        let folder = format!("{up}{}", explainer_deck::folder_of(deck_path));
        out.push_str(&render(Path::new(deck_path), level, snapshot, &folder).await);
        rest = &after[end + MARKER_CLOSE.len()..];
    }
    out.push_str(rest);
    out
}

/// The `data-heading-level` of the last tag opened before a marker (2 if none): the element
/// the static HTML goes into, so the page's outline does not change when the widget starts.
fn heading_level_before(html: &str) -> u8 {
    last_tag(html)
        .split("data-heading-level=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(heading_level_attr)
        .unwrap_or(2)
}

/// The last tag opened in `html` (from its last `<`): the element a marker stands in.
fn last_tag(html: &str) -> &str {
    &html[html.rfind('<').unwrap_or(0)..]
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
            "embed.html: expected {from:?} (update crates/static/src/bin/prerender.rs)"
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
