(* Graph algorithms on small fixed graphs: BFS, DFS, topological sort, Dijkstra, components *)
let edges = [ (0, 1, 4); (0, 2, 1); (2, 1, 2); (1, 3, 1); (2, 3, 5); (3, 4, 3); (4, 5, 1); (3, 5, 6); (6, 7, 2) ]
let n = 8

let adjacency directed =
  let adj = Array.make n [] in
  List.iter
    (fun (a, b, w) ->
      adj.(a) <- (b, w) :: adj.(a);
      if not directed then adj.(b) <- (a, w) :: adj.(b))
    edges;
  Array.map (List.sort compare) adj

let bfs adj start =
  let dist = Array.make n (-1) and q = Queue.create () and order = ref [] in
  dist.(start) <- 0;
  Queue.add start q;
  while not (Queue.is_empty q) do
    let u = Queue.take q in
    order := u :: !order;
    List.iter (fun (v, _) -> if dist.(v) < 0 then (dist.(v) <- dist.(u) + 1; Queue.add v q)) adj.(u)
  done;
  (List.rev !order, dist)

let dfs adj start =
  let seen = Array.make n false and order = ref [] in
  let rec go u =
    if not seen.(u) then begin
      seen.(u) <- true;
      order := u :: !order;
      List.iter (fun (v, _) -> go v) adj.(u)
    end in
  go start;
  List.rev !order

let topo adj =
  let state = Array.make n 0 and out = ref [] in
  let rec visit u =
    if state.(u) = 1 then failwith "cycle"
    else if state.(u) = 0 then begin
      state.(u) <- 1;
      List.iter (fun (v, _) -> visit v) adj.(u);
      state.(u) <- 2;
      out := u :: !out
    end in
  for u = 0 to n - 1 do visit u done;
  !out

let dijkstra adj src =
  let dist = Array.make n max_int and prev = Array.make n (-1) and done_ = Array.make n false in
  dist.(src) <- 0;
  for _ = 1 to n do
    let u = ref (-1) in
    for v = 0 to n - 1 do
      if not done_.(v) && dist.(v) < max_int && (!u < 0 || dist.(v) < dist.(!u)) then u := v
    done;
    if !u >= 0 then begin
      done_.(!u) <- true;
      List.iter (fun (v, w) -> if dist.(!u) + w < dist.(v) then (dist.(v) <- dist.(!u) + w; prev.(v) <- !u)) adj.(!u)
    end
  done;
  (dist, prev)

let rec path prev v = if v < 0 then [] else path prev prev.(v) @ [ v ]

let components adj =
  let comp = Array.make n (-1) and c = ref 0 in
  for s = 0 to n - 1 do
    if comp.(s) < 0 then begin
      let rec mark u = if comp.(u) < 0 then (comp.(u) <- !c; List.iter (fun (v, _) -> mark v) adj.(u)) in
      mark s;
      incr c
    end
  done;
  (!c, comp)

let ints l = String.concat " " (List.map string_of_int l)

let () =
  let d = adjacency true and u = adjacency false in
  let order, dist = bfs u 0 in
  Printf.printf "bfs order: %s\n" (ints order);
  Printf.printf "bfs dist: %s\n" (ints (Array.to_list dist));
  Printf.printf "dfs order: %s\n" (ints (dfs u 0));
  Printf.printf "directed dfs from 2: %s\n" (ints (dfs d 2));
  Printf.printf "topological: %s\n" (ints (topo d));
  let dist, prev = dijkstra d 0 in
  Array.iteri
    (fun v dv ->
      if dv = max_int then Printf.printf "  0 -> %d: unreachable\n" v
      else Printf.printf "  0 -> %d: %d via %s\n" v dv (ints (path prev v)))
    dist;
  let count, comp = components u in
  Printf.printf "components: %d [%s]\n" count (ints (Array.to_list comp));
  let cyclic = Array.copy d in
  cyclic.(5) <- [ (0, 1) ];
  let save = d in
  ignore save;
  (match
     let state = Array.make n 0 in
     let rec visit u =
       if state.(u) = 1 then failwith ("cycle through " ^ string_of_int u)
       else if state.(u) = 0 then (state.(u) <- 1; List.iter (fun (v, _) -> visit v) cyclic.(u); state.(u) <- 2) in
     for u = 0 to n - 1 do visit u done
   with
   | () -> print_endline "no cycle"
   | exception Failure m -> print_endline m);
  let degree = Array.map List.length u in
  Printf.printf "degrees: %s\n" (ints (Array.to_list degree))
