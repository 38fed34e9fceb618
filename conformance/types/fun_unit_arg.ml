let run f = f ()
let twice f = f (); f ()
