let level = function Some `High -> 3 | Some `Low -> 1 | None -> 0
let choose b = if b then Some `Yes else None
