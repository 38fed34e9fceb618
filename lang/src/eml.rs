//! Dream's `.eml` templates, preprocessed into OCaml as Dream's `dream_eml` does (the rules are
//! in `shared/eml.md`): code lines are copied, template lines become `Buffer` writes (or
//! `Dream.write`s in `%% response` mode), and every piece of code keeps its template line and
//! column through a line directive, so errors point into the template.

use crate::diagnostic::Diagnostic;
use crate::span::Span;

enum Piece {
    Text(String),
    /// Verbatim code (`%` lines and `<% code %>`), at (line, column) of the template.
    Code(String, usize, usize),
    /// `<%FMT code %>`.
    Subst { format: String, code: String, line: usize, col: usize },
}

struct Template {
    indent: usize,
    response: bool,
    pieces: Vec<Piece>,
    /// Whether the next text starts a line (and so loses the template's indentation).
    at_line_start: bool,
}

fn leading_spaces(line: &str) -> usize {
    line.bytes().take_while(|&b| b == b' ').count()
}

fn is_blank(line: &str) -> bool {
    line.bytes().all(|b| b == b' ' || b == b'\n' || b == b'\r' || b == b'\t')
}

/// Preprocesses a template file into OCaml source.
pub fn preprocess(src: &str, path: &str) -> Result<String, Diagnostic> {
    let mut out = String::new();
    let mut template: Option<Template> = None;
    let mut offset = 0;
    let lines: Vec<&str> = src.split_inclusive('\n').collect();
    let mut i = 0;
    let mut resync = false;
    while let Some(&line) = lines.get(i) {
        let number = i + 1;
        let line_start = offset;
        offset += line.len();
        i += 1;
        if let Some(t) = template.as_mut() {
            let spaces = leading_spaces(line);
            let rest = line.get(spaces..).unwrap_or_default();
            if line.starts_with('%') {
                let code = line.get(1..).unwrap_or_default();
                t.pieces.push(Piece::Code(code.to_owned(), number, 1));
                t.at_line_start = false;
                continue;
            }
            if spaces > 0 && rest.starts_with("%%") {
                let after = rest.get(2..).unwrap_or_default();
                if !is_blank(after) {
                    let span = Span::new(line_start, line_start + line.trim_end().len());
                    return Err(Diagnostic::Message { span, text: format!("Line {number}: text following closing '%%'") });
                }
                out.push_str(&emit(t, path));
                out.push('\n');
                template = None;
                resync = true;
                continue;
            }
            if !is_blank(line) && spaces < t.indent {
                out.push_str(&emit(t, path));
                out.push('\n');
                template = None;
                resync = true;
                // This line is code again: fall through to the code-mode handling below.
            } else {
                text_line(t, line, number);
                continue;
            }
        }
        // Code mode.
        let spaces = leading_spaces(line);
        let rest = line.get(spaces..).unwrap_or_default();
        if rest.starts_with("%%") {
            let options = rest.get(2..).unwrap_or_default().trim();
            let response = match options {
                "" => false,
                "response" => true,
                _ => {
                    let span = Span::new(line_start, line_start + line.trim_end().len());
                    return Err(Diagnostic::Message { span, text: "Unknown template options".to_owned() });
                }
            };
            template = Some(Template { indent: spaces, response, pieces: vec![], at_line_start: true });
            continue;
        }
        if line.starts_with('%') || rest.starts_with('<') {
            let mut t = Template { indent: spaces, response: false, pieces: vec![], at_line_start: true };
            if line.starts_with('%') {
                t.pieces.push(Piece::Code(line.get(1..).unwrap_or_default().to_owned(), number, 1));
                t.at_line_start = false;
            } else {
                text_line(&mut t, line, number);
            }
            template = Some(t);
            continue;
        }
        if resync {
            out.push_str(&format!("# {number} \"{path}\"\n"));
            resync = false;
        }
        out.push_str(line);
    }
    if let Some(t) = template.as_mut() {
        out.push_str(&emit(t, path));
        out.push('\n');
    }
    Ok(out)
}

/// Splits a template text line into text and `<% %>` substitutions.
fn text_line(t: &mut Template, line: &str, number: usize) {
    let mut text = if t.at_line_start {
        let strip = leading_spaces(line).min(t.indent);
        line.get(strip..).unwrap_or_default().to_owned()
    } else {
        line.to_owned()
    };
    let base_col = line.len() - text.len();
    let mut col = base_col;
    while let Some(open) = text.find("<%") {
        let before = text.get(..open).unwrap_or_default().to_owned();
        let after = text.get(open + 2..).unwrap_or_default().to_owned();
        push_text(t, before);
        let options_len = after.find([' ', '\n']).unwrap_or(after.len());
        let format = after.get(..options_len).unwrap_or_default().to_owned();
        let code_start = (options_len + 1).min(after.len());
        let body = after.get(code_start..).unwrap_or_default();
        let (code, rest) = match body.find("%>") {
            Some(close) => (body.get(..close).unwrap_or_default().to_owned(), body.get(close + 2..).unwrap_or_default().to_owned()),
            None => (String::new(), String::new()),
        };
        let code_col = col + open + 2 + code_start;
        if format.is_empty() {
            t.pieces.push(Piece::Code(code, number, code_col));
        } else {
            t.pieces.push(Piece::Subst { format, code, line: number, col: code_col });
        }
        col = code_col + body.len().saturating_sub(rest.len());
        text = rest;
    }
    t.at_line_start = text.ends_with('\n');
    push_text(t, text);
}

fn push_text(t: &mut Template, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Text(prev)) = t.pieces.last_mut() {
        prev.push_str(&s);
    } else {
        t.pieces.push(Piece::Text(s));
    }
}

/// An OCaml string literal.
fn literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Code placed at its template line and column.
fn located(code: &str, line: usize, col: usize, path: &str) -> String {
    format!("\n# {line} \"{path}\"\n{}{code}", " ".repeat(col))
}

fn emit(t: &Template, path: &str) -> String {
    let mut out = String::new();
    if t.response {
        out.push_str("let ___eml_write string = Dream.write response string in\n");
    } else {
        out.push_str("let ___eml_buffer = Buffer.create 4096 in\n");
    }
    for piece in &t.pieces {
        match piece {
            Piece::Text(s) if t.response => out.push_str(&format!("let%lwt () = ___eml_write {} in\n", literal(s))),
            Piece::Text(s) => out.push_str(&format!("Buffer.add_string ___eml_buffer {};\n", literal(s))),
            Piece::Code(code, line, col) => {
                out.push_str(&located(code, *line, *col, path));
                out.push('\n');
            }
            Piece::Subst { format, code, line, col } => {
                let (format, escape) = match format.strip_suffix('!') {
                    Some(f) => (f.to_owned(), false),
                    None => (format.clone(), format.ends_with(['s', 'S', 'c', 'C', 'a', 't'])),
                };
                let value = located(code, *line, *col, path);
                let value = if escape { format!("(Dream.html_escape ({value}))") } else { format!("({value})") };
                let fmt = literal(&format!("%{format}"));
                if t.response {
                    out.push_str(&format!("let%lwt () = Printf.ksprintf ___eml_write {fmt} {value} in\n"));
                } else {
                    out.push_str(&format!("Printf.bprintf ___eml_buffer {fmt} {value};\n"));
                }
            }
        }
    }
    if t.response {
        out.push_str("Lwt.return_unit");
    } else {
        out.push_str("(Buffer.contents ___eml_buffer)");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_becomes_buffer_writes() {
        let src = "let render name =\n  <p>Hello, <%s name %>!</p>\n  <b>x</b>\n\nlet () = ()\n";
        let out = preprocess(src, "t.eml.ml").unwrap();
        assert!(out.contains("Buffer.add_string ___eml_buffer \"<p>Hello, \";"), "{out}");
        assert!(out.contains("(Dream.html_escape ("), "{out}");
        assert!(out.contains("Buffer.add_string ___eml_buffer \"!</p>\\n<b>x</b>\\n\\n\";"), "{out}");
        assert!(out.contains("# 5 \"t.eml.ml\"\nlet () = ()"), "{out}");
        assert!(crate::parse::implementation(&out).is_ok(), "{out}");
    }

    #[test]
    fn percent_lines_and_formats() {
        let src = "let f items =\n  <ul>\n% List.iter (fun i ->\n    <li><%i i %></li>\n% ) items;\n  </ul>\n";
        let out = preprocess(src, "l.eml.ml").unwrap();
        assert!(out.contains(" List.iter (fun i ->"), "{out}");
        assert!(out.contains("Buffer.add_string ___eml_buffer \"    <li>\";"), "{out}");
        assert!(out.contains("Printf.bprintf ___eml_buffer \"%i\" ("), "{out}");
        assert!(crate::parse::implementation(&out).is_ok(), "{out}");
    }

    #[test]
    fn options() {
        assert!(preprocess("let f () =\n  %% bogus\n  <p></p>\n", "x").is_err());
        let out = preprocess("let f response =\n  %% response\n  <p><%s! x %></p>\n  %%\n", "x").unwrap();
        assert!(out.contains("let%lwt () = ___eml_write \"<p>\" in"), "{out}");
        assert!(out.contains("Printf.ksprintf ___eml_write \"%s\""), "{out}");
    }
}
