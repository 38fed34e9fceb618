let f c = Char.code c + 1
let g n = Char.chr n
