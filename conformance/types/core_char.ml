let is_a c = c = 'a'
