//! `int32`, `int64` and `nativeint`: custom blocks (tag 255) holding their kind and their
//! bits, so that comparison, hashing and printing can tell them from OCaml ints.

use crate::format;
use crate::prim::{BoxKind, BoxOp};
use crate::value::Value;

/// OCaml's tag for custom blocks.
pub const CUSTOM_TAG: u8 = 255;

/// What an operation produced: a value, or the exception OCaml raises.
pub enum Outcome {
    Value(Value),
    DivisionByZero,
    Failure(&'static str),
}

pub fn kind_index(k: BoxKind) -> i64 {
    match k {
        BoxKind::Int32 => 0,
        BoxKind::Int64 => 1,
        BoxKind::Nativeint => 2,
    }
}

/// Wraps `n` to the width of `k`.
fn wrap(k: BoxKind, n: i64) -> i64 {
    match k {
        BoxKind::Int32 => i64::from(n as i32),
        BoxKind::Int64 | BoxKind::Nativeint => n,
    }
}

pub fn make(k: BoxKind, n: i64) -> Value {
    Value::block(CUSTOM_TAG, vec![Value::Int(kind_index(k)), Value::Int(wrap(k, n))])
}

/// The number in a boxed integer; a plain int is taken as its value (a literal such as `5L`
/// that reached the runtime unboxed), anything else as 0.
pub fn get(v: &Value) -> i64 {
    match v {
        Value::Int(n) => *n,
        _ => v.field(1).and_then(|f| f.as_int()).unwrap_or(0),
    }
}

/// The custom hash OCaml's runtime gives a custom block, if `v` is a boxed integer: the value
/// for an `int32`, the xor of its halves for a 64-bit one.
pub fn custom_hash(fields: &[Value]) -> Option<u32> {
    let (Some(Value::Int(kind)), Some(Value::Int(n))) = (fields.first(), fields.get(1)) else { return None };
    Some(if *kind == 0 { *n as u32 } else { (*n as u32) ^ ((*n >> 32) as u32) })
}

/// A C cast of a double to an integer type on x86-64: out of range (or NaN) is the minimum.
fn of_float(k: BoxKind, f: f64) -> i64 {
    match k {
        BoxKind::Int32 if !(-2147483648.0..2147483648.0).contains(&f) => i64::from(i32::MIN),
        _ if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) => i64::MIN,
        _ => f as i64,
    }
}

fn shift(k: BoxKind, n: i64, by: i64, op: BoxOp) -> i64 {
    match k {
        BoxKind::Int32 => {
            let (n, by) = (n as i32, (by & 31) as u32);
            i64::from(match op {
                BoxOp::Lsl => n.wrapping_shl(by),
                BoxOp::Asr => n >> by,
                _ => ((n as u32) >> by) as i32,
            })
        }
        _ => {
            let by = (by & 63) as u32;
            match op {
                BoxOp::Lsl => n.wrapping_shl(by),
                BoxOp::Asr => n >> by,
                _ => ((n as u64) >> by) as i64,
            }
        }
    }
}

/// Applies a boxed-integer primitive; `x` and `y` are its arguments.
pub fn call(k: BoxKind, op: BoxOp, x: &Value, y: &Value) -> Outcome {
    use BoxOp as O;
    let int = |v: &Value| v.as_int().unwrap_or(0);
    let float = |v: &Value| if let Value::Float(f) = v { *f } else { 0.0 };
    let (a, b) = (get(x), get(y));
    let boxed = |n: i64| Outcome::Value(make(k, n));
    match op {
        O::OfInt => boxed(int(x)),
        O::ToInt => Outcome::Value(Value::int(a)),
        O::Neg => boxed(a.wrapping_neg()),
        O::Add => boxed(a.wrapping_add(b)),
        O::Sub => boxed(a.wrapping_sub(b)),
        O::Mul => boxed(a.wrapping_mul(b)),
        O::Div | O::Mod if b == 0 => Outcome::DivisionByZero,
        // Wrapping: `min_int / -1` is `min_int` and `min_int mod -1` is 0, as in OCaml.
        O::Div => boxed(if k == BoxKind::Int32 { i64::from((a as i32).wrapping_div(b as i32)) } else { a.wrapping_div(b) }),
        O::Mod => boxed(if k == BoxKind::Int32 { i64::from((a as i32).wrapping_rem(b as i32)) } else { a.wrapping_rem(b) }),
        O::And => boxed(a & b),
        O::Or => boxed(a | b),
        O::Xor => boxed(a ^ b),
        O::Lsl | O::Asr | O::Lsr => boxed(shift(k, a, int(y), op)),
        O::OfFloat => boxed(of_float(k, float(x))),
        O::ToFloat => Outcome::Value(Value::Float(a as f64)),
        O::Format => {
            let spec_text = match x {
                Value::String(s) => s.to_vec(),
                _ => vec![],
            };
            let Some((spec, _)) = format::parse_spec(&spec_text, 1) else { return Outcome::Failure("format") };
            Outcome::Value(Value::string(match k {
                BoxKind::Int32 => format::format_int32(&spec, b as i32),
                BoxKind::Int64 => format::format_int64(&spec, b),
                BoxKind::Nativeint => format::format_nativeint(&spec, b),
            }))
        }
        O::OfString => {
            let s = match x {
                Value::String(s) => String::from_utf8_lossy(s).into_owned(),
                _ => String::new(),
            };
            let parsed = match k {
                BoxKind::Int32 => format::int32_of_string(&s).map(i64::from),
                BoxKind::Int64 => format::int64_of_string(&s),
                BoxKind::Nativeint => format::nativeint_of_string(&s),
            };
            match parsed {
                Some(n) => boxed(n),
                None => Outcome::Failure(match k {
                    BoxKind::Int32 => "Int32.of_string",
                    BoxKind::Int64 => "Int64.of_string",
                    BoxKind::Nativeint => "Nativeint.of_string",
                }),
            }
        }
        O::BitsOfFloat => boxed(match k {
            BoxKind::Int32 => i64::from((float(x) as f32).to_bits() as i32),
            _ => float(x).to_bits() as i64,
        }),
        O::FloatOfBits => Outcome::Value(Value::Float(match k {
            BoxKind::Int32 => f64::from(f32::from_bits(a as u32)),
            _ => f64::from_bits(a as u64),
        })),
        O::OfInt32 | O::OfNativeint => boxed(a),
        O::ToInt32 => Outcome::Value(make(BoxKind::Int32, a)),
        O::ToNativeint => Outcome::Value(make(BoxKind::Nativeint, a)),
    }
}
