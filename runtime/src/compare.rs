//! OCaml's polymorphic comparison (`compare`, `=`, `<`, ...) over the value layout: ints
//! before blocks, blocks by tag, then size, then fields left to right. It walks with an
//! explicit stack, so comparing long lists does not grow the Rust stack.

use std::cmp::Ordering;

use crate::value::Value;

/// Comparing closures is an error, as in OCaml.
pub struct Functional;

/// `total`: `compare` (nan equals itself and sorts first) rather than `=`/`<` (nan is unordered).
/// `None` means unordered (a nan was met by a non-total comparison).
pub fn compare(a: &Value, b: &Value, total: bool) -> Result<Option<Ordering>, Functional> {
    // Immediates and strings, the common case, without a work list.
    match (a, b) {
        (Value::Int(m), Value::Int(n)) => return Ok(Some(m.cmp(n))),
        (Value::String(s), Value::String(t)) => return Ok(Some(s.as_ref().cmp(t.as_ref()))),
        (Value::Float(f), Value::Float(g)) if !f.is_nan() && !g.is_nan() => return Ok(f.partial_cmp(g)),
        _ => {}
    }
    let mut work: Vec<(Value, Value)> = vec![(*a, *b)];
    while let Some((x, y)) = work.pop() {
        let ord = match (&x, &y) {
            (Value::Int(m), Value::Int(n)) => m.cmp(n),
            (Value::Int(_), _) => Ordering::Less,
            (_, Value::Int(_)) => Ordering::Greater,
            (Value::Float(f), Value::Float(g)) => match f.partial_cmp(g) {
                Some(o) => o,
                None if !total => return Ok(None),
                None => f.is_nan().cmp(&g.is_nan()).reverse(),
            },
            (Value::String(s), Value::String(t)) => s.as_ref().cmp(t.as_ref()),
            (Value::Bytes(s), Value::Bytes(t)) => s.borrow().as_slice().cmp(t.borrow().as_slice()),
            (Value::String(s), Value::Bytes(t)) => s.as_ref().cmp(t.borrow().as_slice()),
            (Value::Bytes(s), Value::String(t)) => s.borrow().as_slice().cmp(t.as_ref()),
            (Value::Block(pt, pf), Value::Block(qt, qf)) => {
                // As OCaml, `compare` (not `=`) takes a value as equal to itself unexamined.
                if total && pf.ptr_eq(qf) {
                    continue;
                }
                // Objects (and exception constructors) compare by their ids, as in OCaml.
                if *pt == crate::value::tag::OBJECT && *qt == crate::value::tag::OBJECT {
                    let id = |f: &crate::value::Fields| f.get(1).and_then(|v| v.as_int()).unwrap_or(0);
                    let o = id(pf).cmp(&id(qf));
                    if o == Ordering::Equal {
                        continue;
                    }
                    return Ok(Some(o));
                }
                match ordinary_tag(*pt).cmp(&ordinary_tag(*qt)).then(pf.len().cmp(&qf.len())) {
                    Ordering::Equal => {
                        // Push in reverse so the first field is compared first.
                        for (u, v) in pf.iter().zip(qf.iter()).rev() {
                            work.push((u, v));
                        }
                        continue;
                    }
                    o => o,
                }
            }
            (Value::Closure(p), Value::Closure(q)) if total && p.ptr_eq(q) => Ordering::Equal,
            (Value::Closure(_), _) | (_, Value::Closure(_)) => return Err(Functional),
            (x, y) => rank(x).cmp(&rank(y)),
        };
        if ord != Ordering::Equal {
            return Ok(Some(ord));
        }
    }
    Ok(Some(Ordering::Equal))
}

/// A flat float array (tag 254) compares as the array it is: an array literal may still be an
/// ordinary block with the same floats.
fn ordinary_tag(tag: u8) -> u8 {
    if tag == crate::prims::DOUBLE_ARRAY_TAG {
        0
    } else {
        tag
    }
}

/// The order of values of different kinds, following OCaml's tags (strings 252, floats 253).
fn rank(v: &Value) -> u32 {
    match v {
        Value::Int(_) => 0,
        Value::Block(tag, _) => 1 + u32::from(*tag),
        Value::String(_) | Value::Bytes(_) => 1 + 252,
        Value::Float(_) => 1 + 253,
        Value::Closure(_) => 1 + 247,
    }
}
