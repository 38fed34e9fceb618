let () =
  let s = "abc" ^ "def" ^ "" ^ "g" in
  print_endline s;
  let l = [ 1; 2 ] @ [ 3 ] @ [] @ [ 4; 5 ] in
  print_endline (String.concat "," (List.map string_of_int l));
  let nested = [ [ 1 ] ] @ [ [ 2; 3 ] ] in
  Printf.printf "%d\n" (List.length nested);
  print_endline ("x" ^ String.make 3 'y' ^ string_of_int 42);
  let ( +^ ) a b = a ^ "+" ^ b in
  print_endline ("a" +^ "b" +^ "c");
  let ( |> ) x f = f (f x) in
  Printf.printf "%d\n" (3 |> succ);
  let ( -- ) a b = List.init (b - a + 1) (fun i -> a + i) in
  print_endline (String.concat " " (List.map string_of_int (1 -- 7)));
  let ( ** ) a b = a * b in
  Printf.printf "%d\n" (6 ** 7);
  Printf.printf "%d\n" (2 + 3 * 4 - 10 / 3);
  Printf.printf "%d\n" ((2 + 3) * (4 - 10) / 3);
  Printf.printf "%b\n" (1 < 2 = true);
  Printf.printf "%d\n" (-2 * -3);
  Printf.printf "%d %d\n" (7 mod 3 * 2) (7 * 3 mod 4);
  Printf.printf "%d\n" (1 lsl 2 + 1);
  Printf.printf "%b\n" (not true || true);
  Printf.printf "%s\n" (string_of_float Stdlib.(2. ** 3. ** 2.))
