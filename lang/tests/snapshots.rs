//! insta snapshots of the front end on every case of `conformance/parse/`: each snapshot holds
//! the source and what the library makes of it (the AST dump, or the rendered diagnostic).
//! The conformance suite checks the same cases through the `mlrun` binary; these check the
//! library entry points and keep source and result side by side for review.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use mlrun_lang::diagnostic::SourceFile;
use mlrun_lang::{dump, parse};

fn front_end(name: &str, src: &str) -> String {
    match parse::file(name, src) {
        Ok(parsed) => dump::tree(&parsed.tree),
        Err((diag, directives)) => SourceFile { name, text: src, directives: &directives, origin: None }.render(&diag, false),
    }
}

#[test]
fn parse_cases() {
    insta::glob!("../../conformance/parse", "*.{ml,mli}", |path| {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let src = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let out = front_end(&name, &src);
        insta::assert_snapshot!(format!("{src}\n---- {name}\n{out}"));
    });
}
