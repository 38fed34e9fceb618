let f = Printf.sprintf "%d-%s-%c-%f-%b"
let g = Printf.printf "%5d|%-5s|%.2f\n"
