//! Every field's value, written as a file writes it, reads back as the
//! same value; names and words are accepted by one rule whatever the file.

use proptest::prelude::*;
use proptest::sample::select;

use super::*;
use crate::model::{
    Confidence, Contribution, Kind, Position, Relation, RelationId, RelationKind, Role,
    Stakeholder, StakeholderId, Stance,
};

/// Names in the scripts coalitions write them in.
const NAMES: [&str; 8] = [
    "Église protestante unie",
    "Comité des fêtes",
    "الهلال الأحمر",
    "中华全国总工会",
    "Fédération générale",
    "UNISON",
    "Ñandutí | cooperativa",
    "  spaced  ",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        select(NAMES.to_vec()).prop_map(str::to_owned),
        "[a-zA-Zé中ع ,;-]{0,12}",
    ]
}

/// A list item as files can hold it: trimmed, not blank, no `|`.
fn item() -> impl Strategy<Value = String> {
    prop_oneof![
        select(vec!["médias", "法律", "إعلام", "legal, policy"]).prop_map(str::to_owned),
        "[a-zé中]{1,8}",
    ]
}

prop_compose! {
    fn stakeholder()(
        name in text().prop_filter("a name", |n| !n.trim().is_empty()),
        kind in select(Kind::ALL.to_vec()),
        stance in select(Stance::ALL.to_vec()),
        role in select(Role::ALL.to_vec()),
        scores in (1u8..=5, 1u8..=5, 1u8..=5),
        contributions in proptest::collection::vec(select(Contribution::ALL.to_vec()), 0..4),
        expertise in proptest::collection::vec(item(), 0..3),
        tags in proptest::collection::vec(item(), 0..3),
        notes in text(),
        confidential in text(),
        x in -1.0e6f32..1.0e6,
        y in -1.0e6f32..1.0e6,
        pinned in any::<bool>(),
    ) -> Stakeholder {
        let mut s = Stakeholder::new(StakeholderId::new("s7"), name.trim(), kind);
        s.stance = stance;
        s.role = role;
        (s.power, s.interest, s.commitment) = scores;
        s.contributions = contributions;
        s.expertise = expertise;
        s.tags = tags;
        s.notes = notes;
        s.confidential_notes = confidential;
        s.position = Position::new(x, y);
        s.pinned = pinned;
        s.normalize();
        s
    }
}

prop_compose! {
    fn relation()(
        kind in prop_oneof![
            select(RelationKind::BUILT_IN.to_vec()),
            select(vec!["Mentors", "يموّل", "指导"]).prop_map(|k| RelationKind::Custom(k.to_owned())),
        ],
        mutual in any::<bool>(),
        strength in 1u8..=3,
        confidence in select(Confidence::ALL.to_vec()),
        note in text(),
    ) -> Relation {
        let mut r = Relation::new(
            RelationId::new("r3"),
            StakeholderId::new("s1"),
            StakeholderId::new("s2"),
            kind,
        );
        r.mutual = mutual;
        r.strength = strength;
        r.confidence = confidence;
        r.note = note;
        r
    }
}

proptest! {
    #[test]
    fn every_stakeholder_field_reads_back_what_it_writes(s in stakeholder()) {
        for flags in [FlagWords::YesNo, FlagWords::TrueFalse] {
            let mut back = Stakeholder::new(StakeholderId::new(""), "", Kind::Other);
            for field in StakeholderField::ALL {
                let text = field.write(&s, flags);
                prop_assert!(field.read(&mut back, &text, field.column()).is_ok(), "{field:?} “{text}”");
            }
            back.normalize();
            prop_assert_eq!(&back, &s);
        }
    }

    #[test]
    fn every_relation_field_reads_back_what_it_writes(r in relation()) {
        for flags in [FlagWords::YesNo, FlagWords::TrueFalse] {
            let mut back = Relation::new(
                RelationId::new(""),
                StakeholderId::new(""),
                StakeholderId::new(""),
                RelationKind::Influences,
            );
            for field in RelationField::ALL {
                let text = field.write(&r, flags);
                prop_assert!(field.read(&mut back, &text, field.key()).is_ok(), "{field:?} “{text}”");
            }
            prop_assert_eq!(&back, &r);
        }
    }

    #[test]
    fn any_text_is_read_or_refused_with_the_field_named(text in "\\PC{0,20}") {
        for field in StakeholderField::ALL {
            let mut s = Stakeholder::new(StakeholderId::new("s1"), "A", Kind::Other);
            if let Err(problem) = field.read(&mut s, &text, field.column()) {
                prop_assert!(problem.to_string().starts_with(field.column()));
            }
        }
    }
}

#[test]
fn every_choice_is_read_from_its_label_in_any_case_and_spacing() {
    for &stance in Stance::ALL {
        let label = stance.label();
        for written in [
            label.to_owned(),
            label.to_uppercase(),
            label.replace(' ', "_"),
            label.replace(' ', ""),
        ] {
            assert_eq!(
                choice(&written, Stance::ALL, Stance::label, "stance"),
                Ok(stance)
            );
        }
    }
    assert_eq!(
        choice("Organisation", Kind::ALL, Kind::label, "Type"),
        Ok(Kind::Organization)
    );
}

#[test]
fn csv_and_graphml_names_find_the_same_fields() {
    for (name, field) in [
        ("Label", StakeholderField::Name),
        ("label", StakeholderField::Name),
        ("Type", StakeholderField::Kind),
        ("kind", StakeholderField::Kind),
        ("Confidential notes", StakeholderField::ConfidentialNotes),
        ("notes (confidential)", StakeholderField::ConfidentialNotes),
        ("confidential_notes", StakeholderField::ConfidentialNotes),
        ("Influence", StakeholderField::Power),
        ("Description", StakeholderField::Notes),
    ] {
        assert_eq!(StakeholderField::named(name), Some(field), "{name}");
    }
    for (name, field) in [
        ("Source", RelationField::From),
        ("target", RelationField::To),
        ("Type", RelationField::Kind),
        ("notes", RelationField::Note),
        ("bidirectional", RelationField::Mutual),
    ] {
        assert_eq!(RelationField::named(name), Some(field), "{name}");
    }
    assert_eq!(StakeholderField::named("Shoe size"), None);
    for field in StakeholderField::ALL {
        assert_eq!(StakeholderField::named(field.column()), Some(field));
        assert_eq!(StakeholderField::named(field.key()), Some(field));
        assert_eq!(StakeholderField::by_key(field.key()), Some(field));
    }
    for field in RelationField::ALL {
        assert_eq!(RelationField::named(field.column()), Some(field));
        assert_eq!(RelationField::by_key(field.key()), Some(field));
    }
}

#[test]
fn scores_strengths_and_flags_take_every_form_either_file_wrote() {
    assert_eq!(score("4", "Power"), Ok(4));
    assert_eq!(score("4.0", "power"), Ok(4));
    assert_eq!(
        score("3.5", "power").map_err(|e| e.to_string()),
        Err("power “3.5” is not a whole number from 1 to 5".to_owned())
    );
    assert_eq!(strength("Strong", "Strength"), Ok(3));
    assert_eq!(strength("2.0", "strength"), Ok(2));
    assert!(strength("4", "Strength").is_err());
    for yes in ["yes", "TRUE", "1"] {
        assert_eq!(flag(yes, "Pinned"), Ok(true));
    }
    for no in ["No", "false", "0"] {
        assert_eq!(flag(no, "mutual"), Ok(false));
    }
}

#[test]
fn lists_typed_by_users_split_on_commas_but_files_only_on_bars() {
    assert_eq!(
        typed_list("médias, 法律 | إعلام"),
        ["médias", "法律", "إعلام"]
    );
    assert_eq!(file_list("legal, policy|法律"), ["legal, policy", "法律"]);
}

#[test]
fn choices_written_in_map_files_are_shown_by_their_label() {
    assert_eq!(
        StakeholderField::Stance.choice_label("ActiveAlly"),
        Some("Active ally")
    );
    assert_eq!(
        StakeholderField::Contributions.choice_label("ConstituencyAccess"),
        Some("Constituency access")
    );
    assert_eq!(
        RelationField::Confidence.choice_label("Uncertain"),
        Some("Uncertain")
    );
    assert_eq!(StakeholderField::Notes.choice_label("ActiveAlly"), None);
}
