//! The intermediate representation between the parse tree and the VM's code, in the spirit of
//! OCaml's Lambda: variables are already slots, data is blocks and ints, pattern matching is
//! tests and jumps. `--dump=ir` prints it.

use std::rc::Rc;

use mlrun_lang::sexp::Sexp;

use crate::prim::Prim;

/// Where a variable lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Var {
    /// A slot of the current function's frame.
    Local(u32),
    /// A variable captured by the current closure.
    Env(u32),
    /// A top-level value.
    Global(u32),
}

#[derive(Debug, Clone)]
pub enum Const {
    Int(i64),
    Float(f64),
    String(Rc<[u8]>),
}

#[derive(Debug)]
pub struct Function {
    pub name: String,
    pub arity: u32,
    /// Frame slots: the parameters first (slot i = parameter i), then the locals.
    pub frame_size: u32,
    /// How the enclosing scope loads each captured variable, in capture order.
    pub captures: Vec<Var>,
    pub body: Ir,
}

#[derive(Debug)]
pub enum Ir {
    Var(Var),
    Const(Const),
    /// Evaluate, store in a local slot, continue.
    Let(u32, Box<Ir>, Box<Ir>),
    /// Store in a local slot; the value is `()`.
    Assign(u32, Box<Ir>),
    /// Store in a global slot, value `()`.
    SetGlobal(u32, Box<Ir>),
    Fun(Rc<Function>),
    /// Mutually recursive closures bound to local slots, tied together after creation.
    LetRecFuns(Vec<(u32, Rc<Function>)>, Box<Ir>),
    /// Arguments are evaluated right to left, then the function.
    Apply(Box<Ir>, Vec<Ir>),
    Prim(Prim, Vec<Ir>),
    Effect(crate::code::EffectOp, Vec<Ir>),
    Host(crate::code::HostOp, Box<Ir>),
    /// A block with a tag; fields are evaluated right to left.
    Block(u8, Vec<Ir>),
    Field(Box<Ir>, u32),
    SetField(Box<Ir>, u32, Box<Ir>),
    If(Box<Ir>, Box<Ir>, Box<Ir>),
    Seq(Box<Ir>, Box<Ir>),
    While(Box<Ir>, Box<Ir>),
    /// `for slot = lo to/downto hi do body done`
    For(u32, Box<Ir>, Box<Ir>, bool, Box<Ir>),
    Raise(Box<Ir>),
    /// `try body with slot -> handler`
    Try(Box<Ir>, u32, Box<Ir>),
    /// A local jump target for pattern matching: `Exit(label)` in the body continues with the
    /// handler (OCaml's static exceptions).
    Catch(u32, Box<Ir>, Box<Ir>),
    Exit(u32),
    /// Jump on a value: immediates by value, blocks by tag, anything else to the default.
    Switch(Box<Ir>, Vec<(i64, Ir)>, Vec<(u8, Ir)>, Box<Ir>),
}

impl Ir {
    pub fn unit() -> Ir {
        Ir::Const(Const::Int(0))
    }

    pub fn int(n: i64) -> Ir {
        Ir::Const(Const::Int(n))
    }

    pub fn seq(a: Ir, b: Ir) -> Ir {
        Ir::Seq(Box::new(a), Box::new(b))
    }

    pub fn prim(p: Prim, args: Vec<Ir>) -> Ir {
        Ir::Prim(p, args)
    }
}

/// `--dump=ir`: S-expressions, laid out at 80 columns like `--dump=ast`.
/// Globals print as their names (`g:print_int`), so dumps do not move with the stdlib.
pub fn dump(ir: &Ir, globals: &[String]) -> String {
    GLOBAL_NAMES.with(|g| *g.borrow_mut() = globals.to_vec());
    sexp(ir).render() + "\n"
}

thread_local! {
    static GLOBAL_NAMES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn var(v: &Var) -> String {
    match v {
        Var::Local(i) => format!("l{i}"),
        Var::Env(i) => format!("e{i}"),
        Var::Global(i) => GLOBAL_NAMES.with(|g| match g.borrow().get(*i as usize) {
            Some(name) => format!("g:{name}"),
            None => format!("g{i}"),
        }),
    }
}

fn node<'a>(head: impl Into<String>, kids: impl IntoIterator<Item = &'a Ir>) -> Sexp {
    let head: String = head.into();
    Sexp::node(&head, kids.into_iter().map(sexp))
}

fn function(f: &Function) -> Sexp {
    let caps: Vec<String> = f.captures.iter().map(var).collect();
    let head = format!("fun {} arity={} frame={} captures=[{}]", f.name, f.arity, f.frame_size, caps.join(" "));
    node(head, [&f.body])
}

fn sexp(ir: &Ir) -> Sexp {
    match ir {
        Ir::Var(v) => Sexp::atom(var(v)),
        Ir::Const(Const::Int(n)) => Sexp::atom(n.to_string()),
        Ir::Const(Const::Float(f)) => Sexp::atom(format!("{f:?}")),
        Ir::Const(Const::String(s)) => Sexp::atom(mlrun_lang::dump::escaped(s)),
        Ir::Let(s, a, b) => node(format!("let l{s}"), [a.as_ref(), b]),
        Ir::Assign(s, a) => node(format!("assign l{s}"), [a.as_ref()]),
        Ir::SetGlobal(g, a) => node(format!("setglobal {}", var(&Var::Global(*g))), [a.as_ref()]),
        Ir::Fun(f) => function(f),
        Ir::LetRecFuns(fs, body) => {
            let binds = fs.iter().map(|(s, f)| Sexp::node(&format!("l{s}"), [function(f)]));
            Sexp::node("letrec", binds.chain([sexp(body)]))
        }
        Ir::Apply(f, args) => node("apply", std::iter::once(f.as_ref()).chain(args)),
        Ir::Prim(p, args) => node(p.name(), args),
        Ir::Effect(op, args) => node(format!("{op:?}"), args),
        Ir::Host(op, arg) => node(format!("host {op:?}"), [arg.as_ref()]),
        Ir::Block(t, fs) => node(format!("block {t}"), fs),
        Ir::Field(e, i) => node(format!("field {i}"), [e.as_ref()]),
        Ir::SetField(e, i, v) => node(format!("setfield {i}"), [e.as_ref(), v]),
        Ir::If(c, t, e) => node("if", [c.as_ref(), t, e]),
        Ir::Seq(a, b) => node("seq", [a.as_ref(), b]),
        Ir::While(c, b) => node("while", [c.as_ref(), b]),
        Ir::For(s, lo, hi, up, b) => node(format!("for l{s} {}", if *up { "to" } else { "downto" }), [lo.as_ref(), hi, b]),
        Ir::Raise(e) => node("raise", [e.as_ref()]),
        Ir::Try(b, s, h) => node(format!("try l{s}"), [b.as_ref(), h]),
        Ir::Catch(l, b, h) => node(format!("catch {l}"), [b.as_ref(), h]),
        Ir::Exit(l) => Sexp::atom(format!("(exit {l})")),
        Ir::Switch(v, consts, blocks, default) => {
            let arms = consts
                .iter()
                .map(|(n, arm)| Sexp::node(&format!("case {n}"), [sexp(arm)]))
                .chain(blocks.iter().map(|(t, arm)| Sexp::node(&format!("tag {t}"), [sexp(arm)])))
                .chain([Sexp::node("default", [sexp(default)])]);
            Sexp::node("switch", std::iter::once(sexp(v)).chain(arms))
        }
    }
}
