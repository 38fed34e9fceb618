//! The interpreter loop. ML calls never recurse on the Rust stack: a call pushes a `Frame`,
//! a return pops one, a tail call reuses the current one, and the depth is bounded by a
//! configurable limit past which `Stack_overflow` is raised.

use std::rc::Rc;

mod effects;
#[cfg(feature = "profile")]
mod profile;

pub use effects::EffectSupport;

use crate::code::{Capture, Code, Op};
use crate::heap;
use crate::host::Halt;
use crate::ir::Var;
use crate::prim::Prim;
use crate::value::{wrap, Closure, Fields, Gc, Value, UNIT};

struct Frame {
    code: u32,
    pc: usize,
    bp: usize,
    env: Option<Gc<Closure>>,
    /// Arguments of an over-application, left on the stack for the result to consume.
    extra: u32,
}

struct Trap {
    handler: usize,
    code: u32,
    frames: usize,
    stack: usize,
}

/// Indexes of the predefined exceptions in [`crate::lower::PREDEFINED`].
pub mod exn {
    pub const FAILURE: usize = 2;
    pub const INVALID_ARGUMENT: usize = 3;
    pub const DIVISION_BY_ZERO: usize = 5;
    pub const NOT_FOUND: usize = 6;
    pub const STACK_OVERFLOW: usize = 8;
}

pub struct Vm {
    codes: Vec<Code>,
    /// The constants the code refers to: roots of every collection.
    constants: Vec<Value>,
    pub globals: Vec<Value>,
    stack: Vec<Value>,
    frames: Vec<Frame>,
    traps: Vec<Trap>,
    acc: Value,
    code: u32,
    pc: usize,
    bp: usize,
    env: Option<Gc<Closure>>,
    extra: u32,
    predefined: Vec<u32>,
    pub(crate) out: crate::prims::Output,
    /// The most frames allowed before `Stack_overflow`.
    pub max_frames: usize,
    finished: bool,
    /// The handler of the running fiber (`None` on the main stack), and the suspended fibers
    /// below it, innermost last.
    handler: Option<Value>,
    parents: Vec<effects::Fiber>,
    /// Continuations not resumed yet, by id: their fibers, innermost first.
    conts: std::collections::HashMap<i64, Vec<effects::Fiber>>,
    next_cont: i64,
    effects: EffectSupport,
    next_timer: i64,
    /// What the program receives instead of the host's reply (a timer's id).
    pending_reply: Option<Value>,
    /// A host request held back until buffered output has been written.
    queued: Vec<crate::host::HostRequest>,
    #[cfg(feature = "profile")]
    profile: profile::Profile,
}

/// What an operation that may transfer control tells the loop. The halt is boxed so that the
/// common answer, `Continue`, is one word.
enum Step {
    Continue,
    Halt(Box<Halt>),
}

impl Vm {
    pub fn new(codes: Vec<Code>, main: u32, globals: u32, predefined: Vec<u32>, effects: EffectSupport) -> Vm {
        let frame_size = codes.get(main as usize).map_or(0, |c| c.frame_size);
        let constants = codes
            .iter()
            .flat_map(|c| c.ops.iter())
            .filter_map(|op| match op {
                Op::Const(v) | Op::PushConst(v) if !matches!(v, Value::Int(_)) => Some(*v),
                _ => None,
            })
            .collect();
        Vm {
            codes,
            constants,
            globals: vec![UNIT; globals as usize],
            stack: vec![UNIT; frame_size as usize],
            frames: vec![],
            traps: vec![],
            acc: UNIT,
            code: main,
            pc: 0,
            bp: 0,
            env: None,
            extra: 0,
            predefined,
            out: crate::prims::Output::default(),
            max_frames: 4_000_000,
            finished: false,
            handler: None,
            parents: vec![],
            conts: std::collections::HashMap::new(),
            next_cont: 0,
            effects,
            next_timer: 0,
            pending_reply: None,
            queued: vec![],
            #[cfg(feature = "profile")]
            profile: profile::Profile::default(),
        }
    }

    /// The exception value `name` or `name arg` for a predefined exception.
    pub fn exn(&self, index: usize, arg: Option<Value>) -> Value {
        let slot = self.predefined.get(index).and_then(|g| self.globals.get(*g as usize)).cloned().unwrap_or(UNIT);
        match arg {
            None => slot,
            Some(a) => Value::block(0, vec![slot, a]),
        }
    }

    pub fn failure(&self, msg: &str) -> Value {
        self.exn(exn::FAILURE, Some(Value::string(msg)))
    }

    pub fn invalid_argument(&self, msg: &str) -> Value {
        self.exn(exn::INVALID_ARGUMENT, Some(Value::string(msg)))
    }

    /// Runs until the program ends or needs the host. After a host request, call again with
    /// the reply (the accumulator receives it).
    pub fn run(&mut self, reply: Option<Value>) -> Halt {
        if let Some(r) = self.queued.pop() {
            // A request that waited for output to be written goes out now.
            return Halt::Host(r);
        }
        if let Some(r) = reply {
            self.acc = r;
        }
        if let Some(r) = self.pending_reply.take() {
            self.acc = r;
        }
        if self.finished {
            return self.out.drain().map_or(Halt::Done, Halt::Host);
        }
        self.interpret()
    }

    /// The interpreter loop. `pc` and the current code live in locals; `self.pc` is written
    /// back only around operations that may transfer control (calls, returns, raises...).
    fn interpret(&mut self) -> Halt {
        let mut code = self.code;
        let mut ops = self.ops_of(code);
        let mut pc = self.pc;
        // Runs an operation that may change `self.code`/`self.pc`, then reloads them.
        macro_rules! transfer {
            ($step:expr) => {{
                self.pc = pc;
                if let Step::Halt(h) = $step {
                    return *h;
                }
                if self.code != code {
                    code = self.code;
                    ops = self.ops_of(code);
                }
                pc = self.pc;
            }};
        }
        loop {
            let Some(op) = ops.get(pc) else {
                self.pc = pc;
                return Halt::Fatal("pc out of code".into());
            };
            pc += 1;
            #[cfg(feature = "profile")]
            self.profile.count(code, op, &self.codes);
            match op {
                Op::Const(v) => self.acc = *v,
                Op::Local(i) => self.acc = self.local(*i),
                Op::SetLocal(i) => {
                    let v = std::mem::replace(&mut self.acc, UNIT);
                    self.set_local(*i, v);
                }
                Op::Env(i) => self.acc = self.env_var(*i),
                Op::Global(g) => self.acc = self.global(*g),
                Op::SetGlobal(g) => {
                    if let Some(s) = self.globals.get_mut(*g as usize) {
                        *s = std::mem::replace(&mut self.acc, UNIT);
                    }
                }
                Op::Push => self.stack.push(self.acc),
                Op::PushLocal(i) => {
                    let v = self.local(*i);
                    self.stack.push(v);
                }
                Op::PushEnv(i) => {
                    let v = self.env_var(*i);
                    self.stack.push(v);
                }
                Op::PushGlobal(g) => {
                    let v = self.global(*g);
                    self.stack.push(v);
                }
                Op::PushConst(v) => self.stack.push(*v),
                Op::Pop(n) => {
                    let len = self.stack.len().saturating_sub(*n as usize);
                    self.stack.truncate(len);
                }
                Op::MakeBlock(tag, n) => self.make_block(*tag, *n),
                Op::Field(i) => match self.acc.field(*i as usize) {
                    Some(v) => self.acc = v,
                    None => {
                        self.pc = pc;
                        return Halt::Fatal("field of a non-block".into());
                    }
                },
                Op::LocalField(s, i) => match self.local(*s).field(*i as usize) {
                    Some(v) => self.acc = v,
                    None => {
                        self.pc = pc;
                        return Halt::Fatal("field of a non-block".into());
                    }
                },
                Op::FieldToLocal(dst, src, i) => match self.local(*src).field(*i as usize) {
                    Some(v) => self.set_local(*dst, v),
                    None => {
                        self.pc = pc;
                        return Halt::Fatal("field of a non-block".into());
                    }
                },
                Op::CopyLocal(dst, src) => {
                    let v = self.local(*src);
                    self.set_local(*dst, v);
                }
                Op::SetField(i) => {
                    let v = self.pop();
                    if let Value::Block(_, b) = &self.acc {
                        b.set(*i as usize, v);
                    }
                    self.acc = UNIT;
                }
                Op::Closure(code, caps) => {
                    let env = caps.iter().map(|c| self.capture(*c)).collect();
                    self.acc = self.make_closure(*code, env);
                }
                Op::ClosureRec(group) => {
                    let env: Rc<[Value]> = group.env.iter().map(|c| self.capture(*c)).collect();
                    for (slot, code) in &group.members {
                        let f = self.make_closure(*code, env.clone());
                        self.set_local(*slot, f);
                    }
                }
                Op::Sibling(code) => self.acc = self.sibling(*code),
                Op::Apply(n) => {
                    self.safe_point();
                    transfer!(self.apply(*n, false))
                }
                Op::ApplyGlobal(g, n) | Op::TailApplyGlobal(g, n) => {
                    self.safe_point();
                    self.acc = self.global(*g);
                    transfer!(self.apply(*n, matches!(op, Op::TailApplyGlobal(..))))
                }
                Op::BranchIfNotImm(p, k, t) => {
                    let r = match imm_binop(*p, self.acc, *k) {
                        Some(r) => r,
                        None => {
                            // The general way; a raise moves to its handler and skips the jump.
                            let at = (code, pc);
                            self.stack.push(Value::Int(*k));
                            transfer!(self.prim(*p));
                            if (code, pc) != at {
                                continue;
                            }
                            self.acc
                        }
                    };
                    self.acc = r;
                    if !r.is_true() {
                        pc = *t as usize;
                    }
                }
                Op::TailApply(n) => {
                    self.safe_point();
                    transfer!(self.apply(*n, true))
                }
                Op::Return => transfer!(self.ret()),
                Op::Branch(t) => {
                    if (*t as usize) < pc {
                        // A loop's back edge: a safe point, as calls are.
                        self.safe_point();
                    }
                    pc = *t as usize;
                }
                Op::BranchIf(t) => {
                    if self.acc.is_true() {
                        pc = *t as usize;
                    }
                }
                Op::BranchIfNot(t) => {
                    if !self.acc.is_true() {
                        pc = *t as usize;
                    }
                }
                Op::Prim(p) => {
                    if !self.fast_prim(*p) {
                        transfer!(self.prim(*p));
                    }
                }
                Op::IntImm(p, k) => match imm_binop(*p, self.acc, *k) {
                    Some(r) => self.acc = r,
                    None => {
                        // Not an int (a polymorphic comparison with a constant): the general way.
                        self.stack.push(Value::Int(*k));
                        transfer!(self.prim(*p));
                    }
                },
                Op::Effect(e) => transfer!(self.effect(*e)),
                Op::Host(op) => transfer!(self.host(op)),
                Op::Switch(table) => {
                    let target = match &self.acc {
                        Value::Int(n) => usize::try_from(*n).ok().and_then(|i| table.consts.get(i)),
                        Value::Block(tag, _) => table.blocks.get(usize::from(*tag)),
                        _ => None,
                    };
                    pc = target.copied().unwrap_or(table.default) as usize;
                }
                Op::PushTrap(handler) => self.traps.push(Trap {
                    handler: *handler as usize,
                    code: self.code,
                    frames: self.frames.len(),
                    stack: self.stack.len(),
                }),
                Op::PopTrap => {
                    self.traps.pop();
                }
                Op::Raise => {
                    let e = std::mem::replace(&mut self.acc, UNIT);
                    transfer!(self.raise(e));
                }
                Op::CheckFor { slot, up, exit } => {
                    let i = self.local(*slot).as_int().unwrap_or(0);
                    let limit = self.stack.last().and_then(Value::as_int).unwrap_or(0);
                    if (*up && i > limit) || (!*up && i < limit) {
                        pc = *exit as usize;
                    }
                }
                Op::IncrFor { slot, up } => {
                    let (slot, up) = (*slot, *up);
                    let i = self.local(slot).as_int().unwrap_or(0);
                    let limit = self.stack.last().and_then(Value::as_int).unwrap_or(0);
                    if i == limit {
                        // The counter would wrap past max_int: leave by the loop's exit.
                        if let Some(Op::Branch(top)) = ops.get(pc) {
                            if let Some(Op::CheckFor { exit, .. }) = ops.get(*top as usize) {
                                pc = *exit as usize;
                            }
                        }
                    } else {
                        self.set_local(slot, Value::int(if up { i + 1 } else { i - 1 }));
                    }
                }
            }
        }
    }

    /// Collects if enough was allocated. Called only where every live value is reachable
    /// from the VM's roots: before a call and on a loop's back edge.
    #[inline]
    fn safe_point(&mut self) {
        if heap::should_collect() {
            self.collect_garbage();
        }
    }

    #[inline(never)]
    fn collect_garbage(&mut self) {
        heap::collect(|m| {
            m.value(self.acc);
            m.values(&self.stack);
            m.values(&self.globals);
            m.values(&self.constants);
            effects::trace_frames(m, &self.frames, self.env);
            m.values(self.handler.iter().chain(&self.pending_reply));
            for f in self.parents.iter().chain(self.conts.values().flatten()) {
                f.trace(m);
            }
            crate::prims::printf::trace_cache(m);
        });
    }

    /// The operations of `code`, borrowed apart from `self` so the loop can hold them while
    /// it mutates the VM: a function's operations never change or go away while the VM
    /// exists (`codes` is never modified after construction).
    fn ops_of<'a>(&self, code: u32) -> &'a [Op] {
        match self.codes.get(code as usize) {
            // SAFETY: see above; the slice lives in an `Rc` owned by `self.codes`.
            Some(c) => unsafe { &*Rc::as_ptr(&c.ops) },
            None => &[],
        }
    }

    /// Output still buffered in the VM's channels, one write at a time.
    pub fn pending_output(&mut self) -> Option<crate::host::HostRequest> {
        self.out.drain()
    }

    #[inline]
    fn local(&self, i: u32) -> Value {
        self.stack.get(self.bp + i as usize).cloned().unwrap_or(UNIT)
    }

    #[inline]
    fn set_local(&mut self, i: u32, v: Value) {
        if let Some(s) = self.stack.get_mut(self.bp + i as usize) {
            *s = v;
        }
    }

    #[inline]
    fn read_var(&self, v: Var) -> Value {
        match v {
            Var::Local(i) => self.local(i),
            Var::Env(i) => self.env_var(i),
            Var::Global(g) => self.global(g),
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(UNIT)
    }

    #[inline]
    fn env_var(&self, i: u32) -> Value {
        self.env.as_ref().and_then(|e| e.env.get(i as usize).cloned()).unwrap_or(UNIT)
    }

    #[inline]
    fn global(&self, g: u32) -> Value {
        self.globals.get(g as usize).cloned().unwrap_or(UNIT)
    }

    /// A block of `n` fields: field 0 in the accumulator, the others popped in order.
    fn make_block(&mut self, tag: u8, n: u32) {
        let fields = if n == 0 {
            Fields::new(vec![])
        } else {
            let start = self.stack.len().saturating_sub(n as usize - 1);
            let rest = self.stack.get(start..).unwrap_or(&[]);
            let fields = Fields::from_iter_exact(std::iter::once(self.acc).chain(rest.iter().rev().copied()), rest.len() + 1);
            self.stack.truncate(start);
            fields
        };
        self.acc = Value::Block(tag, fields);
    }

    fn capture(&self, c: Capture) -> Value {
        match c {
            Capture::Var(v) => self.read_var(v),
            Capture::Sibling(code) => self.sibling(code),
        }
    }

    /// Function `code` of the running closure's `let rec` group: the running closure itself
    /// when it is the one asked for (a recursive call allocates nothing), else a new closure
    /// over the same environment.
    fn sibling(&self, code: u32) -> Value {
        let Some(current) = &self.env else { return self.make_closure(code, Rc::from(vec![])) };
        if current.code == code && current.partial.is_empty() {
            return Value::Closure(*current);
        }
        self.make_closure(code, current.env.clone())
    }

    /// A primitive through the general table: first argument in the accumulator, the others
    /// popped in order.
    fn prim(&mut self, p: Prim) -> Step {
        // No primitive takes more than five arguments: they fit in an array, not a vector.
        let mut args = [UNIT; 5];
        let arity = p.arity().min(args.len());
        if let Some(first) = args.first_mut() {
            *first = self.acc;
        }
        for slot in args.iter_mut().take(arity).skip(1) {
            *slot = self.pop();
        }
        let args = args.get(..arity).unwrap_or(&[]);
        match crate::prims::call(self, p, args) {
            Ok(v) => self.acc = v,
            Err(crate::prims::Stop::Raise(e)) => return self.raise(e),
            Err(crate::prims::Stop::Halt(h)) => return Step::Halt(Box::new(h)),
        }
        Step::Continue
    }

    /// Stops for the host; its reply becomes the accumulator when `run` is called again.
    fn host(&mut self, op: &crate::code::HostOp) -> Step {
        use crate::code::HostOp;
        use crate::host::HostRequest;
        let arg = std::mem::replace(&mut self.acc, UNIT);
        let request = match op {
            HostOp::Timer => {
                let id = self.next_timer;
                self.next_timer += 1;
                let seconds = match arg {
                    Value::Float(f) => f,
                    _ => 0.0,
                };
                // The reply is `()`; the program gets the id, kept for when the VM resumes.
                self.pending_reply = Some(Value::Int(id));
                HostRequest::Timer { id, seconds }
            }
            HostOp::WaitEvent => HostRequest::WaitEvent,
            HostOp::PollEvent => HostRequest::PollEvent,
            HostOp::Time => HostRequest::Time,
            HostOp::PortOverride => HostRequest::PortOverride,
            HostOp::Getenv => HostRequest::Getenv { name: bytes_of(&arg) },
            HostOp::Argv => HostRequest::Argv,
            HostOp::Call(name) => HostRequest::Call { name: name.to_string(), arg: crate::host::HostValue::of_value(&arg) },
            // A bare port listens for plain HTTP on localhost; Dream gives
            // `(interface, port, socket_path option, (certificate, key) option)`.
            HostOp::Listen => {
                let text = |v: Option<Value>| String::from_utf8_lossy(&bytes_of(&v.unwrap_or(UNIT))).into_owned();
                let some = |v: Option<Value>| v.and_then(|o| o.field(0));
                match arg.as_int() {
                    Some(p) => HostRequest::Listen { interface: "localhost".into(), port: u16::try_from(p).unwrap_or(0), socket_path: None, tls: None },
                    None => HostRequest::Listen {
                        interface: text(arg.field(0)),
                        port: arg.field(1).and_then(|p| p.as_int()).and_then(|p| u16::try_from(p).ok()).unwrap_or(0),
                        socket_path: some(arg.field(2)).map(|p| text(Some(p))),
                        tls: some(arg.field(3)).map(|t| (bytes_of(&t.field(0).unwrap_or(UNIT)), bytes_of(&t.field(1).unwrap_or(UNIT)))),
                    },
                }
            }
            HostOp::Respond => {
                let field = |i| arg.field(i).unwrap_or(UNIT);
                HostRequest::Respond {
                    id: field(0).as_int().unwrap_or(-1),
                    status: field(1).as_int().and_then(|s| u16::try_from(s).ok()).unwrap_or(500),
                    headers: string_pairs_of(&field(2)),
                    body: bytes_of(&field(3)),
                }
            }
        };
        // Output written before the request must reach the host first.
        if let Some(w) = self.out.drain_standard() {
            self.queued.push(request);
            return Step::Halt(Box::new(Halt::Host(w)));
        }
        Step::Halt(Box::new(Halt::Host(request)))
    }

    /// The common primitives on ints, without going through the general table.
    fn fast_prim(&mut self, p: Prim) -> bool {
        match p {
            Prim::ObjIsInt => {
                self.acc = Value::bool(matches!(self.acc, Value::Int(_)));
                return true;
            }
            Prim::ObjTag => {
                if let Value::Block(tag, _) = &self.acc {
                    self.acc = Value::Int(i64::from(*tag));
                    return true;
                }
            }
            Prim::Field0 | Prim::Field1 => {
                if let Some(v) = self.acc.field(usize::from(p == Prim::Field1)) {
                    self.acc = v;
                    return true;
                }
            }
            _ => {}
        }
        if let Value::Float(x) = self.acc {
            return self.fast_float(p, x);
        }
        let Value::Int(a) = self.acc else { return false };
        let r = match p {
            Prim::NegInt => Value::Int(wrap(a.wrapping_neg())),
            Prim::SuccInt => Value::Int(wrap(a.wrapping_add(1))),
            Prim::PredInt => Value::Int(wrap(a.wrapping_sub(1))),
            Prim::BoolNot => Value::bool(a == 0),
            _ => {
                let Some(Value::Int(b)) = self.stack.last() else { return false };
                let Some(r) = int_binop(p, a, *b) else { return false };
                self.stack.pop();
                r
            }
        };
        self.acc = r;
        true
    }

    /// The float primitives, which would otherwise allocate their argument list.
    fn fast_float(&mut self, p: Prim, x: f64) -> bool {
        let r = match p {
            Prim::NegFloat => Value::Float(-x),
            Prim::AbsFloat => Value::Float(x.abs()),
            Prim::SqrtFloat => Value::Float(x.sqrt()),
            Prim::IntOfFloat => Value::int(crate::prims::truncate(x)),
            _ => {
                let Some(Value::Float(y)) = self.stack.last() else { return false };
                let y = *y;
                let r = match p {
                    Prim::AddFloat => Value::Float(x + y),
                    Prim::SubFloat => Value::Float(x - y),
                    Prim::MulFloat => Value::Float(x * y),
                    Prim::DivFloat => Value::Float(x / y),
                    Prim::LessThan => Value::bool(x < y),
                    Prim::LessEqual => Value::bool(x <= y),
                    Prim::GreaterThan => Value::bool(x > y),
                    Prim::GreaterEqual => Value::bool(x >= y),
                    Prim::Equal => Value::bool(x == y),
                    Prim::NotEqual => Value::bool(x != y),
                    _ => return false,
                };
                self.stack.pop();
                r
            }
        };
        self.acc = r;
        true
    }

    fn make_closure(&self, code: u32, env: Rc<[Value]>) -> Value {
        let (arity, frame_size) = self.codes.get(code as usize).map_or((0, 0), |c| (c.arity, c.frame_size));
        Value::Closure(Gc::new(Closure { code, arity, frame_size, env, partial: vec![] }))
    }

    fn fatal(&self, msg: &str) -> Step {
        Step::Halt(Box::new(Halt::Fatal(msg.to_owned())))
    }

    /// Calls the closure in the accumulator with the `n` arguments on top of the stack.
    fn apply(&mut self, n: u32, tail: bool) -> Step {
        let Value::Closure(f) = std::mem::replace(&mut self.acc, UNIT) else {
            return self.fatal("apply of a non-function");
        };
        if n == f.arity && f.partial.is_empty() {
            return self.enter(f, tail);
        }
        // Arguments of an earlier partial application are the first parameters: on top.
        for v in f.partial.iter().rev() {
            self.stack.push(*v);
        }
        let total = n + f.partial.len() as u32;
        if total < f.arity {
            let start = self.stack.len() - total as usize;
            let mut args: Vec<Value> = self.stack.drain(start..).collect();
            args.reverse();
            self.acc = Value::Closure(Gc::new(Closure {
                code: f.code,
                arity: f.arity,
                frame_size: f.frame_size,
                env: f.env.clone(),
                partial: args,
            }));
            if tail {
                return self.ret();
            }
            return Step::Continue;
        }
        let extra = total - f.arity;
        let frame_size = f.frame_size;
        if tail && extra == 0 {
            // Reuse this frame: slide the arguments down to its base.
            let start = self.stack.len() - f.arity as usize;
            for i in 0..f.arity as usize {
                self.stack.swap(self.bp + i, start + i);
            }
            self.stack.truncate(self.bp + f.arity as usize);
            // The frame keeps what it owed its caller: arguments of an over-application
            // below its base still await the result.
        } else {
            if self.frames.len() >= self.max_frames {
                let e = self.exn(exn::STACK_OVERFLOW, None);
                return self.raise(e);
            }
            self.frames.push(Frame { code: self.code, pc: self.pc, bp: self.bp, env: self.env.take(), extra: self.extra });
            self.bp = self.stack.len() - f.arity as usize;
            if tail {
                // An over-applied tail call: return straight to our caller afterwards.
                if let Some(top) = self.frames.last_mut() {
                    top.pc = usize::MAX;
                }
            }
            self.extra = extra;
        }
        self.grow_frame(self.bp + frame_size as usize);
        self.code = f.code;
        self.pc = 0;
        self.env = Some(f);
        Step::Continue
    }

    /// The common call: a closure receiving exactly its arity, the arguments on the stack.
    fn enter(&mut self, f: Gc<Closure>, tail: bool) -> Step {
        let arity = f.arity as usize;
        if tail {
            // Reuse this frame: the arguments replace its slots and temporaries. What the
            // frame owed its caller (an over-application's arguments) sits below its base.
            let start = self.stack.len() - arity;
            self.stack.drain(self.bp..start);
        } else {
            if self.frames.len() >= self.max_frames {
                let e = self.exn(exn::STACK_OVERFLOW, None);
                return self.raise(e);
            }
            self.frames.push(Frame { code: self.code, pc: self.pc, bp: self.bp, env: self.env.take(), extra: self.extra });
            self.bp = self.stack.len() - arity;
            self.extra = 0;
        }
        let frame_size = f.frame_size as usize;
        if frame_size > arity {
            self.grow_frame(self.bp + frame_size);
        }
        self.code = f.code;
        self.pc = 0;
        self.env = Some(f);
        Step::Continue
    }

    /// Extends the stack with unit slots up to `len` (a frame's locals). A plain loop of
    /// pushes: `Vec::resize` clones its fill value through a slower generic path.
    #[inline]
    fn grow_frame(&mut self, len: usize) {
        let extra = len.saturating_sub(self.stack.len());
        self.stack.reserve(extra);
        for _ in 0..extra {
            self.stack.push(UNIT);
        }
    }

    fn ret(&mut self) -> Step {
        let extra = self.extra;
        self.stack.truncate(self.bp);
        let Some(frame) = self.frames.pop() else {
            self.finished = true;
            return Step::Halt(Box::new(self.out.drain().map_or(Halt::Done, Halt::Host)));
        };
        if frame.code == effects::FIBER_BOTTOM {
            let v = std::mem::replace(&mut self.acc, UNIT);
            return self.fiber_return(v);
        }
        self.code = frame.code;
        self.pc = frame.pc;
        self.bp = frame.bp;
        self.env = frame.env;
        self.extra = frame.extra;
        if extra > 0 {
            // The result of an over-application takes the remaining arguments.
            if self.pc == usize::MAX {
                return self.apply(extra, true);
            }
            return self.apply(extra, false);
        }
        if self.pc == usize::MAX {
            return self.ret();
        }
        Step::Continue
    }

    fn raise(&mut self, e: Value) -> Step {
        match self.traps.pop() {
            Some(t) => {
                // The frame that set the trap becomes current again: its registers were saved
                // in the frame record pushed when it made the call we are unwinding.
                if self.frames.len() > t.frames {
                    self.frames.truncate(t.frames + 1);
                    if let Some(f) = self.frames.pop() {
                        self.bp = f.bp;
                        self.env = f.env;
                        self.extra = f.extra;
                    }
                }
                self.stack.truncate(t.stack);
                self.code = t.code;
                self.pc = t.handler;
                self.acc = e;
                Step::Continue
            }
            None if !self.parents.is_empty() => self.fiber_raise(e),
            None => Step::Halt(Box::new(Halt::Uncaught(e))),
        }
    }

}

/// A primitive whose second argument is the constant `k`, when the VM can run it directly:
/// on ints, constructor tests, and equality of a block with a constant constructor (never
/// equal: the value is not an int).
#[inline]
fn imm_binop(p: Prim, v: Value, k: i64) -> Option<Value> {
    match (p, v) {
        (_, Value::Int(a)) if p != Prim::TagIs => int_binop(p, a, k),
        (Prim::TagIs, v) => Some(Value::bool(matches!(v, Value::Block(t, _) if i64::from(t) == k))),
        (Prim::PhysEqual | Prim::Equal, Value::Block(..)) => Some(Value::bool(false)),
        (Prim::PhysNotEqual | Prim::NotEqual, Value::Block(..)) => Some(Value::bool(true)),
        _ => None,
    }
}

/// The two-int primitives the VM runs without the general table.
fn int_binop(p: Prim, a: i64, b: i64) -> Option<Value> {
    Some(match p {
        Prim::AddInt => Value::Int(wrap(a.wrapping_add(b))),
        Prim::SubInt => Value::Int(wrap(a.wrapping_sub(b))),
        Prim::MulInt => Value::Int(wrap(a.wrapping_mul(b))),
        Prim::Equal | Prim::PhysEqual => Value::bool(a == b),
        Prim::NotEqual | Prim::PhysNotEqual => Value::bool(a != b),
        Prim::LessThan => Value::bool(a < b),
        Prim::LessEqual => Value::bool(a <= b),
        Prim::GreaterThan => Value::bool(a > b),
        Prim::GreaterEqual => Value::bool(a >= b),
        Prim::Compare => Value::Int(a.cmp(&b) as i64),
        Prim::AndInt => Value::Int(a & b),
        Prim::OrInt => Value::Int(a | b),
        Prim::XorInt => Value::Int(a ^ b),
        _ => return None,
    })
}

fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::String(s) => s.to_vec(),
        Value::Bytes(b) => b.borrow().clone(),
        _ => vec![],
    }
}

/// A `(string * string) list` as plain pairs.
fn string_pairs_of(list: &Value) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut out = vec![];
    let mut cell = *list;
    while let Some(pair) = cell.field(0) {
        out.push((bytes_of(&pair.field(0).unwrap_or(UNIT)), bytes_of(&pair.field(1).unwrap_or(UNIT))));
        cell = cell.field(1).unwrap_or(UNIT);
    }
    out
}
