//! mlrun's runtime: lowering of the parse tree to IR, the VM's code, values and interpreter,
//! and the host boundary. Pipeline: AST → [`lower`] → [`ir`] → [`compile`] → [`code`] → [`vm`].

pub mod code;
pub mod compare;
pub mod compile;
pub mod format;
pub mod hash;
pub mod heap;
pub mod host;
pub mod md5;
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
    let effects = vm::EffectSupport {
        trampoline: compiler.function(&effect_trampoline()),
        unhandled: program.effect_exns.0,
        already_resumed: program.effect_exns.1,
    };
    Ok(vm::Vm::new(compiler.codes, main, program.globals, program.predefined, effects))
}

/// `fun effc eff k -> match effc eff with Some f -> f k | None -> reperform eff k`: how the
/// VM hands a performed effect to a handler's `effc`.
fn effect_trampoline() -> ir::Function {
    use ir::{Ir, Var};
    let l = |i| Ir::Var(Var::Local(i));
    let decline = Ir::Effect(code::EffectOp::Reperform, vec![l(1), l(2)]);
    let accept = Ir::Apply(Box::new(Ir::Field(Box::new(l(3)), 0)), vec![l(2)]);
    let dispatch = Ir::If(Box::new(Ir::Prim(prim::Prim::ObjIsInt, vec![l(3)])), Box::new(decline), Box::new(accept));
    let body = Ir::Let(3, Box::new(Ir::Apply(Box::new(l(0)), vec![l(1)])), Box::new(dispatch));
    ir::Function { name: "effect handler".into(), arity: 3, frame_size: 4, captures: vec![], body }
}

/// The IR of the last unit (the program; the stdlib's is left out), for `--dump=ir`.
pub fn dump_ir(units: &[Unit]) -> Result<String, (Diagnostic, usize)> {
    let program = lower::Lower::new().program(units)?;
    Ok(program.units.last().map(|f| ir::dump(&f.body, &program.global_names)).unwrap_or_default())
}
