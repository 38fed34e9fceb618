//! insta snapshots of the lwt_ppx desugaring: each snapshot holds the source and the tree
//! after the rewrite.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use mlrun_lang::{dump, parse, ppx};

#[test]
fn lwt_desugaring() {
    insta::glob!("ppx", "*.ml", |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let mut items = parse::implementation(&src).unwrap().tree;
        ppx::lwt(&mut items).unwrap();
        insta::assert_snapshot!(format!("{src}\n----\n{}", dump::structure(&items)));
    });
}
