//! Running a program: the stdlib and the file are lowered together, and the VM is driven by
//! the real host (the process's stdout and stderr) until it halts.


use mlrun_lang::ast::Item;
use mlrun_lang::diagnostic::{Diagnostic, Origin};
use mlrun_lang::lexer::LineDirective;
use mlrun_lang::parse;
use mlrun_runtime::{Scope, Unit};

use crate::link::{LibUnit, Link};

/// The Dream library's units, compiled after the stdlib's.
pub(crate) const DREAM_UNITS: &[(&str, &str, &str)] = &[
    ("Dream__pure", "dream__pure.ml", include_str!("../ml/dream__pure.ml")),
    ("Dream__stream", "dream__stream.ml", include_str!("../ml/dream__stream.ml")),
    ("Dream__static", "dream__static.ml", include_str!("../ml/dream__static.ml")),
    ("Dream__origin", "dream__origin.ml", include_str!("../ml/dream__origin.ml")),
    // Module Dream is dream.ml followed by its sections kept in files of their own.
    ("Dream", "dream.ml", concat!(
        include_str!("../ml/dream.ml"),
        include_str!("../ml/dream__sql.ml"),
        include_str!("../ml/dream__multipart.ml"),
        include_str!("../ml/dream__io.ml")
    )),
];

/// A parsed file of the program, and the module it becomes.
pub struct Source {
    pub module: String,
    pub file: String,
    pub src: String,
    pub items: Vec<Item>,
    pub directives: Vec<LineDirective>,
    /// The template the source was generated from (`.eml.ml`, `.eml.html`).
    pub origin: Option<Origin>,
}

/// Runs the program's sources (the last is the entry) after the stdlib, with the type
/// checker's application plans for each (none when it was not checked); returns the process
/// exit code.
pub fn program(sources: &[Source], plans: &[mlrun_lang::typing::ArgPlans], dump_ir: bool, port: Option<u16>, argv: Vec<String>) -> i32 {
    let stdlib_units = mlrun_stdlib::UNITS.len();
    let library: Vec<(&str, &str, &str)> = mlrun_stdlib::UNITS.iter().chain(mlrun_stdlib::LIBRARIES).chain(DREAM_UNITS).copied().collect();
    let lib: Vec<LibUnit> = library.iter().map(|(module, _, src)| LibUnit { module, src }).collect();
    let program_srcs: Vec<&str> = sources.iter().map(|s| s.src.as_str()).collect();
    let linked = crate::link::linked(&lib, &program_srcs);
    let mut stdlib = vec![];
    for (i, ((module, name, text), linked)) in library.iter().zip(linked).enumerate() {
        if linked == Link::Out {
            continue;
        }
        match parse::implementation(text) {
            Ok(p) => stdlib.push((i, *module, *name, *text, p.tree, linked == Link::Run)),
            Err((diag, dirs)) => return crate::cli::report(name, text, &dirs, None, &diag),
        }
    }
    let mut units: Vec<Unit> = stdlib
        .iter()
        .map(|(i, module, name, text, items, run)| {
            let scope = if *i == 0 { Scope::Open } else { Scope::Module };
            let prefix = if *i == 0 || *i >= stdlib_units { "" } else { "Stdlib" };
            Unit { module, file: name, src: text, directives: &[], items, scope, prefix, run: *run, arg_plans: None }
        })
        .collect();
    let last = sources.len().saturating_sub(1);
    for (i, s) in sources.iter().enumerate() {
        let scope = if i == last { Scope::Program } else { Scope::Module };
        let arg_plans = plans.get(i);
        units.push(Unit { module: &s.module, file: &s.file, src: &s.src, directives: &s.directives, items: &s.items, scope, prefix: "", run: true, arg_plans });
    }
    if dump_ir {
        return match mlrun_runtime::dump_ir(&units) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => report_unit(&units, &e, sources),
        };
    }
    let mut vm = match mlrun_runtime::load(&units) {
        Ok(vm) => vm,
        Err(e) => return report_unit(&units, &e, sources),
    };
    // The process ends when the program does: freeing the syntax trees, and later the
    // program's heap, one value at a time would only delay the exit.
    std::mem::forget(units);
    std::mem::forget(stdlib);
    let code = crate::host::run(&mut vm, port, argv);
    std::mem::forget(vm);
    code
}

/// A lowering error, drawn against the unit it is in (with its line directives, for the
/// program's own files).
fn report_unit(units: &[Unit], (d, index): &(Diagnostic, usize), sources: &[Source]) -> i32 {
    let Some(u) = units.get(*index) else { return 2 };
    let source = sources.iter().find(|s| s.file == u.file);
    let directives = source.map_or(&[][..], |s| &s.directives[..]);
    crate::cli::report(u.file, u.src, directives, source.and_then(|s| s.origin.as_ref()), d)
}
