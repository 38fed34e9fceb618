//! Entry points: source text to a parse tree, or the first error as OCaml reports it.

use lalrpop_util::ParseError;

use crate::ast::{Item, SigItem};
use crate::diagnostic::Diagnostic;
use crate::grammar::{ImplementationParser, InterfaceParser};
use crate::lexer::{LexError, Lexer, LineDirective};
use crate::span::Span;
use crate::token::Tok;

/// A parsed file and the line directives met in it (for error locations later on).
#[derive(Debug)]
pub struct Parsed<T> {
    pub tree: T,
    pub directives: Vec<LineDirective>,
}

/// Parses a `.ml` file.
pub fn implementation(src: &str) -> Result<Parsed<Vec<Item>>, (Diagnostic, Vec<LineDirective>)> {
    thread_local! {
        static PARSER: ImplementationParser = ImplementationParser::new();
    }
    run(src, |lexer| PARSER.with(|p| p.parse(lexer)))
}

/// Parses a `.mli` file.
pub fn interface(src: &str) -> Result<Parsed<Vec<SigItem>>, (Diagnostic, Vec<LineDirective>)> {
    thread_local! {
        static PARSER: InterfaceParser = InterfaceParser::new();
    }
    run(src, |lexer| PARSER.with(|p| p.parse(lexer)))
}

/// A whole source file: an implementation (`.ml`) or an interface (`.mli`).
#[derive(Debug)]
pub enum Tree {
    Implementation(Vec<Item>),
    Interface(Vec<SigItem>),
}

/// Parses a file as its name says: `.mli` as an interface, anything else as an implementation.
pub fn file(name: &str, src: &str) -> Result<Parsed<Tree>, (Diagnostic, Vec<LineDirective>)> {
    if name.ends_with(".mli") {
        interface(src).map(|p| Parsed { tree: Tree::Interface(p.tree), directives: p.directives })
    } else {
        implementation(src).map(|p| Parsed { tree: Tree::Implementation(p.tree), directives: p.directives })
    }
}

type LalrError = ParseError<usize, Tok, LexError>;

fn run<T>(
    src: &str,
    parse: impl FnOnce(&mut Lexer) -> Result<T, LalrError>,
) -> Result<Parsed<T>, (Diagnostic, Vec<LineDirective>)> {
    let mut lexer = Lexer::new(src);
    let result = parse(&mut lexer);
    let directives = lexer.directives().to_vec();
    match result {
        Ok(tree) => Ok(Parsed { tree, directives }),
        Err(e) => Err((diagnose(src, e), directives)),
    }
}

fn diagnose(src: &str, e: LalrError) -> Diagnostic {
    match e {
        ParseError::User { error } => Diagnostic::Lex(error),
        ParseError::InvalidToken { location } => Diagnostic::Syntax { span: Span::new(location, location + 1), expected: vec![] },
        ParseError::UnrecognizedEof { expected, .. } => {
            // OCaml places an unexpected end of input at the very end of the file.
            syntax_error(src, Span::new(src.len(), src.len()), expected)
        }
        ParseError::UnrecognizedToken { token: (l, _, r), expected } => syntax_error(src, Span::new(l, r), expected),
        ParseError::ExtraToken { token: (l, _, r) } => Diagnostic::Syntax { span: Span::new(l, r), expected: vec![] },
    }
}

/// Delimiters that OCaml reports as "might be unmatched" when their closer is expected.
const PAIRS: [(&str, &str); 9] = [
    ("(", ")"),
    ("[", "]"),
    ("[|", "|]"),
    ("{", "}"),
    ("begin", "end"),
    ("struct", "end"),
    ("sig", "end"),
    ("object", "end"),
    ("{<", ">}"),
];

fn syntax_error(src: &str, span: Span, expected: Vec<String>) -> Diagnostic {
    let expected: Vec<String> = expected.iter().map(|e| e.trim_matches('"').replace("\\\"", "\"")).collect();
    if let Some((open_span, opening)) = innermost_open(src, span.start as usize) {
        if let Some((opening, closing)) = PAIRS.iter().find(|(o, _)| *o == opening) {
            // OCaml's "unclosed" messages exist for expressions and patterns, not for the
            // polymorphic variant types that also open with `[`: those are the ones where a
            // `|` may come next but a `;` may not.
            let has = |t: &str| expected.iter().any(|e| e == t);
            let in_type = *opening == "[" && has("|") && !has(";");
            if expected.iter().any(|e| e == closing) && !in_type {
                return Diagnostic::Unclosed { span, closing, opening, open_span };
            }
        }
    }
    Diagnostic::Syntax { span, expected }
}

/// The innermost delimiter still open before `offset`, found by re-lexing the prefix.
fn innermost_open(src: &str, offset: usize) -> Option<(Span, &'static str)> {
    let mut stack: Vec<(Span, &'static str)> = Vec::new();
    for tok in Lexer::new(src) {
        let Ok((l, t, r)) = tok else { break };
        if l >= offset {
            break;
        }
        let span = Span::new(l, r);
        match t {
            Tok::LParen => stack.push((span, "(")),
            Tok::LBracket => stack.push((span, "[")),
            Tok::LBracketLess | Tok::LBracketGreater => stack.push((span, "[<")),
            Tok::LBracketBar => stack.push((span, "[|")),
            Tok::LBrace => stack.push((span, "{")),
            Tok::Begin => stack.push((span, "begin")),
            Tok::Struct => stack.push((span, "struct")),
            Tok::Sig => stack.push((span, "sig")),
            Tok::Object => stack.push((span, "object")),
            Tok::LBraceLess => stack.push((span, "{<")),
            // `[@`, `[%` and friends close with `]` too.
            // These close with `]` too, but OCaml reports a plain syntax error for them.
            Tok::LBracketAt | Tok::LBracketAtAt | Tok::LBracketAtAtAt | Tok::LBracketPercent | Tok::LBracketPercentPercent => {
                stack.push((span, "[@"))
            }
            Tok::RParen | Tok::RBracket | Tok::BarRBracket | Tok::RBrace | Tok::End | Tok::GreaterRBrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}
