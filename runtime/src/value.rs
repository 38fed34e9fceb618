//! Run-time values, laid out as OCaml lays them out: constant constructors (and `()`, `false`,
//! `[]`, `None`) are immediate ints, everything else is a tagged block. Keeping OCaml's layout
//! makes structural comparison, hashing and `Obj`-level behaviour fall out the same way.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Value {
    Int(i64),
    Float(f64),
    /// Immutable string bytes.
    String(Rc<[u8]>),
    Bytes(Rc<RefCell<Vec<u8>>>),
    /// A tag and its fields. The tag sits beside the pointer, in what would be padding, so a
    /// value stays three words and a block is one allocation.
    Block(u8, Fields),
    Closure(Rc<Closure>),
}

impl Default for Value {
    fn default() -> Value {
        UNIT
    }
}

/// The mutable fields of a block, in one allocation with their reference counts.
#[derive(Clone)]
pub struct Fields(Rc<[Cell<Value>]>);

/// From an iterator whose length the standard library can trust (a vector's, a drain, chains
/// of those), this is one allocation with no intermediate vector.
impl FromIterator<Value> for Fields {
    fn from_iter<I: IntoIterator<Item = Value>>(values: I) -> Fields {
        Fields(values.into_iter().map(Cell::new).collect())
    }
}

impl std::fmt::Debug for Fields {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Fields {
    pub fn new(values: Vec<Value>) -> Fields {
        Fields(values.into_iter().map(Cell::new).collect())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        // SAFETY: the cell is only ever accessed through `get`/`set`/`take`, none of which
        // hands out a reference, and cloning a value cannot reach back into this cell (it
        // only bumps a reference count). So no `&mut` to the value exists while we read it.
        self.0.get(i).map(|c| unsafe { (*c.as_ptr()).clone() })
    }

    /// Sets field `i`; false if there is no such field.
    #[inline]
    pub fn set(&self, i: usize, v: Value) -> bool {
        match self.0.get(i) {
            Some(c) => {
                c.set(v);
                true
            }
            None => false,
        }
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.iter().collect()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Value> + ExactSizeIterator + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or(UNIT))
    }

    pub fn ptr_eq(&self, other: &Fields) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A function value: code, captured variables, and (for a partial application) the arguments
/// received so far, in the order they are pushed.
#[derive(Debug)]
pub struct Closure {
    pub code: u32,
    pub arity: u32,
    /// Slots its frame needs (copied from the code, so a call need not look it up).
    pub frame_size: u32,
    /// Captures, shared by the functions of a `let rec` group and by partial applications.
    pub env: Rc<[Value]>,
    pub partial: Vec<Value>,
}

/// OCaml's tags for blocks that are not constructors.
pub mod tag {
    pub const OBJECT: u8 = 248;
    pub const LAZY: u8 = 246;
    pub const FORWARD: u8 = 250;
}

pub const UNIT: Value = Value::Int(0);
pub const FALSE: Value = Value::Int(0);
pub const TRUE: Value = Value::Int(1);

/// Wraps an i64 to OCaml's 63-bit int range.
pub fn wrap(n: i64) -> i64 {
    (n << 1) >> 1
}

impl Value {
    pub fn int(n: i64) -> Value {
        Value::Int(wrap(n))
    }

    pub fn bool(b: bool) -> Value {
        Value::Int(i64::from(b))
    }

    pub fn string(s: impl Into<Vec<u8>>) -> Value {
        Value::String(Rc::from(s.into().into_boxed_slice()))
    }

    pub fn block(tag: u8, fields: Vec<Value>) -> Value {
        Value::Block(tag, Fields::new(fields))
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }

    pub fn is_true(&self) -> bool {
        !matches!(self, Value::Int(0))
    }

    /// Field `i` of a block.
    #[inline]
    pub fn field(&self, i: usize) -> Option<Value> {
        match self {
            Value::Block(_, f) => f.get(i),
            _ => None,
        }
    }

    /// The fields of a block (none for anything else).
    pub fn fields_vec(&self) -> Vec<Value> {
        match self {
            Value::Block(_, f) => f.to_vec(),
            _ => vec![],
        }
    }
}

/// Dropping a long list would recurse once per cell on the Rust stack; instead the fields of
/// blocks whose last reference goes away are emptied onto a work list.
impl Drop for Fields {
    #[inline]
    fn drop(&mut self) {
        if Rc::strong_count(&self.0) == 1 {
            self.drop_last();
        }
    }
}

impl Fields {
    #[inline(never)]
    fn drop_last(&mut self) {
        let mut work = Vec::new();
        take_pointers(&self.0, &mut work);
        while let Some(v) = work.pop() {
            match v {
                Value::Block(_, f) if Rc::strong_count(&f.0) == 1 => take_pointers(&f.0, &mut work),
                Value::Closure(rc) => {
                    if let Ok(mut c) = Rc::try_unwrap(rc) {
                        if let Some(env) = Rc::get_mut(&mut c.env) {
                            work.extend(env.iter_mut().map(std::mem::take));
                        }
                        work.append(&mut c.partial);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Moves the fields that would be freed with this block (blocks and closures nobody else
/// holds) onto the work list; the others only lose a reference, which frees nothing, so the
/// common case (a shared tail) needs no work list at all.
fn take_pointers(cells: &[Cell<Value>], work: &mut Vec<Value>) {
    for c in cells {
        let v = c.take();
        let unique = match &v {
            Value::Block(_, f) => Rc::strong_count(&f.0) == 1,
            Value::Closure(rc) => Rc::strong_count(rc) == 1,
            _ => false,
        };
        if unique {
            work.push(v);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes() {
        assert_eq!(std::mem::size_of::<super::Value>(), 24);
        assert_eq!(std::mem::size_of::<crate::code::Op>(), 32);
    }
}
