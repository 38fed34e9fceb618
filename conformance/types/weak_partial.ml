let map_inc = List.map succ
let pairs = List.combine
