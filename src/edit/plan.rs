//! Edits of the plan that need more than one step: what goes with a
//! deleted stakeholder, relation or coalition, "Plan this ask" along an
//! influence path, and an ask's outcome recorded as dated observations.

use super::Edit;
use crate::i18n::{Translated, tr, tr_with};
use crate::model::{
    Ask, AskStatus, CoalitionId, Day, Field, Map, ModelError, Observation, Observed, RelationId,
    StakeholderId, Stance, Subject,
};

/// What the plan loses with a stakeholder: asks from or to it and contacts
/// with it (or on its relations) go; jobs, other asks and contacts forget it.
pub(super) fn detach_stakeholder(
    map: &Map,
    id: &StakeholderId,
    relations: &[RelationId],
) -> Vec<Edit> {
    let plan = map.plan();
    let mut edits: Vec<Edit> = plan
        .jobs()
        .filter(|job| job.stakeholders().any(|s| s == id))
        .map(|job| Edit::UpdateJob(Box::new(job.without_stakeholder(id))))
        .collect();
    for ask in plan.asks() {
        if &ask.from == id || &ask.to == id {
            edits.push(Edit::DeleteAsk(ask.id.clone()));
        } else if ask.stakeholders().any(|s| s == id) {
            let mut without = ask.clone();
            without.target.take_if(|target| target == id);
            without.owner.take_if(|owner| owner == id);
            edits.push(Edit::UpdateAsk(Box::new(without)));
        }
    }
    for contact in plan.contacts() {
        let on_it = match &contact.on {
            Subject::Stakeholder(on) => on == id,
            Subject::Relation(on) => relations.contains(on),
        };
        if on_it {
            edits.push(Edit::DeleteContact(contact.id.clone()));
        } else if contact.with.contains(id) {
            let mut without = contact.clone();
            without.with.retain(|s| s != id);
            edits.push(Edit::UpdateContact(Box::new(without)));
        }
    }
    edits
}

/// The contacts logged on a relation go with it.
pub(super) fn detach_relation(map: &Map, id: &RelationId) -> Vec<Edit> {
    let on = Subject::Relation(id.clone());
    map.plan()
        .contacts()
        .filter(|contact| contact.on == on)
        .map(|contact| Edit::DeleteContact(contact.id.clone()))
        .collect()
}

/// A coalition's jobs become the whole map's.
pub(super) fn detach_coalition(map: &Map, id: &CoalitionId) -> Vec<Edit> {
    map.plan()
        .jobs()
        .filter(|job| job.coalition.as_ref() == Some(id))
        .map(|job| {
            let mut job = job.clone();
            job.coalition = None;
            Edit::UpdateJob(Box::new(job))
        })
        .collect()
}

/// The words of the plan's edits in the Edit menu.
pub(super) fn describe(edit: &Edit, map: &Map) -> String {
    let job_title = |id| {
        map.plan()
            .job(id)
            .map_or_else(|| format!("{id}"), |job| job.title.clone())
    };
    let ask_what = |id| {
        map.plan()
            .ask(id)
            .map_or_else(|| format!("{id}"), |ask| ask.what.clone())
    };
    let named = |id: &str, name: String| tr_with(id, &[("name", name.into())]);
    match edit {
        Edit::AddJob(job) => named("step-add-job", job.title.clone()),
        Edit::UpdateJob(job) => match map.plan().job(&job.id) {
            Some(old) if old.status != job.status => tr_with(
                "step-move-job",
                &[
                    ("name", job.title.as_str().into()),
                    ("status", job.status.translated().into()),
                ],
            ),
            _ => named("step-edit-job", job.title.clone()),
        },
        Edit::DeleteJob(id) => named("step-delete-job", job_title(id)),
        Edit::AddAsk(ask) => named("step-plan-ask", ask.what.clone()),
        Edit::UpdateAsk(ask) => named("step-edit-ask", ask.what.clone()),
        Edit::DeleteAsk(id) => named("step-delete-ask", ask_what(id)),
        Edit::LogContact(contact) => tr_with(
            "step-log-contact",
            &[
                ("how", contact.how.translated().to_lowercase().into()),
                ("day", contact.date.to_string().into()),
            ],
        ),
        Edit::UpdateContact(_) => tr("step-edit-contact"),
        Edit::DeleteContact(_) => tr("step-delete-contact"),
        Edit::SetColdAfter(days) => tr_with("step-cold-after", &[("days", (*days).into())]),
        _ => tr("step-change-plan"),
    }
}

/// What "Plan this ask" fills in for every step of a path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AskPlan {
    /// What is asked at each step ("raise the Eastern Region with the penholder").
    pub what: String,
    pub owner: Option<StakeholderId>,
    pub due: Option<Day>,
}

/// The asks along an influence path, one per step, as one undo step:
/// each stakeholder asks the next one; the last is the target.
pub fn asks_along(map: &Map, path: &[StakeholderId], plan: &AskPlan) -> Result<Edit, ModelError> {
    if path.len() < 2 {
        return Err(ModelError::Invalid(tr("plan-asks-path-too-short")));
    }
    let target = path.last().cloned();
    let mut ids = map.id_allocator();
    let what = if plan.what.trim().is_empty() {
        let name = target
            .as_ref()
            .and_then(|t| map.stakeholder(t))
            .map_or("", |s| s.name.as_str());
        tr_with("plan-ask-default-what", &[("target", name.into())])
    } else {
        plan.what.clone()
    };
    let edits = path
        .windows(2)
        .map(|step| {
            let mut ask = Ask::new(ids.ask(), step[0].clone(), step[1].clone(), what.clone());
            ask.target.clone_from(&target);
            ask.owner.clone_from(&plan.owner);
            ask.due = plan.due;
            Edit::AddAsk(Box::new(ask))
        })
        .collect();
    Ok(Edit::Batch(edits))
}

/// What came of an ask, and what it changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub date: Day,
    pub note: String,
    /// The stance the asked stakeholder (or the ask's target) took.
    pub stance: Option<Stance>,
    /// The strength the relation from the one who asked to the one asked has now.
    pub strength: Option<u8>,
}

/// Marks an ask done with its outcome, as one undo step; a new stance or
/// strength is recorded as a dated observation (sourced from the ask) and
/// becomes the present value unless a later one is recorded.
pub fn record_outcome(map: &Map, ask: &Ask, outcome: &Outcome) -> Result<Edit, ModelError> {
    let mut done = ask.clone();
    done.status = AskStatus::Done;
    done.outcome.clone_from(&outcome.note);
    done.done_on = Some(outcome.date);
    let mut edits = vec![Edit::UpdateAsk(Box::new(done))];
    let source = if outcome.note.trim().is_empty() {
        format!("ask “{}”", ask.what)
    } else {
        format!("ask “{}”: {}", ask.what, outcome.note.trim())
    };
    let observe = |of: Subject, value: Observed| {
        let mut observation = Observation::new(of, outcome.date, value);
        observation.source.clone_from(&source);
        Edit::Observe(Box::new(observation))
    };
    let latest = |of: &Subject, field: Field| {
        map.timeline()
            .of_field(of, field)
            .all(|earlier| earlier.date <= outcome.date)
    };
    if let Some(stance) = outcome.stance {
        let moved = ask.target.clone().unwrap_or_else(|| ask.to.clone());
        let subject = Subject::Stakeholder(moved.clone());
        let mut stakeholder = map
            .stakeholder(&moved)
            .cloned()
            .ok_or(ModelError::UnknownStakeholder(moved))?;
        if latest(&subject, Field::Stance) {
            stakeholder.stance = stance;
            edits.push(Edit::UpdateStakeholder(stakeholder));
        }
        edits.push(observe(subject, Observed::Stance(stance)));
    }
    if let Some(strength) = outcome.strength {
        let relation = map
            .relations_of(&ask.from)
            .into_iter()
            .find(|r| {
                (r.from == ask.from && r.to == ask.to)
                    || (r.mutual && r.to == ask.from && r.from == ask.to)
            })
            .cloned()
            .ok_or_else(|| {
                ModelError::Invalid(tr_with(
                    "plan-outcome-no-relation",
                    &[
                        ("from", ask.from.to_string().into()),
                        ("to", ask.to.to_string().into()),
                    ],
                ))
            })?;
        let subject = Subject::Relation(relation.id.clone());
        if latest(&subject, Field::Strength) {
            let mut stronger = relation;
            stronger.strength = strength;
            edits.push(Edit::UpdateRelation(stronger));
        }
        edits.push(observe(subject, Observed::Strength(strength)));
    }
    Ok(Edit::Batch(edits))
}
