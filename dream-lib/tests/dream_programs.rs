//! Programs that exercise the Dream library without sockets (`Dream.test`, the pure
//! helpers): each `conformance/dream/unit/NAME.ml` runs under the real `mlrun` binary and its
//! transcript (stdout, then `--- stderr` with log times masked) must equal `NAME.expected`.
//! `MLRUN_BLESS=1` records the current transcripts.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::path::Path;
use std::process::Command;

fn mask_times(log: &str) -> String {
    log.split_inclusive('\n')
        .map(|l| {
            let b = l.as_bytes();
            let l = if b.len() > 22 && b[2] == b'.' && b[5] == b'.' && b[8] == b' ' && b[17] == b'.' {
                format!("TIME{}", &l[21..])
            } else {
                l.to_owned()
            };
            mask_duration(&l)
        })
        .collect()
}

/// `in 195 μs` at the end of a logger line becomes `in N μs`.
fn mask_duration(line: &str) -> String {
    let Some(end) = line.find(" \u{3bc}s") else { return line.to_owned() };
    let digits = line[..end].bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || !line[..end - digits].ends_with(" in ") {
        return line.to_owned();
    }
    format!("{}N{}", &line[..end - digits], &line[end..])
}

#[test]
fn dream_programs_print_what_dream_would() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/dream/unit");
    let bless = std::env::var_os("MLRUN_BLESS").is_some();
    let mut cases: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "ml")).collect();
    cases.sort();
    assert!(!cases.is_empty());
    let mut problems = vec![];
    for path in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_mlrun")).arg(&path).output().unwrap();
        let mut actual = String::from_utf8_lossy(&out.stdout).into_owned();
        if !out.stderr.is_empty() {
            actual.push_str("--- stderr\n");
            actual.push_str(&mask_times(&String::from_utf8_lossy(&out.stderr)));
        }
        if !out.status.success() {
            actual.push_str(&format!("--- exit {:?}\n", out.status.code()));
        }
        let expected_path = path.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
        } else if std::fs::read_to_string(&expected_path).unwrap_or_default() != actual {
            problems.push(format!("{}:\n{actual}", path.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
