type r = { f : 'a. ([> `A ] as 'a) -> 'a; name : string }
let v = { f = (fun x -> x); name = "id" }
let b = v.f `B
type handler = { run : 'a. ([< `Go | `Stop ] as 'a) -> int }
let h = { run = (function `Go -> 1 | `Stop -> 0) }
let n = h.run `Go
