//! The `mlrun` command line.

use std::io::{IsTerminal, Write};

use mlrun_lang::diagnostic::{Diagnostic, Origin, SourceFile};
use mlrun_lang::lexer::{LineDirective, Lexer};
use mlrun_lang::{dump, parse};

/// Whether `mlrun FILE` type-checks before running (see `main`).
const GATE: bool = true;

/// Dream's interface, which the type checker reads as the `Dream` module's signature.
const DREAM_MLI: &str = include_str!("../ml/dream.mli");

const USAGE: &str = "usage: mlrun [--port N] [--dump=eml|ast|tokens|ppx|ir] [--check] [-i] [--no-check] FILE.ml|FILE.mli";

#[derive(Debug, PartialEq)]
enum Dump {
    /// The OCaml a template file becomes.
    Eml,
    Ast,
    Tokens,
    Ppx,
    Ir,
}

#[derive(Debug, Default)]
struct Args {
    dump: Option<Dump>,
    check: bool,
    /// `-i`: print the inferred signature, as `ocamlc -i`.
    interface: bool,
    /// `--no-check`: run without type-checking first.
    no_check: bool,
    port: Option<u16>,
    file: Option<String>,
    /// Arguments after the file: the program's own (`Sys.argv`).
    rest: Vec<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut out = Args::default();
    let mut args = args;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                let value = args.next().unwrap_or_default();
                out.port = Some(value.parse().map_err(|_| format!("mlrun: --port needs a port number, not `{value}'"))?);
            }
            "--dump=eml" => out.dump = Some(Dump::Eml),
            "--dump=ast" => out.dump = Some(Dump::Ast),
            "--dump=tokens" => out.dump = Some(Dump::Tokens),
            "--dump=ir" => out.dump = Some(Dump::Ir),
            "--dump=ppx" => out.dump = Some(Dump::Ppx),
            "--check" => out.check = true,
            "-i" => out.interface = true,
            "--no-check" => out.no_check = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            _ if out.file.is_some() => out.rest.push(arg),
            s if s.starts_with('-') => return Err(format!("mlrun: unknown option `{s}'\n{USAGE}")),
            _ => out.file = Some(arg),
        }
    }
    Ok(out)
}

/// Runs the command with the process's arguments; returns the exit code.
pub fn main() -> i32 {
    // A debugging knob: collect after every N bytes allocated, to shake out missing roots.
    if let Some(n) = std::env::var("MLRUN_GC_MIN").ok().and_then(|v| v.parse().ok()) {
        mlrun_runtime::heap::set_min_threshold(n);
    }
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let Some(file) = args.file.clone() else {
        eprintln!("{USAGE}");
        return 2;
    };
    let files = if std::path::Path::new(&file).is_dir() {
        match crate::folder::sources(std::path::Path::new(&file)) {
            Ok(f) => f,
            Err(msg) => {
                eprintln!("{msg}");
                return 2;
            }
        }
    } else {
        match std::fs::read(&file) {
            Ok(bytes) => vec![(file.clone(), String::from_utf8_lossy(&bytes).into_owned())],
            Err(e) => {
                eprintln!("mlrun: cannot read {file}: {e}");
                return 2;
            }
        }
    };
    let mut sources = vec![];
    let last = files.len().saturating_sub(1);
    for (i, (path, text)) in files.into_iter().enumerate() {
        let entry = i == last;
        match front_end(&args, path, text, entry) {
            Ok(Some(source)) => sources.push(source),
            Ok(None) => return 0,
            Err(code) => return code,
        }
    }
    if args.check || args.interface {
        return match typecheck(&sources, args.interface) {
            Checked::Ok(_) => 0,
            Checked::Unsupported(why) => {
                eprintln!("mlrun: note: {why}");
                // `-i` has no signature to print; `--check` does not reject the program.
                if args.interface {
                    2
                } else {
                    0
                }
            }
            Checked::Rejected(code) => code,
        };
    }
    // The type checker is the gate before running: a type error stops the program with
    // OCaml's message (exit 2). What the checker does not type yet lets the program run
    // unchecked (`Checked::Unsupported`). `--no-check` skips it.
    let mut plans = vec![];
    if GATE && !args.no_check {
        match typecheck(&sources, false) {
            Checked::Ok(p) => plans = p,
            Checked::Unsupported(why) => {
                if std::env::var_os("MLRUN_TC_DEBUG").is_some() {
                    eprintln!("mlrun: note: {why}");
                }
            }
            Checked::Rejected(code) => return code,
        }
    }
    let mut argv = vec![file];
    argv.extend(args.rest.iter().cloned());
    crate::run::program(&sources, &plans, args.dump == Some(Dump::Ir), args.port, argv)
}

/// Reads one source through the front end (templates, parsing, ppx); dumps asked for on the
/// entry file end the run (`Ok(None)`), errors give the exit code.
fn front_end(args: &Args, file: String, src: String, entry: bool) -> Result<Option<crate::run::Source>, i32> {
    let (src, origin) = if file.ends_with(".eml.ml") || file.ends_with(".eml.html") {
        let p = mlrun_lang::eml::preprocess_mapped(&src, &file).map_err(|diag| report(&file, &src, &[], None, &diag))?;
        (p.code, Some(Origin { text: src, map: p.map }))
    } else {
        (src, None)
    };
    let mut stdout = std::io::stdout().lock();
    if entry && args.dump == Some(Dump::Eml) {
        let _ = stdout.write_all(src.as_bytes());
        return Ok(None);
    }
    if entry && args.dump == Some(Dump::Tokens) {
        dump_tokens(&file, &src, &mut stdout);
        return Ok(None);
    }
    let origin_ref = origin.as_ref();
    let mut parsed = parse::file(&file, &src).map_err(|(diag, directives)| report(&file, &src, &directives, origin_ref, &diag))?;
    if entry && args.dump == Some(Dump::Ast) {
        let _ = stdout.write_all(dump::tree(&parsed.tree).as_bytes());
        return Ok(None);
    }
    let parse::Tree::Implementation(items) = &mut parsed.tree else {
        // An interface alone has nothing to run.
        return Ok(None);
    };
    mlrun_lang::ppx::lwt(items).map_err(|diag| report(&file, &src, &parsed.directives, origin_ref, &diag))?;
    if entry && args.dump == Some(Dump::Ppx) {
        let _ = stdout.write_all(dump::structure(items).as_bytes());
        return Ok(None);
    }
    let items = std::mem::take(items);
    let module = crate::folder::module_name(&file);
    Ok(Some(crate::run::Source { module, file, src, items, directives: parsed.directives, origin }))
}

fn dump_tokens(file: &str, src: &str, out: &mut impl Write) -> i32 {
    let mut lexer = Lexer::new(src);
    for tok in lexer.by_ref() {
        match tok {
            Ok((l, t, r)) => {
                let _ = writeln!(out, "{l}-{r} {t:?}");
            }
            Err(e) => return report(file, src, &[], None, &Diagnostic::Lex(e)),
        }
    }
    0
}

/// What the type checker made of the program.
enum Checked {
    /// Well typed; how each file's applications match arguments to parameters (for the
    /// lowering), in the order of the files.
    Ok(Vec<mlrun_lang::typing::ArgPlans>),
    /// The program uses something the checker does not type yet: it runs unchecked.
    Unsupported(String),
    /// A type error, reported; the exit code.
    Rejected(i32),
}

/// Type-checks the program's files in order (the last is the entry) after the stdlib;
/// prints the entry's signature when asked (`-i`).
fn typecheck(sources: &[crate::run::Source], print: bool) -> Checked {
    // First with only the library units the program can refer to (those the linker keeps,
    // with their dependencies): parsing and typing the others is most of the time a check
    // takes, and a unit the program never names cannot make it well typed. A failure is
    // checked again with every unit, so that errors (and their spelling hints, which list
    // every module) are exactly those of the full library.
    let (mut checker, mut result) = check_with(sources, false);
    if result.is_err() {
        (checker, result) = check_with(sources, true);
    }
    match result {
        Ok((sig, plans)) => {
            if print {
                // The program is well typed as far as the checker can tell, but what it would
                // print for these constructs is not OCaml's signature: say so rather than print it.
                if let Some(why) = checker.approximated() {
                    return Checked::Unsupported(format!("no signature printed: the checker types {why} only approximately"));
                }
                print!("{}", checker.print_signature(&sig));
            }
            Checked::Ok(plans)
        }
        // The checker's own limit: the program is not rejected for it.
        Err((_, e)) if e.is_unsupported() => Checked::Unsupported(checker.message(&e)),
        Err((at, e)) => {
            let Some(s) = sources.get(at) else { return Checked::Rejected(2) };
            Checked::Rejected(report(&s.file, &s.src, &s.directives, s.origin.as_ref(), &checker.diagnostic(&e)))
        }
    }
}

/// The entry's signature and every file's application plans, or the index of the file with
/// the first type error and the error.
type CheckResult = Result<(Vec<mlrun_lang::typing::SigOut>, Vec<mlrun_lang::typing::ArgPlans>), (usize, mlrun_lang::typing::TypeError)>;

/// Loads the library (all of it, or the units the program refers to) and checks the files.
fn check_with(sources: &[crate::run::Source], all: bool) -> (mlrun_lang::typing::Checker, CheckResult) {
    let mut checker = mlrun_lang::typing::Checker::new();
    let units: Vec<&(&str, &str, &str)> = mlrun_stdlib::UNITS.iter().chain(mlrun_stdlib::LIBRARIES).chain(crate::run::DREAM_UNITS).collect();
    let lib: Vec<crate::link::LibUnit> = units.iter().map(|(module, _, src)| crate::link::LibUnit { module, src }).collect();
    let program: Vec<&str> = sources.iter().map(|s| s.src.as_str()).collect();
    let linked = if all { vec![] } else { crate::link::linked(&lib, &program) };
    let parsed: Vec<_> = units
        .iter()
        .enumerate()
        .filter(|(i, _)| all || linked.get(*i).is_some_and(|l| *l != crate::link::Link::Out))
        .filter_map(|(_, (module, _, text))| parse::implementation(text).ok().map(|p| (*module, p.tree)))
        .collect();
    let dream = parsed.iter().any(|(m, _)| *m == "Dream");
    let start = std::time::Instant::now();
    for (i, (module, items)) in parsed.iter().enumerate() {
        checker.load_unit(module, items, i == 0);
    }
    // Programs see Dream through its interface, as with real Dream: its types are the ones
    // dream.mli gives (abstract `request`, the status variants), not dream.ml's.
    if let (true, Ok(mli)) = (dream, parse::interface(DREAM_MLI)) {
        checker.load_interface("Dream", &mli.tree);
    }
    if std::env::var_os("MLRUN_TC_DEBUG").is_some() {
        eprintln!("stdlib ({} units) typed in {:?}", parsed.len(), start.elapsed());
        for (module, msg) in &checker.soft_failures {
            eprintln!("stdlib {module}: {msg}");
        }
    }
    let mut plans = vec![];
    let last = sources.len().saturating_sub(1);
    for (i, s) in sources.iter().enumerate().take(last) {
        match checker.check_module(&s.module, &s.items) {
            Ok(p) => plans.push(p),
            Err(e) => return (checker, Err((i, e))),
        }
    }
    let Some(entry) = sources.last() else { return (checker, Ok((vec![], plans))) };
    let result = match checker.check(&entry.items) {
        Ok(sig) => {
            plans.push(checker.arg_plans().clone());
            Ok((sig, plans))
        }
        Err(e) => Err((last, e)),
    };
    (checker, result)
}

/// Prints a front-end diagnostic on stderr and gives the exit code OCaml's compiler gives;
/// `origin` is the template that `src` was generated from, if any.
pub fn report(file: &str, src: &str, directives: &[LineDirective], origin: Option<&Origin>, diag: &Diagnostic) -> i32 {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let source = SourceFile { name: file, text: src, directives, origin };
    eprint!("{}", source.render(diag, color));
    2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Result<Args, String> {
        parse_args(v.iter().map(|s| s.to_string()))
    }

    #[test]
    fn options() {
        let a = args(&["--dump=ast", "x.ml"]).unwrap();
        assert_eq!(a.dump, Some(Dump::Ast));
        assert_eq!(a.file.as_deref(), Some("x.ml"));
        assert!(args(&["--bogus", "x.ml"]).is_err());
        assert_eq!(args(&["a.ml", "b", "-c"]).unwrap().rest, vec!["b".to_string(), "-c".to_string()]);
    }
}
