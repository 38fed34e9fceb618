let () =
  Dream.run
  @@ Dream.logger
  @@ Dream.router [

    Dream.get "/"
      (fun request ->
        Dream.log "Sending greeting to %s!" (Dream.client request);
        Dream.html "Good morning, world!");

    Dream.get "/fail"
      (fun request ->
        Dream.warning (fun log -> log ~request "Raising an exception!");
        raise (Failure "The Web app failed!"));

  ]
