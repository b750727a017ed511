//! `powermap export`: a map for another tool or other hands, in the format
//! the output's extension names: CSV, GraphML, a map file (or a copy for
//! sharing without confidential notes), or a picture of a view or a scene.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use super::{PictureArgs, Usage, load, stakeholders_and_relations};
use crate::exchange::share::{Removed, ShareOptions, check_share_target, share_copy};
use crate::file;
use crate::i18n::{tr, tr_with};
use crate::model::Day;
use crate::ui::View;
use crate::ui::picture::{self, PictureFormat, RenderOptions};

/// What `export` writes, by the output's extension.
enum ExportFormat {
    Csv,
    GraphMl,
    Ron,
    Picture {
        format: PictureFormat,
        view: View,
        options: Box<RenderOptions>,
    },
    /// A presentation scene, by its index (from 0), at a size in pixels.
    Scene {
        format: PictureFormat,
        index: usize,
        size: (u32, u32),
    },
}

/// The format an output's extension names. One that names none is an
/// error; picture options for an output that is no picture are a
/// [`Usage`] error.
fn export_format(output: &Path, picture: &PictureArgs, today: Day) -> anyhow::Result<ExportFormat> {
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    let format = match extension.as_deref() {
        Some("csv") => ExportFormat::Csv,
        Some("graphml") => ExportFormat::GraphMl,
        Some("ron") => ExportFormat::Ron,
        Some("png" | "svg") => {
            let format = PictureFormat::of_path(output).unwrap_or(PictureFormat::Png);
            if let Some(number) = picture.scene {
                let width = picture.width.unwrap_or(picture::DEFAULT_WIDTH);
                let height = picture.height.unwrap_or_else(|| (width * 9).div_ceil(16));
                return Ok(ExportFormat::Scene {
                    format,
                    index: number - 1,
                    size: (width, height),
                });
            }
            let (view, options) = picture.options(today);
            return Ok(ExportFormat::Picture {
                format,
                view,
                options: Box::new(options),
            });
        }
        _ => bail!(tr("cli-export-formats")),
    };
    if *picture != PictureArgs::default() {
        return Err(Usage(tr("cli-picture-options-only")).into());
    }
    Ok(format)
}

/// Writes the map at `path` to `output`.
pub(super) fn export(
    path: &Path,
    output: &Path,
    picture: &PictureArgs,
    share: Option<ShareOptions>,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    // The command line's edge: the one place an export reads the calendar.
    let today = Day::today();
    let format =
        export_format(output, picture, today).with_context(|| output.display().to_string())?;
    let mut map = load(path)?;
    if let Some(options) = share {
        let (copy, removed) = share_copy(&map, options).map_err(anyhow::Error::msg)?;
        check_share_target(Some(path), output, &copy)?;
        map = copy;
        write!(out, "{}", removed_report(&removed))?;
    }
    let report = match format {
        ExportFormat::Ron => {
            super::check_fits(&map, output)?;
            file::save_file(&map, output)?;
            wrote(output, &stakeholders_and_relations(&map))
        }
        ExportFormat::GraphMl => {
            let text = crate::exchange::graphml::export(&map);
            file::write_atomically(output, text.as_bytes())?;
            wrote(output, &stakeholders_and_relations(&map))
        }
        ExportFormat::Picture {
            format,
            view,
            mut options,
        } => {
            let shown = super::dated::dated(&map, picture, &mut options);
            let drawn = picture::write(&shown, view, &options, format, output)
                .map_err(anyhow::Error::msg)?;
            let (width, height) = drawn.size();
            let days = options
                .days
                .as_ref()
                .map(|days| format!(", {}", crate::ui::scene_days::in_sentence(days)))
                .unwrap_or_default();
            let said = tr_with(
                "cli-exported-picture",
                &[
                    ("path", output.display().to_string().into()),
                    ("view", view.label().into()),
                    ("count", map.stakeholder_count().into()),
                    ("width", width.into()),
                    ("height", height.into()),
                    ("days", days.into()),
                ],
            );
            format!("{said}\n")
        }
        ExportFormat::Scene {
            format,
            index,
            size,
        } => {
            let drawn = picture::write_scene(&map, index, size, today, format, output)
                .map_err(anyhow::Error::msg)?;
            let (width, height) = drawn.size();
            let title = map
                .scenes()
                .get(index)
                .map_or_else(String::new, |scene| scene.title.clone());
            let said = tr_with(
                "cli-exported-scene",
                &[
                    ("path", output.display().to_string().into()),
                    ("number", (index + 1).into()),
                    ("count", map.scenes().len().into()),
                    ("title", title.into()),
                    ("width", width.into()),
                    ("height", height.into()),
                ],
            );
            format!("{said}\n")
        }
        ExportFormat::Csv => {
            let relations = crate::exchange::csv::write_files(&map, output)?;
            let stakeholders = tr_with(
                "count-stakeholders",
                &[("count", map.stakeholder_count().into())],
            );
            let relation_count =
                tr_with("count-relations", &[("count", map.relation_count().into())]);
            wrote(output, &stakeholders) + &wrote(&relations, &relation_count)
        }
    };
    write!(out, "{report}")?;
    Ok(ExitCode::SUCCESS)
}

/// What a copy for sharing left out, in a few lines.
pub fn removed_report(removed: &Removed) -> String {
    let mut report = String::new();
    if removed.confidential_notes.is_empty() {
        report.push_str(&tr("cli-share-no-notes"));
        report.push('\n');
    } else {
        let _ = writeln!(
            report,
            "{}",
            tr_with(
                "cli-share-left-out-notes",
                &[("names", removed.confidential_notes.join(", ").into())],
            )
        );
    }
    for (name, replacement) in &removed.renamed {
        let _ = writeln!(
            report,
            "{}",
            tr_with(
                "cli-share-renamed",
                &[
                    ("name", name.clone().into()),
                    ("replacement", replacement.clone().into()),
                ],
            )
        );
    }
    if removed.confidential_sources > 0 {
        let _ = writeln!(
            report,
            "{}",
            tr_with(
                "cli-share-left-out-sources",
                &[("count", removed.confidential_sources.into())],
            )
        );
    }
    if removed.confidential_contacts > 0 {
        let _ = writeln!(
            report,
            "{}",
            tr_with(
                "cli-share-left-out-contacts",
                &[("count", removed.confidential_contacts.into())],
            )
        );
    }
    if let Some((values, checkpoints)) = removed.history {
        let _ = writeln!(
            report,
            "{}",
            crate::i18n::tr_with(
                "share-history-left-out",
                &[
                    ("values", values.into()),
                    ("checkpoints", checkpoints.into())
                ]
            )
        );
    }
    report
}

/// A line saying what was written to `path`.
fn wrote(path: &std::path::Path, what: &str) -> String {
    tr_with(
        "cli-wrote",
        &[
            ("path", path.display().to_string().into()),
            ("what", what.into()),
        ],
    ) + "\n"
}
