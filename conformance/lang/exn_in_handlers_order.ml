exception A of int
exception B of int

let step name f =
  Printf.printf "enter %s\n" name;
  let r = f () in
  Printf.printf "leave %s\n" name;
  r

let () =
  let r =
    try
      step "outer" (fun () ->
          try step "inner" (fun () -> raise (A 1)) with
          | A n -> Printf.printf "handler A %d raises B\n" n; raise (B (n + 1)))
    with B n -> Printf.printf "handler B %d\n" n; n * 10 in
  Printf.printf "r = %d\n" r;
  let count = ref 0 in
  let rec deep n = if n = 0 then raise (A !count) else (incr count; try deep (n - 1) with B _ -> 0) in
  (try ignore (deep 50) with A n -> Printf.printf "A from depth %d\n" n);
  let f () = try raise (A 5) with A n when n > 10 -> 1 in
  (try ignore (f ()) with A n -> Printf.printf "guard failed, A %d propagated\n" n)
