let tokens = [ `Num; `Num 4 ]
