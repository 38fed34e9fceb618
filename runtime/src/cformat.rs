//! C-style number conversions as OCaml's `caml_format_int` and `caml_format_float` do them:
//! a `%[flags][width][.precision]conv` spec and one number.

struct Spec {
    minus: bool,
    zero: bool,
    plus: bool,
    space: bool,
    hash: bool,
    width: usize,
    precision: Option<usize>,
    conv: char,
}

fn parse(spec: &str) -> Spec {
    let mut s = Spec { minus: false, zero: false, plus: false, space: false, hash: false, width: 0, precision: None, conv: 'd' };
    let mut chars = spec.trim_start_matches('%').chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            '-' => s.minus = true,
            '0' => s.zero = true,
            '+' => s.plus = true,
            ' ' => s.space = true,
            '#' => s.hash = true,
            _ => break,
        }
        chars.next();
    }
    let mut width = String::new();
    while let Some(c) = chars.peek().copied().filter(char::is_ascii_digit) {
        width.push(c);
        chars.next();
    }
    s.width = width.parse().unwrap_or(0);
    if chars.peek() == Some(&'.') {
        chars.next();
        let mut p = String::new();
        while let Some(c) = chars.peek().copied().filter(char::is_ascii_digit) {
            p.push(c);
            chars.next();
        }
        s.precision = Some(p.parse().unwrap_or(0));
    }
    let rest: String = chars.collect();
    s.conv = rest.chars().rev().find(|c| !matches!(c, 'l' | 'L' | 'n')).unwrap_or('d');
    s
}

/// The sign or the `+`/space flag's stand-in.
fn sign(s: &Spec, negative: bool) -> &'static str {
    if negative {
        "-"
    } else if s.plus {
        "+"
    } else if s.space {
        " "
    } else {
        ""
    }
}

/// Pads `body` (with its sign/prefix `lead`) to the spec's width.
fn pad(s: &Spec, lead: &str, body: &str, zero_ok: bool) -> String {
    let len = lead.len() + body.len();
    if len >= s.width {
        return format!("{lead}{body}");
    }
    let fill = s.width - len;
    if s.minus {
        format!("{lead}{body}{}", " ".repeat(fill))
    } else if s.zero && zero_ok {
        format!("{lead}{}{body}", "0".repeat(fill))
    } else {
        format!("{}{lead}{body}", " ".repeat(fill))
    }
}

/// `%d %i %u %x %X %o` on an OCaml int (63 bits for `u`, `x`, `o`).
pub fn format_int(spec: &str, n: i64) -> String {
    let s = parse(spec);
    let unsigned = (n as u64) & ((1 << 63) - 1);
    let (lead, digits) = match s.conv {
        'x' => (if s.hash && n != 0 { "0x" } else { "" }, format!("{unsigned:x}")),
        'X' => (if s.hash && n != 0 { "0X" } else { "" }, format!("{unsigned:X}")),
        'o' => (if s.hash && n != 0 { "0" } else { "" }, format!("{unsigned:o}")),
        'u' => ("", unsigned.to_string()),
        _ => (sign(&s, n < 0), n.unsigned_abs().to_string()),
    };
    let digits = match s.precision {
        Some(p) if digits.len() < p => format!("{}{digits}", "0".repeat(p - digits.len())),
        _ => digits,
    };
    pad(&s, lead, &digits, s.precision.is_none())
}

/// `%f %e %E %g %G` on a float, as C's printf prints it.
pub fn format_float(spec: &str, f: f64) -> String {
    let s = parse(spec);
    let sign = sign(&s, f.is_sign_negative() && !f.is_nan());
    let a = f.abs();
    let upper = s.conv.is_ascii_uppercase();
    if !a.is_finite() {
        let word = if a.is_nan() { "nan" } else { "inf" };
        let word = if upper { word.to_uppercase() } else { word.to_owned() };
        return pad(&s, sign, &word, false);
    }
    let p = s.precision.unwrap_or(6);
    let body = match s.conv.to_ascii_lowercase() {
        'e' => exponent(a, p, upper),
        'g' => general(a, if p == 0 { 1 } else { p }, s.hash, upper),
        _ => {
            let t = format!("{a:.p$}");
            if s.hash && p == 0 { t + "." } else { t }
        }
    };
    pad(&s, sign, &body, true)
}

fn exponent(a: f64, p: usize, upper: bool) -> String {
    let t = format!("{a:.p$e}");
    let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let e_char = if upper { 'E' } else { 'e' };
    format!("{m}{e_char}{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn general(a: f64, p: usize, hash: bool, upper: bool) -> String {
    if a == 0.0 {
        return if hash { format!("0.{}", "0".repeat(p - 1)) } else { "0".to_owned() };
    }
    let e_form = exponent(a, p - 1, upper);
    let exp: i32 = e_form.rsplit(['e', 'E']).next().and_then(|x| x.parse().ok()).unwrap_or(0);
    let out = if exp < -4 || exp >= p as i32 {
        e_form
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        format!("{a:.decimals$}")
    };
    if hash {
        return out;
    }
    match out.split_once(['e', 'E']) {
        Some((m, e)) => format!("{}{}{e}", trim(m), if upper { 'E' } else { 'e' }),
        None => trim(&out).to_owned(),
    }
}

fn trim(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        assert_eq!(format_int("%d", -42), "-42");
        assert_eq!(format_int("%5d", 42), "   42");
        assert_eq!(format_int("%-5d", 42), "42   ");
        assert_eq!(format_int("%05d", -42), "-0042");
        assert_eq!(format_int("%+d", 3), "+3");
        assert_eq!(format_int("%x", 255), "ff");
        assert_eq!(format_int("%#X", 255), "0XFF");
        assert_eq!(format_int("%x", -1), "7fffffffffffffff");
        assert_eq!(format_int("%o", 8), "10");
    }

    #[test]
    fn floats() {
        assert_eq!(format_float("%f", 1.25), "1.250000");
        assert_eq!(format_float("%.2f", 2.675), "2.67");
        assert_eq!(format_float("%8.3f", -1.5), "  -1.500");
        assert_eq!(format_float("%e", 1234.5), "1.234500e+03");
        assert_eq!(format_float("%g", 0.0001), "0.0001");
        assert_eq!(format_float("%g", 1e-5), "1e-05");
        assert_eq!(format_float("%g", 123456789.0), "1.23457e+08");
        assert_eq!(format_float("%.12g", 0.1), "0.1");
        assert_eq!(format_float("%f", f64::INFINITY), "inf");
    }
}
