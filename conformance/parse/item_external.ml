external f : int -> int = "caml_f"
external g : int -> int -> int = "caml_g_bytecode" "caml_g_native"
external h : float -> float = "h_byte" "h_nat" [@@unboxed] [@@noalloc]
external ( +! ) : int -> int -> int = "%addint"
external id : 'a -> 'a = "%identity"
