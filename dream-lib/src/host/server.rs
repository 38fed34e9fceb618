//! HTTP/1.1 with hyper: each request is handed to the interpreter as plain data and waits
//! for its response on a oneshot channel.

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::sync::{mpsc, oneshot};

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
            let client = peer.to_string();
            let fd = raw_fd(&stream);
            tokio::task::spawn_local(async move {
                let service = service_fn(move |req| handle(req, to_program.clone(), client.clone(), fd));
                // Real Dream sends no `Date` header.
                let _ = http1::Builder::new()
                    .auto_date_header(false)
                    .preserve_header_case(true)
                    // Dream writes headers as the program spelled them; hyper cannot take a
                    // spelling from us, and title case is what programs nearly always write.
                    .title_case_headers(true)
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(())
}

#[cfg(unix)]
fn raw_fd(s: &tokio::net::TcpStream) -> i64 {
    use std::os::fd::AsRawFd;
    i64::from(s.as_raw_fd())
}

#[cfg(not(unix))]
fn raw_fd(_: &tokio::net::TcpStream) -> i64 {
    -1
}

async fn handle(
    req: hyper::Request<hyper::body::Incoming>,
    to_program: mpsc::UnboundedSender<Incoming>,
    client: String,
    fd: i64,
) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    let (parts, body) = req.into_parts();
    let body = match body.collect().await {
        Ok(b) => b.to_bytes().to_vec(),
        Err(_) => return Ok(plain(400, Bytes::new())),
    };
    let target = parts.uri.path_and_query().map_or_else(|| parts.uri.to_string(), |p| p.as_str().to_owned());
    let headers = parts.headers.iter().map(|(n, v)| (n.as_str().as_bytes().to_vec(), v.as_bytes().to_vec())).collect();
    let (respond, response) = oneshot::channel();
    let incoming = Incoming { method: parts.method.as_str().as_bytes().to_vec(), target: target.into_bytes(), headers, body, client, fd, respond };
    if to_program.send(incoming).is_err() {
        return Ok(plain(503, Bytes::new()));
    }
    let Ok(r) = response.await else {
        return Ok(plain(500, Bytes::new()));
    };
    let mut builder = hyper::Response::builder().status(r.status);
    for (name, value) in &r.headers {
        builder = builder.header(name.as_slice(), value.as_slice());
    }
    Ok(builder.body(Full::new(Bytes::from(r.body))).unwrap_or_else(|_| plain(500, Bytes::new())))
}

fn plain(status: u16, body: Bytes) -> hyper::Response<Full<Bytes>> {
    let mut r = hyper::Response::new(Full::new(body));
    *r.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    r
}
