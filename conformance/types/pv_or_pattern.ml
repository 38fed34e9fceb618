let weekend = function `Sat | `Sun -> true | `Mon | `Tue | `Wed | `Thu | `Fri -> false
let group = function (`A | `B) as x -> `First x | `C -> `Second
