let x : float = 1
