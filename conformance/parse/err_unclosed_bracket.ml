let l = [1; 2
