let () =
  print_endline (String.concat ", " [ "a"; "b"; "c" ]);
  print_endline (String.concat "" [ "x"; "y"; "z" ]);
  Printf.printf "%S\n" (String.concat "," []);
  Printf.printf "%S\n" (String.concat "," [ "" ]);
  Printf.printf "%S\n" (String.concat "," [ ""; "" ]);
  print_endline ("con" ^ "cat" ^ "enation");
  let parts = List.init 5 (fun i -> String.make (i + 1) (Char.chr (97 + i))) in
  print_endline (String.concat "-" parts);
  print_endline (String.cat "left" "right");
  let s = ref "" in
  for i = 1 to 5 do s := !s ^ string_of_int i ^ ";" done;
  print_endline !s;
  print_endline (String.concat "\n" [ "line1"; "line2" ]);
  Printf.printf "%d\n" (String.length (String.concat "--" [ "aa"; "bb"; "cc" ]))
