let show = function None -> "None" | Some x -> "Some " ^ string_of_int x

let () =
  print_endline (show (Option.some 5));
  print_endline (show Option.none);
  Printf.printf "%d %d\n" (Option.value (Some 3) ~default:0) (Option.value None ~default:0);
  Printf.printf "%d\n" (Option.get (Some 9));
  (try ignore (Option.get None) with Invalid_argument m -> Printf.printf "get: %S\n" m);
  print_endline (show (Option.map succ (Some 1)));
  print_endline (show (Option.map succ None));
  print_endline (show (Option.bind (Some 10) (fun x -> if x > 5 then Some (x * 2) else None)));
  print_endline (show (Option.bind (Some 1) (fun x -> if x > 5 then Some (x * 2) else None)));
  print_endline (show (Option.join (Some (Some 4))));
  Printf.printf "%b %b\n" (Option.is_none None) (Option.is_some None);
  Printf.printf "%d\n" (Option.fold ~none:0 ~some:(fun x -> x * 100) (Some 7));
  Option.iter (Printf.printf "iter %d\n") (Some 8);
  Option.iter (Printf.printf "never %d\n") None;
  Printf.printf "%b %d\n" (Option.equal ( = ) (Some 1) (Some 1)) (Option.compare compare None (Some 0));
  print_endline (String.concat "," (List.map string_of_int (Option.to_list (Some 2))));
  Printf.printf "%s\n" (match Option.to_result ~none:"missing" None with Ok _ -> "ok" | Error e -> e);
  let safe_div a b = if b = 0 then None else Some (a / b) in
  let ( let* ) = Option.bind in
  let r = let* x = safe_div 100 5 in let* y = safe_div x 2 in Some (x + y) in
  print_endline (show r);
  print_endline (show (let* x = safe_div 1 0 in Some x))
