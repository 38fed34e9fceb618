//! The type checker as the gate before running must never reject a valid program: every
//! program the suites record as valid (conformance lang, effects, lwt, json, dream/unit), every
//! demo and the IR test programs go through `mlrun --check`, and those it rejects must be
//! exactly the ones listed in `conformance/checker-rejections` (so a new wrong rejection, or
//! a listed one that is now accepted, fails). Programs ocamlc rejects on purpose live in
//! conformance/errors and are not read here.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::path::{Path, PathBuf};
use std::process::Command;

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    let dirs = ["conformance/lang", "conformance/effects", "conformance/lwt", "conformance/json", "conformance/dream/unit", "dream-lib/tests/ir"];
    for d in dirs {
        for e in std::fs::read_dir(root.join(d)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().and_then(|x| x.to_str()) == Some("ml") {
                out.push(p);
            }
        }
    }
    for e in std::fs::read_dir(root.join("demos")).unwrap() {
        let dir = e.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&dir).unwrap() {
            let p = f.unwrap().path();
            if p.extension().and_then(|x| x.to_str()) == Some("ml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The program's path relative to the repository, as the list writes it.
fn name(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap().to_string_lossy().into_owned()
}

#[test]
fn checker_accepts_every_recorded_program() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let all = programs(&root);
    assert!(all.len() > 500, "only {} programs found", all.len());
    // Two workers: the machine is shared, and each run types the stdlib afresh.
    let chunks: Vec<Vec<PathBuf>> = (0..2).map(|i| all.iter().skip(i).step_by(2).cloned().collect()).collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            let root = root.clone();
            std::thread::spawn(move || {
                let mut rejected = vec![];
                for p in chunk {
                    let out = Command::new(env!("CARGO_BIN_EXE_mlrun")).arg("--check").arg(&p).current_dir(&root).output().unwrap();
                    if !out.status.success() {
                        let err = String::from_utf8_lossy(&out.stderr).lines().take(3).collect::<Vec<_>>().join(" | ");
                        rejected.push((name(&root, &p), err));
                    }
                }
                rejected
            })
        })
        .collect();
    let mut rejected: Vec<(String, String)> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
    rejected.sort();
    let listed = std::fs::read_to_string(root.join("conformance/checker-rejections")).unwrap();
    let known: Vec<&str> = listed.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty()).collect();
    let mut problems = vec![];
    for (p, err) in &rejected {
        if !known.contains(&p.as_str()) {
            problems.push(format!("wrongly rejected: {p}: {err}"));
        }
    }
    for k in &known {
        if !rejected.iter().any(|(p, _)| p == k) {
            problems.push(format!("listed in checker-rejections but accepted now: {k}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
