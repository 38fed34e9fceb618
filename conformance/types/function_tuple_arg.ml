let f = fun (a, b) -> a ^ b
