let () =
  let h = Hashtbl.create 16 in
  for i = 0 to 99 do Hashtbl.add h (i * 37) i done;
  let n = ref 0 in
  Hashtbl.iter
    (fun k v ->
      Printf.printf "%d:%d " k v;
      incr n;
      if !n mod 10 = 0 then print_newline ())
    h;
  Printf.printf "stats: %d bindings\n" (Hashtbl.length h);
  let st = Hashtbl.stats h in
  Printf.printf "buckets %d max bucket %d\n" st.Hashtbl.num_buckets st.Hashtbl.max_bucket_length;
  let keys = Hashtbl.fold (fun k _ acc -> k :: acc) h [] in
  Printf.printf "fold first %d, last %d\n" (List.hd keys) (List.nth keys 99)
