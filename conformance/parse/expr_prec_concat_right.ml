let a = a @ b @ c
let b = a ^ b ^ c
let c = a ^^ b @@ c
let d = f @@ g @@ h x
let e = a @ b = c
