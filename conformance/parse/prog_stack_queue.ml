(* A functional queue and a mutable stack. *)
module Queue_f = struct
  type 'a t = { front : 'a list; back : 'a list }

  let empty = { front = []; back = [] }

  let is_empty = function { front = []; back = [] } -> true | _ -> false

  let push x q = { q with back = x :: q.back }

  let rec pop q =
    match q.front, q.back with
    | [], [] -> None
    | [], back -> pop { front = List.rev back; back = [] }
    | x :: front, _ -> Some (x, { q with front })
end

type 'a stack = { mutable items : 'a list; mutable size : int }

let create () = { items = []; size = 0 }

let push s x =
  s.items <- x :: s.items;
  s.size <- s.size + 1

let pop s =
  match s.items with
  | [] -> invalid_arg "pop: empty"
  | x :: rest ->
    s.items <- rest;
    s.size <- s.size - 1;
    x

let () =
  let q = Queue_f.(empty |> push 1 |> push 2 |> push 3) in
  let rec drain q =
    match Queue_f.pop q with
    | None -> ()
    | Some (x, q') -> Printf.printf "%d\n" x; drain q'
  in
  drain q;
  let s = create () in
  List.iter (push s) [ 4; 5; 6 ];
  while s.size > 0 do print_int (pop s) done
