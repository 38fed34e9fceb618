let repeat s n = String.concat "" (List.init n (fun _ -> s))

let reverse s =
  let n = String.length s in
  String.init n (fun i -> s.[n - 1 - i])

let is_palindrome s =
  let t = String.lowercase_ascii (String.concat "" (String.split_on_char ' ' s)) in
  t = reverse t

let () =
  print_endline (repeat "ab" 4);
  print_endline (repeat "-" 0 ^ "|");
  print_endline (reverse "OCaml");
  List.iter (fun s -> Printf.printf "%S palindrome: %b\n" s (is_palindrome s))
    [ "racecar"; "A man a plan a canal Panama"; "hello"; "" ];
  let center w s =
    let pad = w - String.length s in
    if pad <= 0 then s else String.make (pad / 2) ' ' ^ s ^ String.make (pad - (pad / 2)) ' ' in
  Printf.printf "[%s]\n" (center 11 "mid");
  Printf.printf "[%s]\n" (center 2 "toolong");
  let count_sub sub s =
    let n = String.length sub in
    let c = ref 0 in
    for i = 0 to String.length s - n do if String.sub s i n = sub then incr c done;
    !c in
  Printf.printf "%d\n" (count_sub "an" "banana bandana")
