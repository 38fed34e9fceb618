//! The native host: the one place where the VM's requests meet the world. The interpreter
//! runs on this thread inside a current-thread tokio runtime; when it waits for an event,
//! the runtime serves HTTP connections and timers until one arrives (no cross-thread hop).

mod body;
mod crypto;
mod files;
mod io;
mod server;
mod services;
mod sqlite;
pub mod tls;
mod wire;
mod ws;

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::Write;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use mlrun_runtime::host::{string_array, string_option, string_pairs, timer_event, Halt, HostRequest};
use mlrun_runtime::printexc;
use mlrun_runtime::value::Value;
use mlrun_runtime::vm::Vm;
use tokio::sync::mpsc;

use server::{Response, ToHost};

/// Runs the VM to its end; returns the process exit code. `port` overrides the port the
/// program asks for (`mlrun --port`).
pub fn run(vm: &mut Vm, port: Option<u16>, argv: Vec<String>) -> i32 {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("mlrun: cannot start the I/O runtime: {e}");
            return 3;
        }
    };
    let local = tokio::task::LocalSet::new();
    let host = Host { port_override: port, argv, ..Host::default() };
    local.block_on(&runtime, host.drive(vm))
}

struct Host {
    timers: BinaryHeap<Reverse<(Instant, i64)>>,
    requests: mpsc::UnboundedReceiver<ToHost>,
    sender: mpsc::UnboundedSender<ToHost>,
    listening: bool,
    io: io::Io,
    next_request: i64,
    port_override: Option<u16>,
    argv: Vec<String>,
}

impl Default for Host {
    fn default() -> Self {
        let (sender, requests) = mpsc::unbounded_channel();
        Host {
            timers: BinaryHeap::new(),
            requests,
            sender,
            listening: false,
            io: io::Io::default(),
            next_request: 0,
            port_override: None,
            argv: vec![],
        }
    }
}

impl Host {
    async fn drive(mut self, vm: &mut Vm) -> i32 {
        let mut reply = None;
        loop {
            match vm.run(reply.take()) {
                Halt::Done => return 0,
                Halt::Exit(code) => {
                    flush_rest(vm);
                    return code;
                }
                // The connection services first (they need the host's state), then the rest.
                Halt::Host(HostRequest::Call { name, arg }) => match self.io.call(&name, &arg) {
                    Some(v) => reply = Some(v),
                    None => match services::call(&name, &arg).await {
                        Some(v) => reply = Some(v),
                        None => {
                            flush_rest(vm);
                            eprintln!("mlrun: the program asked for `{name}`, which this host does not provide");
                            return 2;
                        }
                    },
                },
                Halt::Host(request) => reply = self.perform(request).await,
                Halt::Uncaught(e) => {
                    flush_rest(vm);
                    eprintln!("Fatal error: exception {}", printexc::to_string(&e));
                    return 2;
                }
                Halt::Fatal(msg) => {
                    flush_rest(vm);
                    eprintln!("mlrun: internal error: {msg}");
                    return 3;
                }
            }
        }
    }

    async fn perform(&mut self, request: HostRequest) -> Option<Value> {
        match request {
            HostRequest::Write { fd, bytes } => {
                write(fd, &bytes);
                None
            }
            HostRequest::Timer { id, seconds } => {
                let delay = Duration::try_from_secs_f64(seconds.max(0.0)).unwrap_or(Duration::MAX);
                let deadline = Instant::now().checked_add(delay).unwrap_or_else(Instant::now);
                self.timers.push(Reverse((deadline, id)));
                None
            }
            HostRequest::WaitEvent => Some(self.next_event().await),
            HostRequest::PollEvent => Some(self.ready_event()),
            HostRequest::Time => {
                let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
                Some(Value::Float(now))
            }
            HostRequest::Listen { interface, port, socket_path, tls } => {
                let config = match tls.map(|(cert, key)| tls::server_config(&cert, &key)).transpose() {
                    Ok(config) => config,
                    Err(e) => {
                        eprintln!("mlrun: cannot listen on port {port}: {e}");
                        return None;
                    }
                };
                // `mlrun --port` serves on that TCP port even if the program asked for a socket.
                let at = match socket_path {
                    Some(path) if self.port_override.is_none() => server::Address::Unix(path),
                    _ => server::Address::Tcp(interface, port),
                };
                let shown = at.to_string();
                match server::listen(at, config, self.sender.clone()).await {
                    Ok(()) => self.listening = true,
                    Err(e) => eprintln!("mlrun: cannot listen on {shown}: {e}"),
                }
                None
            }
            HostRequest::PortOverride => Some(Value::Int(self.port_override.map_or(-1, i64::from))),
            HostRequest::Getenv { name } => {
                let value = std::env::var_os(String::from_utf8_lossy(&name).as_ref());
                Some(string_option(value.map(|v| v.to_string_lossy().into_owned().into_bytes())))
            }
            HostRequest::Argv => Some(string_array(&self.argv)),
            HostRequest::Respond { id, status, headers, body } => {
                self.io.respond(id, Response { status, headers, body });
                None
            }
            // Answered in `drive`, which can end the program when the service is unknown.
            HostRequest::Call { .. } => None,
        }
    }

    /// A timer already due (the earliest) or a request already arrived, else `Nothing`.
    fn ready_event(&mut self) -> Value {
        if let Some(Reverse((deadline, id))) = self.timers.peek().copied() {
            if deadline <= Instant::now() {
                self.timers.pop();
                return timer_event(id);
            }
        }
        match self.requests.try_recv() {
            Ok(message) => self.message_event(message),
            Err(_) => Value::Int(0),
        }
    }

    /// What a message from the connections means to the program: an I/O reply, or a new
    /// request (its `Request` event; the connection is remembered until it is answered).
    fn message_event(&mut self, message: ToHost) -> Value {
        match message {
            ToHost::Reply(reply) => self.io.event(reply),
            ToHost::Request(incoming) => {
                let id = self.next_request;
                self.next_request += 1;
                self.io.accept(id, &incoming);
                Value::block(1, vec![
                    Value::Int(id),
                    Value::string(incoming.method),
                    Value::string(incoming.target),
                    string_pairs(&incoming.headers),
                    Value::string(incoming.body),
                    Value::string(incoming.client),
                    Value::Int(incoming.fd),
                ])
            }
        }
    }

    /// The next timer to fire or request to arrive, whichever comes first.
    async fn next_event(&mut self) -> Value {
        if let Some(event) = self.io.take_ready() {
            return event;
        }
        let next_timer = self.timers.peek().map(|Reverse((deadline, id))| (*deadline, *id));
        if next_timer.is_none() && !self.listening {
            return timer_event(-1);
        }
        // A timer already due fires now: tokio's timer would round it up to the next
        // millisecond, which makes `Lwt_unix.sleep 0.` cost a millisecond.
        if let Some((deadline, id)) = next_timer {
            if deadline <= Instant::now() {
                self.timers.pop();
                return timer_event(id);
            }
        }
        let sleep = async {
            match next_timer {
                Some((deadline, _)) => tokio::time::sleep_until(deadline.into()).await,
                None => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            () = sleep => {
                self.timers.pop();
                timer_event(next_timer.map_or(-1, |(_, id)| id))
            }
            Some(message) = self.requests.recv() => self.message_event(message),
        }
    }
}

fn write(fd: i32, bytes: &[u8]) {
    if fd > 2 {
        files::write(i64::from(fd), bytes);
        return;
    }
    let _ = if fd == 2 {
        std::io::stderr().write_all(bytes).and_then(|()| std::io::stderr().flush())
    } else {
        std::io::stdout().write_all(bytes).and_then(|()| std::io::stdout().flush())
    };
}

fn flush_rest(vm: &mut Vm) {
    while let Some(request) = vm.pending_output() {
        if let HostRequest::Write { fd, bytes } = request {
            write(fd, &bytes);
        }
    }
}
