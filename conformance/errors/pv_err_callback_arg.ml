let f (g : [ `A ] -> int) = g `B
