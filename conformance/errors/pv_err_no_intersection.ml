let same (x : [ `Cat ]) (y : [ `Dog ]) = x = y
