//! The words of the map's closed lists (kinds, stances, roles, what a
//! member brings, confidence, relation kinds, focus directions, scene
//! views) in the interface's language. The file and the spreadsheets keep
//! the English words of `label()`; only what the user reads is translated.

use std::borrow::Cow;

use crate::model::field::{RelationField, StakeholderField};
use crate::model::{
    Confidence, Contribution, FocusDirection, Kind, MemberRole, Relation, RelationKind, Role,
    SceneView, Stakeholder, Stance,
};

use super::tr;

/// A choice's words as the interface shows them.
pub trait Translated {
    /// The Fluent id of its words in `assets/i18n/*/words.ftl`.
    fn text_id(&self) -> &'static str;

    /// Its words in this thread's language.
    fn translated(&self) -> String {
        tr(self.text_id())
    }
}

impl Translated for crate::model::JobStatus {
    fn text_id(&self) -> &'static str {
        match self {
            Self::ToDo => "plan-status-to-do",
            Self::Doing => "plan-status-doing",
            Self::Done => "plan-status-done",
            Self::Dropped => "plan-status-dropped",
        }
    }
}

impl Translated for crate::model::ContactKind {
    fn text_id(&self) -> &'static str {
        match self {
            Self::Met => "plan-how-met",
            Self::Called => "plan-how-called",
            Self::Wrote => "plan-how-wrote",
            Self::Briefed => "plan-how-briefed",
        }
    }
}

impl Translated for Kind {
    fn text_id(&self) -> &'static str {
        match self {
            Self::Organization => "kind-organization",
            Self::Target => "kind-target",
            Self::Individual => "kind-individual",
            Self::Constituency => "kind-constituency",
            Self::Media => "kind-media",
            Self::Funder => "kind-funder",
            Self::Other => "kind-other",
        }
    }
}

/// The heading of a group of one kind with its count, as the outline
/// lists them ("Organizations (4)").
pub fn kind_group(kind: Kind, count: usize) -> String {
    let id = match kind {
        Kind::Organization => "group-organization",
        Kind::Target => "group-target",
        Kind::Individual => "group-individual",
        Kind::Constituency => "group-constituency",
        Kind::Media => "group-media",
        Kind::Funder => "group-funder",
        Kind::Other => "group-other",
    };
    super::tr_with(id, &[("count", count.into())])
}

impl Translated for Stance {
    fn text_id(&self) -> &'static str {
        match self {
            Self::ActiveAlly => "stance-active-ally",
            Self::PassiveAlly => "stance-passive-ally",
            Self::Neutral => "stance-neutral",
            Self::PassiveOpposition => "stance-passive-opposition",
            Self::ActiveOpposition => "stance-active-opposition",
            Self::Unknown => "stance-unknown",
        }
    }
}

impl Translated for Role {
    fn text_id(&self) -> &'static str {
        match self {
            Self::LeadershipCore => "role-leadership-core",
            Self::CorePartner => "role-core-partner",
            Self::NetworkMember => "role-network-member",
            Self::External => "role-external",
        }
    }
}

impl Translated for Contribution {
    fn text_id(&self) -> &'static str {
        match self {
            Self::Staff => "contribution-staff",
            Self::Funding => "contribution-funding",
            Self::Expertise => "contribution-expertise",
            Self::Legitimacy => "contribution-legitimacy",
            Self::Information => "contribution-information",
            Self::Contacts => "contribution-contacts",
            Self::ConstituencyAccess => "contribution-constituency-access",
            Self::Ideology => "contribution-ideology",
            Self::Power => "contribution-power",
        }
    }
}

impl Translated for MemberRole {
    fn text_id(&self) -> &'static str {
        match self {
            Self::Lead => "member-role-lead",
            Self::Member => "member-role-member",
        }
    }
}

impl Translated for Confidence {
    fn text_id(&self) -> &'static str {
        match self {
            Self::Confirmed => "confidence-confirmed",
            Self::Uncertain => "confidence-uncertain",
        }
    }
}

impl Translated for FocusDirection {
    fn text_id(&self) -> &'static str {
        match self {
            Self::Incoming => "focus-incoming",
            Self::Outgoing => "focus-outgoing",
            Self::Both => "focus-both",
        }
    }
}

impl Translated for SceneView {
    fn text_id(&self) -> &'static str {
        match self {
            Self::Network => "scene-view-network",
            Self::Grid => "scene-view-grid",
            Self::Spectrum => "scene-view-spectrum",
        }
    }
}

/// A relation kind's words: the built-in ones translated, a custom kind
/// as its author named it.
pub fn relation_kind(kind: &RelationKind) -> String {
    let id = match kind {
        RelationKind::Influences => "relation-influences",
        RelationKind::Funds => "relation-funds",
        RelationKind::MemberOf => "relation-member-of",
        RelationKind::AlliedWith => "relation-allied-with",
        RelationKind::Opposes => "relation-opposes",
        RelationKind::HasAccessTo => "relation-has-access-to",
        RelationKind::ReportsTo => "relation-reports-to",
        RelationKind::Cooperates => "relation-cooperates",
        RelationKind::Coordinates => "relation-coordinates",
        RelationKind::Collaborates => "relation-collaborates",
        RelationKind::Custom(name) => return name.clone(),
    };
    tr(id)
}

impl Translated for StakeholderField {
    fn text_id(&self) -> &'static str {
        match self {
            Self::Id => "field-id",
            Self::Name => "field-name",
            Self::Kind => "field-kind",
            Self::Stance => "field-stance",
            Self::Power => "field-power",
            Self::Interest => "field-interest",
            Self::Role => "field-role",
            Self::Commitment => "field-commitment",
            Self::Contributions => "field-contributions",
            Self::Expertise => "field-expertise",
            Self::Tags => "field-tags",
            Self::Notes => "field-notes",
            Self::ConfidentialNotes => "field-confidential-notes",
            Self::X => "field-x",
            Self::Y => "field-y",
            Self::Pinned => "field-pinned",
        }
    }
}

impl Translated for RelationField {
    fn text_id(&self) -> &'static str {
        match self {
            Self::Id => "field-id",
            Self::From => "field-from",
            Self::To => "field-to",
            Self::Kind => "field-kind",
            Self::Mutual => "field-mutual",
            Self::Strength => "field-strength",
            Self::Confidence => "field-confidence",
            Self::Note => "field-note",
        }
    }
}

fn yes_no(yes: bool) -> String {
    tr(if yes { "value-yes" } else { "value-no" })
}

/// A relation's strength in words: weak, medium, strong.
pub fn strength(strength: u8) -> String {
    match strength {
        1 => tr("strength-weak"),
        2 => tr("strength-medium"),
        3 => tr("strength-strong"),
        other => other.to_string(),
    }
}

/// A stakeholder's field as the interface shows it: the words of choices
/// translated, the rest as [`StakeholderField::shown`] writes it.
pub fn stakeholder_value(field: StakeholderField, s: &Stakeholder) -> Cow<'_, str> {
    match field {
        StakeholderField::Kind => s.kind.translated().into(),
        StakeholderField::Stance => s.stance.translated().into(),
        StakeholderField::Role => s.role.translated().into(),
        StakeholderField::Contributions => s
            .contributions
            .iter()
            .map(Translated::translated)
            .collect::<Vec<_>>()
            .join(", ")
            .into(),
        StakeholderField::Pinned => yes_no(s.pinned).into(),
        other => other.shown(s),
    }
}

/// The choices of a stakeholder field picked from a list, in the order
/// of [`StakeholderField::choices`], as the interface shows them.
pub fn stakeholder_choices(field: StakeholderField) -> Vec<String> {
    fn all<T: Translated>(items: &[T]) -> Vec<String> {
        items.iter().map(Translated::translated).collect()
    }
    match field {
        StakeholderField::Kind => all(Kind::ALL),
        StakeholderField::Stance => all(Stance::ALL),
        StakeholderField::Role => all(Role::ALL),
        StakeholderField::Contributions => all(Contribution::ALL),
        other => other.choices(),
    }
}

/// A relation's field as the interface shows it.
pub fn relation_value(field: RelationField, r: &Relation) -> Cow<'_, str> {
    match field {
        RelationField::Kind => relation_kind(&r.kind).into(),
        RelationField::Mutual => yes_no(r.mutual).into(),
        RelationField::Strength => strength(r.strength).into(),
        RelationField::Confidence => r.confidence.translated().into(),
        other => other.shown(r),
    }
}

/// The choices of a relation field picked from a list, in the order of
/// [`RelationField::choices`], as the interface shows them.
pub fn relation_choices(field: RelationField) -> Vec<String> {
    match field {
        RelationField::Mutual => vec![yes_no(false), yes_no(true)],
        RelationField::Strength => crate::model::STRENGTH_RANGE.map(strength).collect(),
        RelationField::Confidence => Confidence::ALL.iter().map(Translated::translated).collect(),
        other => other.choices(),
    }
}

/// The name of a month (1 to 12) in the interface's language: "March",
/// "mars", "marzo"; "that month" for a number that is no month.
pub fn month_name(month: u32) -> String {
    tr(match month {
        1 => "month-1",
        2 => "month-2",
        3 => "month-3",
        4 => "month-4",
        5 => "month-5",
        6 => "month-6",
        7 => "month-7",
        8 => "month-8",
        9 => "month-9",
        10 => "month-10",
        11 => "month-11",
        12 => "month-12",
        _ => "month-none",
    })
}

/// The name of a recorded field in the interface's language: "Stance".
pub fn observed_field(field: crate::model::history::Field) -> String {
    use crate::model::history::Field;
    tr(match field {
        Field::Stance => "field-stance",
        Field::Power => "field-power",
        Field::Interest => "field-interest",
        Field::Commitment => "field-commitment",
        Field::Role => "field-role",
        Field::Strength => "field-strength",
        Field::Confidence => "field-confidence",
        Field::Kind => "field-kind",
        Field::Exists => "record-in-place",
    })
}

/// A recorded value in the interface's language: "Passive ally", "4",
/// "in place".
pub fn observed_value(value: &crate::model::history::Observed) -> String {
    use crate::model::history::Observed;
    match value {
        Observed::Stance(stance) => stance.translated(),
        Observed::Role(role) => role.translated(),
        Observed::Confidence(confidence) => confidence.translated(),
        Observed::Kind(kind) => relation_kind(kind),
        Observed::Exists(true) => tr("record-value-in-place"),
        Observed::Exists(false) => tr("record-value-ended"),
        other => other.label(),
    }
}
