(* Weak arrays; with reference counting nothing is collected, so they hold what they hold. *)
type 'a t = 'a option array
let create n = if n < 0 || n > Sys.max_array_length - 1 then invalid_arg "Weak.create" else Array.make n None
let length = Array.length
let check_index w i name = if i < 0 || i >= Array.length w then invalid_arg name
let set w i v = check_index w i "Weak.set"; w.(i) <- v
let get w i = check_index w i "Weak.get"; w.(i)
let get_copy w i = check_index w i "Weak.get_copy"; w.(i)
let check w i = check_index w i "Weak.check"; w.(i) <> None
let fill w ofs len v =
  if ofs < 0 || len < 0 || ofs > Array.length w - len then invalid_arg "Weak.fill" else Array.fill w ofs len v
let blit w1 o1 w2 o2 len =
  if len < 0 || o1 < 0 || o1 > Array.length w1 - len || o2 < 0 || o2 > Array.length w2 - len
  then invalid_arg "Weak.blit" else Array.blit w1 o1 w2 o2 len
