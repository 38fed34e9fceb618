module type QUEUE = sig
  type 'a t
  exception Empty
  val create : unit -> 'a t
  val push : 'a t -> 'a -> unit
  val pop : 'a t -> 'a
  val length : 'a t -> int
end

module TwoListQueue : QUEUE = struct
  type 'a t = { mutable front : 'a list; mutable back : 'a list }
  exception Empty
  let create () = { front = []; back = [] }
  let push q x = q.back <- x :: q.back
  let pop q =
    match q.front with
    | x :: r -> q.front <- r; x
    | [] -> (
      match List.rev q.back with
      | [] -> raise Empty
      | x :: r -> q.front <- r; q.back <- []; x)
  let length q = List.length q.front + List.length q.back
end

let () =
  let q = TwoListQueue.create () in
  List.iter (TwoListQueue.push q) [ 1; 2; 3 ];
  Printf.printf "%d\n" (TwoListQueue.pop q);
  TwoListQueue.push q 4;
  Printf.printf "len %d\n" (TwoListQueue.length q);
  for _ = 1 to 3 do Printf.printf "%d\n" (TwoListQueue.pop q) done;
  (try ignore (TwoListQueue.pop q) with TwoListQueue.Empty -> print_endline "Empty");
  print_endline (Printexc.to_string TwoListQueue.Empty);
  raise TwoListQueue.Empty
