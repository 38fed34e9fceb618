let pp_int oc n = Printf.fprintf oc "%d" n
let show = Printf.printf "%a\n" pp_int
