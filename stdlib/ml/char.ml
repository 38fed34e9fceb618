(* Char, as OCaml 4.13 has it. *)
external code : char -> int = "%identity"
external unsafe_chr : int -> char = "%identity"
external bytes_set : bytes -> int -> char -> unit = "%bytes_unsafe_set"
let chr n = if n < 0 || n > 255 then invalid_arg "Char.chr" else unsafe_chr n

let escaped c =
  let make n f = let b = bytes_create n in for i = 0 to n - 1 do bytes_set b i (f i) done; bytes_unsafe_to_string b in
  match c with
  | '\'' -> "\\'"
  | '\\' -> "\\\\"
  | '\n' -> "\\n"
  | '\t' -> "\\t"
  | '\r' -> "\\r"
  | '\b' -> "\\b"
  | ' ' .. '~' -> make 1 (fun _ -> c)
  | _ ->
    let n = code c in
    make 4 (fun i -> match i with
      | 0 -> '\\'
      | 1 -> unsafe_chr (48 + n / 100)
      | 2 -> unsafe_chr (48 + n / 10 mod 10)
      | _ -> unsafe_chr (48 + n mod 10))

let lowercase_ascii c = match c with 'A' .. 'Z' -> unsafe_chr (code c + 32) | _ -> c
let uppercase_ascii c = match c with 'a' .. 'z' -> unsafe_chr (code c - 32) | _ -> c
(* The deprecated Latin-1 versions. *)
let lowercase c =
  match c with 'A' .. 'Z' | '\192' .. '\214' | '\216' .. '\222' -> unsafe_chr (code c + 32) | _ -> c
let uppercase c =
  match c with 'a' .. 'z' | '\224' .. '\246' | '\248' .. '\254' -> unsafe_chr (code c - 32) | _ -> c
type t = char
let compare (c1 : char) c2 = code c1 - code c2
let equal (c1 : char) c2 = compare c1 c2 = 0
