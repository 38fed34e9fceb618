//! HTTPS end to end: `mlrun` serves the https demo over TLS on a loopback port and a rustls
//! client that trusts the built-in localhost certificate talks to it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};

mod common;
use common::{free_port, Server};

/// Starts the demo and hands back its stderr lines as they come.
fn start() -> (Server, u16, mpsc::Receiver<String>) {
    let port = free_port();
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../demos/https/");
    let mut child = Command::new(env!("CARGO_BIN_EXE_mlrun"))
        .arg("--port")
        .arg(port.to_string())
        .arg(&demo)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let server = Server(child);
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(20), "server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    (server, port, rx)
}

fn get(port: u16) -> String {
    let mut roots = rustls::RootCertStore::empty();
    let cert = CertificateDer::from_pem_slice(mlrun_dream::host::tls::LOCALHOST_CERT).unwrap();
    roots.add(cert).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = ServerName::try_from("localhost").unwrap();
    let conn = rustls::ClientConnection::new(Arc::new(config), name).unwrap();
    let sock = TcpStream::connect(("127.0.0.1", port)).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, sock);
    tls.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = Vec::new();
    // The server may close without close_notify; what was read is what counts.
    let _ = tls.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn wait_line(rx: &mpsc::Receiver<String>, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(line) if line.contains(needle) => return line,
            Ok(line) => seen.push(line),
            Err(_) => break,
        }
    }
    panic!("no line with {needle:?} in {seen:?}");
}

#[test]
fn serves_the_https_demo() {
    let (_server, port, rx) = start();
    wait_line(&rx, &format!("Running at https://localhost:{port}"));
    let r = get(port);
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    assert!(r.ends_with("\r\n\r\nGood morning, world!"), "{r}");
    let log = wait_line(&rx, "GET /");
    assert!(log.contains("127.0.0.1:"), "{log}");
    wait_line(&rx, "200 in ");
}

#[test]
fn garbage_instead_of_a_handshake_closes_only_that_connection() {
    let (_server, port, _rx) = start();
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n\x00\x01garbage").unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let r = get(port);
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    assert!(r.ends_with("Good morning, world!"), "{r}");
}
