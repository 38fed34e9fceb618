type value = VInt of int | VBool of bool | VClosure of string * expr * env
and expr =
  | Num of int
  | Var of string
  | Lam of string * expr
  | App of expr * expr
  | Binop of [ `Add | `Sub | `Lt ] * expr * expr
  | Ifz of expr * expr * expr
  | Let of { name : string; bound : expr; body : expr }
and env = (string * value) list

exception Type_error of string

let rec eval env = function
  | Num n -> VInt n
  | Var x -> (try List.assoc x env with Not_found -> raise (Type_error ("unbound " ^ x)))
  | Lam (x, body) -> VClosure (x, body, env)
  | App (f, a) ->
    begin match eval env f with
    | VClosure (x, body, cenv) -> eval ((x, eval env a) :: cenv) body
    | _ -> raise (Type_error "not a function")
    end
  | Binop (op, a, b) ->
    (match op, eval env a, eval env b with
     | `Add, VInt x, VInt y -> VInt (x + y)
     | `Sub, VInt x, VInt y -> VInt (x - y)
     | `Lt, VInt x, VInt y -> VBool (x < y)
     | _ -> raise (Type_error "binop"))
  | Ifz (c, t, e) ->
    if eval env c = VInt 0 then eval env t else eval env e
  | Let { name; bound; body } -> eval ((name, eval env bound) :: env) body

let to_string = function
  | VInt n -> string_of_int n
  | VBool b -> if b then "true" else "false"
  | VClosure _ -> "<fun>"

let () =
  let prog =
    Let { name = "inc"; bound = Lam ("x", Binop (`Add, Var "x", Num 1));
          body = App (Var "inc", App (Var "inc", Num 40)) }
  in
  match eval [] prog with
  | v -> print_endline (to_string v)
  | exception Type_error msg -> prerr_endline ("error: " ^ msg)
