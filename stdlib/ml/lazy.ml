(* Lazy values. The lowering builds `lazy e` as a block of two fields: the suspension (a
   function of unit) and a state: 0 not forced, 1 forced (the first field is the value),
   2 being forced, 3 raised (the first field is the exception). *)

type 'a t = 'a lazy_t
exception Undefined

type cell = { mutable contents : Obj.t; mutable state : int }
external cell : 'a t -> cell = "%identity"
external magic : 'a -> 'b = "%identity"

let force l =
  let c = cell l in
  match c.state with
  | 1 -> magic c.contents
  | 2 -> raise Undefined
  | 3 -> raise (magic c.contents)
  | _ ->
    c.state <- 2;
    (match (magic c.contents) () with
     | v -> c.contents <- magic v; c.state <- 1; v
     | exception e -> c.contents <- magic e; c.state <- 3; raise e)

let force_val = force
let is_val l = (cell l).state = 1
let from_fun f = let l = lazy (f ()) in l
let from_val v = let l = lazy v in ignore (force l); l
let map f x = lazy (f (force x))
let map_val f x = if is_val x then from_val (f (force x)) else lazy (f (force x))
