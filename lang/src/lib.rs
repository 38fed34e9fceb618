//! mlrun's front end: OCaml source to a spanned parse tree, and the diagnostics for it.
//! No I/O happens here; callers hand in source text and get data back.

pub mod ast;
pub mod diagnostic;
pub mod dump;
pub mod eml;
pub mod lexer;
mod mk;
pub mod parse;
pub mod ppx;
pub mod ppx_yojson;
pub mod sexp;
pub mod span;
pub mod token;
pub mod typing;
pub mod visit;

// Generated code: the workspace lints (no indexing, no panic) are for code we write.
#[allow(clippy::all, clippy::pedantic, clippy::restriction, unused_parens, unused_variables, dead_code)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/grammar.rs"));
}
