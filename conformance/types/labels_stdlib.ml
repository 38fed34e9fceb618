let l = ListLabels.map ~f:(fun x -> x + 1) [1]
