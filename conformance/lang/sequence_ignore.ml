let noisy x = Printf.printf "noisy %d\n" x; x * 2

let () =
  ignore (noisy 1);
  let _ = noisy 2 in
  let r = (ignore (noisy 3); noisy 4) in
  Printf.printf "r = %d\n" r;
  let x = begin
    print_endline "in begin";
    10
  end in
  Printf.printf "x = %d\n" x;
  let unit_value = () in
  Printf.printf "unit = unit: %b\n" (unit_value = ());
  (print_string "a"; print_string "b"); print_newline ();
  let l = [ (print_string "1"; 1); (print_string "2"; 2) ] in
  print_newline ();
  Printf.printf "%d\n" (List.length l);
  if true then print_endline "then branch" else print_endline "else branch";
  if false then print_endline "no else, skipped";
  let s = if x > 5 then "big" else "small" in
  print_endline s;
  ignore [ 1; 2; 3 ];
  ignore (fun () -> print_endline "never called")
