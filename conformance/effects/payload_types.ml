(* Effects carrying and returning values of many types: int, string, record,
   function, tuple/bool, list, a polymorphic option, and an exception. *)
open Effect
open Effect.Deep

type point = { x : int; y : int }

type _ Effect.t +=
  | Int_eff : int -> int Effect.t
  | Str_eff : string -> string Effect.t
  | Rec_eff : point -> point Effect.t
  | Fun_eff : (int -> int) -> (int -> int) Effect.t
  | Pair_eff : (string * float) -> bool Effect.t
  | List_eff : int list -> int list Effect.t
  | Opt_eff : 'b option -> 'b list Effect.t
  | Exn_eff : exn -> unit Effect.t

let comp () =
  let i = perform (Int_eff 20) in
  Printf.printf "int: %d\n" i;
  let s = perform (Str_eff "hello") in
  Printf.printf "string: %s\n" s;
  let p = perform (Rec_eff { x = 1; y = 2 }) in
  Printf.printf "record: {x=%d; y=%d}\n" p.x p.y;
  let f = perform (Fun_eff (fun n -> n + 1)) in
  Printf.printf "function: f 10 = %d\n" (f 10);
  let b = perform (Pair_eff ("pi", 3.14)) in
  Printf.printf "pair -> %b\n" b;
  let l = perform (List_eff [3; 1; 2]) in
  Printf.printf "list: [%s]\n" (String.concat "; " (List.map string_of_int l));
  let o1 = perform (Opt_eff (Some "x")) in
  let o2 = perform (Opt_eff (None : int option)) in
  Printf.printf "option: %d and %d elements\n" (List.length o1) (List.length o2);
  (try perform (Exn_eff (Failure "via effect"))
   with Failure m -> Printf.printf "exn payload came back: %s\n" m);
  "all payloads done"

let () =
  let r =
    try_with comp ()
      { effc = (fun (type a) (eff : a Effect.t) ->
          match eff with
          | Int_eff n -> Some (fun (k : (a, string) continuation) -> continue k (n * 2 + 1))
          | Str_eff s -> Some (fun (k : (a, string) continuation) -> continue k (String.uppercase_ascii s ^ "!"))
          | Rec_eff p -> Some (fun (k : (a, string) continuation) -> continue k { x = p.y * 10; y = p.x * 10 })
          | Fun_eff g -> Some (fun (k : (a, string) continuation) -> continue k (fun n -> g (g n) * 3))
          | Pair_eff (name, v) ->
            Some (fun (k : (a, string) continuation) -> continue k (String.length name = 2 && v > 3.0))
          | List_eff l -> Some (fun (k : (a, string) continuation) -> continue k (List.sort compare l @ [0]))
          | Opt_eff o ->
            Some (fun (k : (a, string) continuation) ->
              continue k (match o with Some v -> [v; v] | None -> []))
          | Exn_eff e -> Some (fun (k : (a, string) continuation) -> discontinue k e)
          | _ -> None) }
  in
  print_endline r
