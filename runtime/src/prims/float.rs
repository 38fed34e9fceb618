//! The float functions OCaml takes from C's libm, with C's results at the edges (signed
//! zeros, infinities, subnormals) since programs print them.

use crate::prim::Prim;
use crate::value::Value;

mod libm {
    // The C library's own functions: Rust's versions of some (cbrt, erf...) are not glibc's,
    // and programs print the last digits.
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        // Rust's own runtime defines `cbrt` (a correctly rounded one); glibc's is reached
        // through its alias.
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "cbrtf64")]
        pub fn cbrt(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
    }
}

/// A unary float function, if `p` is one.
pub fn unary(p: Prim, x: f64) -> Option<f64> {
    use Prim as P;
    let f: unsafe extern "C" fn(f64) -> f64 = match p {
        P::SinFloat => libm::sin,
        P::CosFloat => libm::cos,
        P::TanFloat => libm::tan,
        P::AsinFloat => libm::asin,
        P::AcosFloat => libm::acos,
        P::AtanFloat => libm::atan,
        P::SinhFloat => libm::sinh,
        P::CoshFloat => libm::cosh,
        P::TanhFloat => libm::tanh,
        P::AsinhFloat => libm::asinh,
        P::AcoshFloat => libm::acosh,
        P::AtanhFloat => libm::atanh,
        P::Log10Float => libm::log10,
        P::Log2Float => libm::log2,
        P::Log1pFloat => libm::log1p,
        P::Exp2Float => libm::exp2,
        P::Expm1Float => libm::expm1,
        P::CbrtFloat => libm::cbrt,
        P::ErfFloat => libm::erf,
        P::ErfcFloat => libm::erfc,
        P::ExpFloat => libm::exp,
        P::LogFloat => libm::log,
        P::TruncFloat => return Some(x.trunc()),
        P::RoundFloat => return Some(x.round()),
        _ => return None,
    };
    // SAFETY: pure C math functions of a double, defined for every input.
    Some(unsafe { f(x) })
}

/// A binary float function, if `p` is one.
pub fn binary(p: Prim, x: f64, y: f64) -> Option<f64> {
    use Prim as P;
    Some(match p {
        // SAFETY: pure C math functions of doubles, defined for every input.
        P::Atan2Float => unsafe { libm::atan2(x, y) },
        P::HypotFloat => unsafe { libm::hypot(x, y) },
        P::PowFloat => pow(x, y),
        // Rust's `%` on floats is C's fmod.
        P::FmodFloat => x % y,
        P::CopysignFloat => x.copysign(y),
        P::NextafterFloat => nextafter(x, y),
        _ => return None,
    })
}

/// OCaml's `**`: C's `pow`, except that a NaN argument always gives NaN (C has `1 ** nan = 1`
/// and `nan ** 0 = 1`; OCaml prints `nan` for both).
pub fn pow(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    // SAFETY: a pure C math function of doubles.
    unsafe { libm::pow(x, y) }
}

/// C's `nextafter`: the next representable float from `x` towards `y`.
fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// C's `ldexp` (as musl's `scalbn`): scaling in at most three exact steps, so that a
/// subnormal result is rounded once.
pub fn ldexp(x: f64, n: i64) -> f64 {
    let p2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    let (mut y, mut n) = (x, n);
    if n > 1023 {
        y *= p2(1023);
        n -= 1023;
        if n > 1023 {
            y *= p2(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // 2^-1022 * 2^53: keeps the intermediate result normal.
        let down = p2(-1022) * p2(53);
        y *= down;
        n += 1022 - 53;
        if n < -1022 {
            y *= down;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * p2(n)
}

/// C's `frexp`: a mantissa in [0.5, 1) (with the sign of `x`) and an exponent.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    if e == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(x * f64::from_bits((1023 + 64) << 52));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e - 1022)
}

/// C's `modf`: the fractional and integral parts, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_nan() {
        return (x, x);
    }
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    let i = x.trunc();
    ((x - i).copysign(x), i)
}

/// OCaml's `classify_float`: `FP_normal`, `FP_subnormal`, `FP_zero`, `FP_infinite`, `FP_nan`.
pub fn classify(x: f64) -> Value {
    use std::num::FpCategory as C;
    Value::Int(match x.classify() {
        C::Normal => 0,
        C::Subnormal => 1,
        C::Zero => 2,
        C::Infinite => 3,
        C::Nan => 4,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(f64::from_bits(1)), (0.5, -1073));
        assert_eq!(ldexp(0.5, -1073), f64::from_bits(1));
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(0.75, 2), 3.0);
        assert_eq!(modf(-3.5), (-0.5, -3.0));
        assert!(modf(-3.0).0.is_sign_negative());
        assert_eq!(nextafter(1.0, 2.0), 1.0 + f64::EPSILON);
        assert!(pow(1.0, f64::NAN).is_nan());
        assert_eq!(unary(Prim::CbrtFloat, 27.0), Some(3.0000000000000004));
    }
}
