let compute x =
  let total = ref 0 in
  for i = 3 downto 0 do
    total := !total + (x / i);
    Printf.printf "step %d total %d\n" i !total
  done;
  !total

let () =
  print_endline "start";
  let r = compute 12 in
  Printf.printf "never printed %d\n" r
