//! The inspector's part of the plan: a stakeholder's place and time zone
//! (checked against the time zone database), and the contact log of a stakeholder or a
//! relation: the last contact, the contacts before it, and a contact to
//! log (met, called, wrote, briefed), each one undo step.

use egui::{Id, RichText, Ui};

use crate::edit::Edit;
use crate::i18n::{tr, tr_with};
use crate::model::plan::last_contact;
use crate::model::{
    Contact, ContactKind, Day, Map, Stakeholder, StakeholderId, Subject, time_zone,
};
use crate::ui::command::ViewContext;
use crate::ui::fields;
use crate::ui::script::display_text;

/// How many earlier contacts the inspector lists under the last one.
const EARLIER_SHOWN: usize = 3;

/// The contact being written, kept in egui's memory until logged.
#[derive(Clone, Debug)]
struct NewContact {
    date: String,
    how: ContactKind,
    note: String,
    confidential: bool,
    /// Who else took part.
    with: Vec<StakeholderId>,
}

/// The place and the time zone, each one undo step when left.
pub fn place_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, s: &Stakeholder) {
    let base = Id::new(("plan-place", s.id.as_str()));
    egui::Grid::new(base.with("grid"))
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let place = tr("plan-place");
            ui.label(&place);
            if let Some(text) = fields::singleline(ui, base.with("place"), &place, &s.place) {
                let mut changed = s.clone();
                text.trim().clone_into(&mut changed.place);
                cx.edit(Edit::UpdateStakeholder(changed));
            }
            ui.end_row();
            let zone = tr("plan-time-zone");
            ui.label(&zone);
            if let Some(text) = fields::singleline(ui, base.with("zone"), &zone, &s.time_zone) {
                let text = text.trim();
                if text.is_empty() || time_zone::find(text).is_some() {
                    let mut changed = s.clone();
                    text.clone_into(&mut changed.time_zone);
                    cx.edit(Edit::UpdateStakeholder(changed));
                    ui.ctx()
                        .data_mut(|d| d.remove_temp::<String>(base.with("bad")));
                } else {
                    ui.ctx()
                        .data_mut(|d| d.insert_temp(base.with("bad"), text.to_owned()));
                }
            }
            ui.end_row();
        });
    if let Some(bad) = ui.ctx().data(|d| d.get_temp::<String>(base.with("bad"))) {
        ui.label(
            RichText::new(tr_with("plan-bad-time-zone", &[("zone", bad.into())]))
                .color(ui.visuals().error_fg_color),
        );
    }
}

/// The contact log of one stakeholder or relation.
pub fn contacts_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, on: &Subject) {
    let map = cx.map;
    ui.label(RichText::new(tr("plan-contacts-heading")).strong());
    // Counted from the day shown: looking back, a contact after it had not
    // happened yet.
    let day = cx.shown_day;
    match last_contact(map, on, day) {
        Some(last) => {
            let days = day.to_days() - last.date.to_days();
            let mut args = vec![
                ("how", how_label(last.how).into()),
                ("date", last.date.to_string().into()),
                ("days", days.into()),
            ];
            let text = match logged_with(map, on, last) {
                Some(other) => {
                    args.push(("with", display_text(&other.name).into_owned().into()));
                    tr_with("plan-last-contact-with", &args)
                }
                None => tr_with("plan-last-contact", &args),
            };
            ui.label(text);
            if days > i64::from(map.plan().cold_after_days()) && matches!(on, Subject::Relation(_))
            {
                ui.label(RichText::new(tr("plan-gone-cold")).strong());
            }
        }
        None => {
            ui.label(RichText::new(tr("plan-no-contact")).weak());
        }
    }
    let by_then = map.plan().contacts_on(on);
    let by_then = by_then.iter().filter(|contact| contact.date <= day);
    for contact in by_then.take(EARLIER_SHOWN + 1) {
        contact_line(ui, cx, contact);
    }
    new_contact_ui(ui, cx, on);
}

/// Who else the last contact of a stakeholder was with, when it was
/// logged on one of their relations or on someone they met: the other end
/// of the relation, or the stakeholder it was logged on.
fn logged_with<'m>(map: &'m Map, on: &Subject, last: &Contact) -> Option<&'m Stakeholder> {
    let Subject::Stakeholder(me) = on else {
        return None;
    };
    let other = match &last.on {
        Subject::Stakeholder(id) if id == me => return None,
        Subject::Stakeholder(id) => id,
        Subject::Relation(id) => {
            let relation = map.relation(id)?;
            if &relation.from == me {
                &relation.to
            } else if &relation.to == me {
                &relation.from
            } else {
                // Reached as one who took part: named by the relation's first end.
                &relation.from
            }
        }
    };
    map.stakeholder(other)
}

fn contact_line(ui: &mut Ui, cx: &ViewContext<'_>, contact: &Contact) {
    let mut line = format!("{} · {}", contact.date, how_label(contact.how));
    let with: Vec<String> = contact
        .with
        .iter()
        .filter_map(|id| cx.map.stakeholder(id))
        .map(|s| display_text(&s.name).into_owned())
        .collect();
    if !with.is_empty() {
        line.push_str(" · ");
        line.push_str(&with.join(", "));
    }
    if contact.confidential {
        line.push_str(" · ");
        line.push_str(&tr("plan-confidential"));
    }
    ui.label(line);
    if !contact.note.is_empty() {
        ui.label(RichText::new(display_text(&contact.note)).weak());
    }
}

fn new_contact_ui(ui: &mut Ui, cx: &mut ViewContext<'_>, on: &Subject) {
    let key = Id::new(("plan-new-contact", format!("{on:?}")));
    let mut draft = ui
        .ctx()
        .data(|d| d.get_temp::<NewContact>(key))
        .unwrap_or(NewContact {
            date: String::new(),
            how: ContactKind::Met,
            note: String::new(),
            confidential: false,
            with: Vec::new(),
        });
    ui.horizontal_wrapped(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut draft.date)
                .desired_width(90.0)
                .hint_text(tr("plan-contact-date-hint")),
        );
        egui::ComboBox::from_id_salt(key.with("how"))
            .selected_text(how_label(draft.how))
            .show_ui(ui, |ui| {
                for &how in ContactKind::ALL {
                    ui.selectable_value(&mut draft.how, how, how_label(how));
                }
            });
        ui.checkbox(&mut draft.confidential, tr("plan-confidential"));
    });
    took_part_ui(ui, cx.map, key.with("with"), on, &mut draft.with);
    ui.add(
        egui::TextEdit::singleline(&mut draft.note)
            .hint_text(tr("plan-contact-note"))
            .desired_width(f32::INFINITY),
    );
    // Left empty, the contact is today's.
    let day = match draft.date.trim() {
        "" => Ok(cx.today),
        typed => Day::parse(typed),
    };
    let logged = ui
        .add_enabled(
            day.is_ok() && !cx.read_only,
            egui::Button::new(tr("plan-log-contact")),
        )
        .clicked();
    if let Err(problem) = &day {
        ui.label(RichText::new(problem.to_string()).color(ui.visuals().error_fg_color));
    }
    if logged && let Ok(date) = day {
        let mut contact =
            Contact::new(cx.map.id_allocator().contact(), on.clone(), date, draft.how);
        draft.note.trim().clone_into(&mut contact.note);
        contact.confidential = draft.confidential;
        contact.with = draft.with;
        cx.edit(Edit::LogContact(Box::new(contact)));
        ui.ctx().data_mut(|d| d.remove::<NewContact>(key));
    } else {
        ui.ctx().data_mut(|d| d.insert_temp(key, draft));
    }
}

/// Who else took part in the contact being written: a choice of anyone
/// it is not logged on, then each one chosen, a button that takes them off.
fn took_part_ui(ui: &mut Ui, map: &Map, id: Id, on: &Subject, with: &mut Vec<StakeholderId>) {
    let logged_on: Vec<&StakeholderId> = match on {
        Subject::Stakeholder(s) => vec![s],
        Subject::Relation(r) => map
            .relation(r)
            .map_or_else(Vec::new, |r| vec![&r.from, &r.to]),
    };
    ui.horizontal_wrapped(|ui| {
        let others = map
            .stakeholders()
            .filter(|s| !logged_on.contains(&&s.id) && !with.contains(&s.id));
        let added = super::add_person_ui(ui, id, tr("plan-contact-add-with"), others);
        let mut off = None;
        for (i, person) in with.iter().enumerate() {
            let Some(s) = map.stakeholder(person) else {
                continue;
            };
            let name = display_text(&s.name).into_owned();
            if ui
                .small_button(format!("{name} ✖"))
                .on_hover_text(tr_with(
                    "plan-contact-remove-with",
                    &[("name", name.into())],
                ))
                .clicked()
            {
                off = Some(i);
            }
        }
        if let Some(i) = off {
            with.remove(i);
        }
        with.extend(added);
    });
}

/// How a contact was made, in the interface's language.
fn how_label(how: ContactKind) -> String {
    tr(match how {
        ContactKind::Met => "plan-how-met",
        ContactKind::Called => "plan-how-called",
        ContactKind::Wrote => "plan-how-wrote",
        ContactKind::Briefed => "plan-how-briefed",
    })
}
