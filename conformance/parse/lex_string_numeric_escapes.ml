let a = "\065\066\067"
let b = "\x41\x42\x7E"
let c = "\o101\o102"
let d = "mix\0009end"
