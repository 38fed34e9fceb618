let map_tag f = function `Some x -> `Some (f x) | `None -> `None
let lengths = map_tag String.length (`Some "abc")
