//! The command line's help in the interface's language.
//!
//! The help clap derives from `args.rs` is English; this puts the words of
//! `assets/i18n/*/cli-help.ftl` over it, command by command and argument
//! by argument, where that file has them: `cli-help-<command>` is a
//! command's summary, `…-long` its long description, `…-after` what follows
//! its options, and `cli-help-<command>--<argument>` an argument's help.
//! The top level is the command `powermap`.

use clap::CommandFactory as _;

use super::Cli;
use crate::i18n::{language, text_in};

/// The prefix of every help text's id.
pub(crate) const HELP_ID: &str = "cli-help-";

/// The whole command line, its help in this thread's language.
pub fn command() -> clap::Command {
    translated(Cli::command(), "powermap")
}

fn translated(mut command: clap::Command, path: &str) -> clap::Command {
    let text = |suffix: &str| text_in(language(), &format!("{HELP_ID}{path}{suffix}"));
    if let Some(about) = text("") {
        command = command.about(about);
    }
    if let Some(long) = text("-long") {
        command = command.long_about(long);
    }
    if let Some(after) = text("-after") {
        command = command.after_help(after);
    }
    let arguments: Vec<String> = command
        .get_arguments()
        .map(|argument| argument.get_id().to_string())
        .collect();
    for argument in arguments {
        if let Some(help) = text(&format!("--{argument}")) {
            command = command.mut_arg(argument, |a| a.help(help));
        }
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(&name, |sub| translated(sub, &name));
    }
    command
}

/// The ids a help text may have: one per command (with its long and after
/// forms) and per argument, for the test that no help text names nothing.
#[cfg(test)]
pub(crate) fn possible_ids() -> std::collections::BTreeSet<String> {
    fn walk(command: &clap::Command, path: &str, ids: &mut std::collections::BTreeSet<String>) {
        for suffix in ["", "-long", "-after"] {
            ids.insert(format!("{HELP_ID}{path}{suffix}"));
        }
        for argument in command.get_arguments() {
            ids.insert(format!("{HELP_ID}{path}--{}", argument.get_id()));
        }
        for sub in command.get_subcommands() {
            walk(sub, sub.get_name(), ids);
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    walk(&Cli::command(), "powermap", &mut ids);
    ids
}
