//! The boundary with the outside world: the VM never performs I/O itself. It stops with a
//! `Halt`, and the driver (the real host in the CLI, an in-memory one in tests) does the work
//! and resumes it.

use crate::value::Value;

/// What the program asks of the world: plain data only.
#[derive(Debug, Clone, PartialEq)]
pub enum HostRequest {
    /// Write bytes to a file descriptor (1 = stdout, 2 = stderr). Reply: `()`.
    Write { fd: i32, bytes: Vec<u8> },
    /// Start timer `id`, to fire after `seconds`. Reply: `()`.
    Timer { id: i64, seconds: f64 },
    /// Block until the earliest pending timer fires. Reply: its id, or -1 if there is none.
    WaitTimer,
    /// Reply: the current time, as seconds since the epoch (a float).
    Time,
}

#[derive(Debug)]
pub enum Halt {
    /// The program finished normally.
    Done,
    /// `exit n`.
    Exit(i32),
    /// An exception escaped the program.
    Uncaught(Value),
    Host(HostRequest),
    /// A VM invariant broke (a bug in mlrun, not in the program).
    Fatal(String),
}
