//! Custom hooks: behaviour that several components share and that draws nothing (as in Yew's
//! `function_todomvc` example). One hook per file, named after it.

mod use_carousel_keys;
mod use_click_outside;
mod use_fetch_deck;
mod use_host_nav;
mod use_ready_cards;
mod use_roving;
mod use_swipe;

pub use use_carousel_keys::use_carousel_keys;
pub use use_click_outside::use_click_outside;
pub use use_fetch_deck::{use_fetch_deck, Load};
pub use use_host_nav::{use_host_nav, HostLink};
pub use use_ready_cards::use_ready_cards;
pub use use_roving::{use_roving, Roving};
pub use use_swipe::{use_swipe, Swipe};
