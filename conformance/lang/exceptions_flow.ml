exception Found of int
let find_first p l = try List.iter (fun x -> if p x then raise (Found x)) l; None with Found x -> Some x
let () = match find_first (fun x -> x > 3) [1; 5; 7] with Some x -> Printf.printf "found %d\n" x | None -> print_endline "none"
let protect f = try f () with Not_found -> "not found" | Failure m -> "failure " ^ m | e -> "other " ^ Printexc.to_string e
let () = print_endline (protect (fun () -> raise Not_found))
let () = print_endline (protect (fun () -> failwith "boom"))
let () = print_endline (protect (fun () -> raise Exit))
let () = print_endline (protect (fun () -> invalid_arg "bad"))
let counter = ref 0
let with_cleanup f = match f () with v -> incr counter; v | exception e -> incr counter; raise e
let () = (try ignore (with_cleanup (fun () -> raise Not_found)) with Not_found -> ()); ignore (with_cleanup (fun () -> 1)); print_int !counter; print_newline ()
let rec depth n = if n = 0 then raise (Found 0) else try depth (n - 1) with Found k -> raise (Found (k + 1))
let () = try depth 100 with Found k -> Printf.printf "depth %d\n" k
