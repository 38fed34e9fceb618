//! Every `.ml`/`.mli` of the installed OCaml 4.13 standard library must parse (objects and
//! classes included).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::path::PathBuf;
use std::process::Command;

fn stdlib_dir() -> Option<PathBuf> {
    let out = Command::new("ocamlc").arg("-where").output().ok()?;
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    dir.is_dir().then_some(dir)
}

#[test]
fn ocaml_stdlib_parses() {
    let Some(dir) = stdlib_dir() else {
        eprintln!("\n\n*** SKIPPED: `ocamlc -where` gives no folder; install ocaml-nox (.ci/run does) ***\n");
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("ml" | "mli")))
        .collect();
    files.sort();
    assert!(files.len() >= 100, "only {} files in {}", files.len(), dir.display());
    let mut problems = vec![];
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let src = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        if mlrun_lang::parse::file(&name, &src).is_err() {
            problems.push(format!("{name} does not parse"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    eprintln!("parsed {} stdlib files from {}", files.len(), dir.display());
}
