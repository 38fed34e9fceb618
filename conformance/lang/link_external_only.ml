(* Fun.id is a primitive: using only it does not link Fun (nor Printexc through it), so the
   runtime itself reports the uncaught exception, strings unescaped *)
let twice f x = f (f x)
let () =
  Printf.printf "%d\n" (twice Fun.id 21);
  failwith "said \"no\"\tthen left"
