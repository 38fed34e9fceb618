type a = int list list
type b = (int list, string option) result array
type c = ((int, int) Hashtbl.t, 'a) M.t
