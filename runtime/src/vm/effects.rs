//! Effect handlers as OCaml 5 implements them: each handled computation runs on a stack of
//! its own (a fiber). `perform` detaches the fiber and hands it, as a one-shot continuation,
//! to the handler running on the parent's stack; `continue` attaches it again. Nothing is
//! re-executed and nothing recurses on the Rust stack.

use std::rc::Rc;

use super::{Frame, Step, Trap, Vm};
use crate::code::EffectOp;
use crate::value::{Closure, Gc, Value, UNIT};

/// The frame code that marks the bottom of a fiber: returning into it ends the computation.
pub(super) const FIBER_BOTTOM: u32 = u32::MAX;

/// OCaml 5's tag for continuations.
const CONT_TAG: u8 = 245;

/// A suspended stack: everything that runs on one fiber, and the handler it was started under.
pub(super) struct Fiber {
    stack: Vec<Value>,
    frames: Vec<Frame>,
    traps: Vec<Trap>,
    code: u32,
    pc: usize,
    bp: usize,
    env: Option<Gc<Closure>>,
    extra: u32,
    handler: Option<Value>,
}

/// Where the VM finds what effects need: the trampoline that calls `effc`, and the exceptions.
#[derive(Debug, Clone, Copy, Default)]
pub struct EffectSupport {
    pub trampoline: u32,
    pub unhandled: Option<u32>,
    pub already_resumed: Option<u32>,
}

/// Marks the closures a stack's frames run, and the running one.
pub(super) fn trace_frames(m: &mut crate::heap::Marker, frames: &[Frame], running: Option<Gc<Closure>>) {
    for c in frames.iter().filter_map(|f| f.env).chain(running) {
        m.value(Value::Closure(c));
    }
}

impl Fiber {
    pub(super) fn trace(&self, m: &mut crate::heap::Marker) {
        m.values(&self.stack);
        trace_frames(m, &self.frames, self.env);
        m.values(&self.handler);
    }
}

impl Vm {
    fn save_fiber(&mut self) -> Fiber {
        Fiber {
            stack: std::mem::take(&mut self.stack),
            frames: std::mem::take(&mut self.frames),
            traps: std::mem::take(&mut self.traps),
            code: self.code,
            pc: self.pc,
            bp: self.bp,
            env: self.env.take(),
            extra: self.extra,
            handler: self.handler.take(),
        }
    }

    fn load_fiber(&mut self, f: Fiber) {
        self.stack = f.stack;
        self.frames = f.frames;
        self.traps = f.traps;
        self.code = f.code;
        self.pc = f.pc;
        self.bp = f.bp;
        self.env = f.env;
        self.extra = f.extra;
        self.handler = f.handler;
    }

    fn global_exn(&self, global: Option<u32>, arg: Option<Value>) -> Value {
        let slot = global.and_then(|g| self.globals.get(g as usize)).cloned().unwrap_or(UNIT);
        match arg {
            None => slot,
            Some(a) => Value::block(0, vec![slot, a]),
        }
    }

    pub(super) fn effect(&mut self, op: EffectOp) -> Step {
        let first = std::mem::replace(&mut self.acc, UNIT);
        let second = if op.arity() > 1 { self.pop() } else { UNIT };
        match op {
            EffectOp::MatchWith => {
                let handler = self.pop();
                self.match_with(first, second, handler)
            }
            EffectOp::Perform => self.perform(first),
            EffectOp::Continue => self.resume(&first, Ok(second)),
            EffectOp::Discontinue => self.resume(&first, Err(second)),
            EffectOp::Reperform => self.reperform(first, second),
        }
    }

    fn match_with(&mut self, comp: Value, arg: Value, handler: Value) -> Step {
        let parent = self.save_fiber();
        self.parents.push(parent);
        self.code = FIBER_BOTTOM;
        self.pc = 0;
        self.bp = 0;
        self.extra = 0;
        self.handler = Some(handler);
        self.stack.push(arg);
        self.acc = comp;
        self.apply(1, false)
    }

    /// The computation of the current fiber returned `v`: back to the parent, through `retc`.
    pub(super) fn fiber_return(&mut self, v: Value) -> Step {
        self.leave_fiber(0, v)
    }

    /// An exception escaped the current fiber: back to the parent, through `exnc`.
    pub(super) fn fiber_raise(&mut self, e: Value) -> Step {
        self.leave_fiber(1, e)
    }

    fn leave_fiber(&mut self, field: usize, v: Value) -> Step {
        let handler = self.handler.take().unwrap_or(UNIT);
        let Some(parent) = self.parents.pop() else {
            return self.fatal("fiber without a parent");
        };
        self.load_fiber(parent);
        self.stack.push(v);
        self.acc = handler.field(field).unwrap_or(UNIT);
        self.apply(1, false)
    }

    fn perform(&mut self, eff: Value) -> Step {
        if self.parents.is_empty() {
            let e = self.global_exn(self.effects.unhandled, Some(eff));
            return self.raise(e);
        }
        let handler = self.handler.unwrap_or(UNIT);
        let fiber = self.save_fiber();
        let id = self.next_cont;
        self.next_cont += 1;
        self.conts.insert(id, vec![fiber]);
        self.handle_in_parent(&handler, eff, id)
    }

    /// Switches to the parent fiber and calls the trampoline there with the handler's `effc`,
    /// the effect and the continuation.
    fn handle_in_parent(&mut self, handler: &Value, eff: Value, id: i64) -> Step {
        let Some(parent) = self.parents.pop() else {
            return self.fatal("perform without a parent fiber");
        };
        self.load_fiber(parent);
        let k = Value::block(CONT_TAG, vec![Value::Int(id)]);
        let effc = handler.field(2).unwrap_or(UNIT);
        self.stack.push(k);
        self.stack.push(eff);
        self.stack.push(effc);
        self.acc = self.make_closure(self.effects.trampoline, Rc::from(vec![]));
        self.apply(3, false)
    }

    /// `effc` returned `None`: the trampoline's frame goes away, this fiber joins the
    /// continuation, and the next handler out gets the effect.
    fn reperform(&mut self, eff: Value, k: Value) -> Step {
        self.stack.truncate(self.bp);
        if let Some(f) = self.frames.pop() {
            self.code = f.code;
            self.pc = f.pc;
            self.bp = f.bp;
            self.env = f.env;
            self.extra = f.extra;
        }
        let id = k.field(0).and_then(|v| v.as_int()).unwrap_or(-1);
        if self.parents.is_empty() {
            // No handler at all: `perform` raises `Unhandled` where it was called.
            let e = self.global_exn(self.effects.unhandled, Some(eff));
            return self.resume(&k, Err(e));
        }
        let handler = self.handler.unwrap_or(UNIT);
        let me = self.save_fiber();
        if let Some(chain) = self.conts.get_mut(&id) {
            chain.push(me);
        }
        self.handle_in_parent(&handler, eff, id)
    }

    /// `continue k v` (`Ok`) or `discontinue k e` (`Err`): the continuation's fibers are
    /// stacked on the current one, and the innermost resumes.
    fn resume(&mut self, k: &Value, with: Result<Value, Value>) -> Step {
        let id = k.field(0).and_then(|v| v.as_int()).unwrap_or(-1);
        let Some(mut chain) = self.conts.remove(&id) else {
            let e = self.global_exn(self.effects.already_resumed, None);
            return self.raise(e);
        };
        let me = self.save_fiber();
        self.parents.push(me);
        let innermost = if chain.is_empty() { None } else { Some(chain.remove(0)) };
        for f in chain.into_iter().rev() {
            self.parents.push(f);
        }
        let Some(f) = innermost else {
            return self.fatal("empty continuation");
        };
        self.load_fiber(f);
        match with {
            Ok(v) => {
                self.acc = v;
                Step::Continue
            }
            Err(e) => self.raise(e),
        }
    }
}
