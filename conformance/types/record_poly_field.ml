type 'a cell = { mutable value : 'a }
let set c v = c.value <- v
let get c = c.value
