//! Suites and cases as they lie on disk.
//!
//! A suite is a directory of the conformance root holding an `args` file; a case is a source
//! file in it (`NAME.ml`, `NAME.mli`, `NAME.eml.ml`) whose expectation is `NAME.expected`.
//! In a template suite (one holding `.generated` files) a case is `NAME.eml.ml` or a folder
//! `NAME/`, and each template also has the OCaml it must become.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// How the cases of a suite are run, chosen from what its directory holds: `mlrun` once per
/// source file, or (a suite of `NAME.requests` files) a server answering HTTP requests, or
/// (a suite with `.generated` files) templates checked for their OCaml and then run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SuiteKind {
    Cli,
    Http,
    Eml,
}

/// The case file extension of HTTP suites.
pub const REQUESTS_SUFFIX: &str = ".requests";

/// The extension of a template's expected OCaml in template suites.
pub const GENERATED_SUFFIX: &str = ".generated";

#[derive(Clone, Debug)]
pub struct Suite {
    pub name: String,
    pub dir: PathBuf,
    pub kind: SuiteKind,
    /// Extra `mlrun` arguments for every case, from the `args` file.
    pub args: Vec<String>,
    /// Names listed in `known-failures`.
    pub known_failures: BTreeSet<String>,
    /// The cases to run (after `--filter`), sorted by name.
    pub cases: Vec<Case>,
    /// Problems of the suite itself (stale known-failures entries, clashing case names);
    /// each one fails the run like a failing case does.
    pub problems: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub name: String,
    /// The source file name, relative to the suite directory.
    pub source: String,
}

impl Case {
    pub fn expected_file(&self) -> String {
        format!("{}.expected", self.name)
    }
}

pub const ARGS_FILE: &str = "args";
pub const KNOWN_FAILURES_FILE: &str = "known-failures";

/// The suites under `root`, sorted by name. `only` restricts to the named suites (an unknown
/// name is an error, so a typo cannot make a run vacuously green); `filter` keeps the cases
/// whose name contains it.
pub fn discover(root: &Path, only: &[String], filter: Option<&str>) -> Result<Vec<Suite>, String> {
    let entries = fs::read_dir(root)
        .map_err(|e| format!("cannot read conformance root {}: {e}", root.display()))?;
    let mut dirs = BTreeMap::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", root.display()))?;
        let path = entry.path();
        if path.join(ARGS_FILE).is_file() {
            if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                dirs.insert(name.to_string(), path.clone());
            }
        }
    }
    for name in only {
        if !dirs.contains_key(name) {
            let known: Vec<&str> = dirs.keys().map(String::as_str).collect();
            return Err(format!(
                "no suite named `{name}` in {} (suites: {})",
                root.display(),
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            ));
        }
    }
    dirs.into_iter()
        .filter(|(name, _)| only.is_empty() || only.contains(name))
        .map(|(name, dir)| load_suite(name, dir, filter))
        .collect()
}

fn load_suite(name: String, dir: PathBuf, filter: Option<&str>) -> Result<Suite, String> {
    let read = |file: &str| {
        let path = dir.join(file);
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let args = read(ARGS_FILE)?
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let known_failures = if dir.join(KNOWN_FAILURES_FILE).exists() {
        parse_known_failures(&read(KNOWN_FAILURES_FILE)?)
    } else {
        BTreeSet::new()
    };

    let mut files = Vec::new();
    let mut folders = Vec::new();
    let entries = fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_file() {
            files.push(name);
        } else if entry.path().is_dir() && !name.starts_with('.') {
            folders.push(name);
        }
    }
    let kind = if files.iter().any(|f| f.ends_with(REQUESTS_SUFFIX)) {
        SuiteKind::Http
    } else if files.iter().any(|f| f.ends_with(GENERATED_SUFFIX)) {
        SuiteKind::Eml
    } else {
        SuiteKind::Cli
    };
    if kind == SuiteKind::Eml {
        // A folder is a case too: a program of several modules, run as `mlrun NAME`.
        files.append(&mut folders);
    }
    let mut sources: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in files {
        let case = match kind {
            SuiteKind::Cli => case_name(&file),
            SuiteKind::Http => file.strip_suffix(REQUESTS_SUFFIX).filter(|_| !file.starts_with('.')),
            SuiteKind::Eml if dir.join(&file).is_dir() => Some(file.as_str()),
            SuiteKind::Eml => file.strip_suffix(".eml.ml").filter(|n| !n.is_empty() && !file.starts_with('.')),
        };
        if let Some(case) = case {
            sources.entry(case.to_string()).or_default().push(file.clone());
        }
    }

    let mut problems = Vec::new();
    for listed in &known_failures {
        if !sources.contains_key(listed) {
            problems.push(format!(
                "{KNOWN_FAILURES_FILE} lists `{listed}` but there is no such case"
            ));
        }
    }
    let mut cases = Vec::new();
    for (case, mut files) in sources {
        files.sort();
        if files.len() > 1 {
            // Both would read and bless the same NAME.expected.
            problems.push(format!(
                "case `{case}` has several sources sharing one expectation: {}",
                files.join(", ")
            ));
            continue;
        }
        if filter.is_some_and(|f| !case.contains(f)) {
            continue;
        }
        if let Some(source) = files.pop() {
            cases.push(Case { name: case, source });
        }
    }

    Ok(Suite {
        name,
        dir,
        kind,
        args,
        known_failures,
        cases,
        problems,
    })
}

/// The case a file is the source of, if it is one.
pub fn case_name(file: &str) -> Option<&str> {
    if file.starts_with('.') {
        return None;
    }
    let name = file
        .strip_suffix(".eml.ml")
        .or_else(|| file.strip_suffix(".ml"))
        .or_else(|| file.strip_suffix(".mli"))?;
    (!name.is_empty()).then_some(name)
}

/// One case name per line; `#` starts a comment, blank lines are ignored.
pub fn parse_known_failures(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim())
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{write, TempDir};

    #[test]
    fn case_names() {
        assert_eq!(case_name("foo.ml"), Some("foo"));
        assert_eq!(case_name("foo.mli"), Some("foo"));
        assert_eq!(case_name("page.eml.ml"), Some("page"));
        assert_eq!(case_name("foo.expected"), None);
        assert_eq!(case_name("args"), None);
        assert_eq!(case_name(".ml"), None);
        assert_eq!(case_name(".hidden.ml"), None);
    }

    #[test]
    fn known_failures_ignore_comments_and_blanks() {
        let parsed = parse_known_failures("# header\n\nfoo\n  bar  # gadts not yet\n#baz\n");
        assert_eq!(parsed.into_iter().collect::<Vec<_>>(), ["bar", "foo"]);
    }

    #[test]
    fn suites_are_directories_with_args() {
        let root = TempDir::new("discover");
        write(&root.join("b/args"), "--dump=ast\n");
        write(&root.join("b/one.ml"), "");
        write(&root.join("b/two.mli"), "");
        write(&root.join("b/three.eml.ml"), "");
        write(&root.join("b/one.expected"), "");
        write(&root.join("b/notes.txt"), "");
        write(&root.join("a/args"), "");
        write(&root.join("src/lib.rs"), "");
        write(&root.join("scoreboard.md"), "");

        let suites = discover(&root, &[], None).unwrap();
        let names: Vec<&str> = suites.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        let b = &suites[1];
        assert_eq!(b.args, ["--dump=ast"]);
        assert_eq!(b.kind, SuiteKind::Cli);
        let cases: Vec<(&str, &str)> = b
            .cases
            .iter()
            .map(|c| (c.name.as_str(), c.source.as_str()))
            .collect();
        assert_eq!(
            cases,
            [
                ("one", "one.ml"),
                ("three", "three.eml.ml"),
                ("two", "two.mli")
            ]
        );
        assert!(b.problems.is_empty());
        assert!(suites[0].cases.is_empty());
    }

    #[test]
    fn a_suite_of_requests_files_is_an_http_suite() {
        let root = TempDir::new("discover-http");
        write(&root.join("d/args"), "");
        write(&root.join("d/page.requests"), "serve: x.ml\n");
        write(&root.join("d/x.ml"), "");
        write(&root.join("d/page.expected"), "");
        let suites = discover(&root, &[], None).unwrap();
        assert_eq!(suites[0].kind, SuiteKind::Http);
        let names: Vec<&str> = suites[0].cases.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["page"]);
    }

    #[test]
    fn a_suite_with_generated_files_is_a_template_suite() {
        let root = TempDir::new("discover-eml");
        write(&root.join("e/args"), "");
        write(&root.join("e/page.eml.ml"), "");
        write(&root.join("e/page.generated"), "");
        write(&root.join("e/page.expected"), "");
        write(&root.join("e/helper.ml"), "");
        write(&root.join("e/app/main.ml"), "");
        let suites = discover(&root, &[], None).unwrap();
        assert_eq!(suites[0].kind, SuiteKind::Eml);
        let cases: Vec<(&str, &str)> = suites[0].cases.iter().map(|c| (c.name.as_str(), c.source.as_str())).collect();
        assert_eq!(cases, [("app", "app"), ("page", "page.eml.ml")]);
    }

    #[test]
    fn only_and_filter() {
        let root = TempDir::new("discover-only");
        write(&root.join("a/args"), "");
        write(&root.join("a/let_rec.ml"), "");
        write(&root.join("a/match.ml"), "");
        write(&root.join("b/args"), "");

        let suites = discover(&root, &["a".to_string()], Some("rec")).unwrap();
        assert_eq!(suites.len(), 1);
        assert_eq!(
            suites[0]
                .cases
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>(),
            ["let_rec"]
        );

        let err = discover(&root, &["nope".to_string()], None).unwrap_err();
        assert!(
            err.contains("no suite named `nope`") && err.contains("a, b"),
            "{err}"
        );
    }

    #[test]
    fn stale_known_failures_and_clashing_sources_are_problems() {
        let root = TempDir::new("discover-problems");
        write(&root.join("s/args"), "");
        write(&root.join("s/x.ml"), "");
        write(&root.join("s/x.mli"), "");
        write(&root.join("s/y.ml"), "");
        write(&root.join("s/known-failures"), "y\ngone\n");

        // The filter hides `y` but a listed name must still exist.
        let suites = discover(&root, &[], Some("zzz")).unwrap();
        let s = &suites[0];
        assert!(s.cases.is_empty());
        assert_eq!(s.problems.len(), 2, "{:?}", s.problems);
        assert!(s.problems.iter().any(|p| p.contains("`gone`")));
        assert!(s.problems.iter().any(|p| p.contains("x.ml, x.mli")));
    }
}
