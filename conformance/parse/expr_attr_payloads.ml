let a = 1 [@@attr: int]
let b = 2 [@@attr? Some x]
let c = 3 [@@attr: val x : int]
let d = 4 [@@attr let y = 5]
