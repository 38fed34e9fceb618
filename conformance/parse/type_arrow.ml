type a = int -> int
type b = int -> int -> int
type c = (int -> int) -> int
type d = unit -> unit
