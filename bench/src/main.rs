//! `cargo run --release -p mlrun-bench` — benchmarks, each against the baseline its issue names,
//! measured side by side in one run. Timings are printed, never asserted.
//!
//! * `parse`: lexing + parsing the OCaml standard library sources (the `.ml`/`.mli` files of
//!   `ocamlc -where`), in MB/s, against `ocamlc -stop-after parsing` on the same files.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "all".to_owned());
    match which.as_str() {
        "parse" | "all" => parse(),
        other => {
            eprintln!("unknown benchmark `{other}`; known: parse");
            std::process::exit(2);
        }
    }
}

fn stdlib_sources() -> Option<(PathBuf, Vec<(PathBuf, String)>)> {
    let out = Command::new("ocamlc").arg("-where").output().ok()?;
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let mut files: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("ml" | "mli")))
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, String::from_utf8_lossy(&b).into_owned())))
        .collect();
    files.sort();
    Some((dir, files))
}

/// The best of `rounds` timings: the least disturbed by the rest of the machine.
fn best_of(rounds: usize, mut f: impl FnMut()) -> Duration {
    (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn parse() {
    let Some((dir, files)) = stdlib_sources() else {
        eprintln!("parse: needs `ocamlc -where` (apt-get install -y ocaml-nox)");
        return;
    };
    let bytes: usize = files.iter().map(|(_, s)| s.len()).sum();
    let mut failures = 0;
    let ours = best_of(5, || {
        failures = 0;
        for (path, src) in &files {
            let ok = mlrun_lang::parse::file(&path.to_string_lossy(), src).is_ok();
            failures += usize::from(!ok);
        }
    });
    let ml_files: Vec<&PathBuf> = files.iter().map(|(p, _)| p).collect();
    let tmp = std::env::temp_dir().join("mlrun-bench-parse");
    let _ = std::fs::create_dir_all(&tmp);
    let theirs = best_of(3, || {
        // One process per file, as a build runs it: process start-up is part of what this
        // baseline costs, so the ratio overstates the parser-only difference.
        for p in &ml_files {
            let _ = Command::new("ocamlc").arg("-stop-after").arg("parsing").arg("-c").arg(p).current_dir(&tmp).output();
        }
    });
    let mb = bytes as f64 / 1e6;
    let rate = |d: Duration| mb / d.as_secs_f64().max(1e-9);
    println!("parse: {} files, {:.2} MB from {}", files.len(), mb, dir.display());
    println!("  mlrun lex+parse       {:>8.1} ms  {:>7.1} MB/s  ({failures} files rejected: objects)", ours.as_secs_f64() * 1e3, rate(ours));
    println!("  ocamlc -stop-after parsing {:>8.1} ms  {:>7.1} MB/s  (one process per file)", theirs.as_secs_f64() * 1e3, rate(theirs));
    println!("  ratio mlrun/ocamlc    {:>8.2}x faster", theirs.as_secs_f64() / ours.as_secs_f64().max(1e-9));
}
