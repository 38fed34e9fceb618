//! Literals: constants, and boxed integers for `l`, `L` and `n` suffixes.

use std::rc::Rc;

use mlrun_lang::ast::*;
use mlrun_lang::span::Span;

use super::{error, Result};
use crate::ir::{Const, Ir};

pub fn constant(c: &Constant, span: Span) -> Result<Const> {
    Ok(match c {
        Constant::Int(s, _) => Const::Int(parse_int(s, 63).ok_or_else(|| out_of_range(span, "int"))?),
        Constant::Float(s) => {
            let clean: String = s.chars().filter(|&c| c != '_').collect();
            Const::Float(clean.parse().unwrap_or(f64::NAN))
        }
        Constant::Char(c) => Const::Int(i64::from(*c)),
        Constant::String(s, _) => Const::String(Rc::from(s.as_slice())),
    })
}

/// A literal as an expression: `5l`, `5L` and `5n` are boxed integers (custom blocks), the
/// others constants.
pub fn literal(c: &Constant, span: Span) -> Result<Ir> {
    let boxed = match c {
        Constant::Int(s, Some('l')) => Some((s, crate::prim::BoxKind::Int32, 32, "int32")),
        Constant::Int(s, Some('L')) => Some((s, crate::prim::BoxKind::Int64, 64, "int64")),
        Constant::Int(s, Some('n')) => Some((s, crate::prim::BoxKind::Nativeint, 64, "nativeint")),
        _ => None,
    };
    match boxed {
        Some((s, kind, bits, name)) => {
            let n = parse_int(s, bits).ok_or_else(|| out_of_range(span, name))?;
            Ok(Ir::Block(crate::prims::boxed::CUSTOM_TAG, vec![Ir::int(crate::prims::boxed::kind_index(kind)), Ir::int(n)]))
        }
        None => Ok(Ir::Const(constant(c, span)?)),
    }
}

fn out_of_range(span: Span, ty: &str) -> mlrun_lang::diagnostic::Diagnostic {
    error(span, format!("Integer literal exceeds the range of representable integers of type {ty}"))
}

/// An integer literal of a `bits`-wide type, as OCaml reads it: decimal up to the largest
/// positive value (one more when negated), other radixes up to 2^bits - 1, wrapped.
fn parse_int(s: &str, bits: u32) -> Option<i64> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let (radix, digits) = match clean.get(..2) {
        Some("0x" | "0X") => (16, clean.get(2..)?),
        Some("0o" | "0O") => (8, clean.get(2..)?),
        Some("0b" | "0B") => (2, clean.get(2..)?),
        _ => (10, clean.as_str()),
    };
    let v = u128::from_str_radix(digits, radix).ok()?;
    let limit: u128 = if radix == 10 { (1 << (bits - 1)) - 1 + u128::from(neg) } else { (1 << bits) - 1 };
    if v > limit {
        return None;
    }
    // Sign-extend from `bits` bits, then negate within them.
    let shift = 128 - bits;
    let n = ((v << shift) as i128 >> shift) as i64;
    let n = if neg { n.wrapping_neg() } else { n };
    Some(((i128::from(n) << shift) >> shift) as i64)
}
