let count tbl k = try Hashtbl.find tbl k with Not_found -> 0
let incr_key tbl k = Hashtbl.replace tbl k (count tbl k + 1)
