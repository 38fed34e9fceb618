//! The transcript of one `mlrun` run, and a short diff of two transcripts.

/// How the process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    /// Killed by a signal (unix), which has no exit code.
    Signal(i32),
}

/// stdout, then `--- stderr` and stderr if there was any, then `--- exit N` unless the run
/// exited 0. Each marker starts a line, so output without a final newline stays readable
/// and a clean run's transcript is exactly its stdout.
pub fn format(stdout: &[u8], stderr: &[u8], exit: Exit) -> Vec<u8> {
    let mut out = stdout.to_vec();
    if !stderr.is_empty() {
        marker(&mut out, "--- stderr");
        out.extend_from_slice(stderr);
    }
    match exit {
        Exit::Code(0) => {}
        Exit::Code(code) => marker(&mut out, &format!("--- exit {code}")),
        Exit::Signal(signal) => marker(&mut out, &format!("--- signal {signal}")),
    }
    out
}

fn marker(out: &mut Vec<u8>, line: &str) {
    if out.last().is_some_and(|&b| b != b'\n') {
        out.push(b'\n');
    }
    out.extend_from_slice(line.as_bytes());
    out.push(b'\n');
}

const CONTEXT: usize = 2;
const MAX_WIDTH: usize = 160;

/// A unified-style diff of the region where `expected` and `actual` differ: a `@@ line N @@`
/// header, a little context, `-` expected lines and `+` actual lines, cut to about
/// `max_lines` lines in all. Only the first differing region matters for a report: the
/// rest is in the files.
pub fn diff(expected: &[u8], actual: &[u8], max_lines: usize) -> Vec<String> {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();

    let prefix = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let room = e.len().min(a.len()) - prefix;
    let suffix = e
        .iter()
        .rev()
        .zip(a.iter().rev())
        .take(room)
        .take_while(|(x, y)| x == y)
        .count();
    let e_mid = e.get(prefix..e.len() - suffix).unwrap_or_default();
    let a_mid = a.get(prefix..a.len() - suffix).unwrap_or_default();
    if e_mid.is_empty() && a_mid.is_empty() {
        return Vec::new();
    }

    let mut out = vec![format!("@@ line {} @@", prefix + 1)];
    for line in e
        .get(prefix.saturating_sub(CONTEXT)..prefix)
        .unwrap_or_default()
    {
        out.push(format!(" {}", show(line)));
    }
    // Share what is left between the two sides, giving a short side's unused room to the other.
    let budget = max_lines.saturating_sub(out.len() + 3).max(2);
    let e_take = e_mid.len().min(budget - a_mid.len().min(budget / 2));
    let a_take = a_mid.len().min(budget - e_take);
    side(&mut out, '-', e_mid, e_take, "expected");
    side(&mut out, '+', a_mid, a_take, "actual");
    if let Some(line) = e.get(e.len() - suffix) {
        out.push(format!(" {}", show(line)));
    }
    out
}

fn side(out: &mut Vec<String>, sign: char, lines: &[&str], take: usize, what: &str) {
    for line in lines.iter().take(take) {
        out.push(format!("{sign}{}", show(line)));
    }
    if lines.len() > take {
        out.push(format!(
            "{sign}... {} more {what} lines",
            lines.len() - take
        ));
    }
}

fn show(line: &str) -> String {
    let (text, newline) = match line.strip_suffix('\n') {
        Some(text) => (text, true),
        None => (line, false),
    };
    let mut shown: String = text.chars().take(MAX_WIDTH).collect();
    if shown.len() < text.len() {
        shown.push_str("...");
    }
    if !newline {
        shown.push_str("  (no newline at end)");
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(stdout: &str, stderr: &str, exit: Exit) -> String {
        String::from_utf8(format(stdout.as_bytes(), stderr.as_bytes(), exit)).unwrap()
    }

    #[test]
    fn clean_run_is_just_stdout() {
        assert_eq!(fmt("hello\n", "", Exit::Code(0)), "hello\n");
        assert_eq!(fmt("", "", Exit::Code(0)), "");
        assert_eq!(fmt("no newline", "", Exit::Code(0)), "no newline");
    }

    #[test]
    fn stderr_and_exit_markers_start_lines() {
        assert_eq!(
            fmt("out\n", "err\n", Exit::Code(2)),
            "out\n--- stderr\nerr\n--- exit 2\n"
        );
        assert_eq!(
            fmt("out", "err", Exit::Code(1)),
            "out\n--- stderr\nerr\n--- exit 1\n"
        );
        assert_eq!(fmt("", "warning\n", Exit::Code(0)), "--- stderr\nwarning\n");
        assert_eq!(fmt("", "", Exit::Code(2)), "--- exit 2\n");
        assert_eq!(fmt("x\n", "", Exit::Signal(9)), "x\n--- signal 9\n");
    }

    #[test]
    fn diff_shows_first_differing_region_with_context() {
        let d = diff(b"a\nb\nc\nd\ne\n", b"a\nb\nc\nX\ne\n", 20);
        assert_eq!(d, ["@@ line 4 @@", " b", " c", "-d", "+X", " e"]);
    }

    #[test]
    fn diff_of_equal_texts_is_empty() {
        assert!(diff(b"same\n", b"same\n", 20).is_empty());
    }

    #[test]
    fn diff_marks_missing_final_newline() {
        assert_eq!(
            diff(b"a\n", b"a", 20),
            ["@@ line 1 @@", "-a", "+a  (no newline at end)"]
        );
    }

    #[test]
    fn diff_is_cut_short() {
        let expected: String = (0..100).map(|i| format!("e{i}\n")).collect();
        let actual: String = (0..100).map(|i| format!("a{i}\n")).collect();
        let d = diff(expected.as_bytes(), actual.as_bytes(), 20);
        assert!(d.len() <= 22, "{d:?}");
        assert!(
            d.contains(&"-... 92 more expected lines".to_string()),
            "{d:?}"
        );
        assert!(d.iter().any(|l| l.starts_with("+... ")), "{d:?}");
        // Extra output after a correct prefix shows only the added lines.
        assert_eq!(diff(b"a\n", b"a\nb\n", 20), ["@@ line 2 @@", " a", "+b"]);
    }
}
