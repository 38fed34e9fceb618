(* Queue: a mutable singly linked list, added to at its end. *)
type 'a cell = Nil | Cons of { content : 'a; mutable next : 'a cell }
type 'a t = { mutable length : int; mutable first : 'a cell; mutable last : 'a cell }
exception Empty

let create () = { length = 0; first = Nil; last = Nil }
let clear q = q.length <- 0; q.first <- Nil; q.last <- Nil
let add x q =
  let cell = Cons { content = x; next = Nil } in
  (match q.last with
   | Nil -> q.first <- cell
   | Cons last -> last.next <- cell);
  q.length <- q.length + 1;
  q.last <- cell
let push = add
let peek q = match q.first with Nil -> raise Empty | Cons { content; _ } -> content
let peek_opt q = match q.first with Nil -> None | Cons { content; _ } -> Some content
let top = peek
let take q =
  match q.first with
  | Nil -> raise Empty
  | Cons { content; next = Nil } -> clear q; content
  | Cons { content; next } -> q.length <- q.length - 1; q.first <- next; content
let take_opt q = match q.first with Nil -> None | _ -> Some (take q)
let pop = take
let copy q =
  let r = create () in
  let rec go = function Nil -> () | Cons { content; next } -> add content r; go next in
  go q.first;
  r
let is_empty q = q.length = 0
let length q = q.length
let iter f q =
  let rec go = function Nil -> () | Cons { content; next } -> f content; go next in
  go q.first
let fold f acc q =
  let rec go acc = function Nil -> acc | Cons { content; next } -> go (f acc content) next in
  go acc q.first
let transfer q1 q2 =
  if q1.length > 0 then begin
    (match q2.last with
     | Nil -> q2.length <- q1.length; q2.first <- q1.first; q2.last <- q1.last
     | Cons last ->
       q2.length <- q2.length + q1.length;
       last.next <- q1.first;
       q2.last <- q1.last);
    clear q1
  end
let to_seq q =
  let rec aux c () = match c with Nil -> Seq.Nil | Cons { content; next } -> Seq.Cons (content, aux next) in
  aux q.first
let add_seq q seq = Seq.iter (fun x -> add x q) seq
let of_seq seq = let q = create () in add_seq q seq; q
