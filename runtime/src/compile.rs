//! IR to VM code. Each IR function becomes one `Code`; the compiler tracks how many
//! temporaries are on the stack and how many exception traps are open, so that a jump out of
//! a pattern-matching case (`Exit`) leaves the stack as the target expects.

use std::collections::HashMap;
use std::rc::Rc;

use crate::code::{Capture, Code, Op, RecGroup, SwitchTable};
use crate::ir::{Const, Function, Ir, Var};
use crate::prim::Prim;
use crate::value::{Value, UNIT};

#[derive(Default)]
pub struct Compiler {
    pub codes: Vec<Code>,
}

struct Label {
    handler: Vec<usize>,
    depth: u32,
    traps: u32,
}

struct Ctx {
    ops: Vec<Op>,
    arity: u32,
    /// Temporaries pushed above the frame's slots.
    depth: u32,
    traps: u32,
    labels: HashMap<u32, Label>,
    /// The furthest jump target so far: instructions there must not be fused away.
    last_target: u32,
    /// For a function of a `let rec` group: what each of its captures became in the group's
    /// shared environment.
    env_map: Option<Vec<Capture>>,
}

impl Ctx {
    fn emit(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.ops.len() - 1
    }

    /// `BranchIfNot(0)` to be patched, fused with the test before it when that is an
    /// `IntImm` no jump lands after.
    fn branch_if_not(&mut self) -> usize {
        if self.last_target < self.here() {
            if let Some(op) = self.ops.last_mut() {
                if let Op::IntImm(p, k) = op {
                    *op = Op::BranchIfNotImm(*p, *k, 0);
                    return self.ops.len() - 1;
                }
            }
        }
        self.emit(Op::BranchIfNot(0))
    }

    /// `Apply(n)`/`TailApply(n)`, fused with a load of the function from a global.
    fn apply(&mut self, n: u32, tail: bool) {
        if self.last_target < self.here() {
            if let Some(op) = self.ops.last_mut() {
                if let Op::Global(g) = op {
                    *op = if tail { Op::TailApplyGlobal(*g, n) } else { Op::ApplyGlobal(*g, n) };
                    return;
                }
            }
        }
        self.emit(if tail { Op::TailApply(n) } else { Op::Apply(n) });
    }

    fn here(&self) -> u32 {
        self.ops.len() as u32
    }

    fn patch(&mut self, at: usize, target: u32) {
        self.last_target = self.last_target.max(target);
        if let Some(op) = self.ops.get_mut(at) {
            match op {
                Op::Branch(t) | Op::BranchIf(t) | Op::BranchIfNot(t) | Op::BranchIfNotImm(_, _, t) | Op::PushTrap(t) => {
                    *t = target
                }
                Op::CheckFor { exit, .. } => *exit = target,
                _ => {}
            }
        }
    }

    /// What capture `i` of the function being compiled is.
    fn env(&self, i: u32) -> Capture {
        let own = Capture::Var(Var::Env(i));
        self.env_map.as_ref().and_then(|m| m.get(i as usize).copied()).unwrap_or(own)
    }

    /// How the code being compiled reads a variable of the IR.
    fn capture(&self, v: Var) -> Capture {
        match v {
            Var::Local(s) => Capture::Var(Var::Local(self.slot(s))),
            Var::Env(i) => self.env(i),
            Var::Global(_) => Capture::Var(v),
        }
    }

    /// Parameters arrive with the first one on top of the stack.
    fn slot(&self, s: u32) -> u32 {
        if s < self.arity {
            self.arity - 1 - s
        } else {
            s
        }
    }

    fn push(&mut self) {
        self.depth += 1;
        // Fuse with the load before, unless a jump lands on the push.
        if self.last_target < self.here() {
            let fused = match self.ops.last() {
                Some(Op::Local(i)) => Some(Op::PushLocal(*i)),
                Some(Op::Env(i)) => Some(Op::PushEnv(*i)),
                Some(Op::Global(g)) => Some(Op::PushGlobal(*g)),
                Some(Op::Const(v)) => Some(Op::PushConst(*v)),
                _ => None,
            };
            if let (Some(op), Some(last)) = (fused, self.ops.last_mut()) {
                *last = op;
                return;
            }
        }
        self.emit(Op::Push);
    }
}

impl Compiler {
    /// Compiles a function (and, first, every function inside it); returns its code index.
    pub fn function(&mut self, f: &Function) -> u32 {
        let at = self.reserve(f);
        self.function_at(at, f, None);
        at
    }

    /// A code index for `f`, compiled later by `function_at` (siblings in a `let rec` need
    /// each other's indices first).
    fn reserve(&mut self, f: &Function) -> u32 {
        self.codes.push(Code { name: f.name.clone(), arity: f.arity, frame_size: f.frame_size.max(f.arity), ops: Rc::from(vec![]) });
        self.codes.len() as u32 - 1
    }

    fn function_at(&mut self, at: u32, f: &Function, env_map: Option<Vec<Capture>>) {
        let mut cx = Ctx { ops: vec![], arity: f.arity, depth: 0, traps: 0, labels: HashMap::new(), last_target: 0, env_map };
        self.expr(&mut cx, &f.body, true);
        cx.emit(Op::Return);
        thread_jumps(&mut cx.ops);
        if let Some(code) = self.codes.get_mut(at as usize) {
            code.ops = cx.ops.into();
        }
    }

    fn closure(&mut self, cx: &Ctx, f: &Rc<Function>) -> (u32, Rc<[Capture]>) {
        let code = self.function(f);
        let caps: Vec<Capture> = f.captures.iter().map(|v| cx.capture(*v)).collect();
        (code, caps.into())
    }

    /// A local `let rec` of functions: one environment for the group, what each function
    /// captures mapped into it, references between them made siblings.
    fn rec_group(&mut self, cx: &Ctx, fs: &[(u32, Rc<Function>)]) -> RecGroup {
        let codes: Vec<u32> = fs.iter().map(|(_, f)| self.reserve(f)).collect();
        let sibling = |v: &Var| match v {
            Var::Local(s) => fs.iter().position(|(slot, _)| slot == s).and_then(|k| codes.get(k)).copied(),
            _ => None,
        };
        let mut env: Vec<Capture> = vec![];
        let mut maps = vec![];
        for (_, f) in fs {
            let map: Vec<Capture> = f
                .captures
                .iter()
                .map(|v| match sibling(v) {
                    Some(code) => Capture::Sibling(code),
                    None => {
                        let c = cx.capture(*v);
                        let i = env.iter().position(|e| *e == c).unwrap_or_else(|| {
                            env.push(c);
                            env.len() - 1
                        });
                        Capture::Var(Var::Env(i as u32))
                    }
                })
                .collect();
            maps.push(map);
        }
        for (((_, f), code), map) in fs.iter().zip(&codes).zip(maps) {
            self.function_at(*code, f, Some(map));
        }
        let members = fs.iter().zip(&codes).map(|((slot, _), code)| (cx.slot(*slot), *code)).collect();
        RecGroup { members, env }
    }

    /// Pushes all but the first of `items` (last first) and leaves the first in the
    /// accumulator: OCaml's right-to-left evaluation.
    fn spread(&mut self, cx: &mut Ctx, items: &[Ir]) -> u32 {
        let n = items.len() as u32;
        for item in items.iter().skip(1).rev() {
            self.expr(cx, item, false);
            cx.push();
        }
        match items.first() {
            Some(first) => self.expr(cx, first, false),
            None => {
                cx.emit(Op::Const(UNIT));
            }
        }
        cx.depth -= n.saturating_sub(1);
        n
    }

    fn expr(&mut self, cx: &mut Ctx, ir: &Ir, tail: bool) {
        match ir {
            Ir::Var(Var::Local(s)) => {
                cx.emit(Op::Local(cx.slot(*s)));
            }
            Ir::Var(Var::Env(i)) => {
                cx.emit(match cx.env(*i) {
                    Capture::Sibling(code) => Op::Sibling(code),
                    Capture::Var(Var::Env(j)) => Op::Env(j),
                    // A group's map only yields environment slots and siblings.
                    Capture::Var(_) => Op::Env(*i),
                });
            }
            Ir::Var(Var::Global(g)) => {
                cx.emit(Op::Global(*g));
            }
            Ir::Const(c) => {
                cx.emit(Op::Const(match c {
                    Const::Int(n) => Value::Int(*n),
                    Const::Float(f) => Value::Float(*f),
                    Const::String(s) => Value::string(&s[..]),
                }));
            }
            Ir::Let(s, v, body) => {
                let dst = cx.slot(*s);
                match (&**v, field_of_local(v)) {
                    (_, Some((src, i))) => {
                        cx.emit(Op::FieldToLocal(dst, cx.slot(src), i));
                    }
                    (Ir::Var(Var::Local(src)), _) => {
                        cx.emit(Op::CopyLocal(dst, cx.slot(*src)));
                    }
                    (v, None) => {
                        self.expr(cx, v, false);
                        cx.emit(Op::SetLocal(dst));
                    }
                }
                self.expr(cx, body, tail);
            }
            Ir::Assign(s, v) => {
                self.expr(cx, v, false);
                cx.emit(Op::SetLocal(cx.slot(*s)));
                cx.emit(Op::Const(UNIT));
            }
            Ir::SetGlobal(g, v) => {
                self.expr(cx, v, false);
                cx.emit(Op::SetGlobal(*g));
                cx.emit(Op::Const(UNIT));
            }
            Ir::Fun(f) => {
                let (code, caps) = self.closure(cx, f);
                cx.emit(Op::Closure(code, caps));
            }
            Ir::LetRecFuns(fs, body) => {
                let group = self.rec_group(cx, fs);
                cx.emit(Op::ClosureRec(Rc::new(group)));
                self.expr(cx, body, tail);
            }
            Ir::Apply(f, args) => {
                for a in args.iter().rev() {
                    self.expr(cx, a, false);
                    cx.push();
                }
                self.expr(cx, f, false);
                let n = args.len() as u32;
                cx.depth -= n;
                cx.apply(n, tail && cx.traps == 0);
            }
            Ir::Prim(p, args) => match (p, args.as_slice()) {
                (
                    Prim::AddInt | Prim::SubInt | Prim::Equal | Prim::NotEqual | Prim::PhysEqual | Prim::PhysNotEqual
                    | Prim::LessThan | Prim::LessEqual | Prim::GreaterThan | Prim::GreaterEqual | Prim::TagIs,
                    [a, Ir::Const(Const::Int(k))],
                ) => {
                    self.expr(cx, a, false);
                    cx.emit(Op::IntImm(*p, *k));
                }
                _ => {
                    self.spread(cx, args);
                    cx.emit(Op::Prim(*p));
                }
            },
            Ir::Host(op, arg) => {
                self.expr(cx, arg, false);
                cx.emit(Op::Host(op.clone()));
            }
            Ir::Effect(op, args) => {
                self.spread(cx, args);
                cx.emit(Op::Effect(*op));
            }
            Ir::Block(tag, fields) => {
                let n = self.spread(cx, fields);
                cx.emit(Op::MakeBlock(*tag, n));
            }
            Ir::Field(e, i) => match field_of_local(ir) {
                Some((s, i)) => {
                    cx.emit(Op::LocalField(cx.slot(s), i));
                }
                None => {
                    self.expr(cx, e, false);
                    cx.emit(Op::Field(*i));
                }
            },
            Ir::SetField(e, i, v) => {
                self.expr(cx, v, false);
                cx.push();
                self.expr(cx, e, false);
                cx.depth -= 1;
                cx.emit(Op::SetField(*i));
            }
            Ir::If(c, t, e) => {
                self.expr(cx, c, false);
                let to_else = cx.branch_if_not();
                self.expr(cx, t, tail);
                let to_end = cx.emit(Op::Branch(0));
                let here = cx.here();
                cx.patch(to_else, here);
                self.expr(cx, e, tail);
                let here = cx.here();
                cx.patch(to_end, here);
            }
            Ir::Seq(a, b) => {
                self.expr(cx, a, false);
                self.expr(cx, b, tail);
            }
            Ir::While(c, body) => {
                let top = cx.here();
                cx.last_target = cx.last_target.max(top);
                self.expr(cx, c, false);
                let exit = cx.branch_if_not();
                self.expr(cx, body, false);
                cx.emit(Op::Branch(top));
                let here = cx.here();
                cx.patch(exit, here);
                cx.emit(Op::Const(UNIT));
            }
            Ir::For(s, lo, hi, up, body) => {
                let slot = cx.slot(*s);
                self.expr(cx, lo, false);
                cx.emit(Op::SetLocal(slot));
                self.expr(cx, hi, false);
                cx.push();
                let top = cx.here();
                cx.last_target = cx.last_target.max(top);
                let check = cx.emit(Op::CheckFor { slot, up: *up, exit: 0 });
                self.expr(cx, body, false);
                cx.emit(Op::IncrFor { slot, up: *up });
                cx.emit(Op::Branch(top));
                let here = cx.here();
                cx.patch(check, here);
                cx.emit(Op::Pop(1));
                cx.depth -= 1;
                cx.emit(Op::Const(UNIT));
            }
            Ir::Raise(e) => {
                self.expr(cx, e, false);
                cx.emit(Op::Raise);
            }
            Ir::Try(body, s, handler) => {
                let trap = cx.emit(Op::PushTrap(0));
                cx.traps += 1;
                self.expr(cx, body, false);
                cx.traps -= 1;
                cx.emit(Op::PopTrap);
                let to_end = cx.emit(Op::Branch(0));
                let here = cx.here();
                cx.patch(trap, here);
                cx.emit(Op::SetLocal(cx.slot(*s)));
                self.expr(cx, handler, tail);
                let here = cx.here();
                cx.patch(to_end, here);
            }
            Ir::Catch(label, body, handler) => {
                cx.labels.insert(*label, Label { handler: vec![], depth: cx.depth, traps: cx.traps });
                self.expr(cx, body, tail);
                let to_end = cx.emit(Op::Branch(0));
                let here = cx.here();
                if let Some(l) = cx.labels.remove(label) {
                    for at in l.handler {
                        cx.patch(at, here);
                    }
                }
                self.expr(cx, handler, tail);
                let here = cx.here();
                cx.patch(to_end, here);
            }
            Ir::Switch(v, consts, blocks, default) => {
                self.expr(cx, v, false);
                let at = cx.emit(Op::Switch(Rc::new(SwitchTable::default())));
                let mut table = SwitchTable::default();
                let mut ends = vec![];
                let mut arm = |this: &mut Self, cx: &mut Ctx, ir: &Ir| -> u32 {
                    let here = cx.here();
                    cx.last_target = cx.last_target.max(here);
                    this.expr(cx, ir, tail);
                    ends.push(cx.emit(Op::Branch(0)));
                    here
                };
                let default_at = arm(self, cx, default);
                table.default = default_at;
                let n_consts = consts.iter().map(|(n, _)| (*n).clamp(0, 1 << 16) as usize + 1).max().unwrap_or(0);
                table.consts = vec![default_at; n_consts];
                for (n, ir) in consts {
                    let target = arm(self, cx, ir);
                    if let Some(slot) = usize::try_from(*n).ok().and_then(|i| table.consts.get_mut(i)) {
                        *slot = target;
                    }
                }
                let n_blocks = blocks.iter().map(|(t, _)| usize::from(*t) + 1).max().unwrap_or(0);
                table.blocks = vec![default_at; n_blocks];
                for (t, ir) in blocks {
                    let target = arm(self, cx, ir);
                    if let Some(slot) = table.blocks.get_mut(usize::from(*t)) {
                        *slot = target;
                    }
                }
                let end = cx.here();
                for at in ends {
                    cx.patch(at, end);
                }
                if let Some(op) = cx.ops.get_mut(at) {
                    *op = Op::Switch(Rc::new(table));
                }
            }
            Ir::Exit(label) => {
                let (depth, traps) = match cx.labels.get(label) {
                    Some(l) => (l.depth, l.traps),
                    None => (cx.depth, cx.traps),
                };
                for _ in traps..cx.traps {
                    cx.emit(Op::PopTrap);
                }
                if cx.depth > depth {
                    cx.emit(Op::Pop(cx.depth - depth));
                }
                let at = cx.emit(Op::Branch(0));
                if let Some(l) = cx.labels.get_mut(label) {
                    l.handler.push(at);
                }
            }
        }
    }
}

/// A jump to a `Return` returns at once, and a jump to a jump goes straight to the latter's
/// target (the end of an `if` in tail position is often both).
fn thread_jumps(ops: &mut [Op]) {
    for i in 0..ops.len() {
        let Some(Op::Branch(mut t)) = ops.get(i).cloned() else { continue };
        // Bounded: a cycle of jumps (an empty infinite loop) is left alone.
        for _ in 0..8 {
            match ops.get(t as usize) {
                Some(Op::Branch(u)) if *u != t => t = *u,
                _ => break,
            }
        }
        let threaded = match ops.get(t as usize) {
            Some(Op::Return) => Op::Return,
            _ => Op::Branch(t),
        };
        if let Some(op) = ops.get_mut(i) {
            *op = threaded;
        }
    }
}

/// `(field i l)` of a local `l`: its slot and `i`.
fn field_of_local(ir: &Ir) -> Option<(u32, u32)> {
    match ir {
        Ir::Field(e, i) => match **e {
            Ir::Var(Var::Local(s)) => Some((s, *i)),
            _ => None,
        },
        _ => None,
    }
}
