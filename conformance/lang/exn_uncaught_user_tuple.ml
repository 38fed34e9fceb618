exception Bad_token of string * int * char

let scan s =
  String.iteri
    (fun i c ->
      match c with
      | '0' .. '9' | '+' | ' ' -> Printf.printf "ok %C\n" c
      | _ -> raise (Bad_token (s, i, c)))
    s

let () =
  scan "1 + 2";
  scan "3 * 4"
