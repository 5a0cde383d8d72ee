//! Closing something when the reader presses anywhere else on the page.

use yew::prelude::*;

/// While `active`, calls `on_outside` when a pointer goes down anywhere on the page outside
/// every element of `inside`. The listener is on the window (a press outside the widget counts
/// too); it goes away when `active` turns false or the component unmounts, since
/// `gloo-events` removes it on drop (measured: 138 B gzipped more than the hand-written
/// add/remove pair it replaced, docs/size-rules.md; bench/per-change.md). Presses inside the widget's shadow root
/// are told apart by the event's composed path, which crosses the shadow boundary where
/// `target` would not.
#[hook]
pub fn use_click_outside(active: bool, inside: Vec<NodeRef>, on_outside: Callback<()>) {
    use_effect_with(active, move |&active| {
        let listener = web_sys::window().filter(|_| active).map(|window| {
            gloo_events::EventListener::new(&window, "pointerdown", move |event| {
                let path = event.composed_path();
                let within = inside
                    .iter()
                    .any(|node| node.get().is_some_and(|node| path.includes(&node, 0)));
                if !within {
                    on_outside.emit(());
                }
            })
        });
        move || drop(listener)
    });
}
