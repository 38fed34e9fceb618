let a = {id|contains |} inside|id}
let b = {sql|SELECT * FROM t WHERE x = '|'|sql}
let c = {x_y|a|x_y}
