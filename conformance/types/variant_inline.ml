type t = Point of { x : int; y : int } | Empty
let mk x y = Point { x; y }
