(* Char, as OCaml 4.13 has it. *)
external code : char -> int = "%identity"
external unsafe_chr : int -> char = "%identity"
external set : bytes -> int -> char -> unit = "%bytes_safe_set"
let chr n = if n < 0 || n > 255 then invalid_arg "Char.chr" else unsafe_chr n
let escaped c =
  match c with
  | '\'' -> "\\'"
  | '\\' -> "\\\\"
  | '\n' -> "\\n"
  | '\t' -> "\\t"
  | '\r' -> "\\r"
  | '\b' -> "\\b"
  | ' ' .. '~' -> let b = bytes_create 1 in set b 0 c; bytes_unsafe_to_string b
  | c ->
    let n = code c in
    "\\" ^ string_of_int (n / 100) ^ string_of_int (n / 10 mod 10) ^ string_of_int (n mod 10)
let lowercase_ascii c = match c with 'A' .. 'Z' -> unsafe_chr (code c + 32) | _ -> c
let uppercase_ascii c = match c with 'a' .. 'z' -> unsafe_chr (code c - 32) | _ -> c
let compare (c1 : char) c2 = code c1 - code c2
let equal (c1 : char) c2 = compare c1 c2 = 0
