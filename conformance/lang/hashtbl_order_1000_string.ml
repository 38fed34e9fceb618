let () =
  let h = Hashtbl.create 16 in
  for i = 1 to 1000 do Hashtbl.add h (Printf.sprintf "w%04d" (i * 7 mod 1000)) i done;
  Printf.printf "length %d\n" (Hashtbl.length h);
  let buf = Buffer.create 200 in
  let n = ref 0 in
  Hashtbl.iter
    (fun k _ ->
      Buffer.add_string buf k;
      Buffer.add_char buf ' ';
      incr n;
      if !n mod 16 = 0 then (print_endline (Buffer.contents buf); Buffer.clear buf))
    h;
  print_endline (Buffer.contents buf);
  let total = Hashtbl.fold (fun _ v acc -> acc + v) h 0 in
  Printf.printf "sum of values %d\n" total
