let f x = if x + 1 then 0 else 1
