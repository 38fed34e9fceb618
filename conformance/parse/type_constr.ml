type a = int list
type b = int list option list
type c = (int, string) Hashtbl.t
type d = Map.Make(String).t
type e = string M.N.t
type f = (int) list
type g = (int, int) result list
