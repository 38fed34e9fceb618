module Result_syntax = struct
  let ( let* ) = Result.bind
  let ( let+ ) r f = Result.map f r
  let ( and+ ) a b =
    match a, b with
    | Ok a, Ok b -> Ok (a, b)
    | (Error _ as e), _ -> e
    | _, (Error _ as e) -> e
end

let parse_int s =
  match int_of_string_opt s with
  | Some n -> Ok n
  | None -> Error (`Bad_int s)

let parse_pair s =
  let open Result_syntax in
  match String.split_on_char ',' s with
  | [ a; b ] ->
    let+ x = parse_int (String.trim a)
    and+ y = parse_int (String.trim b) in
    (x, y)
  | _ -> Error (`Bad_format s)

let divide (x, y) =
  let open Result_syntax in
  let* () = if y = 0 then Error `Division_by_zero else Ok () in
  Ok (x / y)

let describe = function
  | Ok n -> Printf.sprintf "ok %d" n
  | Error (`Bad_int s) -> Printf.sprintf "bad int %S" s
  | Error (`Bad_format s) -> Printf.sprintf "bad format %S" s
  | Error `Division_by_zero -> "division by zero"

let () =
  [ "10, 2"; "7,0"; "x,1"; "1;2" ]
  |> List.map (fun s -> Result.bind (parse_pair s) divide)
  |> List.iter (fun r -> print_endline (describe r))
