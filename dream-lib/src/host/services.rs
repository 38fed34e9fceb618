//! The host's named services (`external f : ... = "%host:NAME"`): what the stdlib's Unix
//! module needs from the operating system, and Dream's cryptography. Each takes its argument as plain data and answers
//! with a value; `None` means the name is unknown.

use std::time::Duration;

use mlrun_runtime::host::HostValue;
use mlrun_runtime::value::{Value, UNIT};

pub async fn call(name: &str, arg: &HostValue) -> Option<Value> {
    Some(match name {
        "unix_getpid" => Value::Int(i64::from(std::process::id())),
        "unix_sleep" => {
            let seconds = arg.as_float().unwrap_or(0.0).max(0.0);
            tokio::time::sleep(Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX)).await;
            UNIT
        }
        "unix_gmtime" => tm(arg.as_float().unwrap_or(0.0), false),
        "unix_localtime" => tm(arg.as_float().unwrap_or(0.0), true),
        "unix_mktime" => mktime(arg),
        "dream_random" => Value::string(super::crypto::random(usize::try_from(arg.as_int().unwrap_or(0)).unwrap_or(0))),
        // (secret, associated data, plaintext) -> Dream's ciphertext.
        "dream_encrypt" => {
            let part = |i| arg.field(i).and_then(HostValue::as_bytes).unwrap_or_default();
            Value::string(super::crypto::encrypt(part(0), part(1), part(2)))
        }
        // (secret, associated data, ciphertext) -> the plaintext, if it authenticates.
        "dream_decrypt" => {
            let part = |i| arg.field(i).and_then(HostValue::as_bytes).unwrap_or_default();
            mlrun_runtime::host::string_option(super::crypto::decrypt(part(0), part(1), part(2)))
        }
        "sqlite_open" => super::sqlite::open(arg),
        "sqlite_exec" => super::sqlite::exec(arg),
        "sqlite_close" => super::sqlite::close(arg),
        n if n.starts_with("fs_") => return super::files::call(n, arg),
        "unix_getcwd" => match std::env::current_dir() {
            Ok(d) => Value::string(d.to_string_lossy().into_owned()),
            Err(_) => Value::string(""),
        },
        _ => return None,
    })
}

/// `Unix.tm` of `t` seconds since the epoch, in UTC or in the local time zone.
fn tm(t: f64, local: bool) -> Value {
    let secs = t.floor() as libc::time_t;
    // SAFETY: `tm` is plain data, zero is a valid value for it, and the `_r` functions only
    // write into the struct we pass.
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe {
        if local {
            !libc::localtime_r(&secs, &mut out).is_null()
        } else {
            !libc::gmtime_r(&secs, &mut out).is_null()
        }
    };
    if !ok {
        return Value::Int(0);
    }
    tm_value(&out)
}

fn tm_value(t: &libc::tm) -> Value {
    let fields = [t.tm_sec, t.tm_min, t.tm_hour, t.tm_mday, t.tm_mon, t.tm_year, t.tm_wday, t.tm_yday];
    let mut v: Vec<Value> = fields.iter().map(|f| Value::Int(i64::from(*f))).collect();
    v.push(Value::bool(t.tm_isdst > 0));
    Value::block(0, v)
}

/// `Unix.mktime`: `(seconds, normalised tm)`, or `0` when the time cannot be represented.
fn mktime(arg: &HostValue) -> Value {
    let f = |i| arg.field(i).and_then(HostValue::as_int).unwrap_or(0) as libc::c_int;
    // SAFETY: as in `tm`; `mktime` reads and normalises the struct we own.
    let mut t: libc::tm = unsafe { std::mem::zeroed() };
    t.tm_sec = f(0);
    t.tm_min = f(1);
    t.tm_hour = f(2);
    t.tm_mday = f(3);
    t.tm_mon = f(4);
    t.tm_year = f(5);
    t.tm_isdst = -1;
    let secs = unsafe { libc::mktime(&mut t) };
    if secs == -1 {
        return Value::Int(0);
    }
    Value::block(0, vec![Value::Float(secs as f64), tm_value(&t)])
}
