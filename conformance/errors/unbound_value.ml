let y = zz + 1
