type user = { name : string; age : int; admin : bool }

let greet = function
  | { admin = true; name; _ } -> "Welcome back, administrator " ^ name
  | { age; name; _ } when age < 18 -> "Hi " ^ name
  | { name; _ } -> "Hello " ^ name

let arr = function
  | [||] -> "empty"
  | [| x |] -> "one " ^ string_of_int x
  | [| x; y |] -> Printf.sprintf "two %d %d" x y
  | a -> Printf.sprintf "%d elements starting %d" (Array.length a) a.(0)

let () =
  List.iter (fun u -> print_endline (greet u))
    [ { name = "root"; age = 40; admin = true }; { name = "kid"; age = 12; admin = false }; { name = "ann"; age = 30; admin = false } ];
  List.iter (fun a -> print_endline (arr a)) [ [||]; [| 5 |]; [| 1; 2 |]; [| 9; 8; 7 |] ];
  let { name = n; age = a; _ } = { name = "zed"; age = 99; admin = false } in
  Printf.printf "%s %d\n" n a;
  let fl = function [| 1.0; y |] -> y | _ -> 0. in
  Printf.printf "%s %s\n" (string_of_float (fl [| 1.0; 2.5 |])) (string_of_float (fl [| 2.0; 2.5 |]));
  match [| "a"; "b" |] with [| "a"; s |] -> print_endline ("second is " ^ s) | _ -> print_endline "no"
