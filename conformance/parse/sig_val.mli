val x : int
val f : int -> int
val g : ?x:int -> y:string -> unit -> bool
val ( >>= ) : 'a option -> ('a -> 'b option) -> 'b option
val ( let* ) : 'a option -> ('a -> 'b option) -> 'b option
val h : 'a list -> ('a -> 'b) -> 'b list
