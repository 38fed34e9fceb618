(* A binary min-heap used to drive a discrete event simulation of a small bank queue *)
module Heap = struct
  type 'a t = { mutable data : (int * int * 'a) array; mutable size : int; mutable counter : int }

  let create () = { data = [||]; size = 0; counter = 0 }

  let swap h i j = let t = h.data.(i) in h.data.(i) <- h.data.(j); h.data.(j) <- t

  let less (p1, c1, _) (p2, c2, _) = p1 < p2 || (p1 = p2 && c1 < c2)

  let push h prio x =
    let item = (prio, h.counter, x) in
    h.counter <- h.counter + 1;
    if h.size = Array.length h.data then begin
      let nd = Array.make (max 4 (2 * h.size)) item in
      Array.blit h.data 0 nd 0 h.size;
      h.data <- nd
    end;
    h.data.(h.size) <- item;
    let i = ref h.size in
    h.size <- h.size + 1;
    while !i > 0 && less h.data.(!i) h.data.((!i - 1) / 2) do
      swap h !i ((!i - 1) / 2);
      i := (!i - 1) / 2
    done

  let pop h =
    if h.size = 0 then None
    else begin
      let (p, _, x) = h.data.(0) in
      h.size <- h.size - 1;
      h.data.(0) <- h.data.(h.size);
      let i = ref 0 and continue = ref true in
      while !continue do
        let l = (2 * !i) + 1 and r = (2 * !i) + 2 in
        let smallest = ref !i in
        if l < h.size && less h.data.(l) h.data.(!smallest) then smallest := l;
        if r < h.size && less h.data.(r) h.data.(!smallest) then smallest := r;
        if !smallest <> !i then (swap h !i !smallest; i := !smallest) else continue := false
      done;
      Some (p, x)
    end

  let size h = h.size
end

type event = Arrive of int | Finish of int * int

let () =
  (* heap sort check *)
  let h = Heap.create () in
  List.iter (fun x -> Heap.push h x (string_of_int x)) [ 42; 7; 19; 3; 88; 7; 1; 56; 23; 3 ];
  let rec drain acc = match Heap.pop h with None -> List.rev acc | Some (_, s) -> drain (s :: acc) in
  print_endline (String.concat " " (drain []));
  (* simulation: customers arrive at fixed times, 2 tellers, service time depends on id *)
  Random.init 42;
  let events = Heap.create () in
  let arrivals = List.init 12 (fun i -> (i * 2) + Random.int 3) in
  List.iteri (fun id t -> Heap.push events t (Arrive id)) arrivals;
  let free_tellers = ref [ 1; 2 ] in
  let waiting = Queue.create () in
  let total_wait = ref 0 and served = ref 0 and arrival_time = Hashtbl.create 16 in
  let start_service now id =
    match !free_tellers with
    | t :: rest ->
      free_tellers := rest;
      let service = 3 + (id mod 3) * 2 in
      let waited = now - Hashtbl.find arrival_time id in
      total_wait := !total_wait + waited;
      Printf.printf "t=%3d customer %2d -> teller %d (waited %d, service %d)\n" now id t waited service;
      Heap.push events (now + service) (Finish (id, t))
    | [] -> Queue.add id waiting in
  let rec loop () =
    match Heap.pop events with
    | None -> ()
    | Some (now, Arrive id) ->
      Hashtbl.replace arrival_time id now;
      Printf.printf "t=%3d customer %2d arrives (queue %d)\n" now id (Queue.length waiting);
      start_service now id;
      loop ()
    | Some (now, Finish (id, t)) ->
      incr served;
      Printf.printf "t=%3d customer %2d leaves teller %d\n" now id t;
      free_tellers := List.sort compare (t :: !free_tellers);
      (match Queue.take_opt waiting with Some next -> start_service now next | None -> ());
      loop () in
  loop ();
  Printf.printf "served %d, total wait %d, average %.2f, heap left %d\n" !served !total_wait
    (float_of_int !total_wait /. float_of_int !served) (Heap.size events)

(* Top-k selection and merging sorted runs with the same heap *)
let () =
  let h = Heap.create () in
  let data = [ 15; 3; 99; 42; 8; 77; 23; 61; 4; 50; 31; 88 ] in
  List.iter (fun x -> Heap.push h (-x) x) data;
  let top3 = List.init 3 (fun _ -> match Heap.pop h with Some (_, x) -> x | None -> -1) in
  Printf.printf "top 3: %s\n" (String.concat " " (List.map string_of_int top3));
  let runs = [ [ 1; 4; 9; 12 ]; [ 2; 3; 10 ]; [ 5; 6; 7; 8; 20 ]; [] ] in
  let m = Heap.create () in
  List.iteri (fun i r -> match r with x :: rest -> Heap.push m x (i, rest) | [] -> ()) runs;
  let out = ref [] in
  let rec merge () =
    match Heap.pop m with
    | None -> ()
    | Some (x, (i, rest)) ->
      out := x :: !out;
      (match rest with y :: more -> Heap.push m y (i, more) | [] -> ());
      merge () in
  merge ();
  Printf.printf "merged: %s\n" (String.concat " " (List.map string_of_int (List.rev !out)));
  let ties = Heap.create () in
  List.iter (fun (p, s) -> Heap.push ties p s) [ (1, "b"); (0, "a"); (1, "c"); (0, "d"); (1, "e") ];
  let rec drain acc = match Heap.pop ties with None -> List.rev acc | Some (_, s) -> drain (s :: acc) in
  Printf.printf "fifo among ties: %s\n" (String.concat "" (drain []))
