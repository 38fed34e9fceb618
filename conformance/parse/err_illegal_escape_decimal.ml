let s = "\999"
