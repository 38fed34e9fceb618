exception Stop

let () =
  (try raise Stop with Stop -> print_endline "Stop caught once");
  print_endline (if Stop = Stop then "Stop = Stop" else "?");
  for i = 1 to 10 do
    if i = 4 then raise Stop;
    Printf.printf "i = %d\n" i
  done;
  print_endline "not reached"
