//! The VM on small programs that declare their own primitives (the stdlib lives in a crate
//! above this one), driven by the in-memory host.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // test code

use mlrun_runtime::host::{MemoryHost, Outcome};
use mlrun_runtime::{Scope, Unit};

const PRELUDE: &str = r#"
external ( + ) : int -> int -> int = "%addint"
external ( - ) : int -> int -> int = "%subint"
external ( * ) : int -> int -> int = "%mulint"
external ( = ) : 'a -> 'a -> bool = "%equal"
external ( < ) : 'a -> 'a -> bool = "%lessthan"
external raise : exn -> 'a = "%raise"
external format_int : string -> int -> string = "caml_format_int"
external output : int -> string -> unit = "caml_ml_output_string"
let print_int n = output 1 (format_int "%d" n); output 1 " "
"#;

fn run_with(src: &str, max_frames: usize) -> (String, Outcome) {
    let full = format!("{PRELUDE}\n{src}");
    let items = mlrun_lang::parse::implementation(&full).unwrap().tree;
    let units = [Unit { module: "Test", file: "test.ml", src: &full, directives: &[], items: &items, scope: Scope::Program, prefix: "", run: true, arg_plans: None }];
    let mut vm = mlrun_runtime::load(&units).map_err(|(d, _)| d.message()).unwrap();
    vm.max_frames = max_frames;
    let mut host = MemoryHost::default();
    let outcome = host.drive(&mut vm);
    (String::from_utf8(host.stdout).unwrap(), outcome)
}

fn run(src: &str) -> String {
    let (out, outcome) = run_with(src, 4_000_000);
    assert_eq!(outcome, Outcome::Done, "output so far: {out}");
    out
}

#[test]
fn arguments_are_evaluated_right_to_left() {
    assert_eq!(run("let f a b = a + b\nlet _ = f (print_int 1; 1) (print_int 2; 2)"), "2 1 ");
}

#[test]
fn partial_and_over_application() {
    let src = "let add3 a b c = a + b + c\nlet g = add3 1\nlet h = g 2\nlet () = print_int (h 3)\nlet k x = fun y -> x * y\nlet () = print_int (k 6 7)";
    assert_eq!(run(src), "6 42 ");
}

#[test]
fn a_long_tail_loop_runs_in_constant_frames() {
    let src = "let rec loop f n acc = if n = 0 then acc else loop f (n - 1) (f acc)\nlet () = print_int (loop (fun x -> x + 1) 3_000_000 0)";
    // 100 frames are plenty if tail calls reuse theirs.
    let (out, outcome) = run_with(src, 100);
    assert_eq!((out.as_str(), outcome), ("3000000 ", Outcome::Done));
}

#[test]
fn deep_recursion_and_stack_overflow() {
    let src = "let rec sum n = if n = 0 then 0 else n + sum (n - 1)\nlet () = print_int (sum 1_000_000)";
    assert_eq!(run(src), "500000500000 ");
    let (_, outcome) = run_with(src, 10_000);
    assert_eq!(outcome, Outcome::Uncaught("Stack_overflow".into()));
}

#[test]
fn exceptions_unwind_frames() {
    let src = "exception E of int\nlet rec f n = if n = 0 then raise (E 7) else 1 + f (n - 1)\nlet () = print_int (try f 1000 with E k -> k)\nlet () = print_int (f 3)";
    let (out, outcome) = run_with(src, 1_000_000);
    assert_eq!(out, "7 ");
    assert_eq!(outcome, Outcome::Uncaught("Test.E(7)".into()));
}

#[test]
fn ints_wrap_at_63_bits() {
    assert_eq!(run("let m = 4611686018427387903\nlet () = print_int (m + 1)\nlet () = print_int (m * 2)"), "-4611686018427387904 -2 ");
}

#[test]
fn match_failure_reports_the_location() {
    let (_, outcome) = run_with("let f = function 0 -> 1\nlet () = print_int (f 2)", 1000);
    assert_eq!(outcome, Outcome::Uncaught("Match_failure(\"test.ml\", 12, 8)".into()));
}

#[test]
fn over_application_through_a_tail_call() {
    // `g` is over-applied; its body tail-calls `h`, which must still hand its result the
    // extra argument.
    let src = "let h a b = fun c -> a + b + c\nlet g a = h a 10\nlet () = print_int (g 1 100)";
    assert_eq!(run(src), "111 ");
}

#[test]
fn named_host_services() {
    let src = "external pid : unit -> int = \"%host:unix_getpid\"\nlet () = print_int (pid ())";
    assert_eq!(run(src), "4242 ");
    let src = "external nope : int * string -> unit = \"%host:no_such_service\"\nlet () = nope (1, \"x\")";
    let (_, outcome) = run_with(src, 1000);
    assert_eq!(outcome, Outcome::Fatal("unknown host service `no_such_service`".into()));
}

#[test]
fn host_values_carry_blocks_and_strings() {
    use mlrun_runtime::host::HostValue;
    use mlrun_runtime::value::Value;
    let v = Value::block(1, vec![Value::Int(3), Value::string("ab"), Value::block(0, vec![Value::Float(1.5)])]);
    let h = HostValue::of_value(&v);
    let expected = HostValue::Block(
        1,
        vec![HostValue::Int(3), HostValue::String(b"ab".to_vec()), HostValue::Block(0, vec![HostValue::Float(1.5)])],
    );
    assert_eq!(h, expected);
    assert_eq!(HostValue::of_value(&h.to_value()), h);
}

#[test]
fn a_closure_in_a_switch_arm_tests_its_own_subject() {
    // The arm knows the outer subject's tag; the closure's subject has the same slot number.
    let src = "let f c = match c with None -> 0 | Some id -> (fun rows -> match rows with [ l ] -> l + id | _ -> 2) []\nlet () = print_int (f (Some 1))";
    assert_eq!(run(src), "2 ");
}
