//! The studio's custom hooks: the side effects its page needs, each in one place.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, StudioState};
use crate::text_pos::{card_of, utf16_offset};

/// While `unsaved` (the browser refused to store the draft), leaving the page asks first; a
/// stored draft does not need to (it is there after a reload).
#[hook]
pub fn use_leave_guard(unsaved: bool) {
    use_effect_with(unsaved, move |&unsaved| {
        let listener = web_sys::window().filter(|_| unsaved).map(|window| {
            gloo_events::EventListener::new_with_options(
                &window,
                "beforeunload",
                gloo_events::EventListenerOptions::enable_prevent_default(),
                |event| event.prevent_default(),
            )
        });
        move || drop(listener)
    });
}

/// Whether the draft was changed in this browser by another tab or window of the studio since
/// this one last took it up (its storage event); `reset` when it has been.
#[hook]
pub fn use_changed_elsewhere() -> (bool, Callback<()>) {
    let changed = use_state(|| false);
    {
        let changed = changed.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "storage", move |event| {
                    let key = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .and_then(web_sys::StorageEvent::key);
                    if key.as_deref() == Some(crate::draft::KEY) {
                        changed.set(true);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let reset = {
        let changed = changed.clone();
        Callback::from(move |()| changed.set(false))
    };
    (*changed, reset)
}

/// Focuses the element with id `id`, if there is one.
fn focus_field(id: &str) -> bool {
    gloo_utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|field| field.focus().is_ok())
}

/// Puts the caret of the JSON text area `editor` at a line and column (1-based).
fn focus_json(editor: &NodeRef, (line, column): (usize, usize)) {
    if let Some(area) = editor.cast::<web_sys::HtmlTextAreaElement>() {
        let at = utf16_offset(&area.value(), line, column);
        let _ = area.focus();
        let _ = area.set_selection_range(at, at);
    }
}

/// A problem to go to: its JSON path, and its line and column in the JSON when known.
pub type ProblemPlace = (String, Option<(usize, usize)>);

/// A callback that takes the editor to a problem: it selects the card the problem is in (when
/// another is `selected`), and once that card's form is drawn focuses the problem's field, or,
/// when no form field shows that value, its place in the JSON text area `editor`.
#[hook]
pub fn use_jump_to_problem(
    selected: usize,
    dispatch: UseReducerDispatcher<StudioState>,
    editor: NodeRef,
) -> Callback<ProblemPlace> {
    // The field to focus once its card has been drawn.
    let pending = use_mut_ref(|| None::<ProblemPlace>);
    {
        let pending = pending.clone();
        let editor = editor.clone();
        use_effect_with(selected, move |_| {
            if let Some((id, at)) = pending.borrow_mut().take() {
                if !focus_field(&id) {
                    at.into_iter().for_each(|at| focus_json(&editor, at));
                }
            }
        });
    }
    Callback::from(move |(path, at): ProblemPlace| {
        // An item of a list typed in one field (`sources[2]`) is in that field.
        let path = match path.strip_suffix(']').and_then(|p| p.rsplit_once('[')) {
            Some((list, _)) if list.ends_with("sources") => list.to_string(),
            _ => path,
        };
        let id = crate::field_id(&path);
        match card_of(&path) {
            Some(card) if card != selected => {
                *pending.borrow_mut() = Some((id, at));
                dispatch.dispatch(Action::Select(card));
            }
            _ => {
                if !focus_field(&id) {
                    at.into_iter().for_each(|at| focus_json(&editor, at));
                }
            }
        }
    })
}

thread_local! {
    /// The form fields there were when an "Add" button was pressed, until the form is drawn
    /// again with the new item.
    static BEFORE_ADD: std::cell::RefCell<Option<Vec<String>>> = const { std::cell::RefCell::new(None) };
}

/// The ids of the form fields on the page now.
fn field_ids() -> Vec<String> {
    let Ok(fields) = gloo_utils::document().query_selector_all(FIELDS) else {
        return Vec::new();
    };
    (0..fields.length())
        .filter_map(|n| fields.item(n))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .map(|field| field.id())
        .collect()
}

/// Whether the field with this id has nothing in it yet.
fn is_empty(id: &str) -> bool {
    let Some(field) = gloo_utils::document().get_element_by_id(id) else {
        return false;
    };
    let value = if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = field.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else {
        return false;
    };
    value.trim().is_empty()
}

/// The studio's form fields (their ids are their JSON paths, `f-…`).
const FIELDS: &str =
    ".studio-edit input[id^='f-'], .studio-edit textarea[id^='f-'], .studio-edit select[id^='f-']";

/// Notes the fields there are, as an "Add" button is pressed: once the form is drawn again,
/// [`use_focus_new_field`] focuses the first field that was not there.
pub fn expect_new_field() {
    BEFORE_ADD.with(|before| *before.borrow_mut() = Some(field_ids()));
}

/// After an "Add" button (an event, a source, a correction…), focus goes to the new item's
/// first field, so the editor types on without looking for it. Called by each form that has
/// such buttons, with the deck it draws.
#[hook]
pub fn use_focus_new_field<T: PartialEq + Clone + 'static>(deck: T) {
    use_effect_with(deck, |_| {
        let Some(before) = BEFORE_ADD.with(|b| b.borrow_mut().take()) else {
            return;
        };
        // The first new field still to fill in (a new correction's date is today's already),
        // else the first new field.
        let new: Vec<String> = field_ids()
            .into_iter()
            .filter(|id| !before.contains(id))
            .collect();
        let empty = new.iter().find(|id| is_empty(id));
        if let Some(id) = empty.or(new.first()) {
            focus_field(id);
        }
    });
}
