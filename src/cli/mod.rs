//! The command line: open the app, or check, format, count, export,
//! import, compare and merge map files headless.
//!
//! Exit codes: 0 when everything is fine, 1 when a file is invalid, not
//! canonical or cannot be read or written, 2 when the command line itself is
//! wrong (unknown command or option). `diff` and `merge` say more with
//! theirs (see their help).
//!
//! Each command is a function returning `anyhow::Result`; an error is
//! written once, here, as one line with its causes, and chooses the exit
//! code. `args` says what the command line accepts; the commands are
//! grouped by what they do to files: `files` (check, fmt), `stats`, `plan`,
//! `export`, `import` and `versions` (diff, merge).
//!
//! What the commands say is in the language of the system's locale, read
//! as POSIX tools read it: `LC_ALL`, else `LC_MESSAGES`, else `LANG`
//! (`fr_FR.UTF-8` speaks French, `C` or an unknown language English). The
//! window's own choice in View → Language is the window's: a script
//! running `powermap check` gets the same words whoever last used the app.
//! clap's `--help` and its own refusals stay English.

#![allow(clippy::print_stdout)]

mod args;
mod dated;
mod export;
mod files;
mod help;
mod history;
mod import;
mod live;
mod plan;
mod stats;
mod versions;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::FromArgMatches as _;

pub use args::{Cli, Command, PictureArgs, PictureThemeArg};
pub use export::removed_report;
#[cfg(test)]
pub(crate) use help::possible_ids as help_ids;

use crate::exchange::share::ShareOptions;
use crate::i18n::tr_with;
use crate::model::Map;

/// A command line that asks for something that cannot be done as asked,
/// found after clap has read it: exit code 2, as clap's own refusals.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct Usage(String);

/// Parses the command line and runs it; the binary's whole `main`.
pub fn main() -> ExitCode {
    crate::i18n::set_language(crate::i18n::Language::of_environment(|name| {
        std::env::var(name).ok()
    }));
    let cli =
        Cli::from_arg_matches(&help::command().get_matches()).unwrap_or_else(|err| err.exit());
    match cli.command {
        Some(command) => run(command),
        None => match live::join_at_start(cli.join.as_deref(), cli.code.as_deref()) {
            Ok(join) => crate::ui::run(cli.file, join),
            Err(error) => {
                eprintln!("{}", one_line(&error));
                ExitCode::from(2)
            }
        },
    }
}

/// Runs one headless command.
pub fn run(command: Command) -> ExitCode {
    let stdout = &mut std::io::stdout().lock();
    let stderr = &mut std::io::stderr().lock();
    // Diff and merge fail with 2, as diff(1) does: 1 means "they differ".
    let failed = match command {
        Command::Diff { .. } | Command::Merge { .. } => ExitCode::from(2),
        _ => ExitCode::FAILURE,
    };
    let ran = match command {
        Command::Diff { old, new } => versions::diff(&old, &new, stdout),
        Command::Merge {
            base,
            ours,
            theirs,
            output,
        } => versions::merge(&base, &ours, &theirs, &output, stdout),
        Command::Check { files } => files::check(&files, stdout, stderr),
        Command::Fmt { files, check } => files::format(&files, check, stdout, stderr),
        Command::Stats {
            file,
            json,
            since: Some(since),
            until,
            ..
        } => history::change_report(&file, since, until, json, stdout),
        Command::Stats {
            file,
            json,
            target,
            coalition,
            today,
            ..
        } => stats::stats(
            &file,
            json,
            target.as_deref(),
            coalition.as_deref(),
            today,
            stdout,
        ),
        Command::Plan {
            file,
            json,
            ics,
            csv,
            output,
            today,
        } => plan::plan(
            &file,
            &plan::Out {
                json,
                ics,
                csv,
                output,
                today,
            },
            stdout,
        ),
        Command::History { file, stakeholder } => {
            history::history(&file, stakeholder.as_deref(), stdout)
        }
        Command::Export {
            file,
            output,
            share,
            hide_individuals,
            without_history,
            picture,
        } => export::export(
            &file,
            &output,
            &picture,
            share.then_some(ShareOptions {
                hide_individuals,
                drop_history: without_history,
            }),
            stdout,
        ),
        Command::Import {
            stakeholders,
            relations,
            output,
            accept_partial,
        } => import::import(
            &stakeholders,
            relations.as_deref(),
            &output,
            accept_partial,
            stdout,
            stderr,
        ),
        Command::Serve {
            map,
            code,
            port,
            share_confidential,
            relay,
        } => match relay {
            Some(address) => {
                live::serve_relay(&map, &code, &address, share_confidential, stdout, stderr)
            }
            None => live::serve(&map, &code, port, share_confidential, stdout, stderr),
        },
        Command::Sync {
            address,
            code,
            output,
        } if crate::live::relay::is_server_address(&address) => {
            live::sync_relay(&address, &code, &output, stdout)
        }
        Command::Sync {
            address,
            code,
            output,
        } => live::sync(&address, &code, &output, stdout),
    };
    match ran {
        Ok(code) => code,
        Err(error) => {
            let _ = writeln!(stderr, "{}", one_line(&error));
            if error.is::<Usage>() {
                ExitCode::from(2)
            } else {
                failed
            }
        }
    }
}

/// An error and its causes in one line, as `{:#}` writes them, leaving out
/// a cause whose words are already there: the library's file errors say
/// the system's reason in their own message, and keep it as their source.
fn one_line(error: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in error.chain() {
        let words = cause.to_string();
        if line.contains(&words) {
            continue;
        }
        line = if line.is_empty() {
            words
        } else {
            tr_with(
                "cli-error-cause",
                &[("error", line.into()), ("cause", words.into())],
            )
        };
    }
    line
}

/// Reads a map file; the error names the file.
fn load(path: &Path) -> anyhow::Result<Map> {
    crate::file::load_file(path).with_context(|| path.display().to_string())
}

/// Refuses to write a map Powermap would not open again, before anything
/// is written: the message names the file, the limit and the counts.
fn check_fits(map: &Map, output: &Path) -> anyhow::Result<()> {
    crate::file::check_fits(map).map_err(|too_big| {
        anyhow::anyhow!(tr_with(
            "cli-too-big",
            &[
                ("path", output.display().to_string().into()),
                ("problem", too_big.to_string().into()),
            ],
        ))
    })
}

/// "4 stakeholders, 1 relation": what a written map file holds.
fn stakeholders_and_relations(map: &Map) -> String {
    tr_with(
        "cli-stakeholders-and-relations",
        &[
            ("stakeholders", map.stakeholder_count().into()),
            ("relations", map.relation_count().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cause_already_told_is_not_told_twice() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let error = anyhow::Error::new(crate::file::LoadError::Io {
            path: "map.ron".into(),
            source: io,
        })
        .context("map.ron");
        assert_eq!(
            one_line(&error),
            "map.ron: cannot read “map.ron”: there is no such file (no such file)"
        );
        let error = anyhow::anyhow!("the disk is full").context("could not write “out.csv”");
        assert_eq!(
            one_line(&error),
            "could not write “out.csv”: the disk is full"
        );
    }
}
