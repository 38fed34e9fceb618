//! Programs reading standard input (the conformance runner gives them none): Stdlib's channel
//! and Lwt_io.stdin each buffer what they read, as in OCaml and Lwt. The expected outputs are
//! what the same programs print compiled with ocamlc (and lwt.unix) and fed the same bytes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::io::Write;
use std::process::{Command, Stdio};

fn run(name: &str, program: &str, input: &str) -> String {
    let dir = std::env::temp_dir().join(format!("mlrun-stdin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.ml"));
    std::fs::write(&path, program).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mlrun"))
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_file(&path);
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn stdlib_reads_lines_chars_and_exact_counts() {
    let program = r#"let () =
  let first = input_line stdin in
  let c = input_char stdin in
  let rest = really_input_string stdin 3 in
  Printf.printf "%s|%c|%s|" first c rest;
  (try while true do print_string (input_line stdin ^ ";") done with End_of_file -> print_string "eof");
  print_newline ()
"#;
    assert_eq!(run("stdlib_reads", program, "one\nxabc\ntwo\nthree"), "one|x|abc|;two;three;eof\n");
}

#[test]
fn lwt_io_reads_lines() {
    let program = r#"let () =
  let a = Lwt_main.run (Lwt_io.read_line Lwt_io.stdin) in
  let b = Lwt_main.run (Lwt_io.read_line_opt Lwt_io.stdin) in
  let c = Lwt_main.run (Lwt_io.read_line_opt Lwt_io.stdin) in
  let o = function None -> "None" | Some s -> s in
  Printf.printf "%s|%s|%s\n" a (o b) (o c)
"#;
    assert_eq!(run("lwt_reads", program, "one\ntwo"), "one|two|None\n");
}

#[test]
fn lwt_io_stdin_has_its_own_buffer() {
    // Lwt_io's first read takes all 9 bytes into its buffer: Stdlib's channel finds nothing.
    let program = r#"let () =
  let l = Lwt_main.run (Lwt_io.read_line Lwt_io.stdin) in
  print_endline ("got " ^ l);
  print_endline (input_line stdin)
"#;
    assert_eq!(run("own_buffer", program, "hello\nwor"), "got hello\nFatal error: exception End_of_file\n");
}
