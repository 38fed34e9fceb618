//! The lexer: logos does the token classes, these callbacks do what regexes cannot
//! (escapes, nested comments, quoted strings, line directives), and [`Lexer`] feeds lalrpop.

use logos::Logos;

use crate::span::Span;
use crate::token::Tok;

/// A lexical error, with OCaml's wording chosen by the diagnostics module.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    /// Set by logos when no token matches; the wrapper fills in the character.
    #[default]
    Unmatched,
    /// The span of the illegal byte, and where OCaml first warned about Latin-1 letters
    /// (it reads bytes 0xC0-0xFF as identifier characters, so `§` fails on its second byte).
    IllegalChar(Span, u8),
    Latin1IllegalChar { alert: Span, span: Span, byte: u8 },
    InvalidLiteral(Span, String),
    UnterminatedString(Span),
    UnterminatedComment(Span),
    UnterminatedStringInComment { comment: Span, string: Span },
    IllegalEscape { span: Span, text: String, detail: Option<String> },
}

/// A `# 12 "file.ml"` directive: from `offset` on, the next line is numbered `line` in `file`.
#[derive(Debug, Clone, PartialEq)]
pub struct LineDirective {
    pub offset: u32,
    pub line: u32,
    pub file: Option<String>,
}

#[derive(Debug, Default)]
pub struct LexExtras {
    pub directives: Vec<LineDirective>,
}

type L<'s> = logos::Lexer<'s, Tok>;

fn span_at(start: usize, end: usize) -> Span {
    Span::new(start, end)
}

pub(crate) fn ident(lex: &mut L) -> String {
    lex.slice().to_owned()
}

/// Decodes one escape sequence starting right after a backslash at `rest[0..]`.
/// Returns the bytes it stands for and how many bytes of `rest` it used.
/// `Ok(None)` means "not an escape": OCaml keeps the backslash (warning 14).
/// An escape that OCaml rejects: how many bytes it spans, and OCaml's explanation if any.
type BadEscape = (usize, Option<String>);

fn escape(rest: &[u8], in_char: bool) -> Result<Option<(Vec<u8>, usize)>, BadEscape> {
    let Some(&c) = rest.first() else { return Ok(None) };
    let simple = match c {
        b'\\' => Some(b'\\'),
        b'"' => Some(b'"'),
        b'\'' => Some(b'\''),
        b'n' => Some(b'\n'),
        b't' => Some(b'\t'),
        b'b' => Some(8),
        b'r' => Some(b'\r'),
        b' ' => Some(b' '),
        _ => None,
    };
    if let Some(b) = simple {
        return Ok(Some((vec![b], 1)));
    }
    let digits = |n: usize, radix: u32| -> Option<u32> {
        let s = rest.get(1..1 + n)?;
        let s = std::str::from_utf8(s).ok()?;
        u32::from_str_radix(s, radix).ok().filter(|_| s.chars().all(|c| c.is_digit(radix)))
    };
    match c {
        b'0'..=b'9' => {
            let s = rest.get(0..3).and_then(|s| std::str::from_utf8(s).ok());
            match s.filter(|s| s.bytes().all(|b| b.is_ascii_digit())) {
                Some(s) => {
                    let v: u32 = s.parse().unwrap_or(0);
                    if v > 255 {
                        let detail = format!("{v} is outside the range of legal characters (0-255).");
                        Err((3, Some(detail)))
                    } else {
                        Ok(Some((vec![v as u8], 3)))
                    }
                }
                None if in_char => Err((1, None)),
                None => Ok(None),
            }
        }
        b'x' => match digits(2, 16) {
            Some(v) => Ok(Some((vec![v as u8], 3))),
            None => Ok(None),
        },
        b'o' => match digits(3, 8) {
            Some(v) if v <= 255 => Ok(Some((vec![v as u8], 4))),
            Some(v) => Err((4, Some(format!("o{v:o} is outside the range of legal characters (0-255).")))),
            None => Ok(None),
        },
        b'u' if rest.get(1) == Some(&b'{') => {
            let close = rest.iter().position(|&b| b == b'}').ok_or((1, None))?;
            let hex = rest.get(2..close).and_then(|h| std::str::from_utf8(h).ok()).unwrap_or("");
            let len = close + 1;
            let v = u32::from_str_radix(hex, 16).map_err(|_| (len, None))?;
            match char::from_u32(v) {
                Some(ch) if !hex.is_empty() && hex.len() <= 6 => {
                    let mut buf = [0u8; 4];
                    Ok(Some((ch.encode_utf8(&mut buf).as_bytes().to_vec(), len)))
                }
                _ => Err((len, Some(format!("{hex} is not a Unicode scalar value")))),
            }
        }
        _ => Ok(None),
    }
}

/// Scans a string body starting at `pos` (just after the opening quote).
/// Returns the decoded bytes and the offset just past the closing quote.
fn scan_string(src: &[u8], open: usize) -> Result<(Vec<u8>, usize), LexError> {
    let mut out = Vec::new();
    let mut i = open + 1;
    loop {
        let Some(&c) = src.get(i) else {
            return Err(LexError::UnterminatedString(span_at(open, open + 1)));
        };
        match c {
            b'"' => return Ok((out, i + 1)),
            b'\\' => {
                let rest = src.get(i + 1..).unwrap_or_default();
                if let Some(&nl) = rest.first().filter(|&&b| b == b'\n' || b == b'\r') {
                    // A backslash-newline skips the newline and the next line's indentation.
                    i += if nl == b'\r' && rest.get(1) == Some(&b'\n') { 3 } else { 2 };
                    while matches!(src.get(i), Some(b' ' | b'\t')) {
                        i += 1;
                    }
                    continue;
                }
                match escape(rest, false) {
                    Ok(Some((bytes, used))) => {
                        out.extend_from_slice(&bytes);
                        i += 1 + used;
                    }
                    Ok(None) => {
                        out.push(b'\\');
                        i += 1;
                    }
                    Err((used, detail)) => {
                        let text = String::from_utf8_lossy(src.get(i..i + 1 + used).unwrap_or_default()).into_owned();
                        return Err(LexError::IllegalEscape { span: span_at(i, i + 1 + used), text, detail });
                    }
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
}

pub(crate) fn string_literal(lex: &mut L) -> Result<Vec<u8>, LexError> {
    let open = lex.span().start;
    let (bytes, end) = scan_string(lex.source().as_bytes(), open)?;
    lex.bump(end - lex.span().end);
    Ok(bytes)
}

/// Finds the end of `{id|...|id}` whose opening delimiter ends at `body`.
fn scan_quoted(src: &[u8], body: usize, id: &[u8]) -> Option<(usize, usize)> {
    let mut closing = Vec::with_capacity(id.len() + 2);
    closing.push(b'|');
    closing.extend_from_slice(id);
    closing.push(b'}');
    let rest = src.get(body..)?;
    let at = rest.windows(closing.len()).position(|w| w == closing.as_slice())?;
    Some((body + at, body + at + closing.len()))
}

pub(crate) fn quoted_string(lex: &mut L) -> Result<Vec<u8>, LexError> {
    let span = lex.span();
    let src = lex.source().as_bytes();
    let id = src.get(span.start + 1..span.end - 1).unwrap_or_default();
    match scan_quoted(src, span.end, id) {
        Some((body_end, end)) => {
            let bytes = src.get(span.end..body_end).unwrap_or_default().to_vec();
            lex.bump(end - span.end);
            Ok(bytes)
        }
        None => Err(LexError::UnterminatedString(span_at(span.start, span.end))),
    }
}

pub(crate) fn invalid_literal(lex: &mut L) -> Result<(), LexError> {
    let span = lex.span();
    Err(LexError::InvalidLiteral(span_at(span.start, span.end), lex.slice().to_owned()))
}

pub(crate) fn bad_char_escape(lex: &mut L) -> Result<(), LexError> {
    let span = lex.span();
    let text = lex.slice().trim_matches('\'').to_owned();
    // OCaml's location stops before the closing quote.
    Err(LexError::IllegalEscape { span: span_at(span.start, span.end - 1), text, detail: None })
}

pub(crate) fn char_literal(lex: &mut L) -> Result<u8, LexError> {
    let s = lex.slice().as_bytes();
    let inner = s.get(1..s.len() - 1).unwrap_or_default();
    let start = lex.span().start;
    match inner {
        [c] => Ok(*c),
        [b'\\', rest @ ..] => match escape(rest, true) {
            Ok(Some((bytes, _))) if bytes.len() == 1 => Ok(bytes.first().copied().unwrap_or(0)),
            Ok(_) => Err(LexError::IllegalEscape {
                span: span_at(start + 1, start + s.len() - 1),
                text: String::from_utf8_lossy(inner).into_owned(),
                detail: None,
            }),
            Err((used, detail)) => Err(LexError::IllegalEscape {
                span: span_at(start + 1, start + 2 + used),
                text: String::from_utf8_lossy(inner.get(..1 + used).unwrap_or(inner)).into_owned(),
                detail,
            }),
        },
        _ => Err(LexError::IllegalChar(span_at(start, start + 1), b'\'')),
    }
}

/// Skips a (nested) comment. Strings, quoted strings and character literals inside it are
/// skipped as units, as OCaml's lexer does, so `(* "*)" *)` is one comment.
pub(crate) fn comment(lex: &mut L) -> Result<(), LexError> {
    let src = lex.source().as_bytes();
    let mut opens = vec![lex.span().start];
    let mut i = lex.span().end;
    while let Some(&c) = src.get(i) {
        match c {
            b'(' if src.get(i + 1) == Some(&b'*') => {
                opens.push(i);
                i += 2;
            }
            b'*' if src.get(i + 1) == Some(&b')') => {
                opens.pop();
                i += 2;
                if opens.is_empty() {
                    lex.bump(i - lex.span().end);
                    return Ok(());
                }
            }
            b'"' => match scan_string(src, i) {
                Ok((_, end)) => i = end,
                Err(LexError::UnterminatedString(string)) => {
                    let comment = opens.first().map(|&o| span_at(o, o + 2)).unwrap_or(string);
                    return Err(LexError::UnterminatedStringInComment { comment, string });
                }
                // A bad escape inside a comment is not an error.
                Err(_) => i += 1,
            },
            b'{' => {
                let id_len = src.get(i + 1..).unwrap_or_default().iter().take_while(|b| b.is_ascii_lowercase() || **b == b'_').count();
                if src.get(i + 1 + id_len) == Some(&b'|') {
                    let id = src.get(i + 1..i + 1 + id_len).unwrap_or_default();
                    match scan_quoted(src, i + 2 + id_len, id) {
                        Some((_, end)) => i = end,
                        None => {
                            let comment = opens.first().map(|&o| span_at(o, o + 2)).unwrap_or_default();
                            return Err(LexError::UnterminatedStringInComment {
                                comment,
                                string: span_at(i, i + 2 + id_len),
                            });
                        }
                    }
                } else {
                    i += 1;
                }
            }
            b'\'' => i += char_in_comment(src.get(i..).unwrap_or_default()),
            _ => i += 1,
        }
    }
    let open = opens.first().copied().unwrap_or(lex.span().start);
    Err(LexError::UnterminatedComment(span_at(open, open + 2)))
}

/// The length of a character literal at the start of `s` (so that `'"'` does not open a
/// string inside a comment), or 1 to step over a lone quote.
fn char_in_comment(s: &[u8]) -> usize {
    match s {
        [b'\'', b'\\', b'0'..=b'9', b'0'..=b'9', b'0'..=b'9', b'\'', ..] => 6,
        [b'\'', b'\\', b'x', _, _, b'\'', ..] => 6,
        [b'\'', b'\\', b'o', _, _, _, b'\'', ..] => 7,
        [b'\'', b'\\', _, b'\'', ..] => 4,
        [b'\'', c, b'\'', ..] if *c != b'\\' => 3,
        _ => 1,
    }
}

/// `# 12 "file.ml"`: only at the start of a line; elsewhere `#` is an ordinary token.
pub(crate) fn line_directive(lex: &mut L) -> Result<(), LexError> {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let at_line_start = start == 0 || src.get(start - 1) == Some(&b'\n');
    if !at_line_start {
        return Err(LexError::IllegalChar(span_at(start, start + 1), b'#'));
    }
    let text = lex.slice();
    let body = text.trim_start_matches('#').trim_start();
    let digits: String = body.chars().take_while(char::is_ascii_digit).collect();
    let line = digits.parse().unwrap_or(1);
    let file = body.split('"').nth(1).map(str::to_owned);
    let next_line = lex.span().end + 1;
    lex.extras.directives.push(LineDirective { offset: next_line as u32, line, file });
    Ok(())
}

/// OCaml's lexer works on bytes and takes the Latin-1 letters (0xC0-0xFF but for × and ÷) as
/// identifier characters, so in a UTF-8 character it is a later byte that is illegal.
fn illegal_char(src: &[u8], start: usize) -> LexError {
    let latin1_letter = |b: u8| b >= 0xc0 && b != 0xd7 && b != 0xf7;
    let letters = src.get(start..).unwrap_or_default().iter().take_while(|&&b| latin1_letter(b)).count();
    let at = start + letters;
    let byte = src.get(at).copied().unwrap_or(0);
    if letters == 0 {
        LexError::IllegalChar(span_at(at, at + 1), byte)
    } else {
        LexError::Latin1IllegalChar { alert: span_at(start, at), span: span_at(at, at + 1), byte }
    }
}

/// A token stream in the shape lalrpop wants, with comments and directives dropped.
pub struct Lexer<'s> {
    inner: logos::Lexer<'s, Tok>,
    src: &'s str,
    peeked: Option<Option<Result<Spanned, LexError>>>,
}

pub type Spanned = (usize, Tok, usize);

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Self {
        Lexer { inner: Tok::lexer(src), src, peeked: None }
    }

    fn raw_next(&mut self) -> Option<Result<Spanned, LexError>> {
        loop {
            let tok = self.inner.next()?;
            let span = self.inner.span();
            return Some(match tok {
                Ok(Tok::Comment | Tok::LineDirective | Tok::InvalidLiteral | Tok::BadCharEscape) => continue,
                Ok(t) => Ok((span.start, t, span.end)),
                Err(LexError::Unmatched) => Err(illegal_char(self.src.as_bytes(), span.start)),
                Err(e) => Err(e),
            });
        }
    }

    pub fn directives(&self) -> &[LineDirective] {
        &self.inner.extras.directives
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let next = match self.peeked.take() {
            Some(p) => p,
            None => self.raw_next(),
        };
        match next {
            Some(Ok((l, Tok::Semi, r))) => {
                let after = self.raw_next();
                let closes = match &after {
                    None => true,
                    Some(Ok((_, t, _))) => closes_sequence(t),
                    Some(Err(_)) => false,
                };
                self.peeked = Some(after);
                Some(Ok((l, if closes { Tok::SemiClose } else { Tok::Semi }, r)))
            }
            Some(Ok((l, Tok::And, r))) => {
                let after = self.raw_next();
                let constraint = matches!(&after, Some(Ok((_, Tok::Type | Tok::Module, _))));
                self.peeked = Some(after);
                Some(Ok((l, if constraint { Tok::AndConstraint } else { Tok::And }, r)))
            }
            other => other,
        }
    }
}

/// Tokens that may follow a trailing `;`.
fn closes_sequence(t: &Tok) -> bool {
    matches!(
        t,
        Tok::RParen
            | Tok::GreaterRBrace
            | Tok::Greater
            | Tok::RBracket
            | Tok::BarRBracket
            | Tok::RBrace
            | Tok::End
            | Tok::Done
            | Tok::In
            | Tok::Bar
            | Tok::Then
            | Tok::Else
            | Tok::With
            | Tok::Do
            | Tok::To
            | Tok::Downto
            | Tok::And
            | Tok::MinusGreater
            | Tok::When
            | Tok::SemiSemi
            | Tok::LBracketAtAt
            | Tok::LBracketAtAtAt
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        Lexer::new(src).map(|r| r.map(|(_, t, _)| t).unwrap()).collect()
    }

    fn err(src: &str) -> LexError {
        Lexer::new(src).find_map(Result::err).unwrap()
    }

    #[test]
    fn integers_keep_their_spelling() {
        assert_eq!(
            toks("0x1F 0o17 0b1_01 1_000 12l 3L 4n"),
            ["0x1F", "0o17", "0b1_01", "1_000", "12l", "3L", "4n"].map(|s| Tok::Int(s.into()))
        );
    }

    #[test]
    fn floats() {
        assert_eq!(toks("1. 1e3 1.5e-3 0x1p4 0x1.8p1 1_0.0_1"), ["1.", "1e3", "1.5e-3", "0x1p4", "0x1.8p1", "1_0.0_1"].map(|s| Tok::Float(s.into())));
    }

    #[test]
    fn string_escapes() {
        assert_eq!(toks(r#""a\n\t\\\"\'\065\x41\o101\u{e9} \b""#), vec![Tok::String(b"a\n\t\\\"'AAA\xc3\xa9 \x08".to_vec())]);
        assert_eq!(toks("\"a\\\n    b\""), vec![Tok::String(b"ab".to_vec())]);
        assert_eq!(toks(r#""\q""#), vec![Tok::String(b"\\q".to_vec())]);
    }

    #[test]
    fn quoted_strings() {
        assert_eq!(toks(r#"{|a"b\n|} {id|x|}y|id}"#), vec![Tok::QuotedString(br#"a"b\n"#.to_vec()), Tok::QuotedString(b"x|}y".to_vec())]);
    }

    #[test]
    fn chars() {
        assert_eq!(toks(r"'a' '\n' '\\' '\'' '\065' '\x41' '\o101' '\t'"), [b'a', b'\n', b'\\', b'\'', 65, 65, 65, b'\t'].map(Tok::Char));
        assert_eq!(toks("'a"), vec![Tok::Quote, Tok::Lident("a".into())]);
    }

    #[test]
    fn comments_nest_and_skip_strings() {
        assert_eq!(toks(r#"a (* b (* c *) "*)" {|*)|} '"' *) d"#), vec![Tok::Lident("a".into()), Tok::Lident("d".into())]);
    }

    #[test]
    fn operators_by_first_character() {
        assert_eq!(
            toks("|> >>= @@ ^ + +. ** *. != ! !x ~- == := :: -> <- || && | ="),
            vec![
                Tok::Infix0("|>".into()),
                Tok::Infix0(">>=".into()),
                Tok::Infix1("@@".into()),
                Tok::Infix1("^".into()),
                Tok::Plus,
                Tok::PlusDot,
                Tok::Infix4("**".into()),
                Tok::Infix3("*.".into()),
                Tok::Infix0("!=".into()),
                Tok::Bang,
                Tok::Bang,
                Tok::Lident("x".into()),
                Tok::PrefixOp("~-".into()),
                Tok::Infix0("==".into()),
                Tok::ColonEqual,
                Tok::ColonColon,
                Tok::MinusGreater,
                Tok::LessMinus,
                Tok::BarBar,
                Tok::AmperAmper,
                Tok::Bar,
                Tok::Equal,
            ]
        );
    }

    #[test]
    fn labels_and_binding_operators() {
        assert_eq!(
            toks("~x: ?y: ~z let* and+ let%lwt"),
            vec![
                Tok::Label("x".into()),
                Tok::OptLabel("y".into()),
                Tok::Tilde,
                Tok::Lident("z".into()),
                Tok::LetOp("let*".into()),
                Tok::AndOp("and+".into()),
                Tok::Let,
                Tok::Percent,
                Tok::Lident("lwt".into()),
            ]
        );
    }

    #[test]
    fn attributes_and_extensions() {
        assert_eq!(toks("[@ [@@ [@@@ [% [%%"), vec![Tok::LBracketAt, Tok::LBracketAtAt, Tok::LBracketAtAtAt, Tok::LBracketPercent, Tok::LBracketPercentPercent]);
    }

    #[test]
    fn line_directives() {
        let mut lx = Lexer::new("# 12 \"f.ml\"\nx");
        assert_eq!(lx.next().unwrap().unwrap().1, Tok::Lident("x".into()));
        assert_eq!(lx.directives(), &[LineDirective { offset: 12, line: 12, file: Some("f.ml".into()) }]);
    }

    #[test]
    fn errors() {
        assert_eq!(err("x \"abc"), LexError::UnterminatedString(Span::new(2, 3)));
        assert_eq!(err("(* a (* b *)"), LexError::UnterminatedComment(Span::new(0, 2)));
        assert_eq!(err("a $ \u{a7}"), LexError::Latin1IllegalChar { alert: Span::new(4, 5), span: Span::new(5, 6), byte: 0xa7 });
        assert_eq!(err("a \u{5d0}"), LexError::IllegalChar(Span::new(2, 3), 0xd7));
        assert!(matches!(err("0x_ff"), LexError::InvalidLiteral(_, s) if s == "0x_ff"));
        assert!(matches!(err(r#""\999""#), LexError::IllegalEscape { .. }));
    }
}
