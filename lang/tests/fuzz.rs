//! Random mutations and truncations of real sources must never make the lexer, the parser or
//! the diagnostic renderer panic. Deterministic (a fixed seed) and bounded, so it runs in CI;
//! `lang/fuzz/` holds the coverage-guided cargo-fuzz target for longer runs.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::path::Path;

use mlrun_lang::diagnostic::SourceFile;

/// xorshift64*: enough randomness for mutations, and reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = vec![];
    for dir in ["conformance/parse", "demos"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths {
            if matches!(p.extension().and_then(|e| e.to_str()), Some("ml" | "mli")) {
                out.push(std::fs::read(&p).unwrap());
            }
        }
    }
    assert!(out.len() > 100, "fuzz corpus too small: {}", out.len());
    out
}

/// Bytes that tend to break lexers and parsers.
const INTERESTING: &[&[u8]] = &[
    b"(", b")", b"(*", b"*)", b"\"", b"'", b"{|", b"|}", b"[", b"]", b"[|", b"|]", b"{", b"}", b";",
    b";;", b"|", b"->", b"let", b"in", b"match", b"with", b"fun", b"begin", b"end", b"\\", b"\n",
    b"#", b"%", b"[@", b"[%", b"~", b"?", b"`", b".", b"..", b"\xc3\xa9", b"\xff", b"\0", b"\\u{",
    b"0x", b"1e", b"'\\", b"struct", b"sig", b"type", b"module", b"=", b":", b"::",
];

fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 => v.truncate(at),
            1 => {
                let end = (at + rng.below(20)).min(v.len());
                v.drain(at..end);
            }
            2 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                v.splice(at..at, piece.iter().copied());
            }
            3 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] = rng.next() as u8;
            }
            _ => {
                let from = rng.below(v.len());
                let end = (from + rng.below(30)).min(v.len());
                let chunk = v[from..end].to_vec();
                v.splice(at..at, chunk);
            }
        }
    }
    v
}

fn check(bytes: &[u8]) {
    let src = String::from_utf8_lossy(bytes);
    for result in [mlrun_lang::parse::implementation(&src).map(|_| ()), mlrun_lang::parse::interface(&src).map(|_| ())] {
        if let Err((diag, directives)) = result {
            let file = SourceFile { name: "fuzz.ml", text: &src, directives: &directives, origin: None };
            let text = file.render(&diag, false);
            assert!(text.starts_with("File \"") || text.starts_with("File"), "{text}");
        }
    }
}

#[test]
fn mutations_never_panic() {
    let corpus = corpus();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let iterations = std::env::var("MLRUN_FUZZ_ITERATIONS").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    for i in 0..iterations {
        let base = &corpus[rng.below(corpus.len())];
        let input = mutate(&mut rng, base);
        let outcome = std::panic::catch_unwind(|| check(&input));
        assert!(outcome.is_ok(), "panic on mutation #{i}:\n{}", String::from_utf8_lossy(&input));
    }
}

#[test]
fn every_truncation_of_a_program_is_handled() {
    for src in corpus().iter().filter(|s| s.len() > 600).take(3) {
        for cut in 0..src.len() {
            check(&src[..cut]);
        }
    }
}
