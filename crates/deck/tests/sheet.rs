//! Decks from spreadsheets (`deck::deck_from_sheet`): the template becomes a valid deck, and
//! every problem of a broken sheet is reported by row and column.
#![cfg(not(target_arch = "wasm32"))]

use explainer_deck::{deck_from_sheet, Card, Lang, SheetProblem, SHEET_COLUMNS};

const TEMPLATE: &str = include_str!("../../../docs/deck-template.csv");

fn problems(sheet: &str) -> Vec<String> {
    deck_from_sheet(sheet)
        .expect_err("sheet should be refused")
        .iter()
        .map(SheetProblem::to_string)
        .collect()
}

#[test]
fn the_template_is_a_valid_deck_with_a_card_of_every_kind() {
    let deck = deck_from_sheet(TEMPLATE).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(deck.id, "my-explainer");
    assert_eq!(deck.lang, Lang::En);
    let kinds: Vec<_> = deck.cards.iter().map(Card::kind).collect();
    assert_eq!(
        kinds,
        ["text", "timeline", "numbers", "scenario", "flow", "quiz"]
    );
    let Card::Text(text) = &deck.cards[0] else {
        unreachable!()
    };
    assert_eq!(
        text.paragraphs().count(),
        2,
        "a blank line in a cell is a paragraph break"
    );
    let Card::Scenario(s) = &deck.cards[3] else {
        unreachable!()
    };
    assert_eq!(
        (s.settled.len(), s.open.len(), s.scenarios.len()),
        (1, 1, 2)
    );
    assert_eq!(s.scenarios[1].questions.len(), 1);
    let Card::Flow(flow) = &deck.cards[4] else {
        unreachable!()
    };
    assert_eq!(flow.steps.len(), 2);
    assert_eq!(flow.steps[1].label, "The second step");
    let media = deck.cards[0].media().expect("the text card's picture");
    assert_eq!((media.width, media.height), (800, 450));
    assert_eq!(
        media.srcset().as_deref(),
        Some("media/map-400.png 400w, media/map-800.png 800w, media/map-1600.png 1600w")
    );
    let Card::Quiz(q) = &deck.cards[5] else {
        unreachable!()
    };
    assert!(q.questions[0].choices[0].correct && !q.questions[0].choices[1].correct);
    assert_eq!(
        deck.sources[1].title, None,
        "an empty title cell is no title"
    );
    // The header is the one list of columns.
    let header: Vec<_> = TEMPLATE.lines().next().unwrap().split(',').collect();
    assert_eq!(header, SHEET_COLUMNS);
}

#[test]
fn tab_separated_sheets_and_any_column_order_work() {
    let tsv = "title\tkind\tid\tlang\tsources\tpublisher\tdate\ttext\n\
               T\tdeck\td\tja\t\t\t\t\n\
               S\tsource\ts\t\t\tP\t2020\t\n\
               C\ttext\tc\t\ts\t\t\tBody\n";
    let deck = deck_from_sheet(tsv).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!((deck.lang, deck.cards.len()), (Lang::Ja, 1));
}

#[test]
fn a_broken_sheet_is_reported_by_row_and_column() {
    let sheet = "\
kind,id,title,text,date,publisher,sources,correct,lang,colour
deck,my deck,Title,,,,,,fr,
source,s1,,,2020,,,,,
text,a,A card,,,,s1,,,
event,e1,An event,Detail,2019,,,,,
quiz,q,Quiz,,,,s1,,,
question,q1,Asked?,Why,,,,,,
choice,,,Yes,,,,maybe,,
choice,,,No,,,,,,
slide,x,,,,,,,,
";
    assert_eq!(
        problems(sheet),
        [
            "row 1, column colour: unknown column (use kind, id, title, text, date, value, publisher, url, source, sources, card, correct, lang, media, media_width, media_height, media_files, media_alt, media_decorative, media_caption, media_credit, media_credit_url)",
            r#"row 2, column lang: unsupported language "fr" (use "en" or "ja")"#,
            r#"row 2, column id: id "my deck" may only use a-z, 0-9 and "-""#,
            r#"row 3: a source needs a "title" (its real title) or a "description" (what it is)"#,
            "row 4, column text: must not be empty",
            "row 5, column kind: an event row must come after a timeline row",
            r#"row 7, column card: unknown card """#,
            r#"row 7, column correct: exactly one choice must have "correct": true (found 0)"#,
            r#"row 8, column correct: "maybe" is not yes or no (leave it empty for no)"#,
            r#"row 10, column kind: unknown kind "slide" (use deck, source, term, correction, text, timeline, event, numbers, figure, scenario, settled, open, caveat, case, case-question, quiz, question, choice, flow or step)"#,
        ]
    );
}

#[test]
fn quoting_follows_rfc_4180_and_an_open_quote_is_reported() {
    let sheet = "kind,id,title,lang,text\ndeck,d,\"A \"\"quoted\"\", title\",en,\n";
    let problems = deck_from_sheet(sheet).unwrap_err();
    // The deck parsed (its title kept its comma and quotes); it only lacks cards and sources.
    assert!(problems.iter().all(|p| p.row == 2), "{problems:#?}");
    assert_eq!(
        deck_from_sheet("kind,title\ndeck,\"never closed\n").unwrap_err()[0].to_string(),
        "row 2: a quoted cell is never closed (a \" is missing)"
    );
    assert_eq!(
        deck_from_sheet("").unwrap_err()[0].to_string(),
        "row 1: the sheet is empty: it needs the template's header row"
    );
}

#[test]
fn a_pictures_problems_are_named_by_its_column_and_steps_by_their_row() {
    let head = "kind,id,title,text,sources,lang,media,media_width,media_height,media_files,media_alt,media_decorative,date\n\
                deck,d,D,,,en,,,,,,,\n\
                source,s,S,What it is,,,,,,,,,2020\n";
    // A bad address, a missing alt and a width that is not a number, each in its own column.
    let sheet = format!(
        "{head}text,one,One,Body,s,,javascript:alert(1),800,450,,Alt,,\n\
         text,two,Two,Body,s,,a.png,800,,,,,\n\
         text,three,Three,Body,s,,a.png,wide,450,,Alt,,\n\
         text,four,Four,Body,s,,a.png,800,450,b.png 4OO,Alt,,\n\
         text,five,Five,Body,s,,a.png,800,450,,,maybe,\n"
    );
    assert_eq!(
        problems(&sheet),
        [
            "row 4, column media: picture address \"javascript:alert(1)\" must be relative to the deck file (media/map.svg) or an absolute https:// or http:// address",
            "row 5, column media_height: must be more than 0 pixels",
            "row 5, column media_alt: a picture needs \"alt\" (what it shows, in words), or \"decorative\": true if it adds nothing a reader needs",
            "row 6, column media_width: \"wide\" is not a whole number of pixels",
            "row 7, column media_files: \"4OO\" is not a whole number of pixels",
            "row 8, column media_decorative: \"maybe\" is not yes or no (leave it empty for no)",
        ]
    );
    // Steps belong to the flow card above them; a step elsewhere says where it must go.
    let sheet = format!("{head}flow,f,F,,s,,,,,,,,\nstep,,Only,What happens.,s,,,,,,,,\n");
    assert_eq!(problems(&sheet), ["row 4: needs at least 2 steps"]);
    let sheet = format!(
        "{head}flow,f,F,,s,,,,,,,,\nstep,,A,B,s,,a.png,800,450,,Alt,,\nstep,,C,D,s,,,,,,,,\nstep,,E,F,s,,,,,,,,\n"
    );
    assert_eq!(
        problems(&sheet),
        ["row 5, column media: a picture goes on a card's row, not on a step row"]
    );
    let sheet = format!("{head}text,t,T,Body,s,,,,,,,,\nstep,,A,B,s,,,,,,,,\n");
    assert_eq!(
        problems(&sheet),
        ["row 5, column kind: a step row must come after a flow row"]
    );
}

#[test]
fn a_deck_row_dates_its_update_and_correction_rows_follow_any_card() {
    let sheet = "kind,id,title,text,sources,lang,date\n\
                 deck,d,D,,,en,2026-12-01\n\
                 source,s,S,What it is,,,2020\n\
                 text,one,One,Body,s,,\n\
                 correction,,,An earlier version misstated the year.,,,2026-12-02\n\
                 flow,f,F,,s,,\n\
                 step,,A,B,s,,\n\
                 step,,C,D,s,,\n\
                 correction,,,A step was out of order.,,,2026-12-03\n";
    let deck = deck_from_sheet(sheet).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(deck.updated.as_deref(), Some("2026-12-01"));
    assert_eq!(deck.cards[0].corrections()[0].date, "2026-12-02");
    assert_eq!(
        deck.cards[1].corrections()[0].text,
        "A step was out of order."
    );
    // A correction's problems are named by its row and column.
    let sheet = "kind,id,title,text,sources,lang,date\n\
                 deck,d,D,,,en,\n\
                 source,s,S,What it is,,,2020\n\
                 text,one,One,Body,s,,\n\
                 correction,,,,,,4 December 2026\n";
    assert_eq!(
        problems(sheet),
        [
            "row 5, column date: \"4 December 2026\" is not a date written YYYY-MM-DD (e.g. 2026-12-04)",
            "row 5, column text: must not be empty",
        ]
    );
    let early = problems("kind,id,title,lang\ndeck,d,D,en\ncorrection,,,\n");
    assert!(
        early.contains(
            &"row 3, column kind: a correction row must come after a card's row".to_string()
        ),
        "{early:?}"
    );
}
