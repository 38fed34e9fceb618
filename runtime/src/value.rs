//! Run-time values, laid out as OCaml lays them out: constant constructors (and `()`, `false`,
//! `[]`, `None`) are immediate ints, everything else is a tagged block. Keeping OCaml's layout
//! makes structural comparison, hashing and `Obj`-level behaviour fall out the same way.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::rc::Rc;

use crate::heap::{self, BoxObj, Kind, VarObj};

/// A value is two words and copyable: the objects it points to belong to the heap
/// (`crate::heap`), which frees them when no root reaches them any more.
#[derive(Clone, Copy, Debug)]
pub enum Value {
    Int(i64),
    Float(f64),
    /// Immutable string bytes.
    String(Str),
    Bytes(BytesRef),
    /// A tag and its fields. The tag sits beside the pointer, in what would be padding.
    Block(u8, Fields),
    Closure(Gc<Closure>),
}

impl Default for Value {
    fn default() -> Value {
        UNIT
    }
}

/// An immutable string on the heap.
#[derive(Clone, Copy)]
pub struct Str(NonNull<VarObj>);

impl Str {
    pub fn new(bytes: &[u8]) -> Str {
        Str(heap::alloc_var(Kind::Str, bytes.iter().copied()))
    }

    pub fn ptr_eq(&self, other: &Str) -> bool {
        self.0 == other.0
    }
}

impl std::ops::Deref for Str {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        heap::var_slice(self.0)
    }
}

impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(self))
    }
}

/// A heap object holding one Rust value.
pub struct Gc<T>(NonNull<BoxObj<T>>);

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Gc<T> {}

impl<T> Gc<T> {
    pub fn ptr_eq(&self, other: &Gc<T>) -> bool {
        self.0 == other.0
    }
}

impl<T> std::ops::Deref for Gc<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        heap::box_ref(self.0)
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl Gc<Closure> {
    pub fn new(c: Closure) -> Gc<Closure> {
        Gc(heap::alloc_box(Kind::Closure, c))
    }
}

/// A mutable byte sequence on the heap.
pub type BytesRef = Gc<RefCell<Vec<u8>>>;

impl Gc<RefCell<Vec<u8>>> {
    pub fn bytes(bytes: Vec<u8>) -> BytesRef {
        Gc(heap::alloc_box(Kind::Bytes, RefCell::new(bytes)))
    }
}

/// The mutable fields of a block, in one heap object.
#[derive(Clone, Copy)]
pub struct Fields(NonNull<VarObj>);

/// From an iterator whose length the standard library can trust (a vector's, a drain, chains
/// of those), this is one allocation with no intermediate vector.
impl FromIterator<Value> for Fields {
    fn from_iter<I: IntoIterator<Item = Value>>(values: I) -> Fields {
        let values = values.into_iter();
        match values.size_hint() {
            (lo, Some(hi)) if lo == hi => Fields::from_iter_exact(values, lo),
            _ => Fields::new(values.collect()),
        }
    }
}

/// An iterator with a length it promises (the heap stops at the announced length, and
/// records fewer items if it yields fewer).
struct Exact<I>(I, usize);

impl<I: Iterator> Iterator for Exact<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.0.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.1, Some(self.1))
    }
}

impl<I: Iterator> ExactSizeIterator for Exact<I> {}

impl std::fmt::Debug for Fields {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Fields {
    pub fn new(values: Vec<Value>) -> Fields {
        Fields(heap::alloc_var(Kind::Fields, values.into_iter().map(Cell::new)))
    }

    /// The `len` values of an iterator that yields that many, with no intermediate vector.
    pub fn from_iter_exact(values: impl Iterator<Item = Value>, len: usize) -> Fields {
        Fields(heap::alloc_var(Kind::Fields, Exact(values.map(Cell::new), len)))
    }

    #[inline]
    pub(crate) fn cells(&self) -> &[Cell<Value>] {
        heap::var_slice(self.0)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.cells().len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells().is_empty()
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.cells().get(i).map(Cell::get)
    }

    /// Sets field `i`; false if there is no such field.
    #[inline]
    pub fn set(&self, i: usize, v: Value) -> bool {
        match self.cells().get(i) {
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
        self.cells().iter().map(Cell::get)
    }

    pub fn ptr_eq(&self, other: &Fields) -> bool {
        self.0 == other.0
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

    pub fn string(s: impl AsRef<[u8]>) -> Value {
        Value::String(Str::new(s.as_ref()))
    }

    pub fn bytes(b: Vec<u8>) -> Value {
        Value::Bytes(Gc::bytes(b))
    }

    /// The heap object this value points to, if any.
    #[inline]
    pub(crate) fn header(&self) -> Option<NonNull<heap::Header>> {
        match self {
            Value::Int(_) | Value::Float(_) => None,
            Value::String(s) => Some(s.0.cast()),
            Value::Bytes(b) => Some(b.0.cast()),
            Value::Block(_, f) => Some(f.0.cast()),
            Value::Closure(c) => Some(c.0.cast()),
        }
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

#[cfg(test)]
mod tests {
    #[test]
    fn sizes() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        assert_eq!(std::mem::size_of::<crate::code::Op>(), 32);
    }
}
