let x = Some 1
let none = None
let get d = function Some x -> x | None -> d
