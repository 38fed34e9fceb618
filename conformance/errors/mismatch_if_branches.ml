let y = if true then 1 else "a"
