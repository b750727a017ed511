//! What the command line accepts: the commands, their options and help,
//! and the checks of single values (a picture's view, size or scene) that
//! clap runs before any command does.

use std::path::PathBuf;

use anyhow::bail;
use clap::{Parser, Subcommand};

use crate::i18n::{tr, tr_with};
use crate::model::Day;
use crate::ui::View;
use crate::ui::picture::{self, PictureTheme, RenderOptions};

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

    /// Join the live session at this address once the window is open (a
    /// host's 192.168.1.20:7878, or a sync server's ws://HOST:PORT), with
    /// --code: a facilitator's projector, or a window a script starts.
    #[arg(long, value_name = "ADDRESS", requires = "code")]
    pub join: Option<String>,

    /// The join code of the session --join names.
    #[arg(long, value_name = "CODE", requires = "join")]
    pub code: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Accepts a file to open in the editor: one that exists, or a `.ron` path.
/// Any other word is most likely a mistyped command, so it is refused with
/// exit code 2 instead of opening the editor on a file that is not there.
fn map_file(arg: &str) -> anyhow::Result<PathBuf> {
    let path = PathBuf::from(arg);
    let is_ron = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"));
    if is_ron || path.exists() {
        Ok(path)
    } else {
        bail!(tr("cli-no-such-file-or-command"))
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
    /// Rewrite map files in canonical form (stable order, each stakeholder, relation, coalition or observation on one line).
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
        /// Print the measure of change since this day (YYYY-MM-DD) instead:
        /// who moved toward ally and how far, the targets that moved, who
        /// moved away, new and lost relations, for the map and each coalition.
        #[arg(long, value_name = "DATE", conflicts_with_all = ["target", "coalition"])]
        since: Option<crate::model::Day>,
        /// With --since: measure up to this day instead of the map as it is now.
        #[arg(long, value_name = "DATE", requires = "since")]
        until: Option<crate::model::Day>,
        /// Count overdue jobs and cold relations as of this day
        /// (YYYY-MM-DD) [default: today].
        #[arg(long, value_name = "DATE", conflicts_with = "since")]
        today: Option<crate::model::Day>,
    },
    /// List the plan: every job with the people best suited to it (why,
    /// and their local time now), overdue jobs, open asks, relations gone
    /// cold and targets nobody has contacted.
    ///
    /// With --ics, write the due dates of open jobs and asks to OUT as an
    /// iCalendar file instead; with --csv, the jobs to OUT and the asks to
    /// NAME.asks.csv beside it.
    Plan {
        file: PathBuf,
        /// Print JSON for other programs instead of text.
        #[arg(long, conflicts_with_all = ["ics", "csv"])]
        json: bool,
        /// Write the due dates to OUT (.ics) for a calendar program.
        #[arg(long, requires = "output", conflicts_with = "csv")]
        ics: bool,
        /// Write the jobs to OUT (.csv) and the asks beside it.
        #[arg(long, requires = "output")]
        csv: bool,
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Count overdue jobs and cold relations as of this day
        /// (YYYY-MM-DD) [default: today].
        #[arg(long, value_name = "DATE")]
        today: Option<crate::model::Day>,
    },
    /// Print what the map remembers: its checkpoints and each item's dated
    /// values with their sources (confidential ones marked).
    History {
        file: PathBuf,
        /// Only this stakeholder and its relations (a name or an id).
        stakeholder: Option<String>,
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
        /// With --share: leave the history out (every recorded value and
        /// checkpoint), so the copy shows only how things stand now.
        #[arg(long, requires = "share")]
        without_history: bool,
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
    /// Host a live session of MAP without a window, until stopped: laptops
    /// join with the code and edit the map together; every change that
    /// comes in is saved to MAP (and its sidecar MAP.live) atomically.
    /// See docs/COLLABORATION.md.
    Serve {
        map: PathBuf,
        /// The join code the laptops type (make one with the app's Share
        /// menu or any 12 of 2–9 and A–Z but I, L, O, U, V).
        #[arg(long, value_name = "CODE")]
        code: String,
        /// The port to listen on.
        #[arg(long, value_name = "N", default_value_t = crate::live::session::DEFAULT_PORT)]
        port: u16,
        /// Let the stakeholders' confidential notes go to the session.
        #[arg(long)]
        share_confidential: bool,
        /// Put the map on the automerge-repo sync server at this address
        /// (ws://HOST:PORT or wss://…) instead of listening on a port.
        #[arg(long, value_name = "ws://HOST:PORT", conflicts_with = "port")]
        relay: Option<String>,
    },
    /// Join the live session at ADDRESS, wait until the whole map has
    /// come, write it to OUT and leave.
    ///
    /// Exits with 1, writing nothing, when the code is wrong or nothing answers.
    Sync {
        /// The host and port, e.g. 192.168.1.20:7878, or a sync server's
        /// address, ws://HOST:PORT or wss://….
        address: String,
        #[arg(long, value_name = "CODE")]
        code: String,
        /// The map file to write.
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
    /// For a picture, the map as it was on DAY (YYYY-MM-DD), from its
    /// recorded history; a scene pinned to a day shows its own.
    #[arg(long, value_name = "DAY", value_parser = day_arg, conflicts_with_all = ["scene", "compare"])]
    pub at: Option<Day>,
    /// For a picture, what changed from day A to day B (`A..B`, or `A..`
    /// for A to now): the map as of B, with arrows on the grid and the
    /// spectrum from where each stakeholder was on A, and the relations
    /// made, lost, strengthened and weakened marked on the network.
    #[arg(long, value_name = "A..B", value_parser = compared_days, conflicts_with = "scene")]
    pub compare: Option<ComparedDays>,
}

/// Two days compared, the later `None` for now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComparedDays {
    pub from: Day,
    pub to: Option<Day>,
}

fn day_arg(arg: &str) -> anyhow::Result<Day> {
    Day::parse(arg).map_err(|err| {
        anyhow::anyhow!(
            "{}",
            tr_with("cli-day-format", &[("problem", err.to_string().into())])
        )
    })
}

/// `A..B`, `A..` or `A..now`; A comes before B.
fn compared_days(arg: &str) -> anyhow::Result<ComparedDays> {
    let Some((from, to)) = arg.split_once("..") else {
        bail!("{}", tr("cli-compare-format"));
    };
    let from = day_arg(from)?;
    let to = match to.trim() {
        "" | "now" => None,
        to => Some(day_arg(to)?),
    };
    if let Some(to) = to
        && to <= from
    {
        bail!(
            "{}",
            tr_with(
                "cli-compare-order",
                &[
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into())
                ]
            )
        );
    }
    Ok(ComparedDays { from, to })
}

/// A picture's look, as the command line names it.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureThemeArg {
    Light,
    Dark,
}

impl PictureArgs {
    /// The view and the picture's options, made on `today`.
    pub(super) fn options(&self, today: crate::model::Day) -> (View, RenderOptions) {
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
            ..RenderOptions::on(today)
        };
        (self.view.unwrap_or(View::Network), options)
    }
}

/// The views a picture can be of; the table is refused by name.
fn picture_view(arg: &str) -> anyhow::Result<View> {
    match arg.trim().to_lowercase().as_str() {
        "network" => Ok(View::Network),
        "grid" => Ok(View::Grid),
        "spectrum" => Ok(View::Spectrum),
        "table" => bail!(tr("cli-view-table")),
        _ => bail!(tr("cli-view-choose")),
    }
}

/// A scene's number as the presentation counts them, from 1.
fn scene_number(arg: &str) -> anyhow::Result<usize> {
    match arg.trim().parse::<usize>() {
        Ok(number) if number >= 1 => Ok(number),
        _ => bail!(tr("cli-scene-number")),
    }
}

fn picture_side(arg: &str) -> anyhow::Result<u32> {
    let range = picture::SIDE_RANGE;
    match arg.trim().parse::<u32>() {
        Ok(pixels) if range.contains(&pixels) => Ok(pixels),
        _ => bail!(tr_with(
            "cli-pixels",
            &[
                ("min", (*range.start()).into()),
                ("max", (*range.end()).into())
            ],
        )),
    }
}
