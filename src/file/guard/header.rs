//! The header of a file read on its own: the text with every top-level
//! field but `format` and `version` cut out, so that a file which does not
//! read as a map can still say cheaply which format and version it claims.

use super::scanner::{Scanner, Token};

/// The text with only its header left: the value of every top-level field
/// but `format` and `version` replaced by `()`, so that reading the header
/// costs little. Its lines and columns are not the file's: an error in it
/// is never shown.
pub(crate) fn header_text(text: &str) -> String {
    let mut kept = String::new();
    let mut scan = Scanner::new(text);
    let mut depth = 0usize;
    let mut last_word: Option<&str> = None;
    // Where the text not yet copied starts, and whether it is being dropped.
    let mut copied_to = 0;
    let mut dropping = false;
    while let Some(token) = scan.next_token() {
        if matches!(token, Token::Comment { .. }) {
            continue;
        }
        let word = std::mem::take(&mut last_word);
        match token {
            Token::Open => depth += 1,
            Token::Close | Token::Comma if depth <= 1 => {
                if dropping {
                    kept.push_str(" ()");
                    copied_to = scan.token_start;
                    dropping = false;
                }
                if token == Token::Close {
                    depth = depth.saturating_sub(1);
                }
            }
            Token::Close => depth -= 1,
            Token::Word if depth == 1 => last_word = Some(&text[scan.token_start..scan.position]),
            Token::Colon
                if depth == 1
                    && !dropping
                    && word.is_some_and(|word| word != "format" && word != "version") =>
            {
                kept.push_str(&text[copied_to..scan.position]);
                dropping = true;
            }
            _ => {}
        }
    }
    if dropping {
        kept.push_str(" ()");
    } else {
        kept.push_str(&text[copied_to..]);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_text_keeps_only_the_header() {
        let text = "(\n  map: (title: \"x\", list: [1, (2)]),\n  format: \"powermap\", // note\n  version: 1,\n  extra: \"(\",\n)";
        assert_eq!(
            header_text(text),
            "(\n  map: (),\n  format: \"powermap\", // note\n  version: 1,\n  extra: (),\n)"
        );
        assert_eq!(
            header_text("(format: \"p\", map: (((("),
            "(format: \"p\", map: ()"
        );
    }
}
