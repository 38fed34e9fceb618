let c = lazy f x
