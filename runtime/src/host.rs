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
    /// Block until a timer fires or an HTTP request arrives. Reply: `Timer id` (block tag 0,
    /// `id` -1 when nothing can ever happen) or
    /// `Request (id, meth, target, headers, body, client, fd)` (block tag 1; headers a list of
    /// name/value pairs).
    WaitEvent,
    /// Reply: the current time, as seconds since the epoch (a float).
    Time,
    /// Accept HTTP connections on 127.0.0.1:`port`. Reply: `()`.
    Listen { port: u16 },
    /// The response to request `id`. Reply: `()`.
    Respond { id: i64, status: u16, headers: Vec<(Vec<u8>, Vec<u8>)>, body: Vec<u8> },
    /// Reply: the port `mlrun --port` asked for, or -1.
    PortOverride,
    /// Reply: `Some value` or `None`.
    Getenv { name: Vec<u8> },
    /// Reply: the command line, as a string array.
    Argv,
}

/// `Some s` / `None`, as OCaml lays them out.
pub fn string_option(v: Option<Vec<u8>>) -> Value {
    match v {
        Some(s) => Value::block(0, vec![Value::string(s)]),
        None => Value::Int(0),
    }
}

/// A string array.
pub fn string_array(items: &[String]) -> Value {
    Value::block(0, items.iter().map(|s| Value::string(s.as_bytes().to_vec())).collect())
}

/// `Timer id`, as the program's event type has it.
pub fn timer_event(id: i64) -> Value {
    Value::block(0, vec![Value::Int(id)])
}

/// A list of string pairs, as OCaml lays it out.
pub fn string_pairs(pairs: &[(Vec<u8>, Vec<u8>)]) -> Value {
    pairs.iter().rev().fold(Value::Int(0), |tail, (n, v)| {
        let pair = Value::block(0, vec![Value::string(n.clone()), Value::string(v.clone())]);
        Value::block(0, vec![pair, tail])
    })
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

/// A deterministic host for tests: output is collected, time is virtual (timers fire in
/// deadline order without waiting).
#[derive(Debug, Default)]
pub struct MemoryHost {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    now: f64,
    timers: Vec<(f64, i64)>,
}

/// How a program ended under [`MemoryHost`].
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Done,
    Exit(i32),
    /// The uncaught exception, printed as OCaml prints it.
    Uncaught(String),
    Fatal(String),
}

impl MemoryHost {
    /// Runs the VM to the end.
    pub fn drive(&mut self, vm: &mut crate::vm::Vm) -> Outcome {
        let mut reply = None;
        loop {
            match vm.run(reply.take()) {
                Halt::Done => return Outcome::Done,
                Halt::Exit(n) => {
                    self.flush(vm);
                    return Outcome::Exit(n);
                }
                Halt::Uncaught(e) => {
                    self.flush(vm);
                    return Outcome::Uncaught(crate::printexc::to_string(&e));
                }
                Halt::Fatal(msg) => return Outcome::Fatal(msg),
                Halt::Host(r) => reply = self.perform(r),
            }
        }
    }

    fn flush(&mut self, vm: &mut crate::vm::Vm) {
        while let Some(r) = vm.pending_output() {
            self.perform(r);
        }
    }

    pub fn perform(&mut self, r: HostRequest) -> Option<Value> {
        match r {
            HostRequest::Write { fd, bytes } => {
                if fd == 2 {
                    self.stderr.extend(bytes);
                } else {
                    self.stdout.extend(bytes);
                }
                None
            }
            HostRequest::Timer { id, seconds } => {
                self.timers.push((self.now + seconds.max(0.0), id));
                None
            }
            HostRequest::Listen { .. } | HostRequest::Respond { .. } => None,
            HostRequest::PortOverride => Some(Value::Int(-1)),
            HostRequest::Getenv { .. } => Some(Value::Int(0)),
            HostRequest::Argv => Some(string_array(&["test".to_owned()])),
            HostRequest::WaitEvent => {
                let earliest = self
                    .timers
                    .iter()
                    .enumerate()
                    .min_by(|(_, a), (_, b)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
                    .map(|(i, _)| i);
                Some(timer_event(match earliest {
                    Some(i) => {
                        let (deadline, id) = self.timers.remove(i);
                        self.now = self.now.max(deadline);
                        id
                    }
                    None => -1,
                }))
            }
            HostRequest::Time => Some(Value::Float(self.now)),
        }
    }
}
