let maxl = function [] -> None | x :: t -> Some (List.fold_left max x t)
