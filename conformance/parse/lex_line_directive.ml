let a = 1
# 12 "file.ml"
let b = 2
# 1 "other.ml"
let c = 3
