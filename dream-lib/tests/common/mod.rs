//! What the tests that start the real `mlrun` server share.

#![allow(dead_code, clippy::unwrap_used)] // each test uses its own part

use std::net::TcpListener;
use std::process::Child;

/// A server process, killed when the test ends however it ends.
pub struct Server(pub Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A loopback port nobody listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}
