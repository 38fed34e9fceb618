let x = Some (List.rev [])
let y = [List.rev []]
