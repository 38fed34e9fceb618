let f x = x + undefined_thing
