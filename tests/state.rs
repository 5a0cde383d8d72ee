//! Native tests of the navigation state and the key map.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use explainer::state::{Nav, NavAction};
use yew::Reducible;

#[test]
fn moves_stop_at_both_ends() {
    let nav = Nav::new(3, 0);
    assert!(nav.at_start());
    assert_eq!(nav.apply(NavAction::Prev).index, 0);
    let nav = nav.apply(NavAction::Next).apply(NavAction::Next);
    assert_eq!(nav.index, 2);
    assert!(nav.at_end());
    assert_eq!(nav.apply(NavAction::Next).index, 2);
    assert_eq!(nav.apply(NavAction::First).index, 0);
    assert_eq!(Nav::new(3, 0).apply(NavAction::Last).index, 2);
    assert_eq!(Nav::new(3, 0).apply(NavAction::GoTo(1)).index, 1);
    assert_eq!(Nav::new(3, 0).apply(NavAction::GoTo(99)).index, 2);
    assert_eq!(Nav::new(3, 7).index, 2);
    assert_eq!(Nav::new(0, 5).index, 0);
}

#[test]
fn reducer_keeps_the_same_rc_when_nothing_changes() {
    let nav = Rc::new(Nav::new(3, 0));
    let same = nav.clone().reduce(NavAction::Prev);
    assert!(Rc::ptr_eq(&nav, &same));
    let moved = nav.clone().reduce(NavAction::Next);
    assert_eq!(moved.index, 1);
}

#[test]
fn keys_map_to_moves() {
    assert_eq!(
        NavAction::from_key("ArrowRight", false),
        Some(NavAction::Next)
    );
    assert_eq!(
        NavAction::from_key("ArrowLeft", false),
        Some(NavAction::Prev)
    );
    assert_eq!(NavAction::from_key("Home", false), Some(NavAction::First));
    assert_eq!(NavAction::from_key("End", false), Some(NavAction::Last));
    assert_eq!(NavAction::from_key("Enter", false), None);
    assert_eq!(NavAction::from_key("ArrowDown", false), None);
    // The carousel's horizontal keys above; the timeline's vertical list takes ↑/↓ as well,
    // through the same mapping.
    assert_eq!(
        NavAction::from_key("ArrowDown", true),
        Some(NavAction::Next)
    );
    assert_eq!(NavAction::from_key("ArrowUp", true), Some(NavAction::Prev));
    assert_eq!(NavAction::from_key("End", true), Some(NavAction::Last));
    assert_eq!(NavAction::from_key("ArrowUp", false), None);
    assert_eq!(NavAction::from_key("a", true), None);
}

#[test]
fn short_decks_show_every_dot_long_ones_a_steady_window() {
    use explainer::components::{visible_dots, MAX_DOTS};
    assert_eq!(visible_dots(3, 1), vec![Some(0), Some(1), Some(2)]);
    assert_eq!(visible_dots(MAX_DOTS, 0).len(), MAX_DOTS);
    for len in [MAX_DOTS + 1, 40, 1000, 2000] {
        for current in [0, 1, 2, len / 2, len - 3, len - 2, len - 1] {
            let dots = visible_dots(len, current);
            assert!(dots.len() <= MAX_DOTS, "{len}/{current}: {}", dots.len());
            assert!(
                dots.len() >= MAX_DOTS - 2,
                "{len}/{current}: {}",
                dots.len()
            );
            assert_eq!(dots.first(), Some(&Some(0)));
            assert_eq!(dots.last(), Some(&Some(len - 1)));
            assert!(dots.contains(&Some(current)), "{len}/{current}");
            // In order, no dot twice, never two gaps in a row.
            let shown: Vec<usize> = dots.iter().flatten().copied().collect();
            assert!(
                shown.windows(2).all(|w| w[0] < w[1]),
                "{len}/{current}: {dots:?}"
            );
            assert!(dots.windows(2).all(|w| w[0].is_some() || w[1].is_some()));
        }
    }
}

#[test]
fn the_dot_page_moves_only_when_the_reader_leaves_it() {
    use explainer::components::{visible_dots, MAX_DOTS};
    // Reading a long deck from the first card to the last, one card at a time, the row of
    // dots changes once per page (MAX_DOTS - 4 cards), not on every move.
    let page = MAX_DOTS - 4;
    for len in [MAX_DOTS + 1, 100, 1000] {
        let changes = (0..len - 1)
            .filter(|&c| visible_dots(len, c) != visible_dots(len, c + 1))
            .count();
        assert!(changes <= (len - 2).div_ceil(page), "{len}: {changes}");
    }
}

#[test]
fn quiz_goes_through_its_phases_from_the_answer_key() {
    use explainer::state::{Quiz, QuizAction, QuizPhase};
    let q = Quiz::new(vec![1, 0]);
    assert_eq!(q.len(), 2);
    assert_eq!(q.button_action(), QuizAction::Check);
    // "Check" with nothing chosen nudges; choosing clears the nudge.
    let q = q.apply(QuizAction::Check);
    assert_eq!(
        q.phase,
        QuizPhase::Answering {
            chosen: None,
            nudge: true
        }
    );
    let q = q.apply(QuizAction::Choose(0)).apply(QuizAction::Choose(1));
    assert_eq!(
        q.phase,
        QuizPhase::Answering {
            chosen: Some(1),
            nudge: false
        }
    );
    // A right answer counts, and the choices lock.
    let q = q.apply(QuizAction::Check);
    assert_eq!(q.phase, QuizPhase::Checked { chosen: 1 });
    assert_eq!(q.right, 1);
    assert_eq!(q.clone().apply(QuizAction::Choose(0)).chosen(), Some(1));
    assert_eq!(q.clone().apply(QuizAction::Check).right, 1);
    assert_eq!(q.button_action(), QuizAction::Next);
    // The next question; a wrong answer does not count.
    let q = q.apply(QuizAction::Next);
    assert_eq!((q.index, q.chosen(), q.correct()), (1, None, Some(0)));
    assert!(q.on_last());
    let q = q.apply(QuizAction::Choose(2)).apply(QuizAction::Check);
    assert_eq!(q.right, 1);
    // After the last question, the score; nothing but "again" changes it.
    let q = q.apply(QuizAction::Next);
    assert_eq!(q.phase, QuizPhase::Finished);
    assert_eq!(q.button_action(), QuizAction::Restart);
    for action in [QuizAction::Choose(0), QuizAction::Check, QuizAction::Next] {
        assert_eq!(q.clone().apply(action), q);
    }
    let again = q.apply(QuizAction::Restart);
    assert_eq!(again, Quiz::new(vec![1, 0]));
    // "Next" before checking does nothing.
    assert_eq!(again.clone().apply(QuizAction::Next), again);
}

#[test]
fn neighbours_and_the_first_card_are_kept_ready_when_idle() {
    // First render: only the card on show.
    let nav = Nav::new(9, 2);
    assert_eq!(nav.cards(), vec![2]);
    // Idle after card 2 came on show: the one before, the two after, and the first (Home).
    let ready = nav.apply(NavAction::Ready);
    assert_eq!(ready.cards(), vec![0, 1, 2, 3, 4]);
    // A move keeps them (nothing is removed while the reader waits) …
    let moved = ready
        .apply(NavAction::Next)
        .apply(NavAction::Next)
        .apply(NavAction::Next);
    assert_eq!(moved.index, 5);
    assert_eq!(moved.cards(), vec![0, 1, 2, 3, 4, 5]);
    // … until the next idle moves the window, clipped to the deck; the first card stays.
    assert_eq!(moved.apply(NavAction::Ready).cards(), vec![0, 4, 5, 6, 7]);
    assert_eq!(
        Nav::new(9, 8)
            .apply(NavAction::Ready)
            .apply(NavAction::First)
            .cards(),
        vec![0, 7, 8]
    );
    assert_eq!(
        Nav::new(5, 0).apply(NavAction::Ready).cards(),
        vec![0, 1, 2]
    );
    assert_eq!(Nav::new(1, 0).apply(NavAction::Ready).cards(), vec![0]);
    // Idle again with nothing moved: the same state, so the reducer renders nothing.
    let again = Rc::new(ready);
    assert!(Rc::ptr_eq(&again, &again.clone().reduce(NavAction::Ready)));
    assert!(Nav::new(0, 0).cards().is_empty());
}
