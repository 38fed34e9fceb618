type ('k, 'v) assoc = ('k * 'v) list
let empty : ('k, 'v) assoc = []
