let a = x |> fun y -> y + 1
let b = l |> List.map (fun x -> x * 2) |> List.filter (fun x -> x > 2)
let c = f @@ fun () -> g @@ fun () -> 1
