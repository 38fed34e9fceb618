//! The program's side of its connections: the services that stream a response body, read a
//! request body piece by piece, upgrade to a WebSocket and carry its frames, and read static
//! files. A service that has to wait answers at once with a token; the outcome arrives later
//! as an `Io (token, result)` event (`Lwt_main.io_wait`).

use std::collections::{HashMap, HashSet, VecDeque};

use mlrun_runtime::host::{string_option, HostValue};
use mlrun_runtime::value::{Value, UNIT};
use tokio::sync::mpsc;

use super::server::{Command, Incoming, Reply, Response, WsFrame};

#[derive(Default)]
pub struct Io {
    /// Where each request's commands go, until its exchange is over.
    conns: HashMap<i64, mpsc::UnboundedSender<Command>>,
    /// Requests whose body had not all arrived when they were handed over.
    open_bodies: HashSet<i64>,
    /// Pending body reads: token to request.
    body_reads: HashMap<i64, i64>,
    next_token: i64,
    /// Outcomes known without asking a connection (it is gone), delivered as events.
    ready: VecDeque<Reply>,
}

impl Io {
    /// A new request `id`: remembers its connection.
    pub fn accept(&mut self, id: i64, incoming: &Incoming) {
        self.conns.insert(id, incoming.commands.clone());
        if !incoming.body_complete {
            self.open_bodies.insert(id);
        }
    }

    /// The whole response to `id`.
    pub fn respond(&mut self, id: i64, response: Response) {
        // Once answered, the connection skips whatever of the body is left.
        self.open_bodies.remove(&id);
        if let Some(tx) = self.conns.remove(&id) {
            let _ = tx.send(Command::Respond(response));
        }
    }

    /// An outcome already known, if any.
    pub fn take_ready(&mut self) -> Option<Value> {
        let reply = self.ready.pop_front()?;
        Some(self.event(reply))
    }

    /// The event for a connection's reply: `Io (token, result)`.
    pub fn event(&mut self, reply: Reply) -> Value {
        let (token, result) = match reply {
            Reply::Ack { token, ok } => (token, Value::bool(ok)),
            Reply::Body { token, chunk } => {
                if let Some(id) = self.body_reads.remove(&token) {
                    if chunk.is_none() {
                        self.open_bodies.remove(&id);
                    }
                }
                (token, string_option(chunk))
            }
            Reply::Ws { token, frame: WsFrame::Data(data, binary, fin) } => {
                (token, Value::block(0, vec![Value::string(data), Value::bool(binary), Value::bool(fin)]))
            }
            Reply::Ws { token, frame: WsFrame::Closed(code) } => (token, Value::block(1, vec![Value::Int(i64::from(code))])),
        };
        Value::block(2, vec![Value::Int(token), result])
    }

    fn token(&mut self) -> i64 {
        self.next_token += 1;
        self.next_token
    }

    /// Sends a command to request `id`'s connection; when it is gone, `failed` is the outcome.
    fn send(&mut self, id: i64, command: Command, failed: Reply) {
        let sent = self.conns.get(&id).is_some_and(|tx| tx.send(command).is_ok());
        if !sent {
            self.ready.push_back(failed);
        }
    }

    /// Answers the services this module provides; `None` for any other name.
    pub fn call(&mut self, name: &str, arg: &HostValue) -> Option<Value> {
        let int = |i: usize| arg.field(i).and_then(HostValue::as_int).unwrap_or(-1);
        let bytes = |i: usize| arg.field(i).and_then(HostValue::as_bytes).unwrap_or_default().to_vec();
        let flag = |i: usize| arg.field(i).and_then(HostValue::as_int).is_some_and(|n| n != 0);
        let id = arg.as_int().unwrap_or_else(|| int(0));
        Some(match name {
            // (id, status, headers): the head of a streamed response.
            "dream_stream_start" => {
                let status = u16::try_from(int(1)).unwrap_or(500);
                let headers = pairs(arg.field(2));
                if let Some(tx) = self.conns.get(&id) {
                    let _ = tx.send(Command::Start { status, headers });
                }
                UNIT
            }
            // (id, data) -> token of the ack (a bool: false when the client is gone).
            "dream_stream_write" => {
                let token = self.token();
                self.send(id, Command::Write { data: bytes(1), token }, Reply::Ack { token, ok: false });
                Value::Int(token)
            }
            "dream_stream_flush" => {
                let token = self.token();
                self.send(id, Command::Flush { token }, Reply::Ack { token, ok: false });
                Value::Int(token)
            }
            // (id, aborted): the streamed response is complete.
            "dream_stream_end" => {
                self.open_bodies.remove(&id);
                if let Some(tx) = self.conns.remove(&id) {
                    let _ = tx.send(Command::End { aborted: flag(1) });
                }
                UNIT
            }
            // id -> 0 when the body has no more to give, else the token of a `string option`.
            "dream_body_read" => {
                if !self.open_bodies.contains(&id) {
                    return Some(Value::Int(0));
                }
                let token = self.token();
                self.body_reads.insert(token, id);
                self.send(id, Command::ReadBody { token }, Reply::Body { token, chunk: None });
                Value::Int(token)
            }
            // (id, headers): answer 101 and speak WebSocket.
            "dream_ws_upgrade" => {
                if let Some(tx) = self.conns.get(&id) {
                    let _ = tx.send(Command::Upgrade { headers: pairs(arg.field(1)) });
                }
                UNIT
            }
            // id -> token of the next frame: `Data (payload, binary, fin)` or `Closed code`.
            "dream_ws_read" => {
                let token = self.token();
                self.send(id, Command::WsRead { token }, Reply::Ws { token, frame: WsFrame::Closed(1005) });
                Value::Int(token)
            }
            // (id, payload, binary, fin) -> token of the ack.
            "dream_ws_send" => {
                let token = self.token();
                let command = Command::WsSend { data: bytes(1), binary: flag(2), fin: flag(3), token };
                self.send(id, command, Reply::Ack { token, ok: false });
                Value::Int(token)
            }
            // (id, code)
            "dream_ws_close" => {
                self.open_bodies.remove(&id);
                if let Some(tx) = self.conns.remove(&id) {
                    let _ = tx.send(Command::WsClose { code: u16::try_from(int(1)).unwrap_or(1000) });
                }
                UNIT
            }
            // path -> the file's contents, or None when it cannot be read (missing, a folder).
            "dream_read_file" => {
                let path = String::from_utf8_lossy(arg.as_bytes().unwrap_or_default()).into_owned();
                string_option(std::fs::read(path).ok())
            }
            _ => return None,
        })
    }
}

/// A list of string pairs, as the program passes headers.
fn pairs(list: Option<&HostValue>) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut out = Vec::new();
    let mut cell = list;
    while let Some(HostValue::Block(_, fields)) = cell {
        let Some(HostValue::Block(_, pair)) = fields.first() else { break };
        let part = |i: usize| pair.get(i).and_then(HostValue::as_bytes).unwrap_or_default().to_vec();
        out.push((part(0), part(1)));
        cell = fields.get(1);
    }
    out
}
