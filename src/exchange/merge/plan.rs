//! The plan in a merge: jobs, asks and contacts are id-keyed lists like
//! the others, merged field by field with conflicts as for stakeholders.
//! An ask's two ends and a contact's stakeholder or relation are kept
//! even when one version deleted them (as a relation's ends are); a job's
//! owner, helpers, target and coalition, an ask's target and owner and
//! who took part in a contact are let go when what they name is gone.

use super::spec::{Spec, items_of, typed};
use crate::edit::Edit;
use crate::model::{AskId, ContactId, JobId};

pub(super) const JOBS: Spec = Spec {
    noun: "job",
    prefix: JobId::PREFIX,
    items: |map| items_of(map.plan().jobs()),
    add: |v| typed(v).map(|job| Edit::AddJob(Box::new(job))),
    update: |v| typed(v).map(|job| Edit::UpdateJob(Box::new(job))),
    delete: |id| Edit::DeleteJob(JobId::new(id)),
    sets: &["expertise", "contributions", "helpers"],
    keyed: &[],
    refs: &[],
    weak_refs: &[
        ("owner", "stakeholder"),
        ("target", "stakeholder"),
        ("helpers[]", "stakeholder"),
        ("coalition", "coalition"),
    ],
    order: None,
    notes: Some("notes"),
    private: &[],
};

pub(super) const ASKS: Spec = Spec {
    noun: "ask",
    prefix: AskId::PREFIX,
    items: |map| items_of(map.plan().asks()),
    add: |v| typed(v).map(|ask| Edit::AddAsk(Box::new(ask))),
    update: |v| typed(v).map(|ask| Edit::UpdateAsk(Box::new(ask))),
    delete: |id| Edit::DeleteAsk(AskId::new(id)),
    sets: &[],
    keyed: &[],
    refs: &[("from", "stakeholder"), ("to", "stakeholder")],
    weak_refs: &[("target", "stakeholder"), ("owner", "stakeholder")],
    order: None,
    notes: None,
    private: &[],
};

pub(super) const CONTACTS: Spec = Spec {
    noun: "contact",
    prefix: ContactId::PREFIX,
    items: |map| items_of(map.plan().contacts()),
    add: |v| typed(v).map(|contact| Edit::LogContact(Box::new(contact))),
    update: |v| typed(v).map(|contact| Edit::UpdateContact(Box::new(contact))),
    delete: |id| Edit::DeleteContact(ContactId::new(id)),
    sets: &["with"],
    keyed: &[],
    refs: &[
        ("on.Stakeholder", "stakeholder"),
        ("on.Relation", "relation"),
    ],
    weak_refs: &[("with[]", "stakeholder")],
    order: None,
    // A contact's note may be confidential: conflicts are listed in the
    // map's notes only.
    notes: None,
    private: &[],
};
