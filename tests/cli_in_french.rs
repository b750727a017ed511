//! The command line in the user's language: its help, its reports (the
//! plan), and the problems found in files (a map that does not open, a
//! spreadsheet row left out or a quote never closed, a merge conflict),
//! each still naming the line and the item; and the window's own word for
//! a map that does not open.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_support;

use std::path::Path;

use powermap::i18n::Language;
use ui_support::*;

/// Runs `powermap` under a locale, as a user's shell does.
fn powermap_in(locale: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_powermap"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn hostile(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile")
        .join(name)
}

#[test]
fn a_map_that_does_not_open_says_why_in_french_with_its_line() {
    let (code, _, said) = powermap_in(
        "fr_FR.UTF-8",
        &["check", arg(&hostile("future-version.ron"))],
    );
    assert_ne!(code, Some(0));
    assert!(
        said.contains("cette carte a été enregistrée au format version 5 par un Powermap plus récent\u{202f}; celui-ci lit les versions jusqu'à 4"),
        "{said}"
    );

    let (_, _, said) = powermap_in(
        "fr_FR.UTF-8",
        &["check", arg(&hostile("duplicate-ids.ron"))],
    );
    assert!(
        said.contains("la carte a un problème\u{202f}: ligne 19\u{202f}: ")
            && said.contains("un élément de cette carte a déjà l'identifiant «\u{202f}s1\u{202f}»"),
        "{said}"
    );

    let missing = hostile("nowhere.ron");
    let (_, _, said) = powermap_in("es_ES.UTF-8", &["check", arg(&missing)]);
    assert!(
        said.contains("no se puede leer «") && said.contains("ese archivo no existe"),
        "{said}"
    );
}

#[test]
fn a_spreadsheet_row_left_out_is_named_in_french_by_its_file_and_line() {
    let folder = tempfile::tempdir().unwrap();
    let csv = folder.path().join("partenaires.csv");
    std::fs::write(
        &csv,
        "Label,Power\nÉglise évangélique,4\nRadio Ndeke Luka,onze\n",
    )
    .unwrap();
    let out = folder.path().join("carte.ron");
    let (code, _, said) = powermap_in("fr_FR.UTF-8", &["import", arg(&csv), "-o", arg(&out)]);
    assert_eq!(code, Some(1));
    assert!(
        said.contains("fichier des parties prenantes, ligne 3\u{202f}: Power «\u{202f}onze\u{202f}» n'est pas un nombre entier de 1 à 5"),
        "{said}"
    );
    assert!(!out.exists(), "nothing written");

    // A file without the column a relation needs names the column.
    let relations = folder.path().join("partenaires.relations.csv");
    std::fs::write(&relations, "De,À\nÉglise évangélique,Radio Ndeke Luka\n").unwrap();
    let (_, _, said) = powermap_in("fr_FR.UTF-8", &["import", arg(&csv), "-o", arg(&out)]);
    assert!(
        said.contains("le fichier des relations n'a pas de colonne «\u{202f}From\u{202f}»"),
        "{said}"
    );
}

#[test]
fn the_plan_report_is_written_in_french_with_its_counts_and_dates() {
    let folder = tempfile::tempdir().unwrap();
    let map = folder.path().join("protection-des-civils.ron");
    std::fs::write(&map, powermap::examples::EXAMPLES[0].text).unwrap();
    let (code, said, _) = powermap_in("fr_FR.UTF-8", &["plan", arg(&map), "--today", "2026-12-01"]);
    assert_eq!(code, Some(0), "{said}");
    for line in [
        "## Tâches (4)",
        "- [En cours] Write the brief for the Council, échéance le 2026-12-10",
        "(en retard)",
        "## Démarches en cours (2)",
        "## Relations refroidies (1\u{202f}; aucun contact depuis 60 jours)",
        "(a accès à)\u{202f}: dernier contact le 2026-09-02, il y a 90 jours",
        "## Cibles que personne n'a contactées (5)",
    ] {
        assert!(said.contains(line), "{line:?} not in {said}");
    }
    assert!(!said.contains("Overdue"), "{said}");

    // The same report in Spanish, its plurals through Fluent.
    let (_, said, _) = powermap_in("es_ES.UTF-8", &["plan", arg(&map), "--today", "2026-12-01"]);
    assert!(said.contains("## Tareas atrasadas (1)"), "{said}");
    assert!(said.contains("hace 90 días"), "{said}");
}

#[test]
fn a_quote_never_closed_in_a_spreadsheet_is_named_in_french_by_its_line() {
    let folder = tempfile::tempdir().unwrap();
    let csv = folder.path().join("partenaires.csv");
    std::fs::write(
        &csv,
        "Label,Power\nÉglise évangélique de Bangui,4\n\"منتدى وكالات الإغاثة,3\n联合国难民理事会,5\n",
    )
    .unwrap();
    let out = folder.path().join("carte.ron");
    let (code, _, said) = powermap_in("fr_FR.UTF-8", &["import", arg(&csv), "-o", arg(&out)]);
    assert_ne!(code, Some(0), "{said}");
    assert!(
        said.contains("le guillemet qui ouvre une cellule à la ligne 3 n'est jamais fermé"),
        "{said}"
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_merge_conflict_is_told_in_french_with_the_stakeholder_and_both_values() {
    let folder = tempfile::tempdir().unwrap();
    let mut base = powermap::model::Map::new("Coalition");
    let id = powermap::model::StakeholderId::new("s1");
    let mut church = powermap::model::Stakeholder::new(
        id.clone(),
        "Église évangélique",
        powermap::model::Kind::Organization,
    );
    church.power = 3;
    powermap::edit::Edit::AddStakeholder(church.clone())
        .apply(&mut base)
        .unwrap();
    let versions = [
        (base.clone(), "base.ron"),
        (with_power(&base, &church, 4), "ours.ron"),
        (with_power(&base, &church, 2), "theirs.ron"),
    ];
    let paths: Vec<_> = versions
        .iter()
        .map(|(map, name)| {
            let path = folder.path().join(name);
            powermap::file::save_file(map, &path).unwrap();
            path
        })
        .collect();
    let out = folder.path().join("fusion.ron");
    let (code, said, _) = powermap_in(
        "fr_FR.UTF-8",
        &[
            "merge",
            arg(&paths[0]),
            arg(&paths[1]),
            arg(&paths[2]),
            "-o",
            arg(&out),
        ],
    );
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("1 conflit, écrit dans la carte"), "{said}");
    assert!(
        said.contains(&format!("- partie prenante «\u{202f}Église évangélique\u{202f}» ({id})\u{202f}: power\u{202f}: cette version a 4, l'autre version 2, l'ancêtre commun 3\u{202f}; la valeur de cette version est conservée")),
        "{said}"
    );
}

fn with_power(
    map: &powermap::model::Map,
    stakeholder: &powermap::model::Stakeholder,
    power: u8,
) -> powermap::model::Map {
    let mut map = map.clone();
    let mut changed = stakeholder.clone();
    changed.power = power;
    powermap::edit::Edit::UpdateStakeholder(changed)
        .apply(&mut map)
        .unwrap();
    map
}

#[test]
fn opening_a_map_from_a_newer_powermap_in_french_says_so_in_french() {
    let settings = powermap::ui::Settings {
        language: Some(Language::French),
        ..powermap::ui::Settings::default()
    };
    let mut editor = editor_with(
        powermap::ui::Document::new(workshop_map(), None),
        settings,
        egui::Theme::Light,
    );
    settle(&mut editor);
    menu_item_with_paths(
        &mut editor,
        "Fichier",
        "Ouvrir",
        &[&hostile("future-version.ron")],
    );
    let told = texts_containing(&editor, "par un Powermap plus récent");
    assert!(!told.is_empty(), "no French reason shown");
    assert!(
        told.iter().any(|text| text.contains("format version 5")),
        "{told:?}"
    );
}

#[test]
fn the_help_is_in_french_under_a_french_locale() {
    let (code, said, _) = powermap_in("fr_FR.UTF-8", &["--help"]);
    assert_eq!(code, Some(0));
    assert!(
        said.contains("Powermap\u{202f}: dessiner et analyser les cartes des parties prenantes"),
        "{said}"
    );
    assert!(
        said.contains("Vérifier que des fichiers de carte sont valides"),
        "the commands are listed in French: {said}"
    );
    assert!(said.contains("Codes de sortie\u{202f}: 0 succès"), "{said}");

    let (_, said, _) = powermap_in("fr_FR.UTF-8", &["merge", "--help"]);
    assert!(
        said.contains("Fusionner dans OUT deux versions d'une carte")
            && said.contains("\n\nSort avec le code 0 quand la fusion est sans conflit")
            && said.contains("L'ancêtre commun dont les deux versions sont parties"),
        "{said}"
    );

    let (_, said, _) = powermap_in("es_ES.UTF-8", &["fmt", "--help"]);
    assert!(said.contains("No cambiar nada; salir con 1"), "{said}");

    // English stays as it was.
    let (_, said, _) = powermap_in("C", &["merge", "--help"]);
    assert!(
        said.contains("Merge two versions of a map that grew apart")
            && said.contains("\n\nExits with 0 when the merge is clean"),
        "{said}"
    );
}
