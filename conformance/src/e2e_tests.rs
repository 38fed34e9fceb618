//! Whole runs against a fake mlrun: a shell script whose behaviour each case picks with the
//! first line of its source file.
//!
//! The script runs as `/bin/sh ../fake-mlrun ARGS... SOURCE` (the suite's `args` file names
//! it) rather than as an executable of its own: executing a file this process has just
//! written races with other test threads forking (ETXTBSY).

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::testutil::{write, TempDir};
use crate::{run, Options, Status};

const FAKE_MLRUN: &str = r#"
for a in "$@"; do src=$a; done
read -r first < "$src"
case $first in
  stderr) printf 'partial'; echo 'Error: bad thing' >&2; exit 2 ;;
  hang) exec sleep 5 ;;
  stdin) cat; echo 'stdin closed' ;;
  *) echo "args: $*"; echo "dir: ${PWD##*/}"; echo "NO_COLOR=$NO_COLOR"; echo "$first" ;;
esac
"#;

fn options(root: &TempDir) -> Options {
    Options {
        root: root.to_path_buf(),
        mlrun: Some(PathBuf::from("/bin/sh")),
        timeout: Duration::from_secs(10),
        ..Options::default()
    }
}

fn fixture() -> TempDir {
    let root = TempDir::new("e2e");
    write(&root.join("fake-mlrun"), FAKE_MLRUN);
    let alpha = root.join("alpha");
    write(&alpha.join("args"), "../fake-mlrun\n  --dump=ast\n");
    write(&alpha.join("ok.ml"), "hello\n");
    write(
        &alpha.join("ok.expected"),
        "args: --dump=ast ok.ml\ndir: alpha\nNO_COLOR=1\nhello\n",
    );
    write(&alpha.join("err.ml"), "stderr\n");
    write(
        &alpha.join("err.expected"),
        "partial\n--- stderr\nError: bad thing\n--- exit 2\n",
    );
    write(&alpha.join("page.eml.ml"), "page\n");
    write(
        &alpha.join("page.expected"),
        "args: --dump=ast page.eml.ml\ndir: alpha\nNO_COLOR=1\npage\n",
    );
    write(&alpha.join("wrong.ml"), "wrong\n");
    write(
        &alpha.join("wrong.expected"),
        "args: --dump=ast wrong.ml\ndir: alpha\nNO_COLOR=1\nright\n",
    );
    write(&alpha.join("known.ml"), "known\n");
    write(&alpha.join("known.expected"), "what real OCaml says\n");
    write(&alpha.join("fixed.ml"), "fixed\n");
    write(
        &alpha.join("fixed.expected"),
        "args: --dump=ast fixed.ml\ndir: alpha\nNO_COLOR=1\nfixed\n",
    );
    write(&alpha.join("noexp.ml"), "noexp\n");
    write(
        &alpha.join("known-failures"),
        "# tracked elsewhere\nknown\nfixed\n\ngone  # deleted case\n",
    );
    write(&root.join("beta/args"), "../fake-mlrun");
    write(&root.join("beta/in.ml"), "stdin\n");
    write(&root.join("beta/in.expected"), "stdin closed\n");
    write(&root.join("notasuite/x.ml"), "hello\n");
    root
}

fn statuses(report: &crate::Report, suite: usize) -> Vec<(String, Status)> {
    report.suites[suite]
        .cases
        .iter()
        .map(|c| (c.name.clone(), c.status))
        .collect()
}

#[test]
fn full_run() {
    let root = fixture();
    let report = run(&options(&root)).unwrap();

    let names: Vec<&str> = report.suites.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["alpha", "beta"]);
    let expect = |pairs: &[(&str, Status)]| {
        pairs
            .iter()
            .map(|(n, s)| (n.to_string(), *s))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        statuses(&report, 0),
        expect(&[
            ("err", Status::Pass),
            ("fixed", Status::UnexpectedPass),
            ("known", Status::KnownFailure),
            ("noexp", Status::Fail),
            ("ok", Status::Pass),
            ("page", Status::Pass),
            ("wrong", Status::Fail),
        ])
    );
    assert_eq!(statuses(&report, 1), expect(&[("in", Status::Pass)]));
    assert_eq!(
        (report.passed(), report.failed(), report.known_failures()),
        (5, 4, 1)
    );
    assert!(!report.success());

    let text = report.render();
    assert!(
        text.ends_with("\n1 known failures\n5 passed, 4 failed\n"),
        "{text}"
    );
    assert!(text.contains("FAIL alpha/wrong (wrong.ml)\n    @@ line 4 @@\n     dir: alpha\n     NO_COLOR=1\n    -right\n    +wrong\n"), "{text}");
    assert!(text.contains("FAIL alpha/noexp (noexp.ml): no noexp.expected yet (record it with --bless)\n    @@ line 1 @@\n    +args: --dump=ast noexp.ml\n"), "{text}");
    assert!(
        text.contains(
            "ERROR alpha/fixed: known failure now passes: remove it from alpha/known-failures"
        ),
        "{text}"
    );
    assert!(
        text.contains("ERROR alpha: known-failures lists `gone` but there is no such case"),
        "{text}"
    );

    let scoreboard = fs::read_to_string(root.join("scoreboard.md")).unwrap();
    assert_eq!(report.scoreboard, Some(root.join("scoreboard.md")));
    assert_eq!(scoreboard, report.render_markdown());
    assert!(
        scoreboard.contains("| alpha | 4 | 7 | 57.1 | 1 |\n| beta | 1 | 1 | 100.0 | 0 |\n"),
        "{scoreboard}"
    );
}

#[test]
fn bless_records_transcripts_except_known_failures() {
    let root = fixture();
    let opts = Options {
        bless: true,
        write_scoreboard: false,
        ..options(&root)
    };
    let report = run(&opts).unwrap();
    assert_eq!(
        report.blessed,
        [
            root.join("alpha/noexp.expected"),
            root.join("alpha/wrong.expected")
        ]
    );
    assert!(report.render().starts_with(&format!(
        "blessed {}\n",
        root.join("alpha/noexp.expected").display()
    )));
    // Left: the known failure that passes and the stale entry.
    assert_eq!(
        (report.passed(), report.failed(), report.known_failures()),
        (7, 2, 1)
    );
    assert_eq!(
        fs::read_to_string(root.join("alpha/known.expected")).unwrap(),
        "what real OCaml says\n"
    );
    assert!(!root.join("scoreboard.md").exists());

    let again = run(&Options {
        bless: false,
        ..opts
    })
    .unwrap();
    assert!(again.blessed.is_empty());
    assert_eq!(
        statuses(&again, 0)
            .iter()
            .filter(|(_, s)| *s == Status::Fail)
            .count(),
        0
    );
    assert_eq!(again.failed(), 2);
}

#[test]
fn selection() {
    let root = fixture();
    let opts = Options {
        suites: vec!["alpha".to_string()],
        filter: Some("o".to_string()),
        write_scoreboard: false,
        ..options(&root)
    };
    let report = run(&opts).unwrap();
    assert_eq!(report.suites.len(), 1);
    let names: Vec<String> = statuses(&report, 0).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["known", "noexp", "ok", "wrong"]);
    // `fixed` was filtered out, so only the stale entry and the two failures count.
    assert_eq!(report.failed(), 3);

    let err = run(&Options {
        suites: vec!["gamma".to_string()],
        ..opts
    })
    .unwrap_err();
    assert!(err.contains("no suite named `gamma`"), "{err}");
}

#[test]
fn all_green_run_succeeds() {
    let root = fixture();
    fs::remove_dir_all(root.join("alpha")).unwrap();
    let report = run(&options(&root)).unwrap();
    assert!(report.success(), "{}", report.render());
    assert!(report
        .render()
        .ends_with("\n0 known failures\n1 passed, 0 failed\n"));
}

#[test]
fn hanging_case_is_killed() {
    let root = TempDir::new("e2e-hang");
    write(&root.join("fake-mlrun"), FAKE_MLRUN);
    write(&root.join("s/args"), "../fake-mlrun");
    write(&root.join("s/slow.ml"), "hang\n");
    write(&root.join("s/slow.expected"), "");
    let start = Instant::now();
    let opts = Options {
        timeout: Duration::from_millis(300),
        write_scoreboard: false,
        ..options(&root)
    };
    let report = run(&opts).unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "took {:?}",
        start.elapsed()
    );
    let case = &report.suites[0].cases[0];
    assert_eq!(case.status, Status::Fail);
    assert!(
        case.problem.as_deref().unwrap().contains("timed out"),
        "{:?}",
        case.problem
    );
}

#[test]
fn missing_mlrun_fails_cases() {
    let root = fixture();
    let opts = Options {
        mlrun: Some(PathBuf::from("/nonexistent/mlrun")),
        write_scoreboard: false,
        ..options(&root)
    };
    let report = run(&opts).unwrap();
    assert_eq!(report.passed(), 0);
    let text = report.render_failures();
    assert!(
        text.contains("FAIL beta/in (in.ml): cannot run /nonexistent/mlrun"),
        "{text}"
    );
}
