//! OCaml generation from scanned blocks, in `dream_eml`'s shape: every piece of code behind a
//! `#LINE "path"` directive and padded to its template column (so OCaml's locations are the
//! template's), texts as `Buffer.add_string` (or `Dream.write` in `%% response` mode).

use super::map::SourceMap;
use super::scan::{Block, Piece};

struct Out<'a> {
    text: String,
    map: SourceMap,
    path: &'a str,
    /// Byte offset of every template line start, to turn offsets into line and column.
    line_starts: Vec<usize>,
}

impl Out<'_> {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Generated text standing for template bytes `start..end` (errors in it point there).
    fn scaffold(&mut self, s: &str, start: usize, end: usize) {
        let at = self.text.len();
        self.text.push_str(s);
        self.map.anchor(at, self.text.len(), start, end);
    }

    /// `code` from template offset `offset`, behind its line directive and column padding.
    fn code(&mut self, code: &str, offset: usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let column = offset - self.line_starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
        let directive = format!("#{line} \"{}\"\n{}", self.path, " ".repeat(column));
        self.push(&directive);
        let at = self.text.len();
        self.text.push_str(code);
        self.map.exact(at, offset, code.len());
    }
}

/// OCaml's `String.escaped`: the generator writes texts as OCaml string literals this way, so
/// bytes outside printable ASCII become decimal escapes.
pub fn escaped(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            8 => out.push_str("\\b"),
            b' '..=b'~' => out.push(b as char),
            _ => out.push_str(&format!("\\{b:03}")),
        }
    }
    out
}

pub fn generate(src: &str, path: &str, blocks: &[Block]) -> (String, SourceMap) {
    let mut line_starts = vec![0];
    line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
    let mut out = Out { text: String::new(), map: SourceMap::default(), path, line_starts };
    for block in blocks {
        match block {
            Block::Code { code, offset } => out.code(code, *offset),
            Block::Template { response, pieces } => template(&mut out, *response, pieces),
        }
    }
    (out.text, out.map)
}

fn template(out: &mut Out, response: bool, pieces: &[Piece]) {
    let (first, last) = extent(pieces);
    if response {
        out.scaffold("let ___eml_write string = Dream.write response string in\n", first, first);
    } else {
        out.scaffold("let ___eml_buffer = Buffer.create 4096 in\n", first, first);
    }
    for piece in pieces {
        match piece {
            Piece::Text { text, start, end } => {
                let literal = escaped(text);
                let line = if response {
                    format!("let%lwt () = ___eml_write \"{literal}\" in\n")
                } else {
                    format!("(Buffer.add_string ___eml_buffer \"{literal}\");\n")
                };
                out.scaffold(&line, *start, *end);
            }
            Piece::Code { code, offset } => {
                out.code(code, *offset);
                if !code.ends_with('\n') {
                    out.push("\n");
                }
            }
            Piece::Subst { format, code, offset } => substitution(out, response, format, code, *offset),
        }
    }
    if response {
        out.scaffold("Lwt.return_unit\n", last, last);
    } else {
        out.scaffold("(Buffer.contents ___eml_buffer)\n", last, last);
    }
}

/// `<%FMT code %>`: a trailing `!` means unescaped; string-like conversions are escaped.
fn substitution(out: &mut Out, response: bool, format: &str, code: &str, offset: usize) {
    let (format, escape) = match format.strip_suffix('!') {
        Some(f) => (f, false),
        None => (format, format.ends_with(['s', 'S', 'c', 'C', 'a', 't'])),
    };
    let open = if escape { "(Dream.html_escape (\n" } else { "(\n" };
    let close = if escape { "))" } else { ")" };
    let head = if response {
        format!("let%lwt () = Printf.ksprintf ___eml_write \"%{format}\" {open}")
    } else {
        format!("(Printf.bprintf ___eml_buffer \"%{format}\" {open}")
    };
    let end = offset + code.len();
    out.scaffold(&head, offset, offset);
    out.code(code, offset);
    let tail = if response { format!("\n{close} in\n") } else { format!("\n{close});\n") };
    out.scaffold(&tail, end, end);
}

/// The template bytes a template's pieces cover.
fn extent(pieces: &[Piece]) -> (usize, usize) {
    let range = |p: &Piece| match p {
        Piece::Text { start, end, .. } => (*start, *end),
        Piece::Code { code, offset } | Piece::Subst { code, offset, .. } => (*offset, offset + code.len()),
    };
    let first = pieces.first().map_or(0, |p| range(p).0);
    let last = pieces.last().map_or(first, |p| range(p).1);
    (first, last)
}
