let classify n = if n < 0 then `Neg else if n = 0 then `Zero else `Pos n
let show = function `Neg -> "neg" | `Zero -> "zero" | `Pos n -> string_of_int n
let () = List.iter (fun n -> print_endline (show (classify n))) [-1; 0; 3]
let bind r f = match r with `Ok x -> f x | `Error _ as e -> e
let ( >>= ) = bind
let parse s = match int_of_string_opt s with Some n -> `Ok n | None -> `Error ("bad " ^ s)
let half n = if n mod 2 = 0 then `Ok (n / 2) else `Error "odd"
let r = parse "42" >>= half
let () = match r with `Ok n -> Printf.printf "%d\n" n | `Error e -> print_endline e
let rec even = function `Z -> true | `S n -> odd n
and odd = function `Z -> false | `S n -> even n
let three = `S (`S (`S `Z))
let () = Printf.printf "%b\n" (odd three)
type 'a tree = [ `Leaf | `Node of 'a tree * 'a * 'a tree ]
let rec insert x (t : 'a tree) : 'a tree = match t with
  | `Leaf -> `Node (`Leaf, x, `Leaf)
  | `Node (l, y, r) -> if x < y then `Node (insert x l, y, r) else `Node (l, y, insert x r)
let rec to_list (t : 'a tree) = match t with `Leaf -> [] | `Node (l, x, r) -> to_list l @ [x] @ to_list r
let sorted = to_list (List.fold_left (fun t x -> insert x t) `Leaf [3; 1; 2])
let pair_kind = function
  | `A, `A -> "aa"
  | `A, _ -> "a_"
  | _, `B -> "_b"
  | _ -> "other"
let pk = pair_kind (`A, `C)
let pk2 = pair_kind (`D, `B)
let widen (x : [ `A | `B ]) = (x :> [ `A | `B | `C ])
let lst = [widen `A; `C]
let handle = function
  | (`GET | `HEAD) as m -> `Read m
  | `POST -> `Write
  | `Other s -> `Unknown s
let h1 = handle `GET
let h2 = handle (`Other "x")
let apply_all fs x = List.map (fun f -> f x) fs
let results = apply_all [(function `X -> 1 | `Y -> 2); (function `X -> 3 | _ -> 4)] `X
let opt_tag = function Some (`Num n) -> n | Some `Zero -> 0 | None -> -1
let tbl : (string, [ `On | `Off ]) Hashtbl.t = Hashtbl.create 4
let () = Hashtbl.replace tbl "light" `On
let state = match Hashtbl.find_opt tbl "light" with Some `On -> true | Some `Off | None -> false
let cmp = compare `A `B
let eq = (`X 1 = `X 2)
let fmt ppf = function `I i -> Format.fprintf ppf "%d" i | `S s -> Format.fprintf ppf "%s" s
let () = Format.printf "%a %a@." fmt (`I 1) fmt (`S "s")
exception E of [ `Timeout | `Refused of string ]
let () = try raise (E (`Refused "x")) with E `Timeout -> () | E (`Refused s) -> print_endline s
let wrap f = fun x -> match f x with `Done -> `Done | `More y -> `More (y + 1)
let w = wrap (fun n -> if n > 0 then `More n else `Done) 3
let lazy_tag = lazy (`Computed 42)
let v = match Lazy.force lazy_tag with `Computed n -> n
let labelled ?(mode = `Fast) () = match mode with `Fast -> 1 | `Slow -> 2
let l1 = labelled () and l2 = labelled ~mode:`Slow ()
let arr = [| `A; `B |]
let first = match arr.(0) with `A -> "a" | `B -> "b"
type cfg = { level : [ `Debug | `Info | `Warn ]; mutable count : int }
let c = { level = `Info; count = 0 }
let () = c.count <- c.count + (match c.level with `Debug -> 2 | `Info -> 1 | `Warn -> 0)
let str_of_level = function `Debug -> "debug" | `Info -> "info" | `Warn -> "warn"
let s = str_of_level c.level
let seq = List.map (function `L x | `R x -> x) [`L 1; `R 2]
let nested = function `Outer (`Inner x) -> x | `Outer `Empty -> 0 | `None -> -1
let n1 = nested (`Outer (`Inner 5))
let id_open : ([> `A ] as 'a) -> 'a = fun x -> x
let io = id_open `B
