let f = function 0 -> 1
let () = print_int (f 2)
