//! The `mlrun-conformance` binary end to end: output, exit code and scoreboard.md, with
//! `/bin/sh` running a stand-in script as mlrun (see src/e2e_tests.rs for why not exec it).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

#[cfg(test)]
mod cli {
    use std::fs;
    use std::process::Command;

    #[test]
    fn exit_code_output_and_scoreboard() {
        let root =
            std::env::temp_dir().join(format!("mlrun-conformance-cli-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("s")).unwrap();
        fs::write(root.join("fake-mlrun"), "cat \"$1\"\n").unwrap();
        fs::write(root.join("s/args"), "../fake-mlrun").unwrap();
        fs::write(root.join("s/a.ml"), "print_string \"a\"\n").unwrap();
        fs::write(root.join("s/a.expected"), "print_string \"a\"\n").unwrap();
        fs::write(root.join("s/b.ml"), "b\n").unwrap();
        fs::write(root.join("s/b.expected"), "not b\n").unwrap();

        let run = |args: &[&str]| {
            Command::new(env!("CARGO_BIN_EXE_mlrun-conformance"))
                .args(["--mlrun", "/bin/sh"])
                .args(args)
                .env("CONFORMANCE_DIR", &root)
                .output()
                .unwrap()
        };

        let out = run(&[]);
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        assert!(stdout.starts_with("suite  passed/total       %  known failures\ns               1/2    50.0               0\n"), "{stdout}");
        assert!(
            stdout.contains("FAIL s/b (b.ml)\n    @@ line 1 @@\n    -not b\n    +b\n"),
            "{stdout}"
        );
        assert!(
            stdout.ends_with("\n0 known failures\n1 passed, 1 failed\n"),
            "{stdout}"
        );
        let scoreboard = fs::read_to_string(root.join("scoreboard.md")).unwrap();
        assert!(
            scoreboard.contains("| s | 1 | 2 | 50.0 | 0 |"),
            "{scoreboard}"
        );

        fs::write(root.join("s/known-failures"), "b\n").unwrap();
        let out = run(&["--filter", "b"]);
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(0), "{stdout}");
        assert!(
            stdout.ends_with("\n1 known failures\n0 passed, 0 failed\n"),
            "{stdout}"
        );

        let out = run(&["--suite", "nope"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8(out.stderr)
            .unwrap()
            .contains("no suite named `nope`"));

        fs::remove_dir_all(&root).unwrap();
    }
}
