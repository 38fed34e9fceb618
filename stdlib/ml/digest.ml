(* Digest: MD5. *)
type t = string
external unsafe_string : string -> int -> int -> t = "caml_md5_string"
let string s = unsafe_string s 0 (String.length s)
let bytes b = string (Bytes.to_string b)
let substring s ofs len =
  if ofs < 0 || len < 0 || ofs > String.length s - len then invalid_arg "Digest.substring" else unsafe_string s ofs len
let compare = String.compare
let equal = String.equal
let to_hex d =
  let hex n = "0123456789abcdef".[n] in
  String.init 32 (fun i -> let c = Char.code d.[i / 2] in hex (if i mod 2 = 0 then c lsr 4 else c land 15))
let subbytes b ofs len = substring (Bytes.unsafe_to_string b) ofs len
let from_hex s =
  if String.length s <> 32 then invalid_arg "Digest.from_hex";
  let digit c = match c with
    | '0' .. '9' -> Char.code c - 48
    | 'A' .. 'F' -> Char.code c - 55
    | 'a' .. 'f' -> Char.code c - 87
    | _ -> invalid_arg "Digest.from_hex" in
  String.init 16 (fun i -> Char.chr (digit (String.get s (2 * i)) lsl 4 + digit (String.get s (2 * i + 1))))
