let total = `Count 1 + 1
