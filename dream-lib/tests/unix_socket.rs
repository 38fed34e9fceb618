//! `Dream.run ~socket_path`: the server listens on a Unix socket instead of a port, greets
//! with the path, and answers requests sent over it (the client address is the peer's path,
//! empty for an unnamed client socket).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::Server;

#[test]
fn a_unix_socket_server_answers_over_its_socket() {
    let dir = std::env::temp_dir().join(format!("mlrun-unix-socket-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let socket = dir.join("app.sock");
    let program = dir.join("app.ml");
    std::fs::write(
        &program,
        format!(
            "let () = Dream.run ~socket_path:{:?} @@ fun request ->\n  Dream.html (\"client [\" ^ Dream.client request ^ \"] \" ^ Dream.target request)\n",
            socket.display().to_string()
        ),
    )
    .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_mlrun")).arg(&program).stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
    let mut server = Server(child);

    let start = Instant::now();
    let mut stream = loop {
        match UnixStream::connect(&socket) {
            Ok(s) => break s,
            Err(_) if start.elapsed() < Duration::from_secs(30) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("the server never listened on {}: {e}", socket.display()),
        }
    };
    stream.write_all(b"GET /over/the/socket HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200 OK\r\n"), "{response}");
    assert!(response.ends_with("\r\n\r\nclient [] /over/the/socket"), "{response}");

    let _ = server.0.kill();
    let mut stderr = String::new();
    server.0.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert!(stderr.contains(&format!("Running on {}\n", socket.display())), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
