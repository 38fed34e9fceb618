//! Running a program: the stdlib and the file are lowered together, and the VM is driven by
//! the real host (the process's stdout and stderr) until it halts.


use mlrun_lang::ast::Item;
use mlrun_lang::diagnostic::Diagnostic;
use mlrun_lang::lexer::LineDirective;
use mlrun_lang::parse;
use mlrun_runtime::{Scope, Unit};

/// The Dream library's units, compiled after the stdlib's.
const DREAM_UNITS: &[(&str, &str, &str)] = &[("Dream", "dream.ml", include_str!("../ml/dream.ml"))];

/// Runs `items` (the parsed `file`) after the stdlib; returns the process exit code.
pub fn program(file: &str, src: &str, items: &[Item], directives: &[LineDirective], dump_ir: bool, port: Option<u16>) -> i32 {
    let mut stdlib = vec![];
    for (module, name, text) in mlrun_stdlib::UNITS {
        match parse::implementation(text) {
            Ok(p) => stdlib.push((*module, *name, *text, p.tree)),
            Err((diag, dirs)) => return crate::cli::report(name, text, &dirs, &diag),
        }
    }
    for (module, name, text) in DREAM_UNITS {
        match parse::implementation(text) {
            Ok(p) => stdlib.push((*module, *name, *text, p.tree)),
            Err((diag, dirs)) => return crate::cli::report(name, text, &dirs, &diag),
        }
    }
    let module = module_name(file);
    let mut units: Vec<Unit> = stdlib
        .iter()
        .enumerate()
        .map(|(i, (module, name, text, items))| {
            let scope = if i == 0 { Scope::Open } else { Scope::Module };
            Unit { module, file: name, src: text, items, scope }
        })
        .collect();
    units.push(Unit { module: &module, file, src, items, scope: Scope::Program });
    if dump_ir {
        return match mlrun_runtime::dump_ir(&units) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => report_unit(&units, &e, directives),
        };
    }
    let mut vm = match mlrun_runtime::load(&units) {
        Ok(vm) => vm,
        Err(e) => return report_unit(&units, &e, directives),
    };
    crate::host::run(&mut vm, port)
}

/// A lowering error, drawn against the unit it is in.
fn report_unit(units: &[Unit], (d, index): &(Diagnostic, usize), directives: &[LineDirective]) -> i32 {
    match units.get(*index) {
        Some(u) if *index + 1 == units.len() => crate::cli::report(u.file, u.src, directives, d),
        Some(u) => crate::cli::report(u.file, u.src, &[], d),
        None => 2,
    }
}

/// `dir/my_prog.ml` is module `My_prog`, as OCaml names compilation units.
fn module_name(file: &str) -> String {
    let stem = std::path::Path::new(file).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let stem = stem.split('.').next().unwrap_or_default().to_owned();
    let mut chars = stem.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => stem,
    }
}

