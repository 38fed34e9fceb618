let a = [ (f (); 1); 2 ]
let b = [ if x then 1 else 2; 3 ]
let c = [ fun x -> x ]
let d = [ let x = 1 in x; 2 ]
