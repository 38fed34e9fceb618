//! Where the conformance cases and the `mlrun` binary are.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `CONFORMANCE_DIR`, else this crate's directory (which holds the suites).
pub fn default_root() -> PathBuf {
    env::var_os("CONFORMANCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// `MLRUN`, else `mlrun` beside this executable, else built with cargo. Building is the last
/// resort because it is slow, and a binary next to us comes from the same build anyway.
pub fn find_mlrun() -> Result<PathBuf, String> {
    if let Some(path) = env::var_os("MLRUN") {
        return Ok(absolute(Path::new(&path)));
    }
    let dir = target_dir()?;
    let candidate = dir.join("mlrun");
    if candidate.is_file() {
        return Ok(candidate);
    }

    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = Command::new(&cargo);
    build.args(["build", "-p", "mlrun-dream", "--bin", "mlrun"]);
    if dir.file_name().is_some_and(|n| n == "release") {
        build.arg("--release");
    }
    // The workspace is this crate's parent, wherever the command was started from.
    if let Some(workspace) = Path::new(env!("CARGO_MANIFEST_DIR")).parent() {
        build.current_dir(workspace);
    }
    eprintln!(
        "mlrun-conformance: no mlrun beside {}; building it",
        dir.display()
    );
    let status = build
        .status()
        .map_err(|e| format!("cannot run {}: {e}", cargo.to_string_lossy()))?;
    if !status.success() {
        return Err(format!("building mlrun failed ({status})"));
    }
    if candidate.is_file() {
        Ok(candidate)
    } else {
        Err(format!(
            "cargo built mlrun but {} does not exist",
            candidate.display()
        ))
    }
}

/// The cargo profile directory this executable is in: `target/debug/`, also for a test
/// binary, which lives one level down in `target/debug/deps/`.
fn target_dir() -> Result<PathBuf, String> {
    let exe = env::current_exe().map_err(|e| format!("cannot find the current executable: {e}"))?;
    let dir = exe
        .parent()
        .ok_or_else(|| format!("{} has no parent directory", exe.display()))?;
    match dir.parent() {
        Some(parent) if dir.file_name().is_some_and(|n| n == "deps") => Ok(parent.to_path_buf()),
        _ => Ok(dir.to_path_buf()),
    }
}

/// Cases run in their suite directory, so a relative path to mlrun must be made absolute
/// first; a bare name is left for `PATH` to resolve.
pub fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() || path.components().count() <= 1 {
        return path.to_path_buf();
    }
    env::current_dir()
        .map(|cwd| cwd.join(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_paths() {
        assert_eq!(
            absolute(Path::new("/usr/bin/mlrun")),
            Path::new("/usr/bin/mlrun")
        );
        assert_eq!(absolute(Path::new("mlrun")), Path::new("mlrun"));
        let rel = absolute(Path::new("target/debug/mlrun"));
        assert!(
            rel.is_absolute() && rel.ends_with("target/debug/mlrun"),
            "{}",
            rel.display()
        );
    }

    #[test]
    fn test_binaries_look_in_the_profile_directory() {
        let dir = target_dir().unwrap();
        assert_ne!(dir.file_name().unwrap(), "deps", "{}", dir.display());
    }
}
