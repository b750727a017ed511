//! Finds English words written straight into interface code: the string
//! literals of a Rust source that a user would read, and that therefore
//! belong in `assets/i18n/en/` behind `tr`.
//!
//! A reader of Rust, not a parser: it follows comments, string, raw
//! string and character literals, attributes and brackets, which is all
//! it needs to know what call a literal is an argument of.
//!
//! - Inside `tr(…)`, `tr_with(…)` and `text_in(…)`, nothing is reported:
//!   those are ids and argument names.
//! - Inside a call that puts text on screen (`label`, `button`,
//!   `on_hover_text`, `RichText::new`, `Window::new`, …), a literal is
//!   reported when it holds any word of two letters or more once its
//!   `{placeholders}` are taken out.
//! - Anywhere else, a literal is reported when it reads like prose: a
//!   capitalised word (`"Save"`), or two words with a space between.
//! - The text of an error's `#[error("…")]` attribute (thiserror), and
//!   of `bail!`, `anyhow!`, `println!` and `print!`, reaches the user: it
//!   is judged as text put on screen. `write!` and `writeln!` also write
//!   markup (SVG, iCalendar), so their text is judged as prose.
//! - Never reported: byte strings (`b"Label"`), other attributes (`#[serde(rename = "…")]`), messages
//!   for programmers (`expect`, `panic!`, `assert!`, `eprintln!`, `log`),
//!   and `#[cfg(test)]` modules.

/// Calls whose arguments are what the user reads.
const SHOWS_TEXT: &[&str] = &[
    "label",
    "button",
    "small_button",
    "heading",
    "small",
    "strong",
    "weak",
    "monospace",
    "code",
    "on_hover_text",
    "on_disabled_hover_text",
    "on_hover_text_at_pointer",
    "hint_text",
    "selectable_label",
    "selectable_value",
    "radio",
    "radio_value",
    "checkbox",
    "toggle_value",
    "menu_button",
    "collapsing",
    "colored_label",
    "hyperlink_to",
    "from_label",
    "selected_text",
    "text",
    "new", // RichText::new, Button::new, Label::new, Window::new …
    "title",
    "push_str",
    "set_label",
    "set_description",
    // thiserror's `#[error("…")]`, read as a call.
    "error",
    // Text that reaches the user through an error or the command line.
    "bail!",
    "anyhow!",
    "format_err!",
    "println!",
    "print!",
];

/// Calls whose text is for programmers, or ids.
const SILENT: &[&str] = &[
    "tr",
    "tr_with",
    "text_in",
    "expect",
    "panic!",
    "unreachable!",
    "assert!",
    "assert_eq!",
    "assert_ne!",
    "debug_assert!",
    "debug_assert_eq!",
    "eprintln!",
    "error!",
    "warn!",
    "info!",
    "debug!",
    "trace!",
    "Id::new",
    "Grid::new",
    "from_id_salt",
    "id_salt",
    "id_source",
    "push_id",
    "make_persistent_id",
    "query_by_label",
    "get_by_label",
    // A texture's name, for debugging renderers; never shown.
    "load_texture",
];

/// A literal the user would read: its line and its text.
#[derive(Debug, PartialEq, Eq)]
pub struct Literal {
    pub line: usize,
    pub text: String,
}

/// The literals of `source` that hold English for the user.
pub fn english_literals(source: &str) -> Vec<Literal> {
    let mut reader = Reader {
        chars: source.chars().collect(),
        at: 0,
        line: 1,
    };
    let mut found = Vec::new();
    // For each open bracket, the call it belongs to (`None` for others).
    let mut calls: Vec<Option<String>> = Vec::new();
    // Depth at which a skipped region (attribute, test module) began.
    let mut skip_until: Option<usize> = None;
    let mut last_word = String::new();
    let mut path_word = String::new();
    let mut test_module_next = false;
    while let Some(c) = reader.peek(0) {
        match c {
            '/' if reader.peek(1) == Some('/') => reader.skip_line(),
            '/' if reader.peek(1) == Some('*') => reader.skip_block_comment(),
            '"' => {
                let line = reader.line;
                let text = reader.string();
                if skip_until.is_none() {
                    judge(&calls, line, text, &mut found);
                }
                last_word.clear();
            }
            'r' | 'b' if reader.raw_string_ahead() => {
                let line = reader.line;
                // Bytes (`b"Label"`, an XML name) are never read as words.
                let bytes = c == 'b';
                let text = reader.raw_string();
                if skip_until.is_none() && !bytes {
                    judge(&calls, line, text, &mut found);
                }
                last_word.clear();
            }
            '\'' => reader.char_or_lifetime(),
            '#' if matches!(reader.peek(1), Some('[')) || reader.peek_str("#![") => {
                let line = reader.line;
                let attribute = reader.attribute();
                let bare = attribute.replace(char::is_whitespace, "");
                if bare.starts_with("#[cfg(test)") {
                    test_module_next = true;
                }
                if bare.starts_with("#[error(") && skip_until.is_none() {
                    // `error("…", args)` read as a call that shows its text.
                    let inside = attribute
                        .trim_start_matches('#')
                        .trim_start_matches('[')
                        .trim_end_matches(']');
                    found.extend(english_literals(inside).into_iter().map(|literal| Literal {
                        line: line + literal.line - 1,
                        text: literal.text,
                    }));
                }
            }
            '(' | '[' | '{' => {
                reader.at += 1;
                let call = (c == '(').then(|| {
                    if path_word.is_empty() {
                        last_word.clone()
                    } else {
                        format!("{path_word}::{last_word}")
                    }
                });
                calls.push(call);
                if c == '{' && test_module_next {
                    test_module_next = false;
                    skip_until.get_or_insert(calls.len());
                }
                last_word.clear();
                path_word.clear();
            }
            ')' | ']' | '}' => {
                reader.at += 1;
                if skip_until == Some(calls.len()) {
                    skip_until = None;
                }
                calls.pop();
                last_word.clear();
                path_word.clear();
            }
            ';' => {
                reader.at += 1;
                // `#[cfg(test)] use …;` is one item, not a module.
                test_module_next = false;
                last_word.clear();
            }
            c if c.is_alphanumeric() || c == '_' => {
                let word = reader.word();
                last_word = word;
                if reader.peek(0) == Some('!') {
                    reader.at += 1;
                    last_word.push('!');
                }
            }
            ':' if reader.peek(1) == Some(':') => {
                reader.at += 2;
                path_word = std::mem::take(&mut last_word);
            }
            c => {
                if c == '\n' {
                    reader.line += 1;
                }
                if !c.is_whitespace() {
                    last_word.clear();
                    path_word.clear();
                }
                reader.at += 1;
            }
        }
    }
    found
}

fn judge(calls: &[Option<String>], line: usize, text: String, found: &mut Vec<Literal>) {
    let names = || calls.iter().flatten();
    let last_segment = |name: &String| name.rsplit("::").next().unwrap_or(name).to_owned();
    if names().any(|name| {
        SILENT.contains(&name.as_str()) || SILENT.contains(&last_segment(name).as_str())
    }) {
        return;
    }
    if is_text_id(&text) {
        return;
    }
    let shown = names().any(|name| SHOWS_TEXT.contains(&last_segment(name).as_str()));
    let words = without_placeholders(&text);
    let english = if shown {
        has_word(&words)
    } else {
        reads_like_prose(&words)
    };
    if english {
        found.push(Literal { line, text });
    }
}

/// `"plan-report-due"`: the id of a Fluent text, handed to a helper that
/// calls `tr`; lowercase words joined by hyphens, two or more.
fn is_text_id(text: &str) -> bool {
    text.contains('-')
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The text of a format string with its `{…}` placeholders taken out.
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
}

fn has_word(text: &str) -> bool {
    words(text).next().is_some()
}

/// `"Save"`, `"no stakeholders"`: a capitalised word, or two words with a
/// space between; not `"png"`, `"inspector-name"` or `"fr_FR"`.
fn reads_like_prose(text: &str) -> bool {
    let capitalised = words(text).any(|w| {
        let mut letters = w.chars();
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
    });
    let two_words = text
        .split_whitespace()
        .filter(|w| {
            has_word(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || ",.:;'?!…".contains(c))
        })
        .count()
        >= 2;
    capitalised || two_words
}

struct Reader {
    chars: Vec<char>,
    at: usize,
    line: usize,
}

impl Reader {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn peek_str(&self, s: &str) -> bool {
        s.chars().enumerate().all(|(i, c)| self.peek(i) == Some(c))
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn skip_line(&mut self) {
        while let Some(c) = self.peek(0) {
            if c == '\n' {
                return;
            }
            self.at += 1;
        }
    }

    fn skip_block_comment(&mut self) {
        self.at += 2;
        let mut depth = 1;
        while depth > 0 {
            if self.peek_str("/*") {
                depth += 1;
                self.at += 2;
            } else if self.peek_str("*/") {
                depth -= 1;
                self.at += 2;
            } else if self.bump().is_none() {
                return;
            }
        }
    }

    fn word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek(0).filter(|c| c.is_alphanumeric() || *c == '_') {
            word.push(c);
            self.at += 1;
        }
        word
    }

    /// A `"…"` literal, its escapes kept as written.
    fn string(&mut self) -> String {
        self.at += 1;
        let mut text = String::new();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    if let Some(escaped) = self.bump() {
                        text.push('\\');
                        text.push(escaped);
                    }
                }
                '"' => break,
                c => text.push(c),
            }
        }
        text
    }

    /// `r"…"`, `r#"…"#`, `br"…"`, or a byte string `b"…"`.
    fn raw_string_ahead(&self) -> bool {
        let before = self.at.checked_sub(1).and_then(|i| self.chars.get(i));
        if before.is_some_and(|c| c.is_alphanumeric() || *c == '_') {
            return false;
        }
        let mut i = 0;
        if self.peek(i) == Some('b') {
            i += 1;
            if self.peek(i) == Some('"') {
                return true;
            }
        }
        if self.peek(i) != Some('r') {
            return false;
        }
        i += 1;
        while self.peek(i) == Some('#') {
            i += 1;
        }
        self.peek(i) == Some('"')
    }

    fn raw_string(&mut self) -> String {
        if self.peek(0) == Some('b') {
            self.at += 1;
            if self.peek(0) == Some('"') {
                return self.string();
            }
        }
        self.at += 1; // r
        let mut hashes = 0;
        while self.peek(0) == Some('#') {
            hashes += 1;
            self.at += 1;
        }
        self.at += 1; // "
        let end: String = std::iter::once('"')
            .chain(std::iter::repeat_n('#', hashes))
            .collect();
        let mut text = String::new();
        while self.peek(0).is_some() && !self.peek_str(&end) {
            text.extend(self.bump());
        }
        self.at += end.chars().count();
        text
    }

    /// `'a'`, `'\n'`, `'\u{2026}'`, or the lifetime `'a`.
    fn char_or_lifetime(&mut self) {
        self.at += 1;
        if self.peek(0) == Some('\\') {
            while let Some(c) = self.bump() {
                if c == '\'' {
                    return;
                }
            }
        } else if self.peek(1) == Some('\'') {
            self.at += 2;
        }
    }

    /// `#[…]` or `#![…]`, brackets and strings inside followed; its text.
    fn attribute(&mut self) -> String {
        let start = self.at;
        while self.peek(0) != Some('[') {
            self.at += 1;
        }
        let mut depth = 0;
        while let Some(c) = self.peek(0) {
            match c {
                '"' => {
                    self.string();
                    continue;
                }
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        self.at += 1;
                        break;
                    }
                }
                _ => {}
            }
            self.bump();
        }
        self.chars[start..self.at].iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<String> {
        english_literals(source)
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn a_label_in_english_is_caught_and_its_translation_is_not() {
        let source = r#"
            fn ui(ui: &mut egui::Ui) {
                ui.label("Save the map");
                ui.label(tr("save-the-map"));
                ui.label(tr_with("stakeholders", &[("count", 3.into())]));
            }
        "#;
        assert_eq!(texts(source), ["Save the map"]);
    }

    #[test]
    fn every_way_of_putting_words_on_screen_is_caught() {
        let source = r#"
            fn ui(ui: &mut egui::Ui) {
                ui.button("close");
                ui.heading(format!("{} stakeholders", n));
                response.on_hover_text("Drag to move");
                egui::Window::new("Settings").show(ctx, |ui| {});
                ui.checkbox(&mut on, "labels");
                let notice = String::from("Nothing to undo");
                ui.label(RichText::new(format!("{name}: {count} members")).strong());
            }
        "#;
        assert_eq!(
            texts(source),
            [
                "close",
                "{} stakeholders",
                "Drag to move",
                "Settings",
                "labels",
                "Nothing to undo",
                "{name}: {count} members",
            ]
        );
    }

    #[test]
    fn symbols_ids_comments_attributes_and_tests_are_left_alone() {
        let source = r##"
            //! "A doc comment, Not a label"
            #[derive(Serialize)]
            #[serde(rename = "Active ally")]
            struct A;
            /* "Block comment" */
            fn ui(ui: &mut egui::Ui) {
                ui.label("×");
                ui.label("…");
                ui.label(format!("{name} ({count})"));
                ui.label(format!("{}%", 3));
                let id = egui::Id::new("Inspector panel");
                let key = "inspector-name";
                ui.label(words("plan-report-due", day));
                let ext = "png";
                let element = b"Label";
                let c = '"';
                let l: &'static str = "";
                ui.push_id("Filter bar", |ui| {});
                map.get("x").expect("The map is loaded");
                let raw = r#"  "#;
            }
            #[cfg(test)]
            mod tests {
                fn t() { editor.get_by_label("Save").click(); ui.label("In a test"); }
            }
        "##;
        assert_eq!(texts(source), Vec::<String>::new());
    }

    #[test]
    fn errors_and_command_line_output_are_caught() {
        let source = r#"
            #[derive(Debug, thiserror::Error)]
            pub enum Problem {
                #[error("cannot read “{path}”: {reason}")]
                Unreadable { path: String, reason: String },
                #[error(
                    "line {0}"
                )]
                Line(usize),
                #[error("{0}")]
                Other(String),
                #[error("{}", tr_with("load-too-large", &[("megabytes", (*.size).into())]))]
                TooLarge { size: usize },
                #[error(transparent)]
                Io(std::io::Error),
            }
            fn run() -> anyhow::Result<()> {
                println!("wrote {}", path);
                writeln!(out, "- {title}")?;
                write!(f, "{} of {} stakeholders", a, b)?;
                write!(f, "<text x=\"{}\">", x)?;
                anyhow::bail!("no such map");
                Err(anyhow!("bad day {day}"))
            }
        "#;
        assert_eq!(
            texts(source),
            [
                "cannot read “{path}”: {reason}",
                "line {0}",
                "wrote {}",
                "{} of {} stakeholders",
                "no such map",
                "bad day {day}",
            ]
        );
        let found = english_literals("#[error(\n\"line {0}\")]\nstruct A;");
        assert_eq!(found[0].line, 2);
    }

    #[test]
    fn lines_are_counted_through_strings_and_comments() {
        let source = "// one\n/* two\n three */ let a = \"x\ny\";\nui.label(\"Four\");";
        let found = english_literals(source);
        assert_eq!(
            found,
            [Literal {
                line: 5,
                text: "Four".into()
            }]
        );
    }
}
