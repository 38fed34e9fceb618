//! Integer conversions, `%d %i %u %x %X %o` and their `l`, `L`, `n` forms.

use super::{pad_ascii, Spec};

/// `%d`-style conversion of an OCaml `int`, held in an `i64` already wrapped to 63 bits.
/// Unsigned conversions see its 63-bit two's complement: `%u` of `-1` is `9223372036854775807`.
pub fn format_int(spec: &Spec, n: i64) -> String {
    convert(spec, n < 0, n.unsigned_abs(), (n as u64) & (u64::MAX >> 1))
}

/// `%ld`-style conversion of an `int32`.
pub fn format_int32(spec: &Spec, n: i32) -> String {
    convert(spec, n < 0, u64::from(n.unsigned_abs()), u64::from(n as u32))
}

/// `%Ld`-style conversion of an `int64`.
pub fn format_int64(spec: &Spec, n: i64) -> String {
    convert(spec, n < 0, n.unsigned_abs(), n as u64)
}

/// `%nd`-style conversion of a `nativeint`, 64 bits wide as on OCaml's 64-bit platforms.
pub fn format_nativeint(spec: &Spec, n: i64) -> String {
    format_int64(spec, n)
}

/// Converts a number given as its sign and magnitude (for `d`, `i`) and as its unsigned
/// reading (for `u`, `x`, `X`, `o`); any other conversion character is read as `d`.
///
/// OCaml chooses one of `+`, space and `#` for `d`/`i`/`u` in that order (`#` groups digits by
/// three with `_`; `+` and space do nothing for `u`), ignores `+` and space for `x X o`, writes
/// the digits, then adds zeros up to the precision (never removing any: `%.0d` of 0 is `0`),
/// then pads to the width; `0` pads with zeros unless there is a precision.
fn convert(spec: &Spec, negative: bool, magnitude: u64, unsigned: u64) -> String {
    let body = match spec.conv {
        'u' if spec.hash && !spec.plus && !spec.space => group(&unsigned.to_string()),
        'u' => unsigned.to_string(),
        'x' if spec.hash && unsigned != 0 => format!("0x{unsigned:x}"),
        'x' => format!("{unsigned:x}"),
        'X' if spec.hash && unsigned != 0 => format!("0X{unsigned:X}"),
        'X' => format!("{unsigned:X}"),
        'o' if spec.hash && unsigned != 0 => format!("0{unsigned:o}"),
        'o' => format!("{unsigned:o}"),
        _ => {
            let sign = if negative {
                "-"
            } else if spec.plus {
                "+"
            } else if spec.space {
                " "
            } else {
                ""
            };
            let digits = magnitude.to_string();
            if spec.hash && !spec.plus && !spec.space {
                format!("{sign}{}", group(&digits))
            } else {
                format!("{sign}{digits}")
            }
        }
    };
    let body = match spec.precision() {
        Some(p) => with_precision(body, p),
        None => body,
    };
    pad_ascii(body, spec.width(), spec.padding(spec.precision.is_none()))
}

/// `1234567` → `1_234_567`.
fn group(digits: &str) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / 3);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (n - k).is_multiple_of(3) {
            out.push('_');
        }
        out.push(c);
    }
    out
}

/// Adds zeros after the sign or `0x` until what follows it is `p` long.
fn with_precision(s: String, p: usize) -> String {
    let lead = match s.as_bytes() {
        [b'+' | b'-' | b' ', ..] => 1,
        [b'0', b'x' | b'X', ..] => 2,
        _ => 0,
    };
    let rest = s.len() - lead;
    if rest >= p {
        return s;
    }
    let (head, tail) = s.split_at(lead);
    format!("{head}{}{tail}", "0".repeat(p - rest))
}
