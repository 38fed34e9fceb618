let m a b = if a < b then b else a
let eq = ( = )
