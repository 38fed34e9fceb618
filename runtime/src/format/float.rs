//! Float conversions: `string_of_float` and `%f %F %e %E %g %G %h %H`.

use super::{pad_ascii, Spec};

/// OCaml's `string_of_float`: `%.12g`, with a `.` added when the result looks like an integer
/// (`1.`, `-0.`, `1e+21`, `inf`, `nan`, and `-nan` for a NaN with its sign bit set).
pub fn string_of_float(f: f64) -> String {
    let mut s = c_style(f, 'g', 12, if f.is_sign_negative() { "-" } else { "" });
    if s.bytes().all(|b| b == b'-' || b.is_ascii_digit()) {
        s.push('.');
    }
    s
}

/// A float conversion with OCaml's flags, width and precision.
///
/// `f e E g G` are C's (without `#`, which OCaml drops; precision 6 by default). `F` is `%.12g`
/// (or the precision given) made to look like an OCaml literal: `1.`, `1e+21`, and `nan`,
/// `infinity`, `neg_infinity` whatever the flags; `%#F` is the same in hexadecimal. `h`/`H` is
/// hexadecimal, `0x1.8p+1`, with the precision rounding half to even. NaN takes its sign bit into
/// account (`-nan`). Zero padding goes after the sign or `0x`, even before `nan` or after `-`
/// of `-0x1p+0` (`-0000x1p+0`). Any other conversion character is read as `f`.
pub fn format_float(spec: &Spec, f: f64) -> String {
    let sign = if f.is_sign_negative() {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    };
    let precision = spec.precision();
    let body = match spec.conv {
        'F' if spec.hash => ocaml_special(f).map_or_else(|| hex(f, precision, false, sign), str::to_owned),
        'F' => ocaml_special(f).map_or_else(
            || {
                let mut s = c_style(f, 'g', precision.unwrap_or(12), sign);
                if !s.contains(['.', 'e', 'E']) {
                    s.push('.');
                }
                s
            },
            str::to_owned,
        ),
        'h' => hex(f, precision, false, sign),
        'H' => hex(f, precision, true, sign),
        conv @ ('e' | 'E' | 'g' | 'G') => c_style(f, conv, precision.unwrap_or(6), sign),
        _ => c_style(f, 'f', precision.unwrap_or(6), sign),
    };
    pad_ascii(body, spec.width(), spec.padding(true))
}

/// What `%F` prints for NaN and infinities.
fn ocaml_special(f: f64) -> Option<&'static str> {
    if f.is_nan() {
        Some("nan")
    } else if f == f64::INFINITY {
        Some("infinity")
    } else if f == f64::NEG_INFINITY {
        Some("neg_infinity")
    } else {
        None
    }
}

/// C's `%.{p}f`, `%.{p}e` or `%.{p}g` of `|f|` (`E`, `G` in upper case), after `sign`.
fn c_style(f: f64, conv: char, p: usize, sign: &str) -> String {
    let upper = conv.is_ascii_uppercase();
    let a = f.abs();
    let body = if a.is_nan() {
        "nan".to_owned()
    } else if a.is_infinite() {
        "inf".to_owned()
    } else {
        match conv {
            'e' | 'E' => exponential(a, p),
            'g' | 'G' => general(a, p),
            _ => fixed(a, p),
        }
    };
    let body = if upper { body.to_ascii_uppercase() } else { body };
    format!("{sign}{body}")
}

/// A double has at most 1074 digits after the point and 767 significant ones: precisions
/// beyond these only add zeros, which are added by hand (Rust's formatting is limited to
/// precisions below 2^16).
const MAX_FRACTION_DIGITS: usize = 1100;
const MAX_SIGNIFICANT_DIGITS: usize = 800;

/// `%.{p}f` of a finite `a >= 0`: Rust's digits, exact and rounding half to even as glibc does.
fn fixed(a: f64, p: usize) -> String {
    let shown = p.min(MAX_FRACTION_DIGITS);
    let mut s = format!("{a:.shown$}");
    s.extend(std::iter::repeat_n('0', p - shown));
    s
}

/// `%.{p}e` of a finite `a >= 0`: Rust's digits with C's exponent, signed and at least two
/// digits.
fn exponential(a: f64, p: usize) -> String {
    let shown = p.min(MAX_SIGNIFICANT_DIGITS);
    let rust = format!("{a:.shown$e}");
    let (mantissa, exponent) = split_exponent(&rust);
    let zeros = "0".repeat(p - shown);
    let esign = if exponent < 0 { '-' } else { '+' };
    let magnitude = exponent.unsigned_abs();
    format!("{mantissa}{zeros}e{esign}{magnitude:02}")
}

/// Rust's `1.5e-7` → (`1.5`, -7).
fn split_exponent(s: &str) -> (&str, i64) {
    match s.split_once('e') {
        Some((m, e)) => (m, e.parse().unwrap_or(0)),
        None => (s, 0),
    }
}

/// `%.{p}g` of a finite `a >= 0`: `%e` if the exponent after rounding to `p` digits (at least 1)
/// is below -4 or at least `p`, `%f` otherwise, without trailing zeros.
fn general(a: f64, p: usize) -> String {
    // Beyond the significant digits of any double, a larger precision changes nothing.
    let p = p.clamp(1, MAX_SIGNIFICANT_DIGITS);
    let (_, x) = split_exponent(&format!("{a:.prec$e}", prec = p - 1));
    let p_signed = i64::try_from(p).unwrap_or(i64::MAX);
    let s = if x < -4 || x >= p_signed {
        exponential(a, p - 1)
    } else {
        fixed(a, usize::try_from(p_signed - 1 - x).unwrap_or(0))
    };
    strip_zeros(s)
}

/// Removes the trailing zeros of the fraction, and the `.` if nothing is left of it.
fn strip_zeros(s: String) -> String {
    let (mantissa, exponent) = match s.find('e') {
        Some(k) => s.split_at(k),
        None => (s.as_str(), ""),
    };
    if !mantissa.contains('.') {
        return s;
    }
    let trimmed = mantissa.trim_end_matches('0').trim_end_matches('.');
    format!("{trimmed}{exponent}")
}

/// OCaml's hexadecimal notation (`%h`): `0x1.8p+1`, `0x0p+0`, subnormals as `0x0.…p-1022`;
/// without a precision, as many hexadecimal digits as needed; with one, exactly that many after
/// rounding half to even, the carry going into the leading digit (`%.1h` of 1.96875 is
/// `0x2.0p+0`).
fn hex(f: f64, precision: Option<usize>, upper: bool, sign: &str) -> String {
    let body = if f.is_nan() {
        "nan".to_owned()
    } else if f.is_infinite() {
        "infinity".to_owned()
    } else {
        let bits = f.to_bits();
        let biased = (bits >> 52) & 0x7ff;
        let fraction = bits & ((1 << 52) - 1);
        let (lead, exponent) = match (biased, fraction) {
            (0, 0) => (0, 0),
            (0, _) => (0, -1022),
            _ => (1, i64::try_from(biased).unwrap_or(0) - 1023),
        };
        let mantissa = (lead << 52) | fraction;
        let (lead, digits) = match precision {
            Some(p) if p < 13 => {
                let drop = 4 * (13 - p);
                let mut kept = mantissa >> drop;
                let rest = mantissa & ((1 << drop) - 1);
                let half = 1 << (drop - 1);
                if rest > half || (rest == half && kept & 1 == 1) {
                    kept += 1;
                }
                let digits = kept & ((1 << (4 * p)) - 1);
                (kept >> (4 * p), if p == 0 { String::new() } else { format!("{digits:0p$x}") })
            }
            Some(p) => (lead, format!("{fraction:013x}{}", "0".repeat(p - 13))),
            None => (lead, format!("{fraction:013x}").trim_end_matches('0').to_owned()),
        };
        let point = if digits.is_empty() { "" } else { "." };
        let esign = if exponent < 0 { '-' } else { '+' };
        format!("0x{lead:x}{point}{digits}p{esign}{}", exponent.unsigned_abs())
    };
    let body = if upper { body.to_ascii_uppercase() } else { body };
    format!("{sign}{body}")
}
