//! Changing the map from the Edit and Map menus: every change as one undo
//! step through the session, undo and redo putting back the selection of
//! their step, deleting, duplicating, pinning, and Arrange, which works out
//! new positions on another thread and lands as one move.

use super::PowermapApp;
use crate::edit::Edit;
use crate::i18n::{tr, tr_with};
use crate::layout::{ArrangeJob, ArrangeStatus};
use crate::model::{ModelError, Position, StakeholderId};
use crate::ui::selection::Selection;

impl PowermapApp {
    /// Applies an edit as one undo step; says so when it cannot be made.
    pub(super) fn apply(&mut self, edit: Edit) {
        // A scene tells the story of the map and changes none of its
        // values: it can be kept while looking back, pinned to that day.
        let of_scenes = matches!(
            edit,
            Edit::AddScene { .. }
                | Edit::UpdateScene(_)
                | Edit::DeleteScene(_)
                | Edit::MoveScene { .. }
        );
        if !of_scenes && self.refused_looking_back(&tr("editing-to-change-the-map")) {
            return;
        }
        if let Err(err) = self.session.apply(edit, &self.selection) {
            self.notify_problem(tr_with(
                "editing-change-failed",
                &[("error", err.to_string().into())],
            ));
        }
    }

    /// Whether the map is shown as of a past day, in which case what was
    /// asked is refused with a word: an edit meant for the past must never
    /// land silently on the present.
    pub(super) fn refused_looking_back(&mut self, what: &str) -> bool {
        let Some(day) = self.time.looking_back() else {
            return false;
        };
        self.notify_problem(tr_with(
            "editing-looking-back",
            &[
                ("day", crate::ui::day_words::day_words(day).into()),
                ("what", what.to_owned().into()),
            ],
        ));
        true
    }

    /// Carries out what the time bar asked for.
    pub(super) fn run_time_requests(&mut self) {
        for request in self.time.take_requests() {
            match request {
                super::super::timeline::TimeRequest::MarkCheckpoint(checkpoint) => {
                    let name = checkpoint.name.clone();
                    let day = checkpoint.date;
                    match self
                        .session
                        .apply(Edit::AddCheckpoint(checkpoint), &self.selection)
                    {
                        Ok(()) => {
                            self.notify(tr_with(
                                "editing-checkpoint-marked",
                                &[
                                    ("name", name.into()),
                                    ("day", crate::ui::day_words::day_words(day).into()),
                                ],
                            ));
                        }
                        Err(err) => self.notify_problem(tr_with(
                            "editing-checkpoint-failed",
                            &[("error", err.to_string().into())],
                        )),
                    }
                }
            }
        }
    }

    pub(super) fn undo(&mut self) {
        if self.refused_looking_back(&tr("editing-to-undo")) {
            return;
        }
        let undone = self.session.undo(&self.selection);
        self.went_through_history(
            undone,
            "editing-undid",
            "editing-nothing-to-undo",
            "editing-could-not-undo",
        );
    }

    pub(super) fn redo(&mut self) {
        if self.refused_looking_back(&tr("editing-to-redo")) {
            return;
        }
        let redone = self.session.redo();
        self.went_through_history(
            redone,
            "editing-redid",
            "editing-nothing-to-redo",
            "editing-could-not-redo",
        );
    }

    /// Puts back the selection of the step undone or redone, and says what
    /// it was, in the words of the ids `done`, `nothing` and `failed`.
    fn went_through_history(
        &mut self,
        result: Result<Option<(String, Option<Selection>)>, ModelError>,
        done: &str,
        nothing: &str,
        failed: &str,
    ) {
        match result {
            Ok(Some((label, selection))) => {
                if let Some(selection) = selection {
                    self.selection = selection;
                }
                self.notify(tr_with(done, &[("step", label.into())]));
            }
            Ok(None) => self.notify(tr(nothing)),
            Err(err) => self.fail(tr_with(failed, &[("error", err.to_string().into())])),
        }
    }

    pub(super) fn delete_selection(&mut self) {
        let map = self.session.map();
        // Relations first: a deleted stakeholder takes its own relations along.
        let mut edits: Vec<Edit> = self
            .selection
            .relations
            .iter()
            .filter(|id| {
                map.relation(id).is_some_and(|r| {
                    !self.selection.contains_stakeholder(&r.from)
                        && !self.selection.contains_stakeholder(&r.to)
                })
            })
            .map(|id| Edit::DeleteRelation(id.clone()))
            .collect();
        edits.extend(
            self.selection
                .stakeholders
                .iter()
                .map(|id| Edit::DeleteStakeholder(id.clone())),
        );
        match edits.len() {
            0 => {}
            1 => self.apply(edits.remove(0)),
            _ => self.apply(Edit::Batch(edits)),
        }
        self.selection.retain_existing(self.session.map());
    }

    pub(super) fn duplicate_selection(&mut self) {
        let offset = Position::new(40.0, 40.0);
        if let Some(paste) =
            crate::clipboard::duplicate(self.session.map(), &self.selection.stakeholders, offset)
        {
            self.apply(paste.edit);
            self.select_added(paste.added);
        }
    }

    pub(super) fn select_added(&mut self, added: Vec<StakeholderId>) {
        self.selection.clear();
        self.selection.anchor = added.first().cloned();
        self.selection.stakeholders = added.into_iter().collect();
    }

    pub(super) fn select_all(&mut self) {
        self.selection.stakeholders = self
            .session
            .map()
            .stakeholders()
            .map(|s| s.id.clone())
            .collect();
        self.selection.relations.clear();
        self.selection.anchor = self.selection.stakeholders.iter().next().cloned();
    }

    pub(super) fn toggle_pins(&mut self) {
        let edits: Vec<Edit> = self
            .selection
            .stakeholders
            .iter()
            .filter_map(|id| self.session.map().stakeholder(id))
            .map(|s| {
                let mut changed = s.clone();
                changed.pinned = !changed.pinned;
                Edit::UpdateStakeholder(changed)
            })
            .collect();
        if !edits.is_empty() {
            self.apply(Edit::Batch(edits));
        }
    }

    pub(super) fn start_arranging(&mut self) {
        if self.arranging.is_some() {
            self.notify(tr("editing-still-arranging"));
        } else if self.session.map().stakeholder_count() < 2 {
            self.notify(tr("editing-nothing-to-arrange"));
        } else {
            let doc = self.session.doc();
            self.arranging = Some(ArrangeJob::start(doc.map(), doc.generation()));
            self.notify(tr("editing-arranging"));
        }
    }

    /// Takes Arrange's result once its thread is done: one move, one undo
    /// step, which the canvas then animates into place.
    pub(super) fn poll_arrange(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.arranging else {
            return;
        };
        match job.poll() {
            ArrangeStatus::Running => {
                // Look again soon; nothing is drawn meanwhile unless asked.
                ctx.request_repaint_after(std::time::Duration::from_millis(30));
            }
            ArrangeStatus::Failed => {
                self.arranging = None;
                self.fail(tr("editing-arrange-failed"));
            }
            ArrangeStatus::Done(moves) => {
                let started_on = job.generation;
                self.arranging = None;
                if started_on != self.session.doc().generation() {
                    self.notify(tr("editing-arrange-outdated"));
                } else if moves.is_empty() {
                    self.notify(tr("editing-nothing-to-arrange"));
                } else {
                    let map = self.session.map();
                    let from: Vec<_> = moves
                        .iter()
                        .filter_map(|(id, _)| Some((id.clone(), map.stakeholder(id)?.position)))
                        .collect();
                    self.apply(Edit::Move(moves));
                    let doc = self.session.doc();
                    self.canvas.animate_from(doc.map(), &from, doc.generation());
                    self.canvas.fit_all();
                    self.notify(tr("editing-arranged"));
                }
            }
        }
    }
}
