type t = { f : 'a. 'a -> 'a }
val pack : (module S with type t = int) -> unit
val poly : [< `A | `B > `A ] -> unit
type ext = [%ext]
[%%ext val z : int]
val%ext y : int
