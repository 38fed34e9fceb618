let k x _ = x
