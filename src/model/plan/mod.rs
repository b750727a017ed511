//! The plan: jobs that need doing (and who does them), asks along the
//! influence paths ("who asks whom, for what, by when") and the log of
//! every contact, so relations that have gone cold show.
//!
//! `store` holds the map's own checks and changes of these items;
//! `cold` says which relations went cold and which targets nobody met.

mod cold;
mod store;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use cold::{
    ColdRelation, cold_relations, cold_stakeholders, contacted_stakeholders, days_cold,
    last_contact, stakeholder_last_contact, uncontacted_targets,
};

use super::stakeholder::choices;
use super::{AskId, CoalitionId, ContactId, Contribution, Day, JobId, StakeholderId, Subject};

choices!(
    /// Where a job stands, the columns of the jobs board.
    JobStatus {
        ToDo => "To do",
        Doing => "Doing",
        Done => "Done",
        Dropped => "Dropped",
    }
);

impl JobStatus {
    /// Still to be done: to do or doing.
    pub fn is_open(self) -> bool {
        matches!(self, Self::ToDo | Self::Doing)
    }
}

choices!(
    /// Where an ask stands.
    AskStatus {
        Open => "Open",
        Done => "Done",
        Dropped => "Dropped",
    }
);

choices!(
    /// How a contact was made.
    ContactKind {
        Met => "Met",
        Called => "Called",
        Wrote => "Wrote",
        Briefed => "Briefed",
    }
);

/// A piece of work the coalition needs done: the brief for the Council, a
/// media release, spokespeople in three time zones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    pub id: JobId,
    pub title: String,
    /// The coalition the job belongs to; none for the whole map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coalition: Option<CoalitionId>,
    /// The expertise tags it needs ("research", "policy").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expertise: Vec<String>,
    /// The contributions it needs (staff, information, contacts...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributions: Vec<Contribution>,
    /// The stakeholder the job is aimed at, when it is aimed at one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<StakeholderId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<StakeholderId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub helpers: Vec<StakeholderId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    #[serde(default = "default_job_status")]
    pub status: JobStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

fn default_job_status() -> JobStatus {
    JobStatus::ToDo
}

impl Job {
    pub fn new(id: JobId, title: impl Into<String>) -> Self {
        Self {
            id,
            title: title.into(),
            coalition: None,
            expertise: Vec::new(),
            contributions: Vec::new(),
            target: None,
            owner: None,
            helpers: Vec::new(),
            due: None,
            status: JobStatus::ToDo,
            notes: String::new(),
        }
    }

    /// Open and due before `today`.
    pub fn is_overdue(&self, today: Day) -> bool {
        self.status.is_open() && self.due.is_some_and(|due| due < today)
    }

    /// Every stakeholder the job names.
    pub fn stakeholders(&self) -> impl Iterator<Item = &StakeholderId> {
        self.target
            .iter()
            .chain(&self.owner)
            .chain(self.helpers.iter())
    }

    /// The same job without this stakeholder in it.
    #[must_use]
    pub fn without_stakeholder(&self, id: &StakeholderId) -> Self {
        let mut job = self.clone();
        if job.target.as_ref() == Some(id) {
            job.target = None;
        }
        if job.owner.as_ref() == Some(id) {
            job.owner = None;
        }
        job.helpers.retain(|helper| helper != id);
        job
    }

    pub(crate) fn normalize(&mut self) {
        self.title = self.title.trim().to_owned();
        super::normalize_tags(&mut self.expertise);
        self.contributions.sort();
        self.contributions.dedup();
        self.helpers.sort();
        self.helpers.dedup();
    }
}

/// One ask along an influence path: who asks whom, for what, by when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ask {
    pub id: AskId,
    /// The one who asks.
    pub from: StakeholderId,
    /// The one asked.
    pub to: StakeholderId,
    /// What for ("raise the Eastern Region with the penholder").
    pub what: String,
    /// The target the path leads to, when the ask is a step toward one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<StakeholderId>,
    /// Who in the coalition sees that it happens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<StakeholderId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    #[serde(default = "default_ask_status")]
    pub status: AskStatus,
    /// What came of it, once done.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outcome: String,
    /// The day it was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Day>,
}

fn default_ask_status() -> AskStatus {
    AskStatus::Open
}

impl Ask {
    pub fn new(id: AskId, from: StakeholderId, to: StakeholderId, what: impl Into<String>) -> Self {
        Self {
            id,
            from,
            to,
            what: what.into(),
            target: None,
            owner: None,
            due: None,
            status: AskStatus::Open,
            outcome: String::new(),
            done_on: None,
        }
    }

    /// Every stakeholder the ask names.
    pub fn stakeholders(&self) -> impl Iterator<Item = &StakeholderId> {
        [&self.from, &self.to]
            .into_iter()
            .chain(&self.target)
            .chain(&self.owner)
    }

    /// Open and due before `today`.
    pub fn is_overdue(&self, today: Day) -> bool {
        self.status == AskStatus::Open && self.due.is_some_and(|due| due < today)
    }

    pub(crate) fn normalize(&mut self) {
        self.what = self.what.trim().to_owned();
        self.outcome = self.outcome.trim().to_owned();
    }
}

/// One dated contact on a relation or with a stakeholder: met, called,
/// wrote, briefed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    /// The relation or the stakeholder the contact was on.
    pub on: Subject,
    pub date: Day,
    pub how: ContactKind,
    /// Who took part, besides the ends of the relation or the stakeholder.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub with: Vec<StakeholderId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Left out, whole, of every copy made for sharing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidential: bool,
}

impl Contact {
    pub fn new(id: ContactId, on: Subject, date: Day, how: ContactKind) -> Self {
        Self {
            id,
            on,
            date,
            how,
            with: Vec::new(),
            note: String::new(),
            confidential: false,
        }
    }

    pub(crate) fn normalize(&mut self) {
        self.note = self.note.trim().to_owned();
        self.with.sort();
        self.with.dedup();
    }
}

/// How many days without contact make a relation cold, unless the map says.
pub const DEFAULT_COLD_AFTER_DAYS: u32 = 60;

/// The most days a map may set for a relation to go cold: ten years.
pub const MAX_COLD_AFTER_DAYS: u32 = 3660;

/// Every job, ask and contact of a map, in id order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub(super) jobs: BTreeMap<JobId, Job>,
    pub(super) asks: BTreeMap<AskId, Ask>,
    pub(super) contacts: BTreeMap<ContactId, Contact>,
    pub(super) cold_after_days: u32,
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            jobs: BTreeMap::new(),
            asks: BTreeMap::new(),
            contacts: BTreeMap::new(),
            cold_after_days: DEFAULT_COLD_AFTER_DAYS,
        }
    }
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty() && self.asks.is_empty() && self.contacts.is_empty()
    }

    pub fn jobs(&self) -> impl Iterator<Item = &Job> {
        self.jobs.values()
    }

    pub fn job(&self, id: &JobId) -> Option<&Job> {
        self.jobs.get(id)
    }

    pub fn asks(&self) -> impl Iterator<Item = &Ask> {
        self.asks.values()
    }

    pub fn ask(&self, id: &AskId) -> Option<&Ask> {
        self.asks.get(id)
    }

    pub fn contacts(&self) -> impl Iterator<Item = &Contact> {
        self.contacts.values()
    }

    pub fn contact(&self, id: &ContactId) -> Option<&Contact> {
        self.contacts.get(id)
    }

    /// How many days without contact make a relation cold.
    pub fn cold_after_days(&self) -> u32 {
        self.cold_after_days
    }

    /// The contacts on one relation or with one stakeholder, newest first.
    pub fn contacts_on(&self, on: &Subject) -> Vec<&Contact> {
        let mut found: Vec<&Contact> = self.contacts().filter(|c| &c.on == on).collect();
        found.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id)));
        found
    }

    /// Whether a job, ask or contact names this stakeholder.
    pub fn refers_to_stakeholder(&self, id: &StakeholderId) -> bool {
        self.jobs().any(|job| job.stakeholders().any(|s| s == id))
            || self.asks().any(|ask| ask.stakeholders().any(|s| s == id))
            || self.contacts().any(|contact| {
                contact.on == Subject::Stakeholder(id.clone()) || contact.with.contains(id)
            })
    }
}
