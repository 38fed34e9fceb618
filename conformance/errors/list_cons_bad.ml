let l = 1 :: ["a"]
