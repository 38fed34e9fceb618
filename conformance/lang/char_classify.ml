let is_digit c = c >= '0' && c <= '9'
let is_alpha c = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
let is_space = function ' ' | '\t' | '\n' | '\r' -> true | _ -> false

let classify c =
  match c with
  | '0' .. '9' -> "digit"
  | 'a' .. 'z' | 'A' .. 'Z' -> "letter"
  | ' ' | '\t' | '\n' -> "space"
  | '!' .. '/' | ':' .. '@' -> "punct"
  | _ -> "other"

let () =
  let s = "Ab3 !x\t9@\n~" in
  String.iter (fun c -> Printf.printf "%C: %s\n" c (classify c)) s;
  let d = ref 0 and a = ref 0 and w = ref 0 in
  String.iter (fun c -> if is_digit c then incr d; if is_alpha c then incr a; if is_space c then incr w) s;
  Printf.printf "digits=%d alpha=%d space=%d\n" !d !a !w;
  Printf.printf "%c\n" (Char.chr (Char.code 'a' + 25));
  Printf.printf "%d\n" (Char.code '9' - Char.code '0')
