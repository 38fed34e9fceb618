//! insta snapshots of `mlrun --dump=ir` on small programs: each snapshot holds the source
//! and the IR the lowering makes of it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::process::Command;

#[test]
fn ir_dumps() {
    insta::glob!("ir", "*.ml", |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_mlrun")).arg("--dump=ir").arg(path.file_name().unwrap()).current_dir(path.parent().unwrap()).output().unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        insta::assert_snapshot!(format!("{src}\n----\n{text}"));
    });
}
