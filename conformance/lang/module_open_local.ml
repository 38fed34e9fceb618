module Vec = struct
  type t = { x : int; y : int }
  let make x y = { x; y }
  let ( + ) a b = { x = a.x + b.x; y = a.y + b.y }
  let ( * ) k a = { x = k * a.x; y = k * a.y }
  let to_string v = Printf.sprintf "<%d,%d>" v.x v.y
  let zero = make 0 0
end

let () =
  let v = Vec.(make 1 2 + (3 * make 1 1)) in
  print_endline (Vec.to_string v);
  print_endline Vec.(to_string (zero + v + v));
  Printf.printf "%d\n" (1 + 2);
  let w = let open Vec in 2 * v + make 10 10 in
  print_endline (Vec.to_string w);
  Printf.printf "%d\n" Vec.(w.x);
  let lst = List.(rev (map succ [ 1; 2; 3 ])) in
  print_endline (String.concat " " (List.map string_of_int lst));
  print_endline String.(concat "-" (split_on_char ' ' (uppercase_ascii "a b c")));
  let k = 5 in
  print_endline Vec.(to_string (k * make 1 2));
  Printf.printf "%d\n" (k * 2)
