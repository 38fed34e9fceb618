let c = assert f x
