//! Every field of a stakeholder and of a relation, once: the name it has
//! in map files (and so in diff and merge), the column a CSV file gives
//! it, the attribute GraphML gives it, the words users see, and how its
//! value is written as text and read back from it.
//!
//! CSV import, GraphML import and export, the table, the inspector, diff
//! and merge all go through here, so a spreadsheet and a yEd file accept
//! the same words by the same rules: names and values compared ignoring
//! case, spaces and punctuation (`Active ally`, `ACTIVE_ALLY`,
//! `activeAlly`), scores written as Gephi writes any number (`4`, `4.0`),
//! yes/no as `yes`, `true` or `1`.

mod relation;
mod stakeholder;
mod text;

pub use relation::RelationField;
pub use stakeholder::StakeholderField;
pub use text::{
    FlagWords, ValueError, choice, coordinate, file_list, flag, folded, join_file_list, mutual,
    relation_kind, score, strength, strength_label, typed_list, whole,
};

/// The field of `all` one of whose [`folded`] names is `name` folded.
fn named<F: Copy>(all: &[F], names: fn(F) -> &'static [&'static str], name: &str) -> Option<F> {
    let wanted = folded(name);
    all.iter()
        .copied()
        .find(|&f| names(f).contains(&wanted.as_str()))
}

#[cfg(test)]
mod tests;
