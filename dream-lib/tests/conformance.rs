//! The conformance scoreboard, run by `cargo test`: every suite in `conformance/` through the
//! `mlrun` binary this package builds.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

#[test]
fn scoreboard() {
    let opts = conformance::Options {
        mlrun: Some(env!("CARGO_BIN_EXE_mlrun").into()),
        write_scoreboard: false,
        ..Default::default()
    };
    let report = conformance::run(&opts).expect("the scoreboard could not run");
    println!("{}", report.render_table());
    assert!(report.success(), "{}", report.render());
}
