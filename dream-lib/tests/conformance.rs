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

/// The effects suite again with a collection after every 64 KiB allocated: a value the
/// collector cannot see from the VM's roots (a fiber, a continuation, a cached constant) is
/// freed early and the transcripts differ.
#[test]
fn effects_under_collector_stress() {
    let dir = std::env::temp_dir().join(format!("mlrun-gc-stress-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let wrapper = dir.join("mlrun");
    let script = format!("#!/bin/sh\nMLRUN_GC_MIN=65536 exec '{}' \"$@\"\n", env!("CARGO_BIN_EXE_mlrun"));
    std::fs::write(&wrapper, script).unwrap();
    let mut perms = std::fs::metadata(&wrapper).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&wrapper, perms).unwrap();
    let opts = conformance::Options {
        mlrun: Some(wrapper),
        suites: vec!["effects".into()],
        timeout: std::time::Duration::from_secs(60),
        write_scoreboard: false,
        ..Default::default()
    };
    let report = conformance::run(&opts).expect("the suite could not run");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(report.success(), "{}", report.render());
}
