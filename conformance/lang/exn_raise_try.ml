exception Too_big of int
exception Empty

let check n = if n > 100 then raise (Too_big n) else if n = 0 then raise Empty else n * 2

let run n =
  try Printf.printf "check %d = %d\n" n (check n) with
  | Too_big m -> Printf.printf "too big: %d\n" m
  | Empty -> print_endline "empty"

let () =
  List.iter run [ 5; 500; 0; 100 ];
  let r = try check 1000 with Too_big _ -> -1 in
  Printf.printf "r = %d\n" r;
  let nested () =
    try (try raise Empty with Too_big _ -> print_endline "inner handler") with Empty -> print_endline "outer handler" in
  nested ();
  (try failwith "boom" with Failure msg -> Printf.printf "Failure: %s\n" msg);
  (try invalid_arg "bad" with Invalid_argument msg -> Printf.printf "Invalid_argument: %s\n" msg);
  (try raise Not_found with Not_found -> print_endline "Not_found");
  (try raise Exit with Exit -> print_endline "Exit");
  let x = try 10 / 0 with Division_by_zero -> 0 in
  Printf.printf "x = %d\n" x
