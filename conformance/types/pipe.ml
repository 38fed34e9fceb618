let r = [1; 2; 3] |> List.map (fun x -> x * 2) |> List.length
