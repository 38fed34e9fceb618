let f { nope } = nope
