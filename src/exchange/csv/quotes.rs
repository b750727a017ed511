//! Where a CSV file's quoting is broken, found before its rows are trusted.
//!
//! The csv reader is lenient: a quote left open reads the rest of the file
//! as one cell, and a quote closed lines later with more text after it
//! joins the rows between into one cell. Both look like a file that was
//! read. This pass follows the quotes as the reader does (a quote opens a
//! quoted cell only at the start of a cell, `""` inside it is a quote) and
//! says where they go wrong, so a row is never made of several rows.

/// What the quotes of a file show.
#[derive(Debug, Default)]
pub(super) struct Quoting {
    /// The byte offset of a quote that is never closed.
    pub unclosed: Option<usize>,
    /// Quoted cells that run over a line end and close with more text
    /// after their closing quote: the offsets of their opening and closing
    /// quotes.
    pub stray: Vec<(usize, usize)>,
}

#[derive(Clone, Copy)]
enum State {
    StartOfCell,
    InCell,
    Quoted {
        open: usize,
        lines: bool,
    },
    QuoteInQuoted {
        open: usize,
        lines: bool,
        close: usize,
    },
}

/// Follows the quotes of `text`, comma separated, as the csv reader reads them.
pub(super) fn quoting(text: &str) -> Quoting {
    let mut found = Quoting::default();
    let mut state = State::StartOfCell;
    for (at, byte) in text.bytes().enumerate() {
        let ends_cell = matches!(byte, b',' | b'\r' | b'\n');
        state = match state {
            State::StartOfCell if byte == b'"' => State::Quoted {
                open: at,
                lines: false,
            },
            State::StartOfCell | State::InCell if ends_cell => State::StartOfCell,
            State::StartOfCell | State::InCell => State::InCell,
            State::Quoted { open, .. } if byte == b'"' => State::QuoteInQuoted {
                open,
                lines: matches!(state, State::Quoted { lines: true, .. }),
                close: at,
            },
            State::Quoted { open, lines } => State::Quoted {
                open,
                lines: lines || matches!(byte, b'\r' | b'\n'),
            },
            // `""`: a quote inside the quoted cell.
            State::QuoteInQuoted { open, lines, .. } if byte == b'"' => {
                State::Quoted { open, lines }
            }
            State::QuoteInQuoted { .. } if ends_cell => State::StartOfCell,
            State::QuoteInQuoted { open, lines, close } => {
                if lines {
                    found.stray.push((open, close));
                }
                State::InCell
            }
        };
    }
    if let State::Quoted { open, .. } = state {
        found.unclosed = Some(open);
    }
    found
}

/// The line (from 1) of each byte offset asked for in increasing order; a
/// line ends with `\n`, `\r\n` or a lone `\r`, as the csv reader reads them.
pub(super) struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of `offset`; an offset before the last one asked counts again from the start.
    pub fn line_of(&mut self, offset: usize) -> u64 {
        let offset = offset.min(self.bytes.len());
        if offset < self.at {
            (self.at, self.line) = (0, 1);
        }
        while self.at < offset {
            // A line end counts at its first byte: the reader starts the
            // row after a `\r\n` at its `\n`.
            let byte = self.bytes[self.at];
            let after_cr = self.at > 0 && self.bytes[self.at - 1] == b'\r';
            if byte == b'\r' || (byte == b'\n' && !after_cr) {
                self.line += 1;
            }
            self.at += 1;
        }
        self.line
    }
}

/// The last line of `text` that holds anything but line ends.
pub(super) fn last_line(text: &str) -> u64 {
    let end = text.trim_end_matches(['\r', '\n']).len();
    LineCounter::new(text).line_of(end)
}

/// How many lines `cell` spans.
pub(super) fn lines_in(cell: &str) -> u64 {
    let mut lines = LineCounter::new(cell);
    lines.line_of(cell.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_inside_an_unquoted_cell_is_text() {
        let found = quoting("Label\nO\"Brien\nUnion\n");
        assert_eq!((found.unclosed, found.stray.len()), (None, 0));
    }

    #[test]
    fn doubled_quotes_stay_inside_the_cell() {
        let found = quoting("Label,Notes\nUnion,\"say \"\"hi\"\"\nthere\"\n");
        assert_eq!((found.unclosed, found.stray.len()), (None, 0));
    }

    #[test]
    fn lines_end_as_the_reader_ends_them() {
        let mut lines = LineCounter::new("a\r\nb\rc\nd");
        assert_eq!(lines.line_of(2), 2);
        assert_eq!(lines.line_of(3), 2);
        assert_eq!(lines.line_of(5), 3);
        assert_eq!(lines.line_of(6), 3);
        assert_eq!(lines.line_of(7), 4);
        assert_eq!(lines.line_of(0), 1);
        assert_eq!(lines_in("one\r\ntwo"), 2);
    }
}
