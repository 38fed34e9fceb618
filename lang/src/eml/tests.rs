//! Each rule of `shared/eml.md`, on the smallest template that shows it.

use super::*;
use crate::span::Span;

fn gen(src: &str) -> String {
    match preprocess(src, "t.eml.ml") {
        Ok(out) => out,
        Err(e) => panic!("{}", e.message()),
    }
}

#[test]
fn code_alone_is_copied_behind_a_directive() {
    assert_eq!(gen("let x = 1\nlet y = 2\n"), "#1 \"t.eml.ml\"\nlet x = 1\nlet y = 2\n");
    assert_eq!(gen(""), "");
}

#[test]
fn a_template_becomes_buffer_writes() {
    let src = "let render name =\n  <p>Hello, <%s name %>!</p>\n  <b>x</b>\n\nlet () = ()\n";
    let expected = "#1 \"t.eml.ml\"\nlet render name =\n\
        let ___eml_buffer = Buffer.create 4096 in\n\
        (Buffer.add_string ___eml_buffer \"<p>Hello, \");\n\
        (Printf.bprintf ___eml_buffer \"%s\" (Dream.html_escape (\n\
        #2 \"t.eml.ml\"\n                name \n)));\n\
        (Buffer.add_string ___eml_buffer \"!</p>\\n<b>x</b>\\n\\n\");\n\
        (Buffer.contents ___eml_buffer)\n\
        #5 \"t.eml.ml\"\nlet () = ()\n";
    assert_eq!(gen(src), expected);
    assert!(crate::parse::implementation(&gen(src)).is_ok());
}

#[test]
fn percent_lines_keep_the_next_lines_indentation() {
    let src = "let f items =\n  <ul>\n% List.iter (fun i ->\n    <li><%i i %></li>\n% ) items;\n  </ul>\n";
    let out = gen(src);
    assert!(out.contains("\n#3 \"t.eml.ml\"\n  List.iter (fun i ->\n(Buffer.add_string ___eml_buffer \"    <li>\");\n"), "{out}");
    assert!(out.contains("(Printf.bprintf ___eml_buffer \"%i\" (\n#4 \"t.eml.ml\"\n            i \n));\n"), "{out}");
    // After the `%` line closing the loop, `  </ul>` keeps its two spaces.
    assert!(out.contains("\"</li>\\n\");\n#5 \"t.eml.ml\"\n  ) items;\n(Buffer.add_string ___eml_buffer \"  </ul>\\n\");"), "{out}");
    assert!(crate::parse::implementation(&out).is_ok(), "{out}");
}

#[test]
fn delimiters_and_options() {
    assert!(preprocess("let f () =\n  %% bogus\n  <p></p>\n", "x").is_err());
    let err = preprocess("let f () =\n  %%\n  <p></p>\n  %% x\n", "x").err().map(|e| e.message());
    assert_eq!(err.as_deref(), Some("Line 4: text following closing '%%'"));
    let out = gen("let f response =\n  %% response\n  <p><%s! x %></p>\n  %%\nlet y = 1\n");
    assert!(out.contains("let ___eml_write string = Dream.write response string in\nlet%lwt () = ___eml_write \"<p>\" in\n"), "{out}");
    assert!(out.contains("let%lwt () = Printf.ksprintf ___eml_write \"%s\" (\n#3 \"t.eml.ml\"\n          x \n) in\n"), "{out}");
    assert!(out.ends_with("\"</p>\\n\" in\nLwt.return_unit\n#5 \"t.eml.ml\"\nlet y = 1\n"), "{out}");
    // `%%` at column 0 inside a template is an OCaml line whose code is `%`.
    let out = gen("let f () =\n  %%\n  a\n%%\n  %%\n");
    assert!(out.contains("#4 \"t.eml.ml\"\n %\n"), "{out}");
}

#[test]
fn dedent_blank_lines_and_eof() {
    // Blank and space-only lines never end a template; they become empty lines.
    let out = gen("let f () =\n    <a>\n\n  \n      b\n  c\n");
    assert!(out.contains("\"<a>\\n\\n\\n  b\\n\");\n(Buffer.contents ___eml_buffer)\n#6 \"t.eml.ml\"\n  c\n"), "{out}");
    // A template running to the end of a file without a final newline.
    let out = gen("let f () =\n  <a>");
    assert!(out.ends_with("(Buffer.add_string ___eml_buffer \"<a>\");\n(Buffer.contents ___eml_buffer)\n"), "{out}");
    // Tabs are not indentation: a tab-started line ends the template.
    let out = gen("let f () =\n  <a>\n\tlet x = 1\n");
    assert!(out.ends_with("#3 \"t.eml.ml\"\n\tlet x = 1\n"), "{out}");
    // A column-0 `<` starts an indentation-0 template, which only `%%` or the end closes.
    let out = gen("<p>\nlet x = 1\n");
    assert_eq!(out, "let ___eml_buffer = Buffer.create 4096 in\n(Buffer.add_string ___eml_buffer \"<p>\\nlet x = 1\\n\");\n(Buffer.contents ___eml_buffer)\n");
}

#[test]
fn substitution_scanning() {
    // Code runs to the first `%>`, even inside a string literal, and may span lines.
    let out = gen("let f () =\n  <% a % %><% b %%><%= c %>\n");
    assert!(out.contains("#2 \"t.eml.ml\"\n     a % \n#2 \"t.eml.ml\"\n              b %\n(Printf.bprintf ___eml_buffer \"%=\" (\n#2 \"t.eml.ml\"\n                       c \n));"), "{out}");
    let out = gen("let f () =\n  <p><%s \"a%>b\" %></p>\n");
    assert!(out.contains("\n         \"a\n)));\n(Buffer.add_string ___eml_buffer \"b\\\" %></p>\\n\");"), "{out}");
    let out = gen("let f () =\n  <p><%i 1 +\n  2 %></p>\n");
    assert!(out.contains("#2 \"t.eml.ml\"\n         1 +\n  2 \n));\n(Buffer.add_string ___eml_buffer \"</p>\\n\");"), "{out}");
    // A newline after `<%` does not end the options.
    let out = gen("let f () =\n  <%\ns x %>\n");
    assert!(out.contains("(Printf.bprintf ___eml_buffer \"%\ns\" (Dream.html_escape (\n#3 \"t.eml.ml\"\n  x \n)));"), "{out}");
    // Unterminated at the end of the file: empty code.
    let out = gen("let f () =\n  <p><%s x");
    assert!(out.contains("(Dream.html_escape (\n#2 \"t.eml.ml\"\n         \n)));\n(Buffer.contents"), "{out}");
}

#[test]
fn formats_and_escaping() {
    let out = gen("let f () =\n  <%02X 255 %><%.1f 1.5 %><%S! s %><%c c %>\n");
    assert!(out.contains("(Printf.bprintf ___eml_buffer \"%02X\" (\n"), "{out}");
    assert!(out.contains("(Printf.bprintf ___eml_buffer \"%.1f\" (\n"), "{out}");
    assert!(out.contains("(Printf.bprintf ___eml_buffer \"%S\" (\n"), "{out}");
    assert!(out.contains("(Printf.bprintf ___eml_buffer \"%c\" (Dream.html_escape (\n"), "{out}");
    assert_eq!(emit::escaped("é\t\"\\\x01~"), "\\195\\169\\t\\\"\\\\\\001~");
}

#[test]
fn errors_map_back_to_the_template() {
    let src = "let render name =\n  <p><%s name + 1 %></p>\n% ignore (List.hd []);\n";
    let p = preprocess_mapped(src, "t.eml.ml").unwrap();
    let at = |needle: &str| p.code.find(needle).unwrap();
    // Inside code: one to one.
    let plus = at("name + 1");
    let span = p.map.span(Span::new(plus, plus + 8));
    assert_eq!(src.get(span.start as usize..span.end as usize), Some("name + 1"));
    // From the `(` before the directive to the `)` after the code: the code itself.
    let open = at("(Dream.html_escape (") + 19;
    let close = at(")));") + 1;
    let span = p.map.span(Span::new(open, close));
    assert_eq!(src.get(span.start as usize..span.end as usize), Some("name + 1 "));
    let hd = at("List.hd");
    let span = p.map.span(Span::new(hd, hd + 7));
    assert_eq!(src.get(span.start as usize..span.end as usize), Some("List.hd"));
}
