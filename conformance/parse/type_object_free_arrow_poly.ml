type t = { run : 'a. ('a -> unit) -> 'a list -> unit }
type u = { k : 'r. (int -> 'r) -> 'r }
