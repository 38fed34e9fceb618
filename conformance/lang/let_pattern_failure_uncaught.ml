let parse_pair s =
  let [ a; b ] = String.split_on_char ',' s in
  (int_of_string a, int_of_string b)

let () =
  List.iter
    (fun s ->
      let a, b = parse_pair s in
      Printf.printf "%s -> %d + %d = %d\n" s a b (a + b))
    [ "1,2"; "10,20"; "3,4,5"; "6,7" ]
