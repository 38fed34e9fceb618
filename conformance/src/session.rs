//! What an HTTP case carries from one response to the next request, as a browser would: the
//! cookies the server set and the last CSRF token it rendered. A request names them with
//! `{{cookie NAME}}` and `{{csrf}}`; a header `Content-Length: *` is then computed; a first
//! line `@crlf` sends the body with CRLF line ends (multipart bodies need them). Transcripts
//! mask the values that are random in each run: CSRF tokens and session ids.

use std::collections::HashMap;

#[derive(Default)]
pub struct Carry {
    cookies: HashMap<String, String>,
    csrf: Option<String>,
}

const CSRF_INPUT: &str = "name=\"dream.csrf\" type=\"hidden\" value=\"";

impl Carry {
    /// Remembers what `response` (CRLF already shown as LF) sets.
    pub fn observe(&mut self, response: &str) {
        for line in response.lines() {
            let Some(rest) = line.strip_prefix("Set-Cookie: ") else { continue };
            let pair = rest.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        if let Some(at) = response.rfind(CSRF_INPUT) {
            let token = response.get(at + CSRF_INPUT.len()..).unwrap_or_default();
            self.csrf = Some(token.split('"').next().unwrap_or_default().to_owned());
        }
    }

    /// The request with its placeholders filled in, ready for `wire`; `crlf` when it asked
    /// for CRLF line ends in its body.
    pub fn fill(&self, request: &str) -> (String, bool) {
        let (crlf, request) = match request.strip_prefix("@crlf\n") {
            Some(rest) => (true, rest),
            None => (false, request),
        };
        let mut out = String::with_capacity(request.len());
        let mut rest = request;
        while let Some(at) = rest.find("{{") {
            out.push_str(rest.get(..at).unwrap_or_default());
            let after = rest.get(at + 2..).unwrap_or_default();
            let Some(end) = after.find("}}") else {
                out.push_str(rest.get(at..).unwrap_or_default());
                rest = "";
                break;
            };
            let name = after.get(..end).unwrap_or_default().trim();
            if name == "csrf" {
                out.push_str(self.csrf.as_deref().unwrap_or_default());
            } else if let Some(cookie) = name.strip_prefix("cookie ") {
                out.push_str(self.cookies.get(cookie.trim()).map_or("", String::as_str));
            }
            rest = after.get(end + 2..).unwrap_or_default();
        }
        out.push_str(rest);
        (content_length(&out, crlf), crlf)
    }
}

/// `Content-Length: *` becomes the body's length as sent.
fn content_length(request: &str, crlf: bool) -> String {
    let Some((head, body)) = request.split_once("\n\n") else { return request.to_owned() };
    if !head.lines().any(|l| l == "Content-Length: *") {
        return request.to_owned();
    }
    let len = if crlf { body.len() + body.matches('\n').count() } else { body.len() };
    let head: Vec<String> = head
        .lines()
        .map(|l| if l == "Content-Length: *" { format!("Content-Length: {len}") } else { l.to_owned() })
        .collect();
    format!("{}\n\n{body}", head.join("\n"))
}

/// A CSRF token in a page becomes `CSRF`; a session cookie's `0` + 24-character id becomes
/// `0SESSION`, in `Set-Cookie` and in the debug dumps and log lines that show it.
pub fn mask(line: &str) -> String {
    let mut line = line.to_owned();
    if let Some(at) = line.find(CSRF_INPUT) {
        let start = at + CSRF_INPUT.len();
        let len = line.get(start..).unwrap_or_default().find('"').unwrap_or(0);
        if len > 0 {
            line.replace_range(start..start + len, "CSRF");
        }
    }
    let marker = "dream.session=0";
    let mut from = 0;
    while let Some(at) = line.get(from..).and_then(|s| s.find(marker)) {
        let start = from + at + marker.len();
        let tail = line.get(start..).unwrap_or_default();
        let len = tail.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_').count();
        if len == 24 {
            line.replace_range(start..start + len, "SESSION");
            // Its Max-Age is the session's remaining time, a second less when the clock ticks
            // between making the session and sending it.
            let age = "SESSION; Max-Age=";
            if line.get(start..).is_some_and(|t| t.starts_with(age)) {
                let digits_at = start + age.len();
                let n = line.get(digits_at..).unwrap_or_default().bytes().take_while(u8::is_ascii_digit).count();
                line.replace_range(digits_at..digits_at + n, "N");
            }
        }
        from = start;
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carries_cookies_and_tokens() {
        let mut c = Carry::default();
        c.observe("HTTP/1.1 200 OK\nSet-Cookie: dream.session=0abc; Max-Age=5\n\n<input name=\"dream.csrf\" type=\"hidden\" value=\"TOK\">\n");
        let (r, crlf) = c.fill("POST / HTTP/1.1\nCookie: dream.session={{cookie dream.session}}\nContent-Length: *\n\nt={{csrf}}");
        assert!(!crlf);
        assert_eq!(r, "POST / HTTP/1.1\nCookie: dream.session=0abc\nContent-Length: 5\n\nt=TOK");
        let (r, crlf) = c.fill("@crlf\nPOST / HTTP/1.1\nContent-Length: *\n\na\nb\n");
        assert!(crlf);
        assert_eq!(r, "POST / HTTP/1.1\nContent-Length: 6\n\na\nb\n");
    }

    #[test]
    fn masks_tokens_and_session_ids() {
        assert_eq!(mask("<input name=\"dream.csrf\" type=\"hidden\" value=\"AbC-_\">"), "<input name=\"dream.csrf\" type=\"hidden\" value=\"CSRF\">");
        assert_eq!(
            mask("Set-Cookie: dream.session=0abcdefghijklmnopqrstuvwx; Max-Age=1209600"),
            "Set-Cookie: dream.session=0SESSION; Max-Age=N"
        );
        assert_eq!(mask("dream.session=0short"), "dream.session=0short");
    }
}
