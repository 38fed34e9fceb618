//! Objects at run time. An object is a block with OCaml's object tag: its method table, its
//! id, then its instance variables. The table is `[| n; hash1; method1; ... |]` sorted by the
//! hashes of the method names (OCaml's variant hash), so a call is a binary search; a method
//! is a closure taking the object first.
//!
//! A class gives the parts of an object as `(vals, methods, initializers)` (see the lowering's
//! class.rs): `vals` a block of the instance variables' values in slot order, `methods` and
//! `initializers` nested lists, where inherited parts come as whole sublists (a method entry is
//! a tag-1 pair `(hash, closure)`), so a later definition overrides an earlier one.

use std::cell::Cell;

use crate::value::{tag, Value, UNIT};

thread_local! {
    static NEXT_ID: Cell<i64> = const { Cell::new(1) };
}

fn fresh_id() -> i64 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

/// The leaves of a nested parts list, in order: method pairs or initializer closures.
fn leaves(v: &Value, out: &mut Vec<Value>) {
    let mut cell = *v;
    // The spine is walked in a loop (lists may be long); only sublists recurse.
    while let Value::Block(0, ref b) = cell {
        let (Some(hd), Some(tl)) = (b.get(0), b.get(1)) else { break };
        match hd {
            Value::Block(0, _) | Value::Int(_) => leaves(&hd, out),
            leaf => out.push(leaf),
        }
        cell = tl;
    }
}

/// `(hash, method)` of each entry, later ones overriding earlier ones, sorted by hash.
fn methods(parts: &Value) -> Vec<(i64, Value)> {
    let mut entries = vec![];
    leaves(&parts.field(1).unwrap_or(UNIT), &mut entries);
    let mut table: Vec<(i64, Value)> = vec![];
    for e in entries {
        let (Some(h), Some(f)) = (e.field(0).and_then(|h| h.as_int()), e.field(1)) else { continue };
        match table.iter_mut().find(|(k, _)| *k == h) {
            Some(slot) => slot.1 = f,
            None => table.push((h, f)),
        }
    }
    table.sort_by_key(|(h, _)| *h);
    table
}

/// The object for the parts a class gives.
pub fn create(parts: &Value) -> Value {
    let table = methods(parts);
    let mut t = vec![Value::Int(table.len() as i64)];
    for (h, f) in table {
        t.push(Value::Int(h));
        t.push(f);
    }
    let mut fields = vec![Value::block(0, t), Value::Int(fresh_id())];
    fields.extend(parts.field(0).map(|v| v.fields_vec()).unwrap_or_default());
    Value::block(tag::OBJECT, fields)
}

/// The initializers of the parts, in the order they run, as a list.
pub fn initializers(parts: &Value) -> Value {
    let mut inits = vec![];
    leaves(&parts.field(2).unwrap_or(UNIT), &mut inits);
    inits.into_iter().rev().fold(UNIT, |tl, f| Value::block(0, vec![f, tl]))
}

/// The method `hash` of `obj`.
pub fn send(obj: &Value, hash: i64) -> Option<Value> {
    let table = obj.field(0)?;
    let n = table.field(0)?.as_int()?;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let k = table.field(1 + 2 * mid as usize)?.as_int()?;
        match k.cmp(&hash) {
            std::cmp::Ordering::Equal => return table.field(2 + 2 * mid as usize),
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

/// The method `hash` among the methods of a class's parts (for `super#m`).
pub fn find(methods: &Value, hash: i64) -> Option<Value> {
    let mut entries = vec![];
    leaves(methods, &mut entries);
    entries.into_iter().rev().find(|e| e.field(0).and_then(|h| h.as_int()) == Some(hash)).and_then(|e| e.field(1))
}

/// A shallow copy of an object with an id of its own (`Oo.copy`, `{< ... >}`).
pub fn copy(obj: &Value) -> Value {
    match obj {
        Value::Block(t, _) if *t == tag::OBJECT => {
            let mut fields = obj.fields_vec();
            if let Some(id) = fields.get_mut(1) {
                *id = Value::Int(fresh_id());
            }
            Value::block(tag::OBJECT, fields)
        }
        v => *v,
    }
}
