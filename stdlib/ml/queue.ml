(* Queue: a front list and a reversed back list. *)
type 'a t = { mutable front : 'a list; mutable back : 'a list; mutable length : int }
exception Empty
let create () = { front = []; back = []; length = 0 }
let clear q = q.front <- []; q.back <- []; q.length <- 0
let add x q = q.back <- x :: q.back; q.length <- q.length + 1
let push = add
let normalize q = if q.front = [] then (q.front <- List.rev q.back; q.back <- [])
let take q = normalize q; match q.front with x :: rest -> q.front <- rest; q.length <- q.length - 1; x | [] -> raise Empty
let take_opt q = try Some (take q) with Empty -> None
let pop = take
let peek q = normalize q; match q.front with x :: _ -> x | [] -> raise Empty
let peek_opt q = try Some (peek q) with Empty -> None
let top = peek
let is_empty q = q.length = 0
let length q = q.length
let to_list q = q.front @ List.rev q.back
let iter f q = List.iter f (to_list q)
let fold f acc q = List.fold_left f acc (to_list q)
let copy q = { front = q.front; back = q.back; length = q.length }
let transfer q1 q2 = iter (fun x -> add x q2) q1; clear q1
