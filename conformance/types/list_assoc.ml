let find k l = List.assoc k l
let mem = List.mem_assoc
