let keep g x = match g x with Some _ as r -> r | None -> None
let first = function (Ok _ as r) :: _ -> r | _ -> Error "empty"
let loop g = let rec next () = match g () with Some _ as r -> r | None -> next () in next
let free = function Error _ as e -> e | Ok n -> Ok (string_of_int n)
