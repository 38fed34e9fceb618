#![no_main]
//! Any bytes: the lexer, both parsers and the diagnostic renderer must return, never panic.

use libfuzzer_sys::fuzz_target;
use mlrun_lang::diagnostic::SourceFile;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    if let Err((diag, directives)) = mlrun_lang::parse::implementation(&src) {
        let _ = SourceFile { name: "fuzz.ml", text: &src, directives: &directives }.render(&diag, false);
    }
    if let Err((diag, directives)) = mlrun_lang::parse::interface(&src) {
        let _ = SourceFile { name: "fuzz.mli", text: &src, directives: &directives }.render(&diag, false);
    }
});
