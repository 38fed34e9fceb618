//! `mlrun DIR`: every `.ml`, `.eml.ml` and `.eml.html` file of a folder is a module named by
//! its file (as dune names them); the entry module is the one the folder's `dune` file names
//! in `(executable (name X))`, else `main`. Modules come out in dependency order.

use std::path::Path;

/// A module's name from its file name: `my_page.eml.ml` is `My_page`.
pub fn module_name(file: &str) -> String {
    let stem = Path::new(file).file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let stem = stem.split('.').next().unwrap_or_default().to_owned();
    let mut chars = stem.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => stem,
    }
}

fn is_source(name: &str) -> bool {
    name.ends_with(".ml") || name.ends_with(".eml.html")
}

/// The executable's name in a dune file, if it has one.
fn dune_entry(dune: &str) -> Option<String> {
    let at = dune.find("(executable")?;
    let rest = dune.get(at..)?;
    let name_at = rest.find("(name")?;
    let after = rest.get(name_at + 5..)?.trim_start();
    let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

/// The folder's sources as (path, text), dependencies first and the entry module last.
pub fn sources(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("mlrun: cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<(String, String, String)> = vec![];
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_source(&name) || name.ends_with(".pp.ml") {
            continue;
        }
        let path = entry.path().to_string_lossy().into_owned();
        let text = std::fs::read(entry.path()).map_err(|e| format!("mlrun: cannot read {path}: {e}"))?;
        files.push((module_name(&name), path, String::from_utf8_lossy(&text).into_owned()));
    }
    files.sort();
    let entry = std::fs::read_to_string(dir.join("dune")).ok().and_then(|d| dune_entry(&d)).map_or_else(|| "Main".to_owned(), |n| module_name(&n));
    let Some(entry_at) = files.iter().position(|(m, _, _)| *m == entry) else {
        return Err(format!("mlrun: no entry module {entry} in {} (name it in dune's (executable (name ...)) or add main.ml)", dir.display()));
    };
    let entry_file = files.remove(entry_at);
    let mut ordered: Vec<(String, String, String)> = vec![];
    // Repeatedly take the first module whose local dependencies are all placed.
    while !files.is_empty() {
        let names: Vec<String> = files.iter().map(|(m, _, _)| m.clone()).collect();
        let ready = files
            .iter()
            .position(|(m, _, text)| names.iter().all(|n| n == m || !mentions(text, n)))
            .unwrap_or(0);
        ordered.push(files.remove(ready));
    }
    ordered.push(entry_file);
    Ok(ordered.into_iter().map(|(_, path, text)| (path, text)).collect())
}

/// Whether source text refers to module `m` (`M.x`, `open M`, `include M`).
fn mentions(text: &str, m: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.find(m)) {
        let at = from + i;
        let end = at + m.len();
        let before_ok = at == 0 || !bytes.get(at - 1).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.');
        let after = bytes.get(end).copied();
        let used = after == Some(b'.') || text.get(..at).is_some_and(|t| t.trim_end().ends_with("open") || t.trim_end().ends_with("include"));
        if before_ok && used && !after.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return true;
        }
        from = end;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_entries() {
        assert_eq!(module_name("dir/my_page.eml.ml"), "My_page");
        assert_eq!(dune_entry("(executable\n (name hello)\n (libraries dream))"), Some("hello".into()));
        assert!(mentions("let x = Page.render ()", "Page"));
        assert!(mentions("open Page\n", "Page"));
        assert!(!mentions("let x = Pager.render ()", "Page"));
        assert!(!mentions("let x = A.Page.v", "Page"));
    }
}
