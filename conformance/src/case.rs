//! Running one case and judging its transcript against the expectation.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use crate::discover::{Case, Suite, SuiteKind};
use crate::report::{CaseResult, Status};
use crate::transcript::{self, Exit};

/// What running a case produced. A `problem` (timeout, mlrun missing) fails the case
/// whatever the transcript says.
#[derive(Clone, Debug)]
pub struct Run {
    pub transcript: Vec<u8>,
    pub problem: Option<String>,
}

/// Runs a case the way its suite's kind says.
pub fn run(mlrun: &Path, suite: &Suite, case: &Case, timeout: Duration) -> Run {
    match suite.kind {
        SuiteKind::Cli => run_cli(mlrun, suite, case, timeout),
        SuiteKind::Http => crate::http::run_http(mlrun, suite, case, timeout),
    }
}

/// `mlrun ARGS... SOURCE` in the suite directory, so that diagnostics name the file as the
/// expectation does. Standard input is `NAME.stdin` when there is one, else empty (a program
/// that reads cannot hang the run).
fn run_cli(mlrun: &Path, suite: &Suite, case: &Case, timeout: Duration) -> Run {
    let mut command = Command::new(mlrun);
    command
        .args(&suite.args)
        .arg(&case.source)
        .current_dir(&suite.dir)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let input = std::fs::read(suite.dir.join(format!("{}.stdin", case.name))).ok();
    command.stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) => return failed(format!("cannot run {}: {e}", mlrun.display())),
    };
    if let (Some(input), Some(mut pipe)) = (input, child.stdin.take()) {
        // From a thread: a program that reads little must not block the writer forever.
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = pipe.write_all(&input);
        });
    }
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());

    let status = match wait(&mut child, timeout) {
        Ok(Some(status)) => status,
        Ok(None) => {
            return failed(format!(
                "timed out after {} s (killed)",
                timeout.as_secs_f32()
            ))
        }
        Err(e) => return failed(format!("waiting for mlrun: {e}")),
    };
    // A grandchild that kept the pipes open must not hang the run either.
    let grace = Duration::from_secs(2);
    let (Ok(stdout), Ok(stderr)) = (stdout.recv_timeout(grace), stderr.recv_timeout(grace)) else {
        return failed("mlrun exited but its output pipes stayed open".to_string());
    };
    Run {
        transcript: transcript::format(&stdout, &stderr, exit_of(status)),
        problem: None,
    }
}

fn failed(problem: String) -> Run {
    Run {
        transcript: Vec::new(),
        problem: Some(problem),
    }
}

/// Reads a pipe to its end on a thread of its own: reading stdout and stderr one after the
/// other could deadlock once the child fills the other pipe.
fn drain(pipe: Option<impl Read + Send + 'static>) -> Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            // A read error leaves what was read so far; the transcript will show the damage.
            let _ = pipe.read_to_end(&mut bytes);
        }
        let _ = tx.send(bytes);
    });
    rx
}

/// The exit status, or `None` when the child outlived `timeout` and was killed.
fn wait(child: &mut Child, timeout: Duration) -> std::io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + timeout;
    // std has no wait-with-timeout: poll, starting fast since most cases take milliseconds.
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

fn exit_of(status: ExitStatus) -> Exit {
    if let Some(code) = status.code() {
        return Exit::Code(code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Exit::Signal(signal);
        }
    }
    Exit::Code(-1)
}

/// Compares a run with `NAME.expected`, blessing it first if asked. Known failures are never
/// blessed: their expectation is the right answer that mlrun does not give yet.
pub fn judge(suite: &Suite, case: &Case, run: Run, bless: bool) -> (CaseResult, Option<PathBuf>) {
    let expected_path = suite.dir.join(case.expected_file());
    let mut expected = fs::read(&expected_path).ok();
    let known = suite.known_failures.contains(&case.name);
    let mut problem = run.problem;
    let mut blessed = None;

    let mut matches = problem.is_none() && expected.as_deref() == Some(run.transcript.as_slice());
    if bless && !matches && !known && problem.is_none() {
        match fs::write(&expected_path, &run.transcript) {
            Ok(()) => {
                expected = Some(run.transcript.clone());
                matches = true;
                blessed = Some(expected_path);
            }
            Err(e) => problem = Some(format!("cannot write {}: {e}", expected_path.display())),
        }
    }
    if problem.is_none() && expected.is_none() {
        problem = Some(format!(
            "no {} yet (record it with --bless)",
            case.expected_file()
        ));
    }

    let status = match (matches, known) {
        (true, false) => Status::Pass,
        (false, false) => Status::Fail,
        (false, true) => Status::KnownFailure,
        (true, true) => Status::UnexpectedPass,
    };
    let result = CaseResult {
        name: case.name.clone(),
        source: case.source.clone(),
        status,
        problem,
        transcript: run.transcript,
        expected,
    };
    (result, blessed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{write, TempDir};
    use std::collections::BTreeSet;

    fn suite(dir: &Path, known: &[&str]) -> Suite {
        Suite {
            name: "s".to_string(),
            dir: dir.to_path_buf(),
            kind: SuiteKind::Cli,
            args: Vec::new(),
            known_failures: known.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>(),
            cases: Vec::new(),
            problems: Vec::new(),
        }
    }

    fn case(name: &str) -> Case {
        Case {
            name: name.to_string(),
            source: format!("{name}.ml"),
        }
    }

    fn ok(transcript: &str) -> Run {
        Run {
            transcript: transcript.as_bytes().to_vec(),
            problem: None,
        }
    }

    #[test]
    fn exactness_of_known_failures() {
        let dir = TempDir::new("judge");
        write(&dir.join("good.expected"), "42\n");
        write(&dir.join("bad.expected"), "42\n");
        let s = suite(&dir, &["good", "bad"]);
        let s_plain = suite(&dir, &[]);

        assert_eq!(
            judge(&s_plain, &case("good"), ok("42\n"), false).0.status,
            Status::Pass
        );
        assert_eq!(
            judge(&s_plain, &case("bad"), ok("41\n"), false).0.status,
            Status::Fail
        );
        assert_eq!(
            judge(&s, &case("bad"), ok("41\n"), false).0.status,
            Status::KnownFailure
        );
        // A listed case that passes is an error, so the list cannot go stale.
        assert_eq!(
            judge(&s, &case("good"), ok("42\n"), false).0.status,
            Status::UnexpectedPass
        );
    }

    #[test]
    fn problems_fail_even_when_the_transcript_matches() {
        let dir = TempDir::new("judge-problem");
        write(&dir.join("empty.expected"), "");
        let run = Run {
            transcript: Vec::new(),
            problem: Some("timed out".to_string()),
        };
        let (result, _) = judge(&suite(&dir, &[]), &case("empty"), run, true);
        assert_eq!(result.status, Status::Fail);
        assert_eq!(result.problem.as_deref(), Some("timed out"));
    }

    #[test]
    fn missing_expectation_fails_and_bless_records_it() {
        let dir = TempDir::new("judge-bless");
        let s = suite(&dir, &["known"]);
        let (result, blessed) = judge(&s, &case("new"), ok("out\n"), false);
        assert_eq!(result.status, Status::Fail);
        assert!(result.problem.unwrap().contains("--bless"));
        assert!(blessed.is_none());

        let (result, blessed) = judge(&s, &case("new"), ok("out\n"), true);
        assert_eq!(result.status, Status::Pass);
        assert_eq!(blessed, Some(dir.join("new.expected")));
        assert_eq!(
            fs::read_to_string(dir.join("new.expected")).unwrap(),
            "out\n"
        );

        write(&dir.join("known.expected"), "right\n");
        let (result, blessed) = judge(&s, &case("known"), ok("wrong\n"), true);
        assert_eq!(result.status, Status::KnownFailure);
        assert!(blessed.is_none());
        assert_eq!(
            fs::read_to_string(dir.join("known.expected")).unwrap(),
            "right\n"
        );
    }
}
