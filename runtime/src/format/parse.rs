//! `int_of_string`, `Int32.of_string`, `Int64.of_string`, `Nativeint.of_string` and
//! `float_of_string`, with OCaml's syntax and limits; `None` is where OCaml raises `Failure`.

/// OCaml's `int_of_string`, giving the 63-bit result in an `i64`.
///
/// An optional `-` or `+`, then a prefix `0x`, `0o`, `0b` (either case) or `0u` (unsigned
/// decimal), then at least one digit, then digits and `_`; nothing else, not even blanks.
/// Plain decimal must fit the signed range, `[-2^62, 2^62 - 1]`; the other forms may go up to
/// `2^63 - 1` and wrap (`0x7fffffffffffffff` is `-1`), and a `-` negates the wrapped value.
pub fn int_of_string(s: &str) -> Option<i64> {
    parse_int(s.as_bytes(), 63)
}

/// OCaml's `Int32.of_string`: as [`int_of_string`], for 32 bits.
pub fn int32_of_string(s: &str) -> Option<i32> {
    parse_int(s.as_bytes(), 32).and_then(|n| i32::try_from(n).ok())
}

/// OCaml's `Int64.of_string`: as [`int_of_string`], for 64 bits.
pub fn int64_of_string(s: &str) -> Option<i64> {
    parse_int(s.as_bytes(), 64)
}

/// OCaml's `Nativeint.of_string`, 64 bits wide.
pub fn nativeint_of_string(s: &str) -> Option<i64> {
    int64_of_string(s)
}

/// Reads an integer of `bits` bits (at most 64), sign-extended into an `i64`.
fn parse_int(s: &[u8], bits: u32) -> Option<i64> {
    let (negative, s) = match s {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, s),
    };
    let (base, signed, digits) = match s {
        [b'0', b'x' | b'X', rest @ ..] => (16, false, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, false, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, false, rest),
        [b'0', b'u' | b'U', rest @ ..] => (10, false, rest),
        _ => (10, true, s),
    };
    let digit = |c: u8| char::from(c).to_digit(base).map(u64::from);
    digit(*digits.first()?)?;
    let mut value: u64 = 0;
    for &c in digits {
        if c == b'_' {
            continue;
        }
        value = value.checked_mul(u64::from(base))?.checked_add(digit(c)?)?;
    }
    if signed {
        let limit = 1u64 << (bits - 1);
        if value > limit || (value == limit && !negative) {
            return None;
        }
    } else if bits < 64 && value >> bits != 0 {
        return None;
    }
    let value = if negative { value.wrapping_neg() } else { value };
    let unused = 64 - bits;
    Some(((value << unused) as i64) >> unused)
}

/// OCaml's `float_of_string`.
///
/// `_` is dropped anywhere first. Then a hexadecimal float (`[-+]0x` hex digits with at most one
/// `.`, then optionally `p` and a decimal exponent) is read by OCaml's own reader, which rounds
/// twice for results below the normal range; anything else goes to C's `strtod`, which allows
/// leading blanks, decimal notation, `inf`, `infinity` and `nan` or `nan(chars)` in any case,
/// and hexadecimal too, and must consume the whole string.
pub fn float_of_string(s: &str) -> Option<f64> {
    let cleaned: Vec<u8> = s.bytes().filter(|&b| b != b'_').collect();
    if cleaned.is_empty() {
        return None;
    }
    let (negative, unsigned) = split_sign(&cleaned);
    if let [b'0', b'x' | b'X', hex @ ..] = unsigned {
        return ocaml_hex(hex).map(|f| if negative { -f } else { f });
    }
    strtod(&cleaned)
}

fn split_sign(s: &[u8]) -> (bool, &[u8]) {
    match s {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, s),
    }
}

/// C's `isspace` in the C locale.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The whole of `s` as glibc's `strtod` reads it.
fn strtod(s: &[u8]) -> Option<f64> {
    let start = s.iter().take_while(|&&c| is_space(c)).count();
    let (negative, body) = split_sign(s.get(start..)?);
    let magnitude = if let [b'0', b'x' | b'X', hex @ ..] = body {
        let (mantissa, exponent) = split_hex(hex)?;
        let exponent = match exponent.map(split_sign) {
            None => 0,
            Some((negative, digits)) if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) => {
                decimal_exponent(digits, negative)
            }
            Some(_) => return None,
        };
        hex_value(mantissa, exponent, false)?
    } else if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if body.len() >= 3 && body.get(..3).is_some_and(|w| w.eq_ignore_ascii_case(b"nan")) {
        match body.get(3..)? {
            [] => f64::NAN,
            [b'(', inner @ .., b')'] if inner.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_') => f64::NAN,
            _ => return None,
        }
    } else {
        decimal(body)?
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// A decimal float without sign: digits with at most one `.` (at least one digit), then
/// optionally `e` or `E`, an optional sign and digits. Rust's parser rounds it correctly, as
/// glibc does.
fn decimal(s: &[u8]) -> Option<f64> {
    let mantissa_len = s.iter().take_while(|&&c| c.is_ascii_digit() || c == b'.').count();
    let (mantissa, exponent) = s.split_at(mantissa_len);
    let points = mantissa.iter().filter(|&&c| c == b'.').count();
    if points > 1 || mantissa.len() == points {
        return None;
    }
    match exponent {
        [] => {}
        [b'e' | b'E', b'+' | b'-', digits @ ..] | [b'e' | b'E', digits @ ..]
            if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) => {}
        _ => return None,
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// Splits hexadecimal digits (after `0x`) at a `p`/`P`: the mantissa and what follows the mark.
fn split_hex(s: &[u8]) -> Option<(&[u8], Option<&[u8]>)> {
    Some(match s.iter().position(|&c| c == b'p' || c == b'P') {
        Some(k) => (s.get(..k)?, Some(s.get(k + 1..)?)),
        None => (s, None),
    })
}

/// Decimal exponent digits, saturated far beyond where any result is 0 or infinity.
fn decimal_exponent(digits: &[u8], negative: bool) -> i64 {
    let mut e: i64 = 0;
    for &c in digits {
        e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
    }
    if negative {
        -e
    } else {
        e
    }
}

/// What follows `0x` in a literal for OCaml's own reader. The exponent, after `p`, is read as C's
/// `strtol` does: leading blanks are allowed (`0x1p 3` is 8.0).
fn ocaml_hex(s: &[u8]) -> Option<f64> {
    let (mantissa, exponent) = split_hex(s)?;
    let exponent = match exponent {
        None => 0,
        Some(e) => {
            let blanks = e.iter().take_while(|&&c| is_space(c)).count();
            let (negative, digits) = split_sign(e.get(blanks..)?);
            if e.is_empty() || digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            decimal_exponent(digits, negative)
        }
    };
    hex_value(mantissa, exponent, true)
}

/// The value of hexadecimal digits with at most one `.` (at least one digit), times
/// `2^exponent`.
///
/// The digits are kept to 60 significant bits, the ones after only making the last bit odd, so
/// one rounding to 53 bits comes out right. `strtod` rounds once, to the result's precision;
/// OCaml's reader (`twice`) first rounds to 53 bits and then again if the result is subnormal.
fn hex_value(s: &[u8], exponent: i64, twice: bool) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut scale: i64 = 0;
    let mut seen_point = false;
    let mut any_digit = false;
    for &c in s {
        if c == b'.' {
            if seen_point {
                return None;
            }
            seen_point = true;
            continue;
        }
        let d = u64::from(char::from(c).to_digit(16)?);
        any_digit = true;
        if mantissa >> 56 == 0 {
            mantissa = mantissa << 4 | d;
            if seen_point {
                scale -= 4;
            }
        } else {
            mantissa |= u64::from(d != 0);
            if !seen_point {
                scale += 4;
            }
        }
    }
    if !any_digit {
        return None;
    }
    let exponent = exponent.saturating_add(scale);
    Some(if twice {
        let (m, e) = round_bits(mantissa, 0, i64::MIN);
        let (m, e) = round_bits(m, e.saturating_add(exponent), -1074);
        compose(m, e)
    } else {
        let (m, e) = round_bits(mantissa, exponent, -1074);
        compose(m, e)
    })
}

/// Rounds `m * 2^e` half to even to 53 significant bits and to a multiple of `2^lowest`:
/// gives `(m', e')` with `m' < 2^53` (or `m' = 2^53`, renormalised), `e' >= lowest` unless
/// `m'` is 0.
fn round_bits(m: u64, e: i64, lowest: i64) -> (u64, i64) {
    if m == 0 {
        return (0, e);
    }
    let length = i64::from(64 - m.leading_zeros());
    let target = (e + length - 53).max(lowest);
    if target <= e {
        return (m, e);
    }
    let drop = target - e;
    if drop > 64 {
        return (0, target);
    }
    let kept = if drop == 64 { 0 } else { m >> drop };
    let half = 1u64 << (drop - 1);
    let rest = if drop == 64 { m } else { m & ((1u64 << drop) - 1) };
    let kept = if rest > half || (rest == half && kept & 1 == 1) { kept + 1 } else { kept };
    if kept >> 53 != 0 {
        (kept >> 1, target + 1)
    } else {
        (kept, target)
    }
}

/// `m * 2^e` as a float, `m` below `2^53` and `m * 2^e` representable or overflowing.
fn compose(m: u64, e: i64) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let length = i64::from(64 - m.leading_zeros());
    let top = e + length - 1;
    if top > 1023 {
        return f64::INFINITY;
    }
    if top < -1022 {
        // Subnormal: `e` is -1074 after rounding.
        return f64::from_bits(m << (e + 1074).clamp(0, 63));
    }
    let normalised = m << (53 - length);
    let biased = u64::try_from(top + 1023).unwrap_or(0);
    f64::from_bits(biased << 52 | (normalised & ((1 << 52) - 1)))
}
