//! Streams and WebSockets end to end: `mlrun` serves a demo on a loopback port and real
//! clients talk to it: a request body sent in pieces is echoed piece by piece, an endless
//! event stream is dropped by its client, and WebSocket clients (tungstenite) exchange
//! frames, including malformed upgrades and frames the server must survive.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::Message;

mod common;
use common::{free_port, Server};

impl Server {
    /// Stops the server and returns what it logged.
    fn log(mut self) -> String {
        let _ = self.0.kill();
        let _ = self.0.wait();
        let mut out = String::new();
        if let Some(mut e) = self.0.stderr.take() {
            let _ = e.read_to_string(&mut out);
        }
        out
    }
}

fn demo(name: &str) -> (Server, u16) {
    let port = free_port();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../demos").join(name);
    let child = Command::new(env!("CARGO_BIN_EXE_mlrun"))
        .arg("--port")
        .arg(port.to_string())
        .arg(&dir)
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let server = Server(child);
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(20), "server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    (server, port)
}

fn connect(port: u16) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s
}

/// Reads until `want` appears in what was read (or the timeout), returning all of it.
fn read_until(s: &mut TcpStream, want: &str) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&out).contains(want) {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn get(port: u16, path: &str) -> String {
    let mut s = connect(port);
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

#[test]
fn a_body_sent_in_pieces_is_echoed_piece_by_piece() {
    let (server, port) = demo("stream");
    let mut s = connect(port);
    s.write_all(b"POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n").unwrap();
    // The answer starts before the body is complete, and each piece comes back on its own.
    s.write_all(b"6\r\nfirst \r\n").unwrap();
    let head = read_until(&mut s, "first ");
    assert!(head.starts_with("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n"), "{head}");
    assert!(head.ends_with("\r\n\r\n6\r\nfirst ") || head.ends_with("\r\n\r\n6\r\nfirst \r\n"), "{head}");
    s.write_all(b"6\r\nsecond\r\n").unwrap();
    assert!(read_until(&mut s, "second").contains("6\r\nsecond"));
    s.write_all(b"0\r\n\r\n").unwrap();
    let end = read_until(&mut s, "0\r\n\r\n");
    assert!(end.ends_with("0\r\n\r\n") && !end.contains("HTTP"), "{end:?}");
    // The connection is kept alive for the next request.
    s.write_all(b"POST /length HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nab").unwrap();
    std::thread::sleep(Duration::from_millis(50));
    s.write_all(b"cde").unwrap();
    assert!(read_until(&mut s, "bytes\n").ends_with("5 bytes\n"));
    drop(s);
    // A client that goes away in the middle of its body does not stop the server.
    let mut s = connect(port);
    s.write_all(b"POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\npartial").unwrap();
    assert!(read_until(&mut s, "partial").contains("partial"));
    drop(s);
    assert!(get(port, "/countdown").contains("liftoff"));
    let log = server.log();
    assert!(!log.contains("Fatal"), "{log}");
}

#[test]
fn an_endless_event_stream_survives_its_client_leaving() {
    let (server, port) = demo("sse");
    let mut s = connect(port);
    s.write_all(b"GET /push HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let first = read_until(&mut s, "data: 1\n\n");
    assert!(first.contains("Content-Type: text/event-stream\r\n"), "{first}");
    assert!(first.contains("\r\n9\r\ndata: 1\n\n\r\n") || first.contains("data: 1\n\ndata: 2"), "{first}");
    drop(s);
    // The next message finds the client gone; the server goes on serving.
    std::thread::sleep(Duration::from_millis(2500));
    assert!(get(port, "/count/1").contains("data: event 1"));
    let log = server.log();
    assert!(!log.contains("Fatal"), "{log}");
}

fn ws(port: u16, path: &str) -> tungstenite::WebSocket<TcpStream> {
    let stream = connect(port);
    let (socket, response) = tungstenite::client(format!("ws://127.0.0.1:{port}{path}"), stream).unwrap();
    assert_eq!(response.status(), 101);
    socket
}

/// The close code the server sends, reading past any other message.
fn close_code(socket: &mut tungstenite::WebSocket<TcpStream>) -> Option<u16> {
    loop {
        match socket.read() {
            Ok(Message::Close(frame)) => return frame.map(|f| u16::from(f.code)),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
}

#[test]
fn websockets_exchange_frames_and_close() {
    let (server, port) = demo("websocket");
    // k-websocket: "Hello?" gets "Good-bye!", then the callback returns and the socket closes.
    let mut socket = ws(port, "/websocket");
    socket.send(Message::text("Hello?")).unwrap();
    assert_eq!(socket.read().unwrap(), Message::text("Good-bye!"));
    assert_eq!(close_code(&mut socket), Some(1000));
    // Any other message closes it at once.
    let mut socket = ws(port, "/websocket");
    socket.send(Message::text("Who's there?")).unwrap();
    assert_eq!(close_code(&mut socket), Some(1000));
    // Echo: text and binary come back as they went, until the client closes.
    let mut socket = ws(port, "/echo");
    for i in 0..20 {
        let text = format!("message {i}");
        socket.send(Message::text(text.clone())).unwrap();
        assert_eq!(socket.read().unwrap(), Message::text(text));
    }
    socket.send(Message::binary(vec![0u8, 1, 2, 255])).unwrap();
    assert_eq!(socket.read().unwrap(), Message::binary(vec![0u8, 1, 2, 255]));
    let big = "x".repeat(200_000);
    socket.send(Message::text(big.clone())).unwrap();
    assert_eq!(socket.read().unwrap(), Message::text(big));
    socket.close(Some(tungstenite::protocol::CloseFrame { code: CloseCode::Normal, reason: "".into() })).unwrap();
    while socket.read().is_ok() {}
    std::thread::sleep(Duration::from_millis(200));
    let log = server.log();
    assert!(log.contains("dream.logger  INFO REQ 1 GET /websocket"), "{log}");
    assert!(log.contains("REQ 1 101 in "), "{log}");
    assert!(log.contains("echo: the client closed"), "{log}");
    assert!(!log.contains("Fatal"), "{log}");
}

#[test]
fn bad_upgrades_and_bad_frames_close_only_their_connection() {
    let (server, port) = demo("websocket");
    // Not an upgrade at all: Dream's HTTP layer refuses it through the error handler.
    let plain = get(port, "/websocket");
    assert!(plain.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{plain}");
    // An upgrade without a key.
    let mut s = connect(port);
    s.write_all(b"GET /echo HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{out}");
    // A good upgrade followed by garbage instead of frames: that connection ends.
    let mut s = connect(port);
    s.write_all(b"GET /echo HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n").unwrap();
    let head = read_until(&mut s, "\r\n\r\n");
    assert!(head.starts_with("HTTP/1.1 101 Switching Protocols\r\n"), "{head}");
    assert!(head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"), "{head}");
    s.write_all(&[0xff; 64]).unwrap();
    let mut rest = Vec::new();
    let _ = s.read_to_end(&mut rest);
    // A frame from a client without a mask, and a connection dropped mid-frame.
    let mut socket = ws(port, "/echo");
    socket.get_mut().write_all(&[0x81, 0x02, b'h', b'i']).unwrap();
    let _ = socket.read();
    let socket = ws(port, "/echo");
    let mut raw = socket.into_inner();
    raw.write_all(&[0x81, 0xfe]).unwrap();
    drop(raw);
    // The server still serves WebSockets and plain requests.
    let mut socket = ws(port, "/echo");
    socket.send(Message::text("still here")).unwrap();
    assert_eq!(socket.read().unwrap(), Message::text("still here"));
    drop(socket);
    assert!(get(port, "/").contains("new WebSocket"));
    let log = server.log();
    assert!(log.contains("dream.http  WARN REQ 1 WebSocket (127.0.0.1:"), "{log}");
    assert!(!log.contains("Fatal"), "{log}");
}

#[test]
fn chat_messages_reach_every_client() {
    let (server, port) = demo("chat");
    let mut clients: Vec<_> = (0..3).map(|_| ws(port, "/websocket")).collect();
    // Let the server register all three before anyone speaks.
    std::thread::sleep(Duration::from_millis(200));
    for round in 0..3 {
        // Everyone speaks at once: each client then hears all three messages.
        for (i, c) in clients.iter_mut().enumerate() {
            c.send(Message::text(format!("round {round} from {i}"))).unwrap();
        }
        for c in clients.iter_mut() {
            let mut heard: Vec<String> = (0..3).map(|_| c.read().unwrap().into_text().unwrap().to_string()).collect();
            heard.sort();
            let want: Vec<String> = (0..3).map(|i| format!("round {round} from {i}")).collect();
            assert_eq!(heard, want);
        }
    }
    // A client that leaves is forgotten; the others go on.
    let mut gone = clients.remove(0);
    gone.close(None).unwrap();
    while gone.read().is_ok() {}
    std::thread::sleep(Duration::from_millis(200));
    clients[0].send(Message::text("after")).unwrap();
    for c in clients.iter_mut() {
        assert_eq!(c.read().unwrap(), Message::text("after"));
    }
    drop(clients);
    std::thread::sleep(Duration::from_millis(200));
    let log = server.log();
    assert!(!log.contains("Fatal") && !log.contains("exception"), "{log}");
}

#[test]
fn a_streamed_template_arrives_paragraph_by_paragraph() {
    let (server, port) = demo("template-stream");
    let mut s = connect(port);
    s.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let first = read_until(&mut s, "<p>0</p>");
    assert!(first.starts_with("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"), "{first}");
    assert!(!first.contains("<p>1</p>"), "{first}");
    let next = read_until(&mut s, "<p>1</p>");
    assert!(next.contains("\r\n      <p>1</p>\n\r\n"), "{next:?}");
    drop(s);
    let log = server.log();
    assert!(log.contains("REQ 1 200 in "), "{log}");
}
