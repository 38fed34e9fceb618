(* A small calculator language: tokenizer, recursive-descent parser, evaluator *)
type token = INT of int | IDENT of string | PLUS | MINUS | STAR | SLASH | PERCENT
           | LPAREN | RPAREN | EQUALS | LET | IN | IF | THEN | ELSE | LT | EOF

exception Lex_error of int * char
exception Parse_error of string
exception Eval_error of string

let string_of_token = function
  | INT n -> Printf.sprintf "INT(%d)" n
  | IDENT s -> Printf.sprintf "IDENT(%s)" s
  | PLUS -> "+" | MINUS -> "-" | STAR -> "*" | SLASH -> "/" | PERCENT -> "%"
  | LPAREN -> "(" | RPAREN -> ")" | EQUALS -> "=" | LT -> "<"
  | LET -> "let" | IN -> "in" | IF -> "if" | THEN -> "then" | ELSE -> "else" | EOF -> "EOF"

let tokenize s =
  let n = String.length s in
  let rec go i acc =
    if i >= n then List.rev (EOF :: acc)
    else
      match s.[i] with
      | ' ' | '\t' | '\n' -> go (i + 1) acc
      | '0' .. '9' ->
        let j = ref i in
        while !j < n && s.[!j] >= '0' && s.[!j] <= '9' do incr j done;
        go !j (INT (int_of_string (String.sub s i (!j - i))) :: acc)
      | 'a' .. 'z' | '_' ->
        let j = ref i in
        while !j < n && (match s.[!j] with 'a' .. 'z' | '_' | '0' .. '9' -> true | _ -> false) do incr j done;
        let word = String.sub s i (!j - i) in
        let tok = match word with
          | "let" -> LET | "in" -> IN | "if" -> IF | "then" -> THEN | "else" -> ELSE | w -> IDENT w in
        go !j (tok :: acc)
      | '+' -> go (i + 1) (PLUS :: acc)
      | '-' -> go (i + 1) (MINUS :: acc)
      | '*' -> go (i + 1) (STAR :: acc)
      | '/' -> go (i + 1) (SLASH :: acc)
      | '%' -> go (i + 1) (PERCENT :: acc)
      | '(' -> go (i + 1) (LPAREN :: acc)
      | ')' -> go (i + 1) (RPAREN :: acc)
      | '=' -> go (i + 1) (EQUALS :: acc)
      | '<' -> go (i + 1) (LT :: acc)
      | c -> raise (Lex_error (i, c))
  in
  go 0 []

type expr =
  | Num of int
  | Var of string
  | Bin of char * expr * expr
  | Let of string * expr * expr
  | If of expr * expr * expr

let parse tokens =
  let toks = ref tokens in
  let peek () = match !toks with t :: _ -> t | [] -> EOF in
  let advance () = match !toks with _ :: r -> toks := r | [] -> () in
  let expect t =
    if peek () = t then advance ()
    else raise (Parse_error (Printf.sprintf "expected %s, got %s" (string_of_token t) (string_of_token (peek ())))) in
  let rec expr () =
    match peek () with
    | LET ->
      advance ();
      let name = match peek () with IDENT s -> advance (); s | t -> raise (Parse_error ("bad binder " ^ string_of_token t)) in
      expect EQUALS;
      let e1 = expr () in
      expect IN;
      Let (name, e1, expr ())
    | IF ->
      advance ();
      let c = expr () in
      expect THEN;
      let t = expr () in
      expect ELSE;
      If (c, t, expr ())
    | _ -> comparison ()
  and comparison () =
    let l = additive () in
    if peek () = LT then (advance (); Bin ('<', l, additive ())) else l
  and additive () =
    let rec loop l =
      match peek () with
      | PLUS -> advance (); loop (Bin ('+', l, term ()))
      | MINUS -> advance (); loop (Bin ('-', l, term ()))
      | _ -> l in
    loop (term ())
  and term () =
    let rec loop l =
      match peek () with
      | STAR -> advance (); loop (Bin ('*', l, factor ()))
      | SLASH -> advance (); loop (Bin ('/', l, factor ()))
      | PERCENT -> advance (); loop (Bin ('%', l, factor ()))
      | _ -> l in
    loop (factor ())
  and factor () =
    match peek () with
    | INT n -> advance (); Num n
    | IDENT s -> advance (); Var s
    | MINUS -> advance (); Bin ('-', Num 0, factor ())
    | LPAREN -> advance (); let e = expr () in expect RPAREN; e
    | t -> raise (Parse_error ("unexpected " ^ string_of_token t)) in
  let e = expr () in
  expect EOF;
  e

let rec eval env = function
  | Num n -> n
  | Var x -> (try List.assoc x env with Not_found -> raise (Eval_error ("unbound " ^ x)))
  | Bin (op, a, b) ->
    let x = eval env a and y = eval env b in
    (match op with
     | '+' -> x + y | '-' -> x - y | '*' -> x * y
     | '/' -> if y = 0 then raise (Eval_error "division by zero") else x / y
     | '%' -> if y = 0 then raise (Eval_error "modulo by zero") else x mod y
     | '<' -> if x < y then 1 else 0
     | _ -> assert false)
  | Let (x, e1, e2) -> eval ((x, eval env e1) :: env) e2
  | If (c, t, e) -> if eval env c <> 0 then eval env t else eval env e

let rec show = function
  | Num n -> string_of_int n
  | Var x -> x
  | Bin (op, a, b) -> Printf.sprintf "(%s %c %s)" (show a) op (show b)
  | Let (x, a, b) -> Printf.sprintf "let %s = %s in %s" x (show a) (show b)
  | If (c, t, e) -> Printf.sprintf "if %s then %s else %s" (show c) (show t) (show e)

let run src =
  Printf.printf "> %s\n" src;
  match eval [] (parse (tokenize src)) with
  | v -> Printf.printf "= %d\n" v
  | exception Lex_error (i, c) -> Printf.printf "lex error at %d: %C\n" i c
  | exception Parse_error m -> Printf.printf "parse error: %s\n" m
  | exception Eval_error m -> Printf.printf "eval error: %s\n" m

let () =
  print_endline (String.concat " " (List.map string_of_token (tokenize "let x = 5 in x * (2 + 3)")));
  print_endline (show (parse (tokenize "1 + 2 * 3 - 4 / 2")));
  List.iter run
    [ "1 + 2 * 3"; "(1 + 2) * 3"; "10 / 3 + 10 % 3"; "-5 - -5"; "let x = 7 in let y = x * x in y - x";
      "if 1 < 2 then 100 else 200"; "if 3 < 2 then 100 else let z = 4 in z * z";
      "2 * (3 + 4) * 5"; "1 / 0"; "7 % (3 - 3)"; "x + 1"; "1 + "; "(1 + 2"; "3 $ 4"; "let = 4 in 5";
      "4611686018427387903 + 1"; "let a = 1 in let a = a + 10 in a * a" ]
