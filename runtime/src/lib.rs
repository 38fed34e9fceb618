//! mlrun's runtime: lowering of the parse tree to IR, the VM's code, values and interpreter,
//! and the host boundary. Pipeline: AST → [`lower`] → [`ir`] → [`compile`] → [`code`] → [`vm`].

pub mod code;
pub mod compare;
pub mod compile;
pub mod host;
pub mod ir;
pub mod lower;
pub mod prim;
pub mod printexc;
pub mod prims;
pub mod value;
pub mod vm;

use mlrun_lang::diagnostic::Diagnostic;

pub use lower::{Scope, Unit};

/// Lowers and compiles units into a VM ready to run. An error says which unit it is in.
pub fn load(units: &[Unit]) -> Result<vm::Vm, (Diagnostic, usize)> {
    let program = lower::Lower::new().program(units)?;
    let mut compiler = compile::Compiler::default();
    let main = compiler.function(&program.main);
    Ok(vm::Vm::new(compiler.codes, main, program.globals, program.predefined))
}

/// The IR of the last unit (the program; the stdlib's is left out), for `--dump=ir`.
pub fn dump_ir(units: &[Unit]) -> Result<String, (Diagnostic, usize)> {
    let program = lower::Lower::new().program(units)?;
    Ok(program.units.last().map(|f| ir::dump(&f.body, &program.global_names)).unwrap_or_default())
}
