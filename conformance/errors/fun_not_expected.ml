let x : int = fun y -> y
