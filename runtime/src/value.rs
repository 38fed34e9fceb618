//! Run-time values, laid out as OCaml lays them out: constant constructors (and `()`, `false`,
//! `[]`, `None`) are immediate ints, everything else is a tagged block. Keeping OCaml's layout
//! makes structural comparison, hashing and `Obj`-level behaviour fall out the same way.

use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Value {
    Int(i64),
    Float(f64),
    /// Immutable string bytes.
    String(Rc<[u8]>),
    Bytes(Rc<RefCell<Vec<u8>>>),
    Block(Rc<Block>),
    Closure(Rc<Closure>),
}

#[derive(Debug)]
pub struct Block {
    pub tag: u8,
    pub fields: RefCell<Vec<Value>>,
}

/// A function value: code, captured variables, and (for a partial application) the arguments
/// received so far, in the order they are pushed.
#[derive(Debug)]
pub struct Closure {
    pub code: u32,
    pub arity: u32,
    /// Slots its frame needs (copied from the code, so a call need not look it up).
    pub frame_size: u32,
    /// Captures; a `RefCell` so that `let rec` can tie closures to each other after creation.
    pub env: RefCell<Vec<Value>>,
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
        Value::Block(Rc::new(Block { tag, fields: RefCell::new(fields) }))
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
    pub fn field(&self, i: usize) -> Option<Value> {
        match self {
            Value::Block(b) => b.fields.borrow().get(i).cloned(),
            _ => None,
        }
    }
}

/// Dropping a long list would recurse once per cell on the Rust stack; instead the cells
/// whose last reference goes away are emptied onto a work list.
impl Drop for Block {
    fn drop(&mut self) {
        let mut work: Vec<Value> = std::mem::take(self.fields.get_mut());
        while let Some(v) = work.pop() {
            match v {
                Value::Block(rc) => {
                    if let Ok(mut b) = Rc::try_unwrap(rc) {
                        work.append(b.fields.get_mut());
                    }
                }
                Value::Closure(rc) => {
                    if let Ok(mut c) = Rc::try_unwrap(rc) {
                        work.append(c.env.get_mut());
                        work.append(&mut c.partial);
                    }
                }
                _ => {}
            }
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
