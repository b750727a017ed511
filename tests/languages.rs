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

// The editor in French and in Spanish, as a facilitator sees it.

/// The first bundled example, in the editor, in `language`.
fn example_editor_in(language: Language) -> Editor {
    let map = powermap::file::load_str(powermap::examples::EXAMPLES[0].text)
        .expect("the bundled example loads");
    let settings = powermap::ui::Settings {
        language: Some(language),
        ..powermap::ui::Settings::default()
    };
    editor_with(
        powermap::ui::Document::new(map, None),
        settings,
        egui::Theme::Light,
    )
}

/// Selects the example's first stakeholder by name, so the inspector shows it.
fn select_first_stakeholder(editor: &mut Editor) {
    let first = map(editor)
        .stakeholders_sorted()
        .first()
        .map(|s| s.name.clone())
        .expect("the bundled example has stakeholders");
    click_on(editor, &first);
}

#[test]
fn the_editor_in_french_with_a_stakeholder_in_the_inspector() {
    let mut editor = example_editor_in(Language::French);
    select_first_stakeholder(&mut editor);
    assert!(editor.query_by_label("Inspecteur").is_some() || has_label_with(&editor, "Inspecteur"));
    snapshot(&mut editor, "languages_fr_editor");
}

#[test]
fn the_editor_in_spanish_with_a_stakeholder_in_the_inspector() {
    let mut editor = example_editor_in(Language::Spanish);
    select_first_stakeholder(&mut editor);
    snapshot(&mut editor, "languages_es_editor");
}

#[test]
fn the_table_in_french_names_its_columns_and_choices_in_french() {
    let mut editor = example_editor_in(Language::French);
    press_with(&mut editor, egui::Modifiers::COMMAND, Key::Num4);
    settle(&mut editor);
    assert!(editor.query_by_label("Trier par Position").is_some());
    assert!(!texts_containing(&editor, "Parties prenantes (").is_empty());
    assert!(texts_containing(&editor, "Active ally").is_empty());
    snapshot(&mut editor, "languages_fr_table");
}

#[test]
fn the_analysis_panel_in_french() {
    let mut editor = example_editor_in(Language::French);
    click_label(&mut editor, "Analyse");
    // The analysis runs on its own thread: its sections show when it is done.
    wait_for_text(&mut editor, "Qui peut atteindre chaque cible");
    snapshot(&mut editor, "languages_fr_analysis");
}

#[test]
fn the_map_settings_dialog_in_spanish() {
    let mut editor = example_editor_in(Language::Spanish);
    click_menu_item(&mut editor, "Mapa", "Ajustes del mapa");
    settle(&mut editor);
    assert!(!texts_containing(&editor, "Teoría del cambio").is_empty());
    snapshot(&mut editor, "languages_es_map_settings");
}

#[test]
fn the_share_dialog_in_french_counts_in_french() {
    let mut editor = example_editor_in(Language::French);
    click_menu_item(&mut editor, "Fichier", "Enregistrer une copie à partager");
    settle(&mut editor);
    assert!(!texts_containing(&editor, "La copie omet").is_empty());
    snapshot(&mut editor, "languages_fr_share_dialog");
}

// The command line speaks the language of the locale it is run in.

fn powermap_in(locale: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_powermap"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn the_command_line_speaks_french_under_a_french_locale_and_spanish_under_a_spanish_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("carte.ron");
    powermap::file::save_file(&workshop_map(), &path).unwrap();
    let path = path.to_str().unwrap();

    let french = powermap_in("fr_FR.UTF-8", &["check", path]);
    let said = String::from_utf8(french.stdout).unwrap();
    assert!(said.contains(": ok ("), "{said}");
    assert!(said.contains("parties prenantes"), "{said}");
    let same = powermap_in("fr_CF.UTF-8", &["diff", path, path]);
    assert_eq!(
        String::from_utf8(same.stdout).unwrap().trim(),
        "Les cartes sont identiques."
    );

    let spanish = powermap_in("es_ES.UTF-8", &["export", path, "-o", "x.txt"]);
    let said = String::from_utf8(spanish.stderr).unwrap();
    assert!(said.contains("Powermap exporta a .csv"), "{said}");

    // The report too: its counts, headings and the four Cs.
    let report = powermap_in("fr_FR.UTF-8", &["stats", path]);
    let said = String::from_utf8(report.stdout).unwrap();
    assert!(said.contains("\nPar position\n"), "{said}");
    assert!(
        said.contains("## Qui peut atteindre chaque cible"),
        "{said}"
    );
    assert!(
        said.contains("## Santé des coalitions\u{202f}: les quatre C"),
        "{said}"
    );

    let english = powermap_in("C", &["diff", path, path]);
    assert_eq!(
        String::from_utf8(english.stdout).unwrap().trim(),
        "The maps are the same."
    );
}

#[test]
fn the_four_cs_are_worded_again_in_the_language_chosen() {
    let mut editor = example_editor_in(Language::English);
    click_label(&mut editor, "Analysis");
    // The analysis runs on a worker thread: on a busy machine it takes
    // more than a few frames.
    wait_for_text(&mut editor, "findings");
    let header = texts_containing(&editor, "findings");
    assert!(!header.is_empty(), "a four-Cs section per coalition");
    click_label(&mut editor, &header[0]);
    settle(&mut editor);
    assert!(!texts_containing(&editor, "The coalition has").is_empty());

    open_menu(&mut editor, "View");
    editor.get_by_label("Français").click();
    // Worded again: the analysis runs again in French.
    wait_for_text(&mut editor, "La coalition a");
    assert!(texts_containing(&editor, "The coalition has").is_empty());
}

#[test]
fn a_coalition_in_french_leaves_its_members_names_room() {
    let mut editor = example_editor_in(Language::French);
    click_label(&mut editor, "Coalitions");
    settle(&mut editor);
    let first = map(&editor)
        .coalitions()
        .next()
        .map(|c| c.name.clone())
        .expect("the bundled example has coalitions");
    click_button_starting_with(&mut editor, &first);
    settle(&mut editor);
    assert!(!texts_containing(&editor, "Membres (").is_empty());
    snapshot(&mut editor, "languages_fr_coalition");
}

/// A scene on the projector in Spanish: its title and caption are the
/// map's own words, the counter the interface's ("Ir a 3…" while a scene's
/// number is typed).
#[test]
fn a_scene_presented_in_spanish() {
    let doc = powermap::ui::Document::new(powermap::examples::default_map(), None);
    let settings = powermap::ui::Settings {
        language: Some(Language::Spanish),
        ..powermap::ui::Settings::default()
    };
    let mut editor = egui_kittest::Harness::builder()
        .with_size(egui::Vec2::new(1600.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .with_theme(egui::Theme::Dark)
        .build_eframe(move |_cc| {
            powermap::ui::PowermapApp::with_document(doc, settings)
                .with_clock(powermap::ui::Clock::Fixed(today()))
        });
    editor.run_steps(3);
    editor.key_press(Key::F5);
    editor.run_steps(10);
    editor.key_press(Key::PageDown);
    editor.run_steps(40);
    editor.key_press(Key::Num3);
    editor.run_steps(3);
    snapshot(&mut editor, "languages_es_presenting");
}
