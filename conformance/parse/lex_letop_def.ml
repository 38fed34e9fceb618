let ( let* ) m f = Option.bind m f
let ( and* ) a b = match a, b with Some a, Some b -> Some (a, b) | _ -> None
let ( let+ ) m f = Option.map f m
let ( and+ ) = ( and* )
let ( let*? ) m f = f m
