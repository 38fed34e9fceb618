let x : string = 42
