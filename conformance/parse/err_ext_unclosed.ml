let x = [%ext 1
