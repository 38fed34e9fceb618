type counter = { mutable count : int; name : string }
type t = { mutable a : int; mutable b : float; }
