//! What each primitive does. Output is buffered per channel as OCaml's channels are, and
//! leaves the VM only as a host request.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::compare::{compare, Functional};
use crate::host::{Halt, HostRequest};
use crate::prim::Prim;
use crate::format;
use crate::value::{Value, UNIT};
use crate::vm::{exn, Vm};

pub enum Stop {
    Raise(Value),
    Halt(Halt),
}

type R = Result<Value, Stop>;

/// Buffered output channels: stdout (1) and stderr (2).
#[derive(Default)]
pub struct Output {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

const CHANNEL_BUFFER: usize = 65536;

impl Output {
    fn buffer(&mut self, fd: i64) -> &mut Vec<u8> {
        if fd == 2 {
            &mut self.stderr
        } else {
            &mut self.stdout
        }
    }

    /// The next pending write, if any buffer holds data.
    pub fn drain(&mut self) -> Option<HostRequest> {
        for (fd, buf) in [(1, &mut self.stdout), (2, &mut self.stderr)] {
            if !buf.is_empty() {
                return Some(HostRequest::Write { fd, bytes: std::mem::take(buf) });
            }
        }
        None
    }

    fn flush(&mut self, fd: i64) -> Option<HostRequest> {
        let buf = self.buffer(fd);
        if buf.is_empty() {
            return None;
        }
        Some(HostRequest::Write { fd: fd as i32, bytes: std::mem::take(buf) })
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
pub fn call(vm: &mut Vm, p: Prim, args: Vec<Value>) -> R {
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
        P::IntOfFloat => Ok(Value::int(float(&x) as i64)),
        P::NegFloat => Ok(Value::Float(-float(&x))),
        P::AbsFloat => Ok(Value::Float(float(&x).abs())),
        P::AddFloat => Ok(Value::Float(float(&x) + float(&y))),
        P::SubFloat => Ok(Value::Float(float(&x) - float(&y))),
        P::MulFloat => Ok(Value::Float(float(&x) * float(&y))),
        P::DivFloat => Ok(Value::Float(float(&x) / float(&y))),
        P::PowFloat => Ok(Value::Float(float(&x).powf(float(&y)))),
        P::SqrtFloat => Ok(Value::Float(float(&x).sqrt())),
        P::ExpFloat => Ok(Value::Float(float(&x).exp())),
        P::LogFloat => Ok(Value::Float(float(&x).ln())),
        P::FloorFloat => Ok(Value::Float(float(&x).floor())),
        P::CeilFloat => Ok(Value::Float(float(&x).ceil())),
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
        P::ObjTag => Ok(Value::Int(match &x {
            Value::Int(_) => 1000,
            Value::Block(b) => i64::from(b.tag),
            Value::String(_) | Value::Bytes(_) => 252,
            Value::Float(_) => 253,
            Value::Closure(_) => 247,
        })),
        P::ObjSize => Ok(Value::Int(match &x {
            Value::Block(b) => b.fields.borrow().len() as i64,
            _ => 0,
        })),
        P::ObjField => Ok(x.field(int(&y) as usize).unwrap_or(UNIT)),
        P::StringLength | P::BytesLength => Ok(Value::Int(with_bytes(&x, |b| b.len() as i64))),
        P::StringGet | P::BytesGet | P::StringUnsafeGet => {
            let i = int(&y);
            match with_bytes(&x, |b| usize::try_from(i).ok().and_then(|i| b.get(i).copied())) {
                Some(c) => Ok(Value::Int(i64::from(c))),
                None => Err(Stop::Raise(vm.invalid_argument("index out of bounds"))),
            }
        }
        P::BytesSet => {
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
            if n < 0 {
                return Err(Stop::Raise(vm.invalid_argument("String.create")));
            }
            Ok(Value::Bytes(Rc::new(std::cell::RefCell::new(vec![0; n as usize]))))
        }
        P::BytesToString => Ok(Value::string(bytes_of(&x))),
        P::BytesOfString => Ok(Value::Bytes(Rc::new(std::cell::RefCell::new(bytes_of(&x))))),
        P::StringConcat => {
            let mut v = bytes_of(&x);
            with_bytes(&y, |b| v.extend_from_slice(b));
            Ok(Value::string(v))
        }
        P::StringEqual => bool(bytes_of(&x) == bytes_of(&y)),
        P::StringCompare => Ok(Value::Int(match bytes_of(&x).cmp(&bytes_of(&y)) {
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
        P::MakeVect => {
            let n = int(&x);
            if n < 0 {
                return Err(Stop::Raise(vm.invalid_argument("Array.make")));
            }
            Ok(Value::block(0, vec![y; n as usize]))
        }
        P::ArrayLength => Ok(Value::Int(match &x {
            Value::Block(b) => b.fields.borrow().len() as i64,
            _ => 0,
        })),
        P::ArrayGet | P::ArrayUnsafeGet => match usize::try_from(int(&y)).ok().and_then(|i| x.field(i)) {
            Some(v) => Ok(v),
            None => Err(Stop::Raise(vm.invalid_argument("index out of bounds"))),
        },
        P::ArraySet | P::ArrayUnsafeSet => {
            if let (Value::Block(b), Ok(i)) = (&x, usize::try_from(int(&y))) {
                if let Some(f) = b.fields.borrow_mut().get_mut(i) {
                    *f = a(2);
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
        P::Flush => match vm.out.flush(int(&x)) {
            Some(req) => Err(Stop::Halt(Halt::Host(req))),
            None => Ok(UNIT),
        },
        P::SysExit => Err(Stop::Halt(Halt::Exit(int(&x) as i32))),
        P::FormatException => Ok(Value::string(crate::printexc::to_string(&x))),
        P::Hash => Ok(Value::Int(crate::hash::hash(int(&x), int(&y), int(&a(2)), &a(3)))),
        P::Md5String => {
            let (ofs, len) = (usize::try_from(int(&y)).unwrap_or(0), usize::try_from(int(&a(2))).unwrap_or(0));
            match with_bytes(&x, |b| b.get(ofs..ofs + len).map(crate::md5::digest)) {
                Some(d) => Ok(Value::string(d.to_vec())),
                None => Err(Stop::Raise(vm.invalid_argument("Digest.substring"))),
            }
        }
    }
}

/// Copies `len` bytes without copying the whole source (blits into a large buffer are the
/// common case); a blit within one `bytes` may overlap.
fn blit(src: &Value, so: i64, dst: &Value, d_o: i64, len: i64) -> bool {
    let Value::Bytes(d) = dst else { return false };
    let (Ok(so), Ok(d_o), Ok(len)) = (usize::try_from(so), usize::try_from(d_o), usize::try_from(len)) else { return false };
    if let Value::Bytes(s) = src {
        if Rc::ptr_eq(s, d) {
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
    if let Value::Block(b) = b {
        if let Some(f) = b.fields.borrow_mut().get_mut(i) {
            *f = v;
        }
    }
}

fn physical_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(m), Value::Int(n)) => m == n,
        (Value::Block(p), Value::Block(q)) => Rc::ptr_eq(p, q),
        (Value::String(p), Value::String(q)) => Rc::ptr_eq(p, q),
        (Value::Bytes(p), Value::Bytes(q)) => Rc::ptr_eq(p, q),
        (Value::Closure(p), Value::Closure(q)) => Rc::ptr_eq(p, q),
        (Value::Float(f), Value::Float(g)) => f.to_bits() == g.to_bits(),
        _ => false,
    }
}

/// OCaml's `String.escaped`.
pub fn escaped(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &b in s {
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\r' => out.extend_from_slice(b"\\r"),
            8 => out.extend_from_slice(b"\\b"),
            0x20..=0x7e => out.push(b),
            _ => out.extend_from_slice(format!("\\{b:03}").as_bytes()),
        }
    }
    out
}
