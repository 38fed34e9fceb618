let () =
  let s = Stack.create () in
  Printf.printf "empty %b, length %d\n" (Stack.is_empty s) (Stack.length s);
  List.iter (fun x -> Stack.push x s) [ 1; 2; 3; 4 ];
  Printf.printf "top %d, length %d\n" (Stack.top s) (Stack.length s);
  Stack.iter (fun x -> Printf.printf "%d " x) s;
  print_newline ();
  Printf.printf "pop %d\n" (Stack.pop s);
  Printf.printf "pop_opt %s\n" (match Stack.pop_opt s with Some x -> string_of_int x | None -> "None");
  Printf.printf "fold %d\n" (Stack.fold (fun acc x -> (acc * 10) + x) 0 s);
  let c = Stack.copy s in
  Stack.clear s;
  Printf.printf "after clear %d, copy %d\n" (Stack.length s) (Stack.length c);
  (try ignore (Stack.pop s) with Stack.Empty -> print_endline "pop: Stack.Empty");
  (try ignore (Stack.top s) with Stack.Empty -> print_endline "top: Stack.Empty");
  Printf.printf "top_opt %s\n" (match Stack.top_opt s with Some _ -> "some" | None -> "None");
  print_endline (String.concat "," (List.map string_of_int (List.of_seq (Stack.to_seq c))));
  let balanced str =
    let st = Stack.create () in
    try
      String.iter (function
        | '(' | '[' as c -> Stack.push c st
        | ')' -> if Stack.pop st <> '(' then raise Exit
        | ']' -> if Stack.pop st <> '[' then raise Exit
        | _ -> ()) str;
      Stack.is_empty st
    with Exit | Stack.Empty -> false in
  List.iter (fun t -> Printf.printf "%s %b\n" t (balanced t)) [ "([])"; "(]"; "(()"; "())"; "a[b(c)d]e" ];
  print_endline (Printexc.to_string Stack.Empty)
