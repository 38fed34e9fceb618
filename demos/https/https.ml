let () =
  Dream.run ~tls:true
  @@ Dream.logger
  @@ fun _ -> Dream.html "Good morning, world!"
