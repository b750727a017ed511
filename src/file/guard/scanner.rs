//! The guard's scanner: one linear pass over RON's tokens that never
//! fails, finding just enough (brackets, commas, words, texts, comments) to
//! measure a file's shape and to say where a place is, with lines counted
//! as ron counts them.

use super::Refusal;

/// The byte offset of a line and column (both from 1, the column in characters).
pub(super) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(at, _)| line_start + at)
}

/// What the scanner sees: just enough of RON to find texts and brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Token {
    Open,
    Close,
    Comma,
    Colon,
    /// A word: a field name, a choice such as `Target`, `true`, a number.
    Word,
    /// A quoted text (or a char or byte string), with its escapes.
    Text {
        escapes: usize,
    },
    /// A comment, and whether it is closed (a line comment always is).
    Comment {
        closed: bool,
    },
    Other,
}

/// A linear pass over RON's tokens that never fails and counts lines as
/// ron does (by `\n`).
pub(super) struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// Where the next token is looked for.
    pub(super) position: usize,
    /// Where the last token started.
    pub(super) token_start: usize,
    /// The line of `position`, from 1, and the offset that line starts at.
    pub(super) line: usize,
    line_start: usize,
    /// The line of `token_start`, and the offset that line starts at.
    pub(super) token_line: usize,
    pub(super) token_line_start: usize,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            position: 0,
            token_start: 0,
            line: 1,
            line_start: 0,
            token_line: 1,
            token_line_start: 0,
        }
    }

    /// A refusal at the start of the last token.
    pub(super) fn refuse(&self, message: String) -> Refusal {
        let column = self.text[self.token_line_start..self.token_start]
            .chars()
            .count()
            + 1;
        Refusal {
            line: self.token_line,
            column,
            message,
        }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.position + ahead).copied()
    }

    fn newline_at(&mut self, at: usize) {
        self.line += 1;
        self.line_start = at + 1;
    }

    pub(super) fn next_token(&mut self) -> Option<Token> {
        self.skip_spaces();
        let byte = *self.bytes.get(self.position)?;
        self.token_start = self.position;
        self.token_line = self.line;
        self.token_line_start = self.line_start;
        self.position += 1;
        let token = match byte {
            b'/' if self.peek(0) == Some(b'/') => {
                self.skip_line_comment();
                Token::Comment { closed: true }
            }
            b'/' if self.peek(0) == Some(b'*') => {
                self.position += 1;
                Token::Comment {
                    closed: self.skip_block_comment(),
                }
            }
            b'(' | b'[' | b'{' => Token::Open,
            b')' | b']' | b'}' => Token::Close,
            b',' => Token::Comma,
            b':' => Token::Colon,
            b'"' => self.escaped_text(),
            b'\'' => self.char_literal(),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'0'..=b'9' | 0x80.. => self.word(),
            _ => Token::Other,
        };
        Some(token)
    }

    /// One character, of up to four bytes, so a token never ends inside one.
    fn skip_char(&mut self) {
        if self.position < self.bytes.len() {
            self.position += 1;
        }
        while self
            .bytes
            .get(self.position)
            .is_some_and(|b| (0x80..0xC0).contains(b))
        {
            self.position += 1;
        }
    }

    fn skip_spaces(&mut self) {
        while let Some(&byte) = self.bytes.get(self.position) {
            match byte {
                b' ' | b'\t' | b'\r' => self.position += 1,
                b'\n' => {
                    self.position += 1;
                    self.newline_at(self.position - 1);
                }
                _ => return,
            }
        }
    }

    fn skip_line_comment(&mut self) {
        let rest = &self.bytes[self.position..];
        self.position += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    }

    /// Block comments nest in RON, as in Rust. Whether it was closed.
    fn skip_block_comment(&mut self) -> bool {
        let mut level = 1usize;
        while let Some(&byte) = self.bytes.get(self.position) {
            self.position += 1;
            match byte {
                b'\n' => self.newline_at(self.position - 1),
                b'/' if self.peek(0) == Some(b'*') => {
                    self.position += 1;
                    level += 1;
                }
                b'*' if self.peek(0) == Some(b'/') => {
                    self.position += 1;
                    level -= 1;
                    if level == 0 {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// A text in double quotes, after its opening quote; an unclosed text
    /// runs to the end (ron then says so).
    fn escaped_text(&mut self) -> Token {
        let mut escapes = 0usize;
        loop {
            let rest = &self.bytes[self.position..];
            let Some(at) = rest.iter().position(|&b| matches!(b, b'"' | b'\\' | b'\n')) else {
                self.position = self.bytes.len();
                break;
            };
            self.position += at + 1;
            match rest[at] {
                b'"' => break,
                b'\n' => self.newline_at(self.position - 1),
                b'\\' => {
                    escapes += 1;
                    // The escaped character, which may be a quote or a line break.
                    match self.bytes.get(self.position) {
                        Some(b'\n') => {
                            self.position += 1;
                            self.newline_at(self.position - 1);
                        }
                        Some(_) => self.skip_char(),
                        None => {}
                    }
                }
                _ => {}
            }
        }
        Token::Text { escapes }
    }

    /// `'a'`, `'\''`, `'\u{1F600}'`: a quote inside must not start a text.
    fn char_literal(&mut self) -> Token {
        let mut escapes = 0;
        match self.peek(0) {
            Some(b'\\') => {
                escapes = 1;
                self.position += 1;
                let letter = self.peek(0);
                self.skip_char();
                if letter == Some(b'u') && self.peek(0) == Some(b'{') {
                    let rest = &self.bytes[self.position..];
                    let digits = rest.iter().take(12).position(|&b| b == b'}');
                    self.position += digits.map_or(0, |at| at + 1);
                }
            }
            Some(b'\n') | None => return Token::Other,
            Some(_) => self.skip_char(),
        }
        if self.peek(0) == Some(b'\'') {
            self.position += 1;
        }
        self.position = self.position.min(self.bytes.len());
        Token::Text { escapes }
    }

    /// A word; `r"…"`, `r#"…"#`, `br"…"` and `b"…"` are texts.
    fn word(&mut self) -> Token {
        let rest = &self.bytes[self.position..];
        self.position += rest
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b >= 0x80))
            .unwrap_or(rest.len());
        let word = &self.bytes[self.token_start..self.position];
        match (word, self.peek(0)) {
            (b"r" | b"br", Some(b'"' | b'#')) => self.raw_text(),
            (b"b", Some(b'"')) => {
                self.position += 1;
                self.escaped_text()
            }
            _ => Token::Word,
        }
    }

    /// A raw text after its `r`: no escapes, closed by a quote and as many
    /// `#` as opened it. `r#name` is a raw word, not a text.
    fn raw_text(&mut self) -> Token {
        let hashes = self.bytes[self.position..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        if self.peek(hashes) != Some(b'"') {
            // A raw identifier such as r#type.
            self.position += hashes;
            let _ = self.word();
            return Token::Word;
        }
        self.position += hashes + 1;
        while let Some(&byte) = self.bytes.get(self.position) {
            self.position += 1;
            match byte {
                b'\n' => self.newline_at(self.position - 1),
                b'"' => {
                    let closing = self.bytes[self.position..]
                        .iter()
                        .take(hashes)
                        .take_while(|&&b| b == b'#')
                        .count();
                    if closing == hashes {
                        self.position += hashes;
                        break;
                    }
                }
                _ => {}
            }
        }
        Token::Text { escapes: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_in_a_char_or_raw_text_does_not_open_a_text() {
        let text = "(a: '\"', b: r#\"say \"hi\"\"#, c: br\"x\", d: r#type, e: b\"\\x41\")";
        let mut scan = Scanner::new(text);
        let mut texts = 0;
        while let Some(token) = scan.next_token() {
            if matches!(token, Token::Text { .. }) {
                texts += 1;
            }
        }
        assert_eq!(texts, 4);
    }

    #[test]
    fn the_escapes_of_a_text_are_counted() {
        let mut scan = Scanner::new(r#""\n\nab" '\'' r"\n""#);
        assert_eq!(scan.next_token(), Some(Token::Text { escapes: 2 }));
        assert_eq!(scan.next_token(), Some(Token::Text { escapes: 1 }));
        assert_eq!(scan.next_token(), Some(Token::Text { escapes: 0 }));
        assert_eq!(scan.next_token(), None);
    }
}
