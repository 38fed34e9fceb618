let show l = "[" ^ String.concat ";" (List.map string_of_int l) ^ "]"

let () =
  let ll = [ [ 1; 2 ]; []; [ 3 ]; [ 4; 5; 6 ] ] in
  print_endline (show (List.flatten ll));
  print_endline (show (List.concat ll));
  print_endline (show (List.concat_map (fun x -> [ x; x * 10 ]) [ 1; 2; 3 ]));
  print_endline (show (List.concat_map (fun x -> if x mod 2 = 0 then [] else [ x ]) [ 1; 2; 3; 4; 5 ]));
  print_endline (show (List.filter_map (fun x -> if x > 2 then Some (x * x) else None) [ 1; 2; 3; 4 ]));
  print_endline
    (show (List.filter_map int_of_string_opt [ "1"; "x"; "22"; ""; "0x10" ]));
  print_endline (show (List.flatten []));
  let nested = List.init 4 (fun i -> List.init i (fun j -> (i * 10) + j)) in
  print_endline (show (List.flatten nested));
  let pairs = List.concat_map (fun a -> List.map (fun b -> (a, b)) [ 'x'; 'y' ]) [ 1; 2 ] in
  List.iter (fun (a, b) -> Printf.printf "%d%c " a b) pairs;
  print_newline ();
  let _ = List.concat_map (fun x -> Printf.printf "cm %d\n" x; [ x ]) [ 1; 2; 3 ] in
  let _ = List.filter_map (fun x -> Printf.printf "fm %d\n" x; Some x) [ 1; 2; 3 ] in
  ()
