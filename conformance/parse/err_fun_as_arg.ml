let y = f fun x -> x
