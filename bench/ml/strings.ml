(* Strings and buffers. *)
let () =
  for _ = 1 to 5 do
    let b = Buffer.create 16 in
    for i = 1 to 200_000 do
      Buffer.add_string b (string_of_int i);
      if i mod 10 = 0 then Buffer.add_char b '\n'
    done;
    let s = Buffer.contents b in
    let lines = String.split_on_char '\n' s in
    print_int (String.length s); print_string " "; print_int (List.length lines); print_newline ()
  done
