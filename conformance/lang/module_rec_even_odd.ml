(* Mutually recursive modules with records, exceptions raised across them, and values
   computed when the modules are initialised *)
module rec Even : sig
  type r = { n : int; even : bool }
  val check : int -> r
  val name : string
end = struct
  type r = { n : int; even : bool }
  let check n = if n = 0 then { n; even = true } else { (Odd.check (n - 1)) with n }
  let name = "even"
end

and Odd : sig
  val check : int -> Even.r
  val label : unit -> string
end = struct
  let check n =
    if n < 0 then invalid_arg "Odd.check"
    else if n = 0 then { Even.n; even = false }
    else
      let r = Even.check (n - 1) in
      { r with Even.n }
  let label () = "odd after " ^ Even.name
end

let () =
  List.iter
    (fun n ->
      let r = Even.check n in
      Printf.printf "%d: %b\n" r.Even.n r.Even.even)
    [ 0; 1; 6; 7 ];
  print_endline (Odd.label ());
  match Odd.check (-1) with
  | _ -> ()
  | exception Invalid_argument m -> print_endline m
