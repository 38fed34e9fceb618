type msg = [ `Text of string | `Code of int ]
let m : msg = `Code "404"
