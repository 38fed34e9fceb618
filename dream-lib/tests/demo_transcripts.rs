//! HTTP transcripts of the demos: each `conformance/dream/NAME.requests` names a demo and the
//! raw requests to send it; the real `mlrun` binary serves the demo on a loopback port, each
//! request goes on its own connection, and the responses plus the server's log (made
//! deterministic: times, ports, descriptors and durations replaced) must equal
//! `NAME.expected`. `known-failures` lists, exactly, the cases expected to differ.
//! `MLRUN_BLESS=1` records the current transcripts.
//!
//! A `.requests` file: a first line `demo: NAME`, then requests separated by lines `---`.
//! Lines end in CRLF on the wire; `Connection: close` is added after the request's headers so
//! each response ends with its connection.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_for(port: u16) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(20), "server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The request as sent: CRLF line ends and `Connection: close` after the headers.
fn wire(request: &str) -> Vec<u8> {
    let (head, body) = request.split_once("\n\n").unwrap_or((request.trim_end_matches('\n'), ""));
    let mut out = head.replace('\n', "\r\n");
    out.push_str("\r\nConnection: close\r\n\r\n");
    out.push_str(body);
    out.into_bytes()
}

fn send(port: u16, raw: &[u8]) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(raw).unwrap();
    let mut out = vec![];
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).replace("\r\n", "\n")
}

/// Replaces what changes from run to run: the timestamp that starts each log line, the
/// server's port, client ports, socket descriptors and durations.
fn normalize(text: &str, port: u16) -> String {
    let text = text.replace(&format!(":{port}"), ":PORT");
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let b = line.as_bytes();
        let stamped = b.len() > 22 && b[2] == b'.' && b[5] == b'.' && b[8] == b' ' && b[17] == b'.';
        let line = if stamped { format!("TIME{}", &line[21..]) } else { line.to_owned() };
        out.push_str(&mask_numbers(&line));
    }
    out
}

fn mask_numbers(line: &str) -> String {
    let mut line = line.to_owned();
    for (marker, end, mask) in [("127.0.0.1:", "", "CLIENT"), (" fd ", " ", "N"), ("dream.fd: ", "\n", "N"), (" in ", " \u{3bc}s", "N")] {
        let mut from = 0;
        while let Some(at) = line.get(from..).and_then(|s| s.find(marker)) {
            let start = from + at + marker.len();
            let digits = line[start..].bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && line[start + digits..].starts_with(end) {
                line.replace_range(start..start + digits, mask);
            }
            from = start;
        }
    }
    line
}

fn transcript(requests: &str) -> String {
    let mut parts = requests.split("\n---\n");
    let header = parts.next().unwrap();
    let demo = header.lines().next().unwrap().strip_prefix("demo: ").expect("first line: demo: NAME");
    let rest: Vec<&str> = header.splitn(2, '\n').skip(1).chain(parts).filter(|r| !r.trim().is_empty()).collect();
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_mlrun"))
        .arg("--port")
        .arg(port.to_string())
        .arg(root().join("demos").join(demo))
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut server = Server(child);
    wait_for(port);
    let mut out = String::new();
    for request in rest {
        out.push_str(&send(port, &wire(request.trim_start_matches('\n'))));
        out.push_str("\n=====\n");
    }
    // Give the last log line time to be written before the server is stopped.
    std::thread::sleep(Duration::from_millis(100));
    let _ = server.0.kill();
    let mut log = String::new();
    server.0.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    out.push_str("--- log\n");
    out.push_str(&log);
    normalize(&out, port)
}

#[test]
fn demos_answer_like_dream() {
    let dir = root().join("conformance/dream");
    let known: BTreeSet<String> = std::fs::read_to_string(dir.join("known-failures"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    let bless = std::env::var_os("MLRUN_BLESS").is_some();
    let mut problems = vec![];
    let mut cases = vec![];
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "requests") {
            cases.push(path);
        }
    }
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", dir.display());
    for path in cases {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let actual = transcript(&std::fs::read_to_string(&path).unwrap());
        let expected_path = path.with_extension("expected");
        if bless && !known.contains(&name) {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        match (expected == actual, known.contains(&name)) {
            (true, true) => problems.push(format!("{name}: passes but is listed in known-failures")),
            (false, false) => problems.push(format!("{name}: transcript differs\n--- expected\n{expected}\n--- actual\n{actual}")),
            _ => {}
        }
    }
    for k in &known {
        if !dir.join(format!("{k}.requests")).exists() {
            problems.push(format!("{k}: listed in known-failures but has no case"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn normalizing_masks_what_varies() {
    let line = "22.11.26 18:47:45.597    dream.logger  INFO REQ 3 GET /fail 127.0.0.1:44278 fd 7 curl\n";
    assert_eq!(normalize(line, 8080), "TIME    dream.logger  INFO REQ 3 GET /fail 127.0.0.1:CLIENT fd N curl\n");
    assert_eq!(mask_numbers("REQ 1 200 in 575 \u{3bc}s"), "REQ 1 200 in N \u{3bc}s");
    assert_eq!(normalize("Host: localhost:8080\n", 8080), "Host: localhost:PORT\n");
}
