let f () =
  match read () with
  | x -> Some x
  | exception End_of_file -> None
  | exception (Failure msg) when msg = "" -> None
let g () = match h () with exception Not_found -> 0 | n -> n
