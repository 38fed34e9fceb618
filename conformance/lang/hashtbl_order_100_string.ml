let () =
  let h = Hashtbl.create 16 in
  for i = 0 to 99 do Hashtbl.replace h ("key" ^ string_of_int i) i done;
  let n = ref 0 in
  Hashtbl.iter
    (fun k v ->
      Printf.printf "%s=%d " k v;
      incr n;
      if !n mod 8 = 0 then print_newline ())
    h;
  print_newline ();
  let st = Hashtbl.stats h in
  Printf.printf "buckets %d max %d\n" st.Hashtbl.num_buckets st.Hashtbl.max_bucket_length;
  let words = Hashtbl.create 4 in
  String.split_on_char ' ' "to be or not to be that is the question whether tis nobler in the mind to suffer"
  |> List.iter (fun w -> Hashtbl.replace words w (1 + Option.value ~default:0 (Hashtbl.find_opt words w)));
  Hashtbl.iter (fun w c -> Printf.printf "%s:%d " w c) words;
  print_newline ()
