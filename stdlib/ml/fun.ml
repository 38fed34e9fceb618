(* Fun. *)
external id : 'a -> 'a = "%identity"
let const c _ = c
let flip f x y = f y x
let negate p v = not (p v)
exception Finally_raised of exn
let () =
  Printexc.register_printer (function
    | Finally_raised e -> Some ("Fun.Finally_raised: " ^ Printexc.to_string e)
    | _ -> None)
let protect ~finally work =
  let finally_no_exn () = try finally () with e -> raise (Finally_raised e) in
  match work () with
  | result -> finally_no_exn (); result
  | exception work_exn -> finally_no_exn (); raise work_exn
