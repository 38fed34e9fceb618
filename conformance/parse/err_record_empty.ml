let r = {}
