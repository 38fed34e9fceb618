//! Template suites: each template of a case must become exactly the OCaml in its
//! `.generated` file (`mlrun --dump=eml`), then the case runs like any program and its
//! transcript is judged against `NAME.expected`.

use std::fs;
use std::path::Path;
use std::time::Duration;

use crate::case::{run_mlrun, Run};
use crate::discover::{Case, Suite, GENERATED_SUFFIX};
use crate::transcript;

const DIFF_LINES: usize = 12;

/// The templates of a case, as (path given to mlrun, expected-OCaml file), both relative to
/// the suite directory: the case's own `NAME.eml.ml`, or every template of its folder.
pub fn templates(suite_dir: &Path, case: &Case) -> Vec<(String, String)> {
    let generated = |source: &str| {
        let stem = source.strip_suffix(".eml.ml").or_else(|| source.strip_suffix(".eml.html")).unwrap_or(source);
        format!("{stem}{GENERATED_SUFFIX}")
    };
    let folder = suite_dir.join(&case.source);
    if !folder.is_dir() {
        return vec![(case.source.clone(), generated(&case.source))];
    }
    let mut names: Vec<String> = fs::read_dir(&folder)
        .map(|entries| entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".eml.ml") || n.ends_with(".eml.html"));
    names.sort();
    names.into_iter().map(|n| (format!("{}/{n}", case.source), generated(&format!("{}/{n}", case.source)))).collect()
}

pub fn run_eml(mlrun: &Path, suite: &Suite, case: &Case, timeout: Duration) -> Run {
    let mut mismatches = Vec::new();
    for (template, generated) in templates(&suite.dir, case) {
        let dump = run_mlrun(mlrun, &suite.dir, &["--dump=eml".to_string(), template.clone()], None, timeout);
        if let Some(problem) = dump.problem {
            return Run { transcript: Vec::new(), problem: Some(problem) };
        }
        match fs::read(suite.dir.join(&generated)) {
            Ok(expected) if expected == dump.transcript => {}
            Ok(expected) => {
                let diff = transcript::diff(&expected, &dump.transcript, DIFF_LINES);
                mismatches.push(format!("{template} does not become {generated}:\n    {}", diff.join("\n    ")));
            }
            Err(e) => mismatches.push(format!("cannot read {generated}: {e}")),
        }
    }
    let mut args = suite.args.clone();
    args.push(case.source.clone());
    let mut run = run_mlrun(mlrun, &suite.dir, &args, None, timeout);
    if !mismatches.is_empty() {
        let previous = run.problem.take().map(|p| format!("; {p}")).unwrap_or_default();
        run.problem = Some(format!("{}{previous}", mismatches.join("\n")));
    }
    run
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{write, TempDir};

    #[test]
    fn a_folder_case_checks_each_of_its_templates() {
        let dir = TempDir::new("eml-templates");
        write(&dir.join("app/main.ml"), "");
        write(&dir.join("app/page.eml.html"), "");
        write(&dir.join("app/list.eml.ml"), "");
        let case = Case { name: "app".into(), source: "app".into() };
        assert_eq!(
            templates(&dir, &case),
            [("app/list.eml.ml".to_string(), "app/list.generated".to_string()), ("app/page.eml.html".into(), "app/page.generated".into())]
        );
        let case = Case { name: "one".into(), source: "one.eml.ml".into() };
        assert_eq!(templates(&dir, &case), [("one.eml.ml".to_string(), "one.generated".to_string())]);
    }
}
