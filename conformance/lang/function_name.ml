let f () = __FUNCTION__
let g () = let h () = __FUNCTION__ in h ()
let k () = (fun () -> __FUNCTION__) ()
module M = struct let m x = ignore x; __FUNCTION__ end
let top = __FUNCTION__
let rec r n = if n = 0 then __FUNCTION__ else r (n - 1)
let a, b = (fun () -> __FUNCTION__), 1
let () = List.iter print_endline [ f (); g (); k (); M.m 1; top; r 2; a () ]; ignore b
let () = print_endline __FUNCTION__
