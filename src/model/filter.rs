//! Which stakeholders a view shows: a filter by kind, stance, role,
//! coalition, tag, text and contact, and a focus on one stakeholder's neighbourhood.
//! Plain data, so a presentation scene can save it with the map.

use std::collections::{BTreeSet, HashSet, VecDeque};

use petgraph::Direction;
use petgraph::visit::EdgeRef;
use serde::{Deserialize, Serialize};

use super::{CoalitionId, Day, Kind, Map, Role, Stakeholder, StakeholderId, Stance};

/// Conditions a stakeholder must meet to be shown. An empty set means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub kinds: BTreeSet<Kind>,
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub stances: BTreeSet<Stance>,
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub roles: BTreeSet<Role>,
    /// Members of any of these coalitions.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub coalitions: BTreeSet<CoalitionId>,
    /// Carrying any of these tags or expertise tags.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub tags: BTreeSet<String>,
    /// Found in the name, tags or notes (not confidential notes), ignoring case.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Gone cold or never contacted, by the contact log.
    #[serde(skip_serializing_if = "ContactFilter::is_all")]
    pub contact: ContactFilter,
}

/// Which stakeholders the contact log lets through.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContactFilter {
    #[default]
    All,
    /// On a relation gone cold, or not contacted for longer than the map
    /// allows (see [`super::plan::cold_stakeholders`]).
    GoneCold,
    /// Reached by no contact on or before the day judged.
    NeverContacted,
}

impl ContactFilter {
    pub const ALL: &'static [Self] = &[Self::All, Self::GoneCold, Self::NeverContacted];

    pub fn is_all(&self) -> bool {
        *self == Self::All
    }
}

/// Who the contact filter lets through, worked out once for a whole map.
enum Contacted<'a> {
    Any,
    Cold(HashSet<StakeholderId>),
    /// Everyone but these.
    Never(HashSet<&'a StakeholderId>),
}

impl<'a> Contacted<'a> {
    fn of(map: &'a Map, filter: ContactFilter, today: Day) -> Self {
        match filter {
            ContactFilter::All => Self::Any,
            ContactFilter::GoneCold => Self::Cold(super::plan::cold_stakeholders(map, today)),
            ContactFilter::NeverContacted => {
                Self::Never(super::plan::contacted_stakeholders(map, today))
            }
        }
    }

    fn lets_through(&self, id: &StakeholderId) -> bool {
        match self {
            Self::Any => true,
            Self::Cold(cold) => cold.contains(id),
            Self::Never(contacted) => !contacted.contains(id),
        }
    }
}

impl Filter {
    /// Whether the filter lets every stakeholder through.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
            && self.stances.is_empty()
            && self.roles.is_empty()
            && self.coalitions.is_empty()
            && self.tags.is_empty()
            && self.text.trim().is_empty()
            && self.contact.is_all()
    }

    /// Whether the stakeholder passes, the contact log read on `today`.
    /// [`visible_stakeholders`] reads the log once for the whole map.
    pub fn matches(&self, map: &Map, stakeholder: &Stakeholder, today: Day) -> bool {
        let contacted = Contacted::of(map, self.contact, today);
        self.matches_with(map, stakeholder, &contacted)
    }

    fn matches_with(
        &self,
        map: &Map,
        stakeholder: &Stakeholder,
        contacted: &Contacted<'_>,
    ) -> bool {
        if !contacted.lets_through(&stakeholder.id) {
            return false;
        }
        if !self.kinds.is_empty() && !self.kinds.contains(&stakeholder.kind) {
            return false;
        }
        if !self.stances.is_empty() && !self.stances.contains(&stakeholder.stance) {
            return false;
        }
        if !self.roles.is_empty() && !self.roles.contains(&stakeholder.role) {
            return false;
        }
        if !self.coalitions.is_empty()
            && !map
                .coalitions_of(&stakeholder.id)
                .any(|c| self.coalitions.contains(&c.id))
        {
            return false;
        }
        if !self.tags.is_empty()
            && !stakeholder
                .tags
                .iter()
                .chain(&stakeholder.expertise)
                .any(|tag| self.tags.contains(tag))
        {
            return false;
        }
        // Case and accents aside: "eglise" finds "Église".
        let needle = super::search_folded(self.text.trim());
        needle.is_empty()
            || super::search_finds(&stakeholder.name, &needle)
            || super::search_finds(&stakeholder.notes, &needle)
            || stakeholder
                .tags
                .iter()
                .chain(&stakeholder.expertise)
                .any(|tag| super::search_finds(tag, &needle))
    }
}

/// Which relations a focus follows out of its centre.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FocusDirection {
    /// Who reaches the centre.
    Incoming,
    /// Whom the centre reaches.
    Outgoing,
    #[default]
    Both,
}

impl FocusDirection {
    pub const ALL: &'static [Self] = &[Self::Incoming, Self::Outgoing, Self::Both];

    pub fn label(self) -> &'static str {
        match self {
            Self::Incoming => "Incoming",
            Self::Outgoing => "Outgoing",
            Self::Both => "Both ways",
        }
    }
}

/// One stakeholder's neighbourhood within a few hops.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Focus {
    pub stakeholder: StakeholderId,
    /// 1 to 3.
    pub hops: u8,
    #[serde(default)]
    pub direction: FocusDirection,
}

impl Focus {
    pub const MAX_HOPS: u8 = 3;

    /// The stakeholders within reach, the centre included. Mutual relations
    /// count both ways.
    pub fn neighbourhood(&self, map: &Map) -> HashSet<StakeholderId> {
        let mut reached = HashSet::new();
        let Some(start) = map.node_index(&self.stakeholder) else {
            return reached;
        };
        let graph = map.graph();
        let mut queue = VecDeque::from([(start, 0_u8)]);
        let mut seen = HashSet::from([start]);
        while let Some((node, depth)) = queue.pop_front() {
            reached.insert(graph[node].id.clone());
            if depth >= self.hops.clamp(1, Self::MAX_HOPS) {
                continue;
            }
            let outgoing = graph
                .edges_directed(node, Direction::Outgoing)
                .filter(|_| self.direction != FocusDirection::Incoming)
                .map(|e| e.target());
            let incoming = graph
                .edges_directed(node, Direction::Incoming)
                .filter(|e| self.direction != FocusDirection::Outgoing || e.weight().mutual)
                .map(|e| e.source());
            let mutual_out = graph
                .edges_directed(node, Direction::Outgoing)
                .filter(|e| self.direction == FocusDirection::Incoming && e.weight().mutual)
                .map(|e| e.target());
            for next in outgoing
                .chain(incoming)
                .chain(mutual_out)
                .collect::<Vec<_>>()
            {
                if seen.insert(next) {
                    queue.push_back((next, depth + 1));
                }
            }
        }
        reached
    }
}

/// Which stakeholders pass a filter and a focus, the contact log read on
/// `today`: `None` when everything shows.
pub fn visible_stakeholders(
    map: &Map,
    filter: &Filter,
    focus: Option<&Focus>,
    today: Day,
) -> Option<HashSet<StakeholderId>> {
    if filter.is_empty() && focus.is_none() {
        return None;
    }
    let near = focus.map(|f| f.neighbourhood(map));
    let contacted = Contacted::of(map, filter.contact, today);
    Some(
        map.stakeholders()
            .filter(|s| filter.matches_with(map, s, &contacted))
            .filter(|s| near.as_ref().is_none_or(|n| n.contains(&s.id)))
            .map(|s| s.id.clone())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::model::{Relation, RelationKind};

    /// The day the filter judges by: fixed, never the computer's calendar.
    fn day() -> Day {
        Day::new(2026, 12, 7).unwrap()
    }

    /// a → b → c → d, and e alone; b is an active ally with the tag "legal".
    fn chain() -> (Map, Vec<StakeholderId>) {
        let mut map = Map::new("Chain");
        let mut ids = map.id_allocator();
        let people: Vec<_> = (0..5).map(|_| ids.stakeholder()).collect();
        let mut edits: Vec<Edit> = people
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let mut s = Stakeholder::new(id.clone(), format!("Person {i}"), Kind::Organization);
                if i == 1 {
                    s.stance = Stance::ActiveAlly;
                    s.tags = vec!["legal".into()];
                }
                Edit::AddStakeholder(s)
            })
            .collect();
        for pair in people[..4].windows(2) {
            edits.push(Edit::AddRelation(Relation::new(
                ids.relation(),
                pair[0].clone(),
                pair[1].clone(),
                RelationKind::Influences,
            )));
        }
        Edit::Batch(edits).apply(&mut map).unwrap();
        (map, people)
    }

    #[test]
    fn focus_follows_hops_in_the_chosen_direction() {
        let (map, p) = chain();
        let focus = |hops, direction| Focus {
            stakeholder: p[1].clone(),
            hops,
            direction,
        };
        let both = focus(1, FocusDirection::Both).neighbourhood(&map);
        assert_eq!(both, [&p[0], &p[1], &p[2]].into_iter().cloned().collect());
        let out = focus(2, FocusDirection::Outgoing).neighbourhood(&map);
        assert_eq!(out, [&p[1], &p[2], &p[3]].into_iter().cloned().collect());
        let incoming = focus(3, FocusDirection::Incoming).neighbourhood(&map);
        assert_eq!(incoming, [&p[0], &p[1]].into_iter().cloned().collect());
    }

    #[test]
    fn an_empty_filter_shows_everything_and_a_stance_filter_only_that_stance() {
        let (map, p) = chain();
        assert!(visible_stakeholders(&map, &Filter::default(), None, day()).is_none());
        let filter = Filter {
            stances: [Stance::ActiveAlly].into(),
            ..Filter::default()
        };
        let visible = visible_stakeholders(&map, &filter, None, day()).unwrap();
        assert_eq!(visible, [p[1].clone()].into());
    }

    #[test]
    fn text_finds_names_and_tags_ignoring_case() {
        let (map, p) = chain();
        let filter = Filter {
            text: "LEG".into(),
            ..Filter::default()
        };
        assert_eq!(
            visible_stakeholders(&map, &filter, None, day()).unwrap(),
            [p[1].clone()].into()
        );
        let by_name = Filter {
            text: "person 4".into(),
            ..Filter::default()
        };
        assert_eq!(
            visible_stakeholders(&map, &by_name, None, day()).unwrap(),
            [p[4].clone()].into()
        );
    }
}
