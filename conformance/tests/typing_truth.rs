//! The `errors` suite's expectations are mlrun's own transcripts (recorded with `--bless`, they
//! hold the caret view too); this test ties them to real OCaml 4.13.1: the location header and
//! the whole `Error:` text of each must be exactly what `ocamlc` printed (`NAME.ocaml-stderr`,
//! recorded by `errors/record.sh`), leaving out OCaml's source excerpt.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::path::Path;

/// OCaml's lines without the source excerpt (`1 | ...` and the caret line under it).
fn ocaml_lines(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = vec![];
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        let excerpt = l.split_once(" | ").is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()) && !n.trim().is_empty());
        if excerpt {
            i += 1;
            if lines.get(i).is_some_and(|c| c.trim_start().starts_with('^')) {
                i += 1;
            }
            continue;
        }
        out.push(l);
        i += 1;
    }
    out
}

#[test]
fn error_expectations_agree_with_ocaml() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("errors");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("ml"))
        .collect();
    cases.sort();
    // Cases whose wording we do not match yet (OCaml adds a context line, say), listed by name.
    let known = std::fs::read_to_string(dir.join("not-yet-ocaml")).unwrap_or_default();
    let mut problems = vec![];
    for case in &cases {
        // `NAME.ml` or a template `NAME.eml.ml`: the case is NAME.
        let file = case.file_name().unwrap().to_string_lossy().into_owned();
        let stem = file.strip_suffix(".eml.ml").or_else(|| file.strip_suffix(".ml")).unwrap_or(&file).to_owned();
        if known.lines().any(|l| l.split('#').next().unwrap_or("").trim() == stem) {
            continue;
        }
        let expected = std::fs::read_to_string(dir.join(format!("{stem}.expected"))).unwrap_or_default();
        let err = expected.split_once("--- stderr\n").map_or("", |(_, e)| e);
        let ocaml = std::fs::read_to_string(dir.join(format!("{stem}.ocaml-stderr"))).unwrap_or_default();
        let want = ocaml_lines(&ocaml);
        let got: Vec<&str> = err.lines().take(want.len()).collect();
        if want.is_empty() || got != want || !expected.ends_with("--- exit 2\n") {
            problems.push(format!("{stem}: OCaml says\n  {}\nexpectation says\n  {}", want.join("\n  "), got.join("\n  ")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
