let f c = Char.uppercase_ascii c
let g = String.make 3 'x'
