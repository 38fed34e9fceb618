let () =
  let s = "functional programming" in
  Printf.printf "contains 'g': %b\n" (String.contains s 'g');
  Printf.printf "contains 'z': %b\n" (String.contains s 'z');
  Printf.printf "contains_from 12 'f': %b\n" (String.contains_from s 12 'f');
  Printf.printf "rcontains_from 5 'c': %b\n" (String.rcontains_from s 5 'c');
  Printf.printf "contains empty: %b\n" (String.contains "" 'a');
  (try ignore (String.contains_from s 50 'a')
   with Invalid_argument m -> Printf.printf "Invalid_argument %S\n" m);
  let is_substring sub s =
    let n = String.length sub and m = String.length s in
    let rec go i = i + n <= m && (String.sub s i n = sub || go (i + 1)) in
    go 0 in
  List.iter (fun sub -> Printf.printf "%S in s: %b\n" sub (is_substring sub s))
    [ "prog"; "tional p"; "xyz"; ""; "programming!" ];
  Printf.printf "contains_from at length: %b\n" (String.contains_from s (String.length s) 'a')
