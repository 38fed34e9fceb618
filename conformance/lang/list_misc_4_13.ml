let show l = "[" ^ String.concat ";" (List.map string_of_int l) ^ "]"

let () =
  print_endline (show (List.filteri (fun i _ -> i > 1) [ 5; 6; 7; 8 ]));
  Printf.printf "%s\n" (match List.find_map (fun x -> if x > 2 then Some (x * 2) else None) [ 1; 2; 3; 4 ] with
    | Some v -> string_of_int v | None -> "none");
  let seq = List.to_seq [ 1; 2; 3 ] in
  print_endline (show (List.of_seq (Seq.map (fun x -> x * 3) seq)));
  print_endline (show (List.rev_map2 ( - ) [ 10; 20; 30 ] [ 1; 2; 3 ]));
  print_endline (show (List.sort_uniq (fun a b -> compare (a mod 3) (b mod 3)) [ 1; 2; 3; 4; 5; 6 ]));
  Printf.printf "%d\n" (List.compare_length_with [] 0);
  print_endline (show (List.cons 0 [ 1; 2 ]));
  let l = [ 1; 2; 3; 4; 5; 6; 7 ] in
  let rec take n = function [] -> [] | x :: r -> if n = 0 then [] else x :: take (n - 1) r in
  let rec drop n l = if n = 0 then l else match l with [] -> [] | _ :: r -> drop (n - 1) r in
  print_endline (show (take 3 l));
  print_endline (show (drop 3 l));
  Printf.printf "%d\n" (List.length (List.concat (List.init 100 (fun i -> List.init i Fun.id))))
