//! The three languages say the same things: no text missing or left over
//! in any of them, every text the code asks for is there, every action and
//! menu has its words.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use strum::IntoEnumIterator;

use super::*;
use crate::ui::actions::{Action, MenuGroup};

fn folder(language: Language) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(language.code())
}

/// Every message and attribute id of a language's files: `action-save`,
/// `action-save.description`.
fn ids(language: Language) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let files = std::fs::read_dir(folder(language)).unwrap();
    for file in files {
        let path = file.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in &resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let id = message.id.name;
                assert!(
                    ids.insert(id.to_owned()),
                    "{id} twice in {}",
                    path.display()
                );
                for attribute in &message.attributes {
                    ids.insert(format!("{id}.{}", attribute.id.name));
                }
            }
        }
    }
    ids
}

#[test]
fn every_language_has_every_text_and_no_other() {
    let english = ids(Language::English);
    assert!(english.len() > 100, "{}", english.len());
    for language in [Language::French, Language::Spanish] {
        let theirs = ids(language);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        assert!(extra.is_empty(), "{language:?} has unused {extra:?}");
    }
}

#[test]
fn every_action_and_menu_has_its_words_in_every_language() {
    for language in Language::iter() {
        for action in Action::all() {
            let label = action.text_id();
            let description = format!("{label}.description");
            for id in [label, description] {
                let text = text_in(language, &id);
                assert!(
                    text.is_some_and(|t| !t.trim().is_empty()),
                    "{language:?}: {id}"
                );
            }
        }
        for group in MenuGroup::iter() {
            let name: &'static str = group.into();
            assert!(text_in(language, &format!("menu-{name}")).is_some());
        }
    }
}

/// The text ids the code names literally: the first argument of `tr(…)`
/// and `tr_with(…)`.
fn ids_in_code() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (path, text) in rust_sources() {
        if path.ends_with("i18n/tests.rs") || path.ends_with("i18n/scan.rs") {
            continue;
        }
        for call in ["tr(", "tr_with("] {
            for (at, _) in text.match_indices(call) {
                // `tr(` itself, not the end of `push_str(`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = text[at + call.len()..].trim_start();
                if let Some(rest) = rest.strip_prefix('"')
                    && let Some(end) = rest.find('"')
                {
                    found.insert(rest[..end].to_owned());
                }
            }
        }
    }
    found
}

/// Every Rust file under `src/`, with its text.
fn rust_sources() -> Vec<(PathBuf, String)> {
    let mut sources = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                sources.push((path, text));
            }
        }
    }
    sources
}

#[test]
fn every_text_the_code_asks_for_is_in_english() {
    let english = ids(Language::English);
    let missing: Vec<_> = ids_in_code()
        .into_iter()
        .filter(|id| !english.contains(id))
        .collect();
    assert!(missing.is_empty(), "not in assets/i18n/en: {missing:?}");
}

#[test]
fn every_english_text_is_used() {
    let code = ids_in_code();
    let sources: String = rust_sources().into_iter().map(|(_, text)| text).collect();
    let actions: BTreeSet<String> = Action::all().map(Action::text_id).collect();
    let unused: Vec<String> = ids(Language::English)
        .into_iter()
        .filter(|id| {
            let message = id.split('.').next().unwrap_or(id);
            let named = |prefix: &str| {
                message
                    .strip_prefix(prefix)
                    .is_some_and(|rest| sources.contains(&format!("\"{rest}\"")))
            };
            !(code.contains(message)
                || sources.contains(&format!("\"{message}\""))
                || actions.contains(message)
                || MenuGroup::iter().any(|g| {
                    let name: &'static str = g.into();
                    message == format!("menu-{name}")
                })
                || named("gesture-")
                || crate::cli::help_ids().contains(message))
        })
        .collect();
    assert!(unused.is_empty(), "never asked for: {unused:?}");
}

#[test]
fn a_locale_is_read_by_its_language() {
    assert_eq!(Language::of_locale("fr-CF"), Some(Language::French));
    assert_eq!(Language::of_locale("es_ES.UTF-8"), Some(Language::Spanish));
    assert_eq!(Language::of_locale("EN"), Some(Language::English));
    assert_eq!(Language::of_locale("ar-SY"), None);
    assert_eq!(Language::of_locale(""), None);
}

#[test]
fn the_command_line_speaks_the_language_of_lc_all_then_lc_messages_then_lang() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(
        Language::of_environment(env(&[("LANG", "fr_FR.UTF-8")])),
        Language::French
    );
    assert_eq!(
        Language::of_environment(env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "es_ES")])),
        Language::Spanish
    );
    assert_eq!(
        Language::of_environment(env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])),
        Language::English
    );
    assert_eq!(
        Language::of_environment(env(&[("LC_ALL", ""), ("LANG", "es_MX.UTF-8")])),
        Language::Spanish
    );
    assert_eq!(Language::of_environment(env(&[])), Language::English);
}

#[test]
fn plurals_and_arguments_come_through_fluent_without_isolation_marks() {
    set_language(Language::French);
    let undo = tr_with("menu-undo-step", &[("step", "move “Union”".into())]);
    set_language(Language::English);
    assert_eq!(undo, "Annuler\u{202f}: move “Union”");
    assert!(!undo.contains('\u{2068}'));
    assert_eq!(tr("action-save"), "Save");
    assert_eq!(tr("no-such-text"), "no-such-text");
}

/// Files of the guarded folders that hold a map's content, not interface
/// text: the made-up maps of the benchmarks, their names and tags.
const MAP_CONTENT: &[&str] = &["src/analysis/generated.rs"];

/// The folders whose user-visible text must come from the Fluent files:
/// the window, the command line, the analysis report, the undo steps, the
/// messages of imports, exports and merges, the loader's and the saver's
/// problems, the map's refusals, the live session's notes and the
/// clipboard's.
const GUARDED: &[&str] = &[
    "src/ui/",
    "src/cli/",
    "src/analysis/",
    "src/edit/",
    "src/exchange/",
    "src/file/",
    "src/model/",
    "src/live/",
    "src/clipboard.rs",
    "src/words.rs",
];

/// Literals of the guarded folders that the scanner takes for words but are not
/// interface text, as `(file, literal)`.
const NOT_WORDS: &[(&str, &str)] = &[
    // The ends of the ids of a command's long help and after-help.
    ("src/cli/help.rs", "-long"),
    ("src/cli/help.rs", "-after"),
    // The name a `powermap sync` peer shows the others: the program's.
    ("src/cli/live.rs", "powermap sync"),
    // GraphML as Powermap writes it: the encoding and yEd's element names.
    ("src/exchange/graphml.rs", "UTF-8"),
    ("src/exchange/graphml.rs", "y:Geometry"),
    // yEd's attribute names, read from its files.
    ("src/exchange/graphml/read/parser.rs", "Text"),
    ("src/exchange/graphml/read/parser.rs", "Width"),
    ("src/exchange/graphml/read/parser.rs", "Height"),
    // The calendar's product id, which iCalendar wants in English.
    (
        "src/exchange/calendar.rs",
        "PRODID:-//Powermap//Plan due dates//EN",
    ),
    // Paths of the fields a contact's references sit in.
    ("src/exchange/merge/plan.rs", "on.Stakeholder"),
    ("src/exchange/merge/plan.rs", "on.Relation"),
    // The lists of a map file whose lines a problem names.
    ("src/file/load_history.rs", "checkpoints"),
    ("src/file/load_history.rs", "observations"),
    // The first line of every map file, the same in every language.
    (
        "src/file/save.rs",
        "// A Powermap stakeholder map. The format is described in docs/FORMAT.md.\\n{body}\\n",
    ),
    // The app's data folder, and where Linux lists processes.
    ("src/file/recovery.rs", "Powermap"),
    ("src/file/recovery.rs", "/proc"),
    // Serde's and ron's words, read to be put in plain words.
    ("src/file/guard/plain_words.rs", "a borrowed string"),
    ("src/file/guard/plain_words.rs", "a string id"),
    ("src/file/guard/plain_words.rs", "an option"),
    ("src/file/guard/plain_words.rs", "the string "),
    ("src/file/guard/plain_words.rs", "the unsigned integer "),
    ("src/file/guard/plain_words.rs", "the integer "),
    (
        "src/file/guard/plain_words.rs",
        "the floating point number ",
    ),
    ("src/file/guard/plain_words.rs", "a unit value"),
    ("src/file/guard/plain_words.rs", "an enum"),
    ("src/file/guard/plain_words.rs", "a unit variant"),
    ("src/file/guard/plain_words.rs", "a newtype variant"),
    ("src/file/guard/plain_words.rs", "a tuple variant"),
    ("src/file/guard/plain_words.rs", "a struct variant"),
    ("src/file/guard/plain_words.rs", "invalid value: integer `"),
    ("src/file/guard/plain_words.rs", "invalid length "),
    ("src/file/guard/plain_words.rs", "unknown variant "),
    // Letters a search folds ("œ" as "oe").
    ("src/model/search.rs", "oe"),
    ("src/model/search.rs", "ae"),
    ("src/model/search.rs", "ss"),
    // The Noise protocol's name, and the keys of a session's announcement.
    (
        "src/live/secure.rs",
        "Noise_NNpsk0_25519_ChaChaPoly_BLAKE2s",
    ),
    ("src/live/discover.rs", "{instance}.local."),
    ("src/live/discover.rs", "title"),
    ("src/live/discover.rs", "host"),
    // The id's key of a live item's fields read back as one JSON object.
    ("src/live/mirror/fields.rs", "\\\"id\\\":"),
    // CSV column names, which stay English in the file.
    ("src/exchange/csv/mod.rs", "Label"),
    ("src/exchange/csv/mod.rs", "From"),
    ("src/exchange/csv/mod.rs", "To"),
    ("src/exchange/csv/mod.rs", "Type"),
    // Why egui lays the frame out again, for egui's debugging.
    ("src/ui/app/mod.rs", "fonts for a script the map uses"),
    ("src/ui/app/mod.rs", "a panel's height changed"),
    // The id of the scene made of the editor's view when presenting.
    ("src/ui/app/presenting.rs", "editor-view"),
    // The window title: the map's name and the app's.
    ("src/ui/app/window.rs", "{marker}{} - Powermap"),
    // Test fixtures: relation kinds a map names itself.
    ("src/ui/theme/vision.rs", "Challenges"),
    ("src/ui/theme/vision.rs", "Controls the crossings for"),
    ("src/ui/theme/vision.rs", "Directs"),
    ("src/ui/theme/vision.rs", "Own kind {n}"),
    // The window's title and app id: the app's name.
    ("src/ui/mod.rs", "Powermap"),
    ("src/ui/tessellated.rs", "Powermap"),
    ("src/ui/tessellated.rs", "powermap tessellated meshes"),
    // Font files and families.
    ("src/ui/picture/png.rs", "Ubuntu"),
    ("src/ui/picture/png.rs", "Hack"),
    (
        "src/ui/picture/svg/mod.rs",
        "Ubuntu, 'Ubuntu Light', 'Noto Sans', 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif",
    ),
    (
        "src/ui/picture/svg/mod.rs",
        "Hack, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
    ),
    (
        "src/ui/script/fonts.rs",
        "../../../assets/fonts/NotoSansArabic-Regular.ttf",
    ),
    ("src/ui/script/fonts.rs", "Noto Sans Arabic"),
    ("src/ui/script/mod.rs", "Noto Sans Arabic"),
    ("src/ui/script/mod.rs", "Noto Sans Hebrew"),
    ("src/ui/script/mod.rs", "Noto Sans CJK SC"),
    ("src/ui/script/mod.rs", "Noto Sans CJK JP"),
    ("src/ui/script/mod.rs", "Noto Sans CJK KR"),
    ("src/ui/script/mod.rs", "Noto Sans Devanagari"),
    ("src/ui/script/mod.rs", "Noto Sans Bengali"),
    ("src/ui/script/mod.rs", "Noto Sans Thai"),
    ("src/ui/script/mod.rs", "Noto Sans Armenian"),
    ("src/ui/script/mod.rs", "Noto Sans Georgian"),
    ("src/ui/script/mod.rs", "Noto Sans Ethiopic"),
    ("src/ui/script/mod.rs", "Noto Sans Tamil"),
    // Letters a font must draw to be taken for Armenian.
    ("src/ui/script/mod.rs", "Հայ"),
    // SVG markup.
    ("src/ui/picture/svg/mod.rs", "</svg>\\n"),
    (
        "src/ui/picture/svg/mod.rs",
        "M{},{}H{}A{r1},{r1} 0 0 1 {},{}V{}A{r2},{r2} 0 0 1 {},{}H{}A{r3},{r3} 0 0 1 {},{}V{}A{r0},{r0} 0 0 1 {},{}Z",
    ),
    ("src/ui/picture/svg/text.rs", "<text>"),
    ("src/ui/picture/svg/text.rs", "</text>\\n"),
    // A join code's shape, shown greyed in its empty field.
    ("src/ui/live_dialog.rs", "K7QM-4PXR-2HTW"),
];

/// The file format's own words, as `(file, words)`: kinds, stances, roles,
/// contributions, relation kinds, job and ask states, CSV column names and
/// the choices a spreadsheet holds. They stay English in every file; the
/// window shows their translated labels (`Translated`).
const FORMAT_WORDS: &[(&str, &[&str])] = &[
    ("src/model/coalition.rs", &["Lead", "Member"]),
    (
        "src/model/field/relation.rs",
        &[
            "Type",
            "Id",
            "From",
            "To",
            "Kind",
            "Mutual",
            "Strength",
            "Confidence",
            "Note",
            "Yes",
            "No",
        ],
    ),
    (
        "src/model/field/stakeholder.rs",
        &[
            "Label",
            "Type",
            "Id",
            "Name",
            "Kind",
            "Stance",
            "Power",
            "Interest",
            "Role",
            "Commitment",
            "Contributions",
            "Expertise",
            "Tags",
            "Notes",
            "Confidential notes",
            "Pinned",
            "Yes",
            "No",
        ],
    ),
    ("src/model/field/text.rs", &["Weak", "Medium", "Strong"]),
    (
        "src/model/filter.rs",
        &["Incoming", "Outgoing", "Both ways"],
    ),
    (
        "src/model/history/mod.rs",
        &[
            "Stance",
            "Power",
            "Interest",
            "Commitment",
            "Role",
            "Strength",
            "Confidence",
            "Kind",
            "In place",
            "in place",
        ],
    ),
    (
        "src/model/plan/mod.rs",
        &[
            "To do", "Doing", "Done", "Dropped", "Open", "Met", "Called", "Wrote", "Briefed",
        ],
    ),
    (
        "src/model/relation.rs",
        &[
            "Influences",
            "Funds",
            "Member of",
            "Allied with",
            "Opposes",
            "Has access to",
            "Reports to",
            "Cooperates",
            "Coordinates",
            "Collaborates",
            "Confirmed",
            "Uncertain",
        ],
    ),
    (
        "src/model/scene.rs",
        &["Network", "Power/interest grid", "Spectrum of allies"],
    ),
    (
        "src/model/stakeholder.rs",
        &[
            "Organization",
            "Target",
            "Individual",
            "Constituency",
            "Media",
            "Funder",
            "Other",
            "Active ally",
            "Passive ally",
            "Neutral",
            "Passive opposition",
            "Active opposition",
            "Unknown",
            "Leadership core",
            "Core partner",
            "Network member",
            "External",
            "Staff",
            "Funding",
            "Expertise",
            "Legitimacy",
            "Information",
            "Contacts",
            "Constituency access",
            "Ideology",
            "Power",
        ],
    ),
];

#[test]
fn no_english_is_written_into_the_interface_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for (path, text) in rust_sources() {
        let file = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if !GUARDED.iter().any(|folder| file.starts_with(folder))
            || file.ends_with("/tests.rs")
            || MAP_CONTENT.contains(&file.as_str())
        {
            continue;
        }
        for literal in scan::english_literals(&text) {
            let format_word = FORMAT_WORDS
                .iter()
                .any(|(f, words)| *f == file && words.contains(&literal.text.as_str()));
            if !format_word && !NOT_WORDS.contains(&(file.as_str(), literal.text.as_str())) {
                found.push(format!("{file}:{}: {:?}", literal.line, literal.text));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English written into the interface; put it in assets/i18n/en/ and show it \
         through tr(…):\n{}",
        found.join("\n")
    );
}

#[test]
fn every_choice_of_the_map_has_its_words_in_every_language() {
    use crate::model::{
        Confidence, Contribution, FocusDirection, Kind, MemberRole, Role, SceneView, Stance,
    };
    let mut ids: Vec<&'static str> = Vec::new();
    ids.extend(Kind::ALL.iter().map(Translated::text_id));
    ids.extend(Stance::ALL.iter().map(Translated::text_id));
    ids.extend(Role::ALL.iter().map(Translated::text_id));
    ids.extend(MemberRole::ALL.iter().map(Translated::text_id));
    ids.extend(Contribution::ALL.iter().map(Translated::text_id));
    ids.extend(Confidence::ALL.iter().map(Translated::text_id));
    ids.extend(FocusDirection::ALL.iter().map(Translated::text_id));
    ids.extend(SceneView::ALL.iter().map(Translated::text_id));
    for language in Language::iter() {
        for id in &ids {
            assert!(text_in(language, id).is_some(), "{language:?}: {id}");
        }
        set_language(language);
        for kind in crate::model::RelationKind::BUILT_IN {
            assert!(
                !relation_kind(kind).starts_with("relation-"),
                "{language:?}"
            );
        }
    }
    set_language(Language::English);
    assert_eq!(Stance::ActiveAlly.translated(), "Active ally");
    assert_eq!(kind_group(Kind::Funder, 2), "Funders (2)");
}

/// French puts a narrow no-break space (U+202F) before « : ; ! ? » and
/// inside « guillemets »: a plain space there lets a line break before the
/// mark, and none at all reads as English. `{"\u202F"}` keeps one at the
/// start of a value, where Fluent drops plain spaces.
#[test]
fn french_puts_a_narrow_no_break_space_before_high_punctuation() {
    let mut found = Vec::new();
    for file in std::fs::read_dir(folder(Language::French)).unwrap() {
        let path = file.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with('#') {
                continue;
            }
            // The words of the line: after `id =` or `.attribute =`.
            let words = if !line.starts_with(' ') || trimmed.starts_with('.') {
                trimmed
                    .split_once('=')
                    .map_or("", |(_, value)| value.trim_start())
            } else {
                trimmed
            };
            let words: Vec<char> = words.replace("{\"\\u202F\"}", "\u{202f}").chars().collect();
            let wrong = words.iter().enumerate().any(|(i, &c)| {
                let before = i.checked_sub(1).map(|j| words[j]);
                let after = words.get(i + 1).copied();
                match c {
                    // `&{ $name };` is an XML entity: no space before its `;`.
                    ';' => matches!(before, Some(' ' | '\u{a0}')),
                    ':' | '!' | '?' | '»' => matches!(before, Some(' ' | '\u{a0}' | '}')),
                    '«' => matches!(after, Some(' ' | '\u{a0}' | '{')),
                    _ => false,
                }
            });
            if wrong {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                found.push(format!("{name}:{}: {line}", number + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "French wants a narrow no-break space (U+202F) before : ; ! ? » and after «:\n{}",
        found.join("\n")
    );
}

#[test]
fn work_sent_to_another_thread_speaks_the_language_of_the_thread_that_sent_it() {
    set_language(Language::French);
    let sent = std::thread::spawn(super::speaking(|| (language(), tr("action-save"))));
    let unsent = std::thread::spawn(language);
    set_language(Language::English);
    let (language, words) = sent.join().unwrap_or((Language::English, String::new()));
    assert_eq!(language, Language::French);
    assert_eq!(words, "Enregistrer");
    assert_eq!(unsent.join().ok(), Some(Language::English));
}
