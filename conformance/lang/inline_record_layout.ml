(* Inline records are their constructor's block: layout, printing, hashing, comparison. *)
type t = A of { x : int; mutable y : string } | B of int | C
exception E of { code : int; msg : string }
let show = function A { x; y } -> Printf.sprintf "A(%d,%s)" x y | B n -> Printf.sprintf "B %d" n | C -> "C"
let bump = function A r -> r.y <- r.y ^ "!"; A { r with x = r.x + 1 } | b -> b
let () =
  let v = A { x = 1; y = "s" } in
  print_endline (show (bump v)); print_endline (show v);
  Printf.printf "%d %d %b\n" (Obj.size (Obj.repr v)) (Obj.tag (Obj.repr v)) (Hashtbl.hash v = Hashtbl.hash (A { x = 1; y = "s!" }));
  (try raise (E { code = 3; msg = "m" }) with E { code; msg } -> Printf.printf "%d %s\n" code msg);
  (try raise (E { code = 4; msg = "n" }) with E r -> Printf.printf "%d %s\n" r.code r.msg);
  print_endline (Printexc.to_string (E { code = 5; msg = "z" }));
  Printf.printf "%b\n" (compare (A { x = 1; y = "a" }) (A { x = 1; y = "b" }) < 0)
(* An ordinary record's label stays usable after an inline record reuses its name. *)
type account = { id : int; owner : string }
exception Refused of { id : int; reason : string }
let check a = if a.id > 10 then raise (Refused { id = a.id; reason = a.owner ^ " is over" }) else a.id
let () =
  Printf.printf "%d\n" (check { id = 3; owner = "ann" });
  match check { id = 12; owner = "bob" } with
  | _ -> ()
  | exception Refused { id; reason } -> Printf.printf "refused %d: %s\n" id reason
