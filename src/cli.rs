//! The command line: open the app, or check, format, count, export,
//! import, compare and merge map files headless.
//!
//! Exit codes: 0 when everything is fine, 1 when a file is invalid, not
//! canonical or cannot be read or written, 2 when the command line itself is
//! wrong (unknown command or option). `diff` and `merge` say more with
//! theirs (see their help).

#![allow(clippy::print_stdout)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::analysis;
use crate::exchange::incoming::title_of;
use crate::exchange::share::{Removed, ShareOptions, share_copy};
use crate::file;
use crate::model::{Kind, Map, RelationKind, Role, Stance};
use crate::ui::View;
use crate::ui::picture::{self, PictureFormat, PictureTheme, RenderOptions};

/// Powermap: draw and analyse stakeholder maps for coalitions.
///
/// With no command, opens the map editor on FILE (or on the map opened
/// last, or on a bundled example).
#[derive(Parser, Debug)]
#[command(name = "powermap", version, args_conflicts_with_subcommands = true)]
#[command(
    after_help = "Exit codes: 0 success, 1 invalid or unreadable file, 2 bad command line (diff and merge: see their help)."
)]
pub struct Cli {
    /// A map file (.ron) to open in the editor.
    #[arg(value_parser = map_file)]
    pub file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Accepts a file to open in the editor: one that exists, or a `.ron` path.
/// Any other word is most likely a mistyped command, so it is refused with
/// exit code 2 instead of opening the editor on a file that is not there.
fn map_file(arg: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(arg);
    let is_ron = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"));
    if is_ron || path.exists() {
        Ok(path)
    } else {
        Err("there is no such file, and no such command (see `powermap --help`)".to_owned())
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check that map files are valid; prints one line per file.
    ///
    /// Exits with 1 if any file is invalid, with the reason on stderr.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite map files in canonical form (stable order, one field per line).
    Fmt {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Change nothing; exit with 1 if any file is not in canonical form.
        #[arg(long)]
        check: bool,
    },
    /// Count stakeholders by kind, stance and role, and relations by kind;
    /// then analyse the map: influence paths to each target, brokers,
    /// central actors, gaps and each coalition's four-Cs checklist (Markdown).
    Stats {
        file: PathBuf,
        /// Print JSON for other programs instead of text.
        #[arg(long)]
        json: bool,
        /// Print only the routes to this stakeholder (a name or an id).
        #[arg(long, value_name = "NAME")]
        target: Option<String>,
        /// Start routes from this coalition's members only (a name or an id).
        #[arg(long, value_name = "NAME")]
        coalition: Option<String>,
    },
    /// Export a map for another tool or other hands; the format follows
    /// OUT's extension.
    ///
    /// `.csv`: the stakeholders go to OUT and the relations to
    /// NAME.relations.csv beside it (see docs/CSV.md). `.graphml`: for yEd
    /// and Gephi, without confidential notes. `.ron`: a map file,
    /// with --share a copy without confidential notes. `.png` or `.svg`: a
    /// picture of the network (the whole map), the grid or the spectrum, as
    /// the app draws it, with the map's title and the legend; or, with
    /// --scene N, scene N as presenting shows it (see docs/PICTURES.md).
    Export {
        file: PathBuf,
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// A copy for sharing outside the coalition: no confidential notes.
        #[arg(long)]
        share: bool,
        /// With --share: replace individuals' names with "Individual N (role)".
        #[arg(long, requires = "share")]
        hide_individuals: bool,
        #[command(flatten)]
        picture: PictureArgs,
    },
    /// List what changed from OLD to NEW: stakeholders, relations,
    /// coalitions and settings added, removed or changed, field by field.
    ///
    /// Exits with 0 when the maps are the same, 1 when they differ, 2 when
    /// a file cannot be read (as `diff` does).
    Diff { old: PathBuf, new: PathBuf },
    /// Make a new map file from a spreadsheet's stakeholders and relations,
    /// or from a GraphML file (yEd, Gephi, Powermap); the format follows
    /// FILE's extension.
    ///
    /// Rows, nodes and edges that cannot be read are listed with their line
    /// and reason; then nothing is written unless --accept-partial is
    /// given. What was read differently (an attribute kept in the notes, a
    /// yEd group read flat) is listed too, and does not stop the import.
    Import {
        /// The stakeholders CSV file, or a `.graphml` file.
        #[arg(value_name = "FILE")]
        stakeholders: PathBuf,
        /// With a CSV file, the relations CSV file (default:
        /// NAME.relations.csv beside the stakeholders file, when there is
        /// one). A GraphML file holds its relations itself.
        relations: Option<PathBuf>,
        /// The map file to write; it must not exist yet.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Write the map with the rows that could be read, leaving out the others.
        #[arg(long)]
        accept_partial: bool,
    },
    /// Merge two versions of a map that grew apart from a common ancestor
    /// (two git branches, two copies in a shared folder) into OUT.
    ///
    /// Changes to different stakeholders, relations, coalitions or fields
    /// all come through. Where both versions changed the same field, or one
    /// deleted what the other changed, OURS's value is kept, the
    /// stakeholders concerned are tagged merge-conflict and the map's notes
    /// list each conflict. As a git merge driver:
    /// `powermap merge %O %A %B -o %A` (see docs/MERGE.md).
    ///
    /// Exits with 0 when the merge is clean, 1 when conflicts were written
    /// into OUT, 2 when a file cannot be read or OUT cannot be written.
    Merge {
        /// The common ancestor both versions started from (an empty file
        /// counts as an empty map, as git gives when both added the file).
        base: PathBuf,
        /// This version: conflicts keep its values.
        ours: PathBuf,
        /// The other version.
        theirs: PathBuf,
        /// The merged map file (may be OURS, as git's merge driver asks).
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
    },
}

/// How a picture (`export -o NAME.png` or `NAME.svg`) is drawn.
#[derive(clap::Args, Debug, Default, PartialEq)]
pub struct PictureArgs {
    /// For a picture, the view to draw: network, grid or spectrum [default: network].
    #[arg(long, value_name = "VIEW", value_parser = picture_view)]
    pub view: Option<View>,
    /// For a picture, its width in pixels [default: 1920].
    #[arg(long, value_name = "PIXELS", value_parser = picture_side)]
    pub width: Option<u32>,
    /// For a picture, its height in pixels [default: 10/16 of the width].
    #[arg(long, value_name = "PIXELS", value_parser = picture_side)]
    pub height: Option<u32>,
    /// For a picture, light or dark [default: light].
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<PictureThemeArg>,
    /// For a picture, leave the legend out.
    #[arg(long)]
    pub no_legend: bool,
    /// For a picture, scene N of the map (from 1) as presenting shows it on
    /// a screen of the picture's size [default: 1920×1080], in the
    /// projector look with its caption; instead of --view.
    #[arg(long, value_name = "N", value_parser = scene_number, conflicts_with_all = ["view", "theme", "no_legend"])]
    pub scene: Option<usize>,
}

/// A picture's look, as the command line names it.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureThemeArg {
    Light,
    Dark,
}

impl PictureArgs {
    fn options(&self) -> (View, RenderOptions) {
        let width = self.width.unwrap_or(picture::DEFAULT_WIDTH);
        let options = RenderOptions {
            width,
            height: self
                .height
                .unwrap_or_else(|| picture::default_height(width)),
            theme: match self.theme {
                Some(PictureThemeArg::Dark) => PictureTheme::Dark,
                Some(PictureThemeArg::Light) | None => PictureTheme::Light,
            },
            legend: !self.no_legend,
            ..RenderOptions::default()
        };
        (self.view.unwrap_or(View::Network), options)
    }
}

/// The views a picture can be of; the table is refused by name.
fn picture_view(arg: &str) -> Result<View, String> {
    match arg.trim().to_lowercase().as_str() {
        "network" => Ok(View::Network),
        "grid" => Ok(View::Grid),
        "spectrum" => Ok(View::Spectrum),
        "table" => Err(
            "the table has no picture; choose network, grid or spectrum (or export the table with -o NAME.csv)"
                .to_owned(),
        ),
        _ => Err("choose network, grid or spectrum".to_owned()),
    }
}

/// A scene's number as the presentation counts them, from 1.
fn scene_number(arg: &str) -> Result<usize, String> {
    match arg.trim().parse::<usize>() {
        Ok(number) if number >= 1 => Ok(number),
        _ => Err("give the scene's number as presenting counts them, from 1".to_owned()),
    }
}

fn picture_side(arg: &str) -> Result<u32, String> {
    let range = picture::SIDE_RANGE;
    match arg.trim().parse::<u32>() {
        Ok(pixels) if range.contains(&pixels) => Ok(pixels),
        _ => Err(format!(
            "give a whole number of pixels from {} to {}",
            range.start(),
            range.end()
        )),
    }
}

/// Parses the command line and runs it; the binary's whole `main`.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command),
        None => crate::ui::run(cli.file),
    }
}

/// Runs one headless command.
pub fn run(command: Command) -> ExitCode {
    let stdout = &mut std::io::stdout().lock();
    let stderr = &mut std::io::stderr().lock();
    let ok = match command {
        // Diff and merge have exit codes of their own.
        Command::Diff { old, new } => return diff(&old, &new, stdout, stderr),
        Command::Merge {
            base,
            ours,
            theirs,
            output,
        } => return merge(&base, &ours, &theirs, &output, stdout, stderr),
        Command::Check { files } => check(&files, stdout, stderr),
        Command::Fmt { files, check } => format_files(&files, check, stdout, stderr),
        Command::Stats {
            file,
            json,
            target,
            coalition,
        } => stats(
            &file,
            json,
            target.as_deref(),
            coalition.as_deref(),
            stdout,
            stderr,
        ),
        Command::Export {
            file,
            output,
            share,
            hide_individuals,
            picture,
        } => {
            let format = match export_format(&output, &picture) {
                Ok(format) => format,
                Err((code, message)) => {
                    let _ = writeln!(stderr, "{}: {message}", output.display());
                    return code;
                }
            };
            export(
                &file,
                &output,
                format,
                share.then_some(ShareOptions { hide_individuals }),
                stdout,
                stderr,
            )
        }
        Command::Import {
            stakeholders,
            relations,
            output,
            accept_partial,
        } if is_graphml(&stakeholders) => {
            if relations.is_some() {
                let _ = writeln!(
                    stderr,
                    "a GraphML file holds its relations itself; name only the .graphml file"
                );
                return ExitCode::from(2);
            }
            import_graphml(&stakeholders, &output, accept_partial, stdout, stderr)
        }
        Command::Import {
            stakeholders,
            relations,
            output,
            accept_partial,
        } => import(
            &stakeholders,
            relations.as_deref(),
            &output,
            accept_partial,
            stdout,
            stderr,
        ),
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn check(files: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> bool {
    let mut all_valid = true;
    for path in files {
        match file::load_file(path) {
            Ok(map) => {
                let _ = writeln!(
                    out,
                    "{}: ok ({} stakeholders, {} relations, {} coalitions)",
                    path.display(),
                    map.stakeholder_count(),
                    map.relation_count(),
                    map.coalition_count()
                );
            }
            Err(error) => {
                all_valid = false;
                let _ = writeln!(out, "{}: invalid", path.display());
                let _ = writeln!(err, "{}: {error}", path.display());
            }
        }
    }
    all_valid
}

fn format_files(
    files: &[PathBuf],
    check_only: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let mut all_fine = true;
    for path in files {
        match format_one(path, check_only) {
            Ok(FormatOutcome::Canonical) => {
                let _ = writeln!(out, "{}: canonical", path.display());
            }
            Ok(FormatOutcome::Rewritten) => {
                let _ = writeln!(out, "{}: rewritten", path.display());
            }
            Ok(FormatOutcome::NotCanonical) => {
                all_fine = false;
                let _ = writeln!(out, "{}: not canonical", path.display());
            }
            Err(message) => {
                all_fine = false;
                let _ = writeln!(err, "{}: {message}", path.display());
            }
        }
    }
    all_fine
}

enum FormatOutcome {
    Canonical,
    Rewritten,
    NotCanonical,
}

fn format_one(path: &Path, check_only: bool) -> Result<FormatOutcome, String> {
    let map = file::load_file(path).map_err(|e| e.to_string())?;
    let canonical = file::to_ron_string(&map).map_err(|e| e.to_string())?;
    let current = std::fs::read(path).map_err(|e| e.to_string())?;
    if current == canonical.as_bytes() {
        Ok(FormatOutcome::Canonical)
    } else if check_only {
        Ok(FormatOutcome::NotCanonical)
    } else {
        file::write_atomically(path, canonical.as_bytes()).map_err(|e| e.to_string())?;
        Ok(FormatOutcome::Rewritten)
    }
}

/// Counts of a map's items, as `powermap stats` reports them.
#[derive(Debug, serde::Serialize)]
pub struct Stats {
    pub title: String,
    pub stakeholders: usize,
    pub relations: usize,
    pub coalitions: usize,
    pub by_kind: BTreeMap<String, usize>,
    pub by_stance: BTreeMap<String, usize>,
    pub by_role: BTreeMap<String, usize>,
    pub relations_by_kind: BTreeMap<String, usize>,
}

impl Stats {
    pub fn of(map: &Map) -> Self {
        let count = |labels: Vec<String>| {
            let mut counts = BTreeMap::new();
            for label in labels {
                *counts.entry(label).or_insert(0) += 1;
            }
            counts
        };
        Self {
            title: map.title().to_owned(),
            stakeholders: map.stakeholder_count(),
            relations: map.relation_count(),
            coalitions: map.coalition_count(),
            by_kind: count(
                map.stakeholders()
                    .map(|s| s.kind.label().to_owned())
                    .collect(),
            ),
            by_stance: count(
                map.stakeholders()
                    .map(|s| s.stance.label().to_owned())
                    .collect(),
            ),
            by_role: count(
                map.stakeholders()
                    .map(|s| s.role.label().to_owned())
                    .collect(),
            ),
            relations_by_kind: count(map.relations().map(|r| r.kind.label().to_owned()).collect()),
        }
    }

    /// A plain-text report, the categories in the order the app lists them.
    pub fn to_text(&self) -> String {
        let mut text = format!(
            "{}\n{} stakeholders, {} relations, {} coalitions\n",
            self.title, self.stakeholders, self.relations, self.coalitions
        );
        let section = |text: &mut String,
                       heading: &str,
                       labels: Vec<&str>,
                       counts: &BTreeMap<String, usize>| {
            let _ = writeln!(text, "\n{heading}");
            let mut listed: Vec<&str> = labels
                .into_iter()
                .filter(|l| counts.contains_key(*l))
                .collect();
            // Custom relation kinds come after the built-in ones, alphabetically.
            listed.extend(
                counts
                    .keys()
                    .map(String::as_str)
                    .filter(|k| !listed.contains(k))
                    .collect::<Vec<_>>(),
            );
            for label in listed {
                let _ = writeln!(text, "  {label:<22}{:>5}", counts[label]);
            }
        };
        section(
            &mut text,
            "By kind",
            Kind::ALL.iter().map(|k| k.label()).collect(),
            &self.by_kind,
        );
        section(
            &mut text,
            "By stance",
            Stance::ALL.iter().map(|s| s.label()).collect(),
            &self.by_stance,
        );
        section(
            &mut text,
            "By role",
            Role::ALL.iter().map(|r| r.label()).collect(),
            &self.by_role,
        );
        section(
            &mut text,
            "Relations by kind",
            RelationKind::BUILT_IN
                .iter()
                .map(RelationKind::label)
                .collect(),
            &self.relations_by_kind,
        );
        text
    }
}

fn stats(
    path: &Path,
    json: bool,
    target: Option<&str>,
    coalition: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let map = match file::load_file(path) {
        Ok(map) => map,
        Err(error) => {
            let _ = writeln!(err, "{}: {error}", path.display());
            return false;
        }
    };
    match stats_report(&map, json, target, coalition) {
        Ok(text) => out.write_all(text.as_bytes()).is_ok(),
        Err(message) => {
            let _ = writeln!(err, "{}: {message}", path.display());
            false
        }
    }
}

/// What `stats` prints: the counts and the analysis, or one target's routes.
pub fn stats_report(
    map: &Map,
    json: bool,
    target: Option<&str>,
    coalition: Option<&str>,
) -> Result<String, String> {
    let scope = match coalition {
        Some(name) => analysis::Scope::Coalition(analysis::find_coalition(map, name)?),
        None => analysis::Scope::AllCoalitions,
    };
    let options = analysis::Options {
        scope,
        ..analysis::Options::default()
    };
    if let Some(name) = target {
        let id = analysis::find_stakeholder(map, name)?;
        let paths = analysis::influence_paths(map, &options.scope, options.routes_per_target);
        let routes = paths
            .target(&id)
            .cloned()
            .or_else(|| analysis::paths_to(map, &options.scope, &id, options.routes_per_target))
            .ok_or_else(|| format!("no stakeholder has the id “{id}”"))?;
        return if json {
            pretty_json(&routes)
        } else {
            Ok(analysis::report::target_markdown(map, &paths, &routes))
        };
    }
    let stats = Stats::of(map);
    let analysis = analysis::analyse(map, &options);
    if json {
        #[derive(serde::Serialize)]
        struct WithAnalysis<'a> {
            #[serde(flatten)]
            counts: &'a Stats,
            analysis: &'a analysis::Analysis,
        }
        pretty_json(&WithAnalysis {
            counts: &stats,
            analysis: &analysis,
        })
    } else {
        Ok(format!(
            "{}\n{}",
            stats.to_text(),
            analysis::report::markdown(map, &analysis)
        ))
    }
}

fn pretty_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|text| text + "\n")
        .map_err(|error| error.to_string())
}

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

/// The format an output's extension names, or the exit code and message
/// for one that names none or does not go with the picture options.
fn export_format(output: &Path, picture: &PictureArgs) -> Result<ExportFormat, (ExitCode, String)> {
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
            let (view, options) = picture.options();
            return Ok(ExportFormat::Picture {
                format,
                view,
                options: Box::new(options),
            });
        }
        _ => {
            return Err((
                ExitCode::FAILURE,
                "Powermap exports to .csv (stakeholders and relations), .graphml (yEd, Gephi), .ron (a map file, with --share a copy for sharing), .png or .svg (a picture); name the output accordingly".to_owned(),
            ));
        }
    };
    if *picture != PictureArgs::default() {
        return Err((
            ExitCode::from(2),
            "--view, --scene, --width, --height, --theme and --no-legend are for pictures; name the output NAME.png or NAME.svg".to_owned(),
        ));
    }
    Ok(format)
}

fn export(
    path: &Path,
    output: &Path,
    format: ExportFormat,
    share: Option<ShareOptions>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let mut map = match file::load_file(path) {
        Ok(map) => map,
        Err(error) => {
            let _ = writeln!(err, "{}: {error}", path.display());
            return false;
        }
    };
    if let Some(options) = share {
        match share_copy(&map, options) {
            Ok((copy, removed)) => {
                map = copy;
                let _ = write!(out, "{}", removed_report(&removed));
            }
            Err(message) => {
                let _ = writeln!(err, "{message}");
                return false;
            }
        }
    }
    let written = match format {
        ExportFormat::Ron => file::save_file(&map, output).map(|()| {
            format!(
                "{}: {} stakeholders, {} relations\n",
                output.display(),
                map.stakeholder_count(),
                map.relation_count()
            )
        }),
        ExportFormat::GraphMl => {
            let text = crate::exchange::graphml::export(&map);
            file::write_atomically(output, text.as_bytes()).map(|()| {
                format!(
                    "{}: {} stakeholders, {} relations\n",
                    output.display(),
                    map.stakeholder_count(),
                    map.relation_count()
                )
            })
        }
        ExportFormat::Picture {
            format,
            view,
            options,
        } => match picture::write(&map, view, &options, format, output) {
            Ok(drawn) => {
                let (width, height) = drawn.size();
                Ok(format!(
                    "{}: {} of {} stakeholders, {width}×{height} pixels\n",
                    output.display(),
                    view.label(),
                    map.stakeholder_count(),
                ))
            }
            Err(message) => {
                let _ = writeln!(err, "{message}");
                return false;
            }
        },
        ExportFormat::Scene {
            format,
            index,
            size,
        } => match picture::write_scene(&map, index, size, format, output) {
            Ok(drawn) => {
                let (width, height) = drawn.size();
                Ok(format!(
                    "{}: scene {} of {}, “{}”, {width}×{height} pixels\n",
                    output.display(),
                    index + 1,
                    map.scenes().len(),
                    map.scenes()
                        .get(index)
                        .map_or("", |scene| scene.title.as_str()),
                ))
            }
            Err(message) => {
                let _ = writeln!(err, "{message}");
                return false;
            }
        },
        ExportFormat::Csv => {
            let pair = crate::exchange::csv::export(&map);
            let relations = crate::exchange::csv::relations_path(output);
            file::write_atomically(output, pair.stakeholders.as_bytes())
                .and_then(|()| file::write_atomically(&relations, pair.relations.as_bytes()))
                .map(|()| {
                    format!(
                        "{}: {} stakeholders\n{}: {} relations\n",
                        output.display(),
                        map.stakeholder_count(),
                        relations.display(),
                        map.relation_count()
                    )
                })
        }
    };
    match written {
        Ok(report) => {
            let _ = write!(out, "{report}");
            true
        }
        Err(error) => {
            let _ = writeln!(err, "{error}");
            false
        }
    }
}

/// What a copy for sharing left out, in a few lines.
pub fn removed_report(removed: &Removed) -> String {
    let mut report = String::new();
    if removed.confidential_notes.is_empty() {
        report.push_str("No confidential notes to leave out.\n");
    } else {
        let _ = writeln!(
            report,
            "Left out the confidential notes of: {}",
            removed.confidential_notes.join(", ")
        );
    }
    for (name, replacement) in &removed.renamed {
        let _ = writeln!(report, "Renamed “{name}” to “{replacement}”");
    }
    report
}

fn import(
    stakeholders: &Path,
    relations: Option<&Path>,
    output: &Path,
    accept_partial: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    if already_there(output, err) {
        return false;
    }
    let texts = crate::exchange::csv::read_files(stakeholders, relations);
    let (people, links) = match texts {
        Ok(texts) => texts,
        Err(message) => {
            let _ = writeln!(err, "{message}");
            return false;
        }
    };
    let imported = match crate::exchange::csv::import(&people, links.as_deref()) {
        Ok(imported) => imported,
        Err(error) => {
            let _ = writeln!(err, "{error}");
            return false;
        }
    };
    for rejected in &imported.rejected {
        let _ = writeln!(err, "{rejected}");
    }
    if !imported.unknown_columns.is_empty() {
        let _ = writeln!(
            err,
            "columns left out (Powermap has no such field): {}",
            imported.unknown_columns.join(", ")
        );
    }
    if !imported.rejected.is_empty() && !accept_partial {
        let _ = writeln!(
            err,
            "{} rows could not be read; nothing was written. Fix them, or run again with --accept-partial to import the others.",
            imported.rejected.len()
        );
        return false;
    }
    let map =
        crate::exchange::csv::to_map(&title_of(stakeholders), &imported).map_err(|e| e.to_string());
    write_new_map(map, output, out, err)
}

/// Refuses to write an imported map over a file that is there already.
fn already_there(output: &Path, err: &mut dyn Write) -> bool {
    let there = output.exists();
    if there {
        let _ = writeln!(
            err,
            "{}: already exists; name a new file for the imported map",
            output.display()
        );
    }
    there
}

/// Saves a map an import made and says what it holds.
fn write_new_map(
    map: Result<Map, String>,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let map = match map {
        Ok(map) => map,
        Err(message) => {
            let _ = writeln!(err, "{message}");
            return false;
        }
    };
    if let Err(error) = file::save_file(&map, output) {
        let _ = writeln!(err, "{error}");
        return false;
    }
    let _ = writeln!(
        out,
        "{}: {} stakeholders, {} relations",
        output.display(),
        map.stakeholder_count(),
        map.relation_count()
    );
    true
}

fn is_graphml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("graphml"))
}

fn import_graphml(
    path: &Path,
    output: &Path,
    accept_partial: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    use crate::exchange::graphml;
    if already_there(output, err) {
        return false;
    }
    let imported = graphml::read::read_file(path)
        .map_err(|e| e.to_string())
        .and_then(|text| graphml::import(&text).map_err(|e| format!("{}: {e}", path.display())));
    let imported = match imported {
        Ok(imported) => imported,
        Err(message) => {
            let _ = writeln!(err, "{message}");
            return false;
        }
    };
    let _ = write!(err, "{}", graphml::read::report_text(&imported.report));
    let left_out = imported.report.left_out_count();
    if left_out > 0 && !accept_partial {
        let _ = writeln!(
            err,
            "{} could not be read; nothing was written. Fix the file, or run again with --accept-partial to import the rest.",
            if left_out == 1 {
                "1 item".to_owned()
            } else {
                format!("{left_out} items")
            }
        );
        return false;
    }
    let map = imported.to_map(&title_of(path)).map_err(|e| e.to_string());
    write_new_map(map, output, out, err)
}

/// Reads a version for a merge; an empty file (git's common ancestor of a
/// file both branches added) is an empty map.
fn merge_input(path: &Path) -> Result<Map, String> {
    let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    if empty {
        return Ok(Map::new(""));
    }
    file::load_file(path).map_err(|error| format!("{}: {error}", path.display()))
}

fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let versions =
        merge_input(base).and_then(|b| Ok((b, merge_input(ours)?, merge_input(theirs)?)));
    let merged = versions
        .and_then(|(b, o, t)| crate::exchange::merge::merge(&b, &o, &t).map_err(|e| e.to_string()));
    let merged = match merged {
        Ok(merged) => merged,
        Err(message) => {
            let _ = writeln!(err, "{message}");
            return ExitCode::from(2);
        }
    };
    // No backup beside OUT: git hands the driver temporary files in the
    // working tree, and a backup there would be a stray file.
    let written = file::to_ron_string(&merged.map)
        .map_err(|e| e.to_string())
        .and_then(|text| {
            file::write_atomically(output, text.as_bytes()).map_err(|e| e.to_string())
        });
    if let Err(message) = written {
        let _ = writeln!(err, "{message}");
        return ExitCode::from(2);
    }
    let _ = writeln!(
        out,
        "Merged {} and {} (common ancestor {}) into {}.",
        ours.display(),
        theirs.display(),
        base.display(),
        output.display()
    );
    let _ = write!(out, "{}", merged.to_text());
    if merged.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn diff(old: &Path, new: &Path, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let load =
        |path: &Path| file::load_file(path).map_err(|error| format!("{}: {error}", path.display()));
    let (old_map, new_map) = match (load(old), load(new)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(message), _) | (_, Err(message)) => {
            let _ = writeln!(err, "{message}");
            return ExitCode::from(2);
        }
    };
    let changes = crate::exchange::diff::diff(&old_map, &new_map);
    if changes.is_empty() {
        let _ = writeln!(out, "The maps are the same.");
        ExitCode::SUCCESS
    } else {
        let _ = write!(out, "{}", changes.to_text());
        ExitCode::from(1)
    }
}
