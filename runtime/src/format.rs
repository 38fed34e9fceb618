//! Number and string conversions that print byte for byte what OCaml 4.13.1 prints.
//!
//! A program's output is only right if `Printf`, `string_of_float`, `int_of_string` and friends
//! agree with OCaml down to the corner cases, and those do not follow C: OCaml pads numbers
//! itself (so `%05f` of `nan` is `00nan`), never lets an integer precision drop digits (`%.0d`
//! of 0 is `0`), reads `#` on `%d` as "group digits with `_`", ignores the width of `%c`, has
//! its own `%F` and hexadecimal `%h`, and parses hexadecimal float literals with a rounding of
//! its own. Each function here reproduces one of those behaviours; the tables in the tests were
//! recorded from programs compiled with `ocamlc` 4.13.1.
//!
//! OCaml's `int` is 63 bits wide. The functions taking or returning an `int` use an `i64`
//! holding the value already wrapped to 63 bits, i.e. in `[-2^62, 2^62 - 1]`; unsigned
//! conversions (`%u`, `%x`, `%X`, `%o`) see it as a 63-bit two's complement number, so `%x` of
//! `-1` is `7fffffffffffffff`. `int32`, `int64` and `nativeint` (64 bits) have their own
//! functions.

mod escape;
mod float;
mod int;
mod parse;

#[cfg(test)]
mod tests_big;
#[cfg(test)]
mod tests_float;
#[cfg(test)]
mod tests_float2;
#[cfg(test)]
mod tests_float_parse;
#[cfg(test)]
mod tests_int;
#[cfg(test)]
mod tests_misc;
#[cfg(test)]
mod tests_parse;
#[cfg(test)]
mod tests_star;

pub use escape::{char_escaped, format_bool, format_char, format_string, string_escaped};
pub use float::{format_float, string_of_float};
pub use int::{format_int, format_int32, format_int64, format_nativeint};
pub use parse::{float_of_string, int32_of_string, int64_of_string, int_of_string, nativeint_of_string};

/// A width or precision: written in the format, or `*`, to be taken from the arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Lit(usize),
    Star,
}

/// The integer type an integer conversion prints: `%d`, `%ld`, `%Ld`, `%nd`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Size {
    #[default]
    Int,
    Int32,
    Int64,
    Nativeint,
}

/// One conversion, `%[flags][width][.precision][size]conv`.
///
/// The formatting functions read a [`Count::Star`] as absent: an interpreter first replaces it
/// with the argument, through [`Spec::set_star_width`] and [`Spec::set_star_precision`] (the
/// width's argument comes before the precision's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    pub minus: bool,
    pub zero: bool,
    pub plus: bool,
    pub space: bool,
    pub hash: bool,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    pub size: Size,
    /// `d i u x X o f F e E g G h H s S c C b B a t`, or one taking no argument: `% ! @ ,`
    /// (which print `%`, nothing, `@`, nothing, whatever the flags and width).
    pub conv: char,
}

impl Spec {
    /// A conversion without flags, width or precision.
    pub fn new(conv: char) -> Spec {
        Spec {
            minus: false,
            zero: false,
            plus: false,
            space: false,
            hash: false,
            width: None,
            precision: None,
            size: Size::Int,
            conv,
        }
    }

    /// The width, if written or already set.
    pub fn width(&self) -> Option<usize> {
        match self.width {
            Some(Count::Lit(w)) => Some(w),
            _ => None,
        }
    }

    /// The precision, if written or already set.
    pub fn precision(&self) -> Option<usize> {
        match self.precision {
            Some(Count::Lit(p)) => Some(p),
            _ => None,
        }
    }

    /// Gives a `*` width its argument. As in OCaml, a negative width pads on the right.
    pub fn set_star_width(&mut self, arg: i64) {
        if arg < 0 {
            self.minus = true;
        }
        self.width = Some(Count::Lit(usize::try_from(arg.unsigned_abs()).unwrap_or(usize::MAX)));
    }

    /// Gives a `.*` precision its argument. OCaml takes the absolute value of a negative one,
    /// except in hexadecimal (`%h`, `%H`, `%#F`), where it means no precision.
    pub fn set_star_precision(&mut self, arg: i64) {
        let hexadecimal = matches!(self.conv, 'h' | 'H') || (self.conv == 'F' && self.hash);
        self.precision = if arg < 0 && hexadecimal {
            None
        } else {
            Some(Count::Lit(usize::try_from(arg.unsigned_abs()).unwrap_or(usize::MAX)))
        };
    }

    /// How many `*` arguments the conversion takes before its value.
    pub fn stars(&self) -> usize {
        usize::from(self.width == Some(Count::Star)) + usize::from(self.precision == Some(Count::Star))
    }

    /// How the text is padded to the width: `-` wins over `0`.
    fn padding(&self, zeros_allowed: bool) -> Pad {
        if self.minus {
            Pad::Left
        } else if self.zero && zeros_allowed {
            Pad::Zeros
        } else {
            Pad::Right
        }
    }
}

/// Reads the conversion that starts at `fmt[i]`, just after a `%`, and returns it with the index
/// just past it. `None` for what OCaml rejects or what is not a plain conversion (`%(`, `%{`,
/// `%[`, `%r`, `%_`).
///
/// As OCaml (not in its strict mode) does: flags come in any order and may repeat, `.` alone is
/// precision 0, `%l`, `%n`, `%L`, `%N` alone print their `int` argument as `%u` (they are
/// Scanf's counters), and `l`, `L`, `n` before `d i u x X o` choose `int32`, `int64`,
/// `nativeint`. For `s S b B c C` the precision is dropped, and stands for the width if there
/// is none: `%.5s` is `%5s`, `%.*s` is `%*s` (one argument), `%5.*s` takes no argument, and
/// `%0.5s` has width 0 (a `0` flag without a width is width 0).
pub fn parse_spec(fmt: &[u8], i: usize) -> Option<(Spec, usize)> {
    let mut spec = Spec::new('d');
    let mut j = i;
    while let Some(&c) = fmt.get(j) {
        match c {
            b'-' => spec.minus = true,
            b'0' => spec.zero = true,
            b'+' => spec.plus = true,
            b' ' => spec.space = true,
            b'#' => spec.hash = true,
            _ => break,
        }
        j += 1;
    }
    let (width, after) = count(fmt, j)?;
    // A `0` flag with no width is a width of 0 (which matters for `%0.5s`).
    spec.width = width.or((spec.zero && !spec.minus).then_some(Count::Lit(0)));
    j = after;
    if fmt.get(j) == Some(&b'.') {
        let (precision, after) = count(fmt, j + 1)?;
        spec.precision = Some(precision.unwrap_or(Count::Lit(0)));
        j = after;
    }
    let c = char::from(*fmt.get(j)?);
    let next = fmt.get(j + 1).map(|&b| char::from(b));
    let size = match c {
        'l' => Some(Size::Int32),
        'L' => Some(Size::Int64),
        'n' => Some(Size::Nativeint),
        _ => None,
    };
    if let (Some(size), Some(conv @ ('d' | 'i' | 'u' | 'x' | 'X' | 'o'))) = (size, next) {
        spec.size = size;
        spec.conv = conv;
        return Some((spec, j + 2));
    }
    match c {
        'l' | 'L' | 'n' | 'N' => Some((Spec::new('u'), j + 1)),
        's' | 'S' | 'b' | 'B' | 'c' | 'C' => {
            spec.conv = c;
            if spec.width.is_none() {
                spec.width = spec.precision;
            }
            spec.precision = None;
            Some((spec, j + 1))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'h' | 'H' | 'a' | 't' | '%' | '!' | '@'
        | ',' => {
            spec.conv = c;
            Some((spec, j + 1))
        }
        _ => None,
    }
}

/// A width or precision at `fmt[j]`: digits, `*`, or nothing.
fn count(fmt: &[u8], j: usize) -> Option<(Option<Count>, usize)> {
    if fmt.get(j) == Some(&b'*') {
        return Some((Some(Count::Star), j + 1));
    }
    let digits = fmt.get(j..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return Some((None, j));
    }
    let mut n: usize = 0;
    for &b in fmt.get(j..j + digits)? {
        n = n.checked_mul(10)?.checked_add(usize::from(b - b'0'))?;
    }
    Some((Some(Count::Lit(n)), j + digits))
}

/// Where padding goes: spaces after, spaces before, or zeros after the sign or `0x`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pad {
    Left,
    Right,
    Zeros,
}

/// Pads `s` to `width` bytes the way OCaml's Printf does; zeros go after a leading sign (`+`,
/// `-`, space) or else after a leading `0x`/`0X`, whatever the text is (`-0000x1.8p+0`, `00nan`).
fn pad(s: Vec<u8>, width: Option<usize>, how: Pad) -> Vec<u8> {
    let Some(width) = width.filter(|&w| w > s.len()) else { return s };
    let fill = width - s.len();
    let mut out = Vec::with_capacity(width);
    match how {
        Pad::Left => {
            out.extend_from_slice(&s);
            out.resize(width, b' ');
        }
        Pad::Right => {
            out.resize(fill, b' ');
            out.extend_from_slice(&s);
        }
        Pad::Zeros => {
            let lead = match s.as_slice() {
                [b'+' | b'-' | b' ', ..] => 1,
                [b'0', b'x' | b'X', ..] => 2,
                _ => 0,
            };
            let (head, tail) = s.split_at(lead);
            out.extend_from_slice(head);
            out.resize(lead + fill, b'0');
            out.extend_from_slice(tail);
        }
    }
    out
}

/// [`pad`] for the ASCII text of a number.
fn pad_ascii(s: String, width: Option<usize>, how: Pad) -> String {
    let padded = pad(s.into_bytes(), width, how);
    String::from_utf8(padded).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Checks a table of `(format, value, what OCaml printed)`: each format must parse as exactly
/// one conversion and print the recorded text.
#[cfg(test)]
fn check_table<T: Copy + std::fmt::Debug>(table: &[(&str, T, &str)], format: impl Fn(&Spec, T) -> String) {
    let failures: Vec<String> = table
        .iter()
        .filter_map(|&(fmt, v, want)| {
            let got = match parse_spec(fmt.as_bytes(), 1) {
                Some((spec, end)) if end == fmt.len() => format(&spec, v),
                _ => return Some(format!("{fmt}: not one conversion")),
            };
            (got != want).then(|| format!("{fmt} {v:?}: got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
