let[@inline] f x = x
let[@inline never] g x = x
let[@warning "-32"] unused = 1
let h () = let[@local] x = 1 in x
let[@a] rec r x = r x and[@b] s x = s x
