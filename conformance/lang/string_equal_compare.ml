let () =
  let pairs = [ ("abc", "abc"); ("abc", "abd"); ("abc", "ab"); ("", "a"); ("B", "a"); ("a", "B");
                ("abc", "ABC"); ("z", "aaaa"); ("\255", "\000") ] in
  List.iter
    (fun (a, b) ->
      Printf.printf "%S %S: equal=%b compare=%d (=)=%b (<)=%b\n" a b (String.equal a b)
        (String.compare a b) (a = b) (a < b))
    pairs;
  let words = [ "pear"; "Apple"; "apple"; "banana"; "Banana"; ""; "apples"; "a" ] in
  print_endline (String.concat " " (List.sort String.compare words));
  print_endline (String.concat " " (List.sort (fun a b -> compare b a) words));
  let s1 = "hello" and s2 = String.concat "" [ "hel"; "lo" ] in
  Printf.printf "= %b, == %b\n" (s1 = s2) (s1 == s2)
