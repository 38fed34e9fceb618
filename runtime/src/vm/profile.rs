//! Opt-in (`--features profile`): counts the operations each function executes and, every
//! few million, writes the heaviest functions to the file named by `MLRUN_PROFILE`. For
//! finding the ML code a workload spends its time in; costs nothing when the feature is off.

use std::io::Write;

use crate::code::Code;

#[derive(Default)]
pub struct Profile {
    ops: Vec<u64>,
    total: u64,
}

impl Profile {
    #[inline]
    pub fn count(&mut self, code: u32, codes: &[Code]) {
        let i = code as usize;
        if self.ops.len() <= i {
            self.ops.resize(i + 1, 0);
        }
        if let Some(n) = self.ops.get_mut(i) {
            *n += 1;
        }
        self.total += 1;
        if self.total % (1 << 24) == 0 {
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
    }
}
