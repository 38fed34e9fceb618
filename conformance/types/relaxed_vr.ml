let l = List.rev []
let n = (fun x -> x) None
