type color = [ `Red | `Green | `Blue ]
let all : color list = [`Red; `Green; `Blue]
let name (c : color) = match c with `Red -> "red" | `Green -> "green" | `Blue -> "blue"
let first : color = `Red
