//! Whole-array primitives: what `Array.sub`, `append`, `concat`, `blit` and `fill` do after
//! `Array` has checked their bounds (and checked again here, as nothing may panic).

use crate::value::Value;

/// The tag of an array made of `fields`, taken from the arrays they come from: flat float
/// arrays stay flat, the empty array is the ordinary atom.
fn tag_of(fields: &[Value], sources: &[&Value]) -> u8 {
    let flat = sources.iter().any(|s| matches!(s, Value::Block(super::DOUBLE_ARRAY_TAG, _)));
    if flat && !fields.is_empty() {
        super::DOUBLE_ARRAY_TAG
    } else {
        0
    }
}

fn fields(v: &Value) -> Vec<Value> {
    match v {
        Value::Block(_, b) => b.to_vec(),
        _ => vec![],
    }
}

fn range(ofs: i64, len: i64, size: usize) -> Option<std::ops::Range<usize>> {
    let (ofs, len) = (usize::try_from(ofs).ok()?, usize::try_from(len).ok()?);
    (ofs.checked_add(len)? <= size).then_some(ofs..ofs + len)
}

pub fn sub(a: &Value, ofs: i64, len: i64) -> Option<Value> {
    let Value::Block(_, b) = a else { return (ofs == 0 && len == 0).then(|| Value::block(0, vec![])) };
    let part: Vec<Value> = range(ofs, len, b.len())?.filter_map(|i| b.get(i)).collect();
    Some(Value::block(tag_of(&part, &[a]), part))
}

pub fn append(a: &Value, b: &Value) -> Value {
    let mut all = fields(a);
    all.extend(fields(b));
    Value::block(tag_of(&all, &[a, b]), all)
}

/// `l` is an OCaml list of arrays.
pub fn concat(l: &Value) -> Value {
    let mut all = vec![];
    let mut flat = false;
    let mut cell = *l;
    while let (Some(hd), Some(tl)) = (cell.field(0), cell.field(1)) {
        all.extend(fields(&hd));
        flat |= matches!(&hd, Value::Block(super::DOUBLE_ARRAY_TAG, _));
        cell = tl;
    }
    let tag = if flat && !all.is_empty() { super::DOUBLE_ARRAY_TAG } else { 0 };
    Value::block(tag, all)
}

pub fn blit(src: &Value, so: i64, dst: &Value, d_o: i64, len: i64) -> Option<()> {
    let (Value::Block(_, s), Value::Block(_, d)) = (src, dst) else { return (len == 0).then_some(()) };
    // Copied out first: the two arrays may be the same one, the ranges overlapping.
    let part: Vec<Value> = range(so, len, s.len())?.filter_map(|i| s.get(i)).collect();
    let r = range(d_o, len, d.len())?;
    for (i, v) in r.zip(part) {
        d.set(i, v);
    }
    Some(())
}

pub fn fill(a: &Value, ofs: i64, len: i64, v: &Value) -> Option<()> {
    let Value::Block(_, b) = a else { return (len == 0).then_some(()) };
    for i in range(ofs, len, b.len())? {
        b.set(i, *v);
    }
    Some(())
}
