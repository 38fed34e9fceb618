//! The conformance scoreboard: runs every case of `conformance/<suite>/` through `mlrun`,
//! compares each transcript with `NAME.expected`, and reports pass/total per suite
//! (design.md §7). `mlrun-conformance` is a thin command line over [`run`]; an integration
//! test can call [`run`] and assert on the [`Report`].

pub mod case;
pub mod cli;
pub mod discover;
pub mod http;
pub mod locate;
pub mod report;
pub mod session;
pub mod transcript;

#[cfg(test)]
mod e2e_tests;
#[cfg(test)]
mod testutil;

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

pub use report::{CaseResult, Report, Status, SuiteResult};

#[derive(Clone, Debug)]
pub struct Options {
    /// The directory holding the suites.
    pub root: PathBuf,
    /// The `mlrun` binary; `None` finds it with [`locate::find_mlrun`].
    pub mlrun: Option<PathBuf>,
    /// Only these suites; empty means all.
    pub suites: Vec<String>,
    /// Only cases whose name contains this.
    pub filter: Option<String>,
    /// Record current transcripts as expectations.
    pub bless: bool,
    /// Cases run at once.
    pub jobs: usize,
    /// A case running longer is killed and fails.
    pub timeout: Duration,
    /// Write `scoreboard.md` into `root`.
    pub write_scoreboard: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            root: locate::default_root(),
            mlrun: None,
            suites: Vec::new(),
            filter: None,
            bless: false,
            // The machine this grew up on has two cores.
            jobs: 2,
            timeout: Duration::from_secs(10),
            write_scoreboard: true,
        }
    }
}

/// Runs the selected cases and returns their results in suite and case order. `Err` means
/// the run could not happen at all (unreadable root, unknown suite, no mlrun); failing cases
/// are in the report.
pub fn run(opts: &Options) -> Result<Report, String> {
    let suites = discover::discover(&opts.root, &opts.suites, opts.filter.as_deref())?;
    let jobs: Vec<(&discover::Suite, &discover::Case)> = suites
        .iter()
        .flat_map(|s| s.cases.iter().map(move |c| (s, c)))
        .collect();

    // Only look for mlrun when there is something to run: finding it may mean building it.
    let runs = if jobs.is_empty() {
        Vec::new()
    } else {
        let mlrun = match &opts.mlrun {
            Some(path) => locate::absolute(path),
            None => locate::find_mlrun()?,
        };
        run_all(&mlrun, &jobs, opts)?
    };

    let mut report = Report::default();
    let mut runs = runs.into_iter();
    for suite in &suites {
        let mut result = SuiteResult {
            name: suite.name.clone(),
            cases: Vec::new(),
            problems: suite.problems.clone(),
        };
        for case in &suite.cases {
            let run = runs.next().ok_or("a case result went missing")?;
            // Judged here, in order, so that blessing writes files deterministically.
            let (case_result, blessed) = case::judge(suite, case, run, opts.bless);
            result.cases.push(case_result);
            report.blessed.extend(blessed);
        }
        report.suites.push(result);
    }

    if opts.write_scoreboard {
        let path = opts.root.join("scoreboard.md");
        fs::write(&path, report.render_markdown())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        report.scoreboard = Some(path);
    }
    Ok(report)
}

/// Runs the cases on `opts.jobs` threads, each taking the next case as it finishes one, and
/// returns the runs in the order of `jobs`.
fn run_all(
    mlrun: &std::path::Path,
    jobs: &[(&discover::Suite, &discover::Case)],
    opts: &Options,
) -> Result<Vec<case::Run>, String> {
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, case::Run)> = thread::scope(|scope| {
        let workers: Vec<_> = (0..opts.jobs.max(1))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&(suite, case)) = jobs.get(i) else {
                            break;
                        };
                        done.push((i, case::run(mlrun, suite, case, opts.timeout)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().map_err(|_| "a worker thread panicked".to_string()))
            .collect::<Result<Vec<_>, _>>()
            .map(|per_worker| per_worker.into_iter().flatten().collect())
    })?;
    done.sort_by_key(|(i, _)| *i);
    Ok(done.into_iter().map(|(_, run)| run).collect())
}
