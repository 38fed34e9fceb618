//! Front-end errors as data, and the one place that draws them: OCaml 4.13.1's header and
//! wording (`File "x.ml", line 3, characters 8-11:` / `Error: Syntax error`), followed by an
//! ariadne view of the source with a caret under the culprit.

use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};

use crate::lexer::{LexError, LineDirective};
use crate::span::Span;

#[derive(Debug, Clone, PartialEq)]
pub enum Diagnostic {
    Lex(LexError),
    /// An unexpected token; `expected` lists what would have been accepted, for the hint.
    Syntax { span: Span, expected: Vec<String> },
    /// A closing delimiter was expected; OCaml points back at the opening one.
    Unclosed { span: Span, closing: &'static str, opening: &'static str, open_span: Span },
    /// A later stage's error, already worded as OCaml words it (`Unbound value x`).
    Message { span: Span, text: String },
}

impl Diagnostic {
    /// Where OCaml reports the error.
    pub fn span(&self) -> Span {
        match self {
            Diagnostic::Lex(e) => match e {
                LexError::Unmatched => Span::default(),
                LexError::IllegalChar(s, _)
                | LexError::UnterminatedString(s)
                | LexError::UnterminatedComment(s)
                | LexError::IllegalEscape { span: s, .. }
                | LexError::InvalidLiteral(s, _)
                | LexError::Latin1IllegalChar { span: s, .. } => *s,
                LexError::UnterminatedStringInComment { comment, .. } => *comment,
            },
            Diagnostic::Syntax { span, .. } | Diagnostic::Unclosed { span, .. } | Diagnostic::Message { span, .. } => *span,
        }
    }

    /// The text after `Error: `, in OCaml's words.
    pub fn message(&self) -> String {
        match self {
            Diagnostic::Lex(e) => match e {
                LexError::Unmatched => "Syntax error".to_owned(),
                LexError::IllegalChar(_, c) | LexError::Latin1IllegalChar { byte: c, .. } => {
                    format!("Illegal character ({})", char_escape(*c))
                }
                LexError::InvalidLiteral(_, text) => format!("Invalid literal {text}"),
                LexError::UnterminatedString(_) => "String literal not terminated".to_owned(),
                LexError::UnterminatedComment(_) => "Comment not terminated".to_owned(),
                LexError::UnterminatedStringInComment { .. } => {
                    "This comment contains an unterminated string literal".to_owned()
                }
                LexError::IllegalEscape { text, detail, .. } => match detail {
                    Some(d) => format!("Illegal backslash escape in string or character ({text}): {d}"),
                    None => format!("Illegal backslash escape in string or character ({text})"),
                },
            },
            Diagnostic::Syntax { .. } => "Syntax error".to_owned(),
            Diagnostic::Unclosed { closing, .. } => format!("Syntax error: '{closing}' expected"),
            Diagnostic::Message { text, .. } => text.clone(),
        }
    }

    /// A secondary location OCaml prints after the error, with its note.
    fn related(&self) -> Option<(Span, String)> {
        match self {
            Diagnostic::Unclosed { opening, open_span, .. } => {
                Some((*open_span, format!("This '{opening}' might be unmatched")))
            }
            Diagnostic::Lex(LexError::UnterminatedStringInComment { string, .. }) => {
                Some((*string, "String literal begins here".to_owned()))
            }
            _ => None,
        }
    }

    /// What ariadne writes under the caret: OCaml says nothing more, we add what was expected.
    fn hint(&self) -> Option<String> {
        match self {
            Diagnostic::Syntax { expected, .. } if !expected.is_empty() && expected.len() <= 8 => {
                Some(format!("expected {}", expected.join(", ")))
            }
            _ => None,
        }
    }
}

/// OCaml prints a non-printable or non-ASCII character as a decimal escape.
fn char_escape(c: u8) -> String {
    if c.is_ascii_graphic() {
        format!("{}", c as char)
    } else {
        format!("\\{c:03}")
    }
}

/// A source file as the renderer needs it: name, text, and its `# line` directives.
pub struct SourceFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub directives: &'a [LineDirective],
}

impl SourceFile<'_> {
    /// OCaml's location header for `span`, honouring line directives.
    pub fn header(&self, span: Span) -> String {
        let (name, l1, c1) = self.position(span.start as usize);
        let (_, l2, c2) = self.position(span.end as usize);
        if l1 == l2 {
            format!("File \"{name}\", line {l1}, characters {c1}-{c2}:")
        } else {
            format!("File \"{name}\", lines {l1}-{l2}, characters {c1}-{c2}:")
        }
    }

    /// (file, 1-based line, 0-based byte column) of an offset.
    fn position(&self, offset: usize) -> (String, usize, usize) {
        let bytes = self.text.as_bytes();
        let offset = offset.min(bytes.len());
        let before = bytes.get(..offset).unwrap_or_default();
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let lines_before = |end: usize| bytes.get(..end).unwrap_or_default().iter().filter(|&&b| b == b'\n').count();
        let physical = lines_before(offset) + 1;
        let col = offset - line_start;
        let directive = self.directives.iter().rev().find(|d| d.offset as usize <= offset);
        match directive {
            Some(d) => {
                let dline = lines_before(d.offset as usize) + 1;
                let name = d.file.clone().unwrap_or_else(|| self.name.to_owned());
                (name, (d.line as usize + physical).saturating_sub(dline), col)
            }
            None => (self.name.to_owned(), physical, col),
        }
    }

    /// The whole report: OCaml's lines, then the caret view.
    pub fn render(&self, d: &Diagnostic, color: bool) -> String {
        let span = d.span();
        let mut out = String::new();
        if let Diagnostic::Lex(LexError::Latin1IllegalChar { alert, .. }) = d {
            out.push_str(&format!("{}\nAlert deprecated: ISO-Latin1 characters in identifiers\n", self.header(*alert)));
        }
        out += &format!("{}\nError: {}\n", self.header(span), d.message());
        if let Some((rspan, note)) = d.related() {
            out.push_str(&format!("{}\n  {note}\n", self.header(rspan)));
        }
        out.push_str(&self.caret_view(d, color));
        out
    }

    fn caret_view(&self, d: &Diagnostic, color: bool) -> String {
        let span = d.span();
        let range = clamp(span, self.text);
        let id = self.name.to_owned();
        // ariadne draws no caret under a label without a message.
        let label = Label::new((id.clone(), range.clone())).with_message(d.hint().unwrap_or_else(|| "here".to_owned()));
        let mut report = Report::build(ReportKind::Error, (id.clone(), range))
            .with_config(Config::default().with_color(color).with_index_type(IndexType::Byte))
            .with_message(d.message())
            .with_label(label);
        if let Some((rspan, note)) = d.related() {
            report = report.with_label(Label::new((id.clone(), clamp(rspan, self.text))).with_message(note));
        }
        let mut buf = Vec::new();
        match report.finish().write((id, Source::from(self.text)), &mut buf) {
            Ok(()) => String::from_utf8_lossy(&buf).into_owned(),
            Err(_) => String::new(),
        }
    }
}

/// A byte range ariadne can draw: inside the text and on character boundaries (OCaml's
/// locations are bytes and may point into the middle of a UTF-8 character).
fn clamp(span: Span, text: &str) -> std::ops::Range<usize> {
    let mut start = (span.start as usize).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end as usize).clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}
