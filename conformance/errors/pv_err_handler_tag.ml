let handler = function `Get path -> path | `Post (path, _) -> path
let () = print_endline (handler (`Put "x"))
