(* With Stdlib.Printexc linked, an uncaught Match_failure is printed in its long form *)
type light = Red | Amber | Green

let next = function
  | Red -> Green
  | Green -> Amber

let name = function Red -> "red" | Amber -> "amber" | Green -> "green"

let () =
  Printexc.record_backtrace false;
  let l = ref Red in
  for _ = 1 to 4 do
    print_endline (name !l);
    l := next !l
  done
