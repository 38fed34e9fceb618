type a = x:int -> ?y:int -> unit
type b = ?x:string -> unit -> int
type c = f:(int -> int) -> int list -> int list
type d = x:int * int -> unit
