let a = "\u{41}"
let b = "caf\u{E9}"
let c = "\u{1F600} smile"
let d = "\u{10FFFF}"
