let f g = match g () with x -> x | exception Not_found -> 0
