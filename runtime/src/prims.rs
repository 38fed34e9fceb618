//! What each primitive does. Output is buffered per channel as OCaml's channels are, and
//! leaves the VM only as a host request.

use std::cmp::Ordering;

use crate::compare::{compare, Functional};
use crate::host::{Halt, HostRequest};
use crate::prim::Prim;
use crate::format;
use crate::value::{Value, UNIT};
use crate::vm::{exn, Vm};

mod array;
pub mod boxed;
mod float;
mod object;
pub(crate) mod printf;
mod strings;

pub enum Stop {
    Raise(Value),
    Halt(Halt),
}

type R = Result<Value, Stop>;

/// Buffered output channels, by channel number: a file's channel is its descriptor (stdout
/// 1, stderr 2, files from 3); negative channels are second buffers on the standard
/// descriptors (-1 on stdout, -2 on stderr), which Lwt_io's channels are: text buffered in
/// one is not written out with the other's.
pub struct Output {
    /// Each channel's buffer, in the order channels were first written (stdout and stderr
    /// first, so the common prints find theirs at once): the order output goes out at exit.
    buffers: Vec<(i64, Vec<u8>)>,
}

impl Default for Output {
    fn default() -> Output {
        Output { buffers: vec![(1, vec![]), (2, vec![])] }
    }
}

const CHANNEL_BUFFER: usize = 65536;

impl Output {
    fn buffer(&mut self, channel: i64) -> &mut Vec<u8> {
        if !self.buffers.iter().any(|(c, _)| *c == channel) {
            self.buffers.push((channel, vec![]));
        }
        match self.buffers.iter_mut().find(|(c, _)| *c == channel) {
            Some((_, b)) => b,
            None => unreachable!("the channel's buffer was just added"),
        }
    }

    /// The descriptor a channel writes to.
    fn fd(channel: i64) -> i32 {
        i32::try_from(if channel < 0 { -channel } else { channel }).unwrap_or(1)
    }

    /// The next pending write, if any buffer holds data.
    pub fn drain(&mut self) -> Option<HostRequest> {
        self.drain_where(|_| true)
    }

    /// The next pending write to stdout or stderr: what must reach the terminal before the
    /// program waits on the host. Files are written when flushed, closed, or at exit.
    pub fn drain_standard(&mut self) -> Option<HostRequest> {
        self.drain_where(|fd| fd <= 2)
    }

    fn drain_where(&mut self, keep: impl Fn(i32) -> bool) -> Option<HostRequest> {
        let (channel, buf) = self.buffers.iter_mut().find(|(c, b)| !b.is_empty() && keep(Self::fd(*c)))?;
        Some(HostRequest::Write { fd: Self::fd(*channel), bytes: std::mem::take(buf) })
    }

    fn flush(&mut self, channel: i64) -> Option<HostRequest> {
        let buf = self.buffer(channel);
        if buf.is_empty() {
            return None;
        }
        Some(HostRequest::Write { fd: Self::fd(channel), bytes: std::mem::take(buf) })
    }
}

fn int(v: &Value) -> i64 {
    v.as_int().unwrap_or(0)
}

fn float(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::String(s) => s.to_vec(),
        Value::Bytes(b) => b.borrow().clone(),
        _ => vec![],
    }
}

fn with_bytes<T>(v: &Value, f: impl FnOnce(&[u8]) -> T) -> T {
    match v {
        Value::String(s) => f(s),
        Value::Bytes(b) => f(&b.borrow()),
        _ => f(&[]),
    }
}

fn cmp(vm: &Vm, a: &Value, b: &Value, total: bool) -> Result<Option<Ordering>, Stop> {
    compare(a, b, total).map_err(|Functional| Stop::Raise(vm.invalid_argument("compare: functional value")))
}

fn bool(b: bool) -> R {
    Ok(Value::bool(b))
}

/// Applies a primitive to its arguments (first argument first).
pub fn call(vm: &mut Vm, p: Prim, args: &[Value]) -> R {
    let a = |i: usize| args.get(i).cloned().unwrap_or(UNIT);
    let (x, y) = (a(0), a(1));
    use Prim as P;
    match p {
        P::Identity => Ok(x),
        // Lowered to applications; never executed as primitives.
        P::Apply | P::RevApply => Err(Stop::Halt(Halt::Fatal(format!("{} reached the VM", p.name())))),
        P::Ignore => Ok(UNIT),
        P::Raise | P::RaiseNotrace => Err(Stop::Raise(x)),
        P::AddInt => Ok(Value::int(int(&x).wrapping_add(int(&y)))),
        P::SubInt => Ok(Value::int(int(&x).wrapping_sub(int(&y)))),
        P::MulInt => Ok(Value::int(int(&x).wrapping_mul(int(&y)))),
        P::DivInt | P::ModInt => {
            let d = int(&y);
            if d == 0 {
                return Err(Stop::Raise(vm.exn(exn::DIVISION_BY_ZERO, None)));
            }
            let n = int(&x);
            Ok(Value::int(if p == P::DivInt { n.wrapping_div(d) } else { n.wrapping_rem(d) }))
        }
        P::NegInt => Ok(Value::int(int(&x).wrapping_neg())),
        P::AndInt => Ok(Value::Int(int(&x) & int(&y))),
        P::OrInt => Ok(Value::Int(int(&x) | int(&y))),
        P::XorInt => Ok(Value::Int(int(&x) ^ int(&y))),
        P::LslInt => Ok(Value::int(int(&x).wrapping_shl(int(&y) as u32))),
        P::LsrInt => {
            // A logical shift of the 63-bit representation.
            let n = (int(&x) as u64) & ((1u64 << 63) - 1);
            Ok(Value::int(n.wrapping_shr(int(&y) as u32) as i64))
        }
        P::AsrInt => Ok(Value::Int(int(&x) >> (int(&y).clamp(0, 63)))),
        P::SuccInt => Ok(Value::int(int(&x).wrapping_add(1))),
        P::PredInt => Ok(Value::int(int(&x).wrapping_sub(1))),
        P::Equal => bool(matches!((&x, &y), (Value::Int(m), Value::Int(n)) if m == n) || cmp(vm, &x, &y, false)? == Some(Ordering::Equal)),
        P::NotEqual => bool(cmp(vm, &x, &y, false)? != Some(Ordering::Equal)),
        P::LessThan => bool(cmp(vm, &x, &y, false)? == Some(Ordering::Less)),
        P::LessEqual => bool(matches!(cmp(vm, &x, &y, false)?, Some(Ordering::Less | Ordering::Equal))),
        P::GreaterThan => bool(cmp(vm, &x, &y, false)? == Some(Ordering::Greater)),
        P::GreaterEqual => bool(matches!(cmp(vm, &x, &y, false)?, Some(Ordering::Greater | Ordering::Equal))),
        P::Compare => Ok(Value::Int(match cmp(vm, &x, &y, true)? {
            Some(Ordering::Less) => -1,
            Some(Ordering::Greater) => 1,
            _ => 0,
        })),
        P::PhysEqual => bool(physical_eq(&x, &y)),
        P::PhysNotEqual => bool(!physical_eq(&x, &y)),
        P::BoolNot => bool(!x.is_true()),
        P::SeqAnd => bool(x.is_true() && y.is_true()),
        P::SeqOr => bool(x.is_true() || y.is_true()),
        P::FloatOfInt => Ok(Value::Float(int(&x) as f64)),
        P::IntOfFloat => Ok(Value::int(truncate(float(&x)))),
        P::NegFloat => Ok(Value::Float(-float(&x))),
        P::AbsFloat => Ok(Value::Float(float(&x).abs())),
        P::AddFloat => Ok(Value::Float(float(&x) + float(&y))),
        P::SubFloat => Ok(Value::Float(float(&x) - float(&y))),
        P::MulFloat => Ok(Value::Float(float(&x) * float(&y))),
        P::DivFloat => Ok(Value::Float(float(&x) / float(&y))),
        P::PowFloat => Ok(Value::Float(float::pow(float(&x), float(&y)))),
        P::SqrtFloat => Ok(Value::Float(float(&x).sqrt())),
        P::ExpFloat | P::LogFloat => Ok(Value::Float(float::unary(p, float(&x)).unwrap_or(f64::NAN))),
        P::FloorFloat => Ok(Value::Float(float(&x).floor())),
        P::CeilFloat => Ok(Value::Float(float(&x).ceil())),
        P::SinFloat | P::CosFloat | P::TanFloat | P::AsinFloat | P::AcosFloat | P::AtanFloat | P::SinhFloat
        | P::CoshFloat | P::TanhFloat | P::AsinhFloat | P::AcoshFloat | P::AtanhFloat | P::Log10Float
        | P::Log2Float | P::Log1pFloat | P::Exp2Float | P::Expm1Float | P::CbrtFloat | P::TruncFloat
        | P::RoundFloat | P::ErfFloat | P::ErfcFloat => Ok(Value::Float(float::unary(p, float(&x)).unwrap_or(f64::NAN))),
        P::Atan2Float | P::HypotFloat | P::FmodFloat | P::CopysignFloat | P::NextafterFloat => {
            Ok(Value::Float(float::binary(p, float(&x), float(&y)).unwrap_or(f64::NAN)))
        }
        P::LdexpFloat => Ok(Value::Float(float::ldexp(float(&x), int(&y)))),
        P::FmaFloat => Ok(Value::Float(float(&x).mul_add(float(&y), float(&a(2))))),
        P::FrexpFloat => {
            let (m, e) = float::frexp(float(&x));
            Ok(Value::block(0, vec![Value::Float(m), Value::Int(e)]))
        }
        P::ModfFloat => {
            let (f, i) = float::modf(float(&x));
            Ok(Value::block(0, vec![Value::Float(f), Value::Float(i)]))
        }
        P::ClassifyFloat => Ok(float::classify(float(&x))),
        P::SignbitFloat => bool(float(&x).is_sign_negative()),
        P::Boxed(kind, op) => match boxed::call(kind, op, &x, &y) {
            boxed::Outcome::Value(v) => Ok(v),
            boxed::Outcome::DivisionByZero => Err(Stop::Raise(vm.exn(exn::DIVISION_BY_ZERO, None))),
            boxed::Outcome::Failure(msg) => Err(Stop::Raise(vm.failure(msg))),
        },
        P::MakeMutable => Ok(Value::block(0, vec![x])),
        P::Field0 => Ok(x.field(0).unwrap_or(UNIT)),
        P::Field1 => Ok(x.field(1).unwrap_or(UNIT)),
        P::SetField0 => {
            set_field(&x, 0, y);
            Ok(UNIT)
        }
        P::Incr | P::Decr => {
            let n = int(&x.field(0).unwrap_or(UNIT));
            set_field(&x, 0, Value::int(if p == P::Incr { n.wrapping_add(1) } else { n.wrapping_sub(1) }));
            Ok(UNIT)
        }
        P::ObjIsInt => bool(matches!(x, Value::Int(_))),
        P::PackageGet => {
            // A package is `[| names; v1; ...; vn |]`, `names` an array of strings.
            let names = x.field(0).unwrap_or(UNIT);
            let index = (0..).map_while(|i| names.field(i)).position(|n| compare(&n, &y, false).ok().flatten() == Some(Ordering::Equal));
            Ok(index.and_then(|i| x.field(i + 1)).unwrap_or(UNIT))
        }
        P::TagIs => Ok(Value::bool(matches!(x, Value::Block(t, _) if i64::from(t) == int(&y)))),
        P::ObjTag => Ok(Value::Int(match &x {
            Value::Int(_) => 1000,
            Value::Block(tag, _) => i64::from(*tag),
            Value::String(_) | Value::Bytes(_) => 252,
            Value::Float(_) => 253,
            Value::Closure(_) => 247,
        })),
        P::ObjSize => Ok(Value::Int(match &x {
            Value::Block(_, b) => b.len() as i64,
            _ => 0,
        })),
        P::ObjField => Ok(x.field(int(&y) as usize).unwrap_or(UNIT)),
        P::ObjSetField => {
            set_field(&x, int(&y) as usize, a(2));
            Ok(UNIT)
        }
        P::ObjDup => Ok(match &x {
            Value::Block(tag, b) => Value::block(*tag, b.to_vec()),
            Value::Bytes(b) => Value::bytes(b.borrow().clone()),
            v => *v,
        }),
        P::StringLength | P::BytesLength => Ok(Value::Int(with_bytes(&x, |b| b.len() as i64))),
        P::StringGet | P::BytesGet | P::StringUnsafeGet | P::BytesUnsafeGet => {
            let i = int(&y);
            match with_bytes(&x, |b| usize::try_from(i).ok().and_then(|i| b.get(i).copied())) {
                Some(c) => Ok(Value::Int(i64::from(c))),
                None => Err(Stop::Raise(vm.invalid_argument("index out of bounds"))),
            }
        }
        P::BytesSet | P::BytesUnsafeSet => {
            if let Value::Bytes(b) = &x {
                let mut b = b.borrow_mut();
                if let Some(c) = usize::try_from(int(&y)).ok().and_then(|i| b.get_mut(i)) {
                    *c = int(&a(2)) as u8;
                    return Ok(UNIT);
                }
            }
            Err(Stop::Raise(vm.invalid_argument("index out of bounds")))
        }
        P::BytesCreate => {
            let n = int(&x);
            if !(0..=MAX_STRING_LENGTH).contains(&n) {
                return Err(Stop::Raise(vm.invalid_argument("Bytes.create")));
            }
            let mut v = Vec::new();
            if v.try_reserve_exact(n as usize).is_err() {
                return Err(Stop::Raise(vm.exn(OUT_OF_MEMORY, None)));
            }
            v.resize(n as usize, 0);
            Ok(Value::bytes(v))
        }
        P::BytesToString => Ok(Value::string(bytes_of(&x))),
        P::BytesOfString => Ok(Value::bytes(bytes_of(&x))),
        P::StringConcat => {
            let mut v = bytes_of(&x);
            with_bytes(&y, |b| v.extend_from_slice(b));
            Ok(Value::string(v))
        }
        P::StringEqual | P::BytesEqual => bool(with_bytes(&x, |a| with_bytes(&y, |b| a == b))),
        P::StringCompare | P::BytesCompare => Ok(Value::Int(match with_bytes(&x, |a| with_bytes(&y, |b| a.cmp(b))) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        })),
        P::BlitString | P::BlitBytes => {
            let (src, so, dst, d_o, len) = (x, int(&y), a(2), int(&a(3)), int(&a(4)));
            if blit(&src, so, &dst, d_o, len) {
                Ok(UNIT)
            } else {
                Err(Stop::Raise(vm.invalid_argument("String.blit / Bytes.blit_string")))
            }
        }
        P::FillBytes => {
            let (off, len, c) = (int(&y), int(&a(2)), int(&a(3)) as u8);
            if let Value::Bytes(d) = &x {
                if let Some(s) = d.borrow_mut().get_mut(off.max(0) as usize..(off + len).max(0) as usize) {
                    s.fill(c);
                    return Ok(UNIT);
                }
            }
            Err(Stop::Raise(vm.invalid_argument("String.fill / Bytes.fill")))
        }
        P::FormatInt | P::FormatFloat => {
            // The spec is `%` and one conversion, as `Printf` builds it once `*`s are known.
            let Some((spec, _)) = format::parse_spec(&bytes_of(&x), 1) else {
                return Err(Stop::Raise(vm.invalid_argument("format")));
            };
            Ok(Value::string(match p {
                P::FormatInt => format::format_int(&spec, int(&y)),
                _ => format::format_float(&spec, float(&y)),
            }))
        }
        P::StringOfFloat => Ok(Value::string(format::string_of_float(float(&x)))),
        P::IntOfString => {
            let s = String::from_utf8_lossy(&bytes_of(&x)).into_owned();
            format::int_of_string(&s).map(Value::Int).ok_or_else(|| Stop::Raise(vm.failure("int_of_string")))
        }
        P::FloatOfString => {
            let s = String::from_utf8_lossy(&bytes_of(&x)).into_owned();
            format::float_of_string(&s).map(Value::Float).ok_or_else(|| Stop::Raise(vm.failure("float_of_string")))
        }
        P::MakeVect => make_array(vm, int(&x), y, "Array.make"),
        // An array literal: flat (Double_array_tag) when its first element is a float, as
        // OCaml's runtime decides for arrays whose type it did not know.
        P::MakeArray => Ok(match x {
            Value::Block(0, fields) if matches!(fields.get(0), Some(Value::Float(_))) => Value::Block(DOUBLE_ARRAY_TAG, fields),
            v => v,
        }),
        P::ArraySub => array::sub(&x, int(&y), int(&a(2))).ok_or_else(|| Stop::Raise(vm.invalid_argument("Array.sub"))),
        P::ArrayAppend => Ok(array::append(&x, &y)),
        P::ArrayConcat => Ok(array::concat(&x)),
        P::ArrayBlit => array::blit(&x, int(&y), &a(2), int(&a(3)), int(&a(4)))
            .map(|()| UNIT)
            .ok_or_else(|| Stop::Raise(vm.invalid_argument("Array.blit"))),
        P::ArrayFill => array::fill(&x, int(&y), int(&a(2)), &a(3))
            .map(|()| UNIT)
            .ok_or_else(|| Stop::Raise(vm.invalid_argument("Array.fill"))),
        P::MakeFloatVect | P::FloatArrayCreate => make_array(vm, int(&x), Value::Float(0.0), "Float.Array.create"),
        P::ArrayLength => Ok(Value::Int(match &x {
            Value::Block(_, b) => b.len() as i64,
            _ => 0,
        })),
        P::ArrayGet | P::ArrayUnsafeGet => match usize::try_from(int(&y)).ok().and_then(|i| x.field(i)) {
            Some(v) => Ok(v),
            None => Err(Stop::Raise(vm.invalid_argument("index out of bounds"))),
        },
        P::ArraySet | P::ArrayUnsafeSet => {
            if let (Value::Block(_, b), Ok(i)) = (&x, usize::try_from(int(&y))) {
                if b.set(i, a(2)) {
                    return Ok(UNIT);
                }
            }
            Err(Stop::Raise(vm.invalid_argument("index out of bounds")))
        }
        P::OutputString | P::OutputChar => {
            let fd = int(&x);
            let buf = vm.out.buffer(fd);
            match &y {
                Value::Int(c) => buf.push(*c as u8),
                v => with_bytes(v, |b| buf.extend_from_slice(b)),
            }
            if buf.len() >= CHANNEL_BUFFER {
                if let Some(req) = vm.out.flush(fd) {
                    return Err(Stop::Halt(Halt::Host(req)));
                }
            }
            Ok(UNIT)
        }
        P::OutputSubstring | P::OutputSubbytes => {
            let fd = int(&x);
            let (ofs, len) = (int(&a(2)), int(&a(3)));
            let buf = vm.out.buffer(fd);
            let ok = with_bytes(&y, |b| {
                let part = usize::try_from(ofs).ok().zip(usize::try_from(len).ok()).and_then(|(o, l)| b.get(o..o.checked_add(l)?));
                part.map(|p| buf.extend_from_slice(p)).is_some()
            });
            if !ok {
                return Err(Stop::Raise(vm.invalid_argument("output_substring")));
            }
            if buf.len() >= CHANNEL_BUFFER {
                if let Some(req) = vm.out.flush(fd) {
                    return Err(Stop::Halt(Halt::Host(req)));
                }
            }
            Ok(UNIT)
        }
        P::Flush => match vm.out.flush(int(&x)) {
            Some(req) => Err(Stop::Halt(Halt::Host(req))),
            None => Ok(UNIT),
        },
        P::SysExit => Err(Stop::Halt(Halt::Exit(int(&x) as i32))),
        P::FormatException => Ok(Value::string(crate::printexc::to_string(&x))),
        P::Hash => Ok(Value::Int(crate::hash::hash(int(&x), int(&y), int(&a(2)), &a(3)))),
        P::FormatParse => Ok(with_bytes(&x, |f| printf::parse_cached(f, false))),
        P::FormatParsePp => Ok(with_bytes(&x, |f| printf::parse_cached(f, true))),
        P::FormatArg => match with_bytes(&x, |spec| printf::arg(spec, &y, &a(2))) {
            Some(text) => Ok(Value::string(text)),
            None => Err(Stop::Raise(vm.invalid_argument("format"))),
        },
        P::FormatSimpleArity => Ok(Value::Int(printf::simple_arity(&x))),
        P::FormatAll => match printf::format_all(&x, &y) {
            Some(text) => Ok(Value::string(text)),
            None => Err(Stop::Raise(vm.invalid_argument("format"))),
        },
        P::ObjCreate => Ok(object::create(&x)),
        P::ObjInits => Ok(object::initializers(&x)),
        P::ObjCopy => Ok(object::copy(&x)),
        P::ObjSend | P::ObjFindMethod => {
            let hash = int(&y);
            let found = if p == P::ObjSend { object::send(&x, hash) } else { object::find(&x, hash) };
            found.ok_or_else(|| Stop::Raise(vm.failure("method not found")))
        }
        P::StringMapCase => {
            let mode = int(&x);
            let mut v = bytes_of(&y);
            if mode & 1 == 0 {
                v.make_ascii_lowercase();
            } else {
                v.make_ascii_uppercase();
            }
            Ok(if mode & 2 == 0 { Value::string(v) } else { Value::bytes(v) })
        }
        P::StringSub => strings::sub(&x, int(&y), int(&a(2))).ok_or_else(|| Stop::Raise(vm.invalid_argument("String.sub / Bytes.sub"))),
        P::StringIndex | P::StringRindex => Ok(Value::Int(strings::index(&x, int(&y), int(&a(2)), p == P::StringIndex))),
        P::StringSplit => Ok(strings::split_on_char(int(&x), &y)),
        P::StringConcatList => Ok(concat_list(&x, &y, false).unwrap_or(UNIT)),
        P::TextsConcatRev => Ok(match concat_list(&Value::string(""), &x, true) {
            Some(s) => Value::block(0, vec![s]),
            None => UNIT,
        }),
        P::Md5String => {
            let (ofs, len) = (usize::try_from(int(&y)).unwrap_or(0), usize::try_from(int(&a(2))).unwrap_or(0));
            match with_bytes(&x, |b| b.get(ofs..ofs + len).map(crate::md5::digest)) {
                Some(d) => Ok(Value::string(d)),
                None => Err(Stop::Raise(vm.invalid_argument("Digest.substring"))),
            }
        }
    }
}

/// C's conversion of a double to a 64-bit integer on x86-64: NaN and out-of-range values give
/// the minimum (which OCaml's 63-bit int then reads as 0).
pub fn truncate(f: f64) -> i64 {
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
        f as i64
    } else {
        i64::MIN
    }
}

/// Joins the strings of the list `l` with `sep`, in reverse order if `rev`. The elements may
/// also be blocks whose field 0 is the string (Printf's text pieces); `None` if one is neither.
fn concat_list(sep: &Value, l: &Value, rev: bool) -> Option<Value> {
    let mut parts: Vec<Value> = vec![];
    let mut cell = *l;
    while let (Some(hd), Some(tl)) = (cell.field(0), cell.field(1)) {
        let s = match hd {
            Value::String(_) => hd,
            Value::Block(0, ref b) => match b.get(0) {
                Some(s @ Value::String(_)) => s,
                _ => return None,
            },
            _ => return None,
        };
        parts.push(s);
        cell = tl;
    }
    if rev {
        parts.reverse();
    }
    let mut out = vec![];
    with_bytes(sep, |sep| {
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(sep);
            }
            with_bytes(p, |b| out.extend_from_slice(b));
        }
    });
    Some(Value::string(out))
}

/// OCaml's tag for flat float arrays (and records of floats only): an array whose first
/// element is a float gets it, so that it hashes as in OCaml. Comparison reads it as 0.
pub const DOUBLE_ARRAY_TAG: u8 = 254;

/// `Sys.max_string_length` and `Sys.max_array_length` on 64 bits.
const MAX_STRING_LENGTH: i64 = 144_115_188_075_855_863;
const MAX_ARRAY_LENGTH: i64 = 18_014_398_509_481_983;
/// The index of `Out_of_memory` among the predefined exceptions.
const OUT_OF_MEMORY: usize = 0;

/// An array of `n` times `v`: `Invalid_argument what` past OCaml's limit, `Out_of_memory` if
/// the allocation fails.
fn make_array(vm: &Vm, n: i64, v: Value, what: &str) -> R {
    if !(0..=MAX_ARRAY_LENGTH).contains(&n) {
        return Err(Stop::Raise(vm.invalid_argument(what)));
    }
    let mut fields = Vec::new();
    if fields.try_reserve_exact(n as usize).is_err() {
        return Err(Stop::Raise(vm.exn(OUT_OF_MEMORY, None)));
    }
    let tag = if n > 0 && matches!(v, Value::Float(_)) { DOUBLE_ARRAY_TAG } else { 0 };
    fields.resize(n as usize, v);
    Ok(Value::block(tag, fields))
}

/// Copies `len` bytes without copying the whole source (blits into a large buffer are the
/// common case); a blit within one `bytes` may overlap.
fn blit(src: &Value, so: i64, dst: &Value, d_o: i64, len: i64) -> bool {
    let Value::Bytes(d) = dst else { return false };
    let (Ok(so), Ok(d_o), Ok(len)) = (usize::try_from(so), usize::try_from(d_o), usize::try_from(len)) else { return false };
    if let Value::Bytes(s) = src {
        if s.ptr_eq(d) {
            let mut d = d.borrow_mut();
            if so + len > d.len() || d_o + len > d.len() {
                return false;
            }
            d.copy_within(so..so + len, d_o);
            return true;
        }
    }
    let mut d = d.borrow_mut();
    with_bytes(src, |data| match (data.get(so..so + len), d.get_mut(d_o..d_o + len)) {
        (Some(from), Some(to)) => {
            to.copy_from_slice(from);
            true
        }
        _ => false,
    })
}

fn set_field(b: &Value, i: usize, v: Value) {
    if let Value::Block(_, b) = b {
        b.set(i, v);
    }
}

fn physical_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(m), Value::Int(n)) => m == n,
        (Value::Block(_, p), Value::Block(_, q)) => p.ptr_eq(q),
        (Value::String(p), Value::String(q)) => p.ptr_eq(q),
        (Value::Bytes(p), Value::Bytes(q)) => p.ptr_eq(q),
        (Value::Closure(p), Value::Closure(q)) => p.ptr_eq(q),
        (Value::Float(f), Value::Float(g)) => f.to_bits() == g.to_bits(),
        _ => false,
    }
}
