(* Buffer: bytes that grow by doubling. *)
type t = { mutable buffer : bytes; mutable position : int; initial_buffer : bytes }

let create n =
  let n = if n < 1 then 1 else n in
  let s = Bytes.create n in
  { buffer = s; position = 0; initial_buffer = s }
let contents b = Bytes.sub_string b.buffer 0 b.position
let to_bytes b = Bytes.sub b.buffer 0 b.position
let sub b ofs len =
  if ofs < 0 || len < 0 || ofs > b.position - len then invalid_arg "Buffer.sub"
  else Bytes.sub_string b.buffer ofs len
let blit src srcoff dst dstoff len =
  if len < 0 || srcoff < 0 || srcoff > src.position - len || dstoff < 0 || dstoff > Bytes.length dst - len
  then invalid_arg "Buffer.blit"
  else Bytes.unsafe_blit src.buffer srcoff dst dstoff len
let nth b ofs =
  if ofs < 0 || ofs >= b.position then invalid_arg "Buffer.nth" else Bytes.unsafe_get b.buffer ofs
let length b = b.position
let clear b = b.position <- 0
let reset b = b.position <- 0; b.buffer <- b.initial_buffer

(* Makes room for [more] bytes. *)
let resize b more =
  let len = Bytes.length b.buffer in
  let new_len = ref len in
  while b.position + more > !new_len do new_len := 2 * !new_len done;
  let nb = Bytes.create !new_len in
  Bytes.unsafe_blit b.buffer 0 nb 0 b.position;
  b.buffer <- nb

let add_char b c =
  let pos = b.position in
  if pos >= Bytes.length b.buffer then resize b 1;
  Bytes.unsafe_set b.buffer pos c;
  b.position <- pos + 1

let add_substring b s ofs len =
  if ofs < 0 || len < 0 || ofs > String.length s - len then invalid_arg "Buffer.add_substring/add_subbytes"
  else begin
    let pos = b.position in
    if pos + len > Bytes.length b.buffer then resize b len;
    Bytes.unsafe_blit_string s ofs b.buffer pos len;
    b.position <- pos + len
  end
let add_subbytes b s ofs len = add_substring b (Bytes.unsafe_to_string s) ofs len
let add_string b s =
  let len = String.length s in
  let pos = b.position in
  if pos + len > Bytes.length b.buffer then resize b len;
  Bytes.unsafe_blit_string s 0 b.buffer pos len;
  b.position <- pos + len
let add_bytes b s = add_string b (Bytes.unsafe_to_string s)
let add_buffer b bs = add_subbytes b bs.buffer 0 bs.position
let add_channel _ _ n = if n > 0 then raise End_of_file
let output_buffer oc b = output oc b.buffer 0 b.position
let truncate b len =
  if len < 0 || len > b.position then invalid_arg "Buffer.truncate" else b.position <- len

let add_utf_8_uchar b u =
  let u = Uchar.to_int u in
  let byte n = add_char b (Char.unsafe_chr n) in
  if u < 0x80 then byte u
  else if u < 0x800 then begin byte (0xC0 lor (u lsr 6)); byte (0x80 lor (u land 0x3F)) end
  else if u < 0x10000 then begin
    byte (0xE0 lor (u lsr 12));
    byte (0x80 lor ((u lsr 6) land 0x3F));
    byte (0x80 lor (u land 0x3F))
  end else begin
    byte (0xF0 lor (u lsr 18));
    byte (0x80 lor ((u lsr 12) land 0x3F));
    byte (0x80 lor ((u lsr 6) land 0x3F));
    byte (0x80 lor (u land 0x3F))
  end
let add_utf_16 big b u =
  let u = Uchar.to_int u in
  let unit n =
    let hi = Char.unsafe_chr (n lsr 8) and lo = Char.unsafe_chr (n land 0xFF) in
    if big then begin add_char b hi; add_char b lo end else begin add_char b lo; add_char b hi end in
  if u < 0x10000 then unit u
  else begin
    let u' = u - 0x10000 in
    unit (0xD800 lor (u' lsr 10));
    unit (0xDC00 lor (u' land 0x3FF))
  end
let add_utf_16le_uchar b u = add_utf_16 false b u
let add_utf_16be_uchar b u = add_utf_16 true b u

(* `$name`, `${name}` and `$(name)` are replaced by [f name]; `\$` is a dollar. *)
let add_substitute b f s =
  let lim = String.length s in
  let is_ident c = match c with 'A' .. 'Z' | 'a' .. 'z' | '0' .. '9' | '_' -> true | _ -> false in
  let find_ident start =
    if start >= lim then invalid_arg "Buffer.add_substitute"
    else match String.get s start with
      | ('(' | '{') as opening ->
        let closing = if opening = '(' then ')' else '}' in
        let rec close depth i =
          if i >= lim then invalid_arg "Buffer.add_substitute"
          else let c = String.get s i in
            if c = opening then close (depth + 1) (i + 1)
            else if c = closing then (if depth = 0 then i else close (depth - 1) (i + 1))
            else close depth (i + 1) in
        let stop = close 0 (start + 1) in
        (String.sub s (start + 1) (stop - start - 1), stop + 1)
      | _ ->
        let rec stop i = if i < lim && is_ident (String.get s i) then stop (i + 1) else i in
        let e = stop start in
        if e = start then invalid_arg "Buffer.add_substitute" else (String.sub s start (e - start), e) in
  let rec subst previous i =
    if i < lim then begin
      match String.get s i with
      | '$' when previous = '\\' -> add_char b '$'; subst ' ' (i + 1)
      | '$' -> let ident, next = find_ident (i + 1) in add_string b (f ident); subst ' ' next
      | c when previous = '\\' -> add_char b '\\'; add_char b c; subst c (i + 1)
      | '\\' -> subst '\\' (i + 1)
      | c -> add_char b c; subst c (i + 1)
    end
    else if previous = '\\' then add_char b '\\' in
  subst ' ' 0

let to_seq b =
  let rec aux i () = if i >= b.position then Seq.Nil else Seq.Cons (Bytes.get b.buffer i, aux (i + 1)) in
  aux 0
let to_seqi b =
  let rec aux i () = if i >= b.position then Seq.Nil else Seq.Cons ((i, Bytes.get b.buffer i), aux (i + 1)) in
  aux 0
let add_seq b seq = Seq.iter (add_char b) seq
let of_seq seq = let b = create 32 in add_seq b seq; b

let add_uint8 b n = add_char b (Char.unsafe_chr (n land 0xFF))
let add_int8 = add_uint8
let add_le b n v = for k = 0 to n - 1 do add_uint8 b (v lsr (8 * k)) done
let add_be b n v = for k = n - 1 downto 0 do add_uint8 b (v lsr (8 * k)) done
let add_uint16_le b v = add_le b 2 v
let add_uint16_be b v = add_be b 2 v
let add_uint16_ne = add_uint16_le
let add_int16_le = add_uint16_le
let add_int16_be = add_uint16_be
let add_int16_ne = add_uint16_le
let add_bin set n b v = let s = Bytes.create n in set s 0 v; add_bytes b s
let add_int32_le b v = add_bin Bytes.set_int32_le 4 b v
let add_int32_be b v = add_bin Bytes.set_int32_be 4 b v
let add_int32_ne = add_int32_le
let add_int64_le b v = add_bin Bytes.set_int64_le 8 b v
let add_int64_be b v = add_bin Bytes.set_int64_be 8 b v
let add_int64_ne = add_int64_le
