let () =
  let q = Queue.create () in
  List.iter (fun x -> Queue.add x q) [ "a"; "b"; "c" ];
  Queue.push "d" q;
  Printf.printf "length %d, peek %s\n" (Queue.length q) (Queue.peek q);
  Queue.iter (fun x -> print_string x) q;
  print_newline ();
  Printf.printf "take %s\n" (Queue.take q);
  Printf.printf "pop %s\n" (Queue.pop q);
  Printf.printf "fold %s\n" (Queue.fold (fun acc x -> acc ^ x) ">" q);
  let q2 = Queue.create () in
  Queue.add "x" q2;
  Queue.transfer q q2;
  Printf.printf "after transfer: q=%d q2=%d\n" (Queue.length q) (Queue.length q2);
  print_endline (String.concat "," (List.of_seq (Queue.to_seq q2)));
  Printf.printf "take_opt %s\n" (match Queue.take_opt q with Some x -> x | None -> "None");
  (try ignore (Queue.take q) with Queue.Empty -> print_endline "take: Queue.Empty");
  (try ignore (Queue.peek q) with Queue.Empty -> print_endline "peek: Queue.Empty");
  let bfs_order =
    let adj = [| [ 1; 2 ]; [ 3 ]; [ 3; 4 ]; [ 5 ]; [ 5 ]; [] |] in
    let seen = Array.make 6 false and out = ref [] and qq = Queue.create () in
    Queue.add 0 qq; seen.(0) <- true;
    while not (Queue.is_empty qq) do
      let n = Queue.take qq in
      out := n :: !out;
      List.iter (fun m -> if not seen.(m) then (seen.(m) <- true; Queue.add m qq)) adj.(n)
    done;
    List.rev !out in
  print_endline (String.concat " " (List.map string_of_int bfs_order));
  print_endline (Printexc.to_string Queue.Empty)
