let f n = string_of_int n ^ string_of_float 1.0 ^ string_of_bool true
let g s = int_of_string s
