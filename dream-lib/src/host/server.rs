//! HTTP/1.x on tokio, parsed with httparse and written by hand: Dream sends headers exactly
//! as the program spelled and ordered them, and shows request headers as the client sent
//! them, which hyper's normalized header map cannot give. Each request is handed to the
//! interpreter as plain data and waits for its response on a oneshot channel; requests of one
//! connection are answered in order, so pipelining needs nothing more.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};

use super::wire::{self, Parsed};

/// A request on its way to the program.
pub struct Incoming {
    pub method: Vec<u8>,
    pub target: Vec<u8>,
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
    pub body: Vec<u8>,
    /// The peer, as `ip:port`, and the connection's file descriptor (Dream logs both).
    pub client: String,
    pub fd: i64,
    pub respond: oneshot::Sender<Response>,
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
    pub body: Vec<u8>,
}

/// Starts accepting connections on 127.0.0.1:`port`; each is served on this thread.
pub async fn listen(port: u16, to_program: mpsc::UnboundedSender<Incoming>) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    tokio::task::spawn_local(async move {
        loop {
            // The accept loop never dies: a failed accept is skipped.
            let Ok((stream, peer)) = listener.accept().await else { continue };
            let _ = stream.set_nodelay(true);
            let to_program = to_program.clone();
            tokio::task::spawn_local(serve_connection(stream, peer.to_string(), to_program));
        }
    });
    Ok(())
}

const READ_CHUNK: usize = 16 * 1024;

async fn serve_connection(mut stream: TcpStream, client: String, to_program: mpsc::UnboundedSender<Incoming>) {
    let fd = raw_fd(&stream);
    let mut buffer: Vec<u8> = Vec::new();
    let mut out: Vec<u8> = Vec::new();
    loop {
        let request = match wire::parse(&buffer) {
            Parsed::Request(r) => r,
            Parsed::Incomplete => {
                if !read_more(&mut stream, &mut buffer).await {
                    return;
                }
                continue;
            }
            Parsed::BadRequest => {
                // The program's error handler sees HTTP-layer errors too (and logs them, as
                // Dream does); an empty method tells it this is one. The status stays 400.
                let (respond, response) = oneshot::channel();
                let incoming = Incoming { method: vec![], target: vec![], headers: vec![], body: vec![], client, fd, respond };
                let mut response = match to_program.send(incoming) {
                    Ok(()) => response.await.unwrap_or_else(|_| wire::empty(400)),
                    Err(_) => wire::empty(400),
                };
                response.status = 400;
                out.clear();
                wire::write_response(&mut out, &response, false);
                let _ = stream.write_all(&out).await;
                return;
            }
            Parsed::NotHttp => return,
        };
        buffer.drain(..request.consumed.min(buffer.len()));
        let keep_alive = request.keep_alive;
        let head = request.method == b"HEAD";
        let (respond, response) = oneshot::channel();
        let incoming = Incoming {
            method: request.method,
            target: request.target,
            headers: request.headers,
            body: request.body,
            client: client.clone(),
            fd,
            respond,
        };
        let response = match to_program.send(incoming) {
            Ok(()) => response.await.unwrap_or_else(|_| wire::empty(500)),
            Err(_) => wire::empty(503),
        };
        out.clear();
        wire::write_response(&mut out, &response, head);
        if stream.write_all(&out).await.is_err() || !keep_alive {
            return;
        }
    }
}

/// Reads into the buffer; false at end of stream or on error.
async fn read_more(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> bool {
    let start = buffer.len();
    buffer.resize(start + READ_CHUNK, 0);
    let n = stream.read(buffer.get_mut(start..).unwrap_or_default()).await.unwrap_or(0);
    buffer.truncate(start + n);
    n > 0
}

#[cfg(unix)]
fn raw_fd(s: &TcpStream) -> i64 {
    use std::os::fd::AsRawFd;
    i64::from(s.as_raw_fd())
}

#[cfg(not(unix))]
fn raw_fd(_: &TcpStream) -> i64 {
    -1
}
