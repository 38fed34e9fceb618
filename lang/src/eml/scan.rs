//! The template scanner: splits a file into code blocks and templates, as `shared/eml.md`
//! describes. Byte-oriented like `dream_eml`: only space, newline, `<`, `%` and `>` matter, so
//! tabs are ordinary characters (never indentation) and UTF-8 passes through.

use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// A piece of a template, with byte offsets into the template file.
#[derive(Debug, PartialEq)]
pub enum Piece {
    /// Text, already stripped of the template's indentation; `start..end` is where it came from.
    Text { text: String, start: usize, end: usize },
    /// Verbatim code (`%` lines and `<% code %>`) starting at `offset`.
    Code { code: String, offset: usize },
    /// `<%FMT code %>`: `format` is the options string, the code starts at `offset`.
    Subst { format: String, code: String, offset: usize },
}

#[derive(Debug, PartialEq)]
pub enum Block {
    /// Lines of OCaml copied as they are, starting at `offset`.
    Code { code: String, offset: usize },
    Template { response: bool, pieces: Vec<Piece> },
}

fn leading_spaces(line: &str) -> usize {
    line.bytes().take_while(|&b| b == b' ').count()
}

/// Only spaces before the newline: such a line never ends a template.
fn spaces_only(line: &str) -> bool {
    line.bytes().all(|b| b == b' ' || b == b'\n')
}

/// The line starting at `pos`, its newline included.
fn line_at(src: &str, pos: usize) -> &str {
    let rest = src.get(pos..).unwrap_or_default();
    match rest.find('\n') {
        Some(nl) => rest.get(..=nl).unwrap_or(rest),
        None => rest,
    }
}

pub fn scan(src: &str) -> Result<Vec<Block>, Diagnostic> {
    let mut blocks = Vec::new();
    let mut code_start: Option<usize> = None;
    let mut pos = 0;
    while pos < src.len() {
        let line = line_at(src, pos);
        let spaces = leading_spaces(line);
        let rest = line.get(spaces..).unwrap_or_default();
        let header = rest.starts_with("%%");
        if header || line.starts_with('%') || rest.starts_with('<') {
            flush_code(src, &mut code_start, pos, &mut blocks);
            let mut template = Template { indent: spaces, pieces: Vec::new(), at_line_start: true };
            let mut response = false;
            if header {
                response = match rest.get(2..).unwrap_or_default().trim() {
                    "" => false,
                    "response" => true,
                    _ => {
                        let span = Span::new(pos, pos + line.trim_end().len());
                        return Err(Diagnostic::Message { span, text: "Unknown template options".to_owned() });
                    }
                };
                pos += line.len();
            }
            pos = template.body(src, pos)?;
            blocks.push(Block::Template { response, pieces: template.pieces });
        } else {
            code_start.get_or_insert(pos);
            pos += line.len();
        }
    }
    flush_code(src, &mut code_start, src.len(), &mut blocks);
    Ok(blocks)
}

fn flush_code(src: &str, start: &mut Option<usize>, end: usize, blocks: &mut Vec<Block>) {
    if let Some(offset) = start.take() {
        let code = src.get(offset..end).unwrap_or_default().to_owned();
        blocks.push(Block::Code { code, offset });
    }
}

struct Template {
    indent: usize,
    pieces: Vec<Piece>,
    /// Whether the next text begins a line: only then does it lose the template's indentation
    /// (text right after a `%` line keeps all of its spaces, as with `dream_eml`).
    at_line_start: bool,
}

impl Template {
    /// Reads template lines from `pos` to the end of the template; returns where code resumes.
    fn body(&mut self, src: &str, mut pos: usize) -> Result<usize, Diagnostic> {
        while pos < src.len() {
            let line = line_at(src, pos);
            if line.starts_with('%') {
                self.pieces.push(Piece::Code { code: line.get(1..).unwrap_or_default().to_owned(), offset: pos + 1 });
                self.at_line_start = false;
                pos += line.len();
                continue;
            }
            let spaces = leading_spaces(line);
            let rest = line.get(spaces..).unwrap_or_default();
            if spaces > 0 && rest.starts_with("%%") {
                if !rest.get(2..).unwrap_or_default().trim().is_empty() {
                    let number = src.get(..pos).unwrap_or_default().matches('\n').count() + 1;
                    let span = Span::new(pos, pos + line.trim_end().len());
                    return Err(Diagnostic::Message { span, text: format!("Line {number}: text following closing '%%'") });
                }
                return Ok(pos + line.len());
            }
            if spaces_only(line) {
                let newline = if line.ends_with('\n') { "\n" } else { "" };
                self.text(newline.to_owned(), pos, pos + line.len());
                self.at_line_start = true;
                pos += line.len();
                continue;
            }
            if spaces < self.indent {
                return Ok(pos);
            }
            pos = self.text_line(src, pos);
        }
        Ok(pos)
    }

    /// A text line and its `<% … %>` substitutions, whose code may run over later lines;
    /// returns the offset after the line where the text ends.
    fn text_line(&mut self, src: &str, line_start: usize) -> usize {
        let bytes = src.as_bytes();
        let mut text_start = if self.at_line_start { line_start + self.indent } else { line_start };
        let mut p = text_start;
        loop {
            match bytes.get(p) {
                None => {
                    self.text(src.get(text_start..p).unwrap_or_default().to_owned(), text_start, p);
                    return p;
                }
                Some(b'\n') => {
                    self.text(src.get(text_start..=p).unwrap_or_default().to_owned(), text_start, p + 1);
                    self.at_line_start = true;
                    return p + 1;
                }
                Some(b'<') if bytes.get(p + 1) == Some(&b'%') => {
                    self.text(src.get(text_start..p).unwrap_or_default().to_owned(), text_start, p);
                    p = self.substitution(src, p + 2);
                    text_start = p;
                }
                Some(_) => p += 1,
            }
        }
    }

    /// `<%` has been read and `p` follows it: options up to the first space (a newline does not
    /// end them), then code up to the first `%>` (strings are not understood); unterminated
    /// at the end of the file, the code is empty.
    fn substitution(&mut self, src: &str, p: usize) -> usize {
        let after = src.get(p..).unwrap_or_default();
        let options_len = after.find(' ').unwrap_or(after.len());
        let format = after.get(..options_len).unwrap_or_default().to_owned();
        let code_start = (p + options_len + 1).min(src.len());
        let body = src.get(code_start..).unwrap_or_default();
        let (code, next) = match body.find("%>") {
            Some(close) => (body.get(..close).unwrap_or_default().to_owned(), code_start + close + 2),
            None => (String::new(), src.len()),
        };
        self.at_line_start = false;
        if format.is_empty() {
            self.pieces.push(Piece::Code { code, offset: code_start });
        } else {
            self.pieces.push(Piece::Subst { format, code, offset: code_start });
        }
        next
    }

    /// Adjacent texts are merged, empty ones dropped.
    fn text(&mut self, s: String, start: usize, end: usize) {
        if s.is_empty() {
            return;
        }
        if let Some(Piece::Text { text, end: prev_end, .. }) = self.pieces.last_mut() {
            text.push_str(&s);
            *prev_end = end;
        } else {
            self.pieces.push(Piece::Text { text: s, start, end });
        }
    }
}
