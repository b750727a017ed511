//! Maps in and out of spreadsheets: the two CSV files round-trip, a bad row
//! is reported with its line and reason while the others are kept, and an
//! import into an open map is one undo step that matches rows by id or name.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use powermap::edit::Edit;
use powermap::exchange::csv::{self, CsvError, CsvFile, Imported};
use powermap::model::{
    Confidence, Contribution, Kind, Map, Relation, RelationId, RelationKind, Role, Stakeholder,
    StakeholderId, Stance,
};
use proptest::prelude::*;
use proptest::sample::select;

/// Stakeholders and relations as CSV carries them: plain ids, names and
/// tags without spaces at their ends, tags without `|`.
fn csv_map() -> impl Strategy<Value = Map> {
    let stakeholder = (
        "[A-Za-z][A-Za-z0-9 ,\"'éü中]{0,12}[A-Za-z0-9]",
        select(Kind::ALL),
        select(Stance::ALL),
        select(Role::ALL),
        (common::score(), common::score(), common::score()),
        prop::collection::btree_set(select(Contribution::ALL), 0..4),
        prop::collection::vec("[a-z][a-z ]{0,6}[a-z]", 0..3),
        (
            common::text(),
            common::text(),
            common::position(),
            any::<bool>(),
        ),
    );
    (
        prop::collection::vec(stakeholder, 1..8),
        prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                any::<prop::sample::Index>(),
                prop_oneof![
                    3 => select(RelationKind::BUILT_IN),
                    1 => "[A-Z][a-z]{3,10}".prop_map(RelationKind::Custom),
                ],
                any::<bool>(),
                common::strength(),
                select(Confidence::ALL),
                common::text(),
            ),
            0..10,
        ),
    )
        .prop_map(|(people, links)| {
            let mut map = Map::new("Imported");
            let mut edits = Vec::new();
            for (i, (name, kind, stance, role, scores, contributions, tags, rest)) in
                people.into_iter().enumerate()
            {
                let mut s = Stakeholder::new(StakeholderId::new(format!("s{}", i + 1)), name, kind);
                s.stance = stance;
                s.role = role;
                (s.power, s.interest, s.commitment) = scores;
                s.contributions = contributions.into_iter().collect();
                s.expertise.clone_from(&tags);
                s.tags = tags.into_iter().rev().collect();
                (s.notes, s.confidential_notes, s.position, s.pinned) = rest;
                s.position = s.position.normalized();
                s.normalize();
                edits.push(Edit::AddStakeholder(s));
            }
            let n = edits.len();
            for (i, (a, b, kind, mutual, strength, confidence, note)) in
                links.into_iter().enumerate()
            {
                let (from, to) = (a.index(n), b.index(n));
                if from == to
                    || matches!(&kind, RelationKind::Custom(k) if RelationKind::BUILT_IN
                        .iter()
                        .any(|b| b.label().eq_ignore_ascii_case(k)))
                {
                    continue;
                }
                let mut r = Relation::new(
                    RelationId::new(format!("r{}", i + 1)),
                    StakeholderId::new(format!("s{}", from + 1)),
                    StakeholderId::new(format!("s{}", to + 1)),
                    kind,
                );
                (r.mutual, r.strength, r.confidence, r.note) = (mutual, strength, confidence, note);
                edits.push(Edit::AddRelation(r));
            }
            Edit::Batch(edits).apply(&mut map).unwrap();
            map
        })
}

fn sorted_stakeholders(map: &Map) -> Vec<Stakeholder> {
    map.stakeholders_sorted().into_iter().cloned().collect()
}

fn sorted_relations(map: &Map) -> Vec<Relation> {
    map.relations_sorted().into_iter().cloned().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn export_then_import_gives_the_same_stakeholders_and_relations(map in csv_map()) {
        let pair = csv::export(&map);
        let imported = csv::import(&pair.stakeholders, Some(&pair.relations)).unwrap();
        prop_assert_eq!(&imported.rejected, &Vec::new());
        let back = csv::to_map("Imported", &imported).unwrap();
        prop_assert_eq!(sorted_stakeholders(&back), sorted_stakeholders(&map));
        prop_assert_eq!(sorted_relations(&back), sorted_relations(&map));
    }

    #[test]
    fn any_text_is_read_or_refused_without_panicking(
        people in ".{0,400}",
        links in prop::option::of(".{0,400}"),
    ) {
        if let Ok(imported) = csv::import(&people, links.as_deref()) {
            let _ = csv::to_map("Anything", &imported);
        }
    }
}

const PEOPLE: &str = "\
Label,Type,Stance,Power,Tags,Shoe size
Union,Organization,Active ally,4,labour|workers,42
Ministry,Target,Neutral,5,,
Press,Media,Somewhat friendly,3,,
,Organization,,,,
Church,,passive ally,seven,,
Funder A,Funder,,2,,
";

const LINKS: &str = "\
From,To,Type,Strength
Union,Ministry,Influences,strong
Funder A,Union,Funds,
Press,Nobody,Influences,
Union,Union,Allied with,
";

#[test]
fn a_bad_row_is_reported_with_its_line_and_reason_and_the_others_are_kept() {
    let imported = csv::import(PEOPLE, Some(LINKS)).unwrap();
    let names: Vec<&str> = imported
        .stakeholders
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Union", "Ministry", "Funder A"]);
    let rejected: Vec<String> = imported.rejected.iter().map(ToString::to_string).collect();
    assert_eq!(
        rejected,
        [
            "stakeholders line 4: Stance “Somewhat friendly” is not one of: Active ally, Passive ally, Neutral, Passive opposition, Active opposition, Unknown",
            "stakeholders line 5: the Label cell is empty: every stakeholder needs a name",
            "stakeholders line 6: Power “seven” is not a whole number from 1 to 5",
            "relations line 4: From “Press” is neither the Id nor the Label of a stakeholder in the stakeholders file",
            "relations line 5: From and To are the same stakeholder",
        ]
    );
    assert_eq!(imported.unknown_columns, ["Shoe size"]);
    let union = &imported.stakeholders[0];
    assert_eq!(union.tags, ["labour", "workers"]);
    assert_eq!(union.stance, Stance::ActiveAlly);
    // The good relations join the stakeholders named in them.
    let map = csv::to_map("Campaign", &imported).unwrap();
    assert_eq!(map.relation_count(), 2);
    let strong = map
        .relations()
        .find(|r| r.kind == RelationKind::Influences)
        .unwrap();
    assert_eq!(strong.strength, 3);
}

#[test]
fn stakeholders_without_a_place_are_laid_out_apart() {
    let imported = csv::import(PEOPLE, None).unwrap();
    let map = csv::to_map("Campaign", &imported).unwrap();
    let places: Vec<_> = map.stakeholders().map(|s| s.position).collect();
    for (i, a) in places.iter().enumerate() {
        for b in &places[i + 1..] {
            assert!((a.x - b.x).abs() + (a.y - b.y).abs() >= 100.0);
        }
    }
}

#[test]
fn a_file_without_a_label_column_is_refused_whole() {
    let err = csv::import("Name of org,Type\nUnion,Organization\n", None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the stakeholders file has no “Label” column (its first line names the columns: Name of org, Type)"
    );
    // Other tools' names for the same columns are understood.
    let imported = csv::import("Name,Kind\nUnion,Target\n", None).unwrap();
    assert_eq!(imported.stakeholders[0].kind, Kind::Target);
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let huge = "Label\n".to_owned() + &"x\n".repeat(csv::MAX_CSV_BYTES / 2 + 1);
    assert!(matches!(
        csv::import(&huge, None),
        Err(CsvError::TooLarge {
            file: CsvFile::Stakeholders,
            ..
        })
    ));
}

#[test]
fn importing_into_an_open_map_matches_by_id_then_name_and_is_one_undo_step() {
    let mut map = csv::to_map("Campaign", &csv::import(PEOPLE, Some(LINKS)).unwrap()).unwrap();
    let before = map.clone();
    let rows = "\
Id,Label,Type,Power
,union,Organization,2
s2,Health ministry,Target,5
,Newcomer,Individual,1
";
    let imported: Imported = csv::import(rows, None).unwrap();
    let plan = csv::merge_plan(&map, &imported);
    // "union" matches Union by name; s2 is the Ministry's id: renamed.
    assert_eq!(plan.changed, ["union", "Health ministry"]);
    assert_eq!(plan.added, ["Newcomer"]);
    let inverse = plan.edit.apply(&mut map).unwrap();
    assert_eq!(map.stakeholder_count(), before.stakeholder_count() + 1);
    assert_eq!(
        map.stakeholder(&StakeholderId::new("s2")).unwrap().name,
        "Health ministry"
    );
    assert_eq!(
        map.relation_count(),
        before.relation_count(),
        "relations kept"
    );
    inverse.apply(&mut map).unwrap();
    assert_eq!(map, before, "one undo step takes it all back");
}

#[test]
fn a_name_written_with_spaces_around_it_matches_the_same_stakeholder() {
    let map = csv::to_map("Campaign", &csv::import(PEOPLE, Some(LINKS)).unwrap()).unwrap();
    let imported: Imported = csv::import("Label,Power\n\"  Union \",2\n", None).unwrap();
    let plan = csv::merge_plan(&map, &imported);
    assert!(plan.added.is_empty(), "no second Union: {plan:?}");
    assert_eq!(plan.changed.len() + plan.unchanged, 1);
}

#[test]
fn importing_the_same_rows_twice_changes_nothing_the_second_time() {
    let map = csv::to_map("Campaign", &csv::import(PEOPLE, Some(LINKS)).unwrap()).unwrap();
    let pair = csv::export(&map);
    let again = csv::import(&pair.stakeholders, Some(&pair.relations)).unwrap();
    let plan = csv::merge_plan(&map, &again);
    assert!(plan.is_empty(), "{plan:?}");
    assert_eq!(
        plan.unchanged,
        map.stakeholder_count() + map.relation_count()
    );
}

#[test]
fn rows_without_an_id_never_take_an_id_a_later_row_or_a_relation_has() {
    // The first row gets a new id: not s1 or s2, which later rows keep. The
    // relation's own id "s2" is a stakeholder's, so it gets another.
    let people = "Id,Label\n,Union\ns1,Ministry\ns2,Press\n";
    let links = "Id,From,To\ns2,Union,Ministry\n";
    let imported = csv::import(people, Some(links)).unwrap();
    let map = csv::to_map("Campaign", &imported).unwrap();
    assert_eq!(
        map.stakeholder(&StakeholderId::new("s1")).unwrap().name,
        "Ministry"
    );
    assert_eq!(
        map.stakeholder(&StakeholderId::new("s2")).unwrap().name,
        "Press"
    );
    let union = map.stakeholders().find(|s| s.name == "Union").unwrap();
    assert!(!["s1", "s2"].contains(&union.id.as_str()), "{}", union.id);
    let relation = map.relations().next().unwrap();
    assert_ne!(relation.id.as_str(), "s2", "ids are unique across kinds");
    assert_eq!(relation.from, union.id);
}

/// A spreadsheet written by someone used to yEd or Gephi: their column
/// names and their way of writing values are read as GraphML reads them.
const GEPHI_STYLE_PEOPLE: &str = "\
Name,Category,Stance,Influence,Coalition role,Pinned,Description
Église protestante unie,Organisation,active_ally,4.0,CORE_PARTNER,TRUE,Lieu de réunion
الهلال الأحمر,media,PassiveOpposition,2,external,0,
";

const GEPHI_STYLE_LINKS: &str = "\
Source,Target,Relation,Bidirectional,Strength,Confidence
Église protestante unie,الهلال الأحمر,member_of,true,3.0,UNCERTAIN
";

#[test]
fn a_spreadsheet_may_use_the_names_and_words_graphml_files_use() {
    let imported = csv::import(GEPHI_STYLE_PEOPLE, Some(GEPHI_STYLE_LINKS)).unwrap();
    assert_eq!(imported.rejected, []);
    assert!(
        imported.unknown_columns.is_empty(),
        "{:?}",
        imported.unknown_columns
    );
    let church = &imported.stakeholders[0];
    assert_eq!(church.name, "Église protestante unie");
    assert_eq!(church.kind, Kind::Organization);
    assert_eq!(church.stance, Stance::ActiveAlly);
    assert_eq!(church.power, 4);
    assert_eq!(church.role, Role::CorePartner);
    assert!(church.pinned);
    assert_eq!(church.notes, "Lieu de réunion");
    let crescent = &imported.stakeholders[1];
    assert_eq!(crescent.name, "الهلال الأحمر");
    assert_eq!(crescent.kind, Kind::Media);
    assert_eq!(crescent.stance, Stance::PassiveOpposition);
    let link = &imported.relations[0];
    assert_eq!(link.kind, RelationKind::MemberOf);
    assert!(link.mutual);
    assert_eq!(link.strength, 3);
    assert_eq!(link.confidence, Confidence::Uncertain);
}

#[test]
fn a_second_column_for_the_same_field_is_left_out_and_said() {
    let imported = csv::import(
        "Label,Notes,Description\nUnion,Meets on Mondays,Dockers\n",
        None,
    )
    .unwrap();
    assert_eq!(imported.stakeholders[0].notes, "Meets on Mondays");
    assert_eq!(
        imported.unknown_columns,
        ["Description (a second Notes column)"]
    );
}

#[test]
fn an_unclosed_quote_refuses_the_file_naming_the_line_it_opens_on() {
    // A quote left open by hand: the csv reader would read the rest of the
    // file as one cell, and so one stakeholder named with line breaks.
    let people = "\
Label,Type,Notes
Union,Organization,\"Meets on Mondays
Ministry,Target,
Press,Media,
";
    let err = csv::import(people, None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the stakeholders file cannot be read as CSV: the quote that opens a cell on line 2 is never closed, so the rest of the file (lines 2 to 4) would be one cell; close it with \" or remove it"
    );
}

#[test]
fn a_quoted_value_over_several_lines_followed_by_a_valid_row_is_read() {
    let people = "\
Label,Type,Notes
Union,Organization,\"Meets on Mondays,
and on Thursdays\"
Ministry,Target,
";
    let imported = csv::import(people, None).unwrap();
    assert_eq!(imported.rejected, []);
    let names: Vec<&str> = imported
        .stakeholders
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Union", "Ministry"]);
    assert_eq!(
        imported.stakeholders[0].notes,
        "Meets on Mondays,\nand on Thursdays"
    );
}

#[test]
fn a_name_never_holds_a_line_break_the_row_is_rejected_with_its_line() {
    let people = "\
Label,Type
Union,Organization
\"Health
ministry\",Target
Press,Media
";
    let imported = csv::import(people, None).unwrap();
    let names: Vec<&str> = imported
        .stakeholders
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Union", "Press"]);
    let rejected: Vec<String> = imported.rejected.iter().map(ToString::to_string).collect();
    assert_eq!(
        rejected,
        [
            "stakeholders line 3: the Label cell runs over 2 lines (to line 4); a name is one line, so a quote is probably misplaced"
        ]
    );
}

#[test]
fn a_quote_closed_lines_later_with_text_after_it_is_a_row_problem() {
    // The quote on line 2 closes on line 3, but more text follows it in the
    // cell: not a quoted value, a stray quote that swallowed a row.
    let people = "\
Label,Type,Notes
Union,Organization,\"Meets on Mondays
Ministry,Target,\"Press
Church,Other,
";
    let imported = csv::import(people, None).unwrap();
    let names: Vec<&str> = imported
        .stakeholders
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Church"]);
    let rejected: Vec<String> = imported.rejected.iter().map(ToString::to_string).collect();
    assert_eq!(
        rejected,
        [
            "stakeholders line 2: the row is not valid CSV (the quoted cell that starts on line 2 closes on line 3 with more text after its closing quote)"
        ]
    );
}

#[test]
fn line_numbers_are_the_same_with_windows_line_ends() {
    let imported = csv::import(
        &PEOPLE.replace('\n', "\r\n"),
        Some(&LINKS.replace('\n', "\r\n")),
    )
    .unwrap();
    let rejected: Vec<String> = imported.rejected.iter().map(ToString::to_string).collect();
    assert_eq!(
        rejected,
        [
            "stakeholders line 4: Stance “Somewhat friendly” is not one of: Active ally, Passive ally, Neutral, Passive opposition, Active opposition, Unknown",
            "stakeholders line 5: the Label cell is empty: every stakeholder needs a name",
            "stakeholders line 6: Power “seven” is not a whole number from 1 to 5",
            "relations line 4: From “Press” is neither the Id nor the Label of a stakeholder in the stakeholders file",
            "relations line 5: From and To are the same stakeholder",
        ]
    );
}

/// The two sheets as Kumu exports a stakeholder map (Elements, Connections).
const KUMU_ELEMENTS: &str = "\
Label,Type,Description,Tags
Health Alliance,Organization,Runs the clinics,health|clinics
Dr. Amara Osei,Person,\"Chairs the board;
speaks for the nurses\",board
Ministry of Health,Organization,,
";

const KUMU_CONNECTIONS: &str = "\
From,To,Direction,Type,Description,Strength
Health Alliance,Ministry of Health,directed,Influences,Weekly briefings,3
Dr. Amara Osei,Health Alliance,mutual,Member of,,1
Ministry of Health,Dr. Amara Osei,undirected,Advises,,
";

#[test]
fn a_map_exported_from_kumu_is_read_with_its_descriptions_and_directions() {
    let imported = csv::import(KUMU_ELEMENTS, Some(KUMU_CONNECTIONS)).unwrap();
    assert_eq!(imported.rejected, []);
    assert!(
        imported.unknown_columns.is_empty(),
        "{:?}",
        imported.unknown_columns
    );
    let [alliance, amara, ministry] = imported.stakeholders.as_slice() else {
        panic!("{:?}", imported.stakeholders);
    };
    assert_eq!(alliance.notes, "Runs the clinics");
    assert_eq!(alliance.tags, ["clinics", "health"]);
    assert_eq!(amara.kind, Kind::Individual);
    assert_eq!(amara.notes, "Chairs the board;\nspeaks for the nurses");
    assert_eq!(ministry.kind, Kind::Organization);
    let [briefs, member, advises] = imported.relations.as_slice() else {
        panic!("{:?}", imported.relations);
    };
    assert!(!briefs.mutual);
    assert_eq!(briefs.note, "Weekly briefings");
    assert_eq!(briefs.strength, 3);
    assert!(member.mutual);
    assert_eq!(member.kind, RelationKind::MemberOf);
    assert_eq!(member.strength, 1);
    // Kumu's undirected connection has no arrow: both ways, as in GraphML.
    assert!(advises.mutual);
    assert_eq!(advises.kind, RelationKind::Custom("Advises".to_owned()));
}

#[test]
fn kumu_strengths_on_a_scale_of_their_own_are_scaled_onto_weak_to_strong_and_reported() {
    let links = "\
From,To,Strength
Health Alliance,Ministry of Health,0.5
Dr. Amara Osei,Health Alliance,10
Ministry of Health,Dr. Amara Osei,5
Dr. Amara Osei,Ministry of Health,
";
    let imported = csv::import(KUMU_ELEMENTS, Some(links)).unwrap();
    assert_eq!(imported.rejected, [], "no row is refused for its strength");
    let strengths: Vec<u8> = imported.relations.iter().map(|r| r.strength).collect();
    assert_eq!(
        strengths,
        [1, 3, 2, 2],
        "lowest weak, highest strong, empty medium"
    );
    assert_eq!(
        imported.read_as,
        [
            "the Strength column is read as strength: values from 0.5 to 10 are scaled onto strengths 1 to 3 (weak to strong), each to the nearest"
        ]
    );

    // Strengths of 1 to 3 are Powermap's own: read as they are, not reported.
    let imported = csv::import(KUMU_ELEMENTS, Some(KUMU_CONNECTIONS)).unwrap();
    assert!(imported.read_as.is_empty(), "{:?}", imported.read_as);
    // A word among numbers is not a scale: the row says what is wrong.
    let links = "From,To,Strength\nHealth Alliance,Ministry of Health,7\nDr. Amara Osei,Health Alliance,lots\n";
    let imported = csv::import(KUMU_ELEMENTS, Some(links)).unwrap();
    assert_eq!(imported.rejected.len(), 2, "{:?}", imported.rejected);
}

#[test]
fn a_direction_that_is_no_direction_names_the_words_it_takes() {
    let links = "From,To,Direction\nHealth Alliance,Ministry of Health,sideways\n";
    let imported = csv::import(KUMU_ELEMENTS, Some(links)).unwrap();
    let rejected: Vec<String> = imported.rejected.iter().map(ToString::to_string).collect();
    assert_eq!(
        rejected,
        [
            "relations line 2: Mutual “sideways” is not yes or no (nor directed, mutual or undirected)"
        ]
    );
}

#[test]
fn a_kind_of_the_maps_own_and_a_name_with_spaces_around_them_come_back_exactly() {
    let map = common::padded_map();
    let pair = csv::export(&map);
    let imported = csv::import(&pair.stakeholders, Some(&pair.relations)).unwrap();
    assert_eq!(imported.rejected, []);
    let back = csv::to_map("Padded", &imported).unwrap();
    assert_eq!(sorted_stakeholders(&back), sorted_stakeholders(&map));
    assert_eq!(sorted_relations(&back), sorted_relations(&map));
    assert_eq!(
        back.relations().next().unwrap().kind,
        RelationKind::Custom("Influences ".to_owned())
    );
}

#[test]
fn a_spreadsheets_spelling_of_a_built_in_kind_is_that_kind() {
    let links = "From,To,Type\nUnion,Ministry,member_of\nMinistry,Union,INFLUENCES\n";
    let imported = csv::import(PEOPLE, Some(links)).unwrap();
    let kinds: Vec<&RelationKind> = imported.relations.iter().map(|r| &r.kind).collect();
    assert_eq!(kinds, [&RelationKind::MemberOf, &RelationKind::Influences]);
}
