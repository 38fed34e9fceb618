let x : int = Some 1
