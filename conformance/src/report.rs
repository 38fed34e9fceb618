//! Results of a run and their renderings: the terminal table, failure reports, and
//! `scoreboard.md`.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::transcript;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail,
    /// Fails, and is listed in `known-failures`.
    KnownFailure,
    /// Passes although listed in `known-failures`: an error, so the list stays exact.
    UnexpectedPass,
}

#[derive(Clone, Debug)]
pub struct CaseResult {
    pub name: String,
    pub source: String,
    pub status: Status,
    /// Why the run itself went wrong (timeout, no expectation, mlrun missing), if it did.
    pub problem: Option<String>,
    pub transcript: Vec<u8>,
    /// The content of `NAME.expected`, if it exists.
    pub expected: Option<Vec<u8>>,
}

#[derive(Clone, Debug)]
pub struct SuiteResult {
    pub name: String,
    /// Sorted by name.
    pub cases: Vec<CaseResult>,
    /// Errors of the suite itself (see `discover::Suite::problems`).
    pub problems: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Sorted by name.
    pub suites: Vec<SuiteResult>,
    /// Expectation files written by `--bless`.
    pub blessed: Vec<PathBuf>,
    /// Where `scoreboard.md` was written, if it was.
    pub scoreboard: Option<PathBuf>,
}

/// Lines of diff shown per failing case; the full story is one `diff` away.
const DIFF_LINES: usize = 18;

impl SuiteResult {
    fn count(&self, status: Status) -> usize {
        self.cases.iter().filter(|c| c.status == status).count()
    }

    pub fn total(&self) -> usize {
        self.cases.len()
    }

    /// Cases whose transcript matches, including known failures that now pass.
    pub fn passed(&self) -> usize {
        self.count(Status::Pass) + self.count(Status::UnexpectedPass)
    }

    /// What fails the run: failing cases, known failures that pass, and suite problems.
    pub fn failed(&self) -> usize {
        self.count(Status::Fail) + self.count(Status::UnexpectedPass) + self.problems.len()
    }

    pub fn known_failures(&self) -> usize {
        self.count(Status::KnownFailure)
    }

    /// Passed over total to one decimal, rounded down so that "100.0" means all of them.
    pub fn percent(&self) -> String {
        match self.total() {
            0 => "-".to_string(),
            total => {
                let tenths = self.passed() * 1000 / total;
                format!("{}.{}", tenths / 10, tenths % 10)
            }
        }
    }
}

impl Report {
    pub fn passed(&self) -> usize {
        self.suites.iter().map(SuiteResult::passed).sum()
    }

    pub fn failed(&self) -> usize {
        self.suites.iter().map(SuiteResult::failed).sum()
    }

    pub fn known_failures(&self) -> usize {
        self.suites.iter().map(SuiteResult::known_failures).sum()
    }

    pub fn total(&self) -> usize {
        self.suites.iter().map(SuiteResult::total).sum()
    }

    pub fn success(&self) -> bool {
        self.failed() == 0
    }

    /// One row per suite: name, passed/total, percentage, known failures.
    pub fn render_table(&self) -> String {
        let width = self
            .suites
            .iter()
            .map(|s| s.name.len())
            .max()
            .unwrap_or(0)
            .max("suite".len());
        let mut out = format!(
            "{:<width$}  {:>12}  {:>6}  {:>14}\n",
            "suite", "passed/total", "%", "known failures"
        );
        for s in &self.suites {
            let ratio = format!("{}/{}", s.passed(), s.total());
            let _ = writeln!(
                out,
                "{:<width$}  {ratio:>12}  {:>6}  {:>14}",
                s.name,
                s.percent(),
                s.known_failures()
            );
        }
        out
    }

    /// A short report for everything that fails the run, in suite and case order.
    pub fn render_failures(&self) -> String {
        let mut out = String::new();
        for s in &self.suites {
            for problem in &s.problems {
                let _ = writeln!(out, "ERROR {}: {problem}", s.name);
            }
            for c in &s.cases {
                match c.status {
                    Status::Pass | Status::KnownFailure => {}
                    Status::UnexpectedPass => {
                        let _ = writeln!(
                            out,
                            "ERROR {}/{}: known failure now passes: remove it from {}/known-failures",
                            s.name, c.name, s.name
                        );
                    }
                    Status::Fail => {
                        let _ = write!(out, "FAIL {}/{} ({})", s.name, c.name, c.source);
                        if let Some(problem) = &c.problem {
                            let _ = write!(out, ": {problem}");
                        }
                        out.push('\n');
                        let expected = c.expected.as_deref().unwrap_or_default();
                        for line in transcript::diff(expected, &c.transcript, DIFF_LINES) {
                            let _ = writeln!(out, "    {line}");
                        }
                    }
                }
            }
        }
        out
    }

    /// The last two lines: known failures, then `N passed, M failed`.
    pub fn render_summary(&self) -> String {
        format!(
            "{} known failures\n{} passed, {} failed\n",
            self.known_failures(),
            self.passed(),
            self.failed()
        )
    }

    /// Everything the command prints: blessed files, the table, failure reports, summary.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for path in &self.blessed {
            let _ = writeln!(out, "blessed {}", path.display());
        }
        out.push_str(&self.render_table());
        let failures = self.render_failures();
        if !failures.is_empty() {
            out.push('\n');
            out.push_str(&failures);
        }
        out.push('\n');
        out.push_str(&self.render_summary());
        out
    }

    /// `scoreboard.md`: the same figures as the table, and nothing that changes between two
    /// runs with the same results, so it can be committed.
    pub fn render_markdown(&self) -> String {
        let mut out = String::from(
            "# Conformance scoreboard\n\n\
             Written by `cargo run -p conformance` (see `conformance/src/lib.rs`); do not edit.\n\n\
             | suite | passed | total | % | known failures |\n\
             |:--|--:|--:|--:|--:|\n",
        );
        for s in &self.suites {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                s.name,
                s.passed(),
                s.total(),
                s.percent(),
                s.known_failures()
            );
        }
        let _ = writeln!(
            out,
            "\n**Total: {} passed, {} failed, {} known failures, {} cases.**",
            self.passed(),
            self.failed(),
            self.known_failures(),
            self.total()
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(name: &str, status: Status) -> CaseResult {
        CaseResult {
            name: name.to_string(),
            source: format!("{name}.ml"),
            status,
            problem: None,
            transcript: b"got\n".to_vec(),
            expected: Some(b"want\n".to_vec()),
        }
    }

    fn report() -> Report {
        let parse = SuiteResult {
            name: "parse".to_string(),
            cases: vec![
                case("a", Status::Pass),
                case("b", Status::Fail),
                case("c", Status::KnownFailure),
                case("d", Status::UnexpectedPass),
            ],
            problems: vec!["known-failures lists `e` but there is no such case".to_string()],
        };
        let lang = SuiteResult {
            name: "lang".to_string(),
            cases: vec![case("x", Status::Pass)],
            problems: vec![],
        };
        Report {
            suites: vec![lang, parse],
            ..Report::default()
        }
    }

    #[test]
    fn counts() {
        let r = report();
        assert_eq!(
            (r.passed(), r.failed(), r.known_failures(), r.total()),
            (3, 3, 1, 5)
        );
        assert!(!r.success());
        assert_eq!(r.suites[1].percent(), "50.0");
        assert_eq!(r.suites[0].percent(), "100.0");
        let empty = SuiteResult {
            name: "e".to_string(),
            cases: vec![],
            problems: vec![],
        };
        assert_eq!(empty.percent(), "-");
        let third = SuiteResult {
            name: "t".to_string(),
            cases: vec![
                case("a", Status::Pass),
                case("b", Status::Fail),
                case("c", Status::Fail),
            ],
            problems: vec![],
        };
        assert_eq!(third.percent(), "33.3");
    }

    #[test]
    fn rendering() {
        let r = report();
        let text = r.render();
        assert!(
            text.ends_with("1 known failures\n3 passed, 3 failed\n"),
            "{text}"
        );
        let table = r.render_table();
        assert!(
            table.contains("lang            1/1   100.0               0"),
            "{table}"
        );
        assert!(
            table.contains("parse           2/4    50.0               1"),
            "{table}"
        );
        assert!(
            text.contains("FAIL parse/b (b.ml)\n    @@ line 1 @@\n    -want\n    +got\n"),
            "{text}"
        );
        assert!(
            text.contains("ERROR parse/d: known failure now passes"),
            "{text}"
        );
        assert!(
            text.contains("ERROR parse: known-failures lists `e`"),
            "{text}"
        );
        assert!(
            !text.contains("parse/c"),
            "known failures are not reported one by one: {text}"
        );

        let md = r.render_markdown();
        assert!(md.contains("| parse | 2 | 4 | 50.0 | 1 |\n"), "{md}");
        assert!(
            md.contains("**Total: 3 passed, 3 failed, 1 known failures, 5 cases.**"),
            "{md}"
        );
    }
}
