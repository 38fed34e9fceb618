let rec f x = x and
