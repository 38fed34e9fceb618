let f ~x = x + 1
let y = f ~x:"s"
