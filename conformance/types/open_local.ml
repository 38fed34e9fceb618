let f () = List.(length [1; 2])
let g = let open String in length "ab"
