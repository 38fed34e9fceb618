let () =
  let h = Hashtbl.create 8 in
  for i = 1 to 1000 do Hashtbl.replace h (i * i mod 10007) i done;
  Printf.printf "length %d\n" (Hashtbl.length h);
  let line = Buffer.create 100 in
  let n = ref 0 in
  Hashtbl.iter
    (fun k _ ->
      Buffer.add_string line (string_of_int k);
      Buffer.add_char line ' ';
      incr n;
      if !n mod 20 = 0 then (print_endline (Buffer.contents line); Buffer.clear line))
    h;
  print_endline (Buffer.contents line);
  let st = Hashtbl.stats h in
  Printf.printf "buckets %d, max bucket %d\n" st.Hashtbl.num_buckets st.Hashtbl.max_bucket_length;
  Array.iteri (fun i c -> if c > 0 then Printf.printf "%d buckets of size %d\n" c i) st.Hashtbl.bucket_histogram
