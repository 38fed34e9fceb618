module rec Expr : sig
  type t = Num of int | Block of Stmts.t
  val eval : t -> int
end = struct
  type t = Num of int | Block of Stmts.t
  let eval = function Num n -> n | Block s -> Stmts.run s
end

and Stmts : sig
  type t = Expr.t list
  val run : t -> int
end = struct
  type t = Expr.t list
  let run l = List.fold_left (fun acc e -> acc + Expr.eval e) 0 l
end

let () =
  let e = Expr.Block [ Expr.Num 1; Expr.Block [ Expr.Num 2; Expr.Num 3 ]; Expr.Num 4 ] in
  Printf.printf "%d\n" (Expr.eval e);
  Printf.printf "%d\n" (Stmts.run []);
  Printf.printf "%d\n" (Expr.eval (Expr.Num 42));
  let deep = List.fold_left (fun acc i -> Expr.Block [ acc; Expr.Num i ]) (Expr.Num 0) (List.init 100 succ) in
  Printf.printf "%d\n" (Expr.eval deep);
  print_endline "done";
  print_endline "recursive modules ok"
