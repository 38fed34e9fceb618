let rec ones = 1 :: ones
let rec abc = 'a' :: 'b' :: 'c' :: abc

type node = { value : int; next : node }

let rec a = { value = 1; next = b }
and b = { value = 2; next = a }

let () =
  Printf.printf "%d %d\n" (List.hd ones) (List.nth ones 1000);
  Printf.printf "%b\n" (List.tl ones == ones);
  let take n l = List.init n (fun i -> List.nth l i) in
  print_endline (String.of_seq (List.to_seq (take 10 abc)));
  let rec walk n node = if n = 0 then [] else node.value :: walk (n - 1) node.next in
  print_endline (String.concat "," (List.map string_of_int (walk 7 a)));
  Printf.printf "%b\n" (a.next.next == a);
  let rec f = fun n -> if n = 0 then 1 else n * f (n - 1) in
  Printf.printf "%d\n" (f 10);
  let rec lazy_nums = lazy (1 :: Lazy.force lazy_tail) and lazy_tail = lazy [ 2; 3 ] in
  Printf.printf "%d\n" (List.length (Lazy.force lazy_nums));
  let rec cyc = [| 0 |] :: cyc in
  Printf.printf "%d\n" (List.nth cyc 5).(0)
