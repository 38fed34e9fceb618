let up = String.uppercase_ascii
let sp = String.split_on_char ','
