(* Buffer: bytes that grow by doubling. *)
type t = { mutable buf : bytes; mutable pos : int; initial : int }

let create n = let n = if n < 1 then 1 else n in { buf = Bytes.create n; pos = 0; initial = n }
let contents b = Bytes.sub_string b.buf 0 b.pos
let to_bytes b = Bytes.sub b.buf 0 b.pos
let length b = b.pos
let clear b = b.pos <- 0
let reset b = b.pos <- 0; b.buf <- Bytes.create b.initial
let resize b more =
  let len = Bytes.length b.buf in
  let new_len = ref len in
  while b.pos + more > !new_len do new_len := 2 * !new_len done;
  let nb = Bytes.create !new_len in
  Bytes.blit b.buf 0 nb 0 b.pos;
  b.buf <- nb
let add_char b c = if b.pos >= Bytes.length b.buf then resize b 1; Bytes.set b.buf b.pos c; b.pos <- b.pos + 1
let add_string b s =
  let len = string_length s in
  if b.pos + len > Bytes.length b.buf then resize b len;
  Bytes.blit_string s 0 b.buf b.pos len;
  b.pos <- b.pos + len
let add_bytes b s = add_string b (Bytes.to_string s)
let add_substring b s ofs len =
  if ofs < 0 || len < 0 || ofs > string_length s - len then invalid_arg "Buffer.add_substring/add_subbytes"
  else add_string b (String.sub s ofs len)
let add_buffer b other = add_string b (contents other)
let nth b i = if i < 0 || i >= b.pos then invalid_arg "Buffer.nth" else Bytes.get b.buf i
let sub b ofs len = if ofs < 0 || len < 0 || ofs > b.pos - len then invalid_arg "Buffer.sub" else Bytes.sub_string b.buf ofs len
let truncate b len = if len < 0 || len > b.pos then invalid_arg "Buffer.truncate" else b.pos <- len
