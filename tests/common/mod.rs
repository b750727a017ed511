//! Proptest strategies for valid maps and their parts, shared by the test files.
//!
//! Every strategy gives items the map accepts: scores in range, finite
//! positions, relations between two different stakeholders, coalitions
//! whose members exist. The text in them is as hostile as users' text gets:
//! any unicode, quotes, backslashes, newlines, control characters.

#![allow(dead_code, clippy::expect_used)]

pub mod ops;
pub mod process;

use powermap::edit::Edit;
use powermap::model::{
    Coalition, CoalitionId, Conditions, Confidence, Contribution, Filter, Focus, FocusDirection,
    Kind, Map, MapMeta, Member, MemberRole, Position, Relation, RelationId, RelationKind, Rgb,
    Role, Scene, SceneCamera, SceneId, ScenePlan, SceneView, Stakeholder, StakeholderId, Stance,
};
use proptest::prelude::*;
use proptest::sample::{Index, select};

/// Characters that have broken text formats before.
const AWKWARD_CHARS: &[char] = &[
    '"', '\\', '\n', '\r', '\t', '\0', '\'', '#', '(', ')', '[', ']', '{', '}', ',', ':', '/', '*',
    'é', 'ß', 'ü', '中', '😀', '\u{200b}', '\u{2028}', '\u{feff}', '\u{7f}', ' ',
];

/// Free text as users type it: any unicode, with a bias to awkward characters.
pub fn text() -> impl Strategy<Value = String> {
    let one_char = prop_oneof![
        3 => any::<char>(),
        3 => select(AWKWARD_CHARS),
        4 => prop::char::range('a', 'z'),
    ];
    prop::collection::vec(one_char, 0..24).prop_map(|chars| chars.into_iter().collect())
}

/// Text that is not blank, for names that must say something.
pub fn non_blank_text() -> impl Strategy<Value = String> {
    (prop::char::range('A', 'Z'), text()).prop_map(|(first, rest)| format!("{first}{rest}"))
}

/// A finite position anywhere a float can be, from subnormal to huge.
pub fn position() -> impl Strategy<Value = Position> {
    let coordinate = prop_oneof![
        4 => -5000.0f32..5000.0,
        1 => prop::num::f32::POSITIVE
            | prop::num::f32::NEGATIVE
            | prop::num::f32::NORMAL
            | prop::num::f32::SUBNORMAL
            | prop::num::f32::ZERO,
    ];
    (coordinate.clone(), coordinate).prop_map(|(x, y)| Position::new(x, y))
}

pub fn score() -> impl Strategy<Value = u8> {
    1u8..=5
}

pub fn strength() -> impl Strategy<Value = u8> {
    1u8..=3
}

pub fn relation_kind() -> impl Strategy<Value = RelationKind> {
    prop_oneof![
        3 => select(RelationKind::BUILT_IN),
        1 => non_blank_text().prop_map(RelationKind::Custom),
    ]
}

/// Everything about a stakeholder but its id.
pub fn stakeholder_with_id(id: StakeholderId) -> impl Strategy<Value = Stakeholder> {
    let identity = (
        non_blank_text(),
        select(Kind::ALL),
        select(Stance::ALL),
        select(Role::ALL),
    );
    let scores = (score(), score(), score());
    let lists = (
        prop::collection::vec(select(Contribution::ALL), 0..4),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(text(), 0..3),
    );
    let rest = (text(), text(), position(), any::<bool>());
    (identity, scores, lists, rest).prop_map(
        move |(
            (name, kind, stance, role),
            (power, interest, commitment),
            (contributions, expertise, tags),
            (notes, confidential_notes, position, pinned),
        )| Stakeholder {
            id: id.clone(),
            name,
            kind,
            stance,
            power,
            interest,
            role,
            commitment,
            contributions,
            expertise,
            tags,
            notes,
            confidential_notes,
            position,
            pinned,
            place: String::new(),
            time_zone: String::new(),
        },
    )
}

/// A relation between two given stakeholders.
pub fn relation_between(
    id: RelationId,
    from: StakeholderId,
    to: StakeholderId,
) -> impl Strategy<Value = Relation> {
    (
        relation_kind(),
        any::<bool>(),
        strength(),
        select(Confidence::ALL),
        text(),
    )
        .prop_map(move |(kind, mutual, strength, confidence, note)| Relation {
            id: id.clone(),
            from: from.clone(),
            to: to.clone(),
            kind,
            mutual,
            strength,
            confidence,
            note,
        })
}

pub fn meta() -> impl Strategy<Value = MapMeta> {
    (text(), text(), text(), text(), text(), text(), text()).prop_map(
        |(title, goal, theory_of_change, salience, timing, feasibility, notes)| MapMeta {
            title,
            goal,
            theory_of_change,
            conditions: Conditions {
                salience,
                timing,
                feasibility,
            },
            notes,
        },
    )
}

/// How one item's id is written: the app's own `s12`, or by hand.
#[derive(Clone, Debug)]
enum IdStyle {
    /// The app's style, this many serials after the previous item's.
    Serial(u64),
    /// Written by hand, e.g. "ministry"; made unique with the item's place.
    Hand(String),
}

fn id_style() -> impl Strategy<Value = IdStyle> {
    prop_oneof![
        4 => (1u64..20).prop_map(IdStyle::Serial),
        1 => "[a-zäöü][a-zäöü0-9 _\"\\\\-]{0,8}".prop_map(IdStyle::Hand),
    ]
}

/// Turns id styles into ids, unique across every kind of item.
fn ids(prefix: &str, styles: &[IdStyle], serial: &mut u64) -> Vec<String> {
    styles
        .iter()
        .enumerate()
        .map(|(place, style)| match style {
            IdStyle::Serial(gap) => {
                *serial += gap;
                format!("{prefix}{serial}")
            }
            // The place keeps hand ids unique; the prefix keeps kinds apart.
            IdStyle::Hand(word) => format!("{prefix}:{word}·{place}"),
        })
        .collect()
}

/// The parts of a valid map, before they are put together with edits.
#[derive(Clone, Debug)]
pub struct MapParts {
    pub meta: MapMeta,
    pub stakeholders: Vec<Stakeholder>,
    pub relations: Vec<Relation>,
    pub coalitions: Vec<Coalition>,
    /// In the order they are presented.
    pub scenes: Vec<Scene>,
    /// How far the id counter runs ahead of the highest id, as after deletions.
    pub spare_serials: u64,
}

impl MapParts {
    /// The map these parts make, built the way the app builds maps: by edits.
    pub fn build(&self) -> Map {
        let mut map = Map::new("");
        let mut edits = vec![Edit::SetMeta(self.meta.clone())];
        edits.extend(self.stakeholders.iter().cloned().map(Edit::AddStakeholder));
        edits.extend(self.relations.iter().cloned().map(Edit::AddRelation));
        edits.extend(self.coalitions.iter().cloned().map(Edit::AddCoalition));
        edits.extend(self.scenes.iter().cloned().map(|scene| Edit::AddScene {
            index: usize::MAX,
            scene: Box::new(scene),
        }));
        Edit::Batch(edits)
            .apply(&mut map)
            .expect("generated parts make a valid map");
        let serial = map.next_serial() + self.spare_serials;
        Edit::SetNextSerial(serial)
            .apply(&mut map)
            .expect("the id counter can always run ahead");
        map
    }
}

/// A valid map with up to `max_stakeholders` stakeholders, as parts.
pub fn map_parts(max_stakeholders: usize) -> impl Strategy<Value = MapParts> {
    let styles = (
        prop::collection::vec(id_style(), 0..=max_stakeholders),
        prop::collection::vec(id_style(), 0..=max_stakeholders * 2),
        prop::collection::vec(id_style(), 0..4),
        prop::collection::vec(id_style(), 0..4),
    );
    (styles, meta(), 0u64..5).prop_flat_map(
        |(
            (stakeholder_styles, relation_styles, coalition_styles, scene_styles),
            meta,
            spare_serials,
        )| {
            // Serials are shared by every kind of item, as the app hands them out.
            let mut serial = 0;
            let stakeholder_ids: Vec<StakeholderId> = ids("s", &stakeholder_styles, &mut serial)
                .into_iter()
                .map(StakeholderId::new)
                .collect();
            let relation_ids: Vec<RelationId> = if stakeholder_ids.len() < 2 {
                Vec::new()
            } else {
                ids("r", &relation_styles, &mut serial)
                    .into_iter()
                    .map(RelationId::new)
                    .collect()
            };
            let coalition_ids: Vec<CoalitionId> = ids("c", &coalition_styles, &mut serial)
                .into_iter()
                .map(CoalitionId::new)
                .collect();
            let scene_ids: Vec<SceneId> = ids("v", &scene_styles, &mut serial)
                .into_iter()
                .map(SceneId::new)
                .collect();
            let stakeholders: Vec<_> = stakeholder_ids
                .iter()
                .cloned()
                .map(stakeholder_with_id)
                .collect();
            let scenes = scene_ids
                .into_iter()
                .map(|id| {
                    scene_among(
                        id,
                        stakeholder_ids.clone(),
                        relation_ids.clone(),
                        coalition_ids.clone(),
                    )
                })
                .collect::<Vec<_>>();
            let relations = relations_among(stakeholder_ids.clone(), relation_ids);
            let coalitions = coalitions_among(&stakeholder_ids, coalition_ids);
            (
                Just(meta),
                stakeholders,
                relations,
                coalitions,
                scenes,
                Just(spare_serials),
            )
                .prop_map(
                    |(meta, stakeholders, relations, coalitions, scenes, spare_serials)| MapParts {
                        meta,
                        stakeholders,
                        relations,
                        coalitions,
                        scenes,
                        spare_serials,
                    },
                )
        },
    )
}

/// Relations with the given ids, each between two different stakeholders.
fn relations_among(
    stakeholders: Vec<StakeholderId>,
    ids: Vec<RelationId>,
) -> impl Strategy<Value = Vec<Relation>> {
    let ends = prop::collection::vec((any::<Index>(), any::<Index>()), ids.len());
    ends.prop_flat_map(move |ends| {
        ids.iter()
            .zip(ends)
            .map(|(id, (from, to))| {
                let from = from.index(stakeholders.len());
                // Any other stakeholder: never a relation to itself.
                let to = (from + 1 + to.index(stakeholders.len() - 1)) % stakeholders.len();
                relation_between(
                    id.clone(),
                    stakeholders[from].clone(),
                    stakeholders[to].clone(),
                )
            })
            .collect::<Vec<_>>()
    })
}

/// Coalitions with the given ids, each with some of the stakeholders as members.
fn coalitions_among(
    stakeholders: &[StakeholderId],
    ids: Vec<CoalitionId>,
) -> impl Strategy<Value = Vec<Coalition>> + use<> {
    ids.into_iter()
        .map(|id| coalition_among(id, stakeholders.to_vec()))
        .collect::<Vec<_>>()
}

pub fn coalition_among(
    id: CoalitionId,
    stakeholders: Vec<StakeholderId>,
) -> impl Strategy<Value = Coalition> {
    let count = stakeholders.len();
    (
        non_blank_text(),
        text(),
        any::<[u8; 3]>(),
        prop::sample::subsequence(stakeholders, 0..=count),
        prop::collection::vec(select(MemberRole::ALL), count),
    )
        .prop_map(move |(name, objective, colour, members, roles)| Coalition {
            id: id.clone(),
            name,
            objective,
            colour: Rgb(colour),
            // Listed in any order; the map sorts them.
            members: members
                .into_iter()
                .zip(roles)
                .rev()
                .map(|(stakeholder, role)| Member { stakeholder, role })
                .collect(),
        })
}

/// A scene that names some of these stakeholders, relations and coalitions.
pub fn scene_among(
    id: SceneId,
    stakeholders: Vec<StakeholderId>,
    relations: Vec<RelationId>,
    coalitions: Vec<CoalitionId>,
) -> impl Strategy<Value = Scene> {
    let (n_s, n_r, n_c) = (stakeholders.len(), relations.len(), coalitions.len());
    // Part of the plan to present: a coalition's jobs or the asks toward someone.
    let plans: Vec<ScenePlan> = coalitions
        .iter()
        .cloned()
        .map(ScenePlan::JobsOf)
        .chain(stakeholders.iter().cloned().map(ScenePlan::AsksToward))
        .collect();
    let plan = if plans.is_empty() {
        Just(None).boxed()
    } else {
        prop::option::of(prop::sample::select(plans)).boxed()
    };
    let camera = (position(), 0.05f32..6.0, 100.0f32..3000.0, 100.0f32..2000.0).prop_map(
        |(center, zoom, view_width, view_height)| SceneCamera {
            center,
            zoom,
            view_width,
            view_height,
        },
    );
    let focus = (
        prop::sample::subsequence(stakeholders.clone(), 0..=n_s.min(1)),
        1u8..=3,
        select(FocusDirection::ALL),
    )
        .prop_map(|(centre, hops, direction)| {
            centre.into_iter().next().map(|stakeholder| Focus {
                stakeholder,
                hops,
                direction,
            })
        });
    (
        (
            text(),
            text(),
            select(SceneView::ALL),
            prop::option::of(camera),
        ),
        (
            prop::sample::subsequence(stakeholders, 0..=n_s),
            prop::sample::subsequence(relations, 0..=n_r),
            prop::sample::subsequence(coalitions.clone(), 0..=n_c),
            prop::sample::subsequence(coalitions, 0..=n_c.min(1)),
        ),
        (
            focus,
            any::<bool>(),
            prop::collection::vec(select(Kind::ALL), 0..3),
            text(),
        ),
        // Days pinned to, as days from 2026-01-01: the day compared with
        // comes first.
        (prop::option::of(0i64..300), prop::option::of(0i64..300)),
        plan,
    )
        .prop_map(
            move |(
                (title, caption, view, camera),
                (highlighted, highlighted_relations, filter_coalitions, ringed),
                (focus, hide_filtered, kinds, filter_text),
                (at, from),
                plan,
            )| {
                let day = |n: i64| {
                    powermap::model::Day::parse("2026-01-01")
                        .unwrap()
                        .plus_days(n)
                };
                let as_of = at.map(day);
                let compared_with = from.filter(|from| at.is_none_or(|at| *from < at)).map(day);
                Scene {
                    id: id.clone(),
                    title,
                    caption,
                    view,
                    camera,
                    filter: Filter {
                        kinds: kinds.into_iter().collect(),
                        coalitions: filter_coalitions.into_iter().collect(),
                        text: filter_text,
                        ..Filter::default()
                    },
                    hide_filtered,
                    focus,
                    highlighted: highlighted.into_iter().collect(),
                    highlighted_relations: highlighted_relations.into_iter().collect(),
                    coalition: ringed.into_iter().next(),
                    as_of,
                    compared_with,
                    plan,
                }
            },
        )
}

/// A valid map with up to `max_stakeholders` stakeholders.
pub fn map(max_stakeholders: usize) -> impl Strategy<Value = Map> {
    map_parts(max_stakeholders).prop_map(|parts| parts.build())
}

/// A small map built by hand: a ministry, two members and a journalist.
pub fn sample_map() -> Map {
    let mut map = Map::new("Protection of civilians");
    let mut ministry = Stakeholder::new(StakeholderId::new("s1"), "Ministry", Kind::Target);
    ministry.power = 5;
    ministry.position = Position::new(10.0, -20.5);
    let mut ngo = Stakeholder::new(StakeholderId::new("s2"), "Aid “Now”", Kind::Organization);
    ngo.stance = Stance::ActiveAlly;
    ngo.role = Role::LeadershipCore;
    ngo.tags = vec!["health".to_owned()];
    let union = Stakeholder::new(StakeholderId::new("s3"), "Union", Kind::Organization);
    let press = Stakeholder::new(StakeholderId::new("s10"), "Daily", Kind::Media);
    let mut lobby = Relation::new(
        RelationId::new("r4"),
        StakeholderId::new("s2"),
        StakeholderId::new("s1"),
        RelationKind::Influences,
    );
    "Meets the minister\nevery month".clone_into(&mut lobby.note);
    let ally = Relation::new(
        RelationId::new("r5"),
        StakeholderId::new("s3"),
        StakeholderId::new("s2"),
        RelationKind::Custom("Shares an office".to_owned()),
    );
    let mut campaign = Coalition::new(CoalitionId::new("c6"), "Evidence");
    campaign.members = vec![
        Member {
            stakeholder: StakeholderId::new("s2"),
            role: MemberRole::Lead,
        },
        Member {
            stakeholder: StakeholderId::new("s3"),
            role: MemberRole::Member,
        },
    ];
    Edit::Batch(vec![
        Edit::AddStakeholder(ministry),
        Edit::AddStakeholder(ngo),
        Edit::AddStakeholder(union),
        Edit::AddStakeholder(press),
        Edit::AddRelation(lobby),
        Edit::AddRelation(ally),
        Edit::AddCoalition(campaign),
    ])
    .apply(&mut map)
    .expect("the sample map is valid");
    map
}

/// A map holding a kind of its own that is a built-in word with a space
/// after it, and a name with spaces around it: what a round trip must
/// keep exactly.
pub fn padded_map() -> Map {
    let mut map = Map::new("Padded");
    Edit::Batch(vec![
        Edit::AddStakeholder(Stakeholder::new(
            StakeholderId::new("s1"),
            "  Union ",
            Kind::Organization,
        )),
        Edit::AddStakeholder(Stakeholder::new(
            StakeholderId::new("s2"),
            "Ministry",
            Kind::Target,
        )),
        Edit::AddRelation(Relation::new(
            RelationId::new("r1"),
            StakeholderId::new("s1"),
            StakeholderId::new("s2"),
            RelationKind::Custom("Influences ".to_owned()),
        )),
    ])
    .apply(&mut map)
    .expect("a valid map");
    map
}

/// The sample map with a confidential note on its first stakeholder, and
/// that stakeholder's name.
pub fn sample_map_with_a_secret() -> (Map, String) {
    let mut map = sample_map();
    let mut first = map.stakeholders_sorted()[0].clone();
    "secret".clone_into(&mut first.confidential_notes);
    let name = first.name.clone();
    Edit::UpdateStakeholder(first)
        .apply(&mut map)
        .expect("a valid edit");
    (map, name)
}
