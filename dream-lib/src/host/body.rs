//! A request body read piece by piece from the connection's buffer, so a handler can start on
//! it (and answer) before it has all arrived: `Content-Length` bytes, or chunked coding.

/// Bodies larger than this are refused rather than read.
pub const MAX_BODY: usize = 64 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    Length(usize),
    Chunked,
}

#[derive(Debug)]
pub struct BodyReader {
    state: State,
    total: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Bytes left of a `Content-Length` body.
    Length(usize),
    /// Before a chunk-size line.
    ChunkSize,
    /// Inside a chunk: bytes left.
    ChunkData(usize),
    /// The CRLF after a chunk's data.
    ChunkEnd,
    /// Trailer lines after the last chunk, up to an empty line.
    Trailers,
    Done,
}

/// What the buffer gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Take {
    /// Decoded bytes (possibly none) and whether the body is complete.
    Data(Vec<u8>, bool),
    /// The body is malformed or too large.
    Bad,
}

impl BodyReader {
    pub fn new(framing: Framing) -> BodyReader {
        let state = match framing {
            Framing::Length(0) => State::Done,
            Framing::Length(n) => State::Length(n),
            Framing::Chunked => State::ChunkSize,
        };
        BodyReader { state, total: 0 }
    }

    pub fn done(&self) -> bool {
        self.state == State::Done
    }

    /// Decodes as much of the body as `buffer` holds, removing what it used.
    pub fn take(&mut self, buffer: &mut Vec<u8>) -> Take {
        let mut out = Vec::new();
        let mut at = 0;
        let result = loop {
            let rest = buffer.get(at..).unwrap_or_default();
            match self.state {
                State::Done => break Take::Data(Vec::new(), true),
                State::Length(left) => {
                    let n = left.min(rest.len());
                    out.extend_from_slice(rest.get(..n).unwrap_or_default());
                    at += n;
                    self.state = if n == left { State::Done } else { State::Length(left - n) };
                    if self.state != State::Done {
                        break Take::Data(Vec::new(), false);
                    }
                }
                State::ChunkSize => match httparse::parse_chunk_size(rest) {
                    Ok(httparse::Status::Complete((used, size))) => {
                        at += used;
                        let Ok(size) = usize::try_from(size) else { break Take::Bad };
                        if self.total.saturating_add(size) > MAX_BODY {
                            break Take::Bad;
                        }
                        self.total += size;
                        self.state = if size == 0 { State::Trailers } else { State::ChunkData(size) };
                    }
                    Ok(httparse::Status::Partial) => break Take::Data(Vec::new(), false),
                    Err(_) => break Take::Bad,
                },
                State::ChunkData(left) => {
                    let n = left.min(rest.len());
                    out.extend_from_slice(rest.get(..n).unwrap_or_default());
                    at += n;
                    if n < left {
                        self.state = State::ChunkData(left - n);
                        break Take::Data(Vec::new(), false);
                    }
                    self.state = State::ChunkEnd;
                }
                State::ChunkEnd => match rest.get(..2) {
                    Some(b"\r\n") => {
                        at += 2;
                        self.state = State::ChunkSize;
                    }
                    Some(_) => break Take::Bad,
                    None if rest.first().is_some_and(|&b| b != b'\r') => break Take::Bad,
                    None => break Take::Data(Vec::new(), false),
                },
                State::Trailers => match rest.windows(2).position(|w| w == b"\r\n") {
                    Some(end) => {
                        at += end + 2;
                        if end == 0 {
                            self.state = State::Done;
                        }
                    }
                    None => break Take::Data(Vec::new(), false),
                },
            }
        };
        buffer.drain(..at.min(buffer.len()));
        match result {
            Take::Data(_, _) => Take::Data(out, self.done()),
            Take::Bad => Take::Bad,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn length_bodies_arrive_in_pieces() {
        let mut r = BodyReader::new(Framing::Length(5));
        let mut buf = b"ab".to_vec();
        assert_eq!(r.take(&mut buf), Take::Data(b"ab".to_vec(), false));
        buf.extend_from_slice(b"cdeGET");
        assert_eq!(r.take(&mut buf), Take::Data(b"cde".to_vec(), true));
        assert_eq!(buf, b"GET");
    }

    #[test]
    fn chunked_bodies_split_anywhere() {
        let wire = b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\nNEXT";
        for split in 0..wire.len() {
            let mut r = BodyReader::new(Framing::Chunked);
            let mut buf = wire[..split].to_vec();
            let mut body = vec![];
            if let Take::Data(d, _) = r.take(&mut buf) {
                body.extend(d);
            }
            buf.extend_from_slice(&wire[split..]);
            match r.take(&mut buf) {
                Take::Data(d, done) => {
                    body.extend(d);
                    assert!(done, "split at {split}");
                }
                Take::Bad => panic!("bad at {split}"),
            }
            assert_eq!(body, b"abcde");
            assert_eq!(buf, b"NEXT");
        }
    }

    #[test]
    fn malformed_chunks() {
        let mut r = BodyReader::new(Framing::Chunked);
        assert_eq!(r.take(&mut b"zz\r\n".to_vec()), Take::Bad);
        let mut r = BodyReader::new(Framing::Chunked);
        assert_eq!(r.take(&mut b"1\r\naXY".to_vec()), Take::Bad);
    }
}
