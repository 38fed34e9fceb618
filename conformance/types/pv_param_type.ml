type 'a result_ = [ `Ok of 'a | `Error of string ]
let ok x : 'a result_ = `Ok x
let get (r : 'a result_) default = match r with `Ok v -> v | `Error _ -> default
let map f (r : 'a result_) : 'b result_ = match r with `Ok v -> `Ok (f v) | `Error e -> `Error e
