//! The native HTTP host, end to end: `mlrun` serves a program on a loopback port and a real
//! client talks to it, including a malformed request the server must survive.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
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
  Lwt_main.request_hook := (fun (id, meth, target, _, body) ->
    incr count;
    respond (id, 200, [("Content-Type", "text/plain")], meth ^ " " ^ target ^ " " ^ string_of_int !count ^ body));
  Lwt_main.run (fst (Lwt.wait ()))
"#
        ),
    )
    .unwrap();
    let _server = Server(Command::new(env!("CARGO_BIN_EXE_mlrun")).arg(&prog).spawn().unwrap());
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(10), "server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    let r = request(port, "GET /a?b=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    assert!(r.ends_with("\r\n\r\nGET /a?b=1 1"), "{r}");
    assert!(!r.to_ascii_lowercase().contains("\r\ndate:"), "{r}");
    let bad = request(port, "GET / HTTP/1.1\r\nBad Header Line\r\n\r\n");
    assert!(bad.starts_with("HTTP/1.1 400"), "{bad}");
    let r = request(port, "POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nConnection: close\r\n\r\ndata");
    assert!(r.ends_with("POST /p 2data"), "{r}");
}
