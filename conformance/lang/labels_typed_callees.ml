(* Labels commute and optional parameters are defaulted or erased according to the
   function's type, also when the function is not known by name: a parameter, a record
   field, a list element, a partial application. *)
type ops = { run : x:int -> ?scale:int -> y:int -> unit -> int }

let ops = { run = (fun ~x ?(scale = 1) ~y () -> (x - y) * scale) }
let use_ops o = o.run ~y:1 ~x:5 () + o.run ~scale:10 ~y:1 ~x:5 ()
let apply (f : x:int -> y:int -> int) = f ~y:2 ~x:10
let curry (f : a:int -> b:int -> int) = let g = f ~b:3 in g ~a:10
let fs = [ (fun ~a ~b -> a - b); (fun ~a ~b -> (a * 100) + b) ]
let hof ~(f : ?pre:string -> string -> string) = f "x" ^ f ~pre:">" "y"
let deco ?(pre = "-") s = pre ^ s
let pipe (f : k:int -> int -> int) = 5 |> f ~k:2
let twice (f : ?n:int -> unit -> int) = f () + f ~n:7 ()
let opt_pass (f : ?n:int -> unit -> int) n = f ?n ()
let call_opt (h : ?a:int -> int -> int) = h 5
let opt ?(a = 1) b = a + b
let traced ?(tag = "t") () = print_endline ("traced " ^ tag); fun x -> x * 2

let () =
  Printf.printf "%d %d\n" (use_ops ops) (apply (fun ~x ~y -> x - y));
  Printf.printf "%d\n" (curry (fun ~a ~b -> a - b));
  List.iter (fun f -> Printf.printf "%d " (f ~a:2 ~b:1)) fs;
  print_newline ();
  print_endline (hof ~f:deco);
  Printf.printf "%d\n" (pipe (fun ~k x -> (k * 10) + x));
  Printf.printf "%d\n" (twice (fun ?(n = 1) () -> n));
  Printf.printf "%d %d\n" (opt_pass (fun ?(n = 1) () -> n) None) (opt_pass (fun ?(n = 1) () -> n) (Some 4));
  Printf.printf "%d\n" (call_opt opt);
  (* Erased where a plain function is expected: an argument, a constructor argument, a pipe. *)
  let k (h : ?a:int -> int -> int) = 5 |> h in
  Printf.printf "%d %d\n" (k opt) (List.fold_left (fun acc f -> acc + f 1) 0 [ opt; opt ]);
  Printf.printf "%d %d\n" (opt @@ 3) (List.hd (List.map opt [ 7 ]));
  let g = traced ~tag:"once" () in
  Printf.printf "%d %d\n" (g 1) (g 2);
  let module M = struct let f ~sep l = String.concat sep l end in
  let j = M.f in
  print_endline (j [ "a"; "b" ] ~sep:"+")
