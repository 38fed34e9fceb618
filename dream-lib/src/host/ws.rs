//! A connection after a WebSocket upgrade: the 101 answer with the program's headers, then
//! frames carried between the socket (tungstenite) and the program's commands. Anything that
//! goes wrong on the wire ends this connection only.

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::protocol::frame::coding::{CloseCode, Data, OpCode};
use tokio_tungstenite::tungstenite::protocol::frame::{CloseFrame, Frame};
use tokio_tungstenite::tungstenite::protocol::Role;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;

use super::server::{Command, Reply, ToHost, WsFrame};

/// The status code reported when the peer closed without one, or the connection broke.
const NO_STATUS: u16 = 1005;

/// Over plain TCP or TLS alike.
pub async fn serve<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    leftover: Vec<u8>,
    key: Option<Vec<u8>>,
    headers: Vec<(Vec<u8>, Vec<u8>)>,
    mut commands: mpsc::UnboundedReceiver<Command>,
    to_host: mpsc::UnboundedSender<ToHost>,
) {
    let reply = |r: Reply| {
        let _ = to_host.send(ToHost::Reply(r));
    };
    let Some(key) = key else {
        let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n").await;
        return fail_all(&mut commands, reply);
    };
    if stream.write_all(&handshake(&key, &headers)).await.is_err() {
        return fail_all(&mut commands, reply);
    }
    let ws = WebSocketStream::from_partially_read(stream, leftover, Role::Server, None).await;
    let (mut sink, mut source) = ws.split();
    let mut pending_read: Option<i64> = None;
    let mut peer_closed: Option<u16> = None;
    loop {
        if let (Some(token), Some(code)) = (pending_read, peer_closed) {
            pending_read = None;
            reply(Reply::Ws { token, frame: WsFrame::Closed(code) });
        }
        let reading = pending_read.is_some() && peer_closed.is_none();
        tokio::select! {
            command = commands.recv() => match command {
                None => break,
                Some(Command::WsRead { token }) => {
                    if let Some(old) = pending_read.replace(token) {
                        reply(Reply::Ws { token: old, frame: WsFrame::Closed(NO_STATUS) });
                    }
                }
                Some(Command::WsSend { data, binary, fin, token }) => {
                    let opcode = OpCode::Data(if binary { Data::Binary } else { Data::Text });
                    let ok = sink.send(Message::Frame(Frame::message(data, opcode, fin))).await.is_ok();
                    reply(Reply::Ack { token, ok });
                }
                Some(Command::WsClose { code }) => {
                    // 1005 means "no code": it is never sent in a close frame.
                    let frame = (code != NO_STATUS).then(|| CloseFrame { code: CloseCode::from(code), reason: "".into() });
                    let _ = sink.send(Message::Close(frame)).await;
                    break;
                }
                Some(Command::Write { token, .. } | Command::Flush { token }) => reply(Reply::Ack { token, ok: false }),
                Some(Command::ReadBody { token }) => reply(Reply::Body { token, chunk: None }),
                Some(Command::Respond(_) | Command::Start { .. } | Command::End { .. } | Command::Upgrade { .. }) => {}
            },
            message = source.next(), if reading => match message {
                Some(Ok(Message::Text(t))) => {
                    if let Some(token) = pending_read.take() {
                        reply(Reply::Ws { token, frame: WsFrame::Data(t.as_bytes().to_vec(), false, true) });
                    }
                }
                Some(Ok(Message::Binary(b))) => {
                    if let Some(token) = pending_read.take() {
                        reply(Reply::Ws { token, frame: WsFrame::Data(b.to_vec(), true, true) });
                    }
                }
                // Pings are answered by tungstenite; pongs and raw frames carry nothing.
                Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => {}
                Some(Ok(Message::Close(frame))) => {
                    peer_closed = Some(frame.map_or(NO_STATUS, |f| u16::from(f.code)));
                }
                Some(Err(_)) | None => peer_closed = Some(NO_STATUS),
            },
        }
    }
    // Let the peer's close frame (the answer to ours) arrive, briefly, so the close is clean.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(1), async {
        while let Some(Ok(_)) = source.next().await {}
    })
    .await;
    if let Some(token) = pending_read {
        reply(Reply::Ws { token, frame: WsFrame::Closed(peer_closed.unwrap_or(NO_STATUS)) });
    }
    fail_all(&mut commands, reply);
}

/// Answers whatever the program still asks of a connection that is gone.
pub fn fail_all(commands: &mut mpsc::UnboundedReceiver<Command>, reply: impl Fn(Reply)) {
    commands.close();
    while let Ok(command) = commands.try_recv() {
        match command {
            Command::WsRead { token } => reply(Reply::Ws { token, frame: WsFrame::Closed(NO_STATUS) }),
            Command::WsSend { token, .. } | Command::Write { token, .. } | Command::Flush { token } => {
                reply(Reply::Ack { token, ok: false });
            }
            Command::ReadBody { token } => reply(Reply::Body { token, chunk: None }),
            _ => {}
        }
    }
}

/// The 101 answer: the protocol's three headers, then the program's.
fn handshake(key: &[u8], headers: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(key);
    let mut out = format!(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n"
    )
    .into_bytes();
    for (name, value) in headers {
        out.extend(name.iter().filter(|&&b| b != b'\r' && b != b'\n'));
        out.extend_from_slice(b": ");
        out.extend(value.iter().filter(|&&b| b != b'\r' && b != b'\n'));
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out
}
