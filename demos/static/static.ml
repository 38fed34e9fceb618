(* Static files, as Dream's f-static example serves them, from the folder static/ of the
   directory the server runs in. /any/** takes every method, so Dream.static's own method
   check shows; /loader/** uses a loader of its own, whose responses lack a Content-Type. *)

let loader _root path _request =
  match path with
  | "greeting.txt" -> Dream.respond "Good morning, world!"
  | "teapot.html" -> Dream.respond ~code:418 "<p>I'm a teapot</p>"
  | _ -> Dream.empty `Not_Found

let () =
  Dream.run
  @@ Dream.logger
  @@ Dream.router [
    Dream.get "/static/**" (Dream.static "static");
    Dream.any "/any/**" (Dream.static "static");
    Dream.get "/loader/**" (Dream.static ~loader "");
  ]
