//! The native HTTP host, end to end: `mlrun` serves a program on a loopback port and a real
//! client talks to it, including a malformed request the server must survive.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

mod common;
use common::{free_port, Server};

fn wait_for(port: u16) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(10), "server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn request(port: u16, raw: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(raw.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

#[test]
fn serves_requests_and_survives_garbage() {
    let port = free_port();
    let dir = std::env::temp_dir().join(format!("mlrun-http-{port}"));
    std::fs::create_dir_all(&dir).unwrap();
    let prog = dir.join("server.ml");
    std::fs::write(
        &prog,
        format!(
            r#"external listen : int -> unit = "%host_listen"
external respond : int * int * (string * string) list * string -> unit = "%host_respond"
let () =
  listen {port};
  let count = ref 0 in
  Lwt_main.request_hook := (fun (id, meth, target, _, body, _, _) ->
    (* An empty method is the host reporting a request it could not parse. *)
    if meth = "" then respond (id, 400, [], "") else begin
    incr count;
    respond (id, 200, [("Content-Type", "text/plain")], meth ^ " " ^ target ^ " " ^ string_of_int !count ^ body) end);
  Lwt_main.run (fst (Lwt.wait ()))
"#
        ),
    )
    .unwrap();
    let _server = Server(Command::new(env!("CARGO_BIN_EXE_mlrun")).arg(&prog).spawn().unwrap());
    wait_for(port);
    let r = request(port, "GET /a?b=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    assert!(r.ends_with("\r\n\r\nGET /a?b=1 1"), "{r}");
    assert!(!r.to_ascii_lowercase().contains("\r\ndate:"), "{r}");
    let bad = request(port, "GET / HTTP/1.1\r\nBad Header Line\r\n\r\n");
    assert!(bad.starts_with("HTTP/1.1 400"), "{bad}");
    let r = request(port, "POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nConnection: close\r\n\r\ndata");
    assert!(r.ends_with("POST /p 2data"), "{r}");
}

#[test]
fn the_hello_demo_serves_like_dream() {
    let port = free_port();
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../demos/hello/hello.ml");
    let child = Command::new(env!("CARGO_BIN_EXE_mlrun"))
        .arg("--port")
        .arg(port.to_string())
        .arg(&demo)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut server = Server(child);
    wait_for(port);
    let r = request(port, "GET / HTTP/1.1\r\nHost: x\r\nUser-Agent: test\r\nConnection: close\r\n\r\n");
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    assert!(r.to_ascii_lowercase().contains("content-type: text/html; charset=utf-8\r\n"), "{r}");
    assert!(r.ends_with("\r\n\r\nGood morning, world!"), "{r}");
    let r = request(port, "GET /echo/hi HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(r.ends_with("\r\n\r\nhi"), "{r}");
    let r = request(port, "GET /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(r.starts_with("HTTP/1.1 404"), "{r}");
    let _ = server.0.kill();
    let mut log = String::new();
    server.0.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    // `dd.mm.yy hh:mm:ss.mmm` then the columns of Dream's reporter.
    let stamp = |l: &str| l.len() > 22 && l.as_bytes()[2] == b'.' && l.as_bytes()[8] == b' ' && l.as_bytes()[17] == b'.';
    assert!(lines.iter().all(|l| stamp(l)), "{log}");
    assert_eq!(&lines[0][21..], format!("                       Running at http://localhost:{port}"), "{log}");
    assert_eq!(&lines[1][21..], "                       Type Ctrl+C to stop", "{log}");
    assert!(lines[2][21..].starts_with("    dream.logger  INFO REQ 1 GET / 127.0.0.1:"), "{log}");
    assert!(lines[2].ends_with(" test"), "{log}");
    assert!(lines[3][21..].starts_with("    dream.logger  INFO REQ 1 200 in "), "{log}");
    assert!(lines[3].ends_with(" μs"), "{log}");
    assert!(lines[7][21..].starts_with("    dream.logger  WARN REQ 3 404 in "), "{log}");
}

fn hello_server() -> (Server, u16) {
    let port = free_port();
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../demos/hello/");
    let child = Command::new(env!("CARGO_BIN_EXE_mlrun"))
        .arg("--port")
        .arg(port.to_string())
        .arg(&demo)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let server = Server(child);
    wait_for(port);
    (server, port)
}

#[test]
fn pipelined_requests_are_answered_in_order_and_http_1_0_is_answered() {
    let (_server, port) = hello_server();
    let r = request(
        port,
        "GET /echo/one HTTP/1.1\r\nHost: x\r\n\r\nGET /echo/two HTTP/1.1\r\nHost: x\r\n\r\nGET /echo/three HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    let bodies: Vec<&str> = r.split("HTTP/1.1 200 OK\r\n").skip(1).map(|p| p.rsplit("\r\n\r\n").next().unwrap()).collect();
    assert_eq!(bodies, ["one", "two", "three"], "{r}");
    let r = request(port, "GET / HTTP/1.0\r\n\r\n");
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    assert!(r.ends_with("\r\n\r\nGood morning, world!"), "{r}");
    let r = request(port, "POST /echo/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\nab\r\n0\r\n\r\n");
    assert!(r.starts_with("HTTP/1.1 404 Not Found\r\n"), "{r}");
    assert!(request(port, "NOT HTTP AT ALL\r\n\r\n").is_empty());
}

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A request that is malformed in one of many ways: random bytes, a good request cut or
/// mutated, bad lengths, bad chunks, huge or broken header lines.
fn garbage(rng: &mut Rng) -> Vec<u8> {
    const GOOD: &[u8] = b"POST /echo/x?a=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
    match rng.below(6) {
        0 => (0..rng.below(200)).map(|_| rng.next() as u8).collect(),
        1 => GOOD[..rng.below(GOOD.len())].to_vec(),
        2 => {
            let mut g = GOOD.to_vec();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(g.len());
                g[at] = rng.next() as u8;
            }
            g
        }
        3 => format!("GET / HTTP/1.1\r\nContent-Length: {}\r\n\r\nab", ["-1", "99999999999999999999", "x", "3, 4"][rng.below(4)]).into_bytes(),
        4 => b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\nzz\r\n".to_vec(),
        _ => {
            let mut g = b"GET /".to_vec();
            g.extend((0..rng.below(3000)).map(|_| b"a/%\x00\xff :\r"[rng.below(8)]));
            g.extend_from_slice(b" HTTP/1.1\r\n\r\n");
            g
        }
    }
}

#[test]
fn survives_ten_thousand_malformed_requests() {
    let (mut server, port) = hello_server();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut sent = 0;
    // Several malformed requests share a connection, so parsing resumes mid-stream too.
    while sent < 10_000 {
        let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else { continue };
        s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
        for _ in 0..2 {
            let _ = s.write_all(&garbage(&mut rng));
            sent += 1;
        }
        let _ = s.shutdown(std::net::Shutdown::Write);
        let mut sink = vec![];
        let _ = s.read_to_end(&mut sink);
    }
    assert!(server.0.try_wait().unwrap().is_none(), "the server died");
    let r = request(port, "GET /echo/still-here HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(r.ends_with("\r\n\r\nstill-here"), "{r}");
}
