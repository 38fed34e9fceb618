external f : int -> int = "caml_f"
external g : float -> float = "g_byte" "g_nat"
external ( +! ) : int -> int -> int = "%addint"
