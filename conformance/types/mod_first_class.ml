module type SHOW = sig type t val x : t val show : t -> string end
let int_show = (module struct type t = int let x = 3 let show = string_of_int end : SHOW)
let render (module S : SHOW) = S.show S.x
let s = render int_show
