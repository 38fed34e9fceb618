//! Opt-in (`--features profile`): counts the operations each function executes and, every
//! few million (`MLRUN_PROFILE_EVERY`), writes the heaviest functions to the file named by `MLRUN_PROFILE`. For
//! finding the ML code a workload spends its time in; costs nothing when the feature is off.
//! It also counts operations by kind (primitives by name), which shows what fusing or a
//! faster path would save.

use std::io::Write;

use std::collections::HashMap;

use crate::code::{Code, Op};

pub struct Profile {
    ops: Vec<u64>,
    total: u64,
    kinds: HashMap<String, u64>,
    /// How many operations between two writes (`MLRUN_PROFILE_EVERY`, default 2^24): a
    /// small one measures a short run, e.g. a known number of requests.
    every: u64,
}

impl Default for Profile {
    fn default() -> Self {
        let every = std::env::var("MLRUN_PROFILE_EVERY").ok().and_then(|s| s.parse().ok()).unwrap_or(1 << 24);
        Profile { ops: vec![], total: 0, kinds: HashMap::new(), every: every.max(1) }
    }
}

/// What an operation is, for the histogram: its variant, and the primitive it runs.
fn kind(op: &Op) -> String {
    match op {
        Op::Prim(p) => format!("Prim {}", p.name()),
        Op::IntImm(p, _) => format!("IntImm {}", p.name()),
        Op::BranchIfNotImm(p, _, _) => format!("BranchIfNotImm {}", p.name()),
        _ => {
            let s = format!("{op:?}");
            s.split(['(', ' ', '{']).next().unwrap_or("").to_owned()
        }
    }
}

impl Profile {
    #[inline]
    pub fn count(&mut self, code: u32, op: &Op, codes: &[Code]) {
        *self.kinds.entry(kind(op)).or_insert(0) += 1;
        let i = code as usize;
        if self.ops.len() <= i {
            self.ops.resize(i + 1, 0);
        }
        if let Some(n) = self.ops.get_mut(i) {
            *n += 1;
        }
        self.total += 1;
        if self.total % self.every == 0 {
            self.write(codes);
        }
    }

    fn write(&self, codes: &[Code]) {
        let Ok(path) = std::env::var("MLRUN_PROFILE") else { return };
        let mut rows: Vec<(u64, &str)> =
            self.ops.iter().zip(codes).map(|(n, c)| (*n, c.name.as_str())).filter(|(n, _)| *n > 0).collect();
        rows.sort_by(|a, b| b.0.cmp(&a.0));
        let Ok(mut f) = std::fs::File::create(path) else { return };
        let _ = writeln!(f, "{} ops", self.total);
        for (n, name) in rows.iter().take(60) {
            let _ = writeln!(f, "{:6.2}% {n:>12} {name}", 100.0 * *n as f64 / self.total as f64);
        }
        let mut kinds: Vec<(&u64, &String)> = self.kinds.iter().map(|(k, n)| (n, k)).collect();
        kinds.sort_by(|a, b| b.0.cmp(a.0));
        let _ = writeln!(f, "\nby kind:");
        for (n, name) in kinds.iter().take(60) {
            let _ = writeln!(f, "{:6.2}% {n:>12} {name}", 100.0 * **n as f64 / self.total as f64);
        }
    }
}
