//! Live sessions in the editor: one window hosts its map from the File
//! menu, another joins with the address and code it shows, and each sees
//! the other's changes and what the other has selected.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::kittest::{AccessKitNode, Queryable};
use powermap::model::Map;
use ui_support::*;

/// Frames until `done` holds on both windows (the network answers
/// between frames).
fn until(host: &mut Editor, guest: &mut Editor, done: impl Fn(&Editor, &Editor) -> bool) {
    for _ in 0..400 {
        if done(host, guest) {
            return;
        }
        host.step();
        guest.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the two windows did not get there");
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
    texts_containing(editor, "-")
        .into_iter()
        .find(|text| {
            let parts: Vec<&str> = text.split('-').collect();
            parts.len() == 3 && parts.iter().all(|p| p.len() == 4)
        })
        .expect("a join code on screen")
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
    let mut host = editor(workshop_map());
    click_menu_item(&mut host, "File", "Live session");
    fill(&mut host, "Your name", "Zoé Ngana");
    click_label(&mut host, "Start the session");
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
