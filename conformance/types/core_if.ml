let sign n = if n > 0 then 1 else if n < 0 then -1 else 0
