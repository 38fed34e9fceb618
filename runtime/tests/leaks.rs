//! The collector frees what a finished program made, cycles included: these tests run
//! programs that build cycles (local `let rec` closures, a cyclic list, records pointing at
//! each other) and check, with a counting allocator, that memory still in use after a
//! collection does not grow with the work done.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use mlrun_runtime::host::{MemoryHost, Outcome};
use mlrun_runtime::{Scope, Unit};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const PRELUDE: &str = r#"
external ( + ) : int -> int -> int = "%addint"
external ( - ) : int -> int -> int = "%subint"
external ( = ) : 'a -> 'a -> bool = "%equal"
"#;

/// Bytes still allocated after running `src` and dropping everything it made.
fn residue(src: &str) -> isize {
    let full = format!("{PRELUDE}\n{src}");
    let before = LIVE.load(Ordering::Relaxed);
    {
        let items = mlrun_lang::parse::implementation(&full).unwrap().tree;
        let units = [Unit { module: "Test", file: "test.ml", src: &full, directives: &[], items: &items, scope: Scope::Program, prefix: "", run: true, arg_plans: None }];
        let mut vm = mlrun_runtime::load(&units).map_err(|(d, _)| d.message()).unwrap();
        let mut host = MemoryHost::default();
        assert_eq!(host.drive(&mut vm), Outcome::Done);
    }
    // The VM is gone, so nothing is a root any more.
    mlrun_runtime::heap::collect(|_| {});
    mlrun_runtime::heap::trim();
    LIVE.load(Ordering::Relaxed) - before
}

/// The residues of a program run 10 and 20,000 times, its sources made beforehand.
fn residues(program: impl Fn(usize) -> String) -> (isize, isize) {
    let (small, large) = (program(10), program(20_000));
    (residue(&small), residue(&large))
}

/// One test: the allocator's count is process-wide, so nothing else may run meanwhile.
#[test]
fn what_programs_make_is_freed() {
    local_recursive_functions_are_freed();
    cycles_built_by_the_program_are_freed();
}

fn local_recursive_functions_are_freed() {
    // Self recursion, mutual recursion, a sibling captured by an inner closure, a partial
    // application of a recursive function: all made afresh on every call of `f`.
    let program = |n: usize| {
        format!(
            "let f n =
               let rec even i = if i = 0 then true else odd (i - 1)
               and odd i = if i = 0 then false else even (i - 1) in
               let rec count i acc = if i = 0 then acc else count (i - 1) (acc + 1) in
               let rec twice g x = if x = 0 then g 0 else (fun y -> twice g y) (x - 1) in
               let p = count 3 in
               if even n then p 0 + twice (fun x -> x) 2 else 0
             let rec loop i = if i = 0 then () else (ignore (f 4); loop (i - 1))
             and ignore _ = ()
             let () = loop {n}"
        )
    };
    let (small, large) = residues(program);
    assert!(large - small < 4096, "memory kept grows with the iterations: {small} bytes after 10, {large} after 20000");
}

fn cycles_built_by_the_program_are_freed() {
    let program = |n: usize| {
        format!(
            "type node = {{ mutable next : node option; v : int }}
             let f i =
               let a = {{ next = None; v = i }} in
               let b = {{ next = Some a; v = i }} in
               a.next <- Some b;
               let rec ones = 1 :: ones in
               match ones with x :: _ -> x | [] -> 0
             let rec loop i = if i = 0 then () else (ignore (f i); loop (i - 1))
             and ignore _ = ()
             let () = loop {n}"
        )
    };
    let (small, large) = residues(program);
    assert!(large - small < 4096, "memory kept grows with the iterations: {small} bytes after 10, {large} after 20000");
}
