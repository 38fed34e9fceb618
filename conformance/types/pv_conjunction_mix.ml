let f1 = function `A x -> x + 1 | `B -> 0
let f2 = function `A x -> x * 2 | `C -> 1
let both x = f1 x + f2 x
let g (x : [< `A of int | `B | `C > `A ]) = x
let h x = match g x with `A n -> n | `B -> 1 | `C -> 2
let choose b = if b then `Left 1 else `Right "r"
let use = function `Left n -> string_of_int n | `Right s -> s
let u = use (choose true)
let lst = List.map (fun x -> if x > 0 then `Pos else `NonPos) [1; -1]
let count = List.length (List.filter (( = ) `Pos) lst)
let mk () = `Fresh
let a = mk () and b = mk ()
let pair = (a, b)
let rec flatten = function
  | `Atom x -> [x]
  | `List l -> List.concat_map flatten l
let flat = flatten (`List [`Atom 1; `List [`Atom 2; `Atom 3]])
