let rec fold f acc = function [] -> acc | x :: xs -> fold f (f acc x) xs
