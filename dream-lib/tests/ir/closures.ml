let make_counter () =
  let n = ref 0 in
  fun () -> incr n; !n
let add x y = x + y
let () = print_int (add 1 (make_counter () ()))
