let x = Nope.x
