//! The HTTP/1.x wire format, as pure functions over bytes: parsing one request head (and
//! how its body is framed) from the front of a buffer, and writing a response.

use super::body::{Framing, MAX_BODY};
use super::server::Response;

const MAX_HEADERS: usize = 128;

pub struct Request {
    pub method: Vec<u8>,
    pub target: Vec<u8>,
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
    pub framing: Framing,
    pub keep_alive: bool,
    /// How many bytes of the buffer the head took.
    pub consumed: usize,
}

pub enum Parsed {
    Request(Request),
    Incomplete,
    /// A malformed header or body: answered 400, then the connection closes.
    BadRequest,
    /// Not an HTTP request line at all: the connection closes without a response.
    NotHttp,
}

/// Whether a header list has `name` with `token` among its comma-separated values.
pub fn has_token(headers: &[(Vec<u8>, Vec<u8>)], name: &str, token: &str) -> bool {
    headers.iter().any(|(n, v)| {
        n.eq_ignore_ascii_case(name.as_bytes())
            && String::from_utf8_lossy(v).split(',').any(|t| t.trim().eq_ignore_ascii_case(token))
    })
}

pub fn parse(buffer: &[u8]) -> Parsed {
    let mut slots = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut slots);
    let head_len = match req.parse(buffer) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Parsed::Incomplete,
        Err(httparse::Error::Token | httparse::Error::Version) => return Parsed::NotHttp,
        Err(_) => return Parsed::BadRequest,
    };
    let (Some(method), Some(target), Some(version)) = (req.method, req.path, req.version) else {
        return Parsed::BadRequest;
    };
    let headers: Vec<(Vec<u8>, Vec<u8>)> = req.headers.iter().map(|h| (h.name.as_bytes().to_vec(), h.value.to_vec())).collect();
    let keep_alive =
        if version == 0 { has_token(&headers, "connection", "keep-alive") } else { !has_token(&headers, "connection", "close") };
    let framing = if has_token(&headers, "transfer-encoding", "chunked") {
        Framing::Chunked
    } else {
        let lengths: Vec<&Vec<u8>> = headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case(b"content-length")).map(|(_, v)| v).collect();
        match lengths.as_slice() {
            [] => Framing::Length(0),
            [v] => match std::str::from_utf8(v).ok().and_then(|s| s.trim().parse::<usize>().ok()) {
                Some(n) if n <= MAX_BODY => Framing::Length(n),
                _ => return Parsed::BadRequest,
            },
            _ => return Parsed::BadRequest,
        }
    };
    Parsed::Request(Request {
        method: method.as_bytes().to_vec(),
        target: target.as_bytes().to_vec(),
        headers,
        framing,
        keep_alive,
        consumed: head_len,
    })
}

pub fn empty(status: u16) -> Response {
    Response { status, headers: vec![], body: vec![] }
}

/// The status line and the headers as the program set them, with whether the body goes out
/// chunked and whether the program framed it at all (with `Content-Length` or
/// `Transfer-Encoding`).
pub fn head_bytes(r: &Response) -> (Vec<u8>, bool, bool) {
    let mut out = Vec::new();
    let reason = reason(r.status);
    out.extend_from_slice(format!("HTTP/1.1 {} {reason}\r\n", r.status).as_bytes());
    let mut framed = false;
    let mut chunked = false;
    for (name, value) in &r.headers {
        framed |= name.eq_ignore_ascii_case(b"content-length") || name.eq_ignore_ascii_case(b"transfer-encoding");
        chunked |= name.eq_ignore_ascii_case(b"transfer-encoding")
            && String::from_utf8_lossy(value).split(',').any(|t| t.trim().eq_ignore_ascii_case("chunked"));
        // A header can never break the framing: CR and LF inside it are dropped.
        out.extend(name.iter().filter(|&&b| b != b'\r' && b != b'\n'));
        out.extend_from_slice(b": ");
        out.extend(value.iter().filter(|&&b| b != b'\r' && b != b'\n'));
        out.extend_from_slice(b"\r\n");
    }
    (out, chunked, framed)
}

/// A whole response: the head (adding `Content-Length` when the program set neither that
/// nor `Transfer-Encoding`) and the body unless the request was HEAD.
pub fn response_bytes(r: &Response, head: bool) -> Vec<u8> {
    let (mut out, chunked, framed) = head_bytes(r);
    if !framed {
        out.extend_from_slice(format!("Content-Length: {}\r\n", r.body.len()).as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    if head {
        return out;
    }
    if chunked {
        // The whole body is at hand: one chunk, then the last.
        if !r.body.is_empty() {
            out.extend_from_slice(format!("{:x}\r\n", r.body.len()).as_bytes());
            out.extend_from_slice(&r.body);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"0\r\n\r\n");
    } else {
        out.extend_from_slice(&r.body);
    }
    out
}

fn reason(status: u16) -> &'static str {
    hyper::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()).unwrap_or("Unknown")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]
    use super::*;

    fn request(raw: &[u8]) -> Request {
        match parse(raw) {
            Parsed::Request(r) => r,
            _ => panic!("not a complete request"),
        }
    }

    #[test]
    fn keeps_header_case_and_order() {
        let r = request(b"GET /a?b HTTP/1.1\r\nHost: x\r\nX-Thing: 1\r\nx-thing: 2\r\n\r\n");
        let names: Vec<&[u8]> = r.headers.iter().map(|(n, _)| n.as_slice()).collect();
        assert_eq!(names, [&b"Host"[..], b"X-Thing", b"x-thing"]);
        assert_eq!(r.target, b"/a?b");
        assert!(r.keep_alive);
    }

    #[test]
    fn body_framing() {
        let r = request(b"POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc");
        assert_eq!(r.framing, Framing::Length(3));
        assert_eq!(r.consumed, 38);
        let r = request(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n");
        assert_eq!(r.framing, Framing::Chunked);
        assert_eq!(request(b"GET / HTTP/1.1\r\n\r\n").framing, Framing::Length(0));
    }

    #[test]
    fn http_1_0_closes_unless_kept_alive() {
        assert!(!request(b"GET / HTTP/1.0\r\n\r\n").keep_alive);
        assert!(request(b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").keep_alive);
        assert!(!request(b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n").keep_alive);
    }

    #[test]
    fn malformed_requests() {
        assert!(matches!(parse(b"GET / HTTP/1.1\r\nBad Header Line\r\n\r\n"), Parsed::BadRequest));
        assert!(matches!(parse(b"HELLO THERE\r\n\r\n"), Parsed::NotHttp));
        assert!(matches!(parse(b"POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"), Parsed::BadRequest));
    }

    #[test]
    fn responses_as_the_program_set_them() {
        let r = Response { status: 200, headers: vec![(b"content-TYPE".to_vec(), b"text/plain".to_vec())], body: b"hi".to_vec() };
        let out = response_bytes(&r, false);
        assert_eq!(out, b"HTTP/1.1 200 OK\r\ncontent-TYPE: text/plain\r\nContent-Length: 2\r\n\r\nhi");
        assert!(response_bytes(&r, true).ends_with(b"\r\n\r\n"));
        let r = Response { status: 500, headers: vec![(b"Transfer-Encoding".to_vec(), b"chunked".to_vec())], body: b"abc".to_vec() };
        let out = response_bytes(&r, false);
        assert_eq!(out, b"HTTP/1.1 500 Internal Server Error\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
    }
}
