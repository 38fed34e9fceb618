let safe f x = try Some (f x) with _ -> None
