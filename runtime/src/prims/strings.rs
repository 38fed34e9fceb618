//! Searching and cutting strings in one step: `String.sub`, the `index`/`rindex` family and
//! `split_on_char` loop over characters, which costs the VM several operations per
//! character (and `sub` a copy more, through bytes) where native code costs one.

use crate::value::{Value, UNIT};

use super::with_bytes;

/// The bytes `len` long at `ofs`, as a string; `None` when they are not all in `s`.
pub fn sub(s: &Value, ofs: i64, len: i64) -> Option<Value> {
    let (ofs, len) = (usize::try_from(ofs).ok()?, usize::try_from(len).ok()?);
    with_bytes(s, |b| b.get(ofs..ofs.checked_add(len)?).map(Value::string))
}

/// Where `c` first occurs in `s` at or after `from` (forward) or at or before it
/// (backward); -1 if nowhere. The caller has checked `from`.
pub fn index(s: &Value, from: i64, c: i64, forward: bool) -> i64 {
    let c = c as u8;
    with_bytes(s, |b| {
        let found = if forward {
            let start = usize::try_from(from).unwrap_or(0).min(b.len());
            b[start..].iter().position(|&x| x == c).map(|i| i + start)
        } else {
            let end = usize::try_from(from.saturating_add(1)).unwrap_or(0).min(b.len());
            b[..end].iter().rposition(|&x| x == c)
        };
        found.map_or(-1, |i| i as i64)
    })
}

/// The pieces of `s` between occurrences of `sep`, as a list (at least one piece).
pub fn split_on_char(sep: i64, s: &Value) -> Value {
    let sep = sep as u8;
    with_bytes(s, |b| {
        b.rsplit(|&x| x == sep).fold(UNIT, |tail, piece| Value::block(0, vec![Value::string(piece), tail]))
    })
}
