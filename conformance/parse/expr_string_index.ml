let a = s.[0]
let b = s.[String.length s - 1]
let () = b.[0] <- 'x'
let c = a.(0).[1]
