//! HTTP cases: `mlrun` serves a program on a loopback port and real requests are sent to it.
//!
//! A case is `NAME.requests`: a first line `serve: PATH` (a program file or folder, relative
//! to the suite directory), optionally a line `cwd: DIR` (the directory the server runs in,
//! relative to the suite directory; default the suite directory, for programs that read
//! files), then raw requests separated by lines `---`. Each request goes on
//! its own connection with CRLF line ends and a `Connection: close` header added after its
//! headers, so every response ends with its connection. The transcript is each response
//! (CRLF shown as LF) followed by `=====`, then `--- log` and the server's stderr, with what
//! changes between runs masked: log timestamps (`TIME`), the server's port (`PORT`), client
//! ports (`CLIENT`), socket descriptors and durations (`N`), encrypted cookie values
//! (`ENCRYPTED`).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::case::Run;
use crate::session::Carry;
use crate::discover::{Case, Suite};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn run_http(mlrun: &Path, suite: &Suite, case: &Case, timeout: Duration) -> Run {
    match transcript(mlrun, suite, case, timeout) {
        Ok(t) => Run { transcript: t.into_bytes(), problem: None },
        Err(problem) => Run { transcript: Vec::new(), problem: Some(problem) },
    }
}

fn transcript(mlrun: &Path, suite: &Suite, case: &Case, timeout: Duration) -> Result<String, String> {
    let path = suite.dir.join(&case.source);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
    let (program, fresh) = match first.strip_prefix("serve-fresh: ") {
        Some(p) => (p, true),
        None => (first.strip_prefix("serve: ").ok_or("the first line must be `serve: PATH`")?, false),
    };
    // `serve-fresh: DIR` runs a copy of the folder from a temporary directory, so that what
    // the program writes there (a database) does not outlive the case.
    let scratch = if fresh { Some(Scratch::copy_of(&suite.dir.join(program.trim()))?) } else { None };
    let (cwd, rest) = match rest.split_once('\n') {
        Some((line, after)) if line.starts_with("cwd: ") => (Some(suite.dir.join(line.trim_start_matches("cwd: ").trim())), after),
        _ => (None, rest),
    };
    // Absolute, since the server may run elsewhere than the suite directory.
    let (program, cwd) = match &scratch {
        Some(s) => (std::path::PathBuf::from("."), s.0.clone()),
        None => (
            std::path::absolute(suite.dir.join(program.trim())).map_err(|e| format!("bad program path: {e}"))?,
            cwd.unwrap_or_else(|| suite.dir.clone()),
        ),
    };
    let requests: Vec<&str> = rest.split("\n---\n").filter(|r| !r.trim().is_empty()).collect();
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("no free port: {e}"))?
        .port();
    let child = Command::new(mlrun)
        .args(&suite.args)
        .arg("--port")
        .arg(port.to_string())
        .arg(&program)
        .current_dir(&cwd)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", mlrun.display()))?;
    let mut server = Server(child);
    let deadline = Instant::now() + timeout;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline || server.0.try_wait().ok().flatten().is_some() {
            return Err("the server did not start listening".to_string());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut out = String::new();
    let mut carry = Carry::default();
    for request in requests {
        let (request, crlf) = carry.fill(request.trim_start_matches('\n'));
        let response = send(port, &wire(&request, crlf), timeout)?;
        carry.observe(&response);
        out.push_str(&response);
        out.push_str("\n=====\n");
    }
    // The last log line is written after the response; give it a moment.
    std::thread::sleep(Duration::from_millis(100));
    let _ = server.0.kill();
    let _ = server.0.wait();
    let mut log = Vec::new();
    if let Some(mut stderr) = server.0.stderr.take() {
        let _ = stderr.read_to_end(&mut log);
    }
    out.push_str("--- log\n");
    out.push_str(&String::from_utf8_lossy(&log));
    Ok(normalize(&out, port))
}

/// The request as sent: CRLF line ends and `Connection: close` after the headers; CRLF in
/// the body too when `crlf`.
fn wire(request: &str, crlf: bool) -> Vec<u8> {
    let (head, body) = request.split_once("\n\n").unwrap_or((request.trim_end_matches('\n'), ""));
    let mut out = head.replace('\n', "\r\n");
    out.push_str("\r\nConnection: close\r\n\r\n");
    if crlf {
        out.push_str(&body.replace('\n', "\r\n"));
    } else {
        out.push_str(body);
    }
    out.into_bytes()
}

/// A temporary copy of a program's folder (its files, not its subfolders), removed on drop.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn copy_of(dir: &Path) -> Result<Scratch, String> {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let to = std::env::temp_dir().join(format!("mlrun-http-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&to).map_err(|e| format!("cannot make {}: {e}", to.display()))?;
        let scratch = Scratch(to);
        let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_file() {
                std::fs::copy(&path, scratch.0.join(entry.file_name())).map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
            }
        }
        Ok(scratch)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn send(port: u16, raw: &[u8], timeout: Duration) -> Result<String, String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| format!("cannot connect: {e}"))?;
    s.set_read_timeout(Some(timeout)).map_err(|e| e.to_string())?;
    s.write_all(raw).map_err(|e| format!("cannot send: {e}"))?;
    let mut out = Vec::new();
    // A reset after a complete response is still a response.
    let _ = s.read_to_end(&mut out);
    Ok(String::from_utf8_lossy(&out).replace("\r\n", "\n"))
}

fn normalize(text: &str, port: u16) -> String {
    let text = text.replace(&format!(":{port}"), ":PORT");
    text.split_inclusive('\n').map(|line| crate::session::mask(&mask_cookie(&mask_numbers(&mask_time(line))))).collect()
}

/// An encrypted cookie value (a fresh random nonce each time) becomes `ENCRYPTED`: what
/// `Set-Cookie: name=` carries when it is base64url of at least a version byte, a nonce and a
/// tag (39 characters).
fn mask_cookie(line: &str) -> String {
    let Some(rest) = line.strip_prefix("Set-Cookie: ") else { return line.to_owned() };
    let Some(eq) = rest.find('=') else { return line.to_owned() };
    let value_len = rest.get(eq + 1..).unwrap_or_default().bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_').count();
    if value_len < 39 {
        return line.to_owned();
    }
    let (name, after) = (rest.get(..=eq).unwrap_or_default(), rest.get(eq + 1 + value_len..).unwrap_or_default());
    format!("Set-Cookie: {name}ENCRYPTED{after}")
}

/// `DD.MM.YY HH:MM:SS.mmm` at the start of a log line becomes `TIME`.
fn mask_time(line: &str) -> String {
    let stamp = line.get(..21).is_some_and(|s| {
        s.bytes().enumerate().all(|(i, b)| match i {
            2 | 5 | 17 => b == b'.',
            8 => b == b' ',
            11 | 14 => b == b':',
            _ => b.is_ascii_digit(),
        })
    });
    match line.get(21..) {
        Some(rest) if stamp => format!("TIME{rest}"),
        _ => line.to_owned(),
    }
}

fn mask_numbers(line: &str) -> String {
    const MASKS: [(&str, &str, &str); 4] =
        [("127.0.0.1:", "", "CLIENT"), (" fd ", " ", "N"), ("dream.fd: ", "", "N"), (" in ", " \u{3bc}s", "N")];
    let mut line = line.to_owned();
    for (marker, end, mask) in MASKS {
        let mut from = 0;
        while let Some(at) = line.get(from..).and_then(|s| s.find(marker)) {
            let start = from + at + marker.len();
            let tail = line.get(start..).unwrap_or_default();
            let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && tail.get(digits..).is_some_and(|t| t.starts_with(end)) {
                line.replace_range(start..start + digits, mask);
            }
            from = start;
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_encrypted_cookies_only() {
        let sealed = "Set-Cookie: ui.language=AG1scnVuLWNvb2tpZfGjD9qTMiPzg1lLNptZypNumc42Eg; Path=/\n";
        assert_eq!(mask_cookie(sealed), "Set-Cookie: ui.language=ENCRYPTED; Path=/\n");
        assert_eq!(mask_cookie("Set-Cookie: a=short; Path=/\n"), "Set-Cookie: a=short; Path=/\n");
    }

    #[test]
    fn masks_what_varies() {
        let line = "22.11.26 18:47:45.597    dream.logger  INFO REQ 3 GET /fail 127.0.0.1:44278 fd 7 curl\n";
        assert_eq!(normalize(line, 8080), "TIME    dream.logger  INFO REQ 3 GET /fail 127.0.0.1:CLIENT fd N curl\n");
        assert_eq!(mask_numbers("REQ 1 200 in 575 \u{3bc}s"), "REQ 1 200 in N \u{3bc}s");
        assert_eq!(normalize("Host: localhost:8080\n", 8080), "Host: localhost:PORT\n");
        assert_eq!(mask_numbers("dream.fd: 12\n"), "dream.fd: N\n");
        assert_eq!(mask_time("not a time stamp at all\n"), "not a time stamp at all\n");
    }

    #[test]
    fn requests_go_out_with_crlf_and_close() {
        assert_eq!(wire("GET / HTTP/1.1\nHost: x\n", false), b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assert_eq!(
            wire("POST / HTTP/1.1\nContent-Length: 2\n\nab", false),
            b"POST / HTTP/1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab"
        );
    }
}
