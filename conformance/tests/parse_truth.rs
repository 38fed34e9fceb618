//! The `parse` suite's expectations are our own output, recorded with `--bless`; this test ties
//! them to real OCaml 4.13.1 so that a wrong bless cannot slip in:
//! * an accept case (any name but `err_*`) was accepted by `ocamlc -stop-after parsing`, so its
//!   expectation must be a dump: no stderr, exit 0;
//! * a reject case `err_NAME` carries `err_NAME.ocaml-stderr`, what ocamlc printed; the location
//!   and message lines of our expectation must be exactly OCaml's.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::path::Path;

/// The lines of a diagnostic that carry OCaml's words and locations (not the source excerpt).
fn ocaml_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| ["File \"", "Error:", "Alert ", "Warning ", "  This "].iter().any(|p| l.starts_with(p)))
        .collect()
}

#[test]
fn parse_expectations_agree_with_ocaml() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("parse");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("ml" | "mli")))
        .collect();
    cases.sort();
    assert!(cases.len() >= 300, "parse suite has only {} cases", cases.len());
    let mut problems = vec![];
    let mut rejects = 0;
    for case in &cases {
        let stem = case.file_stem().unwrap().to_string_lossy().into_owned();
        let expected = std::fs::read_to_string(dir.join(format!("{stem}.expected"))).unwrap_or_default();
        let (out, err) = match expected.split_once("--- stderr\n") {
            Some((out, err)) => (out, err),
            None => (expected.as_str(), ""),
        };
        if stem.starts_with("err_") {
            rejects += 1;
            let ocaml = std::fs::read_to_string(dir.join(format!("{stem}.ocaml-stderr"))).unwrap_or_default();
            let want = ocaml_lines(&ocaml);
            let got: Vec<&str> = ocaml_lines(err).into_iter().take(want.len()).collect();
            if want.is_empty() || got != want || !out.is_empty() || !expected.ends_with("--- exit 2\n") {
                problems.push(format!("{stem}: OCaml says\n  {}\nexpectation says\n  {}", want.join("\n  "), got.join("\n  ")));
            }
        } else if !err.is_empty() || expected.contains("\n--- exit") || out.is_empty() {
            problems.push(format!("{stem}: OCaml accepts it, but the expectation is not a clean dump"));
        }
    }
    assert!(rejects >= 30, "only {rejects} reject cases");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
