(* Oo: objects are blocks with the object tag, their method table then their id. *)
external copy : 'a -> 'a = "caml_obj_copy_object"
let id o : int = Obj.obj (Obj.field (Obj.repr o) 1)
