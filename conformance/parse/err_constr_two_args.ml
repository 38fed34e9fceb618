let a = Some f x
