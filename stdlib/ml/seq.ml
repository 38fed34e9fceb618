(* Seq (OCaml 4.13's functions): lazy sequences as functions. *)
type 'a t = unit -> 'a node
and 'a node = Nil | Cons of 'a * 'a t

let empty () = Nil
let return x () = Cons (x, empty)
let cons x next () = Cons (x, next)
let rec append s1 s2 () = match s1 () with Nil -> s2 () | Cons (x, next) -> Cons (x, append next s2)
let rec map f s () = match s () with Nil -> Nil | Cons (x, next) -> Cons (f x, map f next)
let rec filter_map f s () = match s () with
  | Nil -> Nil
  | Cons (x, next) -> (match f x with None -> filter_map f next () | Some y -> Cons (y, filter_map f next))
let rec filter f s () = match s () with
  | Nil -> Nil
  | Cons (x, next) -> if f x then Cons (x, filter f next) else filter f next ()
let rec concat s () = match s () with Nil -> Nil | Cons (x, next) -> append x (concat next) ()
let rec flat_map f s () = match s () with Nil -> Nil | Cons (x, next) -> append (f x) (flat_map f next) ()
let concat_map = flat_map
let rec fold_left f acc s = match s () with Nil -> acc | Cons (x, next) -> fold_left f (f acc x) next
let rec iter f s = match s () with Nil -> () | Cons (x, next) -> f x; iter f next
let rec unfold f u () = match f u with None -> Nil | Some (x, u') -> Cons (x, unfold f u')
