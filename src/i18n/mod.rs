//! The words of the interface in English, French and Spanish, from the
//! Fluent files in `assets/i18n/{en,fr,es}/`, built into the binary.
//!
//! The language is the one the user chose in View → Language, or else the
//! system's when it is one of the three, or else English. It is held per
//! thread: the window's thread draws in the user's language, and a test
//! may draw in French beside another drawing in English.
//!
//! Only what the interface says is translated. The words a map file holds
//! (kinds, stances, field names) stay English in the file.

mod words;
pub use words::{
    Translated, kind_group, month_name, observed_field, observed_value, relation_choices,
    relation_kind, relation_value, stakeholder_choices, stakeholder_value, strength,
};

use std::cell::Cell;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use serde::{Deserialize, Serialize};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/i18n",
        fallback_language: "en",
        // egui draws the isolation marks Fluent puts around arguments as
        // boxes; names are reordered for display elsewhere.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the interface speaks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, strum::EnumIter,
)]
pub enum Language {
    #[default]
    English,
    French,
    Spanish,
}

impl Language {
    /// The language's own name for itself, as a language menu lists it.
    pub fn name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::French => "Français",
            Self::Spanish => "Español",
        }
    }

    /// The folder of its Fluent files under `assets/i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::French => "fr",
            Self::Spanish => "es",
        }
    }

    /// The language of a locale such as `fr-CF`, `es_ES.UTF-8` or `en`,
    /// when it is one of these.
    pub fn of_locale(locale: &str) -> Option<Self> {
        let language = locale
            .split(['-', '_', '.', '@'])
            .next()?
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Self::English),
            "fr" => Some(Self::French),
            "es" => Some(Self::Spanish),
            _ => None,
        }
    }

    /// The language of the environment's locale, as POSIX tools read it
    /// for their messages: `LC_ALL`, else `LC_MESSAGES`, else `LANG`, the
    /// first that is set and not empty; English when that is `C`, `POSIX`
    /// or a language of none of these. `var` reads a variable.
    pub fn of_environment(var: impl Fn(&str) -> Option<String>) -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty())
            .and_then(|locale| Self::of_locale(&locale))
            .unwrap_or_default()
    }

    /// The system's language when it is one of these, else English; read
    /// once.
    pub fn of_system() -> Self {
        static SYSTEM: std::sync::OnceLock<Language> = std::sync::OnceLock::new();
        *SYSTEM.get_or_init(|| {
            sys_locale::get_locales()
                .find_map(|locale| Self::of_locale(&locale))
                .unwrap_or_default()
        })
    }
}

/// The Fluent identifier of a language (apart from `Language`, whose
/// serde derive must not sit beside the macro's `unsafe`).
fn language_id(language: Language) -> LanguageIdentifier {
    match language {
        Language::English => langid!("en"),
        Language::French => langid!("fr"),
        Language::Spanish => langid!("es"),
    }
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Speaks `language` on this thread from now on.
pub fn set_language(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// The language this thread speaks.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// `work`, made to run on another thread in the language of this one: a
/// live session's or a worker's notes then come in the window's language.
pub fn speaking<T>(work: impl FnOnce() -> T) -> impl FnOnce() -> T {
    let language = language();
    move || {
        set_language(language);
        work()
    }
}

/// The text of `id` (a message, or `message.attribute`) in this thread's
/// language; English where the language lacks it, and the id itself where
/// no language has it, so a missing text shows as its id, never blank.
pub fn tr(id: &str) -> String {
    LOCALES
        .try_lookup(&language_id(language()), id)
        .unwrap_or_else(|| id.to_owned())
}

/// The text of `id` with its arguments: numbers choose the plural form.
pub fn tr_with(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let args: HashMap<std::borrow::Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (std::borrow::Cow::Borrowed(*name), value.clone()))
        .collect();
    LOCALES
        .try_lookup_with_args(&language_id(language()), id, &args)
        .unwrap_or_else(|| id.to_owned())
}

/// The text of `id` in `language`, with nothing falling back: `None` when
/// that language's files lack it.
pub fn text_in(language: Language, id: &str) -> Option<String> {
    LOCALES.lookup_no_default_fallback::<&str>(&language_id(language), id, None)
}

#[cfg(test)]
mod scan;
#[cfg(test)]
mod tests;
