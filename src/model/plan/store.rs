//! The map's own checks and changes of jobs, asks and contacts: every item
//! they name must be in the map, and a title or an ask says something.

use super::{Ask, Contact, Job, MAX_COLD_AFTER_DAYS, Plan};
use crate::model::invalid;
use crate::model::{AskId, ContactId, JobId, Map, ModelError, StakeholderId, Subject};

impl Map {
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    fn check_named(&self, id: &StakeholderId) -> Result<(), ModelError> {
        self.stakeholder(id)
            .map(|_| ())
            .ok_or_else(|| ModelError::UnknownStakeholder(id.clone()))
    }

    fn check_job(&self, job: &Job) -> Result<(), ModelError> {
        if job.title.trim().is_empty() {
            return Err(invalid(
                "plan-job-untitled",
                &[("id", job.id.to_string().into())],
            ));
        }
        if let Some(coalition) = &job.coalition
            && self.coalition(coalition).is_none()
        {
            return Err(ModelError::UnknownCoalition(coalition.clone()));
        }
        job.stakeholders().try_for_each(|id| self.check_named(id))
    }

    fn check_ask(&self, ask: &Ask) -> Result<(), ModelError> {
        if ask.what.trim().is_empty() {
            return Err(invalid(
                "plan-ask-empty",
                &[("id", ask.id.to_string().into())],
            ));
        }
        if ask.from == ask.to {
            return Err(invalid(
                "plan-ask-itself",
                &[
                    ("id", ask.id.to_string().into()),
                    ("from", ask.from.to_string().into()),
                ],
            ));
        }
        ask.stakeholders().try_for_each(|id| self.check_named(id))
    }

    fn check_contact(&self, contact: &Contact) -> Result<(), ModelError> {
        match &contact.on {
            Subject::Stakeholder(id) => self.check_named(id)?,
            Subject::Relation(id) => {
                if self.relation(id).is_none() {
                    return Err(ModelError::UnknownRelation(id.clone()));
                }
            }
        }
        contact.with.iter().try_for_each(|id| self.check_named(id))
    }

    pub(crate) fn insert_job(&mut self, mut job: Job) -> Result<(), ModelError> {
        self.check_new_id(job.id.as_str())?;
        self.check_job(&job)?;
        job.normalize();
        self.reserve_serial(job.id.as_str());
        self.plan.jobs.insert(job.id.clone(), job);
        Ok(())
    }

    pub(crate) fn replace_job(&mut self, mut job: Job) -> Result<Job, ModelError> {
        self.check_job(&job)?;
        job.normalize();
        let slot = self
            .plan
            .jobs
            .get_mut(&job.id)
            .ok_or_else(|| unknown("job", job.id.as_str()))?;
        Ok(std::mem::replace(slot, job))
    }

    pub(crate) fn remove_job(&mut self, id: &JobId) -> Result<Job, ModelError> {
        self.plan
            .jobs
            .remove(id)
            .ok_or_else(|| unknown("job", id.as_str()))
    }

    pub(crate) fn insert_ask(&mut self, mut ask: Ask) -> Result<(), ModelError> {
        self.check_new_id(ask.id.as_str())?;
        self.check_ask(&ask)?;
        ask.normalize();
        self.reserve_serial(ask.id.as_str());
        self.plan.asks.insert(ask.id.clone(), ask);
        Ok(())
    }

    pub(crate) fn replace_ask(&mut self, mut ask: Ask) -> Result<Ask, ModelError> {
        self.check_ask(&ask)?;
        ask.normalize();
        let slot = self
            .plan
            .asks
            .get_mut(&ask.id)
            .ok_or_else(|| unknown("ask", ask.id.as_str()))?;
        Ok(std::mem::replace(slot, ask))
    }

    pub(crate) fn remove_ask(&mut self, id: &AskId) -> Result<Ask, ModelError> {
        self.plan
            .asks
            .remove(id)
            .ok_or_else(|| unknown("ask", id.as_str()))
    }

    pub(crate) fn insert_contact(&mut self, mut contact: Contact) -> Result<(), ModelError> {
        self.check_new_id(contact.id.as_str())?;
        self.check_contact(&contact)?;
        contact.normalize();
        self.reserve_serial(contact.id.as_str());
        self.plan.contacts.insert(contact.id.clone(), contact);
        Ok(())
    }

    pub(crate) fn replace_contact(&mut self, mut contact: Contact) -> Result<Contact, ModelError> {
        self.check_contact(&contact)?;
        contact.normalize();
        let slot = self
            .plan
            .contacts
            .get_mut(&contact.id)
            .ok_or_else(|| unknown("contact", contact.id.as_str()))?;
        Ok(std::mem::replace(slot, contact))
    }

    pub(crate) fn remove_contact(&mut self, id: &ContactId) -> Result<Contact, ModelError> {
        self.plan
            .contacts
            .remove(id)
            .ok_or_else(|| unknown("contact", id.as_str()))
    }

    /// Sets how many days without contact make a relation cold; returns the old number.
    pub(crate) fn set_cold_after_days(&mut self, days: u32) -> Result<u32, ModelError> {
        if !(1..=MAX_COLD_AFTER_DAYS).contains(&days) {
            return Err(invalid(
                "plan-cold-after-range",
                &[("days", days.into()), ("most", MAX_COLD_AFTER_DAYS.into())],
            ));
        }
        Ok(std::mem::replace(&mut self.plan.cold_after_days, days))
    }

    /// Whether an id is one of the plan's.
    /// Whether a job, an ask or a contact has this id (its text, taken to
    /// look it up as each kind of id without copying it again).
    pub(in crate::model) fn plan_id_taken(&self, id: String) -> bool {
        let job = JobId(id);
        if self.plan.jobs.contains_key(&job) {
            return true;
        }
        let ask = AskId(job.0);
        self.plan.asks.contains_key(&ask) || self.plan.contacts.contains_key(&ContactId(ask.0))
    }
}

fn unknown(what: &str, id: &str) -> ModelError {
    invalid(
        "plan-unknown-id",
        &[("what", what.into()), ("id", id.into())],
    )
}
