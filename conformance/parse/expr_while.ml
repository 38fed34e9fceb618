let () = while !i < 10 do incr i done
let () =
  while true do
    print_string "x";
    if !stop then raise Exit
  done
