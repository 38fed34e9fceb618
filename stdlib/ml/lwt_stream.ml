(* Lwt_stream: lazy streams of values, laid out as Lwt's are so readers see what real Lwt's
   readers see. The elements sit in a chain of nodes ending in an empty node ([last]) shared
   by a stream and its clones; each stream reads from its own [node]. A node holding [None]
   marks the end. A reader that finds its node empty asks the source for more ([feed]) and
   looks at the same node again, so two readers waiting at once both get the next element. *)

exception Closed
exception Full
exception Empty

type 'a node = { mutable next : 'a node option; mutable data : 'a option }

(* A push source's readers all wait on one promise, renewed after each push. *)
type push_signal = { mutable signal : unit Lwt.t; mutable resolver : unit Lwt.u; mutable waiting : bool }

(* A bounded push source: how many elements are buffered, and the one push waiting for room
   (its element and the pusher's resolver). *)
type 'a bounded = {
  mutable size : int;
  mutable count : int;
  mutable pending : ('a * unit Lwt.u) option;
}

type 'a source =
  | From of (unit -> 'a option Lwt.t) * unit Lwt.t option ref
  | From_direct of (unit -> 'a option)
  | Push of push_signal
  | Push_bounded of push_signal * 'a bounded

type 'a t = {
  source : 'a source;
  close : unit Lwt.t;
  close_r : unit Lwt.u;
  mutable node : 'a node;
  last : 'a node ref;
  closed : bool ref;
}

let new_node () = { next = None; data = None }

let make source =
  let last = new_node () in
  let close, close_r = Lwt.wait () in
  { source; close; close_r; node = last; last = ref last; closed = ref false }

let is_closed s = not (Lwt.is_sleeping s.close)
let closed s = s.close

(* Appends [x] ([None] for the end) after the last node. *)
let enqueue s x =
  let node = !(s.last) in
  let fresh = new_node () in
  node.data <- x;
  node.next <- Some fresh;
  s.last := fresh;
  if Option.is_none x && not !(s.closed) then begin
    s.closed := true;
    Lwt.wakeup s.close_r ()
  end

let feed s =
  match s.source with
  | From (f, running) ->
    (match !running with
     | Some p when Lwt.is_sleeping p -> p
     | _ ->
       let p = Lwt.map (fun x -> running := None; enqueue s x) (Lwt.apply f ()) in
       if Lwt.is_sleeping p then running := Some p;
       p)
  | From_direct f -> enqueue s (f ()); Lwt.return_unit
  | Push ps | Push_bounded (ps, _) ->
    if not ps.waiting then begin
      let p, r = Lwt.wait () in
      ps.signal <- p; ps.resolver <- r; ps.waiting <- true
    end;
    ps.signal

let from f = make (From (f, ref None))
let from_direct f = make (From_direct f)

let create () =
  let p, r = Lwt.wait () in
  let ps = { signal = p; resolver = r; waiting = false } in
  let s = make (Push ps) in
  let push x =
    if !(s.closed) then raise Closed;
    enqueue s x;
    if ps.waiting then begin
      ps.waiting <- false;
      Lwt.wakeup_later ps.resolver ()
    end in
  (s, push)

let create_with_reference () = let s, push = create () in (s, push, fun _ -> ())

let notify ps =
  if ps.waiting then begin
    ps.waiting <- false;
    Lwt.wakeup_later ps.resolver ()
  end

(* As Lwt's, the pushing side is an object: a push past [size] waits until a reader takes an
   element (the waiting element then takes its place); a second one fails with [Full]. *)
let create_bounded size =
  if size < 0 then invalid_arg "Lwt_stream.create_bounded size should be greater than 0";
  let p, r = Lwt.wait () in
  let ps = { signal = p; resolver = r; waiting = false } in
  let b = { size; count = 0; pending = None } in
  let s = make (Push_bounded (ps, b)) in
  let push = object
    method size = b.size
    method resize n =
      if n < 0 then invalid_arg "Lwt_stream.bounded_push#resize size should be greater than 0";
      b.size <- n
    method push x =
      if !(s.closed) then Lwt.fail Closed
      else if b.pending <> None then Lwt.fail Full
      else if b.count >= b.size then begin
        let waiter, wakener = Lwt.task () in
        b.pending <- Some (x, wakener);
        waiter
      end else begin
        enqueue s (Some x);
        b.count <- b.count + 1;
        notify ps;
        Lwt.return_unit
      end
    method close =
      if not !(s.closed) then begin
        (match b.pending with Some (_, w) -> b.pending <- None; Lwt.wakeup_exn w Closed | None -> ());
        enqueue s None;
        notify ps
      end
    method count = b.count
    method blocked = b.pending <> None
    method closed = !(s.closed)
    method set_reference : 'a. 'a -> unit = fun _ -> ()
  end in
  (s, push)

let of_list l = let l = ref l in from_direct (fun () -> match !l with [] -> None | x :: r -> l := r; Some x)
let of_array a =
  let i = ref 0 in
  from_direct (fun () -> if !i < Array.length a then begin let x = a.(!i) in incr i; Some x end else None)
let of_string str =
  let i = ref 0 in
  from_direct (fun () -> if !i < String.length str then begin let c = str.[!i] in incr i; Some c end else None)
let of_seq seq =
  let seq = ref seq in
  from_direct (fun () -> match !seq () with Seq.Nil -> None | Seq.Cons (x, r) -> seq := r; Some x)

let clone s =
  { source = s.source; close = s.close; close_r = s.close_r; node = s.node; last = s.last; closed = s.closed }

let is_last s node = node == !(s.last)
let next_node node = match node.next with Some n -> n | None -> node

(* Taking an element from a bounded stream makes room: for the waiting push if there is one,
   which is then done. *)
let consume s node =
  if node == s.node && Option.is_some node.data then begin
    s.node <- next_node node;
    match s.source with
    | Push_bounded (ps, b) ->
      (match b.pending with
       | Some (x, w) -> b.pending <- None; enqueue s (Some x); notify ps; Lwt.wakeup_later w ()
       | None -> b.count <- b.count - 1)
    | _ -> ()
  end

let rec get_rec s node =
  if is_last s node then Lwt.bind (feed s) (fun () -> get_rec s node)
  else begin consume s node; Lwt.return node.data end
let get s = get_rec s s.node

let rec peek_rec s node =
  if is_last s node then Lwt.bind (feed s) (fun () -> peek_rec s node)
  else Lwt.return node.data
let peek s = peek_rec s s.node

let junk s = Lwt.map (fun _ -> ()) (get s)

let next s = Lwt.bind (get s) (function Some x -> Lwt.return x | None -> Lwt.fail Empty)

let is_empty s = Lwt.map Option.is_none (peek s)

(* What can be read without waiting: buffered elements, and those a direct source gives. *)
let get_available s =
  let rec go acc =
    if is_last s s.node then
      match s.source with
      | From_direct f -> enqueue s (f ()); go acc
      | _ -> List.rev acc
    else
      match s.node.data with
      | Some x -> consume s s.node; go (x :: acc)
      | None -> List.rev acc in
  go []

let get_available_up_to n s =
  let rec go n acc =
    if n <= 0 then List.rev acc
    else if is_last s s.node then
      match s.source with
      | From_direct f -> enqueue s (f ()); go n acc
      | _ -> List.rev acc
    else
      match s.node.data with
      | Some x -> consume s s.node; go (n - 1) (x :: acc)
      | None -> List.rev acc in
  go n []

let nget n s =
  let rec go n acc =
    if n <= 0 then Lwt.return (List.rev acc)
    else Lwt.bind (get s) (function Some x -> go (n - 1) (x :: acc) | None -> Lwt.return (List.rev acc)) in
  go n []

let npeek n s =
  let rec go n node acc =
    if n <= 0 then Lwt.return (List.rev acc)
    else if is_last s node then Lwt.bind (feed s) (fun () -> go n node acc)
    else match node.data with
      | Some x -> go (n - 1) (next_node node) (x :: acc)
      | None -> Lwt.return (List.rev acc) in
  go n s.node []

let rec njunk n s = if n <= 0 then Lwt.return_unit else Lwt.bind (get s) (fun _ -> njunk (n - 1) s)

let get_while f s =
  let rec go acc =
    Lwt.bind (peek s) (function
      | Some x when f x -> consume s s.node; go (x :: acc)
      | _ -> Lwt.return (List.rev acc)) in
  go []

let get_while_s f s =
  let rec go acc =
    Lwt.bind (peek s) (function
      | Some x -> Lwt.bind (f x) (fun ok -> if ok then begin consume s s.node; go (x :: acc) end else Lwt.return (List.rev acc))
      | None -> Lwt.return (List.rev acc)) in
  go []

let rec junk_while f s =
  Lwt.bind (peek s) (function Some x when f x -> consume s s.node; junk_while f s | _ -> Lwt.return_unit)

let junk_old s = ignore (get_available s); Lwt.return_unit

let last_new s =
  match List.rev (get_available s) with
  | x :: _ -> Lwt.return x
  | [] -> next s

let to_list s =
  let rec go acc = Lwt.bind (get s) (function Some x -> go (x :: acc) | None -> Lwt.return (List.rev acc)) in
  go []

let to_string s =
  let b = Buffer.create 64 in
  let rec go () = Lwt.bind (get s) (function Some c -> Buffer.add_char b c; go () | None -> Lwt.return (Buffer.contents b)) in
  go ()

let rec iter f s = Lwt.bind (get s) (function Some x -> f x; iter f s | None -> Lwt.return_unit)
let rec iter_s f s = Lwt.bind (get s) (function Some x -> Lwt.bind (f x) (fun () -> iter_s f s) | None -> Lwt.return_unit)
let rec iter_p f s =
  Lwt.bind (get s) (function
    | Some x ->
      let first = Lwt.apply f x in
      let rest = iter_p f s in
      Lwt.join [first; rest]
    | None -> Lwt.return_unit)
let iter_n ?(max_concurrency = 1) f s =
  if max_concurrency <= 0 then invalid_arg "Lwt_stream.iter_n";
  iter_p f s

let rec fold f s acc = Lwt.bind (get s) (function Some x -> fold f s (f x acc) | None -> Lwt.return acc)
let rec fold_s f s acc = Lwt.bind (get s) (function Some x -> Lwt.bind (f x acc) (fold_s f s) | None -> Lwt.return acc)

let rec find f s = Lwt.bind (get s) (function Some x as r when f x -> Lwt.return r | Some _ -> find f s | None -> Lwt.return_none)
let rec find_s f s =
  Lwt.bind (get s) (function
    | Some x as r -> Lwt.bind (f x) (fun ok -> if ok then Lwt.return r else find_s f s)
    | None -> Lwt.return_none)
let rec find_map f s = Lwt.bind (get s) (function Some x -> (match f x with Some _ as r -> Lwt.return r | None -> find_map f s) | None -> Lwt.return_none)

let map f s = from (fun () -> Lwt.map (function Some x -> Some (f x) | None -> None) (get s))
let map_s f s = from (fun () -> Lwt.bind (get s) (function Some x -> Lwt.map (fun y -> Some y) (f x) | None -> Lwt.return_none))
let filter f s =
  let rec next () = Lwt.bind (get s) (function Some x as r -> if f x then Lwt.return r else next () | None -> Lwt.return_none) in
  from next
let filter_s f s =
  let rec next () =
    Lwt.bind (get s) (function
      | Some x as r -> Lwt.bind (f x) (fun ok -> if ok then Lwt.return r else next ())
      | None -> Lwt.return_none) in
  from next
let filter_map f s =
  let rec next () = Lwt.bind (get s) (function Some x -> (match f x with Some _ as r -> Lwt.return r | None -> next ()) | None -> Lwt.return_none) in
  from next
let filter_map_s f s =
  let rec next () =
    Lwt.bind (get s) (function
      | Some x -> Lwt.bind (f x) (function Some _ as r -> Lwt.return r | None -> next ())
      | None -> Lwt.return_none) in
  from next

let map_list f s =
  let pending = ref [] in
  let rec next () =
    match !pending with
    | x :: r -> pending := r; Lwt.return_some x
    | [] -> Lwt.bind (get s) (function Some x -> pending := f x; next () | None -> Lwt.return_none) in
  from next

let flatten s = map_list (fun l -> l) s

let append s1 s2 =
  let first = ref true in
  let rec next () =
    if !first then Lwt.bind (get s1) (function Some _ as r -> Lwt.return r | None -> first := false; next ())
    else get s2 in
  from next

let concat ss =
  let current = ref None in
  let rec next () =
    match !current with
    | Some s -> Lwt.bind (get s) (function Some _ as r -> Lwt.return r | None -> current := None; next ())
    | None -> Lwt.bind (get ss) (function Some s -> current := Some s; next () | None -> Lwt.return_none) in
  from next

let combine s1 s2 =
  from (fun () -> Lwt.map (function Some x, Some y -> Some (x, y) | _ -> None) (Lwt.both (get s1) (get s2)))

let wrap_exn s =
  from (fun () -> Lwt.catch (fun () -> Lwt.map (Option.map (fun x -> Ok x)) (get s)) (fun e -> Lwt.return_some (Error e)))

let return x = of_list [x]
let return_lwt p = from (let fired = ref false in fun () -> if !fired then Lwt.return_none else begin fired := true; Lwt.map (fun x -> Some x) p end)
let of_lwt_list ps = map_s (fun p -> p) (of_list ps)
