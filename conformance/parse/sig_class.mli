class point : int -> int -> object method x : int method move : int -> unit end
class type printable = object method print : unit end
