//! Host-page glue: the only module that touches the page around the widget.
//!
//! The embed loader (`web/explainer.js`) finds `[data-explainer]` elements and, when one comes
//! near the viewport, loads this module once and calls [`mount`] for each. Every widget lives
//! in its own open Shadow DOM, styled by one shared constructable stylesheet, so page CSS
//! cannot reach in and ours cannot leak out; a strict CSP allows that (no `<style>`, no
//! `style=""`). The widget talks to the page with bubbling, composed DOM `CustomEvent`s.

mod events;
mod style;

pub use style::{shadow_container, WIDGET_CSS};

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use yew::{AppHandle, AttrValue, Callback};

use crate::components::{DeckSource, Explainer, ExplainerProps, GoTo};
use crate::i18n::Lang;

/// One mounted widget.
struct Instance {
    host: web_sys::Element,
    container: web_sys::Element,
    app: AppHandle<Explainer>,
    props: ExplainerProps,
}

thread_local! {
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Reads a host element's attributes into widget properties.
///
/// `data-deck`: the deck's URL (absent: the built-in deck). `data-lang`: the language of the
/// widget's own strings until the deck is loaded. `data-start`: id of the first card.
pub fn props_for(host: &web_sys::Element, id_prefix: AttrValue) -> ExplainerProps {
    // `data-deck-refused`: the iframe embed page (web/embed-frame.js) was asked for a deck from
    // a site it does not trust; the widget says so instead of showing anything of it.
    let refused = host.get_attribute("data-deck-refused");
    let source = match (refused, host.get_attribute("data-deck")) {
        (Some(url), _) => DeckSource::Refused(AttrValue::from(url)),
        (None, Some(url)) if !url.trim().is_empty() => DeckSource::Url(AttrValue::from(url)),
        _ => DeckSource::Builtin,
    };
    let lang = host
        .get_attribute("data-lang")
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    ExplainerProps {
        source,
        id_prefix,
        lang,
        start: host.get_attribute("data-start").map(AttrValue::from),
        go_to: None,
        on_ready: Callback::noop(),
        on_change: Callback::noop(),
        on_shown: Callback::noop(),
        share: false,
        builtin_base: None,
        heading_level: host
            .get_attribute("data-heading-level")
            .and_then(|l| crate::components::heading_level_attr(&l))
            .unwrap_or(2),
        timeout: host
            .get_attribute("data-timeout")
            .and_then(|t| crate::load::timeout_attr(&t))
            .unwrap_or(crate::load::TIMEOUT_SECONDS),
    }
}

/// Mounts a widget into `host` (once: a second call for the same element does nothing) and
/// shows card `start` first if given (the loader passes the card named in the URL hash).
/// `base` is the address of the folder holding the widget's files (the loader's own), where
/// the built-in deck's other editions are published ([`crate::builtin_edition`]).
pub fn mount(
    host: web_sys::Element,
    start: Option<String>,
    base: Option<String>,
) -> Result<(), JsValue> {
    install_panic_hook();
    if is_mounted(&host) {
        return Ok(());
    }
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    let mut props = props_for(&host, AttrValue::from(format!("cx{id}")));
    if let Some(start) = start {
        props.start = Some(AttrValue::from(start));
    }
    props.builtin_base = base.map(AttrValue::from);
    // The loader, which reads the deep links, answers "Share this card" (web/explainer.js).
    props.share = true;
    (props.on_ready, props.on_change) = events::callbacks(&host);

    let style::Container {
        element: container,
        snapshot,
    } = style::shadow_container(&host)?;
    if snapshot.is_some() {
        let container = container.clone();
        let snapshot = std::cell::Cell::new(snapshot);
        props.on_shown = Callback::from(move |()| {
            if let Some(snapshot) = snapshot.take() {
                style::take_over(&container, snapshot);
            }
        });
    }
    let app =
        yew::Renderer::<Explainer>::with_root_and_props(container.clone(), props.clone()).render();
    INSTANCES.with(|all| {
        all.borrow_mut().push(Instance {
            host,
            container,
            app,
            props,
        })
    });
    Ok(())
}

fn is_mounted(host: &web_sys::Element) -> bool {
    INSTANCES.with(|all| all.borrow().iter().any(|i| i.host == *host))
}

/// Runs `f` on the instance mounted in `host`, if any.
fn with_instance<R>(host: &web_sys::Element, f: impl FnOnce(&mut Instance) -> R) -> Option<R> {
    INSTANCES.with(|all| {
        let mut all = all.try_borrow_mut().ok()?;
        all.iter_mut().find(|i| i.host == *host).map(f)
    })
}

/// Shows the card with id `card` in the widget mounted in `host`. Returns false when no widget
/// is mounted there (unknown card ids are ignored by the widget).
pub fn go_to(host: &web_sys::Element, card: String) -> bool {
    with_instance(host, |instance| {
        let seq = instance.props.go_to.as_ref().map_or(0, |g| g.seq + 1);
        instance.props.go_to = Some(GoTo {
            seq,
            card: AttrValue::from(card),
        });
        instance.app.update(instance.props.clone());
    })
    .is_some()
}

/// Re-reads `data-deck`, `data-lang`, `data-heading-level` and `data-timeout` after the host
/// changed them, loading the new deck if it changed.
pub fn refresh(host: &web_sys::Element) -> bool {
    with_instance(host, |instance| {
        let fresh = props_for(&instance.host, instance.props.id_prefix.clone());
        if fresh.source != instance.props.source
            || fresh.lang != instance.props.lang
            || fresh.heading_level != instance.props.heading_level
            || fresh.timeout != instance.props.timeout
        {
            // `fresh` knows nothing of the loader's base address: keep the one given at mount.
            instance.props.source = fresh.source;
            instance.props.lang = fresh.lang;
            instance.props.heading_level = fresh.heading_level;
            instance.props.timeout = fresh.timeout;
            instance.props.go_to = None;
            instance.app.update(instance.props.clone());
        }
    })
    .is_some()
}

/// Removes the widget from `host`, releasing its listeners and memory. The element keeps its
/// shadow root (browsers cannot detach one) but it is emptied.
pub fn unmount(host: &web_sys::Element) -> bool {
    let instance = INSTANCES.with(|all| {
        let mut all = all.try_borrow_mut().ok()?;
        let at = all.iter().position(|i| i.host == *host)?;
        Some(all.swap_remove(at))
    });
    match instance {
        Some(instance) => {
            instance.app.destroy();
            instance.container.remove();
            true
        }
        None => false,
    }
}

/// Replaces yew's default hook: log the panic, then put a visible message in every widget.
///
/// In the release wasm (`-Cpanic=immediate-abort`, scripts/release-env.sh) a panic traps
/// without running any hook, and the loader shows the message; there the hook is an empty one,
/// so neither ours nor yew's default (console_error_panic_hook) and their formatting code are
/// carried in every article for nothing.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        #[cfg(panic = "immediate-abort")]
        yew::set_custom_panic_hook(Box::new(|_| {}));
        #[cfg(not(panic = "immediate-abort"))]
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("explainer: {info}").into());
            show_panic_message();
        }));
    });
}

/// Replaces the content of every mounted widget with the "stopped working" message in its
/// language ([`crate::i18n::Ui::stopped`]), built with DOM calls (nothing is parsed as HTML).
/// Called by the panic hook; public so it can be tested. (With `immediate-abort` a panic is a
/// trap and the loader shows the message.)
#[cfg(not(panic = "immediate-abort"))]
pub fn show_panic_message() {
    use crate::i18n::LangUi;
    let _ = INSTANCES.try_with(|all| {
        let Ok(all) = all.try_borrow() else { return };
        for instance in all.iter() {
            let lang = instance.props.lang;
            style::show_message(&instance.container, lang.tag(), lang.ui().stopped);
        }
    });
}
