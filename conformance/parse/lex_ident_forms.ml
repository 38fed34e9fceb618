let x' = 1
let x'' = x'
let _unused = 2
let camelCase = 3
let snake_case_1 = 4
let __ = 5
let a'b = 6
