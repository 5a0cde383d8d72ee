//! The size rule the compiler cannot see: the crates the reader's wasm is built from. Every
//! direct dependency of the widget (`explainer`) and of the content model it ships
//! (`explainer-deck`) is listed here; a new one fails this test until its cost is measured
//! (`make bench`, gzipped, in every article) and written in docs/size-rules.md.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

/// The direct normal dependencies of `package` when built for the browser.
fn direct_dependencies(package: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "normal",
            "--depth",
            "1",
        ])
        .args([
            "--target",
            "wasm32-unknown-unknown",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .args(["-p", package])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    lines.next(); // the package itself
    let mut names: Vec<String> = lines
        .filter_map(|line| line.split_whitespace().next().map(str::to_string))
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn the_reader_crates_depend_on_what_was_measured_and_nothing_else() {
    for (package, allowed) in [
        (
            "explainer",
            &[
                "explainer-deck",
                "gloo-events",
                "js-sys",
                "serde-wasm-bindgen",
                "wasm-bindgen",
                "wasm-bindgen-futures",
                "web-sys",
                "yew",
            ][..],
        ),
        ("explainer-deck", &["serde", "serde_json", "thiserror"][..]),
    ] {
        let found = direct_dependencies(package);
        for name in &found {
            assert!(
                allowed.contains(&name.as_str()),
                "{package} now depends on {name}, which every article would download: measure \
                 it (make bench) and record it in docs/size-rules.md before adding it here"
            );
        }
        assert_eq!(found, allowed, "{package}");
    }
}
