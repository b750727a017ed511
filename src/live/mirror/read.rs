//! The map a live document holds, checked item by item as a loaded file's
//! would be: what does not fit is left out and named, never taken in half.

use automerge::AutoCommit;

use super::fields::{ItemTexts, read_items, read_number, read_object};
use super::{
    ASKS, CHECKPOINTS, COALITIONS, COLD_AFTER, CONTACTS, JOBS, META, NEXT_SERIAL, OBSERVATIONS,
    RELATIONS, SCENES, STAKEHOLDERS,
};
use crate::i18n::{tr, tr_with};
use crate::model::history::{Checkpoint, Observation};
use crate::model::plan::{Ask, Contact, Job};
use crate::model::{
    AskId, Coalition, CoalitionId, ContactId, JobId, MAX_SERIAL, Map, MapMeta, Relation,
    RelationId, Scene, SceneId, Stakeholder, StakeholderId, Subject,
};

/// A scene as the document holds it: with its place in the presentation.
#[derive(serde::Deserialize)]
struct RankedScene {
    #[serde(default)]
    rank: f64,
    #[serde(flatten)]
    scene: Scene,
}

pub(super) fn materialize(doc: &AutoCommit, local: &Map, share: bool) -> (Map, Vec<String>) {
    let mut refused = Vec::new();
    let mut map = Map::default();
    map.set_id_tag(local.id_tag());
    let meta: Option<MapMeta> = read_object(doc, META, &tr("live-map-settings"), &mut refused);
    map.meta = meta.unwrap_or_default();

    // Every item's fields in one walk of the document: looking each
    // item's object up on its own was most of the reading.
    let texts = ItemTexts::read(doc);
    read_network(doc, &texts, local, share, &mut map, &mut refused);
    read_scenes(doc, &texts, &mut map, &mut refused);
    read_timeline(doc, &texts, local, share, &mut map, &mut refused);
    read_plan(doc, &texts, local, share, &mut map, &mut refused);

    let serial = read_number(doc, NEXT_SERIAL).unwrap_or(0);
    let serial = serial.min(MAX_SERIAL).max(map.next_serial()).max(1);
    map.set_next_serial(serial);
    (map, refused)
}

fn read_network(
    doc: &AutoCommit,
    texts: &ItemTexts,
    local: &Map,
    share: bool,
    map: &mut Map,
    refused: &mut Vec<String>,
) {
    for (id, mut stakeholder) in read_items::<Stakeholder>(doc, texts, STAKEHOLDERS, true, refused)
    {
        stakeholder.id = StakeholderId::new(id);
        if !share {
            stakeholder.confidential_notes = local
                .stakeholder(&stakeholder.id)
                .map(|s| s.confidential_notes.clone())
                .unwrap_or_default();
        }
        if let Err(err) = map.insert_stakeholder(stakeholder) {
            refused.push(left_out("stakeholder", &err));
        }
    }
    for (id, mut relation) in read_items::<Relation>(doc, texts, RELATIONS, true, refused) {
        relation.id = RelationId::new(id);
        if let Err(err) = map.insert_relation(relation) {
            refused.push(left_out("relation", &err));
        }
    }
    for (id, mut coalition) in read_items::<Coalition>(doc, texts, COALITIONS, true, refused) {
        coalition.id = CoalitionId::new(id);
        // A member deleted meanwhile on another laptop is no member.
        coalition
            .members
            .retain(|member| map.stakeholder(&member.stakeholder).is_some());
        coalition
            .members
            .sort_by(|a, b| a.stakeholder.cmp(&b.stakeholder));
        coalition
            .members
            .dedup_by(|a, b| a.stakeholder == b.stakeholder);
        if let Err(err) = map.insert_coalition(coalition) {
            refused.push(left_out("coalition", &err));
        }
    }
}

fn read_scenes(doc: &AutoCommit, texts: &ItemTexts, map: &mut Map, refused: &mut Vec<String>) {
    let mut scenes: Vec<(f64, Scene)> =
        read_items::<RankedScene>(doc, texts, SCENES, true, refused)
            .into_iter()
            .map(|(id, ranked)| {
                let mut scene = ranked.scene;
                scene.id = SceneId::new(id);
                (ranked.rank, scene)
            })
            .collect();
    scenes.sort_by(|(a, x), (b, y)| a.total_cmp(b).then_with(|| x.id.cmp(&y.id)));
    for (_, scene) in scenes {
        let scene = without_missing(map, scene);
        let at = map.scenes().len();
        if let Err(err) = map.insert_scene(at, scene) {
            refused.push(left_out("scene", &err));
        }
    }
}

/// The scene without what the map does not have (deleted on another
/// laptop while this one picked it out).
fn without_missing(map: &Map, mut scene: Scene) -> Scene {
    scene.highlighted.retain(|id| map.stakeholder(id).is_some());
    scene
        .highlighted_relations
        .retain(|id| map.relation(id).is_some());
    scene
        .filter
        .coalitions
        .retain(|id| map.coalition(id).is_some());
    if scene
        .coalition
        .as_ref()
        .is_some_and(|id| map.coalition(id).is_none())
    {
        scene.coalition = None;
    }
    if scene
        .focus
        .as_ref()
        .is_some_and(|focus| map.stakeholder(&focus.stakeholder).is_none())
    {
        scene.focus = None;
    }
    scene
}

fn has(map: &Map, subject: &Subject) -> bool {
    match subject {
        Subject::Stakeholder(id) => map.stakeholder(id).is_some(),
        Subject::Relation(id) => map.relation(id).is_some(),
    }
}

fn read_timeline(
    doc: &AutoCommit,
    texts: &ItemTexts,
    local: &Map,
    share: bool,
    map: &mut Map,
    refused: &mut Vec<String>,
) {
    for (_, mut observation) in read_items::<Observation>(doc, texts, OBSERVATIONS, false, refused)
    {
        // What an item deleted on another laptop was goes with it.
        if !has(map, &observation.of) {
            continue;
        }
        if !share
            && observation.confidential
            && observation.source.is_empty()
            && let Some(mine) = local.timeline().observation(&observation.key())
            && mine.confidential
        {
            observation.source.clone_from(&mine.source);
        }
        if let Err(err) = map.observe(observation) {
            refused.push(left_out("observation", &err));
        }
    }
    for (_, checkpoint) in read_items::<Checkpoint>(doc, texts, CHECKPOINTS, false, refused) {
        if let Err(err) = map.add_checkpoint(checkpoint) {
            refused.push(left_out("checkpoint", &err));
        }
    }
}

fn read_plan(
    doc: &AutoCommit,
    texts: &ItemTexts,
    local: &Map,
    share: bool,
    map: &mut Map,
    refused: &mut Vec<String>,
) {
    let present = |map: &Map, id: &StakeholderId| map.stakeholder(id).is_some();
    for (id, mut job) in read_items::<Job>(doc, texts, JOBS, true, refused) {
        job.id = JobId::new(id);
        // Whoever was deleted on another laptop leaves the job, as a
        // deletion here does.
        let gone: Vec<StakeholderId> = job
            .stakeholders()
            .filter(|s| !present(map, s))
            .cloned()
            .collect();
        for stakeholder in &gone {
            job = job.without_stakeholder(stakeholder);
        }
        job.coalition.take_if(|c| map.coalition(c).is_none());
        if let Err(err) = map.insert_job(job) {
            refused.push(left_out("job", &err));
        }
    }
    for (id, mut ask) in read_items::<Ask>(doc, texts, ASKS, true, refused) {
        ask.id = AskId::new(id);
        if !present(map, &ask.from) || !present(map, &ask.to) {
            continue;
        }
        ask.target.take_if(|s| !present(map, s));
        ask.owner.take_if(|s| !present(map, s));
        if let Err(err) = map.insert_ask(ask) {
            refused.push(left_out("ask", &err));
        }
    }
    let mut contacts = read_items::<Contact>(doc, texts, CONTACTS, true, refused);
    if !share {
        // This laptop's confidential contacts stay with it.
        contacts.extend(
            local
                .plan()
                .contacts()
                .filter(|c| c.confidential)
                .map(|c| (c.id.to_string(), c.clone())),
        );
    }
    for (id, mut contact) in contacts {
        contact.id = ContactId::new(id);
        if !has(map, &contact.on) {
            continue;
        }
        contact.with.retain(|s| present(map, s));
        if map.plan().contact(&contact.id).is_some() {
            continue;
        }
        if let Err(err) = map.insert_contact(contact) {
            refused.push(left_out("contact", &err));
        }
    }
    if let Some(days) = read_number(doc, COLD_AFTER) {
        let days = u32::try_from(days).unwrap_or(u32::MAX);
        if let Err(err) = map.set_cold_after_days(days) {
            refused.push(left_out("cold-after", &err));
        }
    }
}

/// "a stakeholder was left out: …", in this thread's language; `noun` is
/// the Fluent selector of what was left out.
fn left_out(noun: &'static str, problem: &impl std::fmt::Display) -> String {
    tr_with(
        "live-item-left-out",
        &[
            ("noun", noun.into()),
            ("problem", problem.to_string().into()),
        ],
    )
}
