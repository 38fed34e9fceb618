let rev l = let rec go acc = function [] -> acc | x :: t -> go (x :: acc) t in go [] l
