let sum n = let s = ref 0 in for i = 1 to n do s := !s + i done; !s
let rec even n = if n = 0 then true else odd (n - 1)
and odd n = if n = 0 then false else even (n - 1)
let () = while false do () done
