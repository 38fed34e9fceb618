let b = Buffer.create 10
let add s = Buffer.add_string b s
