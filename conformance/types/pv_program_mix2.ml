let f = function `A -> `B | `B -> `A
let g x = f (f x)
let h = function `A as a -> a | `B -> `C
let apply_twice f x = f (f x)
let t = apply_twice (function `X n -> `X (n + 1)) (`X 0)
let lst = [`A 1; `B "b"]
let lst2 = `C :: lst
let proc = function
  | `A n when n > 0 -> n
  | `A _ -> 0
  | `B s -> String.length s
  | `C -> -1
let totals = List.map proc lst2
let opt x = match x with Some (`A | `B) -> true | Some `C | None -> false
let combine a b = match a, b with
  | `Int x, `Int y -> `Int (x + y)
  | `Float x, `Float y -> `Float (x +. y)
  | (`Int _ | `Float _), _ -> `Error
let c1 = combine (`Int 1) (`Int 2)
let is_error = function `Error -> true | _ -> false
let e = is_error (combine (`Int 1) (`Float 2.))
let rec map_tree f = function
  | `Leaf x -> `Leaf (f x)
  | `Node (l, r) -> `Node (map_tree f l, map_tree f r)
let mt = map_tree string_of_int (`Node (`Leaf 1, `Leaf 2))
let first_some l = List.find_map (function `Some x -> Some x | `None -> None) l
let fs = first_some [`None; `Some 3]
let cmp_tags a b = compare (a : [ `Low | `High ]) b
let sorted = List.sort cmp_tags [`High; `Low]
let to_str : [< `A | `B ] -> string = function `A -> "a" | `B -> "b"
let s1 = to_str `A
let ignore_tag (_ : [> `X ]) = ()
let () = ignore_tag `Y
let pipeline x = x |> (function `Raw s -> `Parsed (int_of_string s)) |> (function `Parsed n -> n * 2)
let p = pipeline (`Raw "21")
