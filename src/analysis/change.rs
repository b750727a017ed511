//! The measure of change between two days: who moved along the spectrum of
//! allies, how far, and what that weighs; the targets that moved toward the
//! coalition (the interim victories); relations made, lost, strengthened
//! and weakened. For the whole map and for each coalition.
//!
//! Steps are counted on the spectrum from active opposition (−2) to active
//! ally (+2); a stance that is unknown on either day is no movement.
//! Weighted steps multiply each stakeholder's steps by its power on the
//! later day. Coalitions are taken with their members of the later day.

use serde::{Deserialize, Serialize};

use crate::i18n::{Translated, tr, tr_with};
use crate::model::{Day, Kind, Map, StakeholderId, Stance, as_of};

/// Where a stance stands on the spectrum, active ally highest.
pub fn spectrum_place(stance: Stance) -> Option<i32> {
    match stance {
        Stance::ActiveAlly => Some(2),
        Stance::PassiveAlly => Some(1),
        Stance::Neutral => Some(0),
        Stance::PassiveOpposition => Some(-1),
        Stance::ActiveOpposition => Some(-2),
        Stance::Unknown => None,
    }
}

/// One stakeholder whose stance changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Movement {
    pub stakeholder: StakeholderId,
    pub name: String,
    pub target: bool,
    pub from: Stance,
    pub to: Stance,
    /// Toward ally is positive; 0 when either stance is unknown.
    pub steps: i32,
    pub power: u8,
}

/// What changed in one relation between the two days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationChange {
    pub relation: String,
    pub from: String,
    pub to: String,
    pub strength_then: Option<u8>,
    pub strength_now: Option<u8>,
}

/// The change in one group of stakeholders (the map, or a coalition).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeSummary {
    /// How many moved toward ally, and the steps and power-weighted steps they made.
    pub toward_ally: usize,
    pub steps_toward_ally: i32,
    pub weighted_toward_ally: i32,
    /// How many moved away from ally, and the steps (counted positive).
    pub away: usize,
    pub steps_away: i32,
    pub weighted_away: i32,
    /// Every stance that changed, biggest move toward ally first.
    pub movements: Vec<Movement>,
}

impl ChangeSummary {
    fn add(&mut self, movement: Movement) {
        let weighted = movement.steps * i32::from(movement.power);
        if movement.steps > 0 {
            self.toward_ally += 1;
            self.steps_toward_ally += movement.steps;
            self.weighted_toward_ally += weighted;
        } else if movement.steps < 0 {
            self.away += 1;
            self.steps_away -= movement.steps;
            self.weighted_away -= weighted;
        }
        self.movements.push(movement);
    }

    /// The net steps toward ally.
    pub fn net_steps(&self) -> i32 {
        self.steps_toward_ally - self.steps_away
    }

    /// Targets that moved toward ally: the interim victories.
    pub fn victories(&self) -> impl Iterator<Item = &Movement> {
        self.movements.iter().filter(|m| m.target && m.steps > 0)
    }

    /// Who moved away from ally.
    pub fn moved_away(&self) -> impl Iterator<Item = &Movement> {
        self.movements.iter().filter(|m| m.steps < 0)
    }
}

/// The change in one coalition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionChange {
    pub coalition: String,
    pub name: String,
    pub summary: ChangeSummary,
}

/// The whole measure of change between two days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub since: Day,
    /// `None`: up to the map as it is now.
    pub until: Option<Day>,
    pub map: ChangeSummary,
    pub coalitions: Vec<CoalitionChange>,
    pub new_relations: Vec<RelationChange>,
    pub lost_relations: Vec<RelationChange>,
    pub strengthened: Vec<RelationChange>,
    pub weakened: Vec<RelationChange>,
}

/// The change from the map as of `since` to the map as of `until` (or as it is now).
pub fn change(map: &Map, since: Day, until: Option<Day>) -> Change {
    let then = as_of(map, since);
    let now = until.map_or_else(|| map.clone(), |day| as_of(map, day));
    change_between(&then, &now, since, until)
}

/// The change from one map to another (the same map on two days).
pub fn change_between(then: &Map, now: &Map, since: Day, until: Option<Day>) -> Change {
    let mut movements: Vec<Movement> = now
        .stakeholders_sorted()
        .into_iter()
        .filter_map(|later| {
            let earlier = then.stakeholder(&later.id)?;
            (earlier.stance != later.stance).then(|| Movement {
                stakeholder: later.id.clone(),
                name: later.name.clone(),
                target: later.kind == Kind::Target,
                from: earlier.stance,
                to: later.stance,
                steps: spectrum_place(later.stance)
                    .zip(spectrum_place(earlier.stance))
                    .map_or(0, |(to, from)| to - from),
                power: later.power,
            })
        })
        .collect();
    movements.sort_by(|a, b| {
        b.steps
            .cmp(&a.steps)
            .then_with(|| (b.steps * i32::from(b.power)).cmp(&(a.steps * i32::from(a.power))))
            .then_with(|| a.stakeholder.cmp(&b.stakeholder))
    });
    let mut summary = ChangeSummary::default();
    for movement in &movements {
        summary.add(movement.clone());
    }
    let coalitions = now
        .coalitions()
        .map(|coalition| {
            let mut part = ChangeSummary::default();
            for movement in movements
                .iter()
                .filter(|m| coalition.member(&m.stakeholder).is_some())
            {
                part.add(movement.clone());
            }
            CoalitionChange {
                coalition: coalition.id.to_string(),
                name: coalition.name.clone(),
                summary: part,
            }
        })
        .collect();
    let name = |map: &Map, id: &StakeholderId| {
        map.stakeholder(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    let describe = |relation: &crate::model::Relation,
                    map: &Map,
                    then: Option<u8>,
                    now: Option<u8>| RelationChange {
        relation: relation.id.to_string(),
        from: name(map, &relation.from),
        to: name(map, &relation.to),
        strength_then: then,
        strength_now: now,
    };
    let (mut new_relations, mut strengthened, mut weakened) = (Vec::new(), Vec::new(), Vec::new());
    for relation in now.relations_sorted() {
        match then.relation(&relation.id) {
            None => new_relations.push(describe(relation, now, None, Some(relation.strength))),
            Some(old) if old.strength < relation.strength => strengthened.push(describe(
                relation,
                now,
                Some(old.strength),
                Some(relation.strength),
            )),
            Some(old) if old.strength > relation.strength => weakened.push(describe(
                relation,
                now,
                Some(old.strength),
                Some(relation.strength),
            )),
            Some(_) => {}
        }
    }
    let lost_relations = then
        .relations_sorted()
        .into_iter()
        .filter(|relation| now.relation(&relation.id).is_none())
        .map(|relation| describe(relation, then, Some(relation.strength), None))
        .collect();
    Change {
        since,
        until,
        map: summary,
        coalitions,
        new_relations,
        lost_relations,
        strengthened,
        weakened,
    }
}

/// The measure in plain text, as `powermap stats --since` prints it, in
/// this thread's language.
pub fn to_text(change: &Change) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let since = change.since.to_string();
    let title = match change.until {
        Some(day) => tr_with(
            "report-change-title",
            &[("since", since.into()), ("until", day.to_string().into())],
        ),
        None => tr_with("report-change-title-now", &[("since", since.into())]),
    };
    let _ = writeln!(out, "{title}");
    summary_text(&mut out, &change.map, "");
    let relations = |out: &mut String, id: &str, list: &[RelationChange]| {
        if list.is_empty() {
            return;
        }
        let _ = writeln!(out, "{}", tr_with(id, &[("count", list.len().into())]));
        for r in list {
            let strengths = match (r.strength_then, r.strength_now) {
                (Some(then), Some(now)) => format!(
                    " {}",
                    tr_with(
                        "report-change-strength",
                        &[("then", then.into()), ("now", now.into())]
                    )
                ),
                _ => String::new(),
            };
            let _ = writeln!(out, "  {} → {}{strengths}", r.from, r.to);
        }
    };
    relations(
        &mut out,
        "report-change-new-relations",
        &change.new_relations,
    );
    relations(
        &mut out,
        "report-change-lost-relations",
        &change.lost_relations,
    );
    relations(&mut out, "report-change-strengthened", &change.strengthened);
    relations(&mut out, "report-change-weakened", &change.weakened);
    for coalition in &change.coalitions {
        let _ = writeln!(
            out,
            "\n{}",
            tr_with(
                "report-change-coalition",
                &[("name", coalition.name.as_str().into())]
            )
        );
        summary_text(&mut out, &coalition.summary, "  ");
    }
    out
}

fn summary_text(out: &mut String, summary: &ChangeSummary, indent: &str) {
    use std::fmt::Write as _;
    let moved = |id: &str, count: usize, steps: i32, weighted: i32| {
        tr_with(
            id,
            &[
                ("count", count.into()),
                ("steps", steps.into()),
                ("weighted", weighted.into()),
            ],
        )
    };
    let _ = writeln!(
        out,
        "{indent}{}",
        moved(
            "report-change-toward-ally",
            summary.toward_ally,
            summary.steps_toward_ally,
            summary.weighted_toward_ally
        )
    );
    let _ = writeln!(
        out,
        "{indent}{}",
        moved(
            "report-change-away",
            summary.away,
            summary.steps_away,
            summary.weighted_away
        )
    );
    let list = |out: &mut String, id: &str, movements: &[&Movement]| {
        if movements.is_empty() {
            return;
        }
        let _ = writeln!(out, "{indent}{}", tr(id));
        for m in movements {
            let moved = tr_with(
                "report-change-movement",
                &[
                    ("name", m.name.as_str().into()),
                    ("from", m.from.translated().into()),
                    ("to", m.to.translated().into()),
                ],
            );
            let _ = writeln!(out, "{indent}  {moved}");
        }
    };
    let victories: Vec<&Movement> = summary.victories().collect();
    list(out, "report-change-victories", &victories);
    let away: Vec<&Movement> = summary.moved_away().collect();
    list(out, "report-change-moved-away", &away);
    let others: Vec<&Movement> = summary
        .movements
        .iter()
        .filter(|m| m.steps > 0 && !m.target)
        .collect();
    list(out, "report-change-others", &others);
}
