let f x : float = x
