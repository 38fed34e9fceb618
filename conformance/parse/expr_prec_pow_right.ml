let a = 2. ** 3. ** 2.
let b = 2 lsl 3 lsl 1
let c = x ** y * z
let d = 1 lsr 2 asr 3
let e = a * b ** c
let f = 1 lsl 2 ** 3
