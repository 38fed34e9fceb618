let c = `B x y
