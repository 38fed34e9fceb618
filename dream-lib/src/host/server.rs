//! HTTP/1.x on tokio, parsed with httparse and written by hand: Dream sends headers exactly
//! as the program spelled and ordered them, and shows request headers as the client sent
//! them, which hyper's normalized header map cannot give. Each request is handed to the
//! interpreter as plain data as soon as its head is in, with whatever of its body has
//! arrived; the program then drives the exchange with commands (answer, stream a body, read
//! more of the request body, upgrade to a WebSocket). Requests of one connection are answered
//! in order, so pipelining needs nothing more.

use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadHalf, WriteHalf};
use tokio::sync::mpsc;
use tokio_rustls::TlsAcceptor;

use super::body::{BodyReader, Take};
use super::wire::{self, Parsed};

/// A request on its way to the program.
pub struct Incoming {
    pub method: Vec<u8>,
    pub target: Vec<u8>,
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
    /// The body, or its first part when `body_complete` is false.
    pub body: Vec<u8>,
    pub body_complete: bool,
    /// The peer, as `ip:port`, and the connection's file descriptor (Dream logs both).
    pub client: String,
    pub fd: i64,
    pub commands: mpsc::UnboundedSender<Command>,
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
    pub body: Vec<u8>,
}

/// What reaches the host from the connections.
pub enum ToHost {
    Request(Incoming),
    Reply(Reply),
}

/// What the program asks of the connection its request came on.
pub enum Command {
    /// The whole response.
    Respond(Response),
    /// A response whose body follows in `Write`s, ended by `End`.
    Start { status: u16, headers: Vec<(Vec<u8>, Vec<u8>)> },
    Write { data: Vec<u8>, token: i64 },
    Flush { token: i64 },
    /// The end of a streamed body; an aborted one drops the connection unfinished.
    End { aborted: bool },
    /// The next piece of the request body.
    ReadBody { token: i64 },
    /// Answer 101 with these headers and speak WebSocket from then on.
    Upgrade { headers: Vec<(Vec<u8>, Vec<u8>)> },
    WsRead { token: i64 },
    WsSend { data: Vec<u8>, binary: bool, fin: bool, token: i64 },
    WsClose { code: u16 },
}

/// The outcome of a command that the program waits for, by its token.
pub enum Reply {
    /// A write, flush or send went out (or could not: the connection is gone).
    Ack { token: i64, ok: bool },
    /// A piece of request body; `None` at its end (or when it cannot be read).
    Body { token: i64, chunk: Option<Vec<u8>> },
    Ws { token: i64, frame: WsFrame },
}

pub enum WsFrame {
    /// Payload, binary, final fragment.
    Data(Vec<u8>, bool, bool),
    Closed(u16),
}

/// Where a server listens.
pub enum Address {
    /// An interface (a name or an address; `localhost` is 127.0.0.1) and a port.
    Tcp(String, u16),
    /// A Unix socket's path.
    Unix(String),
}

impl std::fmt::Display for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Address::Tcp(interface, port) => write!(f, "{interface}:{port}"),
            Address::Unix(path) => write!(f, "{path}"),
        }
    }
}

/// Starts accepting connections at `at`; each is served on this thread. With a TLS
/// configuration every connection first completes a TLS handshake (HTTPS).
pub async fn listen(
    at: Address,
    tls: Option<Arc<rustls::ServerConfig>>,
    to_host: mpsc::UnboundedSender<ToHost>,
) -> std::io::Result<()> {
    let acceptor = tls.map(TlsAcceptor::from);
    match at {
        Address::Tcp(interface, port) => {
            // Dream's default interface; pinned to IPv4 so that it is the address clients use.
            let host = if interface == "localhost" { "127.0.0.1".to_owned() } else { interface };
            let listener = tokio::net::TcpListener::bind((host.as_str(), port)).await?;
            tokio::task::spawn_local(async move {
                loop {
                    // The accept loop never dies: a failed accept is skipped.
                    let Ok((stream, peer)) = listener.accept().await else { continue };
                    let _ = stream.set_nodelay(true);
                    let fd = raw_fd(&stream);
                    accept(stream, fd, peer.to_string(), acceptor.as_ref(), to_host.clone());
                }
            });
        }
        Address::Unix(path) => {
            let listener = tokio::net::UnixListener::bind(&path)?;
            tokio::task::spawn_local(async move {
                loop {
                    let Ok((stream, peer)) = listener.accept().await else { continue };
                    let fd = raw_fd(&stream);
                    // The client is the peer's socket path, usually none.
                    let client = peer.as_pathname().map(|p| p.display().to_string()).unwrap_or_default();
                    accept(stream, fd, client, acceptor.as_ref(), to_host.clone());
                }
            });
        }
    }
    Ok(())
}

/// Serves an accepted connection, after a TLS handshake when the server has TLS.
fn accept<S: AsyncRead + AsyncWrite + Unpin + 'static>(
    stream: S,
    fd: i64,
    client: String,
    acceptor: Option<&TlsAcceptor>,
    to_host: mpsc::UnboundedSender<ToHost>,
) {
    match acceptor {
        None => {
            tokio::task::spawn_local(serve_connection(stream, fd, client, to_host));
        }
        Some(acceptor) => {
            let accept = acceptor.accept(stream);
            tokio::task::spawn_local(async move {
                // A failed handshake (garbage, a client that distrusts the certificate) ends
                // this connection only.
                if let Ok(stream) = accept.await {
                    serve_connection(stream, fd, client, to_host).await;
                }
            });
        }
    }
}

const READ_CHUNK: usize = 16 * 1024;
/// Streamed bodies go out in chunks of at least this much unless flushed (as Dream does).
const FLUSH_AT: usize = 4096;

/// One connection (plain TCP or TLS): its halves, the bytes read but not yet used, and where
/// to report.
struct Conn<S> {
    rd: ReadHalf<S>,
    wr: WriteHalf<S>,
    buffer: Vec<u8>,
    to_host: mpsc::UnboundedSender<ToHost>,
}

/// How an exchange ended.
enum Next {
    KeepAlive,
    Close,
    Upgrade { headers: Vec<(Vec<u8>, Vec<u8>)> },
}

async fn serve_connection<S: AsyncRead + AsyncWrite + Unpin>(
    stream: S,
    fd: i64,
    client: String,
    to_host: mpsc::UnboundedSender<ToHost>,
) {
    let (rd, wr) = tokio::io::split(stream);
    let mut conn = Conn { rd, wr, buffer: Vec::new(), to_host };
    loop {
        let request = match wire::parse(&conn.buffer) {
            Parsed::Request(r) => r,
            Parsed::Incomplete => {
                if !conn.read_more().await {
                    return;
                }
                continue;
            }
            Parsed::BadRequest => return conn.bad_request(client, fd).await,
            Parsed::NotHttp => return,
        };
        conn.buffer.drain(..request.consumed.min(conn.buffer.len()));
        let mut body = BodyReader::new(request.framing);
        let first = match body.take(&mut conn.buffer) {
            Take::Data(data, _) => data,
            Take::Bad => return conn.bad_request(client, fd).await,
        };
        let key = request
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(b"sec-websocket-key"))
            .map(|(_, v)| v.clone());
        let (commands, receiver) = mpsc::unbounded_channel();
        let incoming = Incoming {
            method: request.method.clone(),
            target: request.target,
            headers: request.headers,
            body: first,
            body_complete: body.done(),
            client: client.clone(),
            fd,
            commands,
        };
        if conn.to_host.send(ToHost::Request(incoming)).is_err() {
            let _ = conn.write(&wire::response_bytes(&wire::empty(503), false)).await;
            return;
        }
        let head = request.method == b"HEAD";
        let mut receiver = receiver;
        let mut pending_read = None;
        match conn.exchange(&mut receiver, body, head, &mut pending_read).await {
            Next::KeepAlive if request.keep_alive => {}
            Next::KeepAlive | Next::Close => {
                // Whatever the program still waits for from this connection fails now.
                if let Some(token) = pending_read {
                    conn.reply(Reply::Body { token, chunk: None });
                }
                return super::ws::fail_all(&mut receiver, |r| conn.reply(r));
            }
            Next::Upgrade { headers } => {
                let commands = receiver;
                let Conn { rd, wr, buffer, to_host } = conn;
                let stream = rd.unsplit(wr);
                return super::ws::serve(stream, buffer, key, headers, commands, to_host).await;
            }
        }
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> Conn<S> {
    /// Reads into the buffer; false at end of stream or on error. Cancel-safe: bytes land in
    /// the buffer only once read.
    async fn read_more(&mut self) -> bool {
        self.buffer.reserve(READ_CHUNK);
        matches!(self.rd.read_buf(&mut self.buffer).await, Ok(n) if n > 0)
    }

    async fn write(&mut self, bytes: &[u8]) -> bool {
        self.wr.write_all(bytes).await.is_ok()
    }

    fn reply(&self, reply: Reply) {
        let _ = self.to_host.send(ToHost::Reply(reply));
    }

    /// The program's error handler sees HTTP-layer errors too (and logs them, as Dream does);
    /// an empty method tells it this is one. The status stays 400 and the connection closes.
    async fn bad_request(mut self, client: String, fd: i64) {
        let (commands, mut receiver) = mpsc::unbounded_channel();
        let incoming =
            Incoming { method: vec![], target: vec![], headers: vec![], body: vec![], body_complete: true, client, fd, commands };
        let mut response = wire::empty(400);
        if self.to_host.send(ToHost::Request(incoming)).is_ok() {
            while let Some(command) = receiver.recv().await {
                if let Command::Respond(r) = command {
                    response = r;
                    break;
                }
            }
        }
        response.status = 400;
        let _ = self.write(&wire::response_bytes(&response, false)).await;
    }

    /// Serves the program's commands for one request until its response is out and its body
    /// read (or dropped).
    async fn exchange(
        &mut self,
        commands: &mut mpsc::UnboundedReceiver<Command>,
        mut body: BodyReader,
        head: bool,
        pending_read: &mut Option<i64>,
    ) -> Next {
        let mut broken_body = false;
        let mut responded = false;
        let mut keep_alive = true;
        let mut out = Streamed { chunked: false, pending: Vec::new(), head };
        loop {
            if let Some(token) = *pending_read {
                if broken_body {
                    *pending_read = None;
                    self.reply(Reply::Body { token, chunk: None });
                } else {
                    match body.take(&mut self.buffer) {
                        Take::Data(data, _) if !data.is_empty() => {
                            *pending_read = None;
                            self.reply(Reply::Body { token, chunk: Some(data) });
                        }
                        Take::Data(_, true) => {
                            *pending_read = None;
                            self.reply(Reply::Body { token, chunk: None });
                        }
                        Take::Data(_, false) => {}
                        Take::Bad => broken_body = true,
                    }
                }
            }
            if responded {
                if broken_body || !keep_alive {
                    return Next::Close;
                }
                // The rest of a body the program did not read is skipped.
                match body.take(&mut self.buffer) {
                    Take::Data(_, true) => return Next::KeepAlive,
                    Take::Data(_, false) => {}
                    Take::Bad => return Next::Close,
                }
                if !self.read_more().await {
                    return Next::Close;
                }
                continue;
            }
            let want_body = pending_read.is_some() && !broken_body && !body.done();
            tokio::select! {
                command = commands.recv() => {
                    let Some(command) = command else {
                        // The program dropped the request without an answer.
                        let _ = self.write(&wire::response_bytes(&wire::empty(500), head)).await;
                        return Next::Close;
                    };
                    match command {
                        Command::Respond(r) => {
                            if !self.write(&wire::response_bytes(&r, head)).await {
                                return Next::Close;
                            }
                            responded = true;
                        }
                        Command::Start { status, headers } => {
                            let r = Response { status, headers, body: vec![] };
                            let (mut bytes, chunked, framed) = wire::head_bytes(&r);
                            bytes.extend_from_slice(b"\r\n");
                            out.chunked = chunked;
                            keep_alive = framed;
                            if !self.write(&bytes).await {
                                return Next::Close;
                            }
                        }
                        Command::Write { data, token } => {
                            out.pending.extend_from_slice(&data);
                            let ok = out.pending.len() < FLUSH_AT || self.emit(&mut out).await;
                            self.reply(Reply::Ack { token, ok });
                        }
                        Command::Flush { token } => {
                            let ok = self.emit(&mut out).await;
                            self.reply(Reply::Ack { token, ok });
                        }
                        Command::End { aborted } => {
                            if aborted || !self.emit(&mut out).await {
                                return Next::Close;
                            }
                            if out.chunked && !head && !self.write(b"0\r\n\r\n").await {
                                return Next::Close;
                            }
                            responded = true;
                        }
                        Command::ReadBody { token } => {
                            if let Some(old) = (*pending_read).replace(token) {
                                self.reply(Reply::Body { token: old, chunk: None });
                            }
                        }
                        Command::Upgrade { headers } => return Next::Upgrade { headers },
                        Command::WsRead { token } => self.reply(Reply::Ws { token, frame: WsFrame::Closed(1005) }),
                        Command::WsSend { token, .. } => self.reply(Reply::Ack { token, ok: false }),
                        Command::WsClose { .. } => {}
                    }
                }
                more = self.read_more(), if want_body => {
                    if !more {
                        broken_body = true;
                    }
                }
            }
        }
    }

    /// Sends what a streamed body has pending, as one chunk when chunked.
    async fn emit(&mut self, out: &mut Streamed) -> bool {
        if out.pending.is_empty() || out.head {
            out.pending.clear();
            return true;
        }
        let data = std::mem::take(&mut out.pending);
        if out.chunked {
            let mut framed = format!("{:x}\r\n", data.len()).into_bytes();
            framed.extend_from_slice(&data);
            framed.extend_from_slice(b"\r\n");
            self.write(&framed).await
        } else {
            self.write(&data).await
        }
    }
}

/// A streamed response body on its way out.
struct Streamed {
    chunked: bool,
    pending: Vec<u8>,
    head: bool,
}

fn raw_fd(s: &impl std::os::fd::AsRawFd) -> i64 {
    i64::from(s.as_raw_fd())
}
