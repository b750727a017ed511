//! Random edits for property tests: an [`Op`] is a change chosen blindly,
//! and [`Op::edit`] makes it fit the map it meets, as a user's next step.
//! Also the edits a map must refuse, each with its reason.

use powermap::edit::Edit;
use powermap::model::{
    Coalition, CoalitionId, Focus, FocusDirection, Kind, Map, MapMeta, Member, MemberRole,
    Position, Relation, RelationId, RelationKind, Scene, SceneId, Stakeholder, StakeholderId,
};
use proptest::prelude::*;
use proptest::sample::Index;

pub fn sid(id: &str) -> StakeholderId {
    StakeholderId::new(id)
}

pub fn rid(id: &str) -> RelationId {
    RelationId::new(id)
}

pub fn cid(id: &str) -> CoalitionId {
    CoalitionId::new(id)
}

pub fn stakeholder(map: &Map, id: &str) -> Stakeholder {
    map.stakeholder(&sid(id)).unwrap().clone()
}

pub fn relation(map: &Map, id: &str) -> Relation {
    map.relation(&rid(id)).unwrap().clone()
}

pub fn coalition(map: &Map, id: &str) -> Coalition {
    map.coalition(&cid(id)).unwrap().clone()
}

/// Edits that must be refused, each with the reason it is refused.
pub fn refused_edits(map: &Map) -> Vec<(&'static str, Edit)> {
    let mut loud = stakeholder(map, "s1");
    loud.power = 6;
    let mut silent = stakeholder(map, "s1");
    silent.interest = 0;
    let mut committed = stakeholder(map, "s1");
    committed.commitment = 6;
    let mut lost = stakeholder(map, "s1");
    lost.position = Position::new(f32::NAN, 0.0);
    let mut too_strong = relation(map, "r4");
    too_strong.strength = 4;
    let mut too_weak = relation(map, "r4");
    too_weak.strength = 0;
    let mut to_itself = relation(map, "r4");
    to_itself.to = to_itself.from.clone();
    let mut dangling = relation(map, "r4");
    dangling.to = sid("s404");
    let mut unnamed = relation(map, "r4");
    unnamed.kind = RelationKind::Custom("  ".to_owned());
    let mut twice = coalition(map, "c6");
    twice.members.push(twice.members[0].clone());
    let mut stranger = coalition(map, "c6");
    stranger.members.push(Member {
        stakeholder: sid("s404"),
        role: MemberRole::Member,
    });
    let new_stakeholder = |id: &str| Stakeholder::new(sid(id), "New", Kind::Other);
    vec![
        (
            "duplicate stakeholder id",
            Edit::AddStakeholder(new_stakeholder("s1")),
        ),
        (
            "id taken by a relation",
            Edit::AddStakeholder(new_stakeholder("r4")),
        ),
        ("empty id", Edit::AddStakeholder(new_stakeholder(""))),
        ("blank id", Edit::AddStakeholder(new_stakeholder("  "))),
        ("power 6", Edit::UpdateStakeholder(loud)),
        ("interest 0", Edit::UpdateStakeholder(silent)),
        ("commitment 6", Edit::UpdateStakeholder(committed)),
        ("NaN position", Edit::UpdateStakeholder(lost)),
        (
            "update unknown stakeholder",
            Edit::UpdateStakeholder(new_stakeholder("s404")),
        ),
        (
            "delete unknown stakeholder",
            Edit::DeleteStakeholder(sid("s404")),
        ),
        (
            "move to infinity",
            Edit::Move(vec![(sid("s1"), Position::new(0.0, f32::INFINITY))]),
        ),
        (
            "move unknown stakeholder",
            Edit::Move(vec![(sid("s404"), Position::new(0.0, 0.0))]),
        ),
        ("strength 4", Edit::UpdateRelation(too_strong)),
        ("strength 0", Edit::UpdateRelation(too_weak)),
        ("relation to itself", Edit::UpdateRelation(to_itself)),
        ("relation to nobody", Edit::UpdateRelation(dangling)),
        ("custom kind without a name", Edit::UpdateRelation(unnamed)),
        (
            "add relation to nobody",
            Edit::AddRelation(Relation::new(
                rid("r11"),
                sid("s1"),
                sid("s404"),
                RelationKind::Funds,
            )),
        ),
        ("delete unknown relation", Edit::DeleteRelation(rid("r404"))),
        ("repeated member", Edit::UpdateCoalition(twice)),
        ("unknown member", Edit::UpdateCoalition(stranger)),
        (
            "update unknown coalition",
            Edit::UpdateCoalition(Coalition::new(cid("c404"), "Nobody")),
        ),
        (
            "delete unknown coalition",
            Edit::DeleteCoalition(cid("c404")),
        ),
    ]
}

/// A change chosen blindly; [`Op::edit`] makes it fit the map it meets.
#[derive(Clone, Debug)]
pub enum Op {
    AddStakeholder(Stakeholder),
    UpdateStakeholder(Index, Stakeholder),
    DeleteStakeholder(Index),
    Move(Vec<(Index, Position)>),
    AddRelation(Index, Index, Relation),
    UpdateRelation(Index, Option<(Index, Index)>, Relation),
    DeleteRelation(Index),
    AddCoalition(Coalition, Vec<Index>),
    UpdateCoalition(Index, Coalition, Vec<Index>),
    DeleteCoalition(Index),
    SetMeta(MapMeta),
    AddScene(Index, Box<Scene>, ScenePicks),
    UpdateScene(Index, Box<Scene>, ScenePicks),
    DeleteScene(Index),
    MoveScene(Index, Index),
    /// A change the map must refuse; it changes nothing.
    Refused(Index),
    Batch(Vec<Op>),
}

pub fn pick<T>(items: &[T], index: Index) -> Option<&T> {
    (!items.is_empty()).then(|| &items[index.index(items.len())])
}

pub fn members_from(map: &Map, picks: &[Index]) -> Vec<Member> {
    let ids: Vec<StakeholderId> = map
        .stakeholders_sorted()
        .into_iter()
        .map(|s| s.id.clone())
        .collect();
    let mut members: Vec<Member> = Vec::new();
    for index in picks {
        if let Some(id) = pick(&ids, *index)
            && members.iter().all(|m| &m.stakeholder != id)
        {
            members.push(Member {
                stakeholder: id.clone(),
                role: MemberRole::ALL[index.index(MemberRole::ALL.len())],
            });
        }
    }
    members
}

/// What a scene made by an op names, picked from the map it meets.
#[derive(Clone, Debug)]
pub struct ScenePicks {
    highlighted: Vec<Index>,
    relations: Vec<Index>,
    focus: Option<Index>,
    coalition: Option<Index>,
}

impl ScenePicks {
    /// The template scene, naming items of this map.
    fn scene(&self, map: &Map, id: SceneId, template: &Scene) -> Box<Scene> {
        let stakeholders: Vec<StakeholderId> = map
            .stakeholders_sorted()
            .into_iter()
            .map(|s| s.id.clone())
            .collect();
        let relations: Vec<RelationId> = map
            .relations_sorted()
            .into_iter()
            .map(|r| r.id.clone())
            .collect();
        let coalitions: Vec<CoalitionId> = map.coalitions().map(|c| c.id.clone()).collect();
        let mut scene = template.clone();
        scene.id = id;
        scene.highlighted = self
            .highlighted
            .iter()
            .filter_map(|i| pick(&stakeholders, *i).cloned())
            .collect();
        scene.highlighted_relations = self
            .relations
            .iter()
            .filter_map(|i| pick(&relations, *i).cloned())
            .collect();
        scene.focus = self
            .focus
            .and_then(|i| pick(&stakeholders, i))
            .map(|id| Focus {
                stakeholder: id.clone(),
                hops: 2,
                direction: FocusDirection::Both,
            });
        scene.coalition = self.coalition.and_then(|i| pick(&coalitions, i)).cloned();
        scene.filter.coalitions = scene.coalition.iter().cloned().collect();
        Box::new(scene)
    }
}

impl Op {
    /// The edit this op makes on this map, or `None` when it does not fit.
    pub fn edit(&self, map: &Map) -> Option<Edit> {
        let stakeholders: Vec<&Stakeholder> = map.stakeholders_sorted();
        let relations: Vec<&Relation> = map.relations_sorted();
        let coalitions: Vec<&Coalition> = map.coalitions().collect();
        let stakeholder_id = |index: &Index| pick(&stakeholders, *index).map(|s| s.id.clone());
        Some(match self {
            Op::AddStakeholder(template) => Edit::AddStakeholder(Stakeholder {
                id: map.id_allocator().stakeholder(),
                ..template.clone()
            }),
            Op::UpdateStakeholder(index, template) => Edit::UpdateStakeholder(Stakeholder {
                id: stakeholder_id(index)?,
                ..template.clone()
            }),
            Op::DeleteStakeholder(index) => Edit::DeleteStakeholder(stakeholder_id(index)?),
            Op::Move(moves) => Edit::Move(
                moves
                    .iter()
                    .map(|(index, position)| Some((stakeholder_id(index)?, *position)))
                    .collect::<Option<_>>()?,
            ),
            Op::AddRelation(from, to, template) => {
                let (from, to) = (stakeholder_id(from)?, stakeholder_id(to)?);
                if from == to {
                    return None;
                }
                Edit::AddRelation(Relation {
                    id: map.id_allocator().relation(),
                    from,
                    to,
                    ..template.clone()
                })
            }
            Op::UpdateRelation(index, ends, template) => {
                let old = pick(&relations, *index)?;
                let (from, to) = match ends {
                    Some((from, to)) => (stakeholder_id(from)?, stakeholder_id(to)?),
                    None => (old.from.clone(), old.to.clone()),
                };
                if from == to {
                    return None;
                }
                Edit::UpdateRelation(Relation {
                    id: old.id.clone(),
                    from,
                    to,
                    ..template.clone()
                })
            }
            Op::DeleteRelation(index) => Edit::DeleteRelation(pick(&relations, *index)?.id.clone()),
            Op::AddCoalition(template, members) => Edit::AddCoalition(Coalition {
                id: map.id_allocator().coalition(),
                members: members_from(map, members),
                ..template.clone()
            }),
            Op::UpdateCoalition(index, template, members) => Edit::UpdateCoalition(Coalition {
                id: pick(&coalitions, *index)?.id.clone(),
                members: members_from(map, members),
                ..template.clone()
            }),
            Op::DeleteCoalition(index) => {
                Edit::DeleteCoalition(pick(&coalitions, *index)?.id.clone())
            }
            Op::SetMeta(meta) => Edit::SetMeta(meta.clone()),
            Op::AddScene(place, template, picks) => Edit::AddScene {
                index: place.index(map.scenes().len() + 1),
                scene: picks.scene(map, map.id_allocator().scene(), template),
            },
            Op::UpdateScene(index, template, picks) => {
                let id = pick(map.scenes(), *index)?.id.clone();
                Edit::UpdateScene(picks.scene(map, id, template))
            }
            Op::DeleteScene(index) => Edit::DeleteScene(pick(map.scenes(), *index)?.id.clone()),
            Op::MoveScene(index, to) => Edit::MoveScene {
                id: pick(map.scenes(), *index)?.id.clone(),
                to: to.index(map.scenes().len()),
            },
            Op::Refused(index) => {
                let mut refused = refused_edits(&super::sample_map());
                refused.swap_remove(index.index(refused.len())).1
            }
            Op::Batch(ops) => {
                // Each part must fit the map as the parts before it left it.
                let mut scratch = map.clone();
                let mut parts = Vec::new();
                for op in ops {
                    if let Some(edit) = op.edit(&scratch)
                        && edit.clone().apply(&mut scratch).is_ok()
                    {
                        parts.push(edit);
                    }
                }
                Edit::Batch(parts)
            }
        })
    }
}

pub fn template_stakeholder() -> impl Strategy<Value = Stakeholder> {
    super::stakeholder_with_id(sid("template"))
}

pub fn template_relation() -> impl Strategy<Value = Relation> {
    super::relation_between(rid("template"), sid("a"), sid("b"))
}

pub fn template_coalition() -> impl Strategy<Value = (Coalition, Vec<Index>)> {
    (
        super::coalition_among(cid("template"), Vec::new()),
        prop::collection::vec(any::<Index>(), 0..4),
    )
}

pub fn template_scene() -> impl Strategy<Value = (Box<Scene>, ScenePicks)> {
    (
        super::scene_among(SceneId::new("template"), Vec::new(), Vec::new(), Vec::new()),
        prop::collection::vec(any::<Index>(), 0..4),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::option::of(any::<Index>()),
        prop::option::of(any::<Index>()),
    )
        .prop_map(|(scene, highlighted, relations, focus, coalition)| {
            (
                Box::new(scene),
                ScenePicks {
                    highlighted,
                    relations,
                    focus,
                    coalition,
                },
            )
        })
}

pub fn single_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => template_stakeholder().prop_map(Op::AddStakeholder),
        2 => (any::<Index>(), template_stakeholder())
            .prop_map(|(index, s)| Op::UpdateStakeholder(index, s)),
        2 => any::<Index>().prop_map(Op::DeleteStakeholder),
        2 => prop::collection::vec((any::<Index>(), super::position()), 0..4).prop_map(Op::Move),
        4 => (any::<Index>(), any::<Index>(), template_relation())
            .prop_map(|(from, to, r)| Op::AddRelation(from, to, r)),
        2 => (
            any::<Index>(),
            prop::option::of((any::<Index>(), any::<Index>())),
            template_relation()
        )
            .prop_map(|(index, ends, r)| Op::UpdateRelation(index, ends, r)),
        1 => any::<Index>().prop_map(Op::DeleteRelation),
        1 => template_coalition().prop_map(|(c, members)| Op::AddCoalition(c, members)),
        1 => (any::<Index>(), template_coalition())
            .prop_map(|(index, (c, members))| Op::UpdateCoalition(index, c, members)),
        1 => any::<Index>().prop_map(Op::DeleteCoalition),
        1 => super::meta().prop_map(Op::SetMeta),
        2 => (any::<Index>(), template_scene())
            .prop_map(|(place, (scene, picks))| Op::AddScene(place, scene, picks)),
        1 => (any::<Index>(), template_scene())
            .prop_map(|(index, (scene, picks))| Op::UpdateScene(index, scene, picks)),
        1 => any::<Index>().prop_map(Op::DeleteScene),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(index, to)| Op::MoveScene(index, to)),
        1 => any::<Index>().prop_map(Op::Refused),
    ]
}

pub fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => single_op(),
        1 => prop::collection::vec(single_op(), 0..6).prop_map(Op::Batch),
    ]
}
