let a = "a" ^ "b"
let b = String.concat ", " [ "x"; "y" ]
let c = Printf.sprintf "%d-%s" 1 "x"
let d = s.[0] = 'c'
