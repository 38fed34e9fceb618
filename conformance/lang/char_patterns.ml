let classify = function
  | 'a' .. 'z' -> "lower" | 'A' .. 'Z' -> "upper" | '0' .. '9' -> "digit" | ' ' | '\t' -> "space" | _ -> "other"
let () = String.iter (fun c -> Printf.printf "%c:%s " c (classify c)) "aZ5 !"; print_newline ()
let count s = let n = ref 0 in String.iter (function 'a' | 'e' | 'i' | 'o' | 'u' -> incr n | _ -> ()) s; !n
let () = print_int (count "programming in ocaml"); print_newline ()
