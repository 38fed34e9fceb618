type token = Num of int | Plus | Minus | Times | LParen | RParen
let tokenize s =
  let n = String.length s in
  let rec go i acc =
    if i >= n then List.rev acc
    else match s.[i] with
      | ' ' -> go (i + 1) acc
      | '+' -> go (i + 1) (Plus :: acc) | '-' -> go (i + 1) (Minus :: acc)
      | '*' -> go (i + 1) (Times :: acc) | '(' -> go (i + 1) (LParen :: acc) | ')' -> go (i + 1) (RParen :: acc)
      | '0' .. '9' ->
        let j = ref i in
        while !j < n && s.[!j] >= '0' && s.[!j] <= '9' do incr j done;
        go !j (Num (int_of_string (String.sub s i (!j - i))) :: acc)
      | c -> failwith (Printf.sprintf "bad char %C" c) in
  go 0 []
let rec expr toks = let v, rest = term toks in expr_rest v rest
and expr_rest v = function
  | Plus :: rest -> let w, rest = term rest in expr_rest (v + w) rest
  | Minus :: rest -> let w, rest = term rest in expr_rest (v - w) rest
  | rest -> (v, rest)
and term toks = let v, rest = atom toks in term_rest v rest
and term_rest v = function Times :: rest -> let w, rest = atom rest in term_rest (v * w) rest | rest -> (v, rest)
and atom = function
  | Num n :: rest -> (n, rest)
  | LParen :: rest -> (match expr rest with v, RParen :: rest -> (v, rest) | _ -> failwith "expected )")
  | Minus :: rest -> let v, rest = atom rest in (-v, rest)
  | _ -> failwith "unexpected token"
let eval s = match expr (tokenize s) with v, [] -> v | _ -> failwith "trailing tokens"
let () = List.iter (fun s -> Printf.printf "%s = %s\n" s (try string_of_int (eval s) with Failure m -> "error: " ^ m))
  ["1 + 2 * 3"; "(1 + 2) * 3"; "-4 * (2 - 5)"; "2 * (3"; "7 & 1"; "10 - 3 - 2"]
