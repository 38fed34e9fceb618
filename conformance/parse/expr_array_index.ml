let a = arr.(0)
let b = arr.(i + 1)
let c = m.(i).(j)
let d = M.arr.(0)
let () = arr.(0) <- 42
let () = m.(i).(j) <- v
