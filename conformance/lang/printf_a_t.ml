let pp_pair oc (a, b) = Printf.fprintf oc "<%d,%d>" a b
let pp_list pp oc l = List.iteri (fun i x -> if i > 0 then output_string oc "; "; pp oc x) l
let stamp oc = output_string oc "[stamp]"

let () =
  Printf.printf "pair: %a\n" pp_pair (1, 2);
  Printf.printf "list: [%a]\n" (pp_list pp_pair) [ (1, 2); (3, 4); (5, 6) ];
  Printf.printf "%t then %t\n" stamp stamp;
  Printf.printf "%a and %a\n" pp_pair (7, 8) pp_pair (9, 10);
  let s = Printf.sprintf "%a|%t" (fun () x -> "x=" ^ string_of_int x) 5 (fun () -> "T") in
  print_endline s;
  let b = Buffer.create 16 in
  Printf.bprintf b "%a" (fun b s -> Buffer.add_string b (String.uppercase_ascii s)) "shout";
  Printf.bprintf b "%t" (fun b -> Buffer.add_string b "!");
  print_endline (Buffer.contents b);
  Printf.printf "%a\n" (fun oc n -> for _ = 1 to n do output_char oc '*' done) 5
