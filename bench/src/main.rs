//! `cargo run --release -p mlrun-bench` — benchmarks, each against the baseline its issue names,
//! measured side by side in one run. Timings are printed, never asserted.
//!
//! * `parse`: lexing + parsing the OCaml standard library sources (the `.ml`/`.mli` files of
//!   `ocamlc -where`), in MB/s, against `ocamlc -stop-after parsing` on the same files.
//! * `vm`: the CPU programs of `bench/ml/`, run by `mlrun` (release build) and, where OCaml is
//!   installed, by `ocamlrun` after `ocamlc`; time ratio per program and geometric mean. Each
//!   runs a few tenths of a second under `ocamlrun`, so that the ratio measures execution; the
//!   start-up (`bench/startup/hello.ml`, best of 10) is printed on its own line.
//! * `lwt`: `bench/lwt/lwt_bench.ml` (1e6 binds, 1e5 sleepers woken in order, `Lwt_list.map_p`
//!   over 1e5), run by `mlrun` and, where Lwt is installed (ocamlfind), by `ocamlrun` after
//!   `ocamlfind ocamlc -package lwt.unix`; time ratio, outputs compared.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "all".to_owned());
    match which.as_str() {
        "parse" => parse(),
        "vm" => vm(),
        "lwt" => lwt(),
        "all" => {
            parse();
            vm();
            lwt();
        }
        other => {
            eprintln!("unknown benchmark `{other}`; known: parse, vm, lwt");
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
    println!("  mlrun lex+parse       {:>8.1} ms  {:>7.1} MB/s  ({failures} files rejected)", ours.as_secs_f64() * 1e3, rate(ours));
    println!("  ocamlc -stop-after parsing {:>8.1} ms  {:>7.1} MB/s  (one process per file)", theirs.as_secs_f64() * 1e3, rate(theirs));
    println!("  ratio mlrun/ocamlc    {:>8.2}x faster", theirs.as_secs_f64() / ours.as_secs_f64().max(1e-9));
}

fn time_command(cmd: &mut Command) -> Option<(Duration, Vec<u8>)> {
    let t = Instant::now();
    let out = cmd.output().ok()?;
    let elapsed = t.elapsed();
    out.status.success().then_some((elapsed, out.stdout))
}

/// The release `mlrun` beside this binary.
fn mlrun_binary(bench: &str) -> Option<PathBuf> {
    let mlrun = std::env::current_exe().ok().and_then(|p| p.parent().map(|d| d.join("mlrun")));
    let found = mlrun.filter(|p| p.exists());
    if found.is_none() {
        eprintln!("{bench}: build mlrun first: cargo build --release -p mlrun-dream");
    }
    found
}

/// How the baseline of the `vm` benchmark is compiled.
const OCAMLC: &[&str] = &["ocamlc"];
/// And that of the `lwt` benchmark: bytecode too, so that both ratios are against ocamlrun.
const OCAMLC_LWT: &[&str] = &["ocamlfind", "ocamlc", "-thread", "-package", "lwt.unix", "-linkpkg"];

fn lwt() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let Some(mlrun) = mlrun_binary("lwt") else { return };
    let tmp = std::env::temp_dir().join("mlrun-bench-lwt");
    let _ = std::fs::create_dir_all(&tmp);
    println!("lwt: mlrun vs ocamlrun with Lwt (best of 3 runs each)");
    compare_runs(&mlrun, &root.join("lwt").join("lwt_bench.ml"), &tmp, 3, OCAMLC_LWT);
}

fn vm() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let Some(mlrun) = mlrun_binary("vm") else { return };
    let mut programs: Vec<PathBuf> = std::fs::read_dir(root.join("ml"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "ml")).collect())
        .unwrap_or_default();
    programs.sort();
    let tmp = std::env::temp_dir().join("mlrun-bench-vm");
    let _ = std::fs::create_dir_all(&tmp);
    println!("vm: mlrun vs ocamlrun (best of 3 runs each)");
    let mut ratios = vec![];
    for prog in &programs {
        if let Some(ratio) = compare_runs(&mlrun, prog, &tmp, 3, OCAMLC) {
            ratios.push(ratio);
        }
    }
    if !ratios.is_empty() {
        let geo = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
        println!("  geometric mean of mlrun/ocamlrun over {} programs: {geo:.2}", ratios.len());
    }
    println!("start-up (best of 10 runs each, not in the mean):");
    compare_runs(&mlrun, &root.join("startup").join("hello.ml"), &tmp, 10, OCAMLC);
}

/// Runs `prog` with mlrun and, compiled by `compile` (a bytecode compiler's command line, the
/// file and `-o` follow), with ocamlrun; prints both times (the best of `rounds`) and returns
/// the ratio.
fn compare_runs(mlrun: &std::path::Path, prog: &std::path::Path, tmp: &std::path::Path, rounds: usize, compile: &[&str]) -> Option<f64> {
    let name = prog.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let exe = tmp.join(&name);
    // Compiled from a copy, so that ocamlc's .cmi/.cmo land in the scratch folder.
    let copy = tmp.join(format!("{name}.ml"));
    let compiled = std::fs::copy(prog, &copy).is_ok()
        && compile.split_first().is_some_and(|(cc, args)| {
            Command::new(cc).args(args).arg(&copy).arg("-o").arg(&exe).current_dir(tmp).output().is_ok_and(|o| o.status.success())
        });
    let best = |mut make: Box<dyn FnMut() -> Command>| {
        (0..rounds).filter_map(|_| time_command(&mut make())).min_by_key(|(d, _)| *d)
    };
    let p = prog.to_path_buf();
    let m = mlrun.to_path_buf();
    let ours = best(Box::new(move || {
        let mut c = Command::new(&m);
        c.arg(&p);
        c
    }));
    let e = exe.clone();
    let theirs = if compiled { best(Box::new(move || Command::new(&e))) } else { None };
    match (ours, theirs) {
        (Some((o, out_o)), Some((t, out_t))) => {
            let ratio = o.as_secs_f64() / t.as_secs_f64().max(1e-9);
            let same = if out_o == out_t { "" } else { "  (OUTPUT DIFFERS)" };
            println!("  {name:<10} mlrun {:>8.3}s  ocamlrun {:>8.3}s  ratio {ratio:>6.2}{same}", o.as_secs_f64(), t.as_secs_f64());
            Some(ratio)
        }
        (Some((o, _)), None) => {
            println!("  {name:<10} mlrun {:>8.3}s  (no ocamlrun baseline)", o.as_secs_f64());
            None
        }
        (None, _) => {
            println!("  {name:<10} mlrun failed");
            None
        }
    }
}
