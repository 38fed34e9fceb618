//! The intermediate representation between the parse tree and the VM's code, in the spirit of
//! OCaml's Lambda: variables are already slots, data is blocks and ints, pattern matching is
//! tests and jumps. `--dump=ir` prints it.

use std::fmt::Write;
use std::rc::Rc;

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

/// `--dump=ir`: one S-expression-like line per construct, nested by indentation.
pub fn dump(ir: &Ir) -> String {
    let mut out = String::new();
    write_ir(&mut out, ir, 0);
    out.push('\n');
    out
}

fn var(v: &Var) -> String {
    match v {
        Var::Local(i) => format!("l{i}"),
        Var::Env(i) => format!("e{i}"),
        Var::Global(i) => format!("g{i}"),
    }
}

fn write_ir(out: &mut String, ir: &Ir, depth: usize) {
    let pad = "  ".repeat(depth);
    let nl = |out: &mut String| {
        out.push('\n');
    };
    match ir {
        Ir::Var(v) => out.push_str(&var(v)),
        Ir::Const(Const::Int(n)) => {
            let _ = write!(out, "{n}");
        }
        Ir::Const(Const::Float(f)) => {
            let _ = write!(out, "{f:?}");
        }
        Ir::Const(Const::String(s)) => {
            let _ = write!(out, "{:?}", String::from_utf8_lossy(s));
        }
        _ => {
            let (head, kids): (String, Vec<&Ir>) = match ir {
                Ir::Let(s, a, b) => (format!("let l{s}"), vec![a, b]),
                Ir::SetGlobal(g, a) => (format!("setglobal g{g}"), vec![a]),
                Ir::Assign(s, a) => (format!("assign l{s}"), vec![a]),
                Ir::Fun(f) => (fun_head(f), vec![&f.body]),
                Ir::LetRecFuns(fs, body) => {
                    out.push_str("(letrec");
                    for (s, f) in fs {
                        nl(out);
                        let _ = write!(out, "{pad}  (l{s} ");
                        out.push_str(&fun_head(f));
                        nl(out);
                        out.push_str(&format!("{pad}    "));
                        write_ir(out, &f.body, depth + 2);
                        out.push_str("))");
                    }
                    nl(out);
                    out.push_str(&format!("{pad}  "));
                    write_ir(out, body, depth + 1);
                    out.push(')');
                    return;
                }
                Ir::Apply(f, args) => ("apply".into(), std::iter::once(f.as_ref()).chain(args.iter()).collect()),
                Ir::Prim(p, args) => (format!("{p:?}"), args.iter().collect()),
                Ir::Block(t, fs) => (format!("block {t}"), fs.iter().collect()),
                Ir::Field(e, i) => (format!("field {i}"), vec![e]),
                Ir::SetField(e, i, v) => (format!("setfield {i}"), vec![e, v]),
                Ir::If(c, t, e) => ("if".into(), vec![c, t, e]),
                Ir::Seq(a, b) => ("seq".into(), vec![a, b]),
                Ir::While(c, b) => ("while".into(), vec![c, b]),
                Ir::For(s, lo, hi, up, b) => (format!("for l{s} {}", if *up { "to" } else { "downto" }), vec![lo, hi, b]),
                Ir::Raise(e) => ("raise".into(), vec![e]),
                Ir::Try(b, s, h) => (format!("try l{s}"), vec![b, h]),
                Ir::Catch(l, b, h) => (format!("catch {l}"), vec![b, h]),
                Ir::Exit(l) => (format!("exit {l}"), vec![]),
                Ir::Var(_) | Ir::Const(_) => (String::new(), vec![]),
            };
            out.push('(');
            out.push_str(&head);
            for k in kids {
                nl(out);
                out.push_str(&format!("{pad}  "));
                write_ir(out, k, depth + 1);
            }
            out.push(')');
        }
    }
}

fn fun_head(f: &Function) -> String {
    let caps: Vec<String> = f.captures.iter().map(var).collect();
    format!("fun {} arity={} frame={} captures=[{}]", f.name, f.arity, f.frame_size, caps.join(" "))
}
