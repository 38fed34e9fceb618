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
    /// name/value pairs) or, from hosts with asynchronous services, `Io (token, result)`
    /// (block tag 2).
    WaitEvent,
    /// Like `WaitEvent` without waiting: reply `Nothing` (the int 0) when no timer is due and
    /// no request has arrived.
    PollEvent,
    /// Reply: the current time, as seconds since the epoch (a float).
    Time,
    /// Accept HTTP connections on `interface`:`port` (`localhost` is 127.0.0.1), or on the
    /// Unix socket `socket_path` when given; with `tls`, HTTPS, the certificate and key PEM
    /// file paths given (both empty: the built-in localhost certificate). Reply: `()`.
    Listen { interface: String, port: u16, socket_path: Option<String>, tls: Option<(Vec<u8>, Vec<u8>)> },
    /// The response to request `id`. Reply: `()`.
    Respond { id: i64, status: u16, headers: Vec<(Vec<u8>, Vec<u8>)>, body: Vec<u8> },
    /// Reply: the port `mlrun --port` asked for, or -1.
    PortOverride,
    /// Reply: `Some value` or `None`.
    Getenv { name: Vec<u8> },
    /// Reply: the command line, as a string array.
    Argv,
    /// A service of the host's own (`external ... = "%host:NAME"`). Reply: what the service
    /// defines; a host that does not know `name` ends the program with a fatal error.
    Call { name: String, arg: HostValue },
}

/// An ML value as plain data, for host services: ints (and constant constructors), floats,
/// strings and bytes, and blocks of those. Functions cannot cross (they arrive as `Int 0`).
#[derive(Debug, Clone, PartialEq)]
pub enum HostValue {
    Int(i64),
    Float(f64),
    String(Vec<u8>),
    Block(u8, Vec<HostValue>),
}

impl HostValue {
    /// Copies `v`; the walk uses a work list, so a long list does not grow the Rust stack.
    pub fn of_value(v: &Value) -> HostValue {
        enum Task {
            Visit(Value),
            Close(u8, usize),
        }
        let mut out: Vec<HostValue> = vec![];
        let mut work = vec![Task::Visit(*v)];
        while let Some(t) = work.pop() {
            match t {
                Task::Visit(Value::Int(n)) => out.push(HostValue::Int(n)),
                Task::Visit(Value::Float(f)) => out.push(HostValue::Float(f)),
                Task::Visit(Value::String(s)) => out.push(HostValue::String(s.to_vec())),
                Task::Visit(Value::Bytes(b)) => out.push(HostValue::String(b.borrow().clone())),
                Task::Visit(Value::Closure(_)) => out.push(HostValue::Int(0)),
                Task::Visit(Value::Block(tag, fields)) => {
                    work.push(Task::Close(tag, fields.len()));
                    work.extend(fields.iter().rev().map(Task::Visit));
                }
                Task::Close(tag, n) => {
                    let fields = out.split_off(out.len().saturating_sub(n));
                    out.push(HostValue::Block(tag, fields));
                }
            }
        }
        out.pop().unwrap_or(HostValue::Int(0))
    }

    /// The ML value of `self` (strings become immutable strings).
    pub fn to_value(&self) -> Value {
        match self {
            HostValue::Int(n) => Value::int(*n),
            HostValue::Float(f) => Value::Float(*f),
            HostValue::String(s) => Value::string(s.clone()),
            HostValue::Block(tag, fields) => Value::block(*tag, fields.iter().map(HostValue::to_value).collect()),
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            HostValue::Int(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_float(&self) -> Option<f64> {
        match self {
            HostValue::Float(f) => Some(*f),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            HostValue::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn field(&self, i: usize) -> Option<&HostValue> {
        match self {
            HostValue::Block(_, fields) => fields.get(i),
            _ => None,
        }
    }
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
    Value::block(0, items.iter().map(Value::string).collect())
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
    /// A host service the program asked for that this host does not offer.
    unknown: Option<String>,
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
                Halt::Host(r) => {
                    reply = self.perform(r);
                    if let Some(name) = self.unknown.take() {
                        return Outcome::Fatal(format!("unknown host service `{name}`"));
                    }
                }
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
            HostRequest::WaitEvent | HostRequest::PollEvent => {
                let earliest = self
                    .timers
                    .iter()
                    .enumerate()
                    .min_by(|(_, a), (_, b)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
                    .map(|(i, _)| i);
                // Time here moves only when waiting: a poll sees the timers due now.
                let due = |i: &usize| self.timers.get(*i).is_some_and(|t| t.0 <= self.now);
                if matches!(r, HostRequest::PollEvent) && !earliest.is_some_and(|i| due(&i)) {
                    return Some(Value::Int(0));
                }
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
            HostRequest::Call { name, arg } => match name.as_str() {
                // Time passes only on demand here, as with timers.
                "unix_sleep" => {
                    self.now += arg.as_float().unwrap_or(0.0).max(0.0);
                    None
                }
                "unix_getpid" => Some(Value::Int(4242)),
                _ => {
                    self.unknown = Some(name);
                    None
                }
            },
        }
    }
}
