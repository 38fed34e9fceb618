let () =
  let s = "Hello, World!" in
  Printf.printf "length %d\n" (String.length s);
  Printf.printf "sub 0 5 = %S\n" (String.sub s 0 5);
  Printf.printf "sub 7 5 = %S\n" (String.sub s 7 5);
  Printf.printf "sub 13 0 = %S\n" (String.sub s 13 0);
  Printf.printf "s.[4] = %c\n" s.[4];
  Printf.printf "get 0 = %c\n" (String.get s 0);
  Printf.printf "length empty %d\n" (String.length "");
  Printf.printf "length utf8 %d\n" (String.length "h\xc3\xa9llo");
  List.iter
    (fun (a, b) ->
      match String.sub s a b with
      | r -> Printf.printf "sub %d %d = %S\n" a b r
      | exception Invalid_argument m -> Printf.printf "sub %d %d: Invalid_argument %S\n" a b m)
    [ (0, 13); (0, 14); (-1, 2); (5, -1); (12, 1); (13, 1) ]
