class counter init = object (self)
  val mutable n = init
  method incr = n <- n + 1; self
  method get = n
end
let () =
  let c = new counter 5 in
  Printf.printf "%d\n" (c#incr#incr#get);
  let o = object method hello name = "hi " ^ name end in
  print_endline (o#hello "x")
