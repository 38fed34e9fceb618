let f = function "" -> 0 | "abc" -> 1 | {|q|} -> 2 | _ -> 3
let g = function 'a' -> 0 | '\n' -> 1 | '\x41' -> 2 | _ -> 3
