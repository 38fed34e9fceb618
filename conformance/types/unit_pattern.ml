let f () = ()
let g = function () -> 1
