let a = x :: y @ z
let b = a @ b :: c
let c = a ^ b ^ c
let d = l1 @ l2 @ l3
let e = "a" ^ string_of_int 1 ^ "b"
let f = x + 1 :: l @ [ 2 ]
