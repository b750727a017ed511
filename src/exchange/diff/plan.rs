//! The plan in `powermap diff`: jobs, asks and contacts added, removed or
//! changed field by field, named as a reader knows them.

use super::{ItemChange, items, value};
use crate::i18n::{Translated, tr_with};
use crate::model::{Map, StakeholderId, Subject};

/// Every job, ask and contact that differs, jobs first.
pub(super) fn plan_changes(old: &Map, new: &Map) -> Vec<ItemChange> {
    let jobs = |map: &Map| {
        map.plan()
            .jobs()
            .map(|j| (j.id.to_string(), format!("job “{}”", j.title), value(j)))
            .collect::<Vec<_>>()
    };
    let asks = |map: &Map| {
        map.plan()
            .asks()
            .map(|a| {
                let name = format!(
                    "ask “{}” ({} → {})",
                    a.what,
                    name(map, &a.from),
                    name(map, &a.to)
                );
                (a.id.to_string(), name, value(a))
            })
            .collect::<Vec<_>>()
    };
    let contacts = |map: &Map| {
        map.plan()
            .contacts()
            .map(|c| {
                let on = match &c.on {
                    Subject::Stakeholder(id) => name(map, id),
                    Subject::Relation(id) => map.relation(id).map_or_else(
                        || id.to_string(),
                        |r| format!("{} → {}", name(map, &r.from), name(map, &r.to)),
                    ),
                };
                let name = tr_with(
                    "diff-contact",
                    &[
                        ("date", c.date.to_string().into()),
                        ("how", c.how.translated().to_lowercase().into()),
                        ("on", on.clone().into()),
                    ],
                );
                (c.id.to_string(), name, value(c))
            })
            .collect::<Vec<_>>()
    };
    let mut changes = items(jobs(old).into_iter(), jobs(new).into_iter());
    changes.extend(items(asks(old).into_iter(), asks(new).into_iter()));
    changes.extend(items(contacts(old).into_iter(), contacts(new).into_iter()));
    changes
}

fn name(map: &Map, id: &StakeholderId) -> String {
    map.stakeholder(id)
        .map_or_else(|| id.to_string(), |s| s.name.clone())
}
