type counter = { name : string; mutable count : int; mutable history : int list }

let bump c n =
  c.count <- c.count + n;
  c.history <- n :: c.history

let show c =
  Printf.printf "%s: count=%d history=[%s]\n" c.name c.count
    (String.concat ";" (List.map string_of_int (List.rev c.history)))

let () =
  let a = { name = "a"; count = 0; history = [] } in
  let b = a in
  bump a 5;
  bump b 3;
  show a;
  show b;
  Printf.printf "same record: %b\n" (a == b);
  let c = { a with name = "c" } in
  bump c 100;
  show a;
  show c;
  let arr = Array.init 3 (fun i -> { name = string_of_int i; count = i; history = [] }) in
  Array.iter (fun r -> bump r 10) arr;
  Array.iter show arr
