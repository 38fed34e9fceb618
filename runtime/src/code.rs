//! The VM's instructions: an accumulator machine in the style of OCaml's ZINC machine. The
//! result of every expression is in the accumulator; arguments and temporaries are pushed on
//! the value stack, where each frame also keeps its local slots.

use std::rc::Rc;

use crate::ir::Var;
use crate::prim::Prim;
use crate::value::Value;

/// The operations of effect handlers, implemented by the VM itself because they switch
/// between stacks (OCaml 5's fibers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectOp {
    /// `Effect.perform eff`
    Perform,
    /// `Effect.Deep.match_with comp arg handler`
    MatchWith,
    /// `Effect.Deep.continue k v`
    Continue,
    /// `Effect.Deep.discontinue k exn`
    Discontinue,
    /// Internal: the handler's `effc` declined; pass the effect to the next handler out.
    Reperform,
}

impl EffectOp {
    pub fn from_name(name: &str) -> Option<EffectOp> {
        Some(match name {
            "%perform" => EffectOp::Perform,
            "%match_with" => EffectOp::MatchWith,
            "%continue" => EffectOp::Continue,
            "%discontinue" => EffectOp::Discontinue,
            _ => return None,
        })
    }

    pub fn arity(self) -> usize {
        match self {
            EffectOp::Perform => 1,
            EffectOp::MatchWith => 3,
            EffectOp::Continue | EffectOp::Discontinue | EffectOp::Reperform => 2,
        }
    }
}

/// Requests to the host that return a value: the VM stops, the host answers, the answer
/// lands in the accumulator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostOp {
    /// `seconds -> id`: start a timer.
    Timer,
    /// `() -> event`: wait for the next timer or HTTP request (`Timer (-1)`: nothing pending).
    WaitEvent,
    /// `() -> event`: a timer already due or a request already arrived, without waiting
    /// (`Nothing`, the int 0, when there is none): the non-blocking turn of Lwt's engine.
    PollEvent,
    /// `() -> float`: seconds since the epoch.
    Time,
    /// `port -> ()`: accept HTTP connections on 127.0.0.1:port.
    Listen,
    /// `(id, status, headers, body) -> ()`: answer request `id`.
    Respond,
    /// `() -> int`: the port given with `mlrun --port`, or -1.
    PortOverride,
    /// `name -> string option`: an environment variable.
    Getenv,
    /// `() -> string array`: the program's command line.
    Argv,
    /// `external f : a -> b = "%host:NAME"`: a service of the host's own, by name, its
    /// argument passed as plain data (`HostValue`). Layers above the runtime (the Dream host,
    /// Unix) add services this way without a new operation here.
    Call(Rc<str>),
}

impl HostOp {
    pub fn from_name(name: &str) -> Option<HostOp> {
        Some(match name {
            "%host_timer" => HostOp::Timer,
            "%host_wait_event" => HostOp::WaitEvent,
            "%host_poll_event" => HostOp::PollEvent,
            "%host_time" => HostOp::Time,
            "%host_listen" => HostOp::Listen,
            "%host_respond" => HostOp::Respond,
            "%host_port_override" => HostOp::PortOverride,
            "%host_getenv" => HostOp::Getenv,
            "%host_argv" => HostOp::Argv,
            _ => HostOp::Call(Rc::from(name.strip_prefix("%host:")?)),
        })
    }
}

#[derive(Debug, Clone)]
pub enum Op {
    Const(Value),
    Local(u32),
    SetLocal(u32),
    Env(u32),
    Global(u32),
    SetGlobal(u32),
    Push,
    /// Fused `Local; Push` and friends: push without going through the accumulator (which
    /// is dead after a push: the next instruction always sets it).
    PushLocal(u32),
    PushEnv(u32),
    PushGlobal(u32),
    PushConst(Value),
    Pop(u32),
    /// A block of `n` fields: field 0 in the accumulator, the others popped in order.
    MakeBlock(u8, u32),
    Field(u32),
    /// Fused `Local(slot); Field(i)`: a field of a local (pattern matching loads many).
    LocalField(u32, u32),
    /// Fused `LocalField(src, i); SetLocal(dst)`: `dst`, `src`, `i` (a pattern's field load).
    /// Leaves the accumulator alone: what follows a `let` sets it.
    FieldToLocal(u32, u32, u32),
    /// Fused `Local(src); SetLocal(dst)`: `dst`, `src`.
    CopyLocal(u32, u32),
    /// Block in the accumulator, value popped.
    SetField(u32),
    /// A closure over `code`, capturing these values.
    Closure(u32, Rc<[Capture]>),
    /// The functions of a local `let rec`, bound to their slots.
    ClosureRec(Rc<RecGroup>),
    /// A function of the running closure's `let rec` group, over the same environment.
    Sibling(u32),
    /// Function in the accumulator, `n` arguments on the stack, the first on top.
    Apply(u32),
    TailApply(u32),
    Return,
    Branch(u32),
    BranchIf(u32),
    BranchIfNot(u32),
    /// First argument in the accumulator, the others popped in order.
    Prim(Prim),
    /// An int primitive whose second argument is this constant (`n - 1`, `i < 10`).
    IntImm(Prim, i64),
    /// Fused `IntImm(p, k); BranchIfNot(t)`: the test of an `if` or of a pattern.
    BranchIfNotImm(Prim, i64, u32),
    /// Fused `Global(g); Apply(n)` / `Global(g); TailApply(n)`: a call of a toplevel function.
    ApplyGlobal(u32, u32),
    TailApplyGlobal(u32, u32),
    /// First argument in the accumulator, the others popped in order.
    Effect(EffectOp),
    /// The argument in the accumulator.
    Host(HostOp),
    /// Jump on the accumulator: an int indexes `consts`, a block's tag indexes `blocks`,
    /// anything else (or out of range) goes to `default`.
    Switch(Rc<SwitchTable>),
    PushTrap(u32),
    PopTrap,
    Raise,
    /// `for` loop step: compare the counter slot with the limit on the stack.
    CheckFor { slot: u32, up: bool, exit: u32 },
    IncrFor { slot: u32, up: bool },
}

#[derive(Debug, Default)]
pub struct SwitchTable {
    pub consts: Vec<u32>,
    pub blocks: Vec<u32>,
    pub default: u32,
}

/// What a closure captures: a variable of the creating frame, or a function of the `let rec`
/// group the creator belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capture {
    Var(Var),
    Sibling(u32),
}

/// The functions of a local `let rec` share one environment, which holds what they capture
/// from outside but never each other: a function reaches its siblings with `Op::Sibling`,
/// made on demand from the environment it runs in. Closures capturing each other would be
/// reference cycles, never freed: OCaml shares one closure block for the same reason.
#[derive(Debug)]
pub struct RecGroup {
    /// (local slot, code) of each function.
    pub members: Vec<(u32, u32)>,
    pub env: Vec<Capture>,
}

/// The code of one function.
#[derive(Debug)]
pub struct Code {
    pub name: String,
    pub arity: u32,
    pub frame_size: u32,
    /// Shared so the interpreter loop can hold the current function's code while it runs.
    pub ops: std::rc::Rc<[Op]>,
}
