type w = E : 'a. 'a -> w
