let x = prnt_string
