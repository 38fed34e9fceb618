let f x = x let
