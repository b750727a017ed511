//! Live sessions in the editor: one window hosts its map from the File
//! menu, another joins with the address and code it shows, and each sees
//! the other's changes and what the other has selected.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::kittest::{AccessKitNode, Queryable};
use powermap::model::Map;
use ui_support::*;

/// One story at a time: each hosts a session that the others' dialogs
/// would hear announced on the network, growing their lists between a
/// look and a click.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// How long a window may take to get where a test waits for it: the
/// network answers between frames, and on a machine busy with builds a
/// frame of the debug build can take a good part of a second.
const DEADLINE: std::time::Duration = std::time::Duration::from_secs(60);

/// Frames until `done` holds on both windows (the network answers
/// between frames), for up to [`DEADLINE`].
fn until(host: &mut Editor, guest: &mut Editor, done: impl Fn(&Editor, &Editor) -> bool) {
    let deadline = std::time::Instant::now() + DEADLINE;
    while std::time::Instant::now() < deadline {
        if done(host, guest) {
            return;
        }
        host.step();
        guest.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(done(host, guest), "the two windows did not get there");
}

fn fill(editor: &mut Editor, label: &str, text: &str) {
    let field =
        |n: &AccessKitNode<'_>| n.role() == Role::TextInput && n.label().as_deref() == Some(label);
    editor.get_by(field).click();
    settle(editor);
    press_with(editor, egui::Modifiers::COMMAND, egui::Key::A);
    type_text(editor, text);
}

/// The join code the host's dialog shows: four letters and digits, thrice.
fn shown_code(editor: &Editor) -> String {
    code_on_screen(editor).expect("a join code on screen")
}

fn code_on_screen(editor: &Editor) -> Option<String> {
    texts_containing(editor, "-").into_iter().find(|text| {
        let parts: Vec<&str> = text.split('-').collect();
        parts.len() == 3 && parts.iter().all(|p| p.len() == 4)
    })
}

/// Clicks "Start the session" and waits while the session is built on a
/// thread ("Starting the session…") until the join code shows.
fn start_hosting(host: &mut Editor) {
    click_label(host, "Start the session");
    until_one(host, |host| {
        texts_containing(host, "Starting the session").is_empty() && code_on_screen(host).is_some()
    });
}

/// The address the host's dialog shows, as "IP:PORT".
fn shown_address(editor: &Editor) -> String {
    texts_containing(editor, ":")
        .into_iter()
        .find(|text| text.parse::<std::net::SocketAddr>().is_ok())
        .expect("an address on screen")
}

#[test]
fn a_window_hosts_another_joins_and_both_edit_one_map() {
    let _turn = one_at_a_time();
    let mut host = editor(workshop_map());
    click_menu_item(&mut host, "File", "Live session");
    fill(&mut host, "Your name", "Zoé Ngana");
    start_hosting(&mut host);
    let code = shown_code(&host);
    let address = shown_address(&host);
    assert!(!texts_containing(&host, "One person in the session").is_empty());

    let mut guest = editor(Map::default());
    click_menu_item(&mut guest, "File", "Live session");
    click_label(&mut guest, "Join a session");
    fill(&mut guest, "Your name", "محمد علي");
    fill(&mut guest, "Address", &address);
    fill(&mut guest, "Join code", &code);
    click_label(&mut guest, "Join");
    until(&mut host, &mut guest, |_, guest| {
        *map(guest) == workshop_map()
    });
    // Both list everyone before the dialogs are closed (the list moves
    // the buttons under it as it grows).
    until(&mut host, &mut guest, |host, guest| {
        !texts_containing(host, "2 people in the session").is_empty()
            && !texts_containing(guest, "2 people in the session").is_empty()
    });
    assert!(!texts_containing(&host, "محمد علي").is_empty());
    for _ in 0..20 {
        host.step();
        guest.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    click_label(&mut host, "Close");
    click_label(&mut guest, "Close");
    assert!(
        texts_containing(&guest, "Leave the session").is_empty(),
        "the dialog closed"
    );

    // The guest renames a stakeholder; the host sees it, and its undo
    // history stays its own.
    // Let what is still on the network land before using the guest's window.
    for _ in 0..30 {
        host.step();
        guest.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    click_label(&mut guest, "Union");
    assert_eq!(selected_names(&guest), ["Union"]);
    fill(&mut guest, "Name", "Syndicat des enseignants de l’Église");
    press(&mut guest, egui::Key::Enter);
    assert!(
        find_stakeholder(&guest, "Syndicat des enseignants de l’Église").is_some(),
        "renamed on the guest: {:?} selected {:?} editing {}",
        names(map(&guest)),
        selected_names(&guest),
        guest.state().is_editing_text()
    );
    until(&mut host, &mut guest, |host, _| {
        find_stakeholder(host, "Syndicat des enseignants de l’Église").is_some()
    });
    assert!(!host.state().document().history().can_undo());
    assert!(
        host.state().document().is_modified(),
        "the host's map has changes to save"
    );
    assert!(guest.state().document().history().can_undo());

    // What the host selects, the guest's window rings with its initials.
    let id = id_of(&host, "Syndicat des enseignants de l’Église");
    click_empty(&mut host);
    press_with(&mut host, egui::Modifiers::COMMAND, egui::Key::A);
    until(&mut host, &mut guest, |_, guest| {
        guest.state().live_peers_selecting(&id) == ["Zoé Ngana"]
    });
}

/// A host window and a guest window in one session, the map on both and
/// their dialogs closed.
fn hosted_and_joined(host_name: &str, guest_name: &str) -> (Editor, Editor) {
    let mut host = editor(workshop_map());
    click_menu_item(&mut host, "File", "Live session");
    fill(&mut host, "Your name", host_name);
    start_hosting(&mut host);
    let code = shown_code(&host);
    let address = shown_address(&host);
    let mut guest = editor(Map::default());
    click_menu_item(&mut guest, "File", "Live session");
    click_label(&mut guest, "Join a session");
    fill(&mut guest, "Your name", guest_name);
    fill(&mut guest, "Address", &address);
    fill(&mut guest, "Join code", &code);
    click_label(&mut guest, "Join");
    until(&mut host, &mut guest, |host, guest| {
        *map(guest) == workshop_map()
            && !texts_containing(host, "2 people in the session").is_empty()
            && !texts_containing(guest, "2 people in the session").is_empty()
    });
    close_live_dialog(&mut host);
    close_live_dialog(&mut guest);
    (host, guest)
}

/// Closes the live dialog, clicking Close again should the click have
/// missed it: the list of people can grow between a look and a click (a
/// peer's view arriving turns its Follow on), moving the button.
fn close_live_dialog(editor: &mut Editor) {
    for _ in 0..10 {
        if texts_containing(editor, "Leave the session").is_empty()
            && texts_containing(editor, "End the session").is_empty()
        {
            return;
        }
        click_label(editor, "Close");
    }
    panic!("the live dialog did not close");
}

/// The canvas point in the middle of a window's network view, and its zoom.
fn looking_at(editor: &Editor) -> (egui::Pos2, f32) {
    let app = editor.state();
    (
        app.canvas_position(app.canvas_rect().center()),
        app.canvas_camera().0,
    )
}

#[test]
fn the_projector_follows_a_laptop_until_esc() {
    let _turn = one_at_a_time();
    let (mut host, mut guest) = hosted_and_joined("Amina Diallo", "联合国难民理事会");

    // The projector's window follows Amina from the list of people.
    click_menu_item(&mut guest, "File", "Live session");
    until(&mut host, &mut guest, |_, guest| {
        guest
            .query_by(|n: &AccessKitNode<'_>| {
                n.role() == Role::Button
                    && n.label().as_deref() == Some("Follow")
                    && !n.is_disabled()
            })
            .is_some()
    });
    click_label(&mut guest, "Follow");
    assert!(
        texts_containing(&guest, "Leave the session").is_empty(),
        "following closes the dialog"
    );
    assert_eq!(guest.state().live_following(), Some("Amina Diallo"));
    assert!(!texts_containing(&guest, "Following Amina Diallo — Esc or click to stop").is_empty());

    // Amina pans her network view: the projector looks at the same place.
    let from = empty_spot(&host);
    drag(&mut host, from, from + egui::vec2(140.0, 70.0));
    let (centre, zoom) = looking_at(&host);
    until(&mut host, &mut guest, |host, guest| {
        let (there, there_zoom) = looking_at(guest);
        looking_at(host).0 == centre
            && there.distance(centre) < 0.5
            && (there_zoom - zoom).abs() < 1e-4
    });
    let before = looking_at(&guest).0;
    assert!(before.distance(centre) < 0.5);

    // She turns to the grid: so does the projector, still following.
    press_with(&mut host, egui::Modifiers::COMMAND, egui::Key::Num2);
    assert_eq!(host.state().view(), powermap::ui::View::Grid);
    until(&mut host, &mut guest, |_, guest| {
        guest.state().view() == powermap::ui::View::Grid
    });
    assert_eq!(guest.state().live_following(), Some("Amina Diallo"));

    // Esc stops following: the banner goes, and the projector stays on
    // the grid when Amina goes back to the network.
    press(&mut guest, egui::Key::Escape);
    assert_eq!(guest.state().live_following(), None);
    assert!(texts_containing(&guest, "Following Amina Diallo").is_empty());
    press_with(&mut host, egui::Modifiers::COMMAND, egui::Key::Num1);
    for _ in 0..30 {
        host.step();
        guest.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(host.state().view(), powermap::ui::View::Network);
    assert_eq!(guest.state().view(), powermap::ui::View::Grid);
}

#[test]
fn a_click_of_ones_own_stops_following() {
    let _turn = one_at_a_time();
    let (mut host, mut guest) = hosted_and_joined("Zoé Ngana", "Église évangélique de Bangui");
    click_menu_item(&mut guest, "File", "Live session");
    until(&mut host, &mut guest, |_, guest| {
        guest
            .query_by(|n: &AccessKitNode<'_>| {
                n.role() == Role::Button
                    && n.label().as_deref() == Some("Follow")
                    && !n.is_disabled()
            })
            .is_some()
    });
    click_label(&mut guest, "Follow");
    for _ in 0..30 {
        host.step();
        guest.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(guest.state().live_following(), Some("Zoé Ngana"));
    // Selecting a stakeholder is the guest's own gesture: following ends.
    click_label(&mut guest, "Union");
    assert_eq!(guest.state().live_following(), None);
    assert_eq!(selected_names(&guest), ["Union"]);
}

#[test]
fn esc_closes_the_live_dialog_while_a_field_has_the_keyboard() {
    let _turn = one_at_a_time();
    for case in ["name field", "join code field", "no field"] {
        let mut editor = editor(workshop_map());
        click_label(&mut editor, "Union");
        click_menu_item(&mut editor, "File", "Live session");
        match case {
            "name field" => fill(&mut editor, "Your name", "منتدى وكالات الإغاثة"),
            "join code field" => {
                click_label(&mut editor, "Join a session");
                fill(&mut editor, "Join code", "K7QM");
            }
            _ => {}
        }
        assert_eq!(
            editor.ctx.text_edit_focused(),
            case != "no field",
            "{case}: which field has the keyboard"
        );
        press(&mut editor, egui::Key::Escape);
        assert!(
            texts_containing(&editor, "Your name").is_empty(),
            "{case}: Esc closed the dialog"
        );
        // The Esc was the dialog's: what was selected under it stays.
        assert_eq!(selected_names(&editor), ["Union"], "{case}");
        assert_eq!(*map(&editor), workshop_map());
    }
}

#[test]
fn the_status_bar_tells_whom_one_follows_and_how_many_are_connected() {
    let _turn = one_at_a_time();
    let (mut host, mut guest) = hosted_and_joined("Amina", "منتدى وكالات الإغاثة");

    // Both status bars count the two people; a click on it opens the
    // live session's dialog.
    assert!(!texts_containing(&host, "2 people connected").is_empty());
    assert!(!texts_containing(&guest, "2 people connected").is_empty());
    click_label(&mut host, "2 people connected");
    assert!(
        !texts_containing(&host, "End the session").is_empty(),
        "the click opened the live dialog"
    );
    close_live_dialog(&mut host);

    // The guest follows Amina: its status bar says so beside the banner.
    click_menu_item(&mut guest, "File", "Live session");
    until(&mut host, &mut guest, |_, guest| {
        guest
            .query_by(|n: &AccessKitNode<'_>| {
                n.role() == Role::Button
                    && n.label().as_deref() == Some("Follow")
                    && !n.is_disabled()
            })
            .is_some()
    });
    click_label(&mut guest, "Follow");
    assert_eq!(guest.state().live_following(), Some("Amina"));
    assert!(!texts_containing(&guest, "Following Amina — Esc or click to stop").is_empty());
    assert!(texts_containing(&host, "Following").is_empty());

    // A click on it stops following: the banner and the words go.
    click_label(&mut guest, "Following Amina");
    assert_eq!(guest.state().live_following(), None);
    assert!(texts_containing(&guest, "Following Amina").is_empty());
    assert!(!texts_containing(&guest, "2 people connected").is_empty());
}

/// Frames until `done` holds on one window.
fn until_one(editor: &mut Editor, done: impl Fn(&Editor) -> bool) {
    let deadline = std::time::Instant::now() + DEADLINE;
    while std::time::Instant::now() < deadline {
        if done(editor) {
            return;
        }
        editor.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(done(editor), "the window did not get there");
}

/// `powermap --join ADDRESS --code CODE`: the window joins as it opens,
/// and shows the host's map, as a facilitator's projector would.
#[test]
fn a_window_started_with_join_shows_the_session_map() {
    use powermap::live::{JoinCode, LiveDoc, Session, SessionOptions};
    let _turn = one_at_a_time();
    let code = JoinCode::parse("K7QM-4PXR-2HTW").unwrap();
    let host = Session::host_on(
        LiveDoc::from_map(&workshop_map(), false).unwrap(),
        code.clone(),
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        SessionOptions {
            name: "Église évangélique de Bangui".to_owned(),
            ..SessionOptions::default()
        },
        std::sync::Arc::new(|| {}),
    )
    .unwrap();
    let mut projector = editor(Map::default());
    let ctx = projector.ctx.clone();
    projector
        .state_mut()
        .join_at_start(&ctx, powermap::ui::JoinAtStart::Room(host.address(), code));
    until_one(&mut projector, |projector| {
        *map(projector) == workshop_map()
            && !texts_containing(projector, "2 people connected").is_empty()
    });
    assert_eq!(host.connection_count(), 1);
    // Its history is empty: the session's map is not an edit of its own.
    assert!(!projector.state().document().history().can_undo());
}

/// A host or a server that does not answer never holds the window: the
/// dialog says it is connecting, with Cancel; an address where nothing
/// listens ends with a message naming it.
#[test]
fn joining_where_nothing_answers_never_blocks_the_window() {
    let _turn = one_at_a_time();
    // Takes connections (the system does) but never says a word: the
    // join waits for the handshake's 10 seconds.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_at = silent.local_addr().unwrap().to_string();
    let mut guest = editor(Map::default());
    click_menu_item(&mut guest, "File", "Live session");
    click_label(&mut guest, "Join a session");
    assert!(!texts_containing(&guest, "Nothing leaves the local network").is_empty());
    fill(&mut guest, "Your name", "Église évangélique de Bangui");
    fill(&mut guest, "Address", &silent_at);
    fill(&mut guest, "Join code", "K7QM-4PXR-2HTW");
    click_label(&mut guest, "Join");
    // The frame after the click is drawn while the host says nothing.
    let connecting = format!("Connecting to {silent_at}…");
    assert!(
        !texts_containing(&guest, &connecting).is_empty(),
        "the dialog says it is connecting: {:?}",
        texts_containing(&guest, "")
    );
    click_label(&mut guest, "Cancel");
    assert!(texts_containing(&guest, &connecting).is_empty());
    assert!(
        !texts_containing(&guest, "Join code").is_empty(),
        "the form is back"
    );

    // Nothing listens there now: the answer names the address.
    drop(silent);
    let nobody_at = silent_at;
    click_label(&mut guest, "Join");
    until_one(&mut guest, |guest| {
        !texts_containing(guest, &format!("no live session answered at {nobody_at}")).is_empty()
    });
    assert!(texts_containing(&guest, "In the session hosted at").is_empty());

    // A sync server that does not answer: the same wait, and a way out.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let server = format!("ws://{}", silent.local_addr().unwrap());
    settle(&mut guest);
    click_label(&mut guest, "Through a sync server");
    settle(&mut guest);
    assert!(
        texts_containing(&guest, "Nothing leaves the local network").is_empty(),
        "through a server it does leave the room: {:?}",
        texts_containing(&guest, "")
    );
    assert!(!texts_containing(&guest, "Whoever runs the server can read the map").is_empty());
    fill(&mut guest, "Server", &server);
    click_label(&mut guest, "Put this map on the server");
    let connecting = format!("Connecting to {server}…");
    assert!(!texts_containing(&guest, &connecting).is_empty());
    click_label(&mut guest, "Cancel");
    assert!(!texts_containing(&guest, "Put this map on the server").is_empty());
    // Escape while connecting cancels too, and keeps the form: it does not
    // hide a connection still going.
    click_label(&mut guest, "Put this map on the server");
    assert!(!texts_containing(&guest, &connecting).is_empty());
    press(&mut guest, egui::Key::Escape);
    assert!(texts_containing(&guest, &connecting).is_empty());
    assert!(!texts_containing(&guest, "Put this map on the server").is_empty());
    drop(silent);

    // Closed and opened again, the dialog offers the server typed last.
    press(&mut guest, egui::Key::Escape);
    assert!(texts_containing(&guest, "Through a sync server").is_empty());
    click_menu_item(&mut guest, "File", "Live session");
    click_label(&mut guest, "Through a sync server");
    settle(&mut guest);
    assert_eq!(
        texts_containing(&guest, &server),
        std::slice::from_ref(&server)
    );
}
