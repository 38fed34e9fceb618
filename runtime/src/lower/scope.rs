//! Name resolution during lowering: what each name means (a variable in a frame or a global,
//! a constructor with its tag, a record field, a module), and the capture lists that turn
//! references to enclosing functions' variables into closure-environment slots.

use std::rc::Rc;

use crate::ir::Var;
use crate::prim::Prim;

#[derive(Debug, Clone)]
pub enum Binding {
    /// A variable: a slot of the function at `depth`, or a global.
    Local { depth: usize, slot: u32 },
    Global(u32),
    /// An `external`: a primitive, applied directly when saturated.
    Prim(Prim),
    /// An effect-handler operation, which the VM performs itself.
    Effect(crate::code::EffectOp),
    /// A request to the host.
    Host(crate::code::HostOp),
    /// A variant constructor: constant ones are ints, others blocks with this tag. `inline`:
    /// the record type of its inline record, whose fields are the block's own (OCaml's layout).
    Constr { tag: u32, constant: bool, arity: usize, inline: Option<u32> },
    /// An exception constructor, identified by the global holding its slot block; an inline
    /// record's fields follow the slot in the exception's block.
    Exn { global: u32, arity: usize, inline: Option<u32> },
    /// An exception declared in code that may run more than once (a function's local module,
    /// `let exception`): each run makes a new constructor, kept in a slot of the function.
    LocalExn { depth: usize, slot: u32, arity: usize, inline: Option<u32> },
    /// A record label: its position in the block, how many fields the record has, and which
    /// record type it belongs to (to choose between types sharing a label).
    /// `inline`: the label of a constructor's inline record, which only that constructor's
    /// values have (it never hides an ordinary record's label).
    Field { index: u32, count: u32, ty: u32, inline: bool },
    Module(Rc<Module>),
    Functor(Rc<Functor>),
    /// A module type, known by the values a package of it carries, in order.
    Signature(Rc<Vec<String>>),
    /// A first-class module unpacked without a signature (`let (module M) = e`): its values
    /// are looked up by name in the package in this slot.
    Package { depth: usize, slot: u32 },
    /// `M.x` for such a module.
    PackageValue { depth: usize, slot: u32, name: String },
    /// An instance variable inside a method: field `index` of the object in `slot` (the
    /// method's `self` parameter) of the function at `depth`.
    InstVar { depth: usize, slot: u32, index: u32 },
    /// `inherit c as super`: the parent's parts, in a slot of the class's function.
    Super { depth: usize, slot: u32 },
    /// A class: the global holding its function, and what its objects look like.
    Class { global: u32, info: Rc<super::class::ClassInfo> },
}

/// A functor, applied by lowering its body again for each application (they are static in
/// the programs mlrun runs: `Map.Make (String)` at top level). The body is lowered in the
/// scope the functor was defined in, which is kept here.
#[derive(Debug)]
pub struct Functor {
    pub param: Option<String>,
    pub body: mlrun_lang::ast::ModExpr,
    pub scope: Vec<(Namespace, String, Binding)>,
}

/// A function binding whose parameter labels are known: a global or a frame slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LabelKey {
    Global(u32),
    Local(usize, u32),
}

/// A module known at compile time: its components in definition order. Shadowed ones stay
/// (a record type's labels must survive a later type reusing one), lookups take the last.
#[derive(Debug, Default, Clone)]
pub struct Module {
    pub entries: Vec<(Namespace, String, Binding)>,
}

impl Module {
    pub fn get(&self, ns: Namespace, name: &str) -> Option<&Binding> {
        self.entries.iter().rev().find(|(n, s, _)| *n == ns && s == name).map(|(_, _, b)| b)
    }
}

/// The names of one namespace as a stack, so that leaving a scope is a truncate.
#[derive(Default)]
pub struct Names {
    entries: Vec<(Namespace, String, Binding)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Namespace {
    Value,
    Constructor,
    Field,
    Module,
    ModuleType,
    Class,
}

impl Names {
    pub fn mark(&self) -> usize {
        self.entries.len()
    }

    pub fn reset(&mut self, mark: usize) {
        self.entries.truncate(mark);
    }

    /// Everything in scope, to lower a functor body later in the scope of its definition.
    pub fn snapshot(&self) -> Vec<(Namespace, String, Binding)> {
        self.entries.clone()
    }

    /// Swaps the whole scope; returns the one that was there.
    pub fn replace(&mut self, entries: Vec<(Namespace, String, Binding)>) -> Vec<(Namespace, String, Binding)> {
        std::mem::replace(&mut self.entries, entries)
    }

    pub fn bind(&mut self, ns: Namespace, name: &str, b: Binding) {
        self.entries.push((ns, name.to_owned(), b));
    }

    pub fn find(&self, ns: Namespace, name: &str) -> Option<&Binding> {
        self.entries.iter().rev().find(|(n, s, _)| *n == ns && s == name).map(|(_, _, b)| b)
    }

    /// Every binding of a name, the most recent first.
    pub fn find_all<'s>(&'s self, ns: Namespace, name: &'s str) -> impl Iterator<Item = &'s Binding> + 's {
        self.entries.iter().rev().filter(move |(n, s, _)| *n == ns && s == name).map(|(_, _, b)| b)
    }

    /// Everything bound since `mark`, in order: the contents of a structure being closed.
    pub fn since(&self, mark: usize) -> impl Iterator<Item = &(Namespace, String, Binding)> {
        self.entries.get(mark..).unwrap_or_default().iter()
    }
}

/// One function being lowered: its frame and its captures.
#[derive(Default)]
pub struct Frame {
    pub next_slot: u32,
    pub max_slot: u32,
    /// (defining depth, slot) of each captured variable, in environment order.
    pub captures: Vec<(usize, u32)>,
}

impl Frame {
    pub fn alloc(&mut self) -> u32 {
        let s = self.next_slot;
        self.next_slot += 1;
        self.max_slot = self.max_slot.max(self.next_slot);
        s
    }
}

/// The stack of functions being lowered, innermost last.
#[derive(Default)]
pub struct Frames {
    pub stack: Vec<Frame>,
}

impl Frames {
    pub fn depth(&self) -> usize {
        self.stack.len().saturating_sub(1)
    }

    pub fn alloc(&mut self) -> u32 {
        match self.stack.last_mut() {
            Some(f) => f.alloc(),
            None => 0,
        }
    }

    /// How the current function reaches a variable of the function at `depth`: directly if it
    /// is its own, otherwise through its environment, adding captures along the way.
    pub fn access(&mut self, depth: usize, slot: u32) -> Var {
        self.access_from(self.depth(), depth, slot)
    }

    fn access_from(&mut self, at: usize, depth: usize, slot: u32) -> Var {
        if at <= depth {
            return Var::Local(slot);
        }
        let Some(frame) = self.stack.get(at) else { return Var::Local(slot) };
        if let Some(i) = frame.captures.iter().position(|&c| c == (depth, slot)) {
            return Var::Env(i as u32);
        }
        // Make sure the enclosing function can reach it first.
        self.access_from(at - 1, depth, slot);
        match self.stack.get_mut(at) {
            Some(frame) => {
                frame.captures.push((depth, slot));
                Var::Env(frame.captures.len() as u32 - 1)
            }
            None => Var::Local(slot),
        }
    }
}
