let r = { x 1 }
