//! Change over time: dated observations of what stakeholders and relations
//! were, and named checkpoints. The present values stay in the stakeholders
//! and relations; the history says what they were on earlier days.
//!
//! `day` is the calendar day, `as_of` rebuilds the map as it was on a day.

mod as_of;
mod day;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use as_of::{as_of, value_on};
pub use day::{Day, DayError};

use super::{Confidence, RelationId, RelationKind, Role, StakeholderId, Stance};
use super::{Map, ModelError, SCORE_RANGE, STRENGTH_RANGE};
use crate::i18n::{observed_field, tr, tr_with};

/// What an observation is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Subject {
    Stakeholder(StakeholderId),
    Relation(RelationId),
}

impl Subject {
    pub fn as_str(&self) -> &str {
        match self {
            Subject::Stakeholder(id) => id.as_str(),
            Subject::Relation(id) => id.as_str(),
        }
    }
}

/// A field whose value can be observed over time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Stance,
    Power,
    Interest,
    Commitment,
    Role,
    Strength,
    Confidence,
    Kind,
    /// Whether a relation was in place.
    Exists,
}

impl Field {
    /// The fields of a stakeholder, in the order the inspector lists them.
    pub const OF_STAKEHOLDER: &'static [Self] = &[
        Self::Stance,
        Self::Power,
        Self::Interest,
        Self::Commitment,
        Self::Role,
    ];
    /// The fields of a relation.
    pub const OF_RELATION: &'static [Self] =
        &[Self::Strength, Self::Confidence, Self::Kind, Self::Exists];

    pub fn label(self) -> &'static str {
        match self {
            Self::Stance => "Stance",
            Self::Power => "Power",
            Self::Interest => "Interest",
            Self::Commitment => "Commitment",
            Self::Role => "Role",
            Self::Strength => "Strength",
            Self::Confidence => "Confidence",
            Self::Kind => "Kind",
            Self::Exists => "In place",
        }
    }

    pub fn of_relation(self) -> bool {
        Self::OF_RELATION.contains(&self)
    }
}

/// An observed value, the field it belongs to included.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Observed {
    Stance(Stance),
    Power(u8),
    Interest(u8),
    Commitment(u8),
    Role(Role),
    Strength(u8),
    Confidence(Confidence),
    Kind(RelationKind),
    /// `false`: the relation had ended (or not begun).
    Exists(bool),
}

impl Observed {
    pub fn field(&self) -> Field {
        match self {
            Self::Stance(_) => Field::Stance,
            Self::Power(_) => Field::Power,
            Self::Interest(_) => Field::Interest,
            Self::Commitment(_) => Field::Commitment,
            Self::Role(_) => Field::Role,
            Self::Strength(_) => Field::Strength,
            Self::Confidence(_) => Field::Confidence,
            Self::Kind(_) => Field::Kind,
            Self::Exists(_) => Field::Exists,
        }
    }

    /// The value in words: "Passive ally", "4", "in place".
    pub fn label(&self) -> String {
        match self {
            Self::Stance(stance) => stance.label().to_owned(),
            Self::Power(n) | Self::Interest(n) | Self::Commitment(n) | Self::Strength(n) => {
                n.to_string()
            }
            Self::Role(role) => role.label().to_owned(),
            Self::Confidence(confidence) => confidence.label().to_owned(),
            Self::Kind(kind) => kind.label().to_owned(),
            Self::Exists(true) => "in place".to_owned(),
            Self::Exists(false) => "ended".to_owned(),
        }
    }

    /// Why this value cannot be recorded, if it cannot.
    fn problem(&self) -> Option<String> {
        let (name, score, range) = match self {
            Self::Power(n) => ("power", *n, SCORE_RANGE),
            Self::Interest(n) => ("interest", *n, SCORE_RANGE),
            Self::Commitment(n) => ("commitment", *n, SCORE_RANGE),
            Self::Strength(n) => ("strength", *n, STRENGTH_RANGE),
            Self::Kind(RelationKind::Custom(label)) if label.trim().is_empty() => {
                return Some(tr("history-custom-kind-unnamed"));
            }
            _ => return None,
        };
        (!range.contains(&score)).then(|| {
            tr_with(
                "history-out-of-range",
                &[
                    ("name", name.into()),
                    ("score", score.into()),
                    ("low", (*range.start()).into()),
                    ("high", (*range.end()).into()),
                ],
            )
        })
    }
}

/// What a value was on a day, and who said so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    pub of: Subject,
    pub date: Day,
    pub value: Observed,
    /// Where it is known from ("meeting with the deputy head, 12 March").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// The source is left out of every copy made for sharing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidential: bool,
}

/// What makes an observation unique: one value per item, field and day.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObservationKey {
    pub of: Subject,
    pub field: Field,
    pub date: Day,
}

impl Observation {
    pub fn new(of: Subject, date: Day, value: Observed) -> Self {
        Self {
            of,
            date,
            value,
            source: String::new(),
            confidential: false,
        }
    }

    pub fn key(&self) -> ObservationKey {
        ObservationKey {
            of: self.of.clone(),
            field: self.value.field(),
            date: self.date,
        }
    }

    fn normalize(&mut self) {
        let trimmed = self.source.trim();
        if trimmed.len() != self.source.len() {
            self.source = trimmed.to_owned();
        }
    }
}

/// A named day to look back at ("before the Council briefing").
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Checkpoint {
    pub date: Day,
    pub name: String,
}

/// Every observation and checkpoint of a map.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    observations: BTreeMap<ObservationKey, Observation>,
    /// In date order, then by name.
    checkpoints: Vec<Checkpoint>,
    /// How many observations and checkpoints each day has: the days the
    /// time bar slides over, kept as records come and go, so a frame does
    /// not sort 50,000 dates.
    day_counts: BTreeMap<Day, usize>,
}

impl Timeline {
    pub fn is_empty(&self) -> bool {
        self.observations.is_empty() && self.checkpoints.is_empty()
    }

    pub fn observation_count(&self) -> usize {
        self.observations.len()
    }

    /// Every observation, by item, field and date.
    pub fn observations(&self) -> impl Iterator<Item = &Observation> {
        self.observations.values()
    }

    pub fn observation(&self, key: &ObservationKey) -> Option<&Observation> {
        self.observations.get(key)
    }

    /// The observations of one item, by field and date.
    pub fn of(&self, subject: &Subject) -> impl Iterator<Item = &Observation> {
        let from = ObservationKey {
            of: subject.clone(),
            field: Field::Stance,
            date: Day::MIN,
        };
        let to = ObservationKey {
            of: subject.clone(),
            field: Field::Exists,
            date: Day::MAX,
        };
        self.observations.range(from..=to).map(|(_, o)| o)
    }

    /// The observations of one field of one item, oldest first.
    pub fn of_field(&self, subject: &Subject, field: Field) -> impl Iterator<Item = &Observation> {
        let key = |date| ObservationKey {
            of: subject.clone(),
            field,
            date,
        };
        self.observations
            .range(key(Day::MIN)..=key(Day::MAX))
            .map(|(_, o)| o)
    }

    pub fn checkpoints(&self) -> &[Checkpoint] {
        &self.checkpoints
    }

    /// Every day something was recorded on, or a checkpoint names, in order.
    pub fn days(&self) -> Vec<Day> {
        self.day_counts.keys().copied().collect()
    }

    fn count_day(&mut self, day: Day) {
        *self.day_counts.entry(day).or_insert(0) += 1;
    }

    fn uncount_day(&mut self, day: Day) {
        if let Some(count) = self.day_counts.get_mut(&day) {
            *count -= 1;
            if *count == 0 {
                self.day_counts.remove(&day);
            }
        }
    }

    /// The checkpoint named for a day, if any.
    pub fn checkpoint_on(&self, day: Day) -> Option<&Checkpoint> {
        self.checkpoints.iter().find(|c| c.date == day)
    }
}

impl Map {
    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// Whether anything is recorded about this item's past.
    pub fn has_history(&self, subject: &Subject) -> bool {
        self.timeline.of(subject).next().is_some()
    }

    fn check_observation(&self, observation: &Observation) -> Result<(), ModelError> {
        let field = observation.value.field();
        match &observation.of {
            Subject::Stakeholder(id) => {
                let stakeholder = self
                    .stakeholder(id)
                    .ok_or_else(|| ModelError::UnknownStakeholder(id.clone()))?;
                if field.of_relation() {
                    return Err(ModelError::Invalid(tr_with(
                        "history-relation-field-on-stakeholder",
                        &[
                            ("field", observed_field(field).to_lowercase().into()),
                            ("name", stakeholder.name.as_str().into()),
                        ],
                    )));
                }
            }
            Subject::Relation(id) => {
                if self.relation(id).is_none() {
                    return Err(ModelError::UnknownRelation(id.clone()));
                }
                if !field.of_relation() {
                    return Err(ModelError::Invalid(tr_with(
                        "history-stakeholder-field-on-relation",
                        &[
                            ("field", observed_field(field).to_lowercase().into()),
                            ("id", id.to_string().into()),
                        ],
                    )));
                }
            }
        }
        if let Some(problem) = observation.value.problem() {
            return Err(ModelError::Invalid(tr_with(
                "history-bad-observation",
                &[
                    ("of", observation.of.as_str().into()),
                    ("date", observation.date.to_string().into()),
                    ("problem", problem.into()),
                ],
            )));
        }
        Ok(())
    }

    /// Records an observation, replacing the one of the same item, field
    /// and day; returns the one replaced.
    pub(crate) fn observe(
        &mut self,
        mut observation: Observation,
    ) -> Result<Option<Observation>, ModelError> {
        self.check_observation(&observation)?;
        observation.normalize();
        let day = observation.date;
        let replaced = self
            .timeline
            .observations
            .insert(observation.key(), observation);
        if replaced.is_none() {
            self.timeline.count_day(day);
        }
        Ok(replaced)
    }

    /// Records many observations at once, as a file's are: each checked
    /// as [`Map::observe`] checks it, those refused given back with their
    /// place among `observations` and why. Into an empty history the rest
    /// go in one sorted sweep instead of one sorted insertion each (a file
    /// lists them in order, which the sort finds at once); a later one of
    /// the same item, field and day replaces an earlier one, as observing
    /// them one by one would.
    pub(crate) fn observe_all(
        &mut self,
        observations: Vec<Observation>,
    ) -> Vec<(usize, Observation, ModelError)> {
        let mut refused = Vec::new();
        let mut valid = Vec::with_capacity(observations.len());
        for (place, mut observation) in observations.into_iter().enumerate() {
            match self.check_observation(&observation) {
                Ok(()) => {
                    observation.normalize();
                    valid.push(observation);
                }
                Err(err) => refused.push((place, observation, err)),
            }
        }
        if self.timeline.observations.is_empty() {
            let timeline = &mut self.timeline;
            timeline.observations = valid.into_iter().map(|o| (o.key(), o)).collect();
            for key in timeline.observations.keys() {
                *timeline.day_counts.entry(key.date).or_insert(0) += 1;
            }
        } else {
            for observation in valid {
                let day = observation.date;
                if self
                    .timeline
                    .observations
                    .insert(observation.key(), observation)
                    .is_none()
                {
                    self.timeline.count_day(day);
                }
            }
        }
        refused
    }

    pub(crate) fn unobserve(&mut self, key: &ObservationKey) -> Result<Observation, ModelError> {
        let removed = self.timeline.observations.remove(key);
        if removed.is_some() {
            self.timeline.uncount_day(key.date);
        }
        removed.ok_or_else(|| {
            ModelError::Invalid(tr_with(
                "history-nothing-recorded",
                &[
                    ("of", key.of.as_str().into()),
                    ("field", observed_field(key.field).to_lowercase().into()),
                    ("date", key.date.to_string().into()),
                ],
            ))
        })
    }

    pub(crate) fn add_checkpoint(&mut self, mut checkpoint: Checkpoint) -> Result<(), ModelError> {
        checkpoint.name = checkpoint.name.trim().to_string();
        if checkpoint.name.is_empty() {
            return Err(ModelError::Invalid(tr_with(
                "history-checkpoint-unnamed",
                &[("date", checkpoint.date.to_string().into())],
            )));
        }
        if self.timeline.checkpoints.contains(&checkpoint) {
            return Err(ModelError::Invalid(tr_with(
                "history-checkpoint-exists",
                &[
                    ("name", checkpoint.name.as_str().into()),
                    ("date", checkpoint.date.to_string().into()),
                ],
            )));
        }
        let at = self
            .timeline
            .checkpoints
            .partition_point(|c| c < &checkpoint);
        self.timeline.count_day(checkpoint.date);
        self.timeline.checkpoints.insert(at, checkpoint);
        Ok(())
    }

    pub(crate) fn remove_checkpoint(&mut self, checkpoint: &Checkpoint) -> Result<(), ModelError> {
        let at = self
            .timeline
            .checkpoints
            .iter()
            .position(|c| c == checkpoint)
            .ok_or_else(|| {
                ModelError::Invalid(tr_with(
                    "history-no-checkpoint",
                    &[
                        ("name", checkpoint.name.as_str().into()),
                        ("date", checkpoint.date.to_string().into()),
                    ],
                ))
            })?;
        let removed = self.timeline.checkpoints.remove(at);
        self.timeline.uncount_day(removed.date);
        Ok(())
    }

    /// The keys of every observation of a stakeholder and of its relations,
    /// which go with it when it is deleted.
    pub(crate) fn observations_going_with(&self, subjects: &[Subject]) -> Vec<ObservationKey> {
        subjects
            .iter()
            .flat_map(|subject| self.timeline.of(subject).map(Observation::key))
            .collect()
    }
}

/// The value a field has now, as an observation would record it.
pub fn present_value(map: &Map, subject: &Subject, field: Field) -> Option<Observed> {
    match subject {
        Subject::Stakeholder(id) => {
            let s = map.stakeholder(id)?;
            Some(match field {
                Field::Stance => Observed::Stance(s.stance),
                Field::Power => Observed::Power(s.power),
                Field::Interest => Observed::Interest(s.interest),
                Field::Commitment => Observed::Commitment(s.commitment),
                Field::Role => Observed::Role(s.role),
                _ => return None,
            })
        }
        Subject::Relation(id) => {
            let r = map.relation(id)?;
            Some(match field {
                Field::Strength => Observed::Strength(r.strength),
                Field::Confidence => Observed::Confidence(r.confidence),
                Field::Kind => Observed::Kind(r.kind.clone()),
                Field::Exists => Observed::Exists(true),
                _ => return None,
            })
        }
    }
}
