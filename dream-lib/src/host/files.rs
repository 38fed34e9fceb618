//! Files and standard input for the stdlib's channels and `Sys` (services named `fs_*`).
//! A channel is the file's descriptor number, as in OCaml; the open files live here, by
//! descriptor. Answers that can fail are OCaml results: `Ok v` or `Error "strerror text"`,
//! which the stdlib turns into `Sys_error "NAME: text"`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::io::AsRawFd;

use mlrun_runtime::host::HostValue;
use mlrun_runtime::value::{Value, UNIT};

thread_local! {
    static FILES: RefCell<HashMap<i64, File>> = RefCell::new(HashMap::new());
}

/// The flags `fs_open` takes, as the stdlib's `open_flag`s map to them.
const READ: i64 = 1;
const WRITE: i64 = 2;
const APPEND: i64 = 4;
const CREATE: i64 = 8;
const TRUNCATE: i64 = 16;
const EXCL: i64 = 32;

pub fn call(name: &str, arg: &HostValue) -> Option<Value> {
    let text = |i: usize| String::from_utf8_lossy(arg.field(i).and_then(HostValue::as_bytes).unwrap_or_default()).into_owned();
    let path = || String::from_utf8_lossy(arg.as_bytes().unwrap_or_default()).into_owned();
    Some(match name {
        // (path, flags, perm) -> fd
        "fs_open" => {
            let flags = arg.field(1).and_then(HostValue::as_int).unwrap_or(READ);
            let perm = arg.field(2).and_then(HostValue::as_int).unwrap_or(0o666);
            let mut o = OpenOptions::new();
            o.read(flags & READ != 0)
                .write(flags & WRITE != 0)
                .append(flags & APPEND != 0)
                .truncate(flags & TRUNCATE != 0);
            if flags & EXCL != 0 {
                o.create_new(true);
            } else {
                o.create(flags & CREATE != 0);
            }
            std::os::unix::fs::OpenOptionsExt::mode(&mut o, u32::try_from(perm).unwrap_or(0o666));
            result(o.open(text(0)).map(|f| {
                let fd = i64::from(f.as_raw_fd());
                FILES.with(|m| m.borrow_mut().insert(fd, f));
                Value::Int(fd)
            }))
        }
        // (fd, max) -> up to max bytes, "" at the end
        "fs_read" => {
            let fd = arg.field(0).and_then(HostValue::as_int).unwrap_or(-1);
            let max = usize::try_from(arg.field(1).and_then(HostValue::as_int).unwrap_or(0)).unwrap_or(0).min(1 << 20);
            let mut buf = vec![0; max];
            // Standard input has a service of its own (`stdin_read`): only opened files here.
            let n = FILES.with(|m| match m.borrow_mut().get_mut(&fd) {
                Some(f) => f.read(&mut buf),
                None => Err(std::io::Error::from_raw_os_error(libc::EBADF)),
            });
            result(n.map(|n| {
                buf.truncate(n);
                Value::string(buf)
            }))
        }
        "fs_close" => {
            let fd = arg.as_int().unwrap_or(-1);
            FILES.with(|m| m.borrow_mut().remove(&fd));
            UNIT
        }
        // fd -> its size
        "fs_length" => {
            let fd = arg.as_int().unwrap_or(-1);
            result(FILES.with(|m| match m.borrow().get(&fd) {
                Some(f) => f.metadata().map(|md| Value::Int(i64::try_from(md.len()).unwrap_or(i64::MAX))),
                None => Err(std::io::Error::from_raw_os_error(libc::EBADF)),
            }))
        }
        "fs_exists" => Value::bool(std::path::Path::new(&path()).exists()),
        "fs_is_directory" => result(std::fs::metadata(path()).map(|m| Value::bool(m.is_dir()))),
        "fs_remove" => result(std::fs::remove_file(path()).map(|()| UNIT)),
        "fs_rename" => result(std::fs::rename(text(0), text(1)).map(|()| UNIT)),
        "fs_mkdir" => result(std::fs::create_dir(text(0)).map(|()| UNIT)),
        "fs_rmdir" => result(std::fs::remove_dir(path()).map(|()| UNIT)),
        "fs_chdir" => result(std::env::set_current_dir(path()).map(|()| UNIT)),
        "fs_readdir" => result(std::fs::read_dir(path()).and_then(|entries| {
            let names = entries
                .map(|e| e.map(|e| Value::string(e.file_name().to_string_lossy().into_owned())))
                .collect::<std::io::Result<Vec<_>>>()?;
            Ok(Value::block(0, names))
        })),
        "fs_command" => {
            let status = std::process::Command::new("/bin/sh").arg("-c").arg(path()).status();
            Value::Int(status.ok().and_then(|s| s.code()).map_or(255, i64::from))
        }
        _ => return None,
    })
}

/// Writes to a file opened with `fs_open`; false if `fd` is not one.
pub fn write(fd: i64, bytes: &[u8]) -> bool {
    FILES.with(|m| match m.borrow_mut().get_mut(&fd) {
        Some(f) => {
            let _ = f.write_all(bytes);
            true
        }
        None => false,
    })
}

fn result(r: std::io::Result<Value>) -> Value {
    match r {
        Ok(v) => Value::block(0, vec![v]),
        Err(e) => Value::block(1, vec![Value::string(strerror(&e))]),
    }
}

/// The C library's text for an error, which is what OCaml's `Sys_error` messages carry.
fn strerror(e: &std::io::Error) -> String {
    let Some(code) = e.raw_os_error() else { return e.to_string() };
    // SAFETY: `strerror` returns a NUL-terminated string that stays valid until the next call
    // on this thread; it is copied at once, and the interpreter runs on one thread.
    unsafe {
        let p = libc::strerror(code);
        if p.is_null() {
            return e.to_string();
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}
