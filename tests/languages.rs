//! The interface in French and Spanish: chosen in View → Language, used
//! at once by the menus, their tooltips and F1, and remembered.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use powermap::i18n::Language;
use ui_support::*;

fn has_label_with(editor: &Editor, part: &str) -> bool {
    editor
        .query_all(egui_kittest::kittest::by().label_contains(part))
        .next()
        .is_some()
}

#[test]
fn choosing_french_speaks_french_in_the_menus_and_is_remembered() {
    let mut editor = editor(workshop_map());
    open_menu(&mut editor, "View");
    editor.get_by_label("Français").click();
    settle(&mut editor);
    assert_eq!(editor.state().settings().language, Some(Language::French));

    for menu in [
        "Fichier",
        "Édition",
        "Carte",
        "Affichage",
        "Présenter",
        "Aide",
    ] {
        assert!(editor.query_by_label(menu).is_some(), "no menu {menu}");
    }
    assert!(editor.query_by_label("File").is_none());
    open_menu(&mut editor, "Fichier");
    assert!(has_label_with(&editor, "Enregistrer sous…"));
    assert!(has_label_with(&editor, "Ouvrir un exemple"));
    press(&mut editor, Key::Escape);

    // A greyed-out item says why, in French too.
    open_menu(&mut editor, "Édition");
    assert!(has_label_with(&editor, "Annuler"), "nothing to undo yet");
    press(&mut editor, Key::Escape);

    // The keyboard-shortcut list (F1) is in French.
    press(&mut editor, Key::F1);
    settle(&mut editor);
    assert!(!texts_containing(&editor, "Double-clic sur la carte").is_empty());
}

#[test]
fn spanish_and_back_to_the_system_language() {
    let mut editor = editor(workshop_map());
    open_menu(&mut editor, "View");
    editor.get_by_label("Español").click();
    settle(&mut editor);
    assert!(editor.query_by_label("Archivo").is_some());
    open_menu(&mut editor, "Ver");
    assert!(has_label_with(&editor, "Matriz poder/interés"));
    let system = editor
        .query_all(egui_kittest::kittest::by().label_contains("El del sistema ("))
        .next()
        .expect("the system's language is offered")
        .rect()
        .center();
    click(&mut editor, system);
    assert_eq!(editor.state().settings().language, None);
}
