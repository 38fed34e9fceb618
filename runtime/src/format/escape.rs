//! `String.escaped`, `Char.escaped`, and the conversions of strings, characters and booleans.

use super::{pad, Spec};

/// Appends the escape of `c` that `String.escaped` uses: `\"`, `\\`, `\n`, `\t`, `\r`, `\b`,
/// printable ASCII as is, any other byte (128 to 255 too) as `\ddd` in decimal.
fn push_escaped(out: &mut Vec<u8>, c: u8) {
    match c {
        b'"' | b'\\' => out.extend_from_slice(&[b'\\', c]),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\t' => out.extend_from_slice(b"\\t"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\x08' => out.extend_from_slice(b"\\b"),
        b' '..=b'~' => out.push(c),
        _ => out.extend_from_slice(&[b'\\', b'0' + c / 100, b'0' + c / 10 % 10, b'0' + c % 10]),
    }
}

/// OCaml's `String.escaped` (and `Bytes.escaped`): `'` is left alone.
pub fn string_escaped(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        push_escaped(&mut out, c);
    }
    out
}

/// OCaml's `Char.escaped`: as in strings, except that `'` becomes `\'` and `"` stays.
pub fn char_escaped(c: u8) -> String {
    let mut out = Vec::with_capacity(4);
    match c {
        b'\'' => out.extend_from_slice(b"\\'"),
        b'"' => out.push(b'"'),
        _ => push_escaped(&mut out, c),
    }
    out.into_iter().map(char::from).collect()
}

/// `%s` (the bytes as they are) and `%S` (`"` + [`string_escaped`] + `"`), padded with spaces
/// to the width; the `0` flag and the precision are ignored.
pub fn format_string(spec: &Spec, s: &[u8]) -> Vec<u8> {
    let body = if spec.conv == 'S' {
        let mut quoted = Vec::with_capacity(s.len() + 2);
        quoted.push(b'"');
        quoted.extend(string_escaped(s));
        quoted.push(b'"');
        quoted
    } else {
        s.to_vec()
    };
    pad(body, spec.width(), spec.padding(false))
}

/// `%c` (the byte) and `%C` (`'` + [`char_escaped`] + `'`). OCaml ignores the width, the flags
/// and the precision of these.
pub fn format_char(spec: &Spec, c: u8) -> Vec<u8> {
    if spec.conv == 'C' {
        let mut out = vec![b'\''];
        out.extend(char_escaped(c).bytes());
        out.push(b'\'');
        out
    } else {
        vec![c]
    }
}

/// `%b` and `%B`: `true` or `false`, padded with spaces to the width.
pub fn format_bool(spec: &Spec, b: bool) -> String {
    let body = if b { "true" } else { "false" };
    let padded = pad(body.as_bytes().to_vec(), spec.width(), spec.padding(false));
    padded.into_iter().map(char::from).collect()
}
