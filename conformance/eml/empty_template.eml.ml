let empty () =
  %%
  %%
let () = print_string ("[" ^ empty () ^ "]\n")
