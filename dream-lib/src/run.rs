//! Running a program: the stdlib and the file are lowered together, and the VM is driven by
//! the real host (the process's stdout and stderr) until it halts.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::Write;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use mlrun_lang::ast::Item;
use mlrun_lang::diagnostic::Diagnostic;
use mlrun_lang::lexer::LineDirective;
use mlrun_lang::parse;
use mlrun_runtime::host::{Halt, HostRequest};
use mlrun_runtime::value::Value;
use mlrun_runtime::{printexc, Scope, Unit};

/// Runs `items` (the parsed `file`) after the stdlib; returns the process exit code.
pub fn program(file: &str, src: &str, items: &[Item], directives: &[LineDirective], dump_ir: bool) -> i32 {
    let mut stdlib = vec![];
    for (module, name, text) in mlrun_stdlib::UNITS {
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
    drive(&mut vm)
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

/// The real host: performs the VM's requests on this process.
pub fn drive(vm: &mut mlrun_runtime::vm::Vm) -> i32 {
    let mut timers = Timers::default();
    let mut reply = None;
    loop {
        match vm.run(reply.take()) {
            Halt::Done => return 0,
            Halt::Exit(code) => {
                flush_rest(vm);
                return code;
            }
            Halt::Host(request) => reply = perform(request, &mut timers),
            Halt::Uncaught(e) => {
                flush_rest(vm);
                eprintln!("Fatal error: exception {}", printexc::to_string(&e));
                return 2;
            }
            Halt::Fatal(msg) => {
                flush_rest(vm);
                eprintln!("mlrun: internal error: {msg}");
                return 3;
            }
        }
    }
}

/// Pending timers, earliest first.
#[derive(Default)]
struct Timers {
    heap: BinaryHeap<Reverse<(Instant, i64)>>,
}

fn perform(request: HostRequest, timers: &mut Timers) -> Option<Value> {
    match request {
        HostRequest::Write { fd, bytes } => {
            let _ = if fd == 2 {
                std::io::stderr().write_all(&bytes).and_then(|()| std::io::stderr().flush())
            } else {
                std::io::stdout().write_all(&bytes).and_then(|()| std::io::stdout().flush())
            };
            None
        }
        HostRequest::Timer { id, seconds } => {
            let delay = Duration::try_from_secs_f64(seconds.max(0.0)).unwrap_or(Duration::MAX);
            let deadline = Instant::now().checked_add(delay).unwrap_or_else(Instant::now);
            timers.heap.push(Reverse((deadline, id)));
            None
        }
        HostRequest::WaitTimer => Some(Value::Int(match timers.heap.pop() {
            Some(Reverse((deadline, id))) => {
                std::thread::sleep(deadline.saturating_duration_since(Instant::now()));
                id
            }
            None => -1,
        })),
        HostRequest::Time => {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
            Some(Value::Float(now))
        }
    }
}

fn flush_rest(vm: &mut mlrun_runtime::vm::Vm) {
    while let Some(request) = vm.pending_output() {
        if let HostRequest::Write { fd, bytes } = request {
            let _ = if fd == 2 { std::io::stderr().write_all(&bytes) } else { std::io::stdout().write_all(&bytes) };
        }
    }
    let _ = std::io::stdout().flush();
}

