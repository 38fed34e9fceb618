//! Printf's formats, read at run time (there is no type checker to compile them): a format
//! is cut into segments once per use, and each conversion formats its argument here, with
//! OCaml's rules from [`crate::format`].

use crate::format::{self, Size, Spec};
use crate::value::Value;

use super::boxed;

thread_local! {
    /// Formats already cut, by text: a program prints with the same few formats over and
    /// over, and the segments are never modified.
    static PARSED: std::cell::RefCell<std::collections::HashMap<(Vec<u8>, bool), Value>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Keeps the cached formats alive through a collection.
pub fn trace_cache(m: &mut crate::heap::Marker) {
    PARSED.with(|c| m.values(c.borrow().values()));
}

/// [`parse`], remembering the result.
pub fn parse_cached(fmt: &[u8], pp: bool) -> Value {
    let key = (fmt.to_vec(), pp);
    if let Some(v) = PARSED.with(|m| m.borrow().get(&key).cloned()) {
        return v;
    }
    let v = parse(fmt, pp);
    PARSED.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= 1024 {
            m.clear();
        }
        m.insert(key, v);
    });
    v
}

/// The segments of a format. For `Printf` (its `seg` type): `Flush` (`%!`), `Alpha` (`%a`),
/// `Theta` (`%t`) are the constants 0, 1, 2; `Lit text` is tag 0 and `Conv (spec, conv, stars)`
/// tag 1. With `pp` (for `Format`), `@` starts a directive: `Close_box` (`@]`),
/// `Flush_newline` (`@.`), `Force_newline` (`@\n`) are the constants 3, 4, 5 (`@?` is
/// `Flush`), `Open_box (indent, kind)` tag 2, `Break (width, offset)` tag 3 and
/// `Magic size` (`@<n>`) tag 4; tags (`@{`, `@}`) are not printed, so they are dropped.
pub fn parse(fmt: &[u8], pp: bool) -> Value {
    let mut segs = vec![];
    let mut lit: Vec<u8> = vec![];
    let mut i = 0;
    let flush_lit = |segs: &mut Vec<Value>, lit: &mut Vec<u8>| {
        if !lit.is_empty() {
            segs.push(Value::block(0, vec![Value::string(std::mem::take(lit))]));
        }
    };
    while let Some(&c) = fmt.get(i) {
        if c == b'@' && pp {
            let (seg, next) = directive(fmt, i + 1, &mut lit);
            if let Some(seg) = seg {
                flush_lit(&mut segs, &mut lit);
                segs.push(seg);
            }
            i = next;
            continue;
        }
        if c != b'%' {
            lit.push(c);
            i += 1;
            continue;
        }
        let Some((spec, next)) = format::parse_spec(fmt, i + 1) else {
            // Not a conversion Printf knows (OCaml would not have compiled it): kept as text.
            lit.push(c);
            i += 1;
            continue;
        };
        let constant = match spec.conv {
            '%' => Some(b"%".as_slice()),
            '@' => Some(b"@".as_slice()),
            ',' => Some(b"".as_slice()),
            _ => None,
        };
        if let Some(text) = constant {
            lit.extend_from_slice(text);
            i = next;
            continue;
        }
        flush_lit(&mut segs, &mut lit);
        segs.push(match spec.conv {
            '!' => Value::Int(0),
            'a' => Value::Int(1),
            't' => Value::Int(2),
            conv => {
                let text = fmt.get(i..next).unwrap_or_default();
                Value::block(
                    1,
                    vec![Value::string(text), Value::Int(conv as i64), Value::Int(spec.stars() as i64)],
                )
            }
        });
        i = next;
    }
    flush_lit(&mut segs, &mut lit);
    Value::block(0, segs)
}

/// The `Format` directive after an `@` at `fmt[i - 1]`: a segment, or text added to `lit`;
/// and the index after it.
fn directive(fmt: &[u8], i: usize, lit: &mut Vec<u8>) -> (Option<Value>, usize) {
    let int = |n: i64| Value::Int(n);
    match fmt.get(i) {
        None => {
            lit.push(b'@');
            (None, i)
        }
        Some(b'[') => match angle(fmt, i + 1) {
            Some((inside, next)) => match box_spec(inside) {
                Some((indent, kind)) => (Some(Value::block(2, vec![int(indent), int(kind)])), next),
                None => (Some(Value::block(2, vec![int(0), int(BOX)])), i + 1),
            },
            None => (Some(Value::block(2, vec![int(0), int(BOX)])), i + 1),
        },
        Some(b']') => (Some(Value::Int(3)), i + 1),
        Some(b'.') => (Some(Value::Int(4)), i + 1),
        Some(b'\n') => (Some(Value::Int(5)), i + 1),
        Some(b'?') => (Some(Value::Int(0)), i + 1),
        Some(b' ') => (Some(Value::block(3, vec![int(1), int(0)])), i + 1),
        Some(b',') => (Some(Value::block(3, vec![int(0), int(0)])), i + 1),
        Some(b';') => {
            let parsed = angle(fmt, i + 1).and_then(|(inside, next)| {
                let words: Vec<&[u8]> = inside.split(|&b| b == b' ').filter(|w| !w.is_empty()).collect();
                match words.as_slice() {
                    [w] => Some((number(w)?, 0, next)),
                    [w, o] => Some((number(w)?, number(o)?, next)),
                    _ => None,
                }
            });
            match parsed {
                Some((w, o, next)) => (Some(Value::block(3, vec![int(w), int(o)])), next),
                None => (Some(Value::block(3, vec![int(1), int(0)])), i + 1),
            }
        }
        Some(b'<') => match angle(fmt, i).and_then(|(inside, next)| Some((number(inside.trim_ascii())?, next))) {
            Some((n, next)) => (Some(Value::block(4, vec![int(n)])), next),
            None => {
                lit.extend_from_slice(b"@<");
                (None, i + 1)
            }
        },
        Some(b'{') => (None, angle(fmt, i + 1).map_or(i + 1, |(_, next)| next)),
        Some(b'}') => (None, i + 1),
        Some(b'@') => {
            lit.push(b'@');
            (None, i + 1)
        }
        Some(b'%') => {
            lit.push(b'%');
            (None, i + 1)
        }
        Some(&c) => {
            lit.extend_from_slice(&[b'@', c]);
            (None, i + 1)
        }
    }
}

/// `Format`'s box kinds, as its `box_kind` constants.
const HBOX: i64 = 0;
const VBOX: i64 = 1;
const HVBOX: i64 = 2;
const HOVBOX: i64 = 3;
const BOX: i64 = 4;

/// The text between `<` at `fmt[i]` and the next `>`, and the index after the `>`.
fn angle(fmt: &[u8], i: usize) -> Option<(&[u8], usize)> {
    if fmt.get(i) != Some(&b'<') {
        return None;
    }
    let len = fmt.get(i + 1..)?.iter().position(|&b| b == b'>')?;
    Some((fmt.get(i + 1..i + 1 + len)?, i + len + 2))
}

fn number(w: &[u8]) -> Option<i64> {
    std::str::from_utf8(w).ok()?.parse().ok()
}

/// A box description, `hov 2` and the like: the indent and the kind.
fn box_spec(spec: &[u8]) -> Option<(i64, i64)> {
    let spec = spec.trim_ascii();
    let word_len = spec.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (word, rest) = spec.split_at(word_len);
    let kind = match word {
        b"h" => HBOX,
        b"v" => VBOX,
        b"hv" => HVBOX,
        b"hov" => HOVBOX,
        b"b" | b"" => BOX,
        _ => return None,
    };
    let rest = rest.trim_ascii();
    let indent = if rest.is_empty() { 0 } else { number(rest)? };
    Some((indent, kind))
}

/// Formats one argument for the conversion `spec_text` (`%-5d`, ...), its `*` arguments
/// given first in `stars` (an int array).
pub fn arg(spec_text: &[u8], stars: &Value, v: &Value) -> Option<Vec<u8>> {
    let (mut spec, _) = format::parse_spec(spec_text, 1)?;
    let mut star_args = (0..).map_while(|i| stars.field(i)).map(|s| s.as_int().unwrap_or(0));
    if spec.width == Some(format::Count::Star) {
        spec.set_star_width(star_args.next().unwrap_or(0));
    }
    if spec.precision == Some(format::Count::Star) {
        spec.set_star_precision(star_args.next().unwrap_or(0));
    }
    Some(convert(&spec, v))
}

/// The segments of a Printf format, as [`parse`] gives them.
fn segments(segs: &Value) -> impl Iterator<Item = Value> + '_ {
    (0..).map_while(|i| segs.field(i))
}

/// How many arguments a format of only text and conversions without `*` takes; -1 if it
/// has anything else (`%a`, `%t`, `%!`, `*`), which [`format_all`] does not handle.
pub fn simple_arity(segs: &Value) -> i64 {
    let mut n = 0;
    for seg in segments(segs) {
        match seg {
            Value::Block(0, _) => {}
            Value::Block(1, ref b) if b.get(2).and_then(|s| s.as_int()) == Some(0) => n += 1,
            _ => return -1,
        }
    }
    n
}

/// The text of a format that [`simple_arity`] accepts, for all its arguments (an array).
pub fn format_all(segs: &Value, args: &Value) -> Option<Vec<u8>> {
    let mut out = vec![];
    let mut args = (0..).map_while(|i| args.field(i));
    for seg in segments(segs) {
        match (seg.field(0)?, seg) {
            (Value::String(s), Value::Block(0, _)) => out.extend_from_slice(&s),
            (Value::String(spec), Value::Block(1, _)) => out.extend(arg(&spec, &Value::Int(0), &args.next()?)?),
            _ => return None,
        }
    }
    Some(out)
}

fn convert(spec: &Spec, v: &Value) -> Vec<u8> {
    match spec.conv {
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => match spec.size {
            Size::Int => format::format_int(spec, v.as_int().unwrap_or(0)),
            Size::Int32 => format::format_int32(spec, boxed::get(v) as i32),
            Size::Int64 => format::format_int64(spec, boxed::get(v)),
            Size::Nativeint => format::format_nativeint(spec, boxed::get(v)),
        }
        .into_bytes(),
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'h' | 'H' => {
            let f = if let Value::Float(f) = v { *f } else { 0.0 };
            format::format_float(spec, f).into_bytes()
        }
        's' | 'S' => match v {
            Value::String(s) => format::format_string(spec, s),
            Value::Bytes(b) => format::format_string(spec, &b.borrow()),
            _ => vec![],
        },
        'c' | 'C' => format::format_char(spec, v.as_int().unwrap_or(0) as u8),
        'b' | 'B' => format::format_bool(spec, v.is_true()).into_bytes(),
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(v: &Value) -> Vec<String> {
        (0..)
            .map_while(|i| v.field(i))
            .map(|s| match s {
                Value::Int(n) => format!("#{n}"),
                Value::Block(tag, b) => {
                    let fields: Vec<String> = b
                        .iter()
                        .map(|f| match f {
                            Value::String(s) => String::from_utf8_lossy(&s).into_owned(),
                            Value::Int(n) => n.to_string(),
                            _ => "?".into(),
                        })
                        .collect();
                    format!("{}:{}", tag, fields.join(","))
                }
                _ => "?".into(),
            })
            .collect()
    }

    #[test]
    fn printf_segments() {
        assert_eq!(render(&parse(b"a%d%%b%-5.2f%!%a%t@[", false)), ["0:a", "1:%d,100,0", "0:%b", "1:%-5.2f,102,0", "#0", "#1", "#2", "0:@["]);
        assert_eq!(render(&parse(b"%*d|%.*s", false)), ["1:%*d,100,1", "0:|", "1:%.*s,115,1"]);
    }

    #[test]
    fn format_directives() {
        let segs = render(&parse(b"@[<hov 2>x@ y@,@;<3 -1>@]@.@\n@?@@@<4>z@{<t>w@}", true));
        assert_eq!(segs, ["2:2,3", "0:x", "3:1,0", "0:y", "3:0,0", "3:3,-1", "#3", "#4", "#5", "#0", "0:@", "4:4", "0:zw"]);
    }

    #[test]
    fn star_arguments() {
        let stars = Value::block(0, vec![Value::Int(-6)]);
        assert_eq!(arg(b"%*d", &stars, &Value::Int(42)), Some(b"42    ".to_vec()));
    }
}
