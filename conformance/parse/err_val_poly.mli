val id : 'a. 'a -> 'a
