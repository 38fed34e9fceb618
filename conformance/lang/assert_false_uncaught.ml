type state = Idle | Running | Done

let next = function
  | Idle -> Running
  | Running -> Done
  | Done -> assert false

let show = function Idle -> "idle" | Running -> "running" | Done -> "done"

let () =
  let s = ref Idle in
  for _ = 1 to 4 do
    print_endline (show !s);
    s := next !s
  done
