let f ~type_ ~val_ = type_ + val_
let g = f ~type_:1 ~val_:2
let h ~x:_ = 0
