//! The table: one row per stakeholder, a column for every field, sortable.

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::command::{Command, ViewContext};
use crate::model::Stakeholder;

/// The columns of the stakeholder table, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StakeholderColumn {
    Name,
    Kind,
    Stance,
    Power,
    Interest,
    Role,
    Commitment,
    Contributions,
    Expertise,
    Tags,
    Coalitions,
    Degree,
}

impl StakeholderColumn {
    pub const ALL: [Self; 12] = [
        Self::Name,
        Self::Kind,
        Self::Stance,
        Self::Power,
        Self::Interest,
        Self::Role,
        Self::Commitment,
        Self::Contributions,
        Self::Expertise,
        Self::Tags,
        Self::Coalitions,
        Self::Degree,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "Name",
            Self::Kind => "Kind",
            Self::Stance => "Stance",
            Self::Power => "Power",
            Self::Interest => "Interest",
            Self::Role => "Role",
            Self::Commitment => "Commitment",
            Self::Contributions => "Contributions",
            Self::Expertise => "Expertise",
            Self::Tags => "Tags",
            Self::Coalitions => "Coalitions",
            Self::Degree => "Degree",
        }
    }
}

#[derive(Default)]
pub struct TableView {
    sort: Option<(StakeholderColumn, bool)>,
}

impl TableView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let mut rows: Vec<&Stakeholder> = cx.map.stakeholders().filter(|s| !cx.shown.is_hidden(&s.id)).collect();
        let (column, ascending) = self.sort.unwrap_or((StakeholderColumn::Name, true));
        rows.sort_by(|a, b| {
            let order = sort_key(cx, a, column).cmp(&sort_key(cx, b, column)).then_with(|| a.id.cmp(&b.id));
            if ascending { order } else { order.reverse() }
        });
        let mut clicked_header = None;
        let mut clicked_row = None;
        TableBuilder::new(ui)
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .columns(Column::auto().at_least(60.0), StakeholderColumn::ALL.len())
            .header(24.0, |mut header| {
                for column in StakeholderColumn::ALL {
                    header.col(|ui| {
                        let arrow = match self.sort {
                            Some((c, true)) if c == column => " ^",
                            Some((c, false)) if c == column => " v",
                            _ => "",
                        };
                        if ui.button(RichText::new(format!("{}{arrow}", column.label())).strong()).clicked() {
                            clicked_header = Some(column);
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(22.0, rows.len(), |mut row| {
                    let s = rows[row.index()];
                    row.set_selected(cx.selection.contains_stakeholder(&s.id));
                    let dimmed = cx.shown.is_dimmed(&s.id);
                    for column in StakeholderColumn::ALL {
                        row.col(|ui| {
                            let text = cell_text(cx, s, column);
                            let text = if dimmed { RichText::new(text).weak() } else { RichText::new(text) };
                            ui.label(text);
                        });
                    }
                    if row.response().clicked() {
                        clicked_row = Some(s.id.clone());
                    }
                });
            });
        if let Some(column) = clicked_header {
            self.sort = Some(match self.sort {
                Some((c, ascending)) if c == column => (column, !ascending),
                _ => (column, true),
            });
        }
        if let Some(id) = clicked_row {
            let toggle = ui.input(|i| i.modifiers.shift || i.modifiers.command);
            if toggle {
                cx.selection.toggle_stakeholder(id);
            } else {
                cx.selection.select_only_stakeholder(id.clone());
                cx.commands.push(Command::CenterOn(id));
            }
        }
    }
}

/// A sortable key: numbers sort as numbers, choices in their own order.
fn sort_key(cx: &ViewContext<'_>, s: &Stakeholder, column: StakeholderColumn) -> (i64, String) {
    match column {
        StakeholderColumn::Kind => (s.kind as i64, String::new()),
        StakeholderColumn::Stance => (s.stance as i64, String::new()),
        StakeholderColumn::Role => (s.role as i64, String::new()),
        StakeholderColumn::Power => (i64::from(s.power), String::new()),
        StakeholderColumn::Interest => (i64::from(s.interest), String::new()),
        StakeholderColumn::Commitment => (i64::from(s.commitment), String::new()),
        StakeholderColumn::Degree => (cx.map.relations_of(&s.id).len() as i64, String::new()),
        _ => (0, cell_text(cx, s, column).to_lowercase()),
    }
}

fn cell_text(cx: &ViewContext<'_>, s: &Stakeholder, column: StakeholderColumn) -> String {
    match column {
        StakeholderColumn::Name => s.name.clone(),
        StakeholderColumn::Kind => s.kind.label().to_owned(),
        StakeholderColumn::Stance => s.stance.label().to_owned(),
        StakeholderColumn::Power => s.power.to_string(),
        StakeholderColumn::Interest => s.interest.to_string(),
        StakeholderColumn::Role => s.role.label().to_owned(),
        StakeholderColumn::Commitment => s.commitment.to_string(),
        StakeholderColumn::Contributions => s.contributions.iter().map(|c| c.label()).collect::<Vec<_>>().join(", "),
        StakeholderColumn::Expertise => s.expertise.join(", "),
        StakeholderColumn::Tags => s.tags.join(", "),
        StakeholderColumn::Coalitions => cx.map.coalitions_of(&s.id).map(|c| c.name.as_str()).collect::<Vec<_>>().join(", "),
        StakeholderColumn::Degree => cx.map.relations_of(&s.id).len().to_string(),
    }
}
